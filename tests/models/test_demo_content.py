"""The demo content generator: referential integrity, enum coverage, rubrics, determinism, blobs, and a
bootcamp that looks like one, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
import sqlite3
import uuid
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import (
    DEMO_ADMIN_EMAIL,
    DEMO_FACILITATOR_EMAIL,
    DEMO_INSTRUCTOR_EMAIL,
    DEMO_LEARNER_EMAIL,
    DemoSummary,
    generate_demo,
)
from bootcamp_core.models import BLOB_URL_PREFIX, SEED_TABLES, Base
from bootcamp_core.models.blobstore import blob_path
from bootcamp_core.models.db import Database, create_engine
from bootcamp_core.models.migrate import SHARED
from bootcamp_core.models.rubric import grade_for, max_points, validate_rubric
from bootcamp_desktop.replica import open_replica

TODAY = dt.date(2026, 3, 15)
NOW = dt.datetime(2026, 3, 15, tzinfo=dt.UTC)
# Tables whose enums the demo must show in full: the seed's, plus roles and course staff.
CONTENT_TABLES = (*SEED_TABLES, "user_roles", "course_staff")
BLOB_REF = re.compile(re.escape(BLOB_URL_PREFIX) + r"([0-9a-f]{64})")


def _generate(directory: Path, *, seed: int = 1, learners: int = 12) -> tuple[Database, DemoSummary]:
    db = open_replica(directory)
    with db.write() as s:
        summary = generate_demo(s, blobs_dir=directory / "blobs", seed=seed, learners=learners, today=TODAY)
    return db, summary


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Database, DemoSummary]:
    directory = tmp_path_factory.mktemp("demo")
    db, summary = _generate(directory)
    yield directory, db, summary
    db.dispose()


def _rows(db: Database, table: str, where: str = "") -> list[dict[str, Any]]:
    tbl = Base.metadata.tables[table]
    query = sa.select(tbl)
    if where:
        query = query.where(sa.text(where))
    with db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def _dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order, with values normalised across backends."""

    def norm(value: Any) -> Any:
        if isinstance(value, ipaddress.IPv4Address | ipaddress.IPv6Address | ipaddress.IPv4Interface):
            return str(value).split("/")[0]
        if isinstance(value, Decimal):
            return value.normalize()
        return value

    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(sa.select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(norm(v) for v in row) for row in rows]
    return out


def test_every_foreign_key_resolves(demo) -> None:
    directory, _, _ = demo
    conn = sqlite3.connect(directory / "replica.db")
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_every_enum_value_appears(demo) -> None:
    _, db, _ = demo
    missing = []
    with db.engine.connect() as conn:
        for name in CONTENT_TABLES:
            table = Base.metadata.tables[name]
            for column in table.columns:
                if isinstance(column.type, sa.Enum):
                    seen = set(conn.scalars(sa.select(column).distinct()))
                    if set(column.type.enums) - seen:
                        missing.append((name, column.name, sorted(set(column.type.enums) - seen)))
    assert missing == []


def test_summary_matches_the_database(demo) -> None:
    _, db, summary = demo
    with db.engine.connect() as conn:
        for name, count in summary.counts.items():
            assert conn.scalar(sa.select(sa.func.count()).select_from(Base.metadata.tables[name])) == count, (
                name
            )
    emails = {u["id"]: u["email"] for u in _rows(db, "users")}
    assert emails[summary.learner_id] == DEMO_LEARNER_EMAIL
    assert emails[summary.instructor_id] == DEMO_INSTRUCTOR_EMAIL
    assert emails[summary.facilitator_id] == DEMO_FACILITATOR_EMAIL
    assert emails[summary.admin_id] == DEMO_ADMIN_EMAIL
    assert len(summary.course_ids) == summary.counts["courses"]
    assert summary.blob_bytes == sum(b["size_bytes"] for b in _rows(db, "blobs"))


