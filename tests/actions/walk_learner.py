"""The learner's every write, done once through the window as a person does it: enrol, study a lesson
(time and completion), take a quiz and a graded quiz, write a draft, attach and remove a file, hand work
in, hand revised work in again, review a classmate's work, read, start, answer, vote on and resolve
discussions, upload a design version and mark it final, and edit the profile."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    Course,
    DesignAsset,
    Discussion,
    DiscussionReply,
    Enrollment,
    InstructorFeedback,
    Lesson,
    LessonProgress,
    Module,
    PeerReview,
    Submission,
    User,
    uuid7,
)
from bootcamp_desktop.ui.main_window import MainWindow
from bootcamp_desktop.ui.screens.lesson_viewer import TICK_MS
from tests.journeys.window import answer_next_modal
from tests.sync.live import LiveServer
from tests.ui.learner.test_lessons import answer_all
from tests.ui.test_offline_work import work_with_files

LEFT = Qt.MouseButton.LeftButton
WORKSHOP = "paper-to-phone-rapid-prototyping-workshop"
NEW_COURSE = "capstone-from-field-research-to-launch"
THREAD_TITLE = "Walk: which paper works best in the rain?"


@dataclass
class Prepared:
    """What the server holds for the learner before the replica's first sync."""

    learner: uuid.UUID
    review_id: uuid.UUID  # a classmate's work to review
    graded_quiz: uuid.UUID  # an automatically graded quiz not taken yet (its lesson)
    my_thread: uuid.UUID  # the learner's question, answered by a classmate
    answer: uuid.UUID  # that classmate's answer
    their_thread: uuid.UUID  # a classmate's thread with another classmate's reply
    their_reply: uuid.UUID


def prepare(live: LiveServer) -> Prepared:
    me = live.users[DEMO_LEARNER_EMAIL]
    handed_in = work_with_files(live, DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL)
    with live.sdb.owner() as s:
        review_id = s.scalar(
            sa.select(PeerReview.id).where(
                PeerReview.submission_id == handed_in, PeerReview.reviewer_id == me
            )
        )
        # the graded quiz the demo learner already took: taken back, so she can take it now
        quiz = s.execute(
            sa.select(Assignment.id, Assignment.lesson_id)
            .join(Lesson)
            .join(Module)
            .join(Course)
            .join(Enrollment, Enrollment.course_id == Course.id)
            .where(Enrollment.user_id == me, Assignment.is_graded_automatically.is_(True))
            .limit(1)
        ).one()
        taken = sa.select(Submission.id).where(Submission.assignment_id == quiz.id, Submission.user_id == me)
        s.execute(sa.delete(InstructorFeedback).where(InstructorFeedback.submission_id.in_(taken)))
        s.execute(sa.delete(PeerReview).where(PeerReview.submission_id.in_(taken)))
        s.execute(sa.delete(Submission).where(Submission.id.in_(taken)))
        s.execute(
            sa.update(LessonProgress)
            .where(LessonProgress.lesson_id == quiz.lesson_id)
            .values(attempts_count=0, best_score=None, status="in_progress", completed_at=None)
        )
        course = s.scalar(sa.select(Course.id).where(Course.slug == WORKSHOP))
        b, c = s.scalars(
            sa.select(Enrollment.user_id)
            .where(Enrollment.course_id == course, Enrollment.user_id != me)
            .order_by(Enrollment.user_id)
            .limit(2)
        ).all()
        threads = []
        for author, replier in ((me, b), (b, c)):
            d = Discussion(
                id=uuid7(),
                course_id=course,
                author_id=author,
                title=f"Walk thread {author.hex[:6]}",
                content="Who has tried this with a cooperative?",
                discussion_type="question",
                reply_count=1,
            )  # as the demo counts its one reply
            s.add(d)
            s.flush()
            r = DiscussionReply(
                id=uuid7(), discussion_id=d.id, author_id=replier, content="We did, in Antsirabe."
            )
            s.add(r)
            s.flush()
            threads.append((d.id, r.id))
    return Prepared(me, review_id, quiz.lesson_id, threads[0][0], threads[0][1], threads[1][0], threads[1][1])


def _png(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (160, 100), colour).save(path)
    return path


