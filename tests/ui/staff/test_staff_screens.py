"""The other staff screens: rubric editor, course authoring, peer reviews, certificates, analytics,
cohort and presenter."""

from __future__ import annotations

import csv
import json
import re
import uuid

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from bootcamp_core.models import (
    Assignment,
    Certificate,
    Enrollment,
    Lesson,
    Module,
    OutboxEntry,
    PeerReview,
)
from bootcamp_core.models.rubric import max_points
from bootcamp_desktop.ui.models.course_tree_model import ItemIdRole

from .conftest import open_window, press

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _outbox(ws, table: str) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return list(s.scalars(sa.select(OutboxEntry).where(OutboxEntry.table_name == table)))


# -- rubric editor -------------------------------------------------------------------------------------------
def test_rubric_editor_refuses_invalid_rubrics_and_saves_valid_ones(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "rubrics")
    QAbstractItemModelTester(screen.model, FATAL)
    aid = screen.assignment_id
    with instructor_ws.db.session() as s:
        before = s.get(Assignment, aid).rubric
    assert screen.validation.text().startswith("✓")

    # Points that are not a number: a clear message, Save disabled, nothing written.
    level = screen.model.index(0, 1, screen.model.index(0, 0))
    screen.model.setData(level, "lots")
    assert "points must be a number" in screen.validation.text()
    assert not screen.save_button.isEnabled()
    assert screen.save() is False
    # A criterion without a title (the schema requires one).
    screen.model.setData(level, "25")
    screen.model.setData(screen.model.index(1, 0), "")
    assert "✗" in screen.validation.text() and not screen.save_button.isEnabled()
    # Malformed JSON: refused with the line and column.
    screen.json_edit.setPlainText('{"criteria": [')
    assert screen.apply_json() is False
    assert "line 1" in screen.validation.text()
    # A wrong id in otherwise valid JSON: the schema message.
    bad = json.loads(json.dumps(before))
    bad["criteria"][0]["id"] = "Not An Id!"
    screen.json_edit.setPlainText(json.dumps(bad))
    assert screen.apply_json() is False
    with instructor_ws.db.session() as s:
        assert s.get(Assignment, aid).rubric == before
    assert not _outbox(instructor_ws, "assignments")

    # A valid change: revert, add a criterion, set its own scale, save.
    screen.show_assignment(aid, force=True)
    screen.add_criterion()
    QApplication.focusWidget() and press(Qt.Key.Key_Escape)
    new_row = (
        screen.model.rowCount() - 1
        if screen.tree.currentIndex().row() < 0
        else screen.tree.currentIndex().row()
    )
    screen.model.setData(screen.model.index(new_row, 0), "Accessibility")
    screen.own_scale.setChecked(True)
    screen.scale_spins["A"].setValue(85)
    with qtbot.waitSignal(screen.sig_rubric_saved):
        assert screen.save() is True
    with instructor_ws.db.session() as s:
        a = s.get(Assignment, aid)
        assert [c["title"] for c in a.rubric["criteria"]].count("Accessibility") == 1
        assert any(c["id"] == "accessibility" for c in a.rubric["criteria"])
        assert a.rubric["grade_scale"]["A"] == 85
        assert a.max_score == max_points(a.rubric)
    [entry] = _outbox(instructor_ws, "assignments")
    assert entry.payload["set"]["rubric"]["grade_scale"]["A"] == 85


def test_a_rubric_is_reused_from_another_assignment(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "rubrics")
    target = screen.assignment_id
    source = uuid.UUID(screen.reuse_combo.itemData(0))
    with instructor_ws.db.session() as s:
        wanted = s.get(Assignment, source).rubric
    screen.reuse_selected()
    assert screen.current_rubric()["criteria"] == wanted["criteria"]
    if (
        not screen.save()
    ):  # grades of this assignment refer to ids the new rubric lacks: a second Save confirms
        assert "Save again" in screen.validation.text()
        with instructor_ws.db.session() as s:
            assert s.get(Assignment, target).rubric["criteria"] != wanted["criteria"]
        assert screen.save()
    with instructor_ws.db.session() as s:
        assert s.get(Assignment, target).rubric["criteria"] == wanted["criteria"]


