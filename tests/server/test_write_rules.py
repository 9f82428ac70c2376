"""Writes judged on the row as it will be (docs/sync-protocol.md, "Columns"): the breaks issue 15 found,
pushed as an attacker would, the flows the app needs, and random updates of every column by a learner,
after each of which the database is compared with what it was: nothing the document forbids has changed.

Service level, on PostgreSQL: each push goes through ``apply_one`` in the pusher's request transaction
(row-level security on), inside a world built as the schema owner and rolled back at the end. The world
(``matrix_fixtures.Mini``): the learner in course M with peers P and R, course F (Q's) they do not take,
course S where the learner's enrolment is suspended.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from bootcamp_core.models import uuid7
from bootcamp_core.protocol import encode_value, registry
from bootcamp_server.access.principal import load_principal
from bootcamp_server.access.relations import Relations
from bootcamp_server.access.rules import Decision
from bootcamp_server.db import ServerDB
from bootcamp_server.sync.payload import RawMutation
from bootcamp_server.sync.push import apply_one

from .matrix_fixtures import Mini, ins
from .world import World

NOW = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
TABLES = (
    "users",
    "enrollments",
    "lesson_progress",
    "submissions",
    "peer_reviews",
    "discussions",
    "discussion_replies",
    "project_teams",
)


@dataclass
class Bootcamp:
    """The world of one test, and a way to push as its people."""

    s: Session
    sdb: ServerDB
    mini: Mini
    ids: dict[str, uuid.UUID] = field(default_factory=dict)

    def push(
        self,
        actor: str,
        table: str,
        row: str | uuid.UUID,
        op: str = "update",
        inc: dict[str, int] | None = None,
        **values: Any,
    ) -> dict[str, Any]:
        """Push one mutation as ``actor`` (a world key) in a savepoint; back to the owner afterwards."""
        row_id = self.ids[row] if isinstance(row, str) else row
        t = registry()[table].table
        version = self.s.execute(sa.select(t.c.sync_version).where(t.c.id == row_id)).scalar() or 0
        columns = registry()[table].columns
        wire = {k: encode_value(columns[k], v) for k, v in values.items()}
        principal = load_principal(
            self.s, self.mini.user(actor) if actor in self.mini.world.users else self.ids[actor]
        )
        assert principal is not None
        with self.s.begin_nested():
            self.sdb._enter(self.s, principal.context)
            d = Decision(principal, Relations(self.s, principal))
            result = apply_one(self.s, d, RawMutation(uuid7(), table, op, row_id, version, wire, inc or {}))
            self.s.execute(sa.text("RESET ROLE"))
        return result

    def row(self, table: str, key: str | uuid.UUID) -> dict[str, Any]:
        t = registry()[table].table
        row_id = self.ids[key] if isinstance(key, str) else key
        return dict(self.s.execute(sa.select(t).where(t.c.id == row_id)).mappings().one())


def build(s: Session, sdb: ServerDB, world: World) -> Bootcamp:
    mini = Mini(s, world, "learner")
    mini.build()
    b = Bootcamp(s, sdb, mini)
    me, P, R, Q, M, F = mini.me, mini.P, mini.R, mini.Q, mini.M, mini.F
    teacher = mini.user("instructor")
    S = mini.course(teacher, [(teacher, "instructor")])
    b.ids.update(me=me, P=P, R=R, Q=Q, M=M, F=F, S=S, teacher=teacher)
    b.ids["suspended"] = ins(s, "enrollments", user_id=me, course_id=S, enrollment_status="suspended")
    b.ids["enrolment"] = mini.enrol(me, M)
    a_m, a_f = mini.assignment(M), mini.assignment(F)
    b.ids.update(
        assignment_M=a_m,
        assignment_F=a_f,
        lesson_M=mini.lesson(M),
        lesson_F=mini.lesson(F),
        module_F=mini.module(F),
    )
    b.ids["assignment_M2"] = ins(s, "assignments", lesson_id=mini.lesson(M), title="A2", description="d")
    graded = {
        "score": Decimal("71.00"),
        "feedback": "Good field notes.",
        "graded_by": teacher,
        "graded_at": NOW,
    }
    b.ids["draft"] = ins(
        s, "submissions", assignment_id=a_m, user_id=me, status="draft", submission_content={"text": "draft"}
    )
    b.ids["graded"] = ins(
        s,
        "submissions",
        assignment_id=b.ids["assignment_M2"],
        user_id=me,
        status="graded",
        submission_content={"text": "done"},
        **graded,
    )
    b.ids["revise"] = ins(
        s,
        "submissions",
        assignment_id=a_m,
        user_id=me,
        status="revision_requested",
        submission_content={"text": "v1"},
        revision_count=0,
        feedback="Interview two more farmers.",
        graded_by=teacher,
        graded_at=NOW,
    )
    b.ids["handed_in"] = ins(
        s,
        "submissions",
        assignment_id=a_m,
        user_id=me,
        status="submitted",
        submission_content={"text": "final"},
    )
    b.ids["peer_work"] = ins(
        s,
        "submissions",
        assignment_id=a_m,
        user_id=P,
        status="graded",
        submission_content={"text": "P's work"},
        **graded,
    )
    b.ids["third_work"] = ins(
        s,
        "submissions",
        assignment_id=a_m,
        user_id=R,
        status="submitted",
        submission_content={"text": "R's work"},
    )
    b.ids["foreign_work"] = mini.submission(Q, F)
    b.ids["review"] = ins(
        s, "peer_reviews", submission_id=b.ids["peer_work"], reviewer_id=me, is_anonymous=True
    )
    b.ids["review_of_me"] = ins(
        s,
        "peer_reviews",
        submission_id=b.ids["graded"],
        reviewer_id=P,
        is_anonymous=True,
        detailed_feedback="Clear.",
    )
    b.ids["thread"] = ins(s, "discussions", course_id=M, author_id=me, title="Mine", content="Question?")
    b.ids["peer_thread"] = ins(s, "discussions", course_id=M, author_id=P, title="P's", content="Hello")
    b.ids["reply_in_mine"] = ins(
        s, "discussion_replies", discussion_id=b.ids["thread"], author_id=P, content="Try this"
    )
    b.ids["my_reply"] = ins(
        s, "discussion_replies", discussion_id=b.ids["peer_thread"], author_id=me, content="Me too"
    )
    project = mini.project(M, teacher)
    b.ids["project"] = project
    b.ids["my_team"] = ins(
        s,
        "project_teams",
        project_id=project,
        user_id=me,
        role="researcher",
        contribution_score=Decimal("4.00"),
    )
    b.ids["peer_team"] = ins(
        s, "project_teams", project_id=project, user_id=P, contribution_score=Decimal("3.00")
    )
    b.ids["progress"] = ins(
        s,
        "lesson_progress",
        enrollment_id=b.ids["enrolment"],
        lesson_id=mini.lesson(M),
        status="in_progress",
        notes="mine",
    )
    return b


@pytest.fixture
def camp(sdb: ServerDB, world: World) -> Iterator[Bootcamp]:
    s = Session(bind=sdb.engine, expire_on_commit=False)
    s.begin()
    try:
        yield build(s, sdb, world)
    finally:
        s.rollback()
        s.close()


def refused(result: dict[str, Any]) -> bool:
    return result["status"] == "rejected" and result["code"] in ("forbidden", "graded_locked")


# -- the breaks the issue found -------------------------------------------------------------------------------
def test_a_draft_is_not_moved_to_another_courses_assignment(camp: Bootcamp) -> None:
    before = camp.row("submissions", "draft")
    assert refused(camp.push("learner", "submissions", "draft", assignment_id=camp.ids["assignment_F"]))
    assert camp.row("submissions", "draft") == before
    # Within the course the learner takes, a draft may go to another assignment (they could start it there).
    assert (
        camp.push("learner", "submissions", "draft", assignment_id=camp.ids["assignment_M2"])["status"]
        == "applied"
    )


def test_a_discussion_is_not_posted_in_or_moved_to_a_course_one_does_not_take(camp: Bootcamp) -> None:
    new = uuid7()
    assert refused(
        camp.push(
            "learner",
            "discussions",
            new,
            op="insert",
            course_id=camp.ids["F"],
            author_id=camp.ids["me"],
            title="Hi",
            content="x",
        )
    )
    assert refused(
        camp.push(
            "learner",
            "discussions",
            uuid7(),
            op="insert",
            course_id=camp.ids["M"],
            module_id=camp.ids["module_F"],
            author_id=camp.ids["me"],
            title="Hi",
            content="x",
        )
    )
    before = camp.row("discussions", "thread")
    assert refused(camp.push("learner", "discussions", "thread", course_id=camp.ids["F"]))
    assert refused(camp.push("learner", "discussions", "thread", lesson_id=camp.ids["lesson_F"]))
    assert camp.row("discussions", "thread") == before
    posted = camp.push(
        "learner",
        "discussions",
        uuid7(),
        op="insert",
        course_id=camp.ids["M"],
        author_id=camp.ids["me"],
        title="Hi",
        content="x",
        is_pinned=False,
        view_count=0,
    )
    assert posted["status"] == "applied"


def test_an_insert_landing_on_a_row_is_judged_as_the_row_the_merge_makes(camp: Bootcamp) -> None:
    """Found by tests/adversary: an insert with the id of an existing row is merged into it, and its nulls keep the
    row's values; judged on the pushed values alone, the author's project thread re-sent with another course of
    theirs and no project was accepted, and stayed in the project of course M while naming the other course."""
    other = camp.mini.course(camp.ids["teacher"], [(camp.ids["teacher"], "instructor")])
    camp.mini.enrol(camp.ids["me"], other)
    thread = ins(
        camp.s,
        "discussions",
        course_id=camp.ids["M"],
        project_id=camp.ids["project"],
        author_id=camp.ids["me"],
        title="Team",
        content="Our plan",
    )
    before = camp.row("discussions", thread)
    answer = camp.push(
        "learner",
        "discussions",
        thread,
        op="insert",
        course_id=other,
        project_id=None,
        module_id=None,
        lesson_id=None,
        author_id=camp.ids["me"],
        title="Team",
        content="Our plan",
    )
    assert refused(answer), answer
    assert camp.row("discussions", thread) == before
    # The same insert that keeps the thread where it is merges as before.
    kept = camp.push(
        "learner",
        "discussions",
        thread,
        op="insert",
        course_id=camp.ids["M"],
        project_id=None,
        author_id=camp.ids["me"],
        title="Team plan",
        content="Our plan",
    )
    assert kept["status"] == "merged", kept
    assert camp.row("discussions", thread)["project_id"] == camp.ids["project"]


def test_a_peer_review_is_not_pointed_at_ones_own_work_or_another_course(camp: Bootcamp) -> None:
    before = camp.row("peer_reviews", "review")
    assert refused(camp.push("learner", "peer_reviews", "review", submission_id=camp.ids["draft"]))
    assert refused(camp.push("learner", "peer_reviews", "review", submission_id=camp.ids["foreign_work"]))
    assert refused(camp.push("learner", "peer_reviews", "review", reviewer_id=camp.ids["R"]))
    assert refused(camp.push("learner", "peer_reviews", "review", is_anonymous=False))
    assert camp.row("peer_reviews", "review") == before
    written = camp.push(
        "learner", "peer_reviews", "review", overall_score="4.00", detailed_feedback="Well argued."
    )
    assert written["status"] == "applied"


def test_a_suspension_is_not_lifted_by_the_learner(camp: Bootcamp) -> None:
    for status in ("enrolled", "in_progress", "completed", "dropped"):
        assert refused(camp.push("learner", "enrollments", "suspended", enrollment_status=status))
    assert refused(camp.push("learner", "enrollments", "enrolment", enrollment_status="suspended"))
    assert refused(camp.push("learner", "enrollments", "enrolment", certificate_issued=True))
    assert refused(camp.push("learner", "enrollments", "enrolment", current_lesson_id=camp.ids["lesson_F"]))
    assert camp.row("enrollments", "suspended")["enrollment_status"] == "suspended"
    assert (
        camp.push("instructor", "enrollments", "suspended", enrollment_status="enrolled")["status"]
        == "applied"
    )


@pytest.mark.parametrize("key", ["graded", "revise"])
def test_clearing_what_staff_wrote_is_writing_it(camp: Bootcamp, key: str) -> None:
    before = camp.row("submissions", key)
    written = [c for c in ("feedback", "score", "graded_by", "graded_at") if before[c] is not None]
    assert "feedback" in written
    for column in written:
        assert refused(camp.push("learner", "submissions", key, **{column: None})), column
    assert camp.row("submissions", key) == before


def test_a_request_for_revision_is_left_only_by_handing_a_revision_in(camp: Bootcamp) -> None:
    assert refused(camp.push("learner", "submissions", "revise", status="draft"))
    assert refused(camp.push("learner", "submissions", "revise", status="submitted"))  # the count must go up
    assert (
        camp.push("learner", "submissions", "revise", submission_content={"text": "v2"})["status"]
        == "applied"
    )
    handed = camp.push(
        "learner", "submissions", "revise", status="submitted", revision_count=1, submitted_at=NOW
    )
    assert handed["status"] == "applied"
    assert refused(camp.push("learner", "submissions", "handed_in", status="under_review"))
    assert refused(camp.push("learner", "submissions", "handed_in", status="revision_requested"))
    assert camp.push("instructor", "submissions", "handed_in", status="under_review")["status"] == "applied"
    assert refused(camp.push("learner", "submissions", "handed_in", submission_content={"text": "v3"}))
    assert refused(camp.push("learner", "submissions", "handed_in", status="draft"))
    assert (
        camp.push("learner", "submissions", "graded", submission_content={"text": "x"})["code"]
        == "graded_locked"
    )


def test_team_scores_pins_and_solutions_stay_with_who_gives_them(camp: Bootcamp) -> None:
    assert refused(camp.push("learner", "project_teams", "my_team", contribution_score="5.00"))
    assert refused(camp.push("learner", "project_teams", "my_team", contribution_score=None))
    joined = camp.push(
        "learner",
        "project_teams",
        uuid7(),
        op="insert",
        project_id=camp.mini.project(camp.ids["M"], camp.ids["teacher"]),
        user_id=camp.ids["me"],
        contribution_score="5.00",
    )
    assert refused(joined)
    assert refused(camp.push("learner", "discussions", "thread", is_pinned=True))
    assert refused(camp.push("learner", "discussions", "peer_thread", content="rewritten"))
    assert refused(
        camp.push("learner", "discussion_replies", "my_reply", is_solution=True)
    )  # not their thread
    assert refused(camp.push("learner", "discussions", "thread", resolved_by=camp.ids["teacher"]))
    # What the app does: a reader replies (counts, activity), a thread's author marks the solution.
    bumped = camp.push("learner", "discussions", "peer_thread", inc={"reply_count": 1}, updated_at=NOW)
    assert bumped["status"] == "applied"
    assert (
        camp.push("learner", "discussion_replies", "reply_in_mine", is_solution=True)["status"] == "applied"
    )
    assert (
        camp.push(
            "learner", "discussions", "thread", is_resolved=True, resolved_by=camp.ids["me"], resolved_at=NOW
        )["status"]
        == "applied"
    )
    assert camp.push("instructor", "discussions", "thread", is_pinned=True)["status"] == "applied"


def test_staff_grade_as_themselves_and_set_anonymity(camp: Bootcamp) -> None:
    other = camp.mini.user("instructor2")
    assert refused(camp.push("instructor", "submissions", "third_work", graded_by=other))
    assert refused(camp.push("facilitator", "submissions", "third_work", score="50.00"))
    assert refused(camp.push("instructor", "submissions", "third_work", user_id=camp.ids["P"]))
    graded = camp.push(
        "instructor",
        "submissions",
        "third_work",
        status="graded",
        score="88.00",
        graded_by=camp.ids["teacher"],
        graded_at=NOW,
        feedback="Strong.",
    )
    assert graded["status"] == "applied"
    assert camp.push("instructor", "peer_reviews", "review", is_anonymous=False)["status"] == "applied"


def test_progress_and_replies_stay_where_their_parents_are(camp: Bootcamp) -> None:
    assert refused(camp.push("learner", "lesson_progress", "progress", lesson_id=camp.ids["lesson_F"]))
    assert refused(
        camp.push(
            "learner",
            "lesson_progress",
            uuid7(),
            op="insert",
            enrollment_id=camp.ids["enrolment"],
            lesson_id=camp.ids["lesson_F"],
            status="in_progress",
        )
    )
    assert refused(
        camp.push("learner", "discussion_replies", "my_reply", parent_reply_id=camp.ids["reply_in_mine"])
    )
    assert refused(
        camp.push(
            "learner",
            "discussion_replies",
            uuid7(),
            op="insert",
            discussion_id=camp.ids["peer_thread"],
            author_id=camp.ids["me"],
            content="x",
            parent_reply_id=camp.ids["reply_in_mine"],
        )
    )


# -- random updates by a learner --------------------------------------------------------------------------------
Snapshot = dict[tuple[str, uuid.UUID], dict[str, Any]]


def snapshot(b: Bootcamp) -> Snapshot:
    out: Snapshot = {}
    for table in TABLES:
        t = registry()[table].table
        for r in b.s.execute(sa.select(t)).mappings():
            out[(table, r["id"])] = dict(r)
    return out


class Learner:
    """What docs/sync-protocol.md lets learner ``me`` change, written from the document, apart from the
    server's rules: ``allowed(table, before, after, column)`` for one changed column of one row."""

    def __init__(self, b: Bootcamp) -> None:
        q = b.s.execute
        self.me = b.ids["me"]
        self.enrolled = set(
            q(sa.text("SELECT course_id FROM enrollments WHERE user_id = :me"), {"me": self.me}).scalars()
        )
        self.assignment_course = dict(
            q(
                sa.text(
                    "SELECT a.id, m.course_id FROM assignments a JOIN lessons l ON l.id = a.lesson_id"
                    " JOIN modules m ON m.id = l.module_id"
                )
            ).all()
        )
        self.lesson_course = dict(
            q(sa.text("SELECT l.id, m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id")).all()
        )
        self.module_course = dict(q(sa.text("SELECT id, course_id FROM modules")).all())
        self.submission = {
            i: (u, a) for i, u, a in q(sa.text("SELECT id, user_id, assignment_id FROM submissions"))
        }
        self.enrolment = {
            i: (u, c) for i, u, c in q(sa.text("SELECT id, user_id, course_id FROM enrollments"))
        }
        self.thread = {
            i: (a, c) for i, a, c in q(sa.text("SELECT id, author_id, course_id FROM discussions"))
        }
        self.reply_thread = dict(q(sa.text("SELECT id, discussion_id FROM discussion_replies")).all())

    def allowed(self, table: str, before: dict[str, Any], after: dict[str, Any], column: str) -> bool:
        me = self.me
        if table == "users":
            return before["id"] == me and column not in ("email", "fataplus_user_id", "is_active")
        if table == "enrollments":
            if before["user_id"] != me or column in (
                "user_id",
                "course_id",
                "certificate_issued",
                "certificate_issued_at",
            ):
                return False  # an enrolment does not move: a learner enrols anew
            if "suspended" in (before["enrollment_status"], after["enrollment_status"]):
                return False  # suspended, it is the staff's until they lift it
            if column in ("current_module_id", "current_lesson_id"):
                where = self.module_course if column == "current_module_id" else self.lesson_course
                return after[column] is None or where.get(after[column]) == after["course_id"]
            return True
        if table == "lesson_progress":
            owner, course = self.enrolment[after["enrollment_id"]]
            return (
                self.enrolment[before["enrollment_id"]][0] == me
                and owner == me
                and (
                    column not in ("lesson_id", "enrollment_id")
                    or self.lesson_course.get(after["lesson_id"]) == course
                )
            )
        if table == "submissions":
            if before["user_id"] != me or column in (
                "user_id",
                "score",
                "feedback",
                "graded_by",
                "graded_at",
            ):
                return False
            status = (before["status"], after["status"])
            if before["status"] in ("under_review", "graded"):
                return False  # the staff's until they ask for a revision
            if column == "status":
                return status in (
                    ("draft", "submitted"),
                    ("revision_requested", "submitted"),
                    ("submitted", "draft"),
                )
            if column == "revision_count":
                return status == ("revision_requested", "submitted") and after[column] > (before[column] or 0)
            if column == "assignment_id":
                return self.assignment_course[after[column]] in self.enrolled
            return True
        if table == "peer_reviews":
            if before["reviewer_id"] != me or column in ("reviewer_id", "is_anonymous"):
                return False
            if column == "submission_id":
                author, assignment = self.submission[after[column]]
                return author != me and self.assignment_course[assignment] in self.enrolled
            return True
        if table == "discussions":
            if column == "updated_at":
                return True  # any reader: the time of the latest activity
            if before["author_id"] != me or column in ("author_id", "is_pinned", "view_count", "reply_count"):
                return False
            if column == "resolved_by":
                return after[column] in (None, me)
            if column in ("course_id", "module_id", "lesson_id", "project_id"):
                places = {
                    after["course_id"],
                    self.module_course.get(after["module_id"]),
                    self.lesson_course.get(after["lesson_id"]),
                } - {None}
                named = [c for c in ("module_id", "lesson_id") if after[c] is not None]
                return (
                    len(places) <= 1
                    and places <= self.enrolled
                    and all(
                        (self.module_course if c == "module_id" else self.lesson_course).get(after[c])
                        for c in named
                    )
                )
            return True
        if table == "discussion_replies":
            if column == "is_solution":
                return self.thread[before["discussion_id"]][0] == me
            if before["author_id"] != me or column in ("author_id", "helpful_votes"):
                return False
            if column == "discussion_id":
                return self.thread[after[column]][1] in self.enrolled
            if column == "parent_reply_id":
                return after[column] is None or self.reply_thread.get(after[column]) == after["discussion_id"]
            return True
        return False  # project_teams: the project's creator and the course's staff manage teams


