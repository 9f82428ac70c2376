"""Assignments (draft autosave, file checks, handing in, graded read-only) and peer review."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa
from PIL import Image
from PySide6.QtCore import Qt

from bootcamp_core.models import Assignment, PeerReview, Submission
from bootcamp_desktop.services import local_state

from .conftest import go, model_tester, outbox, rows


def submission(ws, learner, aid):  # type: ignore[no-untyped-def]
    return rows(
        ws,
        lambda s: s.scalar(
            sa.select(Submission).where(Submission.user_id == learner, Submission.assignment_id == aid)
        ),
    )


def assignment_with(ws, learner, status):  # type: ignore[no-untyped-def]
    return rows(
        ws,
        lambda s: s.scalar(
            sa.select(Assignment.id)
            .join(Submission)
            .where(Submission.user_id == learner, Submission.status == status)
            .limit(1)
        ),
    )


def test_graded_assignment_shows_feedback_and_is_read_only(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    screen = go(window, "assignments")
    model_tester(screen.model)
    model_tester(screen.rubric_model)
    assert screen.detail.status == "graded"
    assert screen.tabs.currentIndex() == 2
    text = screen.feedback_view.toPlainText()
    assert "Grade" in text and "Criterion" in text
    assert screen.text_edit.isReadOnly() and not screen.submit_button.isEnabled()
    assert screen.rubric_model.rowCount() >= 2


def test_draft_is_saved_as_the_learner_types_then_handed_in(
    qtbot, window, demo_workspace, learner, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    aid = assignment_with(demo_workspace, learner, "draft")
    window.open_assignment(str(aid))
    screen = window.screens["assignments"]
    assert screen.tabs.currentIndex() == 1 and screen.detail.editable
    screen.autosave.setInterval(30)
    screen.text_edit.setFocus()
    qtbot.keyClick(screen.text_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.text_edit, " Tested at Ambatondrazaka market.")
    qtbot.waitUntil(lambda: "Draft saved" in screen.saved_label.text(), timeout=3000)
    assert (
        submission(demo_workspace, learner, aid).submission_content["text"].endswith("Ambatondrazaka market.")
    )
    files_before = len(submission(demo_workspace, learner, aid).submission_content["files"])

    fake = tmp_path / "board.pdf"
    fake.write_text("just words, not a PDF")
    screen.choose_file = lambda: fake  # type: ignore[method-assign]
    qtbot.mouseClick(screen.add_file_button, Qt.MouseButton.LeftButton)
    assert "Not attached" in screen.notice.text() and screen.notice.kind == "error"
    assert len(submission(demo_workspace, learner, aid).submission_content["files"]) == files_before

    board = tmp_path / "price-board.png"
    Image.new("RGB", (120, 80), (16, 185, 129)).save(board)
    screen.choose_file = lambda: board  # type: ignore[method-assign]
    qtbot.mouseClick(screen.add_file_button, Qt.MouseButton.LeftButton)
    assert "Attached price-board.png" in screen.notice.text()
    assert screen.file_model.rowCount() == files_before + 1
    model_tester(screen.file_model)

    qtbot.mouseClick(screen.submit_button, Qt.MouseButton.LeftButton)
    sub = submission(demo_workspace, learner, aid)
    assert sub.status == "submitted"
    assert sub.submission_content["files"][-1]["name"] == "price-board.png"
    assert screen.text_edit.isReadOnly() and "Handed in" in screen.notice.text()
    assert any(e.row_id == sub.id for e in outbox(demo_workspace, "submissions"))


def test_closing_the_window_writes_a_pending_draft(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    aid = assignment_with(demo_workspace, learner, "revision_requested")
    window.open_assignment(str(aid))
    screen = window.screens["assignments"]
    screen.text_edit.setFocus()
    qtbot.keyClicks(screen.text_edit, "Revised: ")
    assert screen.autosave.isActive()
    window.close()
    assert "Revised: " in submission(demo_workspace, learner, aid).submission_content["text"]


def pending_review(ws, learner) -> uuid.UUID:  # type: ignore[no-untyped-def]
    def make(s):  # type: ignore[no-untyped-def]
        sub = s.scalar(
            sa.select(Submission)
            .where(
                Submission.user_id != learner,
                Submission.status == "graded",
                Submission.id.not_in(
                    sa.select(PeerReview.submission_id).where(PeerReview.reviewer_id == learner)
                ),
            )
            .limit(1)
        )
        review = PeerReview(id=uuid.uuid4(), submission_id=sub.id, reviewer_id=learner, is_anonymous=True)
        s.add(review)
        return review.id

    with ws.db.write() as s:  # as the staff side's services/peer_assignment.py assigns it
        return make(s)


def test_peer_review_against_the_rubric_anonymously(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    review_id = pending_review(demo_workspace, learner)
    screen = go(window, "peer_review")
    model_tester(screen.model)
    model_tester(screen.rating_model)
    assert screen.detail.review_id == review_id and not screen.detail.done
    assert "anonymous" in screen.header.text()
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert screen.notice.kind == "error" and "Rate" in screen.notice.text()
    model = screen.rating_model
    for row in range(model.rowCount()):
        assert model.setData(model.index(row, 1), 4)
    assert not model.setData(model.index(0, 1), 9)  # out of range: refused
    screen.autosave.setInterval(20)
    screen.strengths.setFocus()
    qtbot.keyClicks(screen.strengths, "Numbers first, as farmers asked")
    qtbot.waitUntil(
        lambda: local_state.load_draft(demo_workspace.directory, learner, f"peer_review:{review_id}") != {},
        timeout=3000,
    )
    screen.improvements.setFocus()
    qtbot.keyClicks(screen.improvements, "Test the SMS version")
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    row = rows(demo_workspace, lambda s: s.get(PeerReview, review_id))
    assert row.overall_score == 4 and row.strengths == ["Numbers first, as farmers asked"]
    assert row.improvements == ["Test the SMS version"]
    assert local_state.load_draft(demo_workspace.directory, learner, f"peer_review:{review_id}") == {}
    assert screen.strengths.isReadOnly()
    assert any(e.row_id == review_id for e in outbox(demo_workspace, "peer_reviews"))


def test_unsent_review_notes_survive_a_restart(qtbot, window, demo_workspace, learner) -> None:  # type: ignore[no-untyped-def]
    review_id = pending_review(demo_workspace, learner)
    screen = go(window, "peer_review")
    screen.strengths.setFocus()
    qtbot.keyClicks(screen.strengths, "Clear icons")
    window.close()  # flushes the notes
    from bootcamp_desktop.ui.screens.peer_review import PeerReviewScreen

    again = PeerReviewScreen(window.context)
    qtbot.addWidget(again)
    assert again.detail.review_id == review_id
    assert again.strengths.toPlainText() == "Clear icons" and "restored" in again.notice.text()
