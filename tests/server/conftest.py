"""Fixtures of the server tests: a fresh PostgreSQL database per run (``BOOTCAMP_TEST_PG_URL`` or
postgres@127.0.0.1:5432), migrated once; a live uvicorn server on a free port in a thread; a world of
users and courses; bearer tokens. PostgreSQL unreachable means the tests FAIL, never skip."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
import uvicorn

from bootcamp_server.app import create_app
from bootcamp_server.db import ServerDB
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings

from .world import World, build_world

ADMIN_URL = os.environ.get("BOOTCAMP_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def _admin_engine() -> sa.Engine:
    url = sa.make_url(ADMIN_URL).set(drivername="postgresql+psycopg")
    return sa.create_engine(url, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    engine = _admin_engine()
    name = f"bootcamp_test_{uuid.uuid4().hex[:12]}"
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except sa.exc.OperationalError as exc:  # pragma: no cover - the environment is broken
        pytest.fail(f"PostgreSQL is unreachable at {ADMIN_URL}: {exc}", pytrace=False)
    url = sa.make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def server_port() -> int:
    return free_port()


@pytest.fixture(scope="session")
def settings(pg_url: str, server_port: int, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        database_url=pg_url,
        data_dir=tmp_path_factory.mktemp("server-data"),
        issuer=f"http://127.0.0.1:{server_port}",
    )


@pytest.fixture(scope="session")
def sdb(settings: Settings) -> Iterator[ServerDB]:
    db = ServerDB(settings)
    migrate(db.database, settings.db_app_role)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], ServerDB]]:
    """The demo bootcamp (``seed-demo``, 4 learners) on PostgreSQL or SQLite, on first use. Seeding takes
    most of a minute, so it is done once per run (tests/seeded.py) and each session (each xdist worker)
    gets its own copy: a database cloned from the seeded one, or the SQLite file copied. Tests that change
    it put it back."""
    from tests.conftest import drop_pg_database
    from tests.seeded import clone_pg, copy_folder, once, pg_template

    made: dict[str, tuple[ServerDB, sa.URL | None]] = {}

    def get(dialect: str) -> ServerDB:
        if dialect not in made:
            root: Path = tmp_path_factory.mktemp(f"demo-{dialect}")
            clone = None
            if dialect == "postgresql":
                seeded, facts = pg_template(tmp_path_factory, "seed-demo-4", _seed_demo)
                clone = clone_pg(tmp_path_factory, facts["database"], "bootcamp_test_demo")
                url = clone.render_as_string(hide_password=False)
            else:
                seeded, _ = once(
                    tmp_path_factory,
                    "seed-demo-4-sqlite",
                    lambda folder: _seed_demo(f"sqlite:///{folder / 'demo.db'}", folder),
                )
                url = f"sqlite:///{root / 'demo.db'}"
            copy_folder(seeded, root)
            made[dialect] = (ServerDB(Settings(database_url=url, data_dir=root)), clone)
        return made[dialect][0]

    yield get
    for db, clone in made.values():
        db.dispose()
        if clone is not None:
            drop_pg_database(clone)


def _seed_demo(url: sa.URL | str, root: Path) -> dict[str, str]:
    """``bootcamp-server seed-demo --learners 4`` into ``url``, its files in ``root``."""
    from bootcamp_server.cli import main

    if isinstance(url, sa.URL):
        url = url.render_as_string(hide_password=False)
    root_logger = logging.getLogger()  # the command sets up logging for a process of its own
    handlers, level = root_logger.handlers[:], root_logger.level
    try:
        assert main(["seed-demo", "--database-url", url, "--data-dir", str(root), "--learners", "4"]) == 0
    finally:
        root_logger.handlers[:] = handlers
        root_logger.setLevel(level)
    return {}


@pytest.fixture(scope="session")
def world(sdb: ServerDB) -> World:
    return build_world(sdb)


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


def run_live(app: object, port: int) -> tuple[_Server, threading.Thread]:
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = _Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    if not server.ready.wait(20):
        raise RuntimeError("the test server did not start")
    return server, thread


@pytest.fixture(scope="session")
def live_server(settings: Settings, sdb: ServerDB, server_port: int) -> Iterator[str]:
    app = create_app(settings)
    server, thread = run_live(app, server_port)
    yield settings.issuer
    server.should_exit = True
    thread.join(20)


@pytest.fixture
def http(live_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server, timeout=30) as client:
        yield client


def token_for_user(sdb: ServerDB, user_id: uuid.UUID) -> str:
    from .world import token_for

    return token_for(sdb, user_id)


def auth(token: str, protocol: int | None = 1) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    if protocol is not None:
        headers["Bootcamp-Protocol"] = str(protocol)
    return headers


@pytest.fixture(scope="session")
def blobs_dir(settings: Settings) -> Path:
    return settings.blobs_dir