def test_looks_like_a_bootcamp(demo) -> None:
    _, db, summary = demo
    courses = _rows(db, "courses")
    published = [c for c in courses if c["published"]]
    assert len(published) >= 3
    assert any(not c["published"] and c["published_at"] is None for c in courses)
    modules = {m["id"]: m for m in _rows(db, "modules")}
    lessons = _rows(db, "lessons")
    for course in published:
        kinds = {
            les["content_type"] for les in lessons if modules[les["module_id"]]["course_id"] == course["id"]
        }
        assert kinds == {"video", "text", "interactive", "quiz", "assignment"}, course["title"]
        assert course["learning_outcomes"] and course["prerequisites"] and course["tags"]
    roles = Counter(r["role"] for r in _rows(db, "user_roles"))
    assert roles["instructor"] >= 2 and roles["facilitator"] >= 1 and roles["admin"] >= 1
    assert roles["learner"] >= 12
    assert len(_rows(db, "user_profiles")) == summary.counts["users"]
    staff = _rows(db, "course_staff")
    assert {s["course_id"] for s in staff} == {c["id"] for c in courses}
    assert all(u["timezone"] and u["language_preferences"] for u in _rows(db, "users"))


def test_demo_learner_has_a_story(demo) -> None:
    _, db, summary = demo
    me = summary.learner_id
    statuses = {e["enrollment_status"] for e in _rows(db, "enrollments") if e["user_id"] == me}
    assert {"completed", "in_progress", "enrolled"} <= statuses
    mine = [s for s in _rows(db, "submissions") if s["user_id"] == me]
    assert {"draft", "graded", "revision_requested"} <= {s["status"] for s in mine}
    certificates = [c for c in _rows(db, "certificates") if c["user_id"] == me]
    assert certificates and not any(c["is_revoked"] for c in certificates)
    upcoming = [s for s in mine if s["status"] == "draft"]
    assignments = {a["id"]: a for a in _rows(db, "assignments")}
    assert any(assignments[s["assignment_id"]]["due_date"] > NOW for s in upcoming)


def test_rubrics_validate_and_grades_follow_them(demo) -> None:
    _, db, _ = demo
    assignments = {a["id"]: a for a in _rows(db, "assignments")}
    assert any(a["due_date"] < NOW for a in assignments.values())
    assert any(a["due_date"] > NOW for a in assignments.values())
    for a in assignments.values():
        if a["rubric"] is not None:
            validate_rubric(a["rubric"])
            assert a["max_score"] == max_points(a["rubric"])
            assert a["passing_score"] < a["max_score"]
        else:
            assert a["is_graded_automatically"]
        assert set(a["submission_format"]) >= {"file_types", "max_size_mb"}
    submissions = {s["id"]: s for s in _rows(db, "submissions")}
    finals: dict[uuid.UUID, Decimal] = {}
    for fb in _rows(db, "instructor_feedback"):
        rubric = assignments[submissions[fb["submission_id"]]["assignment_id"]]["rubric"]
        levels = {c["id"]: {lv["id"]: lv["points"] for lv in c["levels"]} for c in rubric["criteria"]}
        total = Decimal(0)
        for cid, chosen in fb["rubric_scores"]["criteria"].items():
            assert levels[cid][chosen["level"]] == chosen["points"]
            total += Decimal(str(chosen["points"]))
        assert fb["overall_grade"] == grade_for(total, max_points(rubric), rubric.get("grade_scale"))
        if fb["feedback_type"] == "final_assessment":
            finals[fb["submission_id"]] = total
    for sub in submissions.values():
        if sub["status"] == "graded":
            assert (
                sub["score"] is not None and sub["graded_at"] is not None and sub["submitted_at"] is not None
            )
            assert sub["graded_at"] >= sub["submitted_at"]
            if assignments[sub["assignment_id"]]["is_graded_automatically"]:
                assert sub["graded_by"] is None and "answers" in sub["submission_content"]
            else:
                assert sub["graded_by"] is not None and finals[sub["id"]] == sub["score"]
        else:
            assert sub["score"] is None
        if sub["status"] == "draft":
            assert sub["submitted_at"] is None and not sub["final_submission"]


def test_quiz_answers_are_among_the_choices(demo) -> None:
    _, db, _ = demo
    with_questions = [les for les in _rows(db, "lessons") if les["interactive_elements"]]
    assert {les["content_type"] for les in with_questions} >= {"quiz", "interactive"}
    for lesson in with_questions:
        elements = lesson["interactive_elements"]
        assert elements["questions"], lesson["title"]
        ids = [q["id"] for q in elements["questions"]]
        assert len(ids) == len(set(ids))
        for q in elements["questions"]:
            assert q["prompt"] and q["explanation"] and q["correct"]
            if q["type"] == "short_answer":
                assert "choices" not in q
                continue
            choice_ids = {c["id"] for c in q["choices"]}
            assert set(q["correct"]) <= choice_ids and len(q["choices"]) >= 2
            if q["type"] == "single_choice":
                assert len(q["correct"]) == 1
            else:
                assert q["type"] == "multiple_choice"


