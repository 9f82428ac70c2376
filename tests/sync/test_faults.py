"""Faults at random points of a sync, and liveness after them (DESIGN.md "Sync: what it must guarantee").

Every scenario starts from a learner's replica with many changes waiting (replies with unique texts,
votes and views, which are counters) while the server holds many changes the replica has not pulled
yet, then breaks the sync somewhere and shows, every time:
- the replica's file passes ``PRAGMA integrity_check`` (and its foreign keys hold);
- the next sync completes, and afterwards every mutation id of the outbox is recorded on the server
  (``sync_mutations``) with an applied or merged answer, every text is there exactly once and every
  counter is its base plus the increments: nothing lost, nothing applied twice;
- the replica agrees with the server on every row it holds.

The faults:
- (a) the process killed: ``bootcamp-desktop sync`` runs as a child process (``tests/sync/sync_child.py``:
  the real ``cli.main``, with a small pull page so the kill can land between pages) and gets SIGKILL when
  its progress output reaches a random line, or after a random delay (``threading.Timer``). The child
  finds the tokens in a file keyring (``tests/file_keyring.py``, chosen with
  ``PYTHON_KEYRING_BACKEND``), filled from the in-memory keyring the test signed in with.
- (b) connections dropped: the replica talks to the server through ``proxy.LinkProxy``, which cuts
  connections after a random number of bytes either way, and lets some pushes reach the server whole
  but kills the connection before the answer comes back (applied on the server, unknown to the client).
- (c) the server restarted mid-push, crash-like (requests in flight are not waited for), at a random
  moment after a push of many mutations reached it.
- an insert merged by natural key whose answer was lost, edited again before the next sync: the edit
  reaches the merged row;
- a refused insert whose natural key the server later fills (the learner enrolled by staff): the pull
  goes on.

Routing through the proxy: the replica keeps its server URL (so its sync state, its keyring entry and
the OAuth issuer it checks stay as they are) and gets a ``proxy.ProxyTransport``, which sends the bytes to
the proxy's port instead. Liveness: a rejected mutation (a graded submission edited by its learner) never
blocks the mutations behind it, in the same batch or in later syncs, and after a link that cut every
connection heals, one sync drains the outbox and catches up.
"""

from __future__ import annotations

import os
import random
import threading
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Course,
    Discussion,
    DiscussionReply,
    Enrollment,
    LessonProgress,
    OutboxEntry,
    Submission,
    uuid7,
)
from bootcamp_desktop.services import sync_ops
from bootcamp_desktop.services.workspace import Workspace, open_workspace
from bootcamp_desktop.sync.errors import OfflineError, ServerError, SyncError
from bootcamp_desktop.sync.outbox import increment, local_write
from tests.file_keyring import export_memory_keyring

from .checks import (
    disagreements,
    integrity,
    lessons_of,
    outbox,
    run_child,
    server_answers,
    shared_course,
)
from .live import LiveServer, new_replica, sync
from .proxy import Connection, LinkProxy, ProxyTransport, RequestHead, cut_before_response

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

TABLES = ("discussions", "discussion_replies", "lesson_progress", "submissions", "enrollments")