@st.composite
def updates(draw: st.DrawFn, world: Snapshot) -> tuple[str, uuid.UUID, str, Any]:
    table, row_id = draw(st.sampled_from(sorted(world, key=lambda k: (k[0], str(k[1])))))
    spec = registry()[table]
    column = draw(
        st.sampled_from(sorted(c for c in spec.columns if c not in ("id", "sync_version", "sync_seq")))
    )
    seen = sorted({repr(r[column]): r[column] for (t, _), r in world.items() if t == table}.items())
    choices: list[Any] = [None, *(v for _, v in seen)]
    col = spec.columns[column]
    if col.kind == "enum":
        choices += list(col.enum_values)
    elif col.kind == "bool":
        choices += [True, False]
    elif col.kind == "uuid":
        choices += sorted({r["id"] for (t, _), r in world.items()}, key=str)[:40]
    return table, row_id, column, draw(st.sampled_from(choices))


def test_random_updates_by_a_learner_change_only_what_they_may(sdb: ServerDB, world: World) -> None:
    s = Session(bind=sdb.engine, expire_on_commit=False)
    s.begin()
    try:
        b = build(s, sdb, world)
        base = snapshot(b)
        oracle = Learner(b)
        tried = {"applied": 0, "refused": 0}

        @settings(
            max_examples=250,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        )
        @given(updates(base))
        def attempt(update: tuple[str, uuid.UUID, str, Any]) -> None:
            table, row_id, column, value = update
            example = s.begin_nested()
            try:
                try:
                    result = b.push("learner", table, row_id, **{column: value})
                except (sa.exc.IntegrityError, sa.exc.DataError):
                    result = {"status": "rejected"}  # a reference or constraint the database refused
                after = snapshot(b)
                tried["applied" if result["status"] in ("applied", "merged") else "refused"] += 1
                assert after.keys() == base.keys()
                for key, row in after.items():
                    for c, v in row.items():
                        if c in ("sync_version", "sync_seq") or base[key][c] == v:
                            continue
                        assert oracle.allowed(key[0], base[key], row, c), (key, c, base[key][c], v, result)
            finally:
                example.rollback()

        attempt()
        assert tried["applied"] > 10 and tried["refused"] > 10, tried
    finally:
        s.rollback()
        s.close()
