"""The grading workspace, driven with the keyboard alone, and what it leaves in the replica."""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from bootcamp_core.models import (
    Assignment,
    InstructorFeedback,
    Lesson,
    Module,
    OutboxEntry,
    Submission,
)
from bootcamp_desktop.services import staff
from bootcamp_desktop.services.grading import pseudonym
from bootcamp_desktop.ui.widgets.grading.rubric_panel import CriterionCard

from .conftest import open_window, press, type_text

CTRL, ALT, SHIFT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.AltModifier,
    Qt.KeyboardModifier.ShiftModifier,
)


def _reopen_one_graded(ws) -> None:  # type: ignore[no-untyped-def]
    """A second piece of work waiting in the instructor's queue (the demo has one): setup, not UI."""
    with ws.db.write() as s:
        courses = staff.staffed_course_ids(s, ws.instructor_id, staff.TEACHING_ROLES)
        sub = s.scalars(
            sa.select(Submission)
            .join(Assignment)
            .join(Lesson)
            .join(Module)
            .where(
                Module.course_id.in_(courses),
                Submission.status == "graded",
                Assignment.is_graded_automatically.is_(False),
                Assignment.rubric.is_not(None),
            )
            .order_by(Submission.submitted_at)
        ).first()
        sub.status, sub.score, sub.graded_by, sub.graded_at = "submitted", None, None, None
        sub.submitted_at = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


def test_grade_a_queue_with_the_keyboard_alone(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _reopen_one_graded(instructor_ws)
    window, screen = open_window(qtbot, instructor_ws, "grading")
    QAbstractItemModelTester(screen.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert screen.model.total == 2 and screen.counts["waiting"] == 2
    first = screen.model.row_at(0)
    assert screen.current_id == first.submission_id
    rubric = screen.editor.detail.rubric
    criteria = rubric["criteria"]

    # Levels: Alt+R to the rubric, then "2" and Down for every criterion; Down past the last goes on to
    # the overall feedback.
    press(Qt.Key.Key_R, ALT)
    assert isinstance(QApplication.focusWidget(), CriterionCard)
    for _ in criteria:
        press(Qt.Key.Key_2)
        press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is screen.editor.form.overall_edit
    # A comment on the first criterion: Alt+R, Up to the top, Enter into its comment.
    press(Qt.Key.Key_R, ALT)
    for _ in criteria:
        press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_A, CTRL)  # replaces what the initial review said
    type_text("Quotes from farmers back every screen.")
    press(Qt.Key.Key_Return)  # on to the next criterion
    assert QApplication.focusWidget() is screen.editor.rubric_panel.cards[1]
    press(Qt.Key.Key_O, ALT)
    type_text("Strong, well-tested work.")
    press(Qt.Key.Key_I, ALT)
    type_text("Show the unit next to each price")
    press(Qt.Key.Key_X, ALT)
    type_text("Test the SMS version with three members")
    # The grade from the scale, then overridden with a reason.
    expected = sum(c["levels"][1]["points"] for c in criteria)
    assert f"<b>{expected:g}</b>" in screen.editor.form.score_label.text()
    press(Qt.Key.Key_G, ALT)
    press(Qt.Key.Key_Down)  # Automatic -> Override: A
    assert screen.editor.form.override_grade == "A"
    press(Qt.Key.Key_Return, CTRL)  # no reason yet: refused, nothing written
    assert "reason" in screen.editor.form.status_label.text()
    press(Qt.Key.Key_E, ALT)
    type_text("Exceptional field research beyond the rubric")
    with qtbot.waitSignal(screen.sig_grade_submitted, timeout=3000):
        press(Qt.Key.Key_Return, CTRL)

    # The next submission is open, its first criterion focused.
    second = screen.model.row_at(1)
    assert screen.current_id == second.submission_id
    assert isinstance(QApplication.focusWidget(), CriterionCard)
    assert screen.model.row_at(0).status == "graded"
    assert screen.counts["waiting"] == 1 and screen.counts["graded"] >= 1

    # Second: a revision request, with a snippet inserted from the keyboard.
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_O, ALT)
    press(Qt.Key.Key_Space, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is getattr(screen, "snippet_picker", None))
    type_text("units")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert "units" in screen.editor.form.overall.lower()
    with qtbot.waitSignal(screen.sig_grade_submitted, timeout=3000):
        press(Qt.Key.Key_Return, CTRL | SHIFT)
    # Back to the first with Alt+P: its grade is there, as submitted.
    press(Qt.Key.Key_P, ALT)
    assert screen.current_id == first.submission_id
    assert screen.editor.form.override_grade == "A"

    with instructor_ws.db.session() as s:
        sub = s.get(Submission, first.submission_id)
        assert sub.status == "graded" and sub.score == expected
        assert sub.graded_by == instructor_ws.instructor_id and sub.graded_at is not None
        assert sub.feedback == "Strong, well-tested work."
        fb = s.scalars(
            sa.select(InstructorFeedback)
            .where(
                InstructorFeedback.submission_id == sub.id,
                InstructorFeedback.feedback_type == "final_assessment",
            )
            .order_by(InstructorFeedback.created_at.desc())
        ).first()
        assert fb.instructor_id == instructor_ws.instructor_id
        assert fb.overall_grade == "A"
        scores = fb.rubric_scores
        assert {c: v["level"] for c, v in scores["criteria"].items()} == {
            c["id"]: c["levels"][1]["id"] for c in criteria
        }
        assert scores["criteria"][criteria[0]["id"]]["comment"] == "Quotes from farmers back every screen."
        assert scores["total"] == expected and scores["override"] == {
            "grade": "A",
            "reason": "Exceptional field research beyond the rubric",
        }
        assert fb.improvement_suggestions == ["Show the unit next to each price"]
        assert fb.next_steps == ["Test the SMS version with three members"]

        other = s.get(Submission, second.submission_id)
        assert other.status == "revision_requested" and other.score is None
        assert other.revision_count == second.revision_count + 1
        revision = s.scalars(
            sa.select(InstructorFeedback)
            .where(
                InstructorFeedback.submission_id == other.id,
                InstructorFeedback.feedback_type == "revision_feedback",
            )
            .order_by(InstructorFeedback.created_at.desc())
        ).first()
        assert "units" in revision.detailed_feedback.lower()

        # Both writes are in the outbox, waiting for the next sync.
        entries = s.scalars(sa.select(OutboxEntry).where(OutboxEntry.state == "pending")).all()
        by_row = {(e.table_name, e.row_id): e for e in entries}
        sub_entry = by_row[("submissions", first.submission_id)]
        assert sub_entry.payload["set"]["status"] == "graded"
        assert sub_entry.payload["set"]["graded_by"] == str(instructor_ws.instructor_id)
        fb_entry = by_row[("instructor_feedback", fb.id)]
        assert fb_entry.op == "insert" and fb_entry.payload["set"]["overall_grade"] == "A"
        assert ("submissions", second.submission_id) in by_row
        assert ("instructor_feedback", revision.id) in by_row