class Scenario:
    """Pending local work on a learner's replica and unseen work on the server, with what it must give."""

    def __init__(
        self, live: LiveServer, ws: Workspace, rng: random.Random, *, replies: int, server_txns: int
    ) -> None:
        self.live, self.ws, self.rng = live, ws, rng
        course = shared_course(live)
        with ws.db.session() as s:
            self.discussions = sorted(
                s.scalars(sa.select(Discussion.id).where(Discussion.course_id == course)), key=str
            )
            self.old = sorted(
                s.scalars(
                    sa.select(DiscussionReply.id).where(DiscussionReply.discussion_id.in_(self.discussions))
                ),
                key=str,
            )
        # Base values of every counter the scenario touches, from the server.
        with live.sdb.owner() as s:
            self.base = {
                ("d", d.id): (d.view_count or 0, d.reply_count or 0)
                for d in s.scalars(sa.select(Discussion).where(Discussion.id.in_(self.discussions)))
            }
            self.base.update(
                {
                    ("r", r.id): (r.helpful_votes or 0,)
                    for r in s.scalars(sa.select(DiscussionReply).where(DiscussionReply.id.in_(self.old)))
                }
            )
        self.views = {d: 0 for d in self.discussions}
        self.posted = {d: 0 for d in self.discussions}
        self.votes: dict[uuid.UUID, int] = {}
        self.texts: list[str] = []
        self.server_texts: list[str] = []
        self.new_replies: dict[uuid.UUID, int] = {}
        self.mutations: set[uuid.UUID] = set()
        self.add(replies=replies, server_txns=server_txns, big=True)

    def add(self, *, replies: int, server_txns: int, big: bool = False) -> None:
        """More work offline on the replica (``self.ws`` must be open) and more on the server."""
        ws, rng = self.ws, self.rng
        me, teacher = self.live.users[DEMO_LEARNER_EMAIL], self.live.users[DEMO_INSTRUCTOR_EMAIL]
        # Offline, on the replica: replies (each with votes), views, votes on older replies. Each reply is
        # its own local transaction, as in the app.
        tag = uuid.uuid4().hex[:8]
        for i in range(replies):
            did = rng.choice(self.discussions)
            text = f"offline {tag} {i}"
            with local_write(ws.db) as s:
                reply = DiscussionReply(id=uuid7(), discussion_id=did, author_id=me, content=text)
                s.add(reply)
                votes = rng.randint(0, 2)
                if votes:
                    increment(s, reply, "helpful_votes", votes)
                increment(s, s.get(Discussion, did), "reply_count", 1)
                if rng.random() < 0.5:
                    increment(s, s.get(Discussion, did), "view_count", 1)
                    self.views[did] += 1
            self.texts.append(text)
            self.new_replies[reply.id] = votes
            self.posted[did] += 1
        for rid in rng.sample(self.old, min(20, len(self.old))):
            delta = rng.randint(1, 3)
            with local_write(ws.db) as s:
                increment(s, s.get(DiscussionReply, rid), "helpful_votes", delta)
            self.votes[rid] = self.votes.get(rid, 0) + delta
        self.mutations |= {e.mutation_id for e in outbox(ws) if e.state in ("pending", "sent")}
        # On the server, meanwhile: the instructor answers, in many transactions (and one large one).
        for t in range(server_txns):
            with self.live.sdb.owner() as s:
                for j in range(40 if big and t == 0 else rng.randint(1, 6)):
                    text = f"server {tag} {t}.{j}"
                    s.add(
                        DiscussionReply(
                            id=uuid7(),
                            discussion_id=rng.choice(self.discussions),
                            author_id=teacher,
                            content=text,
                        )
                    )
                    self.server_texts.append(text)

    def check(self) -> None:
        """Everything arrived exactly once; the replica agrees with the server."""
        assert integrity(self.ws) == "ok"
        left = outbox(self.ws)
        assert left == [], [(e.table_name, e.state, e.error_code, e.error_message) for e in left]
        answers = server_answers(self.live, self.mutations)
        missing = [m for m in self.mutations if m not in answers]
        assert not missing, f"{len(missing)} mutations never reached the server"
        assert set(answers.values()) <= {"applied", "merged"}, set(answers.values())
        with self.live.sdb.owner() as s:
            counts = dict(
                s.execute(
                    sa.select(DiscussionReply.content, sa.func.count())
                    .where(DiscussionReply.content.in_(self.texts + self.server_texts))
                    .group_by(DiscussionReply.content)
                ).all()
            )
            assert {t: counts.get(t, 0) for t in self.texts if counts.get(t, 0) != 1} == {}, (
                "each reply exactly once"
            )
            for d in s.scalars(sa.select(Discussion).where(Discussion.id.in_(self.discussions))):
                views, replies = self.base[("d", d.id)]
                assert d.view_count == views + self.views[d.id], "views summed, none counted twice"
                assert d.reply_count == replies + self.posted[d.id], "reply counts summed"
            for rid, delta in self.votes.items():
                assert s.get(DiscussionReply, rid).helpful_votes == self.base[("r", rid)][0] + delta
            for rid, votes in self.new_replies.items():
                assert s.get(DiscussionReply, rid).helpful_votes == votes
        with self.ws.db.session() as s:
            local = set(s.scalars(sa.select(DiscussionReply.content)))
        assert set(self.texts + self.server_texts) <= local, "the replica caught up"
        assert disagreements(self.live, self.ws, TABLES) == []