def test_blobs_match_their_hash_and_every_reference_resolves(demo) -> None:
    directory, db, _ = demo
    blobs = {b["sha256"]: b for b in _rows(db, "blobs")}
    assert blobs
    for sha, row in blobs.items():
        data = blob_path(directory / "blobs", sha).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
        assert len(data) == row["size_bytes"] == row["stored_bytes"] and row["state"] == "complete"
    referenced: set[str] = set()
    for name in CONTENT_TABLES:
        for row in _rows(db, name):
            referenced.update(BLOB_REF.findall(repr(row)))
    for sha, row in blobs.items():  # Markdown lessons refer to their images
        if row["mime_type"].startswith("text/markdown"):
            referenced.update(BLOB_REF.findall(blob_path(directory / "blobs", sha).read_text("utf-8")))
    assert referenced <= set(blobs)
    assert set(blobs) <= referenced  # no orphan blob either
    mimes = {b["mime_type"].split(";")[0] for b in blobs.values()}
    assert {"video/mp4", "text/markdown", "image/png", "application/pdf"} <= mimes


def test_lesson_media(demo) -> None:
    directory, db, _ = demo
    blobs = {b["sha256"]: b for b in _rows(db, "blobs")}
    for lesson in _rows(db, "lessons"):
        url = lesson["content_url"]
        if lesson["content_type"] == "text":
            text = blob_path(directory / "blobs", url.removeprefix(BLOB_URL_PREFIX)).read_text("utf-8")
            assert text.startswith("# ") and ("\n## " in text or "\n- " in text)
            assert lesson["reading_time_minutes"]
        elif lesson["content_type"] == "video":
            assert blobs[url.removeprefix(BLOB_URL_PREFIX)]["mime_type"] == "video/mp4"
            assert lesson["content_duration_minutes"]
        for item in lesson["resources"]["items"]:
            assert item["kind"] in ("link", "download", "template") and item["title"] and item["url"]
    import av  # a dependency of the demo itself: never skipped

    video = next(les for les in _rows(db, "lessons") if les["content_type"] == "video")
    with av.open(
        str(blob_path(directory / "blobs", video["content_url"].removeprefix(BLOB_URL_PREFIX)))
    ) as c:
        stream = c.streams.video[0]
        assert stream.codec_context.name == "h264" and stream.format.name == "yuv420p"
        assert sum(1 for _ in c.decode(stream)) > 10


def test_progress_and_community_are_consistent(demo) -> None:
    _, db, _ = demo
    lessons_per_course = Counter()
    modules = {m["id"]: m["course_id"] for m in _rows(db, "modules")}
    for les in _rows(db, "lessons"):
        lessons_per_course[modules[les["module_id"]]] += 1
    progress = _rows(db, "lesson_progress")
    by_enrolment: dict[uuid.UUID, list[dict]] = {}
    for p in progress:
        by_enrolment.setdefault(p["enrollment_id"], []).append(p)
        if p["status"] == "not_started":
            assert p["started_at"] is None and p["completed_at"] is None
        else:
            assert p["started_at"] is not None and p["started_at"] < NOW and p["time_spent_minutes"] > 0
        if p["status"] == "completed":
            assert p["started_at"] <= p["completed_at"] < NOW
    for e in _rows(db, "enrollments"):
        rows = by_enrolment[e["id"]]
        assert len(rows) == lessons_per_course[e["course_id"]]
        done = sum(r["status"] == "completed" for r in rows)
        assert e["progress_percentage"] == (Decimal(done * 100) / len(rows)).quantize(Decimal("0.01"))
        assert (e["enrollment_status"] == "completed") == (done == len(rows))
        assert e["time_spent_minutes"] == sum(r["time_spent_minutes"] for r in rows)
    replies = _rows(db, "discussion_replies")
    by_id = {r["id"]: r for r in replies}
    assert any(r["parent_reply_id"] and by_id[r["parent_reply_id"]]["parent_reply_id"] for r in replies)
    for d in _rows(db, "discussions"):
        mine = [r for r in replies if r["discussion_id"] == d["id"]]
        assert d["reply_count"] == len(mine)
        assert sum(r["is_solution"] for r in mine) == (1 if d["is_resolved"] else 0)
        assert all(
            by_id[r["parent_reply_id"]]["discussion_id"] == d["id"] for r in mine if r["parent_reply_id"]
        )
    submissions = {s["id"]: s for s in _rows(db, "submissions")}
    reviews = _rows(db, "peer_reviews")
    assert reviews and any(r["is_anonymous"] for r in reviews)
    assert all(submissions[r["submission_id"]]["user_id"] != r["reviewer_id"] for r in reviews)
    assets = _rows(db, "design_assets")
    versions: dict[tuple, list[dict]] = {}
    for a in assets:
        versions.setdefault((a["project_id"], a["file_name"]), []).append(a)
    assert any(len(v) >= 3 for v in versions.values())
    for group in versions.values():
        group.sort(key=lambda a: a["version"])
        assert [a["version"] for a in group] == list(range(1, len(group) + 1))
        assert not any(a["is_final"] for a in group[:-1])


