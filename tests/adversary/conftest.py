"""The arena of the adversarial suite: the demo bootcamp (``bootcamp-server seed-demo``) on a PostgreSQL
database of its own, a real server on 127.0.0.1, and the demo's people signed in through OAuth as attackers.

``BOOTCAMP_ADVERSARY_EXAMPLES`` sets how many generated mutations each role pushes (a long campaign);
``BOOTCAMP_ADVERSARY_REPORT`` names a JSON file for the counts, which the run also prints at its end."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import (
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
    DEMO_PASSWORD,
)
from bootcamp_server.db import ServerDB
from bootcamp_server.settings import Settings
from tests.conftest import create_pg_database, drop_pg_database
from tests.sync.live import LiveServer, free_port

from .client import Attacker
from .tally import TALLY

ROLES = {
    "learner": DEMO_LEARNER_EMAIL,
    "instructor": DEMO_INSTRUCTOR_EMAIL,
    "facilitator": DEMO_FACILITATOR_EMAIL,
}


@dataclass
class Arena:
    live: LiveServer
    attackers: dict[str, Attacker] = field(default_factory=dict)

    @property
    def sdb(self) -> ServerDB:
        return self.live.sdb


@pytest.fixture(scope="session")
def arena(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Arena]:
    from bootcamp_server.cli import main

    url = create_pg_database("bootcamp_adversary")
    text = url.render_as_string(hide_password=False)
    data: Path = tmp_path_factory.mktemp("adversary-server")
    root_logger = logging.getLogger()  # the command sets up logging for a process of its own
    handlers, level = root_logger.handlers[:], root_logger.level
    try:
        assert main(["seed-demo", "--database-url", text, "--data-dir", str(data), "--learners", "4"]) == 0
    finally:
        root_logger.handlers[:] = handlers
        root_logger.setLevel(level)
    with ServerDB(Settings(database_url=text, data_dir=data)).owner() as s:
        # One peer review assignment made anonymous by its format, so reviews whose own row is not anonymous
        # are too (docs/sync-protocol.md "Columns"): the oracle's anonymous branches are exercised.
        s.execute(
            sa.text(
                "UPDATE assignments SET submission_format = CAST(coalesce(submission_format::jsonb, '{}'::jsonb)"
                " || '{\"anonymous_reviews\": true}'::jsonb AS json) WHERE id = (SELECT s.assignment_id FROM peer_reviews r"
                " JOIN submissions s ON s.id = r.submission_id GROUP BY s.assignment_id"
                " ORDER BY count(*) FILTER (WHERE r.is_anonymous), count(*) DESC, s.assignment_id LIMIT 1)"
            )
        )
    port = free_port()
    settings = Settings(database_url=text, data_dir=data, issuer=f"http://127.0.0.1:{port}")
    sdb = ServerDB(settings)
    with sdb.owner() as s:
        users = dict(s.execute(sa.text("SELECT email, id FROM users")).all())
    live = LiveServer(settings, sdb, port, users)
    live.start()
    arena = Arena(live)
    try:
        for role, email in ROLES.items():
            arena.attackers[role] = Attacker(
                live.url, role, email, DEMO_PASSWORD, uuid.UUID(str(users[email]))
            )
        yield arena
    finally:
        for a in arena.attackers.values():
            a.close()
        live.stop()
        sdb.dispose()
        drop_pg_database(url)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if TALLY.attempts:
        terminalreporter.write_line(TALLY.report())
