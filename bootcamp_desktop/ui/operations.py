"""How widgets reach the data: through ``services`` operations, never by opening sessions themselves.

- ``read(ctx, fn, *args)`` runs ``fn(session, *args)`` in a read-only session and returns its result.
- ``write(ctx, fn, *args)`` runs ``fn(session, *args)`` in one local write transaction (its changes to
  synced tables land in the outbox in that same transaction) and returns its result; on error nothing
  is written and the exception propagates for the caller to show.
- ``Background`` runs a long plain-Python job in a worker thread and reports progress and the result
  through Qt signals, so the window never blocks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.orm import Session

from bootcamp_desktop.sync.outbox import local_write

from .context import AppContext

P = ParamSpec("P")
T = TypeVar("T")


def read(ctx: AppContext, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with ctx.db.session() as session:
        return fn(session, *args, **kwargs)


def write(ctx: AppContext, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with local_write(ctx.db) as session:
        return fn(session, *args, **kwargs)


class _Signals(QObject):
    sig_progress_changed = Signal(str, float)
    sig_finished = Signal(object)
    sig_failed = Signal(str)


class Background(QRunnable):
    """Run ``job(progress)`` off the GUI thread; ``progress(stage, fraction)`` becomes a signal.

    Pass the widget that waits for the result as ``owner``: the signals then belong to it, so a result
    that arrives after the widget is gone (a screen rebuilt after sign-in, a closed dialog) is dropped
    instead of reaching a deleted object.
    """

    def __init__(
        self, job: Callable[[Callable[[str, float], None]], Any], owner: QObject | None = None
    ) -> None:
        super().__init__()
        # Python owns this object: with Qt's auto-delete, the pool would free the C++ side after run()
        # while Python still holds the wrapper, and the collector would free it a second time.
        self.setAutoDelete(False)
        self.signals = _Signals(owner)
        self._job = job

    def _emit(self, signal_name: str, *args: Any) -> None:
        try:
            getattr(self.signals, signal_name).emit(*args)
        except RuntimeError:
            pass  # the owner, and with it the signals, is gone: nobody waits for this any more

    def run(self) -> None:
        try:
            result = self._job(lambda stage, fraction: self._emit("sig_progress_changed", stage, fraction))
        except Exception as exc:  # noqa: BLE001 - shown to the user, never swallowed silently
            self._emit("sig_failed", str(exc))
        else:
            self._emit("sig_finished", result)

    def start(self) -> None:
        _RUNNING.add(self)  # kept alive until it has run, whoever else holds it
        self.signals.sig_finished.connect(lambda _r: _RUNNING.discard(self))
        self.signals.sig_failed.connect(lambda _m: _RUNNING.discard(self))
        QThreadPool.globalInstance().start(self)


_RUNNING: set[Background] = set()


__all__ = ["Background", "Session", "read", "write"]


def run_async(
    owner: QObject, coro: Any, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> Any:
    """Run a coroutine (network work) on the app's qasync loop; the callbacks run on the GUI thread,
    and are skipped if ``owner`` is gone by the time it ends."""
    import asyncio

    import shiboken6

    async def wrapper() -> None:
        try:
            result = await coro
        except Exception as exc:  # noqa: BLE001 - handed to the caller to show
            if shiboken6.isValid(owner):
                on_error(exc)
        else:
            if shiboken6.isValid(owner):
                on_done(result)

    return asyncio.ensure_future(wrapper())
