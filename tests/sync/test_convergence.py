"""Convergence of replicas against the real server, checked by a model (DESIGN.md "Sync: what it must
guarantee"; docs/sync-protocol.md "Merge rules").

``test_replicas_converge_under_random_offline_edits``: a hypothesis ``RuleBasedStateMachine`` drives three
replicas, the demo learner on two machines (``a1``, ``a2``) and the demo instructor (``inst``), through
random offline edits made the way the app makes them (``local_write``/``increment``, so through the real
outbox) and syncs in a random order. The model follows the server: the sync of a replica pushes its
pending edits in order, so the model knows after every sync what the server must hold, exactly:
- counters (``view_count``, ``helpful_votes``, ``attempts_count``) are the base plus every increment
  pushed; a thread's ``reply_count`` is its base plus every reply the server applied (the server keeps it);
- lesson progress is the forward merge of everything pushed (status by order, ``best_score`` as the
  maximum, ``completed_at`` the earliest), whoever pushed what in which order, including attempts to
  move it back, and it is never seen going back;
- every reply text posted exists exactly once, unless its discussion was deleted;
- per field, the last write pushed wins (discussion titles and texts, submission texts);
- a graded submission never changes by its learner's hand: the edit is rejected (``graded_locked``),
  kept in ``sync_ops.problems``, and the replica shows the server's version;
- nothing else is rejected: a replica's problems are exactly those the model expects (an edit of a row
  another replica deleted: ``deleted``; a reply in a deleted discussion: ``forbidden``).
After every sync the syncing replica agrees with the server on every row it holds of the tables checked,
no table needed a checksum repair, and at the end every replica has converged.

``test_every_pulled_state_is_a_state_the_server_had``: the Jepsen-style prefix check. A writer commits
a random history on the server (grades with their feedback rows, new submissions with feedback, reply
threads with their counts, deletions, transactions larger than a page that interleave rows the learner
may not see, a long transaction that commits late) while the learner's replica pulls with a tiny page
size. The writer records each transaction with the ``seq`` it committed at; after every page the
replica's state, restricted to the rows the history touches, must equal the fold of the history up to
the page's cursor: the state the server had then. "No feedback without its submission" and "no half of a
grade" are checked on every page too.
"""

from __future__ import annotations

import base64
import datetime as dt
import inspect
import os
import random
import threading
import uuid
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    Discussion,
    DiscussionReply,
    Enrollment,
    InstructorFeedback,
    Lesson,
    LessonProgress,
    Module,
    Submission,
    utcnow,
    uuid7,
)
from bootcamp_core.models.enums import LESSON_PROGRESS_STATUS
from bootcamp_desktop.services import sync_ops
from bootcamp_desktop.services.workspace import Workspace
from bootcamp_desktop.sync import pull as pull_module
from bootcamp_desktop.sync.engine import SyncReport
from bootcamp_desktop.sync.outbox import increment, local_write

from .checks import disagreements, lessons_of, shared_course
from .live import LiveServer, new_replica, sync

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

REPLICAS = ("a1", "a2", "inst")
LEARNERS = ("a1", "a2")
TABLES = (
    "discussions",
    "discussion_replies",
    "lesson_progress",
    "submissions",
    "enrollments",
    "instructor_feedback",
)
RANK = {s: i for i, s in enumerate(LESSON_PROGRESS_STATUS)}
T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def token() -> str:
    return uuid.uuid4().hex[:12]


class World:
    """What outlives one hypothesis example: the replicas, signed in once, and the shared course."""

    def __init__(self, live: LiveServer, directory: Path) -> None:
        self.live = live
        aina, wanjiru = live.users[DEMO_LEARNER_EMAIL], live.users[DEMO_INSTRUCTOR_EMAIL]
        self.user = {"a1": aina, "a2": aina, "inst": wanjiru}
        self.ws: dict[str, Workspace] = {
            "a1": new_replica(live, directory / "a1", DEMO_LEARNER_EMAIL),
            "a2": new_replica(live, directory / "a2", DEMO_LEARNER_EMAIL),
            "inst": new_replica(live, directory / "inst", DEMO_INSTRUCTOR_EMAIL),
        }
        self.course = shared_course(live)
        with live.sdb.owner() as s:
            self.enrollment = s.scalar(
                sa.select(Enrollment.id).where(
                    Enrollment.user_id == aina, Enrollment.course_id == self.course
                )
            )
            self.lessons = [lesson.id for lesson in lessons_of(s, self.course)][
                -5:
            ]  # the course's end: least used
            self.assignment = s.scalar(
                sa.select(Assignment.id)
                .join(Lesson)
                .join(Module)
                .where(Module.course_id == self.course)
                .limit(1)
            )
        assert self.enrollment and self.lessons and self.assignment

    def close(self) -> None:
        for ws in self.ws.values():
            ws.close()


