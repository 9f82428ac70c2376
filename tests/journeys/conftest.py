"""Journeys: each replica is its own process, driving the real window with pytest-qt.

The orchestrating tests (``test_*.py`` here) start the server as a process, run each phase of a
person's day as a ``pytest`` run of a driver module (``drive_*.py``, never collected on their own) in
a fresh process with that person's ``BOOTCAMP_DATA_DIR``, and stop the server between phases to cut
the network for real. A phase closes its window at its end, as a person closing the app would.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from tests.conftest import drop_pg_database
from tests.seeded import clone_pg, copy_folder, pg_template

from .server import ServerProcess

# The workshop course's instructor is the demo's Moussa Diop; Wanjiru Kamau (the README's instructor)
# teaches the marketplace course with him.
WORKSHOP_INSTRUCTOR = "moussa.diop@demo.fataplus.example"
SECOND_INSTRUCTOR = DEMO_INSTRUCTOR_EMAIL


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """The central server as its own process on PostgreSQL with the demo bootcamp, for every journey.

    ``bootcamp-server seed-demo`` runs once per run, into a template database (tests/seeded.py); each
    session (each xdist worker) serves its own copy of it and of the server's data folder."""

    def seed(url: sa.URL, folder: Path) -> dict[str, str]:
        plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
        printed = ServerProcess(plain, folder).seed_demo()
        assert DEMO_LEARNER_EMAIL in printed and DEMO_INSTRUCTOR_EMAIL in printed
        return {}

    data, facts = pg_template(tmp_path_factory, "journey-demo", seed)
    url = clone_pg(tmp_path_factory, facts["database"], "bootcamp_journey")
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    proc = ServerProcess(plain, copy_folder(data, tmp_path_factory.mktemp("server")))
    try:
        proc.start()
        yield proc
    finally:
        proc.stop()
        drop_pg_database(url)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    """Inside a driver process the keyring is the machine's own (a real Secret Service, or none at
    all, as ``JOURNEY_KEYRING`` says), not the test run's in-memory stand-in."""
    if os.environ.get("JOURNEY_PHASE"):
        yield None
        return
    import keyring

    from tests.conftest import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield None
    keyring.set_keyring(previous)