# -- authoring ----------------------------------------------------------------------------------------------
def _orders(ws, course_id):  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        modules = s.execute(
            sa.select(Module.id, Module.module_order)
            .where(Module.course_id == course_id)
            .order_by(Module.module_order)
        ).all()
        lessons = {
            m: list(
                s.scalars(sa.select(Lesson.id).where(Lesson.module_id == m).order_by(Lesson.lesson_order))
            )
            for m, _o in modules
        }
    return [m for m, _o in modules], lessons


def test_drag_and_drop_reorders_and_keeps_orders_unique(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "authoring")
    model = screen.model
    QAbstractItemModelTester(model, FATAL)
    cid = screen.course_id
    modules, lessons = _orders(instructor_ws, cid)
    assert len(modules) >= 3

    # Drag the first module below the third.
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, 0, 0, model.index(1, 0)
    )  # not into a module
    with qtbot.waitSignal(screen.sig_outline_changed):
        model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    expected = [modules[1], modules[2], modules[0], *modules[3:]]
    assert _orders(instructor_ws, cid)[0] == expected
    assert [model.data(model.index(i, 0), ItemIdRole) for i in range(model.rowCount())] == [
        str(m) for m in expected
    ]

    # Drag the last lesson of the (new) first module to the top of the second.
    first, second = model.index(0, 0), model.index(1, 0)
    last = model.index(model.rowCount(first) - 1, 0, first)
    moved = uuid.UUID(last.data(ItemIdRole))
    with qtbot.waitSignal(screen.sig_outline_changed):
        model.dropMimeData(model.mimeData([last]), Qt.DropAction.MoveAction, 0, 0, second)
    _m, lessons = _orders(instructor_ws, cid)
    assert lessons[expected[1]][0] == moved and moved not in lessons[expected[0]]

    # Keyboard: Ctrl+Down moves the selected lesson one place down.
    screen.show_course(cid, select=moved)
    screen.tree.setFocus()
    with qtbot.waitSignal(screen.sig_outline_changed):
        press(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    _m, lessons = _orders(instructor_ws, cid)
    assert lessons[expected[1]][1] == moved

    with instructor_ws.db.session() as s:
        for table, group, order in (
            ("modules", "course_id", "module_order"),
            ("lessons", "module_id", "lesson_order"),
        ):
            dupes = s.execute(
                sa.text(f"SELECT {group}, {order}, count(*) FROM {table} GROUP BY 1, 2 HAVING count(*) > 1")
            ).all()
            assert dupes == []
    assert _outbox(instructor_ws, "modules") and _outbox(instructor_ws, "lessons")


def test_authoring_a_course_from_scratch(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "authoring")
    assert screen.create_course("   ") is None  # a title is required
    cid = screen.create_course("Solar dryers for mango growers")
    assert cid is not None and screen.course_id == cid
    assert "Draft" in screen.state_label.text()
    screen.toggle_published() if False else None
    screen.add_module()
    screen.module_form.title.setText("Why fruit spoils")
    screen.module_form.save_button.click()
    screen.add_lesson()
    screen.lesson_editor.markdown.setPlainText("# Drying\n\nMangoes dry in **two days** in a solar dryer.")
    screen.lesson_editor.save_text.click()
    assert "saved" in screen.lesson_editor.error.text().lower()
    # A quiz that is not valid is refused with a message; a valid one is stored.
    screen.lesson_editor.quiz.set_doc({"questions": [{"type": "single_choice", "prompt": "", "choices": []}]})
    screen.lesson_editor.quiz.save_button.click()
    assert "question 1" in screen.lesson_editor.quiz.error.text()
    screen.lesson_editor.quiz.set_doc(
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
    screen.lesson_editor.quiz.save_button.click()
    screen.toggle_published()
    assert "Published" in screen.state_label.text()
    with instructor_ws.db.session() as s:
        from bootcamp_core.models import Course

        course = s.get(Course, cid)
        assert course.published and course.published_at is not None
        lesson = s.scalars(sa.select(Lesson).join(Module).where(Module.course_id == cid)).one()
        assert lesson.content_url.startswith("blob:sha256:") and lesson.interactive_elements["questions"][0][
            "correct"
        ] == ["a"]
    screen.toggle_published()
    assert "Draft" in screen.state_label.text()


# -- peer reviews -----------------------------------------------------------------------------------------
def test_assigning_and_moderating_peer_reviews(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "peer_review_admin")
    QAbstractItemModelTester(screen.model, FATAL)
    QAbstractItemModelTester(screen.review_model, FATAL)
    before = sum(len(r.reviews) for r in screen.model.rows)
    screen.per_submission.setValue(3)
    plan = screen.assign()
    assert plan is not None and plan.pairs
    assert sum(len(r.reviews) for r in screen.model.rows) == before + len(plan.pairs)
    for row in screen.model.rows:
        assert row.author_id not in [r.reviewer_id for r in row.reviews]
    # Moderate a done review: its text goes, its score stays; a reason is required.
    done = next(r for row in screen.model.rows for r in row.reviews if r.done)
    from bootcamp_desktop.services import peer_assignment

    assert screen.moderate(peer_assignment.redact_review, done.review_id, "  ") is False
    assert screen.moderate(peer_assignment.redact_review, done.review_id, "personal remarks")
    with instructor_ws.db.session() as s:
        review = s.get(PeerReview, done.review_id)
        assert review.detailed_feedback.startswith("[Removed by the course staff: personal remarks]")
        assert review.overall_score == pytest.approx(done.overall_score) if done.overall_score else True


# -- certificates -------------------------------------------------------------------------------------------
def test_issuing_and_revoking_a_certificate(qtbot, instructor_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "certificates_admin")
    QAbstractItemModelTester(screen.model, FATAL)
    # find a course with an eligible learner (the demo's revoked capstone certificate may be replaced)
    for i in range(screen.course_combo.count()):
        screen.course_combo.setCurrentIndex(i)
        row = next((n for n, r in enumerate(screen.model.rows) if r.eligible), None)
        if row is not None:
            break
    assert row is not None
    screen.table.selectRow(row)
    eligible = screen.selected()
    # Not eligible: refused with the reason, nothing written.
    not_yet = next(n for n, r in enumerate(screen.model.rows) if r.missing)
    screen.table.selectRow(not_yet)
    assert not screen.issue_button.isEnabled()
    assert screen.issue_selected() is None
    screen.table.selectRow(row)
    with qtbot.waitSignal(screen.sig_certificates_changed):
        cid = screen.issue_selected()
    with instructor_ws.db.session() as s:
        cert = s.get(Certificate, cid)
        assert re.fullmatch(r"FPB-\d{4}-[A-Z0-9]{3}-[A-Z2-7]{6}", cert.certificate_number)
        assert cert.verification_url.endswith("/verify/" + cert.certificate_number)
        assert (
            cert.blockchain_hash.startswith("sha256:")
            and cert.metadata_["learner_name"] == eligible.learner_name
        )
        assert s.get(Enrollment, eligible.enrollment_id).certificate_issued
    assert screen.selected().certificate.state == "valid"
    with qtbot.waitSignal(screen.sig_preview_ready, timeout=10000):
        screen.show_preview(cid, cert.certificate_number)
    assert not screen.revoke_selected("   ")
    with instructor_ws.db.session() as s:
        assert not s.get(Certificate, cid).is_revoked
    assert screen.revoke_selected("Issued to the wrong cohort")
    with instructor_ws.db.session() as s:
        cert = s.get(Certificate, cid)
        assert cert.is_revoked and cert.revoked_reason == "Issued to the wrong cohort" and cert.revoked_at
    assert {e.op for e in _outbox(instructor_ws, "certificates")} == {
        "insert"
    }  # coalesced: one pending insert


# -- analytics ----------------------------------------------------------------------------------------------
def test_analytics_reports_draw_and_export_csv(qtbot, instructor_ws, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, instructor_ws, "analytics")
    QAbstractItemModelTester(screen.table_model, FATAL)
    for key in screen.keys:
        screen.show_report(key)
        assert screen.report.key == key and screen.chart.chart() is not None
        assert screen.chart.chart().series()
    screen.show_report("enrolments_by_status")
    screen.course_combo.setCurrentIndex(1)
    course_id = uuid.UUID(screen.course_combo.currentData())
    path = screen.export_csv(tmp_path / "enrolments.csv")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Status", "Enrolments"]
    with instructor_ws.db.session() as s:
        counts = dict(
            s.execute(
                sa.select(Enrollment.enrollment_status, sa.func.count())
                .where(Enrollment.course_id == course_id)
                .group_by(Enrollment.enrollment_status)
            ).all()
        )
    assert {r[0]: int(r[1]) for r in rows[1:] if int(r[1])} == {
        k.replace("_", " "): v for k, v in counts.items()
    }
    screen.show_report("platform_metric")
    path = screen.export_csv(tmp_path / "metric.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Date,Daily active users" and re.match(r"\d{4}-\d{2}-\d{2},", lines[1])


# -- facilitator --------------------------------------------------------------------------------------------
def test_cohort_lists_the_learners_with_last_seen(qtbot, facilitator_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, facilitator_ws, "cohort")
    QAbstractItemModelTester(screen.model, FATAL)
    course_id = uuid.UUID(screen.course_combo.currentData())
    with facilitator_ws.db.session() as s:
        from bootcamp_core.models import CourseStaff

        staff = sa.select(CourseStaff.user_id).where(CourseStaff.course_id == course_id)
        enrolled = s.scalar(
            sa.select(sa.func.count())
            .select_from(Enrollment)
            .where(Enrollment.course_id == course_id, Enrollment.user_id.not_in(staff))
        )
    assert (
        screen.model.rowCount() == enrolled
    )  # learners only: staff enrolled in their own course are left out
    assert any(r.last_seen is not None for r in screen.model.rows)
    assert (
        "last" in screen.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).lower()
    )


def test_presenter_view_is_driven_by_the_keyboard(qtbot, facilitator_ws) -> None:  # type: ignore[no-untyped-def]
    _window, screen = open_window(qtbot, facilitator_ws, "presenter")
    screen.lesson_combo.setCurrentIndex(0)
    with qtbot.waitSignal(screen.sig_presenting_changed):
        presenter = screen.start()
    qtbot.waitUntil(lambda: presenter.isVisible() and presenter.isFullScreen())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter)
    first = presenter.lesson_id
    with qtbot.waitSignal(presenter.sig_lesson_changed):
        press(Qt.Key.Key_Right)
    assert presenter.index == 1 and screen.lesson_combo.currentIndex() == 1
    press(Qt.Key.Key_Left)
    assert presenter.lesson_id == first
    press(Qt.Key.Key_End)
    assert presenter.index == len(presenter.lessons) - 1
    press(Qt.Key.Key_Right)  # stays on the last
    assert presenter.index == len(presenter.lessons) - 1
    quiz = next(i for i, (_l, _t, kind) in enumerate(presenter.lessons) if kind == "quiz")
    presenter.go(quiz)
    hidden = presenter.view.body.toPlainText()
    press(Qt.Key.Key_A)
    assert "✓" in presenter.view.body.toPlainText() and "✓" not in hidden
    size = presenter.view.point_size
    press(Qt.Key.Key_Plus)
    assert presenter.view.point_size > size
    with qtbot.waitSignal(screen.sig_presenting_changed):
        press(Qt.Key.Key_Escape)
    assert screen.window_ is None