class ConvergenceMachine(RuleBasedStateMachine):
    world: World  # set by the test

    def __init__(self) -> None:
        super().__init__()
        w = self.world
        self.live = w.live
        self._settle()
        aina, wanjiru = w.user["a1"], w.user["inst"]
        with self.live.sdb.owner() as s:
            # A fresh submission to grade in this example; the learner's older ones are mostly graded.
            fresh = Submission(
                id=uuid7(),
                assignment_id=w.assignment,
                user_id=aina,
                status="submitted",
                submission_content={"text": f"fresh {token()}"},
            )
            s.add(fresh)
            # Progress starts over (an administrator's reset, as from psql): three lessons without a row,
            # so both learner replicas may create one (natural key merges), two just begun.
            rows = s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == w.enrollment, LessonProgress.lesson_id.in_(w.lessons)
                )
            ).all()
            for row in rows:
                s.delete(row)
            s.flush()
            for lesson in w.lessons[3:]:
                s.add(
                    LessonProgress(
                        id=uuid7(),
                        enrollment_id=w.enrollment,
                        lesson_id=lesson,
                        status="in_progress",
                        best_score=Decimal("20.00"),
                        attempts_count=1,
                    )
                )
        for name in REPLICAS:
            self._sync(name, check=False)
        with self.live.sdb.owner() as s:
            discussions = s.scalars(sa.select(Discussion).where(Discussion.course_id == w.course)).all()
            self.discussions = {d.id: d.author_id for d in discussions}
            self.lww: dict[tuple[str, uuid.UUID, str], Any] = {}
            self.counters: dict[tuple[str, uuid.UUID, str], int] = {}
            for d in discussions:
                self.counters[("discussions", d.id, "view_count")] = d.view_count or 0
                self.counters[("discussions", d.id, "reply_count")] = d.reply_count or 0
                self.lww[("discussions", d.id, "title")] = d.title
                self.lww[("discussions", d.id, "content")] = d.content
            for r in s.scalars(
                sa.select(DiscussionReply).where(DiscussionReply.discussion_id.in_(self.discussions))
            ):
                self.counters[("discussion_replies", r.id, "helpful_votes")] = r.helpful_votes or 0
            self.replies_of: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
            for rid, did in s.execute(
                sa.select(DiscussionReply.id, DiscussionReply.discussion_id).where(
                    DiscussionReply.discussion_id.in_(self.discussions)
                )
            ):
                self.replies_of[did].add(rid)
            self.progress: dict[uuid.UUID, dict[str, Any]] = {}
            for lesson in w.lessons:
                p = s.scalars(
                    sa.select(LessonProgress).where(
                        LessonProgress.enrollment_id == w.enrollment, LessonProgress.lesson_id == lesson
                    )
                ).first()
                self.progress[lesson] = (
                    {
                        "status": p.status,
                        "best_score": p.best_score,
                        "completed_at": p.completed_at,
                        "attempts_count": p.attempts_count or 0,
                    }
                    if p is not None
                    else None
                )
            subs = s.scalars(
                sa.select(Submission)
                .join(Assignment)
                .join(Lesson)
                .join(Module)
                .where(Module.course_id == w.course, Submission.user_id == aina)
            ).all()
            self.submissions = {
                sub.id: {
                    "content": sub.submission_content,
                    "graded": sub.status == "graded",
                    "grade": (sub.status, sub.score, sub.feedback),
                }
                for sub in subs
            }
            # The instructor grades only what has no grade yet or is graded already: no other write can
            # slip between their view and their grade, so no grade conflict is legitimate here.
            self.gradable = [sub.id for sub in subs if sub.graded_at is None or sub.status == "graded"]
        self.deleted: set[uuid.UUID] = set()  # discussions deleted on the server
        self.created: set[uuid.UUID] = set()  # discussions created in this example
        self.texts: dict[str, uuid.UUID] = {}  # reply text -> discussion
        self.pending: dict[str, list[tuple[Any, ...]]] = {r: [] for r in REPLICAS}
        self.expected_problems: dict[str, Counter[tuple[str, uuid.UUID]]] = {r: Counter() for r in REPLICAS}
        self.seen_progress: dict[uuid.UUID, tuple[int, Decimal | None, dt.datetime | None]] = {}
        self.wanjiru = wanjiru

    # -- helpers ----------------------------------------------------------------------------------------
    def _settle(self) -> None:
        """Start from quiet replicas: everything pushed and pulled, leftover problems discarded."""
        for _ in range(2):
            for name in REPLICAS:
                sync(self.world.ws[name])
        again = False
        for name in REPLICAS:
            ws = self.world.ws[name]
            with ws.db.session() as s:
                problems = sync_ops.problems(s)
            for p in problems:
                with local_write(ws.db) as s:
                    sync_ops.discard(s, p.entry_id)
                again = True
        if again:
            for name in REPLICAS:
                sync(self.world.ws[name])

    def _sync(self, name: str, *, check: bool = True) -> None:
        ws = self.world.ws[name]
        report = sync(ws)
        if not check:
            return
        assert report.repaired == [], f"{name}: the checkpoint found drift in {report.repaired}"
        assert disagreements(self.live, ws, TABLES) == []

    def _local(self, name: str, query: Any) -> list[Any]:
        with self.world.ws[name].db.session() as s:
            return list(s.scalars(query))

    def _push_model(self, name: str) -> None:
        """What the server does with this replica's pending edits, in the order they were made.

        The edits of one row between two syncs travel as one outbox entry, so a row rejected in a push is
        one problem."""
        rejected: set[tuple[str, uuid.UUID]] = set()
        for op in self.pending[name]:
            kind = op[0]
            if kind == "reply":
                _, text, reply_id, did = op
                if did in self.deleted:
                    rejected.add(("discussion_replies", reply_id))
                else:
                    self.texts[text] = did
                    self.replies_of[did].add(reply_id)
                    self.counters.setdefault(("discussion_replies", reply_id, "helpful_votes"), 0)
                    key = ("discussions", did, "reply_count")
                    self.counters[key] = (
                        self.counters.get(key, 0) + 1
                    )  # the server counts the reply it applies
            elif kind == "inc":
                _, table, rid, column, delta, did = op
                if did in self.deleted:
                    rejected.add((table, rid))
                else:
                    key = (table, rid, column)
                    self.counters[key] = self.counters.get(key, 0) + delta
            elif kind == "discussion":
                _, did, title, content = op
                self.discussions[did] = self.world.user[name]
                self.lww[("discussions", did, "title")] = title
                self.lww[("discussions", did, "content")] = content
                for column in ("view_count", "reply_count"):
                    self.counters.setdefault(("discussions", did, column), 0)
            elif kind == "edit":
                _, did, column, value = op
                if did in self.deleted:
                    rejected.add(("discussions", did))
                else:
                    self.lww[("discussions", did, column)] = value
            elif kind == "delete":
                _, did = op
                if did not in self.deleted:
                    self.deleted.add(did)
                    self.texts = {t: d for t, d in self.texts.items() if d != did}
            elif kind == "progress":
                _, lesson, values, inc = op
                current = self.progress.get(lesson) or {
                    "status": None,
                    "best_score": None,
                    "completed_at": None,
                    "attempts_count": 0,
                }
                status = values["status"]
                if current["status"] is not None and RANK[current["status"]] > RANK[status]:
                    status = current["status"]
                scores = [v for v in (current["best_score"], values.get("best_score")) if v is not None]
                times = [v for v in (current["completed_at"], values.get("completed_at")) if v is not None]
                self.progress[lesson] = {
                    "status": status,
                    "best_score": max(scores) if scores else None,
                    "completed_at": min(times) if times else None,
                    "attempts_count": current["attempts_count"] + inc,
                }
            elif kind == "submission":
                _, sid, content = op
                if self.submissions[sid]["graded"]:
                    rejected.add(("submissions", sid))
                else:
                    self.submissions[sid]["content"] = content
            elif kind == "grade":
                _, sid, score, feedback = op
                self.submissions[sid]["graded"] = True
                self.submissions[sid]["grade"] = ("graded", score, feedback)
        self.pending[name] = []
        self.expected_problems[name].update(rejected)

    def _check_server(self) -> None:
        w = self.world
        with self.live.sdb.owner() as s:
            live_discussions = {d for d in self.discussions if d not in self.deleted}
            for (table, rid, column), expected in self.counters.items():
                did = (
                    rid
                    if table == "discussions"
                    else next((d for d, rs in self.replies_of.items() if rid in rs), None)
                )
                if did in self.deleted:
                    continue
                model = Discussion if table == "discussions" else DiscussionReply
                row = s.get(model, rid)
                assert row is not None, f"{table} {rid} is missing on the server"
                assert getattr(row, column) == expected, (
                    f"{table}.{column} of {rid}: {getattr(row, column)} != {expected}"
                )
            for (_table, did, column), expected in self.lww.items():
                if did in self.deleted:
                    assert s.get(Discussion, did) is None
                    continue
                assert getattr(s.get(Discussion, did), column) == expected, f"last writer wins on {column}"
            for text, _did in self.texts.items():
                n = s.scalar(
                    sa.select(sa.func.count())
                    .select_from(DiscussionReply)
                    .where(DiscussionReply.content == text)
                )
                assert n == 1, f"reply {text!r} is on the server {n} times"
            for did in self.deleted:
                assert s.get(Discussion, did) is None
            assert live_discussions <= set(s.scalars(sa.select(Discussion.id)))
            for lesson, expected in self.progress.items():
                if expected is None:
                    continue
                row = s.scalars(
                    sa.select(LessonProgress).where(
                        LessonProgress.enrollment_id == w.enrollment, LessonProgress.lesson_id == lesson
                    )
                ).one()
                got = {
                    "status": row.status,
                    "best_score": row.best_score,
                    "completed_at": row.completed_at,
                    "attempts_count": row.attempts_count or 0,
                }
                assert got == expected, f"progress of lesson {lesson}: {got} != {expected}"
                seen = (RANK[row.status], row.best_score, row.completed_at)
                before = self.seen_progress.get(lesson)
                if before is not None:
                    assert seen[0] >= before[0], "lesson progress went back"
                    assert before[1] is None or (seen[1] is not None and seen[1] >= before[1]), (
                        "best score went down"
                    )
                    assert before[2] is None or (seen[2] is not None and seen[2] <= before[2]), (
                        "completion moved later"
                    )
                self.seen_progress[lesson] = seen
            for sid, expected in self.submissions.items():
                row = s.get(Submission, sid)
                assert row.submission_content == expected["content"], f"submission {sid}: learner text"
                if expected["graded"]:
                    assert row.status == "graded"
                    _status, score, feedback = expected["grade"]
                    assert (row.score, row.feedback) == (score, feedback)

    def _check_problems(self, name: str) -> None:
        with self.world.ws[name].db.session() as s:
            got = Counter((p.table, p.row_id) for p in sync_ops.problems(s))
            codes = {(p.table, p.row_id): p.code for p in sync_ops.problems(s)}
        assert got == +self.expected_problems[name], f"{name}: problems {dict(got)} ({codes}) != expected"
        for (table, _rid), code in codes.items():
            expected = {
                "submissions": {"graded_locked"},
                "discussion_replies": {"deleted", "forbidden"},
                "discussions": {"deleted"},
            }[table]
            assert code in expected, f"{name}: {table} rejected as {code}"

    # -- rules: offline edits ---------------------------------------------------------------------------
    def _discussions_on(self, name: str) -> list[uuid.UUID]:
        return sorted(
            self._local(name, sa.select(Discussion.id).where(Discussion.course_id == self.world.course))
        )

    @rule(name=st.sampled_from(REPLICAS), pick=st.integers(0, 1000))
    def post_reply(self, name: str, pick: int) -> None:
        ds = self._discussions_on(name)
        if not ds:
            return
        did = ds[pick % len(ds)]
        text = f"reply {name} {token()}"
        rid = uuid7()
        with local_write(self.world.ws[name].db) as s:
            s.add(DiscussionReply(id=rid, discussion_id=did, author_id=self.world.user[name], content=text))
            increment(s, s.get(Discussion, did), "reply_count", 1)  # shown at once; the server counts it
        self.pending[name].append(("reply", text, rid, did))

    @rule(name=st.sampled_from(REPLICAS), pick=st.integers(0, 1000), delta=st.integers(1, 3))
    def vote(self, name: str, pick: int, delta: int) -> None:
        replies = sorted(
            self._local(
                name,
                sa.select(DiscussionReply.id)
                .join(Discussion)
                .where(Discussion.course_id == self.world.course),
            ),
            key=str,
        )
        if not replies:
            return
        rid = replies[pick % len(replies)]
        with local_write(self.world.ws[name].db) as s:
            reply = s.get(DiscussionReply, rid)
            did = reply.discussion_id
            increment(s, reply, "helpful_votes", delta)
        self.pending[name].append(("inc", "discussion_replies", rid, "helpful_votes", delta, did))

    @rule(name=st.sampled_from(REPLICAS), pick=st.integers(0, 1000))
    def view(self, name: str, pick: int) -> None:
        ds = self._discussions_on(name)
        if not ds:
            return
        did = ds[pick % len(ds)]
        with local_write(self.world.ws[name].db) as s:
            increment(s, s.get(Discussion, did), "view_count", 1)
        self.pending[name].append(("inc", "discussions", did, "view_count", 1, did))

    @rule(name=st.sampled_from(REPLICAS))
    def start_discussion(self, name: str) -> None:
        did, title, content = uuid7(), f"Question {token()}", f"Offline text {token()}"
        with local_write(self.world.ws[name].db) as s:
            s.add(
                Discussion(
                    id=did,
                    course_id=self.world.course,
                    author_id=self.world.user[name],
                    title=title,
                    content=content,
                    discussion_type="question",
                )
            )
        self.created.add(did)
        self.pending[name].append(("discussion", did, title, content))

    def _own_discussions(self, name: str, *, created_only: bool) -> list[uuid.UUID]:
        mine = self._local(
            name,
            sa.select(Discussion.id).where(
                Discussion.course_id == self.world.course, Discussion.author_id == self.world.user[name]
            ),
        )
        return sorted((d for d in mine if not created_only or d in self.created), key=str)

    @rule(
        name=st.sampled_from(REPLICAS),
        pick=st.integers(0, 1000),
        column=st.sampled_from(("title", "content")),
    )
    def edit_discussion(self, name: str, pick: int, column: str) -> None:
        mine = self._own_discussions(name, created_only=False)
        if not mine:
            return
        did = mine[pick % len(mine)]
        value = f"{column} by {name} {token()}"
        with local_write(self.world.ws[name].db) as s:
            setattr(s.get(Discussion, did), column, value)
        self.pending[name].append(("edit", did, column, value))

    @rule(name=st.sampled_from(REPLICAS), pick=st.integers(0, 1000))
    def delete_discussion(self, name: str, pick: int) -> None:
        mine = self._own_discussions(name, created_only=True)
        if not mine:
            return
        did = mine[pick % len(mine)]
        with local_write(self.world.ws[name].db) as s:
            s.delete(s.get(Discussion, did))
        self.pending[name].append(("delete", did))

    @rule(
        name=st.sampled_from(LEARNERS),
        pick=st.integers(0, 1000),
        status=st.sampled_from(LESSON_PROGRESS_STATUS),
        score=st.none() | st.integers(0, 100),
        completed=st.none() | st.integers(0, 600),
        attempts=st.integers(0, 2),
    )
    def move_progress(
        self, name: str, pick: int, status: str, score: int | None, completed: int | None, attempts: int
    ) -> None:
        """Progress moves, forward or (as an attempt the merge must undo) back."""
        w = self.world
        lesson = w.lessons[pick % len(w.lessons)]
        values: dict[str, Any] = {"status": status}
        if score is not None:
            values["best_score"] = Decimal(score).quantize(Decimal("0.01"))
        if completed is not None:
            values["completed_at"] = T0 + dt.timedelta(minutes=completed)
        with local_write(w.ws[name].db) as s:
            row = s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == w.enrollment, LessonProgress.lesson_id == lesson
                )
            ).first()
            if row is None:
                row = LessonProgress(id=uuid7(), enrollment_id=w.enrollment, lesson_id=lesson)
                s.add(row)
                before = None
            else:
                before = (RANK[row.status], row.best_score, row.completed_at)
            for k, v in values.items():
                setattr(row, k, v)
            if attempts:
                increment(s, row, "attempts_count", attempts)
            rid = row.id
        if before is not None:  # the replica itself never shows progress going back
            with w.ws[name].db.session() as s:
                row = s.get(LessonProgress, rid)
                assert RANK[row.status] >= before[0]
                assert before[1] is None or row.best_score >= before[1]
                assert before[2] is None or row.completed_at <= before[2]
        self.pending[name].append(("progress", lesson, values, attempts))

    @rule(name=st.sampled_from(LEARNERS), pick=st.integers(0, 1000))
    def edit_submission(self, name: str, pick: int) -> None:
        subs = sorted(self.submissions, key=str)
        sid = subs[pick % len(subs)]
        content = {"text": f"my work, take {token()}"}
        with local_write(self.world.ws[name].db) as s:
            row = s.get(Submission, sid)
            if row is None:
                return
            row.submission_content = content
        self.pending[name].append(("submission", sid, content))

    @rule(pick=st.integers(0, 1000), score=st.integers(40, 100))
    def grade(self, pick: int, score: int) -> None:
        sid = self.gradable[pick % len(self.gradable)]
        feedback = f"graded {token()}"
        value = Decimal(score).quantize(Decimal("0.01"))
        with local_write(self.world.ws["inst"].db) as s:
            row = s.get(Submission, sid)
            if row is None:
                return
            row.status, row.score, row.feedback = "graded", value, feedback
            row.graded_by, row.graded_at = self.wanjiru, utcnow()
        self.pending["inst"].append(("grade", sid, value, feedback))

    # -- rules: syncs -----------------------------------------------------------------------------------
    @rule(name=st.sampled_from(REPLICAS))
    def sync_one(self, name: str) -> None:
        self._push_model(name)
        self._sync(name)
        self._check_server()
        self._check_problems(name)

    def teardown(self) -> None:
        # Everyone syncs, twice round: then all agree with the server, and so with each other.
        for _ in range(2):
            for name in REPLICAS:
                self._push_model(name)
                self._sync(name)
                self._check_problems(name)
        self._check_server()
        for name in REPLICAS:
            assert disagreements(self.live, self.world.ws[name], TABLES) == [], name
            with self.world.ws[name].db.session() as s:
                assert sync_ops.status(s, self.world.ws[name].settings.server_url).pending == 0
        for name in LEARNERS:
            with self.world.ws[name].db.session() as s:
                texts = {r.content for r in s.scalars(sa.select(DiscussionReply))}
            assert set(self.texts) <= texts, f"{name} lacks replies it may see"


