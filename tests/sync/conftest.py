"""The sync tests' real server: one per run, PostgreSQL with the demo bootcamp, on a free port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..conftest import create_pg_database, drop_pg_database
from .live import LiveServer, start_demo_server


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    url = create_pg_database("bootcamp_sync")
    server = start_demo_server(url.render_as_string(hide_password=False), tmp_path_factory.mktemp("server"))
    try:
        yield server
    finally:
        server.stop()
        server.sdb.dispose()
        drop_pg_database(url)
