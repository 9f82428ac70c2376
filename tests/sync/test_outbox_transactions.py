"""Local transactions in the outbox (``sync/transactions.py``) and how a push takes them
(``sync/push.take_batch``): one transaction per ``local_write``, merged never split, sent whole, in an
order that keeps every reference to a new row behind its insert; counters of new rows as increments."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.models import Course, Discussion, DiscussionReply, Enrollment, OutboxEntry, User
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.outbox import increment, local_write
from bootcamp_desktop.sync.push import take_batch


@pytest.fixture
def db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_replica(tmp_path)
    yield database
    database.dispose()


def _entries(db) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return list(s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id)))


def _course(db) -> tuple[uuid.UUID, uuid.UUID]:  # type: ignore[no-untyped-def]
    """A user and a course that are on the server already (written outside the outbox)."""
    with db.write() as s:
        u = User(fataplus_user_id=uuid.uuid4(), email=f"{uuid.uuid4().hex[:8]}@x.example", full_name="Aina")
        c = Course(title="T", slug=f"t-{uuid.uuid4().hex[:6]}", description="d", estimated_duration_hours=1)
        s.add_all([u, c])
    return u.id, c.id


def _thread(db, author: uuid.UUID, course: uuid.UUID, title: str) -> uuid.UUID:  # type: ignore[no-untyped-def]
    with local_write(db) as s:
        d = Discussion(author_id=author, course_id=course, title=title, content="?")
        s.add(d)
    return d.id


def _applied(db, batch: list[dict]) -> list[dict]:  # type: ignore[no-untyped-def]
    """The server applied the batch: its entries are done."""
    with db.write() as s:
        s.execute(
            sa.delete(OutboxEntry).where(OutboxEntry.mutation_id.in_([uuid.UUID(m["id"]) for m in batch]))
        )
    return batch


def _txn_of(db, row_id: uuid.UUID) -> uuid.UUID:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalars(sa.select(OutboxEntry.txn_id).where(OutboxEntry.row_id == row_id)).one()


def test_each_local_write_is_one_transaction(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    with local_write(db) as s:
        a = Discussion(author_id=author, course_id=course, title="A", content="?")
        b = Discussion(author_id=author, course_id=course, title="B", content="?")
        s.add(a)
        s.flush()
        s.add(b)
    other = _thread(db, author, course, "C")
    assert _txn_of(db, a.id) == _txn_of(db, b.id) != _txn_of(db, other)


def test_an_autosaved_draft_is_one_entry(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    draft = _thread(db, author, course, "draft")
    for i in range(60):
        with local_write(db) as s:
            s.get(Discussion, draft).content = f"draft {i}"
    [entry] = _entries(db)
    assert entry.op == "insert" and entry.payload["set"]["content"] == "draft 59"


def test_a_transaction_that_rewrites_an_earlier_ones_rows_takes_it_in(db) -> None:  # type: ignore[no-untyped-def]
    """A grade edited again before it was sent: one transaction, one entry per row, at the first's place."""
    author, course = _course(db)
    with local_write(db) as s:  # A
        first = Discussion(author_id=author, course_id=course, title="one", content="?")
        second = Discussion(author_id=author, course_id=course, title="two", content="?")
        s.add_all([first, second])
    between = _thread(db, author, course, "unrelated")  # C
    with local_write(db) as s:  # B: both rows of A again
        s.get(Discussion, first.id).title = "one, edited"
        s.get(Discussion, second.id).content = "two, edited"
    merged = _txn_of(db, first.id)
    assert _txn_of(db, second.id) == merged != _txn_of(db, between)
    batch = take_batch(db)
    assert [(m["row_id"], m["op"], m["txn"] == str(merged)) for m in batch] == [
        (str(first.id), "insert", True),
        (str(second.id), "insert", True),
        (str(between), "insert", False),
    ]
    assert batch[0]["set"]["title"] == "one, edited" and batch[1]["set"]["content"] == "two, edited"