def test_certificates_and_secrets(demo) -> None:
    _, db, _ = demo
    certificates = _rows(db, "certificates")
    pattern = re.compile(r"^FPB-20\d\d-[A-Z]{3}-[A-Z2-7]{6}$")
    assert all(pattern.match(c["certificate_number"]) for c in certificates)
    assert all(c["verification_url"].endswith("/verify/" + c["certificate_number"]) for c in certificates)
    assert any(c["is_revoked"] and c["revoked_reason"] and c["revoked_at"] for c in certificates)
    assert any(c["expiry_date"] is not None and c["expiry_date"] < NOW for c in certificates)
    assert all(c["metadata"]["learner_name"] for c in certificates)  # the column keeps the seed's name
    for table in ("fataplus_integration", "external_service_tokens"):
        assert all(r["access_token"] is None and r["refresh_token"] is None for r in _rows(db, table))
    metrics = _rows(db, "platform_metrics")
    assert len({m["metric_date"] for m in metrics}) >= 60 and len({m["metric_type"] for m in metrics}) >= 4
    events = _rows(db, "learning_analytics")
    assert all(ipaddress.ip_address(e["ip_address"]) and e["device_type"] for e in events)
    assert all(e["timestamp"] < NOW for e in events)


def test_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    calls: list[tuple[str, float]] = []
    db_a = open_replica(tmp_path / "a")
    with db_a.write() as s:
        generate_demo(
            s,
            blobs_dir=tmp_path / "a" / "blobs",
            seed=7,
            learners=6,
            today=TODAY,
            progress=lambda stage, f: calls.append((stage, f)),
        )
    db_b, _ = _generate(tmp_path / "b", seed=7, learners=6)
    db_c, _ = _generate(tmp_path / "c", seed=8, learners=6)
    try:
        a, b, c = _dump(db_a), _dump(db_b), _dump(db_c)
        assert a == b
        assert a["users"] != c["users"] and a["enrollments"] != c["enrollments"]
        files = {p.name for p in (tmp_path / "a" / "blobs").rglob("*") if p.is_file()}
        assert files == {p.name for p in (tmp_path / "b" / "blobs").rglob("*") if p.is_file()}
    finally:
        for db in (db_a, db_b, db_c):
            db.dispose()
    assert {"people", "catalogue", "activity", "blobs"} <= {stage for stage, _ in calls}
    assert all(0.0 <= f <= 1.0 for _, f in calls)


def test_ids_are_uuid7_shaped_and_timed_by_today(demo) -> None:
    _, db, _ = demo
    for row in _rows(db, "users") + _rows(db, "submissions"):
        assert row["id"].version == 7
        ms = row["id"].int >> 80
        assert dt.datetime(2025, 1, 1, tzinfo=dt.UTC).timestamp() * 1000 < ms < NOW.timestamp() * 1000


@pytest.mark.postgres
def test_generates_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    pg = Database(create_engine(pg_url))
    SHARED.upgrade(pg)
    lite, lite_summary = _generate(tmp_path / "lite", seed=3, learners=12)
    try:
        with pg.write() as s:
            summary = generate_demo(s, blobs_dir=tmp_path / "pg-blobs", seed=3, learners=12, today=TODAY)
        assert summary.counts == lite_summary.counts
        pg_rows, lite_rows = _dump(pg), _dump(lite)
        for name in CONTENT_TABLES:
            assert pg_rows[name] == lite_rows[name], name
    finally:
        pg.dispose()
        lite.dispose()
