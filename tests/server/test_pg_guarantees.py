"""What PostgreSQL itself guarantees: a late commit is never skipped by a cursor, and row-level
security hides other learners' rows from a route's raw SQL."""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa

from bootcamp_core.models import Discussion, Submission, uuid7
from bootcamp_server.db import Context, ServerDB

from .helpers import latest, mutation, pull_all, push
from .world import World, add, new_assignment


def _discussion_insert(world: World, d_id: uuid.UUID, title: str) -> sa.Insert:
    return sa.insert(Discussion).values(
        id=d_id, course_id=world.courses["c1"], author_id=world.users["learner2"], title=title, content="c"
    )


def test_late_commit_is_delivered_after_the_cursor_passed_its_neighbours(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = world.tokens["learner"]
    _, cursor, _, _ = pull_all(http, token)
    slow_id, before_id, after_id = uuid7(), uuid7(), uuid7()
    with sdb.engine.connect() as before:
        before.execute(_discussion_insert(world, before_id, "committed before"))
        before.commit()
    slow = sdb.engine.connect()
    try:
        slow.begin()
        slow.execute(_discussion_insert(world, slow_id, "slow transaction"))  # written first ...
        with sdb.engine.connect() as fast:
            fast.execute(_discussion_insert(world, after_id, "committed after"))
            fast.commit()
        changes, cursor, _, _ = pull_all(http, token, cursor)
        seen = {c["id"] for c in changes}
        assert str(before_id) in seen and str(after_id) in seen
        assert str(slow_id) not in seen  # not committed yet
        after_seq = next(c["seq"] for c in changes if c["id"] == str(after_id))
        slow.commit()  # ... committed last
    finally:
        slow.close()
    changes, _, _, _ = pull_all(http, token, cursor)
    late = latest(changes)
    assert ("discussions", str(slow_id)) in late, "the late commit was skipped by the cursor"
    assert late[("discussions", str(slow_id))]["seq"] > after_seq  # numbered at commit, not at write


def test_seq_order_is_commit_order(sdb: ServerDB, world: World) -> None:
    a, b = uuid7(), uuid7()
    first = sdb.engine.connect()
    try:
        first.begin()
        first.execute(_discussion_insert(world, a, "begun first"))
        with sdb.engine.connect() as second:
            second.execute(_discussion_insert(world, b, "committed first"))
            second.commit()
        first.commit()
    finally:
        first.close()
    with sdb.engine.connect() as c:
        seq = dict(
            c.execute(
                sa.text("SELECT row_id, seq FROM sync_changes WHERE row_id IN (:a, :b)"), {"a": a, "b": b}
            ).all()
        )
        versions = dict(
            c.execute(
                sa.text("SELECT id, sync_seq FROM discussions WHERE id IN (:a, :b)"), {"a": a, "b": b}
            ).all()
        )
    assert seq[b] < seq[a]
    assert versions == seq  # each row's sync_seq is the seq of its last change


def test_rls_hides_other_learners_rows_from_raw_sql(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    assignment = new_assignment(sdb, world, "c1")
    mine, theirs = uuid7(), uuid7()
    for token, user, sub in (
        (world.tokens["learner"], "learner", mine),
        (world.tokens["learner2"], "learner2", theirs),
    ):
        r = push(
            http,
            token,
            mutation(
                "submissions",
                "insert",
                sub,
                {
                    "assignment_id": str(assignment),
                    "user_id": str(world.users[user]),
                    "status": "draft",
                },
            ),
        )
        assert r[0]["status"] == "applied"
    learner = Context(user_id=world.users["learner"])
    # A route with a bug: raw SQL with no filter at all, in the learner's transaction.
    with sdb.read(learner) as s:
        subs = {r.id for r in s.execute(sa.text("SELECT * FROM submissions"))}
        users = {r.id for r in s.execute(sa.text("SELECT * FROM users"))}
        enrols = {r.user_id for r in s.execute(sa.text("SELECT * FROM enrollments"))}
        log = s.execute(sa.text("SELECT count(*) FROM sync_changes")).scalar()
        tokens = s.execute(sa.text("SELECT count(*) FROM oauth_tokens")).scalar()
        passwords = s.execute(sa.text("SELECT count(*) FROM auth_passwords")).scalar()
    assert mine in subs and theirs not in subs
    assert users == {world.users["learner"]}
    assert enrols == {world.users["learner"]}
    assert log == 0 and tokens == 0 and passwords == 0
    with sdb.write(learner) as s:
        hit = s.execute(sa.text("UPDATE submissions SET score = 100 WHERE id = :id"), {"id": theirs})
        assert hit.rowcount == 0
        gone = s.execute(sa.text("DELETE FROM users WHERE id = :id"), {"id": world.users["learner2"]})
        assert gone.rowcount == 0
    # Staff of the course see their learners' submissions; the owner (maintenance) sees everything.
    with sdb.read(Context(user_id=world.users["instructor"])) as s:
        assert {mine, theirs} <= {r.id for r in s.execute(sa.text("SELECT id FROM submissions"))}
    with sdb.read(Context(user_id=world.users["instructor2"])) as s:
        assert not {mine, theirs} & {r.id for r in s.execute(sa.text("SELECT id FROM submissions"))}
    with sdb.owner() as s:
        assert s.get(Submission, theirs) is not None


def test_rls_blocks_inserting_rows_for_someone_else(world: World, sdb: ServerDB) -> None:
    learner = Context(user_id=world.users["learner"])
    try:
        with sdb.write(learner) as s:
            add(
                s,
                Submission(
                    id=uuid7(), assignment_id=world.assignments["c1"], user_id=world.users["learner2"]
                ),
            )
        raise AssertionError("row-level security let a learner write a row of another learner")
    except sa.exc.ProgrammingError as exc:
        assert "row-level security" in str(exc)