def _scalar(window: MainWindow, query):  # type: ignore[no-untyped-def]
    with window.context.workspace.db.session() as s:
        return s.scalar(query)


def enrol(qtbot, window: MainWindow) -> uuid.UUID:  # type: ignore[no-untyped-def]
    course = _scalar(window, sa.select(Course.id).where(Course.slug == NEW_COURSE))
    window.open_catalogue_course(str(course))
    screen = window.screens["catalogue"]
    assert "Enrol" in screen.primary_button.text()
    qtbot.mouseClick(screen.primary_button, LEFT)
    assert screen.notice.kind != "error", screen.notice.text()
    first = _scalar(
        window,
        sa.select(Lesson.id)
        .join(Module)
        .where(Module.course_id == course)
        .order_by(Module.module_order, Lesson.lesson_order)
        .limit(1),
    )
    window.open_lesson(str(first))  # the new course's first lesson, started before the enrolment is sent
    assert window.screens["lesson"].content.state is not None
    return course


def study(qtbot, window: MainWindow, prep: Prepared) -> dict[str, uuid.UUID]:  # type: ignore[no-untyped-def]
    me = prep.learner
    done = (
        sa.select(LessonProgress.lesson_id)
        .join(Enrollment)
        .where(Enrollment.user_id == me, LessonProgress.status == "completed")
    )
    in_workshop = (
        sa.select(Lesson.id)
        .join(Module)
        .join(Course)
        .where(Course.slug == WORKSHOP, Lesson.id.not_in(done))
        .order_by(Module.module_order, Lesson.lesson_order)
    )
    text = _scalar(window, in_workshop.where(Lesson.content_type == "text").limit(1))
    quiz = _scalar(window, in_workshop.where(Lesson.content_type == "quiz").limit(1))
    assert text and quiz
    lesson = window.screens["lesson"]
    window.open_lesson(str(text))  # opening it starts it
    for _ in range(60 // (TICK_MS // 1000)):  # a minute on the page: what the study clock adds
        lesson.add_study_seconds(TICK_MS // 1000)
    assert lesson.complete_button.isEnabled()
    qtbot.mouseClick(lesson.complete_button, LEFT)
    assert lesson.content.state.status == "completed", lesson.notice.text()
    for lesson_id in (quiz, prep.graded_quiz):
        window.open_lesson(str(lesson_id))
        assert lesson.pages.currentWidget() is lesson.quiz_view, lesson.content.title
        answer_all(qtbot, lesson.quiz_view, right=True)
        assert lesson.notice.kind != "error", lesson.notice.text()
    return {"text": text, "quiz": quiz}


def hand_in(qtbot, window: MainWindow, prep: Prepared, tmp: Path) -> list[uuid.UUID]:  # type: ignore[no-untyped-def]
    """The draft written on, a file attached, removed and another attached, handed in; and revised work
    handed in again."""
    handed: list[uuid.UUID] = []
    for status in ("draft", "revision_requested"):
        aid = _scalar(
            window,
            sa.select(Submission.assignment_id)
            .where(Submission.user_id == prep.learner, Submission.status == status)
            .limit(1),
        )
        assert aid is not None, status
        window.open_assignment(str(aid))
        screen = window.screens["assignments"]
        assert screen.detail.editable
        screen.autosave.setInterval(30)
        screen.text_edit.setFocus()
        qtbot.keyClick(screen.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(screen.text_edit, f" Tested at the market ({status}).")
        qtbot.waitUntil(lambda s=screen: "Draft saved" in s.saved_label.text(), timeout=5000)
        files = screen.file_model.rowCount()
        screen.choose_file = lambda s=status: _png(tmp / f"wrong-{s}.png", (200, 30, 30))  # type: ignore[method-assign]
        qtbot.mouseClick(screen.add_file_button, LEFT)
        assert screen.file_model.rowCount() == files + 1, screen.notice.text()
        screen.file_table.selectRow(files)
        qtbot.mouseClick(screen.remove_file_button, LEFT)
        assert screen.file_model.rowCount() == files
        screen.choose_file = lambda s=status: _png(tmp / f"board-{s}.png", (16, 185, 129))  # type: ignore[method-assign]
        qtbot.mouseClick(screen.add_file_button, LEFT)
        assert screen.file_model.rowCount() == files + 1, screen.notice.text()
        qtbot.mouseClick(screen.submit_button, LEFT)
        assert screen.detail.status == "submitted", screen.notice.text()
        handed.append(screen.detail.submission_id)
    return handed


def review(qtbot, window: MainWindow, prep: Prepared) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("peer_review")
    screen = window.screens["peer_review"]
    screen.show_review(prep.review_id)
    assert screen.detail.review_id == prep.review_id and not screen.detail.done
    model = screen.rating_model
    for row in range(model.rowCount()):
        assert model.setData(model.index(row, 1), 4)
    screen.strengths.setFocus()
    qtbot.keyClicks(screen.strengths, "The price board reads well from a distance")
    screen.improvements.setFocus()
    qtbot.keyClicks(screen.improvements, "Try it with the SMS version too")
    qtbot.mouseClick(screen.send_button, LEFT)
    assert screen.detail.done, screen.notice.text()


def discuss(qtbot, window: MainWindow, prep: Prepared) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("discussions")
    screen = window.screens["discussions"]
    course = _scalar(window, sa.select(Course.id).where(Course.slug == WORKSHOP))
    screen.place_combo.setCurrentIndex(
        next(i for i, p in enumerate(screen.places) if p.scope.course_id == course)
    )

    def open_thread(thread_id: uuid.UUID) -> None:
        row = screen.thread_model.find(lambda t: t.thread_id == thread_id)
        assert row >= 0
        screen.thread_list.setFocus()
        if screen.thread is not None and screen.thread.thread_id == thread_id:
            screen.thread_list.selectRow(1 if row == 0 else 0)  # on it already: elsewhere first, then back
        screen.thread_list.selectRow(row)  # as a click on it: counted as a view
        assert screen.thread is not None and screen.thread.thread_id == thread_id

    open_thread(prep.their_thread)
    screen.replies.setCurrentIndex(screen.reply_model.find(prep.their_reply))
    qtbot.mouseClick(screen.helpful_button, LEFT)
    assert screen.notice.kind != "error", screen.notice.text()
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, "Same here: laminated paper survived the rain.")
    qtbot.mouseClick(screen.post_button, LEFT)
    assert any(r.content.startswith("Same here") for r in screen.thread.replies), screen.notice.text()

    open_thread(prep.my_thread)
    screen.replies.setCurrentIndex(screen.reply_model.find(prep.answer))
    qtbot.mouseClick(screen.solution_button, LEFT)
    assert screen.thread.resolved, screen.notice.text()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.title_edit.setText(THREAD_TITLE)
        dialog.body.setPlainText("Ours went soft at the market in Ambatondrazaka.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_next_modal(fill)
    qtbot.mouseClick(screen.new_button, LEFT)
    assert screen.thread is not None and screen.thread.title == THREAD_TITLE, screen.notice.text()


def design(qtbot, window: MainWindow, tmp: Path) -> uuid.UUID:  # type: ignore[no-untyped-def]
    window.show_screen("projects")
    screen = window.screens["projects"]
    images = [i for i, a in enumerate(screen.file_model.rows) if (a.mime_type or "").startswith("image/")]
    assert images, "the demo learner's project has pictures"
    screen.files.setCurrentIndex(screen.file_model.index(images[0], 0))
    current = screen.current_file()
    screen.choose_file = lambda: _png(tmp / "next-version.png", (180, 83, 9))  # type: ignore[method-assign]
    qtbot.mouseClick(screen.upload_button, LEFT)
    assert screen.current_file().version == current.version + 1, screen.notice.text()
    screen.version_table.selectRow(0)
    newest = screen.version_model.row_at(0)
    assert newest.version == current.version + 1
    qtbot.mouseClick(screen.final_button, LEFT)
    return newest.asset_id


def edit_profile(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("profile")
    screen = window.screens["profile"]
    screen.bio.setFocus()
    qtbot.keyClick(screen.bio, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.bio, " Walked every screen.")
    qtbot.mouseClick(screen.save_button, LEFT)
    assert screen.notice.kind == "info", screen.notice.text()


def walk(qtbot, window: MainWindow, prep: Prepared, tmp: Path) -> dict[str, object]:  # type: ignore[no-untyped-def]
    course = enrol(qtbot, window)
    lessons = study(qtbot, window, prep)
    handed = hand_in(qtbot, window, prep, tmp)
    review(qtbot, window, prep)
    discuss(qtbot, window, prep)
    asset = design(qtbot, window, tmp)
    edit_profile(qtbot, window)
    return {"course": course, **lessons, "handed": handed, "asset": asset}


def once_more(qtbot, window: MainWindow, prep: Prepared, done: dict[str, object], tmp: Path) -> None:  # type: ignore[no-untyped-def]
    """The next day, after the sync: the same actions on rows the server now has (its versions, its counts):
    more study time on the lesson, the quiz again, another reply, another version made final, the profile
    edited again."""
    lesson = window.screens["lesson"]
    window.open_lesson(str(done["text"]))
    for _ in range(60 // (TICK_MS // 1000)):
        lesson.add_study_seconds(TICK_MS // 1000)
    window.open_lesson(str(done["quiz"]))
    if lesson.quiz_view.retry_button.isVisible():
        qtbot.mouseClick(lesson.quiz_view.retry_button, LEFT)
    answer_all(qtbot, lesson.quiz_view, right=False)
    assert lesson.notice.kind != "error", lesson.notice.text()
    window.show_screen("discussions")
    screen = window.screens["discussions"]
    screen.show_thread(prep.their_thread)
    screen.reply_edit.setFocus()
    qtbot.keyClicks(screen.reply_edit, "And it dried overnight by the stove.")
    qtbot.mouseClick(screen.post_button, LEFT)
    assert screen.notice.kind != "error", screen.notice.text()
    done["asset_again"] = design(qtbot, window, tmp)
    edit_profile(qtbot, window)


def check_server(live: LiveServer, prep: Prepared, done: dict[str, object]) -> None:
    """The server holds every change."""
    me = prep.learner
    with live.sdb.owner() as s:
        enrolment = s.scalar(
            sa.select(Enrollment.id).where(Enrollment.user_id == me, Enrollment.course_id == done["course"])
        )
        assert enrolment and s.scalar(
            sa.select(LessonProgress.id).where(LessonProgress.enrollment_id == enrolment)
        )

        def progress(lesson_id):  # type: ignore[no-untyped-def]
            return s.scalar(
                sa.select(LessonProgress)
                .join(Enrollment)
                .where(Enrollment.user_id == me, LessonProgress.lesson_id == lesson_id)
            )

        text = progress(done["text"])
        assert text.status == "completed" and text.time_spent_minutes >= 1
        assert progress(done["quiz"]).attempts_count >= 1
        assert progress(prep.graded_quiz).attempts_count == 1
        assert s.scalar(
            sa.select(Submission.status)
            .join(Assignment)
            .where(Assignment.lesson_id == prep.graded_quiz, Submission.user_id == me)
        ) in ("submitted", "graded")
        for sid in done["handed"]:  # type: ignore[union-attr]
            sub = s.get(Submission, sid)
            assert sub.status == "submitted" and sub.submission_content["files"][-1]["name"].startswith(
                "board-"
            )
            assert not any(f["name"].startswith("wrong-") for f in sub.submission_content["files"])
        assert s.get(PeerReview, prep.review_id).overall_score == 4
        assert s.get(DiscussionReply, prep.their_reply).helpful_votes == 1
        assert s.get(Discussion, prep.their_thread).view_count >= 1
        assert s.get(Discussion, prep.their_thread).reply_count == 2 + ("asset_again" in done)
        assert (
            s.get(DiscussionReply, prep.answer).is_solution and s.get(Discussion, prep.my_thread).is_resolved
        )
        assert s.scalar(
            sa.select(Discussion.id).where(Discussion.title == THREAD_TITLE, Discussion.author_id == me)
        )
        asset = s.get(DesignAsset, done.get("asset_again", done["asset"]))
        assert asset is not None and asset.is_final
        assert s.get(User, me).bio.endswith("Walked every screen.")
        if "asset_again" in done:  # the second day's minute and attempt added to the first's
            assert text.time_spent_minutes >= 2 and progress(done["quiz"]).attempts_count >= 2
            assert not s.get(DesignAsset, done["asset"]).is_final
