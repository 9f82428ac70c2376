"""Push of client transactions (protocol 2) over real HTTP on PostgreSQL: all or nothing, at most once,
answered whole; the wire's rules; a thread's reply count kept by the server, for old clients too."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import sqlalchemy as sa

from bootcamp_core.models import Discussion, DiscussionReply, uuid7
from bootcamp_server.db import ServerDB
from bootcamp_server.models import AppliedMutation

from .conftest import auth
from .helpers import mutation, push
from .world import World, add


def _txn(txn: uuid.UUID, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    return [{**m, "txn": str(txn)} for m in mutations]


def post(http: httpx.Client, token: str, mutations: list[dict[str, Any]]) -> httpx.Response:
    return http.post(
        "/api/v1/sync/push",
        json={"client_id": str(uuid.uuid4()), "mutations": mutations},
        headers=auth(token, protocol=2),
    )


def _thread(sdb: ServerDB, world: World, author: str = "learner", **values: Any) -> uuid.UUID:
    d_id = uuid7()
    with sdb.owner() as s:
        add(
            s,
            Discussion(
                id=d_id,
                course_id=world.courses["c1"],
                author_id=world.users[author],
                title="t",
                content="c",
                **values,
            ),
        )
    return d_id


def _new_thread(world: World, who: str, title: str) -> dict[str, Any]:
    return mutation(
        "discussions",
        "insert",
        uuid7(),
        {
            "course_id": str(world.courses["c1"]),
            "author_id": str(world.users[who]),
            "title": title,
            "content": "x",
        },
    )


def test_a_transaction_with_one_refused_part_is_refused_whole_and_answered_the_same_when_resent(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    theirs = _thread(sdb, world, "learner")
    new = _new_thread(world, "learner2", "a fine new thread")
    views = mutation("discussions", "update", theirs, inc={"view_count": 1}, base=1)
    edit = mutation("discussions", "update", theirs, {"title": "not mine to change"}, base=1)
    body = _txn(uuid7(), new, views) + _txn(uuid7(), edit)
    first = post(http, world.tokens["learner2"], body)
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    assert [(r["status"], r.get("code")) for r in results] == [
        ("applied", None),
        ("applied", None),
        ("rejected", "forbidden"),
    ]
    # One transaction: a new thread and a forbidden edit. Neither is applied; both are answered.
    new2 = _new_thread(world, "learner2", "neither should this")
    edit2 = mutation("discussions", "update", theirs, {"title": "still not mine"}, base=2)
    txn = uuid7()
    refused = post(http, world.tokens["learner2"], _txn(txn, new2, edit2)).json()["results"]
    assert [(r["status"], r["code"]) for r in refused] == [
        ("rejected", "transaction_aborted"),
        ("rejected", "forbidden"),
    ]
    assert "row" not in refused[0], "the new row never existed"
    assert refused[1]["row"]["title"] == "t" and refused[1]["row"]["view_count"] == 1, (
        "the server's row as it is"
    )
    with sdb.owner() as s:
        assert s.get(Discussion, uuid.UUID(new2["row_id"])) is None
        recorded = s.execute(
            sa.select(AppliedMutation.status, AppliedMutation.txn_id).where(
                AppliedMutation.mutation_id.in_([uuid.UUID(new2["id"]), uuid.UUID(edit2["id"])])
            )
        ).all()
        assert sorted(recorded) == [("rejected", txn)] * 2, "recorded with their transaction"
    again = post(http, world.tokens["learner2"], _txn(txn, new2, edit2)).json()["results"]
    assert again == refused, "a resend is answered from the record"


def test_a_value_the_database_refuses_refuses_its_whole_transaction(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    thread = _thread(sdb, world, "learner")
    reply = mutation(
        "discussion_replies",
        "insert",
        uuid7(),
        {"discussion_id": str(thread), "author_id": str(world.users["learner"]), "content": "ok"},
    )
    # A NUL character: valid JSON text that PostgreSQL's text type cannot hold, so the database refuses it.
    orphan = mutation(
        "discussion_replies",
        "insert",
        uuid7(),
        {
            "discussion_id": str(thread),
            "author_id": str(world.users["learner"]),
            "content": "nul \u0000 here",
        },
    )
    results = post(http, world.tokens["learner"], _txn(uuid7(), reply, orphan)).json()["results"]
    assert [(r["status"], r["code"]) for r in results] == [
        ("rejected", "transaction_aborted"),
        ("rejected", "invalid"),
    ]
    with sdb.owner() as s:
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(DiscussionReply)
                .where(DiscussionReply.discussion_id == thread)
            )
            == 0
        )
        assert (s.get(Discussion, thread).reply_count or 0) == 0, "a refused reply is not counted"


def test_the_wire_keeps_transactions_contiguous_and_lets_one_large_transaction_through(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = world.tokens["learner"]
    a, b = uuid7(), uuid7()
    thread = _thread(sdb, world, "learner")
    views = [mutation("discussions", "update", thread, inc={"view_count": 1}, base=1) for _ in range(3)]
    split = _txn(a, views[0]) + _txn(b, views[1]) + _txn(a, views[2])
    r = post(http, token, split)
    assert r.status_code == 400 and "contiguous" in r.json()["detail"]
    many = [mutation("discussions", "update", thread, inc={"view_count": 1}, base=1) for _ in range(600)]
    assert post(http, token, _txn(a, *many[:300]) + _txn(b, *many[300:])).status_code == 400
    whole = post(http, token, _txn(uuid7(), *many))
    assert whole.status_code == 200 and {r["status"] for r in whole.json()["results"]} <= {
        "applied",
        "merged",
    }
    with sdb.owner() as s:
        assert s.get(Discussion, thread).view_count == 600


def test_the_server_counts_replies_and_ignores_what_an_old_client_sends_for_the_thread(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    """A protocol-1 client replies as it always did: the reply, then the thread's ``reply_count`` +1 and
    its ``updated_at`` (no ``txn``: each mutation alone). Both are taken; the thread counts one reply."""
    thread = _thread(sdb, world, "learner", view_count=2, reply_count=0)
    with sdb.owner() as s:
        before = s.get(Discussion, thread).updated_at
    reply_id = uuid7()
    results = push(
        http,
        world.tokens["learner2"],
        mutation(
            "discussion_replies",
            "insert",
            reply_id,
            {"discussion_id": str(thread), "author_id": str(world.users["learner2"]), "content": "same here"},
        ),
        mutation(
            "discussions",
            "update",
            thread,
            {"updated_at": "2001-01-01T00:00:00.000000Z"},
            inc={"reply_count": 1, "view_count": 1},
            base=1,
        ),
    )
    assert [r["status"] for r in results] in (["applied", "applied"], ["applied", "merged"])
    with sdb.owner() as s:
        t = s.get(Discussion, thread)
        assert (t.reply_count, t.view_count) == (1, 3)
        assert t.updated_at is not None and t.updated_at > before, "the reply is the thread's latest activity"
    gone = push(http, world.tokens["learner2"], mutation("discussion_replies", "delete", reply_id, base=1))
    assert gone[0]["status"] == "applied"
    with sdb.owner() as s:
        assert s.get(Discussion, thread).reply_count == 0


def test_a_course_created_offline_comes_with_its_authors_staff_row_in_one_transaction(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    """What ``services.authoring.create_course`` writes: the course and its author as its instructor, one
    transaction. The staff row is judged by the course's creator, which the course's own check looked up
    (missing) just before the course was inserted: that look-up must not outlive the insert."""
    from bootcamp_core.models import Course, CourseStaff

    me = world.users["instructor"]
    course_id, staff_id = uuid7(), uuid7()
    course = mutation(
        "courses",
        "insert",
        course_id,
        {
            "title": "Solar dryers",
            "slug": f"solar-dryers-{course_id.hex[:8]}",
            "description": "To be written.",
            "created_by": str(me),
            "published": False,
            "estimated_duration_hours": 1,
        },
    )
    staff = mutation(
        "course_staff",
        "insert",
        staff_id,
        {"course_id": str(course_id), "user_id": str(me), "staff_role": "instructor"},
    )
    results = post(http, world.tokens["instructor"], _txn(uuid7(), course, staff)).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"], results
    with sdb.owner() as s:
        assert s.get(Course, course_id) is not None
        assert s.get(CourseStaff, staff_id).user_id == me


def test_a_row_merged_by_its_natural_key_takes_the_changes_sent_after_it_in_the_same_batch(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    """Two devices each made the progress row of one lesson offline; the second's insert merges into the
    first's row, and the same batch carries a later change of the row by the id that device knows it by
    (a transaction of its own): the change lands on the merged row, not on nothing."""
    enrol, lesson = world.enrollments[("learner2", "c2")], world.lessons["c2"]
    token = world.tokens["learner2"]
    try:
        first = mutation(
            "lesson_progress",
            "insert",
            uuid7(),
            {"enrollment_id": str(enrol), "lesson_id": str(lesson), "status": "in_progress"},
            inc={"time_spent_minutes": 10},
        )
        assert post(http, token, _txn(uuid7(), first)).json()["results"][0]["status"] == "applied"
        theirs = uuid7()
        insert = mutation(
            "lesson_progress",
            "insert",
            theirs,
            {"enrollment_id": str(enrol), "lesson_id": str(lesson), "status": "in_progress"},
            inc={"time_spent_minutes": 5},
        )
        later = mutation(
            "lesson_progress",
            "update",
            theirs,
            {"status": "completed", "notes": "done on the bus"},
            inc={"time_spent_minutes": 7},
            base=1,
        )
        results = post(http, token, _txn(uuid7(), insert) + _txn(uuid7(), later)).json()["results"]
        assert [r["status"] for r in results] == ["merged", "merged"], results
        assert results[0]["row"]["id"] == first["row_id"]
        with sdb.owner() as s:
            rows = s.execute(
                sa.text(
                    "SELECT id, status, notes, time_spent_minutes FROM lesson_progress "
                    "WHERE enrollment_id = :e AND lesson_id = :l"
                ),
                {"e": enrol, "l": lesson},
            ).all()
        assert [(str(r.id), r.status, r.notes, r.time_spent_minutes) for r in rows] == [
            (first["row_id"], "completed", "done on the bus", 22)
        ]
    finally:  # the world is shared by the session's tests
        with sdb.owner() as s:
            s.execute(
                sa.text("DELETE FROM lesson_progress WHERE enrollment_id = :e AND lesson_id = :l"),
                {"e": enrol, "l": lesson},
            )


def test_a_row_written_by_several_transactions_of_a_batch_is_written_once_and_each_is_answered_with_it(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    """Three views of a thread and a reply in it, in three transactions of one batch: every one is applied
    and counted, the thread moves by one version, and each answer gives the version it has."""
    thread = _thread(sdb, world, "learner", view_count=0, reply_count=0)

    def view() -> dict:  # type: ignore[type-arg]
        return mutation("discussions", "update", thread, inc={"view_count": 1}, base=1)

    reply = mutation(
        "discussion_replies",
        "insert",
        uuid7(),
        {"discussion_id": str(thread), "author_id": str(world.users["learner2"]), "content": "me too"},
    )
    body = _txn(uuid7(), view()) + _txn(uuid7(), reply, view()) + _txn(uuid7(), view())
    results = post(http, world.tokens["learner2"], body).json()["results"]
    # The first view is on the version it knew; the others meet the row the batch has moved: merged.
    assert [r["status"] for r in results] == ["applied", "applied", "merged", "merged"], results
    with sdb.owner() as s:
        t = s.get(Discussion, thread)
        assert (t.view_count, t.reply_count) == (3, 1)
    assert {results[i]["version"] for i in (0, 2, 3)} == {t.sync_version} == {2}
    assert results[3]["row"]["view_count"] == 3 and results[3]["row"]["reply_count"] == 1, (
        "the row as written"
    )