def test_work_in_progress_is_saved_as_a_draft_and_restored(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    window, screen = open_window(qtbot, instructor_ws, "grading")
    sid = screen.current_id
    press(Qt.Key.Key_R, ALT)
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_O, ALT)
    type_text("Halfway through")
    with qtbot.waitSignal(screen.sig_draft_saved, timeout=3000):
        pass
    assert (instructor_ws.directory / "grading-drafts" / f"{sid}.json").exists()
    draft = json.loads((instructor_ws.directory / "grading-drafts" / f"{sid}.json").read_text())
    assert draft["overall"] == "Halfway through"
    # Nothing graded, nothing of the grade in the outbox.
    with instructor_ws.db.session() as s:
        assert s.get(Submission, sid).status in ("submitted", "under_review")
        assert (
            s.scalar(
                sa.select(sa.func.count())
                .select_from(InstructorFeedback)
                .join(OutboxEntry, OutboxEntry.row_id == InstructorFeedback.id)
            )
            == 0
        )
    window.close()
    # A new window (the app restarted) finds the draft again.
    _window2, screen2 = open_window(qtbot, instructor_ws, "grading")
    assert screen2.current_id == sid
    assert screen2.editor.form.overall == "Halfway through"
    assert (
        screen2.editor.rubric_panel.cards[0].chosen_level
        == screen2.editor.detail.rubric["criteria"][0]["levels"][2]["id"]
    )


