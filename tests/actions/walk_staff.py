"""The instructor's every write, done once through the window: grade with the rubric (the draft marks
the work under review), request a revision, edit a rubric, author a course (create, edit, text, quiz,
video, download, publish), reorder a course the instructor teaches, assign and moderate peer reviews,
issue a certificate; after a sync, delete what was authored and revoke the certificate, as second
thoughts come after the first sync."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from bootcamp_core.demo import DEMO_ADMIN_EMAIL
from bootcamp_core.demo.video import title_card_mp4
from bootcamp_core.models import (
    Assignment,
    Certificate,
    Course,
    CourseStaff,
    Enrollment,
    InstructorFeedback,
    Lesson,
    Module,
    PeerReview,
    Submission,
    uuid7,
)
from bootcamp_desktop.ui.main_window import MainWindow
from bootcamp_desktop.ui.models.course_tree_model import ItemIdRole
from tests.journeys.window import answer_next_modal, say_yes
from tests.sync.live import LiveServer

from .conftest import type_and_ok

LEFT = Qt.MouseButton.LeftButton
COURSE_TITLE = "Walk: solar dryers for mango growers"


@dataclass
class Prepared:
    staff: uuid.UUID
    to_grade: uuid.UUID
    to_revise: uuid.UUID


def prepare(live: LiveServer, email: str) -> Prepared:
    """Two pieces of work handed in to courses ``email`` teaches, by two learners, waiting."""
    staff = live.users[email]
    admin_email = DEMO_ADMIN_EMAIL  # staffs no course: grades in any
    with live.sdb.owner() as s:
        pairs = s.execute(
            sa.select(Assignment.id, Enrollment.user_id)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .join(CourseStaff, CourseStaff.course_id == Module.course_id)
            .join(Enrollment, Enrollment.course_id == Module.course_id)
            .where(
                CourseStaff.staff_role == "instructor",
                Enrollment.user_id != staff,
                CourseStaff.user_id == staff if email != admin_email else sa.true(),
                Assignment.rubric.is_not(None),
                Assignment.is_graded_automatically.is_not(True),
                Enrollment.user_id.not_in(
                    sa.select(Submission.user_id).where(Submission.assignment_id == Assignment.id)
                ),
            )
            .order_by(Assignment.id, Enrollment.user_id)
        ).all()
        first = pairs[0]
        second = next(p for p in pairs if p.user_id != first.user_id)
        made = []
        for aid, learner in (first, second):
            sid = uuid7()
            s.add(
                Submission(
                    id=sid,
                    assignment_id=aid,
                    user_id=learner,
                    status="submitted",
                    submission_content={"text": f"Walk work {sid.hex[:6]}", "files": [], "links": []},
                )
            )
            made.append(sid)
    return Prepared(staff, made[0], made[1])


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == text)


def _focus_press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)


def grade(qtbot, window: MainWindow, prep: Prepared) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("grading")
    screen = window.screens["grading"]
    screen.autosave.setInterval(30)
    for sid, button in (
        (prep.to_grade, screen.editor.form.submit_button),
        (prep.to_revise, screen.editor.form.revision_button),
    ):
        row = screen.model.row_of(sid)
        assert row is not None, "the work handed in is in the queue"
        screen.select_row(row)
        assert screen.current_id == sid
        screen.editor.focus_rubric()
        for _ in screen.editor.rubric_panel.cards:
            _focus_press(qtbot, Qt.Key.Key_2)
            _focus_press(qtbot, Qt.Key.Key_Down)
        with qtbot.waitSignal(screen.sig_draft_saved, timeout=5000):  # the draft marks the work under review
            qtbot.keyClicks(QApplication.focusWidget(), "Walked: clear numbers, test it with farmers again.")
        assert screen.model.row_at(screen.model.row_of(sid)).status == "under_review"
        with qtbot.waitSignal(screen.sig_grade_submitted, timeout=5000, raising=False) as done:
            qtbot.mouseClick(button, LEFT)
        assert (
            done.signal_triggered or screen.model.row_at(screen.model.row_of(sid)).status != "under_review"
        ), screen.editor.form.status_label.text()


def edit_rubric(qtbot, window: MainWindow) -> uuid.UUID:  # type: ignore[no-untyped-def]
    window.show_screen("rubrics")
    screen = window.screens["rubrics"]
    aid = screen.assignment_id
    title = screen.model.index(0, 0)
    screen.model.setData(title, f"{title.data()} (walked)")
    qtbot.mouseClick(screen.save_button, LEFT)
    if "Save again" in screen.validation.text():  # grades use an id the edit dropped: a second Save confirms
        qtbot.mouseClick(screen.save_button, LEFT)
    assert not screen._dirty, screen.validation.text()
    return aid


def author(qtbot, window: MainWindow, tmp: Path, monkeypatch) -> uuid.UUID:  # type: ignore[no-untyped-def]
    window.show_screen("authoring")
    screen = window.screens["authoring"]
    answer_next_modal(type_and_ok(COURSE_TITLE))
    qtbot.mouseClick(screen.new_course_button, LEFT)
    cid = screen.course_id
    assert cid is not None and screen.model.tree is not None
    screen.course_form.short.setText("Dry mangoes in two days, sell them all year")
    screen.tree.setCurrentIndex(screen.tree.rootIndex())
    screen._edit_course()  # what clicking beside the outline shows: the course's form
    qtbot.mouseClick(screen.course_form.save_button, LEFT)
    qtbot.mouseClick(_button(screen, "Add module"), LEFT)
    screen.module_form.title.setText("Why fruit spoils")
    qtbot.mouseClick(screen.module_form.save_button, LEFT)
    qtbot.mouseClick(_button(screen, "Add lesson"), LEFT)
    editor = screen.lesson_editor
    editor.title.setText("Drying in the sun")
    qtbot.mouseClick(_button(editor, "Save details"), LEFT)
    editor.markdown.setPlainText("# Drying\n\nMangoes dry in **two days** in a solar dryer.")
    qtbot.mouseClick(editor.save_text, LEFT)
    editor.quiz.set_doc(
        {
            "questions": [
                {
                    "id": "q1",
                    "type": "single_choice",
                    "prompt": "How long?",
                    "choices": [{"id": "a", "text": "2 days"}, {"id": "b", "text": "2 weeks"}],
                    "correct": ["a"],
                }
            ]
        }
    )
    qtbot.mouseClick(editor.quiz.save_button, LEFT)
    assert "saved" in editor.error.text().lower(), editor.error.text()
    video = tmp / "drying.mp4"
    video.write_bytes(title_card_mp4(("Solar dryers",), "two days", (21, 128, 61)))
    sheet = tmp / "drying-sheet.png"
    Image.new("RGB", (200, 120), (234, 179, 8)).save(sheet)
    for label, path in (("Attach video…", video), ("Attach a download…", sheet)):
        assert path is not None, label
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, p=path: (str(p), "")))
        qtbot.mouseClick(_button(editor, label), LEFT)
        assert "attached" in editor.error.text(), editor.error.text()
    qtbot.mouseClick(screen.publish_button, LEFT)
    assert "Published" in screen.state_label.text()
    return cid


def edit_taught_course(qtbot, window: MainWindow) -> uuid.UUID:  # type: ignore[no-untyped-def]
    """In a course the instructor teaches (rows the server has): a module down, a lesson down, a module
    renamed, a lesson's details, text and quiz edited."""
    screen = window.screens["authoring"]
    index = next(
        i for i in range(screen.course_combo.count()) if screen.course_combo.itemText(i) != COURSE_TITLE
    )
    screen.course_combo.setCurrentIndex(index)
    cid = screen.course_id
    screen.tree.setFocus()
    model = screen.model
    for item in (model.index(0, 0), model.index(0, 0, model.index(1, 0))):
        screen.tree.setCurrentIndex(item)
        moved = item.data(ItemIdRole)
        with qtbot.waitSignal(screen.sig_outline_changed, timeout=3000):
            screen.move_selected(+1)  # Ctrl+Down
        assert screen.selected()[1] == uuid.UUID(moved)
    screen.tree.setCurrentIndex(model.index(0, 0))
    screen.module_form.title.setText(f"{screen.module_form.title.text()} (walked)")
    qtbot.mouseClick(screen.module_form.save_button, LEFT)
    editor = screen.lesson_editor
    places = [(m, r) for m in range(model.rowCount()) for r in range(model.rowCount(model.index(m, 0)))]
    text_done = quiz_done = False
    seen = []
    for m, r in places:
        screen.tree.setCurrentIndex(
            screen.model.index(r, 0, screen.model.index(m, 0))
        )  # rebuilt after each save
        kind = editor.content_type.currentData()
        seen.append((kind, bool(editor.markdown.toPlainText())))
        if not text_done and kind == "text":
            editor.title.setText(f"{editor.title.text()} (walked)")
            qtbot.mouseClick(_button(editor, "Save details"), LEFT)
            assert "saved" in editor.error.text().lower(), editor.error.text()
            text = editor.markdown.toPlainText() or "# Walked\n\nThe lesson's text, written again."
            editor.markdown.setPlainText(text + "\n\nWalked: one more tip.")
            qtbot.mouseClick(editor.save_text, LEFT)
            assert "saved" in editor.error.text().lower(), editor.error.text()
            text_done = True
        elif not quiz_done and kind == "quiz":
            doc = editor.quiz.doc()
            doc["questions"][0]["prompt"] += " (walked)"
            editor.quiz.set_doc(doc)
            qtbot.mouseClick(editor.quiz.save_button, LEFT)
            assert "saved" in editor.error.text().lower(), editor.quiz.error.text()
            quiz_done = True
    assert text_done and quiz_done, seen
    return cid


