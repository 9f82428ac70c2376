"""A whole sync, stage by stage: authenticate, push, pull (and apply), repair, blobs, cleanup.

The blobs stage learns the size of every blob the new rows refer to (``blob_index``) and then fetches
the files the user needs without asking, within a data budget per sync (``blob_fetch``: for a grader,
the work in their queues; which files is the caller's ``wanted`` function).

``SyncEngine.run`` is a coroutine: the app runs it on the qasync loop (database work goes to a worker
thread, so the window never blocks) and the CLI runs it with ``asyncio.run``. Every stage reports
``ProgressEvent``s with its name. The outcome, good or bad, is written to ``sync_state`` so the status
bar can show the last sync and the last error.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bootcamp_core.models import SyncState, utcnow
from bootcamp_core.models.db import Database

from . import blob_release, page_scope, usb_keys
from .blob_fetch import FetchReport, WantedFn, fetch_stage
from .blob_index import index_stage
from .client import SyncClient
from .errors import SyncError
from .progress import ProgressCallback, ProgressEvent, ignore
from .pull import PullReport, pull_stage
from .push import push_stage
from .repair import repair_stage
from .tokens import TokenStore


@dataclass
class SyncReport:
    pushed: dict[str, int] = field(default_factory=dict)  # mutations per answer
    refused: int = 0  # local transactions the server refused (conflict or rejection): problems to decide
    pull: PullReport = field(default_factory=PullReport)
    repaired: list[str] = field(default_factory=list)
    blobs_indexed: int = 0
    blobs_removed: int = 0
    blobs_fetched: FetchReport = field(default_factory=FetchReport)
    requests: int = 0
    bytes_received: int = 0
    release_hint: str | None = None  # the newest version of the app the server holds (``updates``)
    seconds: float = 0.0

    @property
    def problems(self) -> int:
        """New problems for the Sync panel: one per refused transaction (a grade is one, not two)."""
        return self.refused

    @property
    def changed_tables(self) -> set[str]:
        return set(self.pull.tables) | set(self.repaired)


def _record_outcome(db: Database, server_url: str, error: str | None, user_id: Any = None) -> None:
    with db.write() as s:
        state = s.get(SyncState, server_url) or SyncState(server_url=server_url)
        s.add(state)
        now = utcnow()
        if error is None:
            state.last_success_at = now
            state.last_error = None
        else:
            state.last_error = error[:2000]
        if user_id is not None:
            state.user_id = user_id


class SyncEngine:
    def __init__(
        self,
        db: Database,
        server_url: str,
        *,
        client_id: str,
        store: TokenStore | None = None,
        verify: Any = True,
        transport: httpx.AsyncBaseTransport | None = None,
        blobs_root: Path | None = None,
        cache_dirs: tuple[Path, ...] = (),
        user_id: uuid.UUID | None = None,
        wanted_blobs: WantedFn | None = None,
        blob_budget: int | None = None,
    ) -> None:
        self.db = db
        self.server_url = server_url.rstrip("/")
        self.client_id = client_id
        self.store = store or TokenStore(self.server_url, client_id)
        self.verify = verify
        self.transport = transport
        self.blobs_root = blobs_root
        self.cache_dirs = cache_dirs  # files derived from blobs (thumbnails, videos), removed with them
        self.user_id = user_id  # the signed-in user: pages are checked against what they may hold
        self.wanted_blobs = wanted_blobs  # files fetched with every sync (a grader's queues), most needed 1st
        self.blob_budget = blob_budget  # bytes those may take per sync (None: no limit)

    def client(self) -> SyncClient:
        return SyncClient(
            self.server_url,
            self.store,
            verify=self.verify,
            transport=self.transport,
            client_id=self.client_id,
        )

    async def run(self, progress: ProgressCallback = ignore) -> SyncReport:
        report = SyncReport()
        started = time.monotonic()
        try:
            async with self.client() as client:
                progress(ProgressEvent("authenticate", message="checking sign-in"))
                await client.access_token()
                await usb_keys.ensure(self.db, client, self.server_url, self.user_id)
                pushed = await push_stage(self.db, client, self.client_id, progress, self.blobs_root)
                report.pushed, report.refused = pushed.counts, pushed.refused
                scope = await asyncio.to_thread(page_scope.scope_for, self.db, self.user_id)
                if scope is not None and not scope.roles:
                    # A replica that holds none of the user's roles yet (the first sync): ask the server
                    # who this is, so the page checks know an instructor or an admin before their rows come.
                    me = await client.me()
                    scope = page_scope.Scope(
                        scope.user_id, frozenset(_listed(me.get("roles"))), bool(me.get("staff")), self.db
                    )
                report.pull = await pull_stage(self.db, client, self.server_url, progress, scope)
                report.repaired = await repair_stage(
                    self.db, client, report.pull.checkpoint, progress, self.server_url, scope
                )
                if self.blobs_root is not None and (report.pull.changes or report.repaired):
                    # What the pull brought, or every row after a first sync, a repair or a full verification.
                    whole = (
                        report.repaired or report.pull.checkpoint is not None or report.pull.blob_refs is None
                    )
                    report.blobs_indexed = await index_stage(
                        self.db, client, self.blobs_root, progress, None if whole else report.pull.blob_refs
                    )
                if self.blobs_root is not None and self.wanted_blobs is not None:
                    report.blobs_fetched = await fetch_stage(
                        self.db, client, self.blobs_root, self.wanted_blobs, self.blob_budget, progress
                    )
                report.requests, report.bytes_received = client.requests, client.bytes_received
                report.release_hint = client.release_hint
            if self.blobs_root is not None:
                removed = await asyncio.to_thread(
                    blob_release.collect, self.db, self.blobs_root, self.cache_dirs
                )
                report.blobs_removed = len(removed)
            progress(ProgressEvent("cleanup", message="done"))
            await asyncio.to_thread(_record_outcome, self.db, self.server_url, None)
        except SyncError as exc:
            await asyncio.to_thread(_record_outcome, self.db, self.server_url, exc.user_message)
            raise
        finally:
            report.seconds = time.monotonic() - started
        return report


def _listed(roles: object) -> list[str]:
    return [str(r) for r in roles] if isinstance(roles, list) else []