# -- (a) the process killed -----------------------------------------------------------------------------
def test_a_sync_killed_at_random_points_loses_nothing_and_applies_nothing_twice(
    live: LiveServer, tmp_path: Path, memory_keyring: Any
) -> None:
    rng = random.Random(11)
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    sync(ws)
    scenario = Scenario(live, ws, rng, replies=600, server_txns=30)
    ws.close()  # the child processes own the replica now
    env = {
        **os.environ,
        **export_memory_keyring(memory_keyring.entries, tmp_path / "keyring.json"),
        "BOOTCAMP_TEST_PAGE_LIMIT": "25",
    }
    env.pop("BOOTCAMP_DATA_DIR", None)
    killed_at: list[str] = []
    kills = random.Random(3)  # its own stream: the scenario's draws depend on what earlier tests left
    plan = ["push", "push", "pull", "pull", "pull", "moment"]
    kills.shuffle(plan)
    for round_, where in enumerate(plan):
        if round_:  # the learner goes on working between attempts, and so does the instructor
            scenario.ws = open_workspace(ws.directory, demo_if_empty=False)
            scenario.add(replies=rng.randint(50, 200), server_txns=rng.randint(5, 15))
            scenario.ws.close()
        if where == "push":  # "sending N changes": the batch is on its way, or applied and not yet answered
            code, lines = run_child(ws.directory, env, kill_at_line=kills.randint(2, 3), kill_after=None)
        elif where == "pull":  # between pages, or while one is applied
            code, lines = run_child(ws.directory, env, kill_at_line=kills.randint(5, 16), kill_after=None)
        else:  # at a random moment
            code, lines = run_child(ws.directory, env, kill_at_line=None, kill_after=kills.uniform(1.0, 4.0))
        assert code in (-9, 0), (code, lines[-5:])
        if code == -9:
            killed_at.append(lines[-1] if lines else "(before any output)")
        assert integrity(ws) == "ok", f"after a kill at {lines[-1:]}"
    assert len(killed_at) >= 3, f"the kills landed while the sync ran: {killed_at}"
    assert any(k.startswith("push") for k in killed_at) and any(
        k.startswith(("pull", "apply")) for k in killed_at
    ), killed_at
    code, lines = run_child(ws.directory, env, kill_at_line=None, kill_after=None)
    assert code == 0, lines[-5:]
    scenario.ws = open_workspace(ws.directory, demo_if_empty=False)
    try:
        scenario.check()
    finally:
        scenario.ws.close()


# -- (b) connections dropped ----------------------------------------------------------------------------
def test_connections_cut_at_random_lose_nothing_and_apply_nothing_twice(
    live: LiveServer, tmp_path: Path
) -> None:
    rng = random.Random(5)
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        scenario = Scenario(live, ws, rng, replies=600, server_txns=20)
        link = random.Random(7)  # its own stream: the scenario's draws depend on what earlier tests left
        lost_answers = []

        def on_request(conn: Connection, head: RequestHead) -> None:
            # The first push always reaches the server and loses its answer; later ones half the time.
            if (
                head.method == "POST"
                and head.path.endswith("/sync/push")
                and (not lost_answers or link.random() < 0.5)
            ):
                lost_answers.append(conn.number)
                cut_before_response(conn)

        proxy = LinkProxy(
            live.port,
            cut_policy=lambda n: link.choice([None, link.randint(100, 60_000)]),
            up_cut_policy=lambda n: link.choice([None, None, link.randint(100, 200_000)]),
            on_request=on_request,
        )
        failures = 0
        with proxy:
            for attempt in range(40):
                if attempt == 25:
                    proxy.heal()
                try:
                    sync(ws, transport=ProxyTransport(proxy.port))
                    break
                except (OfflineError, ServerError):
                    failures += 1
                    assert integrity(ws) == "ok"
            else:
                pytest.fail("no sync completed")
        assert failures >= 1 and lost_answers, "the link did break, pushes were applied without an answer"
        scenario.check()
    finally:
        ws.close()


