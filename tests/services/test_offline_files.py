"""What a lesson shows and a grader needs, listed before anything is downloaded; the data budget; the one
rounding rule of progress (issue 13)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from types import SimpleNamespace

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from bootcamp_core.models import (
    Blob,
    CourseStaff,
    Enrollment,
    Lesson,
    Module,
    PeerReview,
    Submission,
    UserRole,
)
from bootcamp_core.models.blobstore import blob_path, blob_url, parse_blob_url, write_blob
from bootcamp_desktop.services import downloads, grader_files
from bootcamp_desktop.services.progress import shown_percent
from bootcamp_desktop.services.settings import Settings
from bootcamp_desktop.sync.blob_fetch import choose


# -- what a lesson shows ---------------------------------------------------------------------------------------
def _row(**kw):  # type: ignore[no-untyped-def]
    base = {
        "id": uuid.uuid4(),
        "content_type": "quiz",
        "content_url": None,
        "interactive_elements": None,
        "resources": None,
    }
    return SimpleNamespace(**{**base, **kw})


def test_a_lesson_refers_to_its_media_quiz_questions_downloads_and_what_its_texts_show(
    ws, write, read
) -> None:  # type: ignore[no-untyped-def]
    root = ws.blobs_dir
    picture, diagram, video = (write_blob(root, f"file {n}".encode()) for n in range(3))
    inner = write_blob(root, f"A nested text with ![d]({blob_url(diagram)})".encode())
    text = write_blob(root, f"# Lesson\n![p]({blob_url(picture)}) and [more]({blob_url(inner)})".encode())

    def rows(s):  # type: ignore[no-untyped-def]
        for sha, mime in ((inner, "text/markdown; charset=utf-8"), (text, "text/markdown; charset=utf-8")):
            s.merge(Blob(sha256=sha, size_bytes=10, mime_type=mime, state="complete", stored_bytes=10))

    write(rows)
    quiz = _row(
        interactive_elements={
            "image": blob_url(picture),
            "questions": [{"id": "q1", "prompt": "Which?", "media": {"video": blob_url(video)}}],
        }
    )
    reading = _row(
        content_type="text",
        content_url=blob_url(text),
        resources={"items": [{"kind": "link", "url": "https://example.org"}]},
    )
    refs = read(downloads.lesson_refs, [quiz, reading], root)
    assert refs[quiz.id] == [picture, video], "the exercise's picture and a question's media"
    assert refs[reading.id] == [text, picture, inner, diagram], (
        "the text, what it shows, and what a text it links shows"
    )
    assert read(downloads.lesson_refs, [reading], None)[reading.id] == [text], (
        "without the store: only the row"
    )


def test_the_plan_of_the_demo_course_knows_every_picture_size_before_the_texts_arrive(
    ws, read, learner
) -> None:  # type: ignore[no-untyped-def]
    course_id = read(lambda s: s.scalar(sa.select(Enrollment.course_id).where(Enrollment.user_id == learner)))
    texts = read(
        lambda s: s.execute(
            sa.select(Lesson.content_url, Lesson.resources)
            .join(Module)
            .where(Module.course_id == course_id, Lesson.content_type == "text")
        ).all()
    )
    assert texts and all(isinstance((r or {}).get("embedded"), list) for _u, r in texts)
    for url, _r in texts:  # the texts are not here yet: the rows alone must name what they show
        blob_path(ws.blobs_dir, parse_blob_url(url)).unlink()
    plan = read(downloads.plan_download, course_id, None, ws.blobs_dir)
    embedded = {parse_blob_url(u) for _url, r in texts for u in r["embedded"]}
    listed = {i.sha256 for i in plan.items}
    assert embedded and embedded <= listed
    assert plan.texts_unread == 0 and plan.unknown_sizes == 0
    assert all(i.size > 0 for i in plan.items if i.sha256 in embedded)


# -- graders' files and the budget -----------------------------------------------------------------------------
def test_an_instructor_needs_the_files_of_the_work_waiting_in_their_queues(ws, read) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
    from bootcamp_core.models import User

    instructor = read(lambda s: s.scalar(sa.select(User.id).where(User.email == DEMO_INSTRUCTOR_EMAIL)))
    files = read(grader_files.grader_files, instructor, ws.blobs_dir)
    statuses = read(
        lambda s: {
            sid: st
            for sid, st in s.execute(
                sa.select(Submission.id, Submission.status).where(
                    Submission.id.in_([f.submission_id for f in files])
                )
            )
        }
    )
    assert files and set(statuses.values()) <= set(grader_files.GRADER_STATUSES)
    assert len({f.sha256 for f in files}) == len(files)
    assert all(f.present and f.known and f.size > 0 for f in files), "the demo replica holds its own files"
    learner = read(
        lambda s: s.scalar(
            sa.select(User.id)
            .where(
                ~User.id.in_(sa.select(PeerReview.reviewer_id)),
                ~User.id.in_(sa.select(CourseStaff.user_id)),
                ~User.id.in_(sa.select(UserRole.user_id).where(UserRole.role == "admin")),
            )
            .order_by(User.id)
            .limit(1)
        )
    )
    assert learner is not None
    assert read(grader_files.grader_files, learner, ws.blobs_dir) == [], "no queue, no review: nothing"
    states = read(grader_files.submission_files, list(statuses), ws.blobs_dir)
    assert sum(s.count for s in states.values()) >= len(files) and all(
        s.missing == 0 for s in states.values()
    )


@pytest.mark.parametrize("bad", [-1, 1.5, "200", True, None, grader_files.MAX_BUDGET_MB + 1])
def test_a_bad_budget_is_refused_and_changes_nothing(bad: object) -> None:
    settings = Settings()
    grader_files.set_budget_mb(settings, 50)
    with pytest.raises(grader_files.BudgetError):
        grader_files.set_budget_mb(settings, bad)
    assert (
        grader_files.budget_mb(settings) == 50 and grader_files.budget_bytes(settings) == 50 * grader_files.MB
    )


def test_the_budget_is_200_mb_by_default_and_a_hand_edited_one_falls_back() -> None:
    assert grader_files.budget_mb(Settings()) == 200
    assert grader_files.budget_mb(Settings(extra={grader_files.BUDGET_KEY: "lots"})) == 200


@given(st.lists(st.integers(0, 500), max_size=30), st.one_of(st.none(), st.integers(0, 2000)))
def test_a_sync_takes_files_in_order_while_they_fit_and_the_rest_wait(
    sizes: list[int], budget: int | None
) -> None:
    files = [(f"{i:064x}", n) for i, n in enumerate(sizes)]
    take, wait = choose(files, budget)
    assert sorted(take + wait) == sorted(files)
    assert take == [f for f in files if f in take] and wait == [f for f in files if f in wait], "order kept"
    if budget is None:
        assert wait == []
        return
    assert sum(n for _s, n in take) <= budget
    for sha, size in wait:  # a file waits only when it did not fit in what was left when its turn came
        before = files.index((sha, size))
        assert size > budget - sum(n for f, n in take if files.index((f, n)) < before)


# -- the one rounding rule -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("42.5", 43),
        ("42.49", 42),
        ("42.86", 43),
        ("0", 0),
        ("0.01", 1),
        ("0.5", 1),
        ("99.5", 99),
        ("99.99", 99),
        ("100", 100),
        ("33.33", 33),
        ("66.67", 67),
    ],
)
def test_progress_shows_as_a_whole_percentage_rounded_half_up(value: str, shown: int) -> None:
    assert shown_percent(Decimal(value)) == shown
    assert shown_percent(float(value)) == shown, "a float of the same value shows the same"


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_100_and_0_mean_done_and_not_begun_and_nothing_is_more_than_a_point_off(value: Decimal) -> None:
    shown = shown_percent(value)
    assert (shown == 100) == (value == 100) and (shown == 0) == (value == 0)
    assert abs(Decimal(shown) - value) <= 1
    assert shown_percent(value) <= shown_percent(min(value + Decimal("0.01"), Decimal(100))), (
        "never goes back"
    )
