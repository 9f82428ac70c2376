"""The sync API against PostgreSQL over real HTTP: pull scoped to the caller, push with merge rules,
at-most-once, protocol versioning, cursors and checkpoints."""

from __future__ import annotations

import datetime as dt
import gzip
import threading
import uuid

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import Discussion, LessonProgress, uuid7
from bootcamp_core.protocol import PROTOCOL_VERSION, table_checksum
from bootcamp_server.db import ServerDB
from bootcamp_server.models import AuditLog

from .conftest import auth
from .helpers import latest, mutation, pull_all, push
from .world import World, add, new_assignment, new_user


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_info_is_public(http: httpx.Client, sdb: ServerDB) -> None:
    info = http.get("/api/v1/sync/info").json()
    assert info["protocol_min"] == 1 and info["protocol_max"] == PROTOCOL_VERSION
    assert info["server_id"] == sdb.server_id()
    assert http.get("/api/v1/sync/info").headers["bootcamp-protocol"] == str(PROTOCOL_VERSION)


def test_old_and_new_protocols_are_refused_before_any_data(http: httpx.Client, world: World) -> None:
    for headers in (auth(world.tokens["learner"], protocol=None), auth(world.tokens["learner"], protocol=0)):
        r = http.get("/api/v1/sync/pull", headers=headers)
        assert r.status_code == 426
        assert r.headers["content-type"].startswith("application/problem+json")
        body = r.json()
        assert body["type"] == "urn:bootcamp:protocol-too-old" and body["min_protocol"] == 1
        assert "update" in body["detail"].lower()
        assert "changes" not in body
    push_old = http.post(
        "/api/v1/sync/push",
        json={"client_id": str(uuid.uuid4()), "mutations": []},
        headers=auth(world.tokens["learner"], protocol=0),
    )
    assert push_old.status_code == 426
    r = http.get("/api/v1/sync/pull", headers=auth(world.tokens["learner"], protocol=PROTOCOL_VERSION + 1))
    assert r.status_code == 400 and r.json()["type"] == "urn:bootcamp:protocol-too-new"


def test_learner_pull_is_scoped(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    stranger, _ = new_user(sdb, "stranger", ("learner",))
    changes, _cursor, checkpoint, _ = pull_all(http, world.tokens["learner"])
    rows = latest(changes)
    ids = {(t, i) for (t, i) in rows}
    assert ("courses", str(world.courses["c1"])) in ids
    assert ("courses", str(world.courses["c2"])) in ids  # published: catalogue
    assert ("courses", str(world.courses["c3"])) not in ids  # a draft
    assert ("enrollments", str(world.enrollments[("learner", "c1")])) in ids
    assert ("enrollments", str(world.enrollments[("learner2", "c1")])) not in ids
    me = rows[("users", str(world.users["learner"]))]["row"]
    assert me["email"] == world.emails["learner"] and me["bio"]
    teacher = rows[("users", str(world.users["instructor"]))]["row"]  # referred to by c1's course_staff
    assert teacher["email"] == f"hidden+{world.users['instructor']}@users.invalid"
    assert teacher["bio"] is None and teacher["location"] is None and teacher["full_name"] == "Instructor"
    assert teacher["fataplus_user_id"] == "00000000-0000-0000-0000-000000000000"
    assert ("users", str(stranger)) not in ids  # nothing the learner sees refers to them
    # The checkpoint matches what was pulled.
    for table in ("courses", "enrollments"):
        visible = [
            (c["id"], c["row"]["sync_version"])
            for (t, _), c in rows.items()
            if t == table and c["op"] == "upsert"
        ]
        assert checkpoint["tables"][table] == table_checksum(table, visible).as_wire()


def test_instructor_sees_learners_of_their_course_only(http: httpx.Client, world: World) -> None:
    ids = set(latest(pull_all(http, world.tokens["instructor"])[0]))
    assert ("enrollments", str(world.enrollments[("learner", "c1")])) in ids
    assert ("enrollments", str(world.enrollments[("learner2", "c1")])) in ids
    assert ("enrollments", str(world.enrollments[("learner2", "c2")])) not in ids


def test_nothing_new_is_cheap_and_304(http: httpx.Client, world: World) -> None:
    _, cursor, _, _ = pull_all(http, world.tokens["learner2"])
    again = http.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=auth(world.tokens["learner2"]))
    assert again.json()["changes"] == [] and again.json()["cursor"] == cursor
    r = http.get(
        "/api/v1/sync/pull",
        params={"cursor": cursor},
        headers={**auth(world.tokens["learner2"]), "If-None-Match": f'"{cursor}"'},
    )
    assert r.status_code == 304 and r.content == b""