def test_anonymous_grading_hides_names(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "grading")
    row = screen.model.row_at(0)
    assert row.learner_name in screen.model.data(screen.model.index(0, 0))
    press(Qt.Key.Key_A, CTRL | SHIFT)
    assert screen.anonymous_check.isChecked()
    shown = screen.model.data(screen.model.index(0, 0))
    assert row.learner_name not in shown and pseudonym(row.learner_id) in shown
    assert row.learner_name not in screen.preview.header.text()
    for i, _item in enumerate(screen.preview.items):
        screen.preview.show_item(i)
        assert row.learner_name.split()[0].lower() not in screen.preview.link_label.text().lower()
    assert instructor_ws.settings.extra["grading_anonymous"] is True


def test_a_conflicting_grade_is_shown_beside_the_submission(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_core.models import User

    with instructor_ws.db.session() as s:
        sub = s.scalars(sa.select(Submission).where(Submission.status == "under_review")).first()
        other = s.scalar(sa.select(User).where(User.email.like("moussa%")))
    with instructor_ws.db.write() as s:
        s.add(
            OutboxEntry(
                mutation_id=__import__("uuid").uuid4(),
                table_name="submissions",
                row_id=sub.id,
                op="update",
                payload={"set": {"status": "graded", "score": "71.00"}, "inc": {}},
                base_version=0,
                state="conflict",
                error_code="grade_conflict",
                error_message="another grader changed this grade",
                server_row={
                    "id": str(sub.id),
                    "status": "graded",
                    "score": "88.00",
                    "graded_by": str(other.id),
                    "graded_at": "2026-11-24T10:00:00Z",
                    "sync_version": 3,
                },
            )
        )
    _window, screen = open_window(qtbot, instructor_ws, "grading")
    assert screen.current_id == sub.id
    banner = screen.editor.conflict_banner
    assert banner.isVisible()
    text = banner.label.text()
    assert other.full_name in text and "88.00" in text and "71.00" in text
    assert "⚠" in screen.model.data(screen.model.index(0, 0))


def test_switching_files_and_pages(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "grading")
    preview = screen.preview
    kinds = [getattr(i, "kind", "link") for i in preview.items]
    assert "image" in kinds and "pdf" in kinds
    assert (
        preview.stack.currentWidget() is {"image": preview.image_viewer, "pdf": preview.pdf_viewer}[kinds[0]]
    )
    for _ in range(kinds.index("pdf") - preview.current_index):
        press(Qt.Key.Key_Right, ALT)
    assert preview.stack.currentWidget() is preview.pdf_viewer
    assert preview.pdf_viewer.page_count >= 1
    press(Qt.Key.Key_Right, ALT)
    opened = []
    preview.open_url = lambda url: opened.append(url.toString()) or True
    if (
        isinstance(preview.items[preview.current_index], type(preview.items[-1]))
        and kinds[preview.current_index] == "link"
    ):
        press(Qt.Key.Key_O, CTRL | SHIFT)
        assert opened and opened[0].startswith("https://")
    # Image zoom from the keyboard.
    preview.show_item(kinds.index("image"))
    viewer = preview.image_viewer
    viewer.setFocus()
    before = viewer.zoom
    press(Qt.Key.Key_Plus)
    assert viewer.zoom > before and not viewer.fit
    press(Qt.Key.Key_0)
    assert viewer.fit


def test_an_image_fitted_to_the_width_does_not_depend_on_the_scroll_bar(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A tall picture in a narrow preview: fitting the viewport made the scroll bar appear, the viewport
    narrower, the picture shorter, the bar go, and so on for ever (the window stopped answering once the
    learners' files were on the computer). The fitted size must be the same with the bar or without."""
    from PySide6.QtGui import QColor, QImage

    from bootcamp_desktop.ui.widgets.grading.viewers import ImageViewer

    picture = QImage(360, 720, QImage.Format.Format_RGB32)  # the demo's wireframes have this shape
    picture.fill(QColor("#65a30d"))
    path = tmp_path / "tall-wireframe"
    assert picture.save(str(path), "PNG")
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(255, 487)
    viewer.show()
    assert viewer.load(path)
    zooms = []
    for policy in (Qt.ScrollBarPolicy.ScrollBarAlwaysOn, Qt.ScrollBarPolicy.ScrollBarAlwaysOff):
        viewer.setVerticalScrollBarPolicy(policy)
        QApplication.processEvents()
        viewer.fit_width()
        zooms.append(viewer.zoom)
    assert zooms[0] == zooms[1]
    viewer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    QApplication.processEvents()
    assert viewer.label.width() <= viewer.viewport().width() and not viewer.horizontalScrollBar().isVisible()