def test_a_transaction_that_overlaps_an_earlier_one_in_part_keeps_both_whole_and_in_order(db) -> None:  # type: ignore[no-untyped-def]
    """Taking A in would glue A's other row to B; folding B's change into A's entry would split B. So the
    row has two entries, in the order the changes were made, each in its own transaction."""
    author, course = _course(db)
    with local_write(db) as s:  # A: two threads
        first = Discussion(author_id=author, course_id=course, title="one", content="?")
        second = Discussion(author_id=author, course_id=course, title="two", content="?")
        s.add_all([first, second])
    between = _thread(db, author, course, "unrelated")  # C
    with local_write(db) as s:  # B: one row of A, and a new one
        s.get(Discussion, first.id).title = "one, edited"
        third = Discussion(author_id=author, course_id=course, title="three", content="?")
        s.add(third)
    batch = take_batch(db)
    assert [(m["row_id"], m["op"]) for m in batch] == [
        (str(first.id), "insert"),
        (str(second.id), "insert"),
        (str(between), "insert"),
        (str(third.id), "insert"),
        (str(first.id), "update"),
    ]
    txns = [m["txn"] for m in batch]
    assert txns[0] == txns[1] and txns[3] == txns[4] and len(set(txns)) == 3
    assert batch[0]["set"]["title"] == "one" and batch[4]["set"] == {"title": "one, edited"}
    with local_write(db) as s:  # B's rows once more, after the push took them: new entries, A untouched
        s.get(Discussion, third.id).title = "three, edited"
    assert len(_entries(db)) == 6


def test_transactions_that_cover_each_other_in_turn_become_one_in_the_order_written(db) -> None:  # type: ignore[no-untyped-def]
    """A wrote rows 1 and 2, B row 1 alone (its own entry, after A's); C writes both: C takes in B, and
    then, covering all of A's rows, A, each change folding onto the one before it."""
    author, course = _course(db)
    with local_write(db) as s:  # A
        first = Discussion(author_id=author, course_id=course, title="a", content="?")
        second = Discussion(author_id=author, course_id=course, title="a", content="?")
        s.add_all([first, second])
    with local_write(db) as s:  # B
        s.get(Discussion, first.id).title = "b"
    with local_write(db) as s:  # C
        s.get(Discussion, first.id).content = "c"
        s.get(Discussion, second.id).title = "c"
    batch = take_batch(db)
    assert [(m["row_id"], m["op"], m["set"]["title"]) for m in batch] == [
        (str(first.id), "insert", "b"),
        (str(second.id), "insert", "c"),
    ]
    assert batch[0]["set"]["content"] == "c" and batch[0]["txn"] == batch[1]["txn"]


def test_a_later_change_never_lands_before_one_made_after_the_entry_it_would_fold_into(db) -> None:  # type: ignore[no-untyped-def]
    """A wrote rows 1 and 2; B rows 1 and 3 (its own entries, after A's). C writes rows 1 and 2, all of A's
    rows: folded into A's entries, C's row 1 would reach the server before B's and lose to it. So C keeps
    entries of its own, after B's, and row 1 ends as C wrote it."""
    author, course = _course(db)
    with db.write() as s:  # rows the server has
        rows = [Discussion(author_id=author, course_id=course, title="0", content="?") for _ in range(3)]
        s.add_all(rows)
    one, two, three = (r.id for r in rows)
    for writer, ids in (("a", (one, two)), ("b", (one, three)), ("c", (one, two))):
        with local_write(db) as s:
            for row_id in ids:
                s.get(Discussion, row_id).title = writer
    sent = [(m["row_id"], m["set"]["title"]) for m in take_batch(db)]
    assert sent == [
        (str(one), "a"),
        (str(two), "a"),
        (str(one), "b"),
        (str(three), "b"),
        (str(one), "c"),
        (str(two), "c"),
    ]


def test_a_merged_transaction_takes_along_the_new_rows_it_now_refers_to(db) -> None:  # type: ignore[no-untyped-def]
    """B's change lands in A's earlier entry and refers to a user created in C, between A and B: C goes
    with them, or A's position would send the reference before the row it refers to."""
    author, course = _course(db)
    thread = _thread(db, author, course, "question")  # A
    unrelated = _thread(db, author, course, "other")  # D: stays on its own
    with local_write(db) as s:  # C: a new person
        helper = User(fataplus_user_id=uuid.uuid4(), email="h@x.example", full_name="Helper")
        s.add(helper)
    with local_write(db) as s:  # B: A's thread is resolved by C's person
        s.get(Discussion, thread).resolved_by = helper.id
    merged = _txn_of(db, thread)
    assert _txn_of(db, helper.id) == merged
    assert _txn_of(db, unrelated) != merged
    sent = take_batch(db)
    assert [(m["row_id"], m["txn"] == str(merged)) for m in sent] == [
        (str(thread), True),
        (str(helper.id), True),
        (str(unrelated), False),
    ], "whole, in position order"