def test_bad_cursor_is_400(http: httpx.Client, world: World) -> None:
    for bad in ("garbage!", "Mi4xLjI", "x" * 100, "LTE"):
        r = http.get("/api/v1/sync/pull", params={"cursor": bad}, headers=auth(world.tokens["learner"]))
        assert r.status_code == 400, bad
        assert r.json()["type"] == "urn:bootcamp:bad-cursor"


def test_pages_hold_whole_transactions(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    _, cursor, _, _ = pull_all(http, world.tokens["learner"])
    # Three transactions of 3 discussions each in course c1.
    for _ in range(3):
        with sdb.owner() as s:
            for i in range(3):
                add(
                    s,
                    Discussion(
                        id=uuid7(),
                        course_id=world.courses["c1"],
                        author_id=world.users["learner2"],
                        title=f"t{i}",
                        content="c",
                    ),
                )
    changes, _, _, pages = pull_all(http, world.tokens["learner"], cursor, limit=4)
    assert len([c for c in changes if c["table"] == "discussions"]) == 9
    # The author's public projection comes along (the learner had no reason to know them before).
    assert ("users", str(world.users["learner2"])) in latest(changes)
    for page in pages:
        seqs = [c["seq"] for c in page["changes"] if c["table"] == "discussions"]
        # A page never ends inside a transaction unless that one is larger than the page.
        assert all(seqs.count(s) == 3 for s in set(seqs))
    big = pull_all(http, world.tokens["learner"], cursor, limit=2)[3]
    assert any(p["txn_complete"] is False for p in big)
    assert sum(1 for p in big for c in p["changes"] if c["table"] == "discussions") == 9


def test_push_insert_update_delete_and_at_most_once(http: httpx.Client, world: World) -> None:
    token = world.tokens["learner"]
    d_id = uuid7()
    insert = mutation(
        "discussions",
        "insert",
        d_id,
        {
            "course_id": str(world.courses["c1"]),
            "author_id": str(world.users["learner"]),
            "title": "Irrigation dashboards?",
            "content": "Who has tried one?",
            "discussion_type": "question",
        },
    )
    first = push(http, token, insert)[0]
    assert first["status"] == "applied" and first["version"] == 1
    again = push(http, token, insert)[0]  # resent: answered from the record, not applied twice
    assert again == first
    views = mutation("discussions", "update", d_id, inc={"view_count": 1}, base=1)
    assert push(http, token, views)[0]["status"] == "applied"
    assert push(http, token, views)[0]["status"] == "applied"  # same id: once
    other = push(
        http, world.tokens["learner2"], mutation("discussions", "update", d_id, inc={"view_count": 2}, base=1)
    )
    assert other[0]["status"] == "merged" and other[0]["row"]["view_count"] == 3
    changes = pull_all(http, world.tokens["learner2"])[0]
    row = latest(changes)[("discussions", str(d_id))]["row"]
    assert row["view_count"] == 3 and row["title"] == "Irrigation dashboards?"
    # learner2 may count views but not edit someone else's text.
    edit = push(
        http, world.tokens["learner2"], mutation("discussions", "update", d_id, {"title": "mine"}, base=3)
    )
    assert edit[0]["status"] == "rejected" and edit[0]["code"] == "forbidden"
    gone = push(http, token, mutation("discussions", "delete", d_id, base=3))[0]
    assert gone["status"] == "applied"
    late = push(http, token, mutation("discussions", "update", d_id, {"title": "x"}, base=3))[0]
    assert late["status"] == "rejected" and late["code"] == "deleted"
    tomb = latest(pull_all(http, world.tokens["learner2"])[0])[("discussions", str(d_id))]
    assert tomb["op"] == "delete" and "row" not in tomb


def test_rejected_mutation_does_not_block_the_rest(http: httpx.Client, world: World) -> None:
    ok_id = uuid7()
    results = push(
        http,
        world.tokens["learner"],
        mutation("courses", "update", world.courses["c1"], {"title": "hijacked"}, base=1),
        mutation(
            "discussions",
            "insert",
            uuid7(),
            {
                "course_id": str(world.courses["c1"]),
                "author_id": str(world.users["learner"]),
                "title": None,
                "content": "x",
            },
        ),
        mutation(
            "discussions",
            "insert",
            ok_id,
            {
                "course_id": str(world.courses["c1"]),
                "author_id": str(world.users["learner"]),
                "title": "fine",
                "content": "x",
            },
        ),
    )
    assert [r["status"] for r in results] == ["rejected", "rejected", "applied"]
    assert results[0]["code"] == "forbidden" and results[1]["code"] == "invalid"


def test_progress_only_moves_forward_and_counters_add(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = world.tokens["learner"]
    p_id = uuid7()
    enrol = str(world.enrollments[("learner", "c1")])
    lesson = str(world.lessons["c1"])
    r = push(
        http,
        token,
        mutation(
            "lesson_progress",
            "insert",
            p_id,
            {
                "enrollment_id": enrol,
                "lesson_id": lesson,
                "status": "completed",
                "best_score": "80.00",
                "completed_at": "2026-11-20T10:00:00.000000Z",
            },
            inc={"attempts_count": 1, "time_spent_minutes": 30},
        ),
    )
    assert r[0]["status"] == "applied"
    # A second device, offline since before, reports older progress under another id (natural key).
    r = push(
        http,
        token,
        mutation(
            "lesson_progress",
            "insert",
            uuid7(),
            {
                "enrollment_id": enrol,
                "lesson_id": lesson,
                "status": "in_progress",
                "best_score": "95.00",
                "completed_at": "2026-11-22T10:00:00.000000Z",
            },
            inc={"attempts_count": 2, "time_spent_minutes": 15},
        ),
    )
    assert r[0]["status"] == "merged"
    row = r[0]["row"]
    assert row["id"] == str(p_id)
    assert row["status"] == "completed"
    assert row["best_score"] == "95.00"
    assert row["completed_at"] == "2026-11-20T10:00:00.000000Z"
    assert row["attempts_count"] == 3 and row["time_spent_minutes"] == 45
    with sdb.owner() as s:
        stored = s.get(LessonProgress, p_id)
        assert stored.status == "completed" and stored.attempts_count == 3


def test_grading_is_staff_only_audited_and_locks_the_submission(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    assignment = new_assignment(sdb, world, "c1")
    sub = uuid7()
    learner, instructor = world.tokens["learner"], world.tokens["instructor"]
    r = push(
        http,
        learner,
        mutation(
            "submissions",
            "insert",
            sub,
            {
                "assignment_id": str(assignment),
                "user_id": str(world.users["learner"]),
                "status": "submitted",
                "submission_content": {"text": "my journey map"},
            },
        ),
    )
    assert r[0]["status"] == "applied"
    cheat = push(http, learner, mutation("submissions", "update", sub, {"score": "100.00"}, base=1))
    assert cheat[0]["status"] == "rejected" and cheat[0]["code"] == "forbidden"
    outsider = push(
        http, world.tokens["instructor2"], mutation("submissions", "update", sub, {"score": "1.00"}, base=1)
    )
    assert outsider[0]["status"] == "rejected"
    grade = {
        "score": "87.50",
        "status": "graded",
        "graded_by": str(world.users["instructor"]),
        "graded_at": _now(),
    }
    g = push(http, instructor, mutation("submissions", "update", sub, grade, base=1))
    assert g[0]["status"] == "applied", g
    locked = push(
        http, learner, mutation("submissions", "update", sub, {"submission_content": {"text": "v2"}}, base=2)
    )
    assert locked[0]["status"] == "rejected" and locked[0]["code"] == "graded_locked"
    # Another grader, working on the old version, conflicts instead of overwriting.
    with sdb.owner() as s:
        from .world import staff as _staff  # noqa: F401
    regrade = push(
        http,
        world.tokens["admin"],
        mutation(
            "submissions",
            "update",
            sub,
            {"score": "60.00", "graded_by": str(world.users["admin"]), "graded_at": _now()},
            base=1,
        ),
    )
    assert regrade[0]["status"] == "conflict" and regrade[0]["code"] == "grade_conflict"
    assert regrade[0]["row"]["score"] == "87.50"
    with sdb.owner() as s:
        audit = (
            s.execute(
                sa.select(AuditLog)
                .where(AuditLog.row_id == sub, AuditLog.table_name == "submissions")
                .order_by(AuditLog.occurred_at)
            )
            .scalars()
            .all()
        )
    graded = [a for a in audit if a.after and a.after.get("score") == "87.50"]
    assert graded and graded[0].actor_id == world.users["instructor"]
    assert graded[0].before["score"] is None


def test_invalid_values_reject_one_mutation_and_change_nothing(http: httpx.Client, world: World) -> None:
    bad = [
        mutation(
            "discussions",
            "insert",
            uuid7(),
            {
                "course_id": "not-a-uuid",
                "author_id": str(world.users["learner"]),
                "title": "t",
                "content": "c",
            },
        ),
        mutation("discussions", "insert", uuid7(), {"nope": 1}),
        mutation("discussions", "update", uuid7(), {"sync_version": 99}),
        mutation("lesson_progress", "update", uuid7(), {"attempts_count": 5}),
    ]
    results = push(http, world.tokens["learner"], *bad)
    assert all(r["status"] == "rejected" for r in results)


def test_push_envelope_errors_are_400(http: httpx.Client, world: World) -> None:
    for body in (
        {},
        {"client_id": "x", "mutations": []},
        {"client_id": str(uuid.uuid4()), "mutations": {}},
        {"client_id": str(uuid.uuid4()), "mutations": [{"id": "x"}]},
    ):
        r = http.post("/api/v1/sync/push", json=body, headers=auth(world.tokens["learner"]))
        assert r.status_code == 400
        assert r.json()["type"] == "urn:bootcamp:invalid-push"
    r = http.post("/api/v1/sync/push", content=b"{not json", headers=auth(world.tokens["learner"]))
    assert r.status_code == 400


def test_responses_are_compressed(world: World, live_server: str) -> None:
    with httpx.Client(base_url=live_server) as c:
        r = c.get("/api/v1/sync/pull", headers={**auth(world.tokens["admin"]), "Accept-Encoding": "gzip"})
        assert r.headers["content-encoding"] == "gzip"
        raw = c.build_request(
            "GET", "/api/v1/sync/pull", headers={**auth(world.tokens["admin"]), "Accept-Encoding": "gzip"}
        )
        resp = c.send(raw, stream=True)
        body = b"".join(resp.iter_raw())
        assert gzip.decompress(body).startswith(b"{")


@pytest.mark.parametrize("op", ["update", "insert"])
def test_same_mutation_in_two_concurrent_batches_applies_once(
    world: World, sdb: ServerDB, monkeypatch: pytest.MonkeyPatch, op: str
) -> None:
    """Two batches carrying the same mutation run at once (a barrier makes sure both have started).
    An update: both reach the row locks together; the lock orders them, and the second finds the first's
    record once it holds them. An insert of a new row: there is nothing to lock yet, so both pass the
    "seen before?" check; the second's insert waits on the first's, fails once it commits, and the second
    answers from the first's record."""
    from bootcamp_server.access.principal import load_principal
    from bootcamp_server.sync import push as push_module
    from bootcamp_server.sync.payload import RawMutation

    d_id = uuid7()
    with sdb.owner() as s:
        add(
            s,
            Discussion(
                id=d_id,
                course_id=world.courses["c1"],
                author_id=world.users["learner"],
                title="t",
                content="c",
            ),
        )
        principal = load_principal(s, world.users["learner2"])
    barrier = threading.Barrier(2, timeout=20)
    gate = "_lock_in_order" if op == "update" else "apply_one"
    original = getattr(push_module, gate)

    def gated(session, *args):
        barrier.wait()
        return original(session, *args)

    monkeypatch.setattr(push_module, gate, gated)
    if op == "update":
        m = RawMutation(uuid7(), "discussions", "update", d_id, 1, {}, {"view_count": 1})
    else:
        new_id = uuid7()
        m = RawMutation(
            uuid7(),
            "discussions",
            "insert",
            new_id,
            0,
            {
                "course_id": str(world.courses["c1"]),
                "author_id": str(world.users["learner2"]),
                "title": "once",
                "content": "only once",
            },
        )
    answers: list[dict] = []

    def run() -> None:
        answers.append(push_module.push_batch(sdb, principal, [m])["results"][0])

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(answers) == 2 and answers[0] == answers[1]
    assert answers[0]["status"] in ("applied", "merged")
    with sdb.owner() as s:
        if op == "update":
            assert s.get(Discussion, d_id).view_count == 1
        else:
            assert (
                s.scalar(sa.select(sa.func.count()).select_from(Discussion).where(Discussion.title == "once"))
                == 1
            )
            assert s.get(Discussion, new_id) is not None


def test_feedback_is_written_in_the_graders_own_name(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    assignment = new_assignment(sdb, world, "c1")
    sub = uuid7()
    r = push(
        http,
        world.tokens["learner"],
        mutation(
            "submissions",
            "insert",
            sub,
            {
                "assignment_id": str(assignment),
                "user_id": str(world.users["learner"]),
                "status": "submitted",
                "submission_content": {"text": "my map"},
            },
        ),
    )
    assert r[0]["status"] == "applied", r
    feedback = uuid7()
    row = {
        "submission_id": str(sub),
        "feedback_type": "final_assessment",
        "overall_grade": "B",
        "detailed_feedback": "Clear map.",
    }
    as_other = push(
        http,
        world.tokens["instructor"],
        mutation(
            "instructor_feedback",
            "insert",
            uuid7(),
            {**row, "instructor_id": str(world.users["instructor2"])},
        ),
    )
    assert as_other[0]["status"] == "rejected" and as_other[0]["code"] == "forbidden"
    mine = push(
        http,
        world.tokens["instructor"],
        mutation(
            "instructor_feedback",
            "insert",
            feedback,
            {**row, "instructor_id": str(world.users["instructor"])},
        ),
    )
    assert mine[0]["status"] == "applied", mine
    moved = push(
        http,
        world.tokens["instructor"],
        mutation(
            "instructor_feedback",
            "update",
            feedback,
            {"instructor_id": str(world.users["instructor2"])},
            base=1,
        ),
    )
    assert moved[0]["status"] == "rejected" and moved[0]["code"] == "forbidden"
    with sdb.owner() as s:
        named = s.execute(
            sa.text("SELECT instructor_id FROM instructor_feedback WHERE id = :id"), {"id": feedback}
        ).scalar()
    assert named == world.users["instructor"]
