"""Runs syncs in the background on the qasync loop and keeps the window told about them.

- ``sync_now()`` starts a sync unless one runs; database work happens in worker threads (the engine
  uses ``asyncio.to_thread``), so the window never blocks.
- A timer checks every ``interval`` seconds: when the last attempt failed, it waits out an exponential
  backoff (30 s doubling to 15 min), then probes the server cheaply and syncs as soon as it answers,
  so sync starts by itself when the server becomes reachable; otherwise it syncs when local changes
  are waiting or the last sync is older than ``stale_after`` (checked once right after the window opens
  too: an app opened online with changes waiting, or with yesterday's data, syncs at once).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any

import httpx
from PySide6.QtCore import QObject, QTimer, Signal

from bootcamp_desktop.services import sync_ops, updates
from bootcamp_desktop.sync import tls
from bootcamp_desktop.sync.engine import SyncEngine, SyncReport
from bootcamp_desktop.sync.errors import (
    CertificateError,
    CorruptPageError,
    OfflineError,
    ProtocolTooNewError,
    ProtocolTooOldError,
    RejectedError,
    SignedOutError,
    SyncError,
)
from bootcamp_desktop.sync.progress import ProgressEvent

from . import format as fmt
from .context import AppContext
from .format import size
from .operations import read

MIN_BACKOFF = 30.0
MAX_BACKOFF = 15 * 60.0
START_DELAY_MS = 1500  # the first check after the window opens: once it has painted


class SyncController(QObject):
    sig_state_changed = Signal()
    sig_progress_changed = Signal(str, int, int, str)  # stage, done, total (-1 unknown), message
    sig_sync_finished = Signal(bool, str)  # ok, message for the user
    sig_data_changed = Signal(object)  # set of table names the sync changed
    sig_update_available = Signal(object)  # services.updates.Offer: a newer app on the server

    def __init__(
        self,
        ctx: AppContext,
        *,
        interval: float = 60.0,
        stale_after: float = 15 * 60.0,
        engine_kwargs: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stale_after = stale_after
        self.engine_kwargs = engine_kwargs or {}
        self.running = False
        self.last_report: SyncReport | None = None
        self.last_error: SyncError | None = None
        self.failures = 0
        self._last_attempt: float | None = None  # monotonic time of this session's last sync; None: none yet
        self._task: asyncio.Future[Any] | None = None
        self.update_offer: updates.Offer | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(interval * 1000))
        self.timer.timeout.connect(self.on_timer_timeout)

    @property
    def configured(self) -> bool:
        return bool(self.ctx.workspace.settings.server_url)

    def start(self) -> None:
        """Sync by the clock from now on; and once the window has painted, at once when there is work
        waiting or the replica is stale (a laptop opened in the morning shows this morning's data)."""
        if self.configured:
            self.timer.start()
            QTimer.singleShot(START_DELAY_MS, self.on_timer_timeout)

    def status(self) -> sync_ops.SyncStatus:
        return read(self.ctx, sync_ops.status, self.ctx.workspace.settings.server_url)

    def engine(self) -> SyncEngine:
        return sync_ops.engine_for(self.ctx.workspace, **self.engine_kwargs)

    def sync_now(self) -> asyncio.Future[Any] | None:
        if self.running or not self.configured:
            return None
        try:
            asyncio.get_event_loop()
        except RuntimeError:  # no asyncio loop drives this window (qasync is the app's; a tool may have none)
            return None
        self.running = True
        self._last_attempt = time.monotonic()
        self.sig_state_changed.emit()
        self._task = asyncio.ensure_future(self._run())
        return self._task

    def _on_progress(self, event: ProgressEvent) -> None:
        self.sig_progress_changed.emit(
            event.stage, int(event.done), -1 if event.total is None else int(event.total), event.message
        )

    async def _run(self) -> None:
        ok, message = False, ""
        try:
            report = await self.engine().run(self._on_progress)
        except SyncError as exc:
            self.last_error = exc
            self.failures += 1
            message = self.explain(exc)
            offer = updates.offer_from_error(exc)  # refused as too old: what to install instead
            self._offer(offer)
            if offer is not None:
                message += " " + self.tr("Version {0} is available ({1}).").format(
                    offer.release.version, size(offer.release.size)
                )
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the window; it is shown
            self.last_error = SyncError(str(exc))
            self.failures += 1
            message = self.explain(self.last_error)
        else:
            self.last_report, self.last_error, self.failures = report, None, 0
            ok = True
            message = (
                self.tr("Synced")
                if not report.problems
                else fmt.plural(
                    self.tr("Synced; %n change(s) waiting for your decision", "", report.problems),
                    report.problems,
                )
            )
            files = report.blobs_fetched
            if files.waiting:  # learners' files for grading held back by the data budget
                message += self.tr("; {0} files to grade wait ({1}, over the data budget)").format(
                    files.waiting, size(files.waiting_bytes)
                )
            if updates.news_in(report.release_hint) and (
                self.update_offer is None or self.update_offer.release.version != report.release_hint
            ):
                asyncio.ensure_future(self.check_for_update())
            if report.blobs_fetched.fetched:  # learners' files for grading arrived: the queues show them
                self.sig_data_changed.emit(report.changed_tables | {"blobs"})
            elif report.changed_tables or report.pushed:
                self.sig_data_changed.emit(report.changed_tables)
        finally:
            self.running = False
        self.sig_sync_finished.emit(ok, message)
        self.sig_state_changed.emit()

    def _offer(self, offer: updates.Offer | None) -> None:
        if offer is not None:
            self.update_offer = offer
            self.sig_update_available.emit(offer)

    async def check_for_update(self) -> updates.Offer | None:
        """Ask the server about its newest release (a sync named a version newer than this app, or the
        user asked); ``sig_update_available`` when there is one. Errors are an answer of None."""
        try:
            offer = await updates.check(self.ctx.workspace, **self.engine_kwargs)
        except (SyncError, ValueError):
            return None
        self._offer(offer)
        return offer

    def explain(self, exc: SyncError) -> str:
        """What stopped a sync, in words for the person at the computer: what happened, that their work is
        safe, and what happens next. The technical detail (``exc.user_message``) goes in the tooltip."""
        if isinstance(exc, OfflineError):
            return self.tr(
                "The server could not be reached. Your work is kept on this computer; the app tries "
                "again by itself when the connection is back."
            )
        if isinstance(exc, CertificateError):
            return self.tr(
                "The server's identity could not be checked, so nothing was sent. Your work is kept on "
                "this computer; ask your facilitator before you sign in again."
            )
        if isinstance(exc, SignedOutError):
            return self.tr(
                "Your sign-in has expired. Your work is kept on this computer; sign in again "
                "(File ▸ Sign in) and it is sent."
            )
        if isinstance(exc, ProtocolTooOldError):
            return self.tr(
                "This app is too old for the server. Your work is kept on this computer; install the "
                "new version and it is sent."
            )
        if isinstance(exc, ProtocolTooNewError):
            return self.tr(
                "The server is older than this app and cannot take its changes yet. Your work is kept "
                "on this computer; it is sent once the server is updated."
            )
        if isinstance(exc, RejectedError):
            return self.tr(
                "The server refused some of your changes. They are kept on this computer: decide "
                "what to do with them in the Sync panel."
            )
        if isinstance(exc, CorruptPageError):
            return self.tr(
                "The server sent something damaged, and none of it was used. Your work is kept on "
                "this computer; the app tries again at the next sync."
            )
        return self.tr(
            "The sync stopped on a problem at the server or in the app. Your work is kept on this "
            "computer; the app tries again by itself."
        )

    def backoff(self) -> float:
        if not self.failures:
            return 0.0
        return min(MIN_BACKOFF * 2 ** (self.failures - 1), MAX_BACKOFF)

    async def reachable(self) -> bool:
        url = self.ctx.workspace.settings.server_url
        if not url:
            return False
        try:
            verify = self.engine_kwargs.get("verify", tls.verify_for(self.ctx.workspace))
            async with httpx.AsyncClient(timeout=5.0, verify=verify) as c:
                response = await c.get(f"{url}/healthz")
            return response.status_code < 500
        except httpx.HTTPError:
            return False

    def on_timer_timeout(self) -> None:
        if self.running or not self.configured:
            return
        if isinstance(self.last_error, SignedOutError | CertificateError):
            return  # waits for the user: to sign in again, or to decide about the certificate
        if self.failures:
            since = time.monotonic() - (self._last_attempt or 0.0)
            if since < self.backoff():
                return
            if isinstance(self.last_error, OfflineError):
                asyncio.ensure_future(self._probe_then_sync())
                return
            self.sync_now()
            return
        status = self.status()
        if status.pending or self._stale(status):
            self.sync_now()

    def _stale(self, status: sync_ops.SyncStatus) -> bool:
        """Whether the data is older than ``stale_after``: since this session's last sync, or before any,
        since the last sync that succeeded (never synced: stale)."""
        if self._last_attempt is not None:
            return time.monotonic() - self._last_attempt >= self.stale_after
        last = status.last_success_at
        if last is None:
            return True
        if last.tzinfo is None:
            last = last.replace(tzinfo=dt.UTC)
        return (dt.datetime.now(dt.UTC) - last).total_seconds() >= self.stale_after

    async def _probe_then_sync(self) -> None:
        self._last_attempt = time.monotonic()
        if await self.reachable():
            self.sync_now()
        else:
            self.failures += 1