def test_a_merged_transaction_takes_along_the_deletes_its_new_rows_come_after(db) -> None:  # type: ignore[no-untyped-def]
    """B re-enrols (a new row for the natural key C's unenrolment freed) and edits A's thread: moved to A's
    position without C, the new enrolment would reach the server before the delete and be merged into the
    row the delete then removes."""
    author, course = _course(db)
    with db.write() as s:  # an enrolment the server has
        old = Enrollment(user_id=author, course_id=course, enrollment_status="enrolled")
        s.add(old)
    thread = _thread(db, author, course, "question")  # A
    with local_write(db) as s:  # C: unenrol
        s.delete(s.get(Enrollment, old.id))
    with local_write(db) as s:  # B: enrol again, and edit A's thread
        again = Enrollment(user_id=author, course_id=course, enrollment_status="enrolled")
        s.add(again)
        s.get(Discussion, thread).title = "question, edited"
    assert _txn_of(db, thread) == _txn_of(db, old.id) == _txn_of(db, again.id)
    assert [(m["table"], m["op"]) for m in take_batch(db)] == [
        ("discussions", "insert"),
        ("enrollments", "delete"),
        ("enrollments", "insert"),
    ]


def test_a_batch_holds_whole_transactions_and_a_large_one_goes_alone(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    with local_write(db) as s:
        s.add_all(
            [Discussion(author_id=author, course_id=course, title=f"t{i}", content="?") for i in range(5)]
        )
    small = _thread(db, author, course, "small")
    first = _applied(db, take_batch(db, limit=3))
    assert len(first) == 5 and len({m["txn"] for m in first}) == 1, "never split below the server's maximum"
    assert [m["row_id"] for m in take_batch(db, limit=3)] == [str(small)]


def test_a_resend_goes_before_anything_pending(db) -> None:  # type: ignore[no-untyped-def]
    """A transaction sent and never answered goes first, even before a problem the user sends again from
    an earlier position: what was sent may be applied already, and later work may build on it."""
    author, course = _course(db)
    retried = _thread(db, author, course, "refused once")
    with db.write() as s:
        s.execute(sa.update(OutboxEntry).where(OutboxEntry.row_id == retried).values(state="rejected"))
    unanswered = _thread(db, author, course, "sent")
    take_batch(db)  # sent, and the answer never came
    with db.write() as s:  # "send mine again"
        s.execute(sa.update(OutboxEntry).where(OutboxEntry.row_id == retried).values(state="pending"))
    assert [m["row_id"] for m in take_batch(db)] == [str(unanswered), str(retried)]


def test_a_transaction_larger_than_a_request_goes_in_parts_each_its_own_unit(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    with local_write(db) as s:
        s.add_all(
            [Discussion(author_id=author, course_id=course, title=f"t{i}", content="?") for i in range(7)]
        )
    again = take_batch(db, limit=3, max_txn=3)
    assert take_batch(db, limit=3, max_txn=3) == again, (
        "a part sent and not answered is resent as the same unit"
    )
    parts = [_applied(db, take_batch(db, limit=3, max_txn=3)) for _ in range(3)]
    assert [len(p) for p in parts] == [3, 3, 1]
    units = [{m["txn"] for m in p} for p in parts]
    assert all(len(u) == 1 for u in units) and len(set().union(*units)) == 3


def test_a_new_rows_counters_travel_as_increments_even_before_it_has_an_id(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    with local_write(db) as s:
        d = Discussion(author_id=author, course_id=course, title="new", content="?")
        s.add(d)
        assert d.id is None
        increment(s, d, "view_count", 2)  # before the flush gives it an id
        s.flush()
        increment(s, d, "view_count", 3)  # after
    [entry] = _entries(db)
    assert entry.op == "insert"
    assert entry.payload["set"]["view_count"] == 0 and entry.payload["inc"] == {"view_count": 5}
    with db.session() as s:
        assert s.get(Discussion, d.id).view_count == 5


def test_a_threads_reply_count_is_shown_at_once_and_never_sent(db) -> None:  # type: ignore[no-untyped-def]
    author, course = _course(db)
    with db.write() as s:  # someone else's thread, on the server already
        d = Discussion(author_id=author, course_id=course, title="theirs", content="?", reply_count=4)
        s.add(d)
    with local_write(db) as s:
        s.add(DiscussionReply(discussion_id=d.id, author_id=author, content="me too"))
        increment(s, s.get(Discussion, d.id), "reply_count", 1)
    assert [(e.table_name, e.op) for e in _entries(db)] == [("discussion_replies", "insert")]
    with db.session() as s:
        assert s.get(Discussion, d.id).reply_count == 5