def test_replicas_converge_under_random_offline_edits(live: LiveServer, tmp_path: Path) -> None:
    world = World(live, tmp_path)
    try:
        machine = type("Machine", (ConvergenceMachine,), {"world": world})
        run_state_machine_as_test(
            machine,
            settings=settings(
                max_examples=int(os.environ.get("BOOTCAMP_SYNC_EXAMPLES", "8")),  # more for a deep run
                stateful_step_count=14,
                deadline=None,
                database=None,
                # No shrinking: the examples share one server, so a shrunk replay does not start from the
                # state the failing run saw; the failing run's own steps are printed instead.
                phases=(Phase.explicit, Phase.reuse, Phase.generate),
                suppress_health_check=list(HealthCheck),
            ),
        )
    finally:
        world.close()


# -- prefix consistency (Jepsen-style) ---------------------------------------------------------------------
PAGE = 4  # changes per pull page: most transactions of the history span pages


def cursor_seq(cursor: str) -> int:
    """The server's cursor is opaque to the app; the test knows its form (bootcamp_server.sync.cursor)."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    return int(raw.split(".")[1])


def watched(
    s: Any, learner: uuid.UUID, course: uuid.UUID, discussion: uuid.UUID
) -> dict[tuple[str, uuid.UUID], Any]:
    """The rows the history touches, all visible to the learner, as comparable values; the same query on
    the replica and on the server."""
    out: dict[tuple[str, uuid.UUID], Any] = {}
    subs = s.execute(
        sa.select(
            Submission.id,
            Submission.status,
            Submission.score,
            Submission.feedback,
            Submission.submission_content,
        )
        .join(Assignment)
        .join(Lesson)
        .join(Module)
        .where(Module.course_id == course, Submission.user_id == learner)
    ).all()
    for sid, status, score, feedback, content in subs:
        out[("sub", sid)] = (status, None if score is None else str(score), feedback, repr(content))
    ids = [sid for sid, *_ in subs]
    for fid, sid, text in s.execute(
        sa.select(
            InstructorFeedback.id, InstructorFeedback.submission_id, InstructorFeedback.detailed_feedback
        ).where(InstructorFeedback.submission_id.in_(ids))
    ):
        out[("fb", fid)] = (sid, text)
    threads = s.execute(
        sa.select(Discussion.id, Discussion.content, Discussion.reply_count).where(
            sa.or_(Discussion.id == discussion, Discussion.title.like("h-%")), Discussion.course_id == course
        )
    ).all()
    for did, content, count in threads:
        out[("d", did)] = (content, count)
    for rid, did, content in s.execute(
        sa.select(DiscussionReply.id, DiscussionReply.discussion_id, DiscussionReply.content).where(
            DiscussionReply.discussion_id.in_([t[0] for t in threads])
        )
    ):
        out[("r", rid)] = (did, content)
    return out


class History:
    """A writer committing a random history on the server, recording each transaction's ``seq`` and its
    effect on the watched rows."""

    def __init__(
        self,
        live: LiveServer,
        rng: random.Random,
        *,
        learner: uuid.UUID,
        teacher: uuid.UUID,
        course: uuid.UUID,
        discussion: uuid.UUID,
        assignment: uuid.UUID,
        hidden: list[uuid.UUID],
    ) -> None:
        self.live, self.rng = live, rng
        self.learner, self.teacher, self.course, self.discussion = learner, teacher, course, discussion
        self.assignment, self.hidden = assignment, hidden
        with live.sdb.owner() as s:
            self.truth = watched(s, learner, course, discussion)
        self.log: list[tuple[int, dict[tuple[str, uuid.UUID], Any]]] = []
        self.committed = threading.Event()
        self.page_seen = threading.Event()
        self.done = threading.Event()
        self.error: BaseException | None = None
        self.n = 0
        self._late: Any = None

    # -- pieces of transactions ----------------------------------------------------------------------
    def _pad(self, s: Any, k: int) -> None:
        """``k`` changes the learner may not see (another learner's progress). The long transaction has rows
        of its own, or the writer would wait for its own lock."""
        pool = self.hidden[:4] if s is self._late else self.hidden[4:]
        for rid in self.rng.sample(pool, min(k, len(pool))):
            row = s.get(LessonProgress, rid)
            row.time_spent_minutes = (row.time_spent_minutes or 0) + 1
            s.flush()

    def _subs(self, effects: dict[tuple[str, uuid.UUID], Any]) -> list[uuid.UUID]:
        view = {**self.truth, **effects}
        return sorted(k[1] for k, v in view.items() if k[0] == "sub" and v is not None)

    def _write(self, s: Any, kind: str) -> dict[tuple[str, uuid.UUID], Any]:
        self.n += 1
        tag = f"{self.n}-{token()}"
        effects: dict[tuple[str, uuid.UUID], Any] = {}

        def pad() -> Any:
            return self._pad(s, self.rng.randint(0, 6))

        if kind in ("grade", "work"):
            if kind == "grade":
                sid = self.rng.choice(self._subs(effects))
                sub = s.get(Submission, sid)
                sub.status, sub.score, sub.feedback = "graded", Decimal(self.rng.randint(50, 99)), f"g-{tag}"
                sub.graded_by, sub.graded_at = self.teacher, utcnow()
            else:
                sub = Submission(
                    id=uuid7(),
                    assignment_id=self.assignment,
                    user_id=self.learner,
                    status="submitted",
                    submission_content={"text": f"w-{tag}"},
                    feedback=f"g-{tag}",
                )
                s.add(sub)
            s.flush()
            effects[("sub", sub.id)] = (
                sub.status,
                None if sub.score is None else str(Decimal(sub.score).quantize(Decimal("0.01"))),
                sub.feedback,
                repr(sub.submission_content),
            )
            pad()
            fb = InstructorFeedback(
                id=uuid7(),
                submission_id=sub.id,
                instructor_id=self.teacher,
                feedback_type="final_assessment",
                overall_grade="B",
                detailed_feedback=f"g-{tag}",
            )
            s.add(fb)
            s.flush()
            effects[("fb", fb.id)] = (sub.id, fb.detailed_feedback)
        elif kind == "thread":
            d = s.get(Discussion, self.discussion)
            for _ in range(self.rng.randint(1, 7)):
                reply = DiscussionReply(
                    id=uuid7(),
                    discussion_id=self.discussion,
                    author_id=self.teacher,
                    content=f"r-{tag}-{token()}",
                )
                s.add(reply)
                s.flush()
                effects[("r", reply.id)] = (self.discussion, reply.content)
                d.reply_count = (d.reply_count or 0) + 1
                if self.rng.random() < 0.4:
                    pad()
            d.content = f"v-{tag}"
            s.flush()
            effects[("d", self.discussion)] = (d.content, d.reply_count)
        elif kind == "unthread":
            mine = sorted(
                k[1]
                for k, v in self.truth.items()
                if k[0] == "r" and v[0] == self.discussion and v[1].startswith("r-")
            )
            if mine:
                rid = self.rng.choice(mine)
                s.delete(s.get(DiscussionReply, rid))
                s.flush()
                pad()
                d = s.get(Discussion, self.discussion)
                d.reply_count = (d.reply_count or 0) - 1
                s.flush()
                effects[("r", rid)] = None
                effects[("d", self.discussion)] = (d.content, d.reply_count)
        elif kind == "open":  # a new thread with its first replies
            d = Discussion(
                id=uuid7(),
                course_id=self.course,
                author_id=self.teacher,
                title=f"h-{tag}",
                content=f"c-{tag}",
                discussion_type="general",
                reply_count=0,
            )
            s.add(d)
            s.flush()
            for _ in range(self.rng.randint(1, 3)):
                reply = DiscussionReply(
                    id=uuid7(), discussion_id=d.id, author_id=self.teacher, content=f"o-{tag}-{token()}"
                )
                s.add(reply)
                d.reply_count += 1
                s.flush()
                effects[("r", reply.id)] = (d.id, reply.content)
            effects[("d", d.id)] = (d.content, d.reply_count)
        elif kind == "close":  # a thread deleted, its replies with it (ON DELETE CASCADE)
            threads = sorted(k[1] for k in self.truth if k[0] == "d" and k[1] != self.discussion)
            if threads:
                did = self.rng.choice(threads)
                s.delete(s.get(Discussion, did))
                s.flush()
                effects[("d", did)] = None
                effects.update({k: None for k, v in self.truth.items() if k[0] == "r" and v[0] == did})
        else:  # unseen: nothing the learner may see
            self._pad(s, self.rng.randint(1, 6))
        return effects

    def _commit(self, s: Any, stack: Any, effects: dict[tuple[str, uuid.UUID], Any]) -> None:
        txid = int(s.execute(sa.text("SELECT pg_current_xact_id()::text")).scalar())
        stack.close()  # commits
        with self.live.sdb.engine.connect() as conn:
            seqs = (
                conn.execute(sa.text("SELECT DISTINCT seq FROM sync_changes WHERE txid = :t"), {"t": txid})
                .scalars()
                .all()
            )
        if not seqs and not effects:
            return  # it wrote nothing (nothing left to delete)
        assert len(seqs) == 1 and seqs[0] is not None, "one seq per transaction, given at commit"
        assert not self.log or seqs[0] > self.log[-1][0], "seq order is commit order"
        self.log.append((seqs[0], effects))
        for key, value in effects.items():
            if value is None:
                self.truth.pop(key, None)
            else:
                self.truth[key] = value
        self.committed.set()

    def run(self, transactions: int) -> None:
        import contextlib

        try:
            # A long transaction: begun first, committed after several others. It must get a later seq than
            # they, so that no cursor passes it.
            late_stack = contextlib.ExitStack()
            late = self._late = late_stack.enter_context(self.live.sdb.owner())
            late_effects = self._write(late, "work")
            late_at = self.rng.randint(2, transactions - 2)
            for i in range(transactions):
                if i == late_at:
                    self._commit(late, late_stack, late_effects)
                kind = self.rng.choice(
                    ("grade", "work", "thread", "thread", "unthread", "open", "close", "unseen")
                )
                stack = contextlib.ExitStack()
                s = stack.enter_context(self.live.sdb.owner())
                effects = self._write(s, kind)
                self._commit(s, stack, effects)
                if i % 3 == 2:
                    self.page_seen.wait(2)  # let the replica take a page between some transactions
                    self.page_seen.clear()
        except BaseException as exc:  # noqa: BLE001 - reported by the test's thread
            self.error = exc
        finally:
            self.done.set()
            self.committed.set()

    def model(
        self, bound: int, initial: dict[tuple[str, uuid.UUID], Any]
    ) -> dict[tuple[str, uuid.UUID], Any]:
        state = dict(initial)
        for seq, effects in self.log:
            if seq <= bound:
                for k, v in effects.items():
                    if v is None:
                        state.pop(k, None)
                    else:
                        state[k] = v
        return state


def whole_transactions(state: dict[tuple[str, uuid.UUID], Any]) -> list[str]:
    """What no state the server ever had can show: feedback without its submission, half a grade, a reply
    count that does not match the replies."""
    errors = []
    feedback_texts = {v[1] for k, v in state.items() if k[0] == "fb"}
    for (kind, key), value in state.items():
        if kind == "fb" and ("sub", value[0]) not in state:
            errors.append(f"feedback {key} without its submission")
        if kind == "sub" and value[2] and value[2].startswith("g-") and value[2] not in feedback_texts:
            errors.append(f"half a grade: submission {key} graded {value[2]} without the feedback row")
    return errors


@pytest.mark.parametrize("seed", [1, 2])
def test_every_pulled_state_is_a_state_the_server_had(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    learner, teacher = live.users[DEMO_LEARNER_EMAIL], live.users[DEMO_INSTRUCTOR_EMAIL]
    course = shared_course(live)
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        with live.sdb.owner() as s:
            discussion = s.scalars(
                sa.select(Discussion.id).where(Discussion.course_id == course).order_by(Discussion.id)
            ).first()
            assignment = s.scalar(
                sa.select(Assignment.id).join(Lesson).join(Module).where(Module.course_id == course).limit(1)
            )
            hidden = list(
                s.scalars(
                    sa.select(LessonProgress.id)
                    .join(Enrollment)
                    .where(Enrollment.user_id != learner)
                    .order_by(LessonProgress.id)
                    .limit(12)
                )
            )
            # The writer keeps the reply count equal to the number of replies; start from a thread where it is.
            d = s.get(Discussion, discussion)
            d.reply_count = s.scalar(
                sa.select(sa.func.count())
                .select_from(DiscussionReply)
                .where(DiscussionReply.discussion_id == discussion)
            )
        sync(ws)
        history = History(
            live,
            random.Random(seed),
            learner=learner,
            teacher=teacher,
            course=course,
            discussion=discussion,
            assignment=assignment,
            hidden=hidden,
        )
        with ws.db.session() as s:
            initial = watched(s, learner, course, discussion)
        assert initial == history.truth, "the first sync brought the server's state"

        observations: list[tuple[int, dict[tuple[str, uuid.UUID], Any]]] = []
        original = pull_module.store_page
        signature = inspect.signature(original)

        def observed_store_page(*args: Any, **kwargs: Any) -> Any:
            stats = original(*args, **kwargs)
            call = signature.bind(*args, **kwargs).arguments
            db, txn_complete, seq = call["db"], call["txn_complete"], cursor_seq(call["cursor"])
            with db.session() as s:
                state = watched(s, learner, course, discussion)
            observations.append((seq if txn_complete else seq - 1, state))
            history.page_seen.set()
            return stats

        monkeypatch.setattr(pull_module, "store_page", observed_store_page)
        monkeypatch.setattr(pull_module, "PAGE_LIMIT", PAGE)
        writer = threading.Thread(target=history.run, args=(24,), daemon=True)
        writer.start()
        reports: list[SyncReport] = []
        while not history.done.is_set():
            history.committed.wait(5)
            history.committed.clear()
            reports.append(sync(ws))
        writer.join(30)
        if history.error is not None:
            raise history.error
        reports.append(sync(ws))

        assert len(history.log) >= 12, "the history wrote something in most transactions"
        assert len(observations) > 20, "the replica pulled many small pages"
        for report in reports:
            assert report.repaired == [], "incremental pulls alone keep the replica right"
        for bound, state in observations:
            assert whole_transactions(state) == [], f"after a page up to seq {bound}"
            expected = history.model(bound, initial)
            if state != expected:
                missing = {k: v for k, v in expected.items() if state.get(k) != v}
                extra = {k: v for k, v in state.items() if expected.get(k) != v}
                pytest.fail(
                    f"after a page up to seq {bound} the replica holds a state the server never had:\n"
                    f"  lacks {missing}\n  has {extra}"
                )
        with ws.db.session() as s:
            final = watched(s, learner, course, discussion)
        with live.sdb.owner() as s:
            assert final == watched(s, learner, course, discussion) == history.truth
    finally:
        ws.close()
