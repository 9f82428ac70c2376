"""The desktop client's own sync engine against this server over real HTTP: a replica fills from empty,
matches the checkpoint, and a second sync with nothing to do is cheap."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models import Course, Enrollment, User
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.engine import SyncEngine
from bootcamp_desktop.sync.tokens import Tokens, TokenStore

from .world import World


class MemoryTokens(TokenStore):
    def __init__(self, server_url: str, tokens: Tokens) -> None:
        super().__init__(server_url, "test-replica")
        self.tokens: Tokens | None = tokens

    def load(self) -> Tokens | None:
        return self.tokens

    def save(self, tokens: Tokens) -> None:
        self.tokens = tokens

    def clear(self) -> None:
        self.tokens = None


def test_client_engine_syncs_a_replica(live_server: str, world: World, tmp_path: Path) -> None:
    replica = open_replica(tmp_path / "replica")
    store = MemoryTokens(live_server, Tokens(world.tokens["learner"], None, time.time() + 3600))
    engine = SyncEngine(
        replica, live_server, client_id=str(uuid.uuid4()), store=store, blobs_root=tmp_path / "blobs"
    )
    report = asyncio.run(engine.run())
    assert report.repaired == []  # what the pages built matches the checkpoint
    with replica.session() as s:
        courses = set(s.scalars(sa.select(Course.id)))
        enrolments = set(s.scalars(sa.select(Enrollment.user_id)))
        me = s.get(User, world.users["learner"])
        teacher = s.get(User, world.users["instructor"])  # staff of c1: referred to by course_staff
    assert world.courses["c1"] in courses and world.courses["c3"] not in courses
    assert enrolments == {world.users["learner"]}
    assert me is not None and me.email == world.emails["learner"]
    assert teacher is not None and teacher.email.endswith("@users.invalid") and teacher.bio is None
    again = asyncio.run(engine.run())
    assert again.pull.changes == 0 and again.repaired == []
    assert again.requests == 1  # nothing to do: one conditional pull, answered 304
    replica.dispose()


def test_client_outbox_reaches_other_users(live_server: str, world: World, tmp_path: Path) -> None:
    from bootcamp_core.models import Discussion, uuid7
    from bootcamp_desktop.sync.outbox import increment, local_write

    replica = open_replica(tmp_path / "replica2")
    store = MemoryTokens(live_server, Tokens(world.tokens["learner"], None, time.time() + 3600))
    engine = SyncEngine(
        replica, live_server, client_id=str(uuid.uuid4()), store=store, blobs_root=tmp_path / "blobs2"
    )
    asyncio.run(engine.run())
    d_id = uuid7()
    with local_write(replica) as s:
        d = Discussion(
            id=d_id,
            course_id=world.courses["c1"],
            author_id=world.users["learner"],
            title="Written offline",
            content="on the bus to Antsirabe",
        )
        s.add(d)
        s.flush()
        increment(s, d, "view_count", 2)
    report = asyncio.run(engine.run())
    assert report.pushed["applied"] + report.pushed["merged"] >= 1 and report.problems == 0
    with replica.session() as s:
        synced = s.get(Discussion, d_id)
        assert synced.sync_version >= 1 and synced.view_count == 2
    # The instructor's own replica receives it.
    other = open_replica(tmp_path / "replica3")
    store2 = MemoryTokens(live_server, Tokens(world.tokens["instructor"], None, time.time() + 3600))
    asyncio.run(
        SyncEngine(
            other, live_server, client_id=str(uuid.uuid4()), store=store2, blobs_root=tmp_path / "blobs3"
        ).run()
    )
    with other.session() as s:
        got = s.get(Discussion, d_id)
        assert got is not None and got.title == "Written offline" and got.view_count == 2
        assert s.get(User, world.users["learner"]) is not None  # the author's projection came with it
    replica.dispose()
    other.dispose()