def assign_reviews(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("peer_review_admin")
    screen = window.screens["peer_review_admin"]
    before = sum(len(r.reviews) for r in screen.model.rows)
    screen.per_submission.setValue(screen.per_submission.value() + 1)
    qtbot.mouseClick(screen.assign_button, LEFT)
    assert sum(len(r.reviews) for r in screen.model.rows) > before, screen.summary.text()


def moderate_reviews(qtbot, window: MainWindow) -> tuple[uuid.UUID, uuid.UUID]:  # type: ignore[no-untyped-def]
    """A done review's text removed, a pending review removed; their ids."""
    screen = window.screens["peer_review_admin"]
    window.show_screen("peer_review_admin")
    ids = []
    for button, wanted in ((screen.redact_button, True), (screen.remove_button, False)):
        row, review = next(
            (r, rv)
            for r, sub in enumerate(screen.model.rows)
            for rv in sub.reviews
            if rv.done == wanted and not (rv.detailed_feedback or "").startswith("[Removed")
        )
        ids.append(review.review_id)
        screen.table.selectRow(row)
        screen.reviews.selectRow(
            next(
                i
                for i in range(screen.review_model.rowCount())
                if screen.review_model.row_at(i).review_id == review.review_id
            )
        )
        answer_next_modal(type_and_ok("Walked: moderated"))
        with qtbot.waitSignal(screen.sig_reviews_changed, timeout=5000):
            qtbot.mouseClick(button, LEFT)
    return ids[0], ids[1]


def issue_certificate(qtbot, window: MainWindow) -> uuid.UUID:  # type: ignore[no-untyped-def]
    window.show_screen("certificates_admin")
    screen = window.screens["certificates_admin"]
    for i in range(screen.course_combo.count()):
        screen.course_combo.setCurrentIndex(i)
        row = next((n for n, r in enumerate(screen.model.rows) if r.eligible), None)
        if row is not None:
            break
    assert row is not None, "someone has earned a certificate"
    screen.table.selectRow(row)
    with qtbot.waitSignal(screen.sig_certificates_changed, timeout=5000):
        qtbot.mouseClick(screen.issue_button, LEFT)
    return screen.selected().certificate.certificate_id


def revoke_certificate(qtbot, window: MainWindow, certificate_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    window.show_screen("certificates_admin")
    screen = window.screens["certificates_admin"]
    screen.refresh()
    row = next(
        n
        for n, r in enumerate(screen.model.rows)
        if r.certificate and r.certificate.certificate_id == certificate_id
    )
    screen.table.selectRow(row)
    answer_next_modal(type_and_ok("Walked: issued to the wrong cohort"))
    with qtbot.waitSignal(screen.sig_certificates_changed, timeout=5000):
        qtbot.mouseClick(screen.revoke_button, LEFT)


def second_thoughts(qtbot, window: MainWindow, course_id: uuid.UUID) -> None:  # type: ignore[no-untyped-def]
    """After the sync: a module and a lesson added to the authored course, then its synced lesson deleted,
    then its synced first module (the new one stays)."""
    window.show_screen("authoring")
    screen = window.screens["authoring"]
    screen.show_course(course_id)
    qtbot.mouseClick(_button(screen, "Add module"), LEFT)
    qtbot.mouseClick(_button(screen, "Add lesson"), LEFT)
    for _ in range(2):  # the new lesson, synced or not, then the first module with its synced lesson
        model = screen.model
        target = model.index(0, 0, model.index(0, 0)) if _ == 0 else model.index(0, 0)
        screen.tree.setCurrentIndex(target)
        answer_next_modal(say_yes)
        with qtbot.waitSignal(screen.sig_outline_changed, timeout=5000):
            qtbot.mouseClick(_button(screen, "Delete"), LEFT)


def check_server(live: LiveServer, prep: Prepared, done: dict[str, object]) -> None:
    with live.sdb.owner() as s:
        graded = s.get(Submission, prep.to_grade)
        assert graded.status == "graded" and graded.graded_by == prep.staff
        assert s.scalar(
            sa.select(InstructorFeedback.id).where(InstructorFeedback.submission_id == prep.to_grade)
        )
        assert s.get(Submission, prep.to_revise).status == "revision_requested"
        rubric = s.get(Assignment, done["rubric"]).rubric
        assert rubric["criteria"][0]["title"].endswith("(walked)")
        course = s.get(Course, done["course"])
        assert course.published and course.title == COURSE_TITLE
        modules = s.scalars(sa.select(Module).where(Module.course_id == course.id)).all()
        assert [m.title for m in modules] == ["New module"], "the first module went, the second stayed"
        cert = s.get(Certificate, done["certificate"])
        assert cert is not None and cert.is_revoked
        redacted, removed = done["reviews"]  # type: ignore[misc]
        assert s.get(PeerReview, redacted).detailed_feedback.startswith(
            "[Removed by the course staff: Walked"
        )
        assert s.get(PeerReview, removed) is None
