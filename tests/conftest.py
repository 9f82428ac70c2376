"""Shared fixtures: offscreen Qt, throwaway PostgreSQL databases, fresh replicas.

PostgreSQL: ``$BOOTCAMP_TEST_PG_URL`` (a URL to a maintenance database, default
``postgresql://postgres@127.0.0.1:5432/postgres``). Tests that need it FAIL when it is unreachable:
CI must never go green by skipping them.
"""

from __future__ import annotations

import gc
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402
import sqlalchemy as sa  # noqa: E402

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def pg_admin_url() -> sa.URL:
    url = sa.make_url(os.environ.get("BOOTCAMP_TEST_PG_URL", DEFAULT_PG))
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def create_pg_database(prefix: str = "bootcamp_t", template: str | None = None) -> sa.URL:
    """A new database; with ``template``, a copy of that database (which nobody may be connected to)."""
    admin = pg_admin_url()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(
                f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
            )
    except sa.exc.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is required for this test and is unreachable at {admin}: {exc}", pytrace=False
        )
    finally:
        engine.dispose()
    return admin.set(database=name)


def drop_pg_database(url: sa.URL) -> None:
    engine = sa.create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')
    finally:
        engine.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    url = create_pg_database()
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        drop_pg_database(url)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data folder, selected through BOOTCAMP_DATA_DIR as a user would."""
    directory = tmp_path / "data"
    monkeypatch.setenv("BOOTCAMP_DATA_DIR", str(directory))
    return directory


# PySide6 crashes when the cyclic collector frees a QObject (a widget of an earlier test) in another thread
# or while Qt still holds an event for it (../shared/ENVIRONMENT.md saw it on 3.11; CI saw it on 3.13, the
# collector running in a worker thread that rendered a certificate PDF). The app collects on the GUI thread
# only (ui/garbage.py); a test with Qt widgets does the same: collect between tests, not during them.
@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):  # type: ignore[no-untyped-def]
    if "qtbot" not in getattr(item, "fixturenames", ()):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


def pytest_collection_modifyitems(config, items):  # type: ignore[no-untyped-def]
    """In a parallel run (each xdist worker collects), files holding a test marked ``slow`` come first,
    in their usual order, then the rest: xdist hands whole files out in this order, so the minutes-long
    fault, convergence and journey files start at once instead of finishing last on one worker while the
    other has nothing left to do. A run in one process keeps the usual order."""
    if not hasattr(config, "workerinput"):
        return
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)  # sort is stable


DEMO_DAY = __import__("datetime").date(2026, 11, 25)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo replica generated once per run (seed 1, 12 learners, a fixed day); tests copy it.

    The template is a plain (unencrypted) file; each copy is encrypted when a test opens it as the app
    does, with the key that test's keyring holds. One per run, whatever the number of xdist workers
    (tests/seeded.py); each session reads its own copy of it."""
    from tests.seeded import copy_folder, once

    def build(directory: Path) -> dict[str, str]:
        from bootcamp_desktop.replica import open_replica
        from bootcamp_desktop.services.settings import load_settings
        from bootcamp_desktop.services.workspace import Workspace, seed_demo

        ws = Workspace(directory, open_replica(directory), load_settings(directory))
        try:
            seed_demo(ws, seed=1, learners=12, today=DEMO_DAY)
        finally:
            ws.close()
        return {}

    made, _ = once(tmp_path_factory, "demo-replica", build)
    return copy_folder(made, tmp_path_factory.mktemp("demo-template"))


@pytest.fixture
def demo_workspace(demo_template: Path, data_dir: Path):  # type: ignore[no-untyped-def]
    """A private copy of the demo replica, opened as the app opens it."""
    import shutil

    from bootcamp_desktop.services.workspace import open_workspace

    shutil.copytree(demo_template, data_dir)
    ws = open_workspace(data_dir)
    yield ws
    ws.close()


class MemoryKeyring(__import__("keyring").backend.KeyringBackend):
    """The OS keyring replaced by a dict: the one mock at the edge of the world we cannot reach."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """No test ever touches the real keyring."""
    import keyring

    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def demo_server_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """The demo bootcamp seeded once per run (tests/seeded.py): its server data folder and the name of the
    PostgreSQL template database that servers copy (``tests.sync.live.start_from_template``)."""
    from tests.seeded import pg_template
    from tests.sync.live import seed_demo_server

    def seed(url: sa.URL, folder: Path) -> dict[str, str]:
        seed_demo_server(url.render_as_string(hide_password=False), folder)
        return {}

    data, facts = pg_template(tmp_path_factory, "live-demo", seed)
    return data, facts["database"]


@pytest.fixture(scope="session")
def live(demo_server_template, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A real server for the run: PostgreSQL with the demo bootcamp, uvicorn on a free port.

    The demo is seeded once per run into a template database (tests/seeded.py); each session (each xdist
    worker) serves its own copy of it, with its own copy of the server's data folder."""
    from tests.sync.live import start_from_template

    server = start_from_template(
        tmp_path_factory, demo_server_template, "bootcamp_sync", tmp_path_factory.mktemp("server")
    )
    try:
        yield server
    finally:
        server.stop()
        server.sdb.dispose()
        drop_pg_database(sa.make_url(server.settings.database_url))


@pytest.fixture
def qasync_loop(qapp):  # type: ignore[no-untyped-def]
    """An asyncio loop driven by Qt's, as in the app: coroutines advance while Qt processes events."""
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    executor = getattr(loop, "_QEventLoop__default_executor", None)  # asyncio.to_thread's QThreads
    if executor is not None:
        executor.shutdown()
    asyncio.set_event_loop(None)
    asyncio.events._set_running_loop(None)  # qasync marks an already-running loop as running here  # noqa: SLF001


def pytest_sessionfinish(session, exitstatus):  # type: ignore[no-untyped-def]
    """Let background jobs (thumbnails, PDFs) finish before Qt tears down, so nothing dies mid-run; drop
    the run's template databases (tests/seeded.py)."""
    from tests.seeded import drop_templates

    drop_templates(session.config)
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30000)
