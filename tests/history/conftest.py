"""The history's starting point, made once per session: the demo bootcamp seeded into a template database,
and the five people signed in through OAuth (the browser stand-in) and synced once, through the proxy's
address. Each seed then gets its own copy of the database (``CREATE DATABASE ... TEMPLATE``), of the
server's files and of every replica's folder, so seeds never share state and none repeats the sign-ins."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.conftest import create_pg_database, drop_pg_database, pg_admin_url
from tests.journeys.conftest import memory_keyring  # noqa: F401  (the worker processes use their own)
from tests.journeys.server import ServerProcess
from tests.sync.proxy import LinkProxy

from .harness import Person, people_for
from .proxy import Weather


@dataclass
class Start:
    url: sa.URL  # the template database
    files: Path  # the server's files
    homes: Path  # each person's home folder, where every seed's replicas live (a replica's key is kept
    #              for its folder's path, so a replica cannot move: each seed restores ``saved`` here)
    saved: Path  # the homes as they were signed in and synced
    weather: Weather


def _sign_in(p: Person) -> None:
    """Signed in through OAuth (the browser stand-in at the address the CLI prints), then a first sync."""
    p.replica.login_cli("--passphrase-vault")
    first = p.replica.cli("sync")
    assert first.returncode == 0, f"{p.name}: the first sync failed\n{first.stderr[-3000:]}"


@pytest.fixture(scope="session")
def history_start(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Start]:
    import random

    url = create_pg_database("bootcamp_history_tmpl")
    files, homes = tmp_path_factory.mktemp("history-server"), tmp_path_factory.mktemp("history-homes")
    saved = tmp_path_factory.mktemp("history-saved") / "homes"
    proxy = LinkProxy(0).start()
    server = ServerProcess(
        url.set(drivername="postgresql").render_as_string(hide_password=False), files, public_url=proxy.url
    )
    try:
        server.seed_demo()
        proxy.target_port = server.port
        server.start()
        try:
            with ThreadPoolExecutor(5) as pool:
                list(pool.map(_sign_in, people_for(homes, proxy.url)))
        finally:
            server.stop()
        shutil.copytree(homes, saved, symlinks=True)
        yield Start(url, files, homes, saved, Weather(proxy, random.Random(0)))
    finally:
        proxy.stop()
        drop_pg_database(url)


def copy_of(start: Start, where: Path) -> sa.URL:
    """A fresh copy of the start for one seed: database, server files (``where/server``), and the homes
    restored in place."""
    name = f"bootcamp_history_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{start.url.database}"')
    finally:
        engine.dispose()
    shutil.copytree(start.files, where / "server")
    shutil.rmtree(start.homes)
    shutil.copytree(start.saved, start.homes, symlinks=True)
    return start.url.set(database=name)
