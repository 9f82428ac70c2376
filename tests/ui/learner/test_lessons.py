"""The lesson viewer: text with images, video resume, quizzes answered with feedback, time and completion."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt

from bootcamp_core.models import Course, Lesson, LessonProgress, Module
from bootcamp_desktop.services import local_state, progress

from .conftest import model_tester, outbox, rows

WORKSHOP = "paper-to-phone-rapid-prototyping-workshop"


def lesson_id(ws, slug: str, content_type: str):  # type: ignore[no-untyped-def]
    return rows(
        ws,
        lambda s: s.scalar(
            sa.select(Lesson.id)
            .join(Module)
            .join(Course)
            .where(Course.slug == slug, Lesson.content_type == content_type)
            .order_by(Module.module_order, Lesson.lesson_order)
            .limit(1)
        ),
    )


def state(ws, learner, lid):  # type: ignore[no-untyped-def]
    return rows(ws, lambda s: progress.lesson_state(s, learner, lid))


def test_text_lesson_renders_markdown_with_images_and_completes(
    qtbot, window, demo_workspace, learner
) -> None:  # type: ignore[no-untyped-def]
    lid = lesson_id(demo_workspace, WORKSHOP, "text")
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    assert screen.pages.currentWidget() is screen.text_view
    text = screen.text_view.toPlainText()
    assert len(text) > 200
    assert screen.text_view.loaded_images or "![" not in (screen.content.markdown or "")
    model_tester(screen.resource_model)
    assert state(demo_workspace, learner, lid).status == "in_progress"
    qtbot.mouseClick(screen.complete_button, Qt.MouseButton.LeftButton)
    assert state(demo_workspace, learner, lid).status == "completed"
    assert not screen.complete_button.isEnabled()
    entry = [e for e in outbox(demo_workspace, "lesson_progress")][-1]
    assert entry.payload["set"].get("status") == "completed"


def test_study_time_is_counted_in_whole_minutes(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    lid = lesson_id(demo_workspace, WORKSHOP, "text")
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    screen.add_study_seconds(45)
    assert state(demo_workspace, learner, lid).time_spent_minutes == 0
    screen.add_study_seconds(30)
    assert state(demo_workspace, learner, lid).time_spent_minutes == 1
    screen.add_study_seconds(40)
    window.show_screen("home")  # leaving the lesson: the 55 s left count as one more minute
    assert state(demo_workspace, learner, lid).time_spent_minutes == 2
    incs = [e.payload["inc"] for e in outbox(demo_workspace, "lesson_progress") if e.row_id]
    assert incs[-1]["time_spent_minutes"] == 2


def answer_all(qtbot, quiz, right: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    feedback = []
    for question in quiz.quiz.questions:
        assert quiz.question.id == question.id
        qtbot.waitUntil(
            lambda q=question: (
                all(b.isVisible() for b in quiz.buttons)
                and (q.type != "short_answer" or quiz.answer_edit.isVisible())
            )
        )
        if question.type == "short_answer":
            qtbot.keyClicks(quiz.answer_edit, question.correct[0] if right else "no idea")
        else:
            ids = (
                set(question.correct)
                if right
                else {c.id for c in question.choices if c.id not in question.correct}
            )
            for button, cid in zip(quiz.buttons, quiz._choice_ids, strict=True):
                if cid in ids and (question.type == "multiple_choice" or not button.isChecked()):
                    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
                    if question.type == "single_choice":
                        break
        qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
        feedback.append(quiz.feedback.text())
        qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)  # next question / finish
    return feedback


def test_quiz_gives_feedback_after_each_answer_and_records_the_attempt(
    qtbot, window, demo_workspace, learner
) -> None:  # type: ignore[no-untyped-def]
    lid = lesson_id(demo_workspace, WORKSHOP, "quiz")
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    quiz = screen.quiz_view
    assert screen.pages.currentWidget() is quiz
    wrong = answer_all(qtbot, quiz, right=False)
    assert all("Not quite" in f for f in wrong), wrong
    after_wrong = state(demo_workspace, learner, lid)
    assert (
        after_wrong.attempts_count == 1
        and after_wrong.best_score == 0
        and after_wrong.status == "in_progress"
    )
    assert "Not passed" in quiz.result.text() and quiz.retry_button.isVisible()
    qtbot.mouseClick(quiz.retry_button, Qt.MouseButton.LeftButton)
    right = answer_all(qtbot, quiz, right=True)
    assert all("Right" in f for f in right)
    done = state(demo_workspace, learner, lid)
    assert done.attempts_count == 2 and done.best_score == 100 and done.status == "completed"
    assert "Passed" in quiz.result.text()
    incs = [e.payload["inc"] for e in outbox(demo_workspace, "lesson_progress")]
    assert sum(i.get("attempts_count", 0) for i in incs) == 2


def test_an_unanswered_question_is_not_checked(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    window.open_lesson(str(lesson_id(demo_workspace, WORKSHOP, "quiz")))
    quiz = window.screens["lesson"].quiz_view
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert "Answer the question first" in quiz.feedback.text() and quiz.position == 0


def test_video_resumes_where_the_learner_stopped(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    lid = lesson_id(demo_workspace, WORKSHOP, "video")
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    assert screen.pages.currentWidget() is screen.video_view
    assert screen.video_view.source is not None and screen.video_view.source.suffix == ".mp4"
    screen.video_view.sig_position_changed.emit(42_000)  # what the player reports while playing
    assert local_state.load_position(demo_workspace.directory, learner, lid) == 42_000
    window.open_lesson(str(lesson_id(demo_workspace, WORKSHOP, "text")))
    window.open_lesson(str(lid))
    assert screen.video_view._resume_ms == 42_000
    assert "0:42" in screen.video_view.resume_label.text()


def test_previous_and_next_follow_the_course_order(qtbot, window, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    first = lesson_id(demo_workspace, WORKSHOP, "video")
    window.open_lesson(str(first))
    screen = window.screens["lesson"]
    assert not screen.previous_button.isEnabled()
    qtbot.mouseClick(screen.next_button, Qt.MouseButton.LeftButton)
    assert screen.content.title == "Paper prototypes in the field"
    qtbot.mouseClick(screen.previous_button, Qt.MouseButton.LeftButton)
    assert screen.content.lesson_id == first


def test_a_missing_lesson_file_says_it_is_not_downloaded(qtbot, window, demo_workspace) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_core.models.blobstore import blob_path

    lid = lesson_id(demo_workspace, WORKSHOP, "text")
    url = rows(demo_workspace, lambda s: s.get(Lesson, lid).content_url)
    blob_path(demo_workspace.blobs_dir, url.split(":")[-1]).unlink()
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    assert screen.pages.currentWidget() is screen.missing_page
    assert "not downloaded yet" in screen.missing_page.text()
    assert rows(
        demo_workspace,
        lambda s: s.scalar(sa.select(LessonProgress.status).where(LessonProgress.lesson_id == lid)),
    ) in ("in_progress", None)


def test_without_qt_multimedia_the_video_opens_in_the_computers_player(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A computer without QtMultimedia's libraries (libpulse) still opens the lesson: the view says why it
    cannot play, and its button hands the local file to the system's own player."""
    from PySide6.QtGui import QDesktopServices

    from bootcamp_desktop.ui.screens.lesson import video_view

    monkeypatch.setattr(video_view, "multimedia_problem", lambda: "libpulse.so.0")
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
    )
    view = video_view.VideoView()
    qtbot.addWidget(view)
    view.show()
    video = tmp_path / "lesson.mp4"
    video.write_bytes(b"\0")
    view.load(video, resume_ms=42_000)
    assert "libpulse.so.0" in view.video.text() and view.player is None
    assert not view.play_button.isEnabled() and view.external_button.isVisible()
    qtbot.mouseClick(view.external_button, Qt.MouseButton.LeftButton)
    assert opened == [str(video)]
    view.stop()  # leaving the lesson does nothing harmful


