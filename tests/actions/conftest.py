"""A server of the walk's own (PostgreSQL, the demo bootcamp, real HTTP), the window of a replica signed
in as one demo person, the Sync now menu action, and a record of every write the window made."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QInputDialog, QWidget

from bootcamp_desktop.services.workspace import Workspace
from bootcamp_desktop.ui import operations
from bootcamp_desktop.ui.main_window import MainWindow
from tests.conftest import drop_pg_database
from tests.sync.live import LiveServer, new_replica, start_from_template

from .registry import action_name


@pytest.fixture(scope="module")
def server(demo_server_template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    """The walk's own server (a copy of the run's seeded demo): it publishes, grades, certifies and
    deletes, which the session's shared server keeps for other tests."""
    live = start_from_template(
        tmp_path_factory, demo_server_template, "bootcamp_actions", tmp_path_factory.mktemp("actions-server")
    )
    try:
        yield live
    finally:
        live.stop()
        live.sdb.dispose()
        drop_pg_database(sa.make_url(live.settings.database_url))


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The services function of every ``operations.write`` the window makes, in order."""
    calls: list[str] = []
    real = operations.write

    def recording(ctx: Any, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        calls.append(action_name(fn))
        return real(ctx, fn, *args, **kwargs)

    monkeypatch.setattr(operations, "write", recording)
    return calls


@pytest.fixture
def replica(server: LiveServer, tmp_path: Path) -> Iterator[Callable[[str], Workspace]]:
    opened: list[Workspace] = []

    def make(email: str) -> Workspace:
        ws = new_replica(server, tmp_path / email.split("@")[0], email)
        opened.append(ws)
        return ws

    yield make
    QThreadPool.globalInstance().waitForDone(30_000)
    QCoreApplication.processEvents()
    for ws in opened:
        ws.close()


def open_window(qtbot, ws: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.sync.timer.stop()  # the walk syncs when a person would press Sync now
    window.resize(1366, 820)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def sync_now(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    """File > Sync now, waited for; the sync must succeed."""
    with qtbot.waitSignal(window.sync.sig_sync_finished, timeout=240_000) as blocker:
        window.sync_action.trigger()
    ok, message = blocker.args
    assert ok, message
    return str(message)


def problems_after_sync(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    """Sync now, then what the Sync panel lists (and anything still unsent), in words."""
    sync_now(qtbot, window)
    window.show_sync_panel()
    panel = window.sync_panel
    assert panel is not None
    out = []
    for row in range(panel.model.rowCount()):
        p = panel.model.problem_at(row)
        out.append(f"{p.state} {p.table}.{p.op} ({p.code}): {p.reason} | mine={p.mine} | theirs={p.theirs}")
    status = window.sync.status()
    if status.pending:
        out.append(f"{status.pending} changes still waiting to be sent")
    if not out:
        assert panel.empty.isVisible() and not panel.table.isVisible()
    panel.close()
    return out


def type_and_ok(text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog), dialog
        dialog.setTextValue(text)
        dialog.accept()

    return act