# -- (c) the server restarted mid-push --------------------------------------------------------------------
class Crash(Exception):
    """The server process dying in the middle of a batch: its transaction never commits."""


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_server_restarted_mid_push_loses_nothing_and_applies_nothing_twice(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    """The crash comes while the server applies the N-th mutation of the first batch (N random). Half
    the seeds crash before the commit (the batch is lost with the process); the others after the batch
    has committed, with the answer lost with the connection. Then the server starts again."""
    from bootcamp_server.sync import push as server_push

    rng = random.Random(seed)
    rollback = seed % 2 == 1
    at = rng.randint(1, 480)
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        scenario = Scenario(live, ws, rng, replies=520, server_txns=5)
        with LinkProxy(live.port) as proxy:
            calls = {"n": 0}
            restarted = threading.Event()

            def crash_and_restart() -> None:
                proxy.cut_all()  # the process is gone: so are its connections, answer included
                live.restart(force=True)
                restarted.set()

            original = server_push.apply_one

            def apply_one(*args: Any, **kwargs: Any) -> Any:
                calls["n"] += 1
                if calls["n"] == at:
                    threading.Thread(target=crash_and_restart, daemon=True).start()
                    if rollback:
                        raise Crash(f"crashed at mutation {at}")
                return original(*args, **kwargs)

            monkeypatch.setattr(server_push, "apply_one", apply_one)
            with pytest.raises(SyncError):
                sync(ws, transport=ProxyTransport(proxy.port))
            assert restarted.wait(60), "the server came back"
            assert integrity(ws) == "ok"
            with ws.db.session() as s:
                assert (
                    s.scalar(
                        sa.select(sa.func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "sent")
                    )
                    > 0
                )
            sync(ws, transport=ProxyTransport(proxy.port))
        scenario.check()
    finally:
        ws.close()


# -- an insert merged by natural key, its answer lost, edited again --------------------------------------------
def test_an_edit_after_a_lost_merge_answer_reaches_the_merged_row(live: LiveServer, tmp_path: Path) -> None:
    me = live.users[DEMO_LEARNER_EMAIL]
    course = shared_course(live)
    a1 = new_replica(live, tmp_path / "a1", DEMO_LEARNER_EMAIL)
    a2 = new_replica(live, tmp_path / "a2", DEMO_LEARNER_EMAIL)
    try:
        with live.sdb.owner() as s:
            enrollment = s.scalar(
                sa.select(Enrollment.id).where(Enrollment.user_id == me, Enrollment.course_id == course)
            )
            lesson = lessons_of(s, course)[-1].id
            for row in s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrollment, LessonProgress.lesson_id == lesson
                )
            ):
                s.delete(row)
        sync(a1)
        sync(a2)
        for ws, status in ((a1, "in_progress"), (a2, "in_progress")):
            with local_write(ws.db) as s:
                row = LessonProgress(id=uuid7(), enrollment_id=enrollment, lesson_id=lesson, status=status)
                s.add(row)
                increment(s, row, "attempts_count", 1)
        sync(a1)  # the server's row is a1's

        def lose_push_answers(conn: Connection, head: RequestHead) -> None:
            if head.path.endswith("/sync/push"):
                cut_before_response(conn)

        with LinkProxy(live.port, on_request=lose_push_answers) as proxy, pytest.raises(OfflineError):
            sync(a2, transport=ProxyTransport(proxy.port))  # merged into a1's row; a2 never hears of it
        with local_write(a2.db) as s:
            row = s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.lesson_id == lesson, LessonProgress.enrollment_id == enrollment
                )
            ).one()
            row.status, row.best_score = "completed", Decimal("91.00")
            increment(s, row, "attempts_count", 1)
        sync(a2)
        with a2.db.session() as s:
            assert sync_ops.problems(s) == [], [(p.code, p.reason) for p in sync_ops.problems(s)]
        sync(a1)
        with live.sdb.owner() as s:
            row = s.scalars(
                sa.select(LessonProgress).where(
                    LessonProgress.lesson_id == lesson, LessonProgress.enrollment_id == enrollment
                )
            ).one()
            assert (row.status, row.best_score, row.attempts_count) == ("completed", Decimal("91.00"), 3)
        for ws in (a1, a2):
            assert disagreements(live, ws, ("lesson_progress",)) == []
    finally:
        a1.close()
        a2.close()


