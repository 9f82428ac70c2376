"""The learner's day, phase by phase (run by test_journeys.py, one process per phase, the server
stopped for the offline one)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from bootcamp_core.models import Course, Discussion, InstructorFeedback, OutboxEntry, Submission
from tests.ui.learner.test_lessons import answer_all

from .window import answer_next_modal, app_window, param, report, say_yes, sync_now, wait_sync

COURSE = "paper-to-phone-rapid-prototyping-workshop"
BLOB_IMAGE = re.compile(r"!\[[^\]]*\]\((blob:sha256:[0-9a-f]{64})\)")


def _course_id(window) -> uuid.UUID:  # type: ignore[no-untyped-def]
    with window.context.workspace.db.session() as s:
        return s.scalar(sa.select(Course.id).where(Course.slug == COURSE))


def test_download(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """My courses: the workshop course, "Download course for offline", its size confirmed."""
    with app_window(qtbot) as window:
        ok, message = wait_sync(qtbot, window)
        assert ok, message
        window.show_screen("my_courses")
        courses = window.screens["my_courses"]
        courses.select_course(_course_id(window))
        button = courses.download_course_button
        assert button.isEnabled() and "Download course for offline" in button.text(), button.text()
        size_shown = button.text()
        answer_next_modal(say_yes)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: courses._download is None and "ready offline" in button.text(), timeout=240_000
        )  # noqa: SLF001
        report(size_shown=size_shown, after=button.text(), notice=courses.notice.text())


def _study(qtbot, window, workdir: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    courses = window.screens["my_courses"]
    courses.select_course(_course_id(window))
    window.show_screen("my_courses")
    courses.outline.setFocus()
    courses.outline.setCurrentIndex(courses.outline_model.index(0, 0, courses.outline_model.index(0, 0)))
    qtbot.keyClick(courses.outline, Qt.Key.Key_Return)
    lesson = window.screens["lesson"]
    assert window.stack.currentWidget() is lesson
    seen: list[str] = []
    submission: uuid.UUID | None = None
    while True:
        c = lesson.content
        seen.append(c.content_type)
        assert lesson.pages.currentWidget() is not lesson.missing_page, (
            f"{c.title}: {lesson.missing_page.text()}"
        )
        for r in range(lesson.resource_model.rowCount()):
            assert lesson.resource_model.row_at(r).present, f"{c.title}: a resource is not downloaded"
        if c.content_type == "text":
            view = lesson.text_view
            view.grab()  # lays the page out: every picture is asked for
            wanted = set(BLOB_IMAGE.findall(c.markdown or ""))
            assert not view.missing_images, f"{c.title}: pictures not downloaded: {view.missing_images}"
            assert wanted <= set(view.loaded_images), (
                f"{c.title}: {wanted - set(view.loaded_images)} not shown"
            )
            qtbot.mouseClick(lesson.complete_button, Qt.MouseButton.LeftButton)
        elif c.content_type == "video":
            assert lesson.pages.currentWidget() is lesson.video_view
            qtbot.mouseClick(lesson.complete_button, Qt.MouseButton.LeftButton)
        elif c.quiz is not None:
            answer_all(qtbot, lesson.quiz_view, right=True)
        elif c.content_type == "interactive":
            qtbot.mouseClick(lesson.complete_button, Qt.MouseButton.LeftButton)
        elif c.content_type == "assignment":
            qtbot.mouseClick(lesson.assignment_button, Qt.MouseButton.LeftButton)
            work = window.screens["assignments"]
            assert work.detail.assignment_id == c.assignment_id
            work.text_edit.setFocus()
            qtbot.keyClicks(
                work.text_edit, "Five farmers tried my paper prototype; three found the price screen."
            )
            photo = workdir / "prototype-photo.png"
            Image.new("RGB", (320, 200), (46, 125, 50)).save(photo)
            work.choose_file = lambda photo=photo: (
                photo
            )  # the system's file picker: the edge of what we drive
            qtbot.mouseClick(work.add_file_button, Qt.MouseButton.LeftButton)
            assert [f.name for f in work.detail.files] == ["prototype-photo.png"], work.notice.text()
            qtbot.mouseClick(work.submit_button, Qt.MouseButton.LeftButton)
            assert work.detail.status == "submitted", work.notice.text()
            submission = work.detail.submission_id
            window.show_screen("lesson")
        if c.content_type != "assignment":
            assert lesson.content.state.status == "completed", c.title
        if c.next is None:
            break
        qtbot.mouseClick(lesson.next_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    return {"lesson_types": seen, "submission_id": str(submission) if submission else None}


def _reply(qtbot, window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """A reply in a classmate's thread of the course."""
    me = window.context.user_id
    with window.context.workspace.db.session() as s:
        thread = s.scalars(
            sa.select(Discussion).where(
                Discussion.course_id == _course_id(window), Discussion.author_id != me
            )
        ).first()
        thread_id, before = thread.id, thread.reply_count
    window.show_screen("discussions")
    screen = window.screens["discussions"]
    place = next(i for i, p in enumerate(screen.places) if p.scope.course_id == _course_id(window))
    screen.place_combo.setCurrentIndex(place)
    row = screen.thread_model.find(lambda t: t.thread_id == thread_id)
    screen.thread_list.selectRow(row)
    assert screen.thread is not None and screen.thread.thread_id == thread_id
    text = "We tried this with the cooperative in Antsirabe: the paper version was enough."
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, text)
    qtbot.mouseClick(screen.post_button, Qt.MouseButton.LeftButton)
    assert any(r.content == text for r in screen.thread.replies), screen.notice.text()
    return {"thread_id": str(thread_id), "reply": text, "reply_count_before": before}


