"""What the journeys check on the server itself, read with the owner's connection."""

from __future__ import annotations

import sqlalchemy as sa

from bootcamp_core.models import uuid7

from .server import ServerProcess


def one_grade_each(server: ServerProcess, graded: list[str], revised: str | None) -> dict[str, object]:
    """On the server: each graded submission has exactly one grade and one final feedback row; the one
    sent back for revision has no grade."""
    engine = server.engine()
    try:
        with engine.connect() as conn:
            rows = {
                str(r.id): r
                for r in conn.execute(
                    sa.text(
                        "SELECT s.id, s.status, s.score, s.graded_by, (SELECT f.overall_grade FROM instructor_feedback f "
                        "WHERE f.submission_id = s.id AND f.feedback_type = 'final_assessment' LIMIT 1) AS grade "
                        "FROM submissions s WHERE s.id = ANY(CAST(:ids AS uuid[]))"
                    ),
                    {"ids": [*graded, *([revised] if revised else [])]},
                )
            }
            feedback = dict(
                conn.execute(
                    sa.text(
                        "SELECT submission_id::text, count(*) FROM instructor_feedback WHERE submission_id = ANY(CAST(:ids AS uuid[])) "
                        "AND feedback_type = 'final_assessment' GROUP BY submission_id"
                    ),
                    {"ids": graded},
                ).all()
            )
    finally:
        engine.dispose()
    for sid in graded:
        assert rows[sid].status == "graded" and rows[sid].score is not None and rows[sid].grade, rows[sid]
        assert feedback.get(sid) == 1, f"{sid}: {feedback.get(sid)} final feedback rows"
    if revised is not None:
        assert rows[revised].status == "revision_requested", rows[revised]
    return {sid: (rows[sid].grade, str(rows[sid].score)) for sid in graded}


def fresh_submission(server: ServerProcess, course_slug: str) -> str:
    """A learner's new work in the course, handed in on the server (the demo's own waiting ones stay)."""
    engine = server.engine()
    try:
        with engine.begin() as conn:
            assignment, learner = conn.execute(
                sa.text(
                    "SELECT a.id, e.user_id FROM assignments a JOIN lessons l ON l.id = a.lesson_id "
                    "JOIN modules m ON m.id = l.module_id JOIN courses c ON c.id = m.course_id "
                    "JOIN enrollments e ON e.course_id = c.id "
                    "WHERE c.slug = :slug AND a.rubric IS NOT NULL AND NOT a.is_graded_automatically "
                    "AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.assignment_id = a.id AND s.user_id = e.user_id) "
                    "ORDER BY a.id, e.user_id LIMIT 1"
                ),
                {"slug": course_slug},
            ).one()
            sid = uuid7()
            conn.execute(
                sa.text(
                    "INSERT INTO submissions (id, assignment_id, user_id, status, submitted_at, submission_content) "
                    "VALUES (:id, :a, :u, 'submitted', now(), CAST(:content AS jsonb))"
                ),
                {
                    "id": sid,
                    "a": assignment,
                    "u": learner,
                    "content": '{"text": "Our price board, tested twice."}',
                },
            )
    finally:
        engine.dispose()
    return str(sid)
