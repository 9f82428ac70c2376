"""A replica verifies itself against the full checkpoint on a schedule, not with every sync: a sync in between
brings what changed and nothing else, and a replica that drifted is repaired at its next verification
(docs/sync-protocol.md, "Checkpoint")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models import DiscussionReply, SyncState
from bootcamp_desktop.sync import pull
from bootcamp_desktop.sync.repair import request_verification

from .live import LiveServer, new_replica, sync


@pytest.fixture
def learner(live: LiveServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    yield ws
    ws.close()


def _lose_a_reply(db) -> str:  # type: ignore[no-untyped-def]
    """A bug or a restored file: one reply gone from the replica behind the sync's back."""
    with db.write() as s:
        parents = sa.select(DiscussionReply.parent_reply_id).where(
            DiscussionReply.parent_reply_id.is_not(None)
        )
        lost = s.scalars(
            sa.select(DiscussionReply.id).where(DiscussionReply.id.not_in(parents)).limit(1)
        ).one()
        s.execute(sa.delete(DiscussionReply).where(DiscussionReply.id == lost))
    return str(lost)


def _has(db, reply: str) -> bool:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(DiscussionReply)
                .where(sa.cast(DiscussionReply.id, sa.String) == reply.replace("-", ""))
            )
            == 1
        )


def test_a_drifted_replica_is_repaired_at_its_verification_not_before(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    first = sync(learner)
    assert first.pull.checkpoint is not None, "a first sync verifies"
    lost = _lose_a_reply(learner.db)
    assert not _has(learner.db, lost)
    between = sync(learner)
    assert between.pull.checkpoint is None and between.repaired == [], "no verification due: O(changes)"
    assert not _has(learner.db, lost)

    request_verification(learner.db, learner.settings.server_url)
    verified = sync(learner)
    assert verified.pull.checkpoint is not None
    assert verified.repaired == ["discussion_replies"]
    assert _has(learner.db, lost)
    assert sync(learner).pull.checkpoint is None, "verified: the next is due after VERIFY_EVERY"


def test_the_verification_falls_due_after_its_interval(live: LiveServer, learner) -> None:  # type: ignore[no-untyped-def]
    sync(learner)
    with learner.db.write() as s:
        state = s.get(SyncState, learner.settings.server_url)
        past = dt.datetime.now(dt.UTC) - pull.VERIFY_EVERY - dt.timedelta(minutes=1)
        state.checksums = {**(state.checksums or {}), "verified_at": past.isoformat()}
    assert sync(learner).pull.checkpoint is not None
    assert sync(learner).pull.checkpoint is None