def test_study_offline(qtbot, qasync_loop, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The server is gone: every lesson of the downloaded course, a quiz, work handed in with a photo,
    a reply in a classmate's thread. Nothing says "not downloaded"."""
    with app_window(qtbot) as window:
        ok, message = sync_now(qtbot, window)
        assert not ok, "the server is stopped: F5 must say so"
        studied = _study(qtbot, window, tmp_path)
        replied = _reply(qtbot, window)
        with window.context.workspace.db.session() as s:
            pending = s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry))
        report(offline_message=message, pending=pending, **studied, **replied)


def test_sync_back(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """The server is back: the sync at start sends everything; nothing needs the learner's decision."""
    with app_window(qtbot) as window:
        ok, message = wait_sync(qtbot, window)
        assert ok, message
        with window.context.workspace.db.session() as s:
            states = dict(
                s.execute(sa.select(OutboxEntry.state, sa.func.count()).group_by(OutboxEntry.state)).all()
            )
        assert not states, f"everything went: {states}"
        status = window.sync.status()
        assert status.pending == 0 and status.problems == 0, status
        assert "waiting for your decision" not in window.sync_status.label.text()
        report(sync_message=message)


def test_read_grade(qtbot, qasync_loop) -> None:  # type: ignore[no-untyped-def]
    """After the instructor's sync: the learner's sync brings exactly one grade with its feedback, shown on
    the Assignments screen."""
    with app_window(qtbot) as window:
        ok, message = sync_now(qtbot, window)
        assert ok, message
        sid = uuid.UUID(param("submission"))
        with window.context.workspace.db.session() as s:
            sub = s.get(Submission, sid)
            rows = s.scalar(
                sa.select(sa.func.count())
                .select_from(InstructorFeedback)
                .where(
                    InstructorFeedback.submission_id == sid,
                    InstructorFeedback.feedback_type == "final_assessment",
                )
            )
            window.open_assignment(str(sub.assignment_id))
            shown = window.screens["assignments"].detail
            grade = s.scalar(
                sa.select(InstructorFeedback.overall_grade).where(
                    InstructorFeedback.submission_id == sid,
                    InstructorFeedback.feedback_type == "final_assessment",
                )
            )
            report(
                status=sub.status,
                score=str(sub.score),
                grade=grade,
                feedback=sub.feedback,
                feedback_rows=rows,
                shown_status=shown.status,
            )