def _video_not_completed(ws, learner):  # type: ignore[no-untyped-def]
    """A video lesson of one of the learner's courses that they have not completed (the demo's own)."""
    from bootcamp_core.models import Enrollment

    return rows(
        ws,
        lambda s: s.scalar(
            sa.select(Lesson.id)
            .join(Module)
            .join(Enrollment, Enrollment.course_id == Module.course_id)
            .join(
                LessonProgress,
                (LessonProgress.enrollment_id == Enrollment.id) & (LessonProgress.lesson_id == Lesson.id),
            )
            .where(
                Enrollment.user_id == learner,
                Lesson.content_type == "video",
                LessonProgress.status != "completed",
            )
            .order_by(Lesson.id)
            .limit(1)
        ),
    )


def test_a_video_played_to_its_end_completes_the_lesson(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    lid = _video_not_completed(demo_workspace, learner)
    assert lid is not None
    window.open_lesson(str(lid))
    screen = window.screens["lesson"]
    view = screen.video_view
    assert screen.pages.currentWidget() is view and view.source is not None and view.source.is_file()
    assert state(demo_workspace, learner, lid).status == "in_progress"
    if view.player is not None:  # QtMultimedia here: the demo's real video really plays to its end
        qtbot.waitUntil(lambda: view.duration_ms > 0, timeout=20_000)
        view.player.setPosition(max(0, view.duration_ms - 700))
        with qtbot.waitSignal(view.sig_finished, timeout=30_000):
            qtbot.mouseClick(view.play_button, Qt.MouseButton.LeftButton)
    else:  # no QtMultimedia on this computer: the widget's end-of-media path, as the player would take it
        view._finish()  # noqa: SLF001
    assert state(demo_workspace, learner, lid).status == "completed"
    assert "whole video" in screen.notice.text() and not screen.complete_button.isEnabled()
    entry = outbox(demo_workspace, "lesson_progress")[-1]
    assert entry.payload["set"].get("status") == "completed"
    assert local_state.load_position(demo_workspace.directory, learner, lid) == 0, "next time from the start"


def test_the_end_of_a_video_is_its_duration_less_a_small_tolerance(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Players often stop a frame short of the duration: near the end counts, while playing only (seeking
    there, or resuming there, does not)."""
    from pathlib import Path

    from bootcamp_desktop.ui.screens.lesson.video_view import END_TOLERANCE_MS, VideoView

    view = VideoView()
    qtbot.addWidget(view)
    view.source = Path("lesson.mp4")  # what load() sets; no player needed for the arithmetic
    finished: list[bool] = []
    view.sig_finished.connect(lambda: finished.append(True))
    view.on_player_duration_changed(60_000)
    view.on_player_position_changed(60_000 - END_TOLERANCE_MS)  # not playing: a seek
    assert finished == []
    view._playing = True  # noqa: SLF001 - what playbackStateChanged(PlayingState) sets
    view.on_player_position_changed(60_000 - END_TOLERANCE_MS - 1)
    assert finished == []
    view.on_player_position_changed(60_000 - END_TOLERANCE_MS)
    view.on_player_position_changed(60_000)
    assert finished == [True], "once per video"