# -- liveness ----------------------------------------------------------------------------------------------
def test_a_rejected_change_blocks_nothing_and_a_healed_link_drains_the_outbox(
    live: LiveServer, tmp_path: Path
) -> None:
    me = live.users[DEMO_LEARNER_EMAIL]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        with ws.db.session() as s:
            graded = s.scalars(
                sa.select(Submission.id).where(Submission.user_id == me, Submission.status == "graded")
            ).first()
            did = s.scalars(
                sa.select(Discussion.id).where(Discussion.course_id == shared_course(live))
            ).first()
        assert graded is not None

        def replies(n: int, tag: str) -> list[str]:
            texts = []
            for i in range(n):
                with local_write(ws.db) as s:
                    s.add(
                        DiscussionReply(
                            discussion_id=did, author_id=me, content=f"{tag} {i} {uuid.uuid4().hex[:6]}"
                        )
                    )
                texts.append(f"{tag} {i}")
            return texts

        def edit_graded(text: str) -> None:
            with local_write(ws.db) as s:
                s.get(Submission, graded).submission_content = {"text": text}

        def on_server(prefixes: list[str]) -> int:
            with live.sdb.owner() as s:
                return sum(
                    s.scalar(
                        sa.select(sa.func.count())
                        .select_from(DiscussionReply)
                        .where(DiscussionReply.content.like(f"{p} %"))
                    )
                    or 0
                    for p in prefixes
                )

        before = replies(30, f"before-{uuid.uuid4().hex[:4]}")
        edit_graded("a late change")
        after = replies(30, f"after-{uuid.uuid4().hex[:4]}")
        report = sync(ws)
        assert report.pushed.get("rejected") == 1
        assert report.pushed.get("applied", 0) + report.pushed.get("merged", 0) == 60
        assert on_server(before + after) == 60, "the mutations behind the rejected one went through"
        with ws.db.session() as s:
            [problem] = sync_ops.problems(s)
            assert problem.code == "graded_locked" and problem.mine["submission_content"] == {
                "text": "a late change"
            }
            assert sync_ops.status(s, ws.settings.server_url).pending == 0
        assert disagreements(live, ws, ("submissions",)) == [], "the replica shows the server's graded work"

        later = replies(10, f"later-{uuid.uuid4().hex[:4]}")
        edit_graded("another late change")
        report = sync(ws)
        assert report.pushed == {"applied": 10, "merged": 0, "conflict": 0, "rejected": 1}, (
            "the old rejection is not resent"
        )
        assert on_server(later) == 10

        # The link goes down: every connection is cut at once. Work goes on offline.
        with LinkProxy(live.port, cut_policy=lambda n: 0) as proxy:
            offline: list[str] = []
            for round_ in range(3):
                offline += replies(5, f"offline{round_}-{uuid.uuid4().hex[:4]}")
                with pytest.raises(OfflineError):
                    sync(ws, transport=ProxyTransport(proxy.port))
                assert integrity(ws) == "ok"
            with ws.db.session() as s:
                assert sync_ops.status(s, ws.settings.server_url).pending == 15
            proxy.heal()
            report = sync(ws, transport=ProxyTransport(proxy.port))  # one round drains it
            assert report.pushed.get("applied", 0) + report.pushed.get("merged", 0) == 15
            with ws.db.session() as s:
                status = sync_ops.status(s, ws.settings.server_url)
                assert status.pending == 0 and status.problems == 2
            quiet = sync(ws, transport=ProxyTransport(proxy.port))
            assert quiet.pull.changes == 0 and sum(quiet.pushed.values()) == 0, "caught up in one round"
        assert on_server(offline) == 15
        assert disagreements(live, ws, TABLES) == []
        with ws.db.session() as s:
            rejected = s.scalars(sa.select(OutboxEntry).where(OutboxEntry.state == "rejected")).all()
            assert [e.attempts for e in rejected] == [1, 1], (
                "rejected changes wait for the user, never resent"
            )
    finally:
        ws.close()


def test_a_rejected_insert_never_wedges_the_pull(live: LiveServer, tmp_path: Path) -> None:
    """A refused insert keeps its local row for the user to see; when the server later gets a row with
    the same natural key (here: the learner is enrolled by staff), the pull must still apply it."""
    me = live.users[DEMO_LEARNER_EMAIL]
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    try:
        sync(ws)
        with ws.db.session() as s:
            mine = set(s.scalars(sa.select(Enrollment.course_id).where(Enrollment.user_id == me)))
            course = s.scalars(
                sa.select(Course.id).where(Course.published.is_(True), Course.id.not_in(mine))
            ).first()
        assert course is not None
        with local_write(ws.db) as s:  # refused: only staff issue certificates
            s.add(
                Enrollment(
                    id=uuid7(),
                    user_id=me,
                    course_id=course,
                    enrollment_status="enrolled",
                    certificate_issued=True,
                )
            )
        report = sync(ws)
        assert report.pushed.get("rejected") == 1
        with live.sdb.owner() as s:  # then the instructor enrols the learner, on the server
            s.add(Enrollment(id=uuid7(), user_id=me, course_id=course, enrollment_status="enrolled"))
        for _ in range(2):
            sync(ws)  # no CorruptPageError: the server's row takes the slot
        with ws.db.session() as s:
            [problem] = sync_ops.problems(s)
            assert problem.code == "forbidden" and problem.mine["certificate_issued"] is True
        assert disagreements(live, ws, ("enrollments",)) == []
        with ws.db.session() as s:
            assert (
                s.scalar(
                    sa.select(sa.func.count())
                    .select_from(Enrollment)
                    .where(Enrollment.user_id == me, Enrollment.course_id == course)
                )
                == 1
            )
        with live.sdb.owner() as s:
            s.execute(sa.delete(Enrollment).where(Enrollment.user_id == me, Enrollment.course_id == course))
    finally:
        ws.close()
