"""The right side of the grading workspace: conflict banner, rubric panel and feedback form, for one
submission at a time. It knows nothing of the database: the screen gives it a ``SubmissionDetail``
(and the saved draft, if any) and reads back a ``GradeDraft`` / ``GradeInput``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from bootcamp_core.models.rubric import RubricError
from bootcamp_desktop.services.grading_detail import FeedbackEntry, SubmissionDetail
from bootcamp_desktop.services.grading_drafts import GradeDraft
from bootcamp_desktop.services.grading_write import Computed, GradeInput, compute

from ...labels import label
from ...style import set_tone
from ..local_time import format_day
from .conflict_banner import ConflictBanner
from .feedback_form import FeedbackForm
from .rubric_panel import RubricPanel

FEEDBACK_TYPES = {
    "initial_review": QT_TRANSLATE_NOOP("Labels", "Initial review"),
    "revision_feedback": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "final_assessment": QT_TRANSLATE_NOOP("Labels", "Final assessment"),
}


class GradeEditor(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradeEditor")
        self.conflict_banner = ConflictBanner()
        self.history_label = QLabel()
        self.history_label.setObjectName("feedbackHistory")
        set_tone(self.history_label, "muted")
        self.history_label.setFixedHeight(
            self.history_label.fontMetrics().height() + 4
        )  # one line: no relayout
        self.rubric_panel = RubricPanel()
        self.form = FeedbackForm()
        self.rubric_panel.sig_scores_changed.connect(self._on_edited)
        self.rubric_panel.sig_leave_requested.connect(self.on_rubric_panel_leave_requested)
        self.form.sig_changed.connect(self._on_edited)

        lower = QFrame()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.form)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.rubric_panel)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        self.rubric_panel.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.history_label)
        layout.addWidget(split, 1)

        self.detail: SubmissionDetail | None = None
        self.scale: dict[str, float] = {}
        self.scale_source = "default"
        self.computed: Computed | None = None
        self._loading = False
        self.setEnabled(False)

    # -- loading -------------------------------------------------------------------------------------------
    def set_detail(
        self,
        detail: SubmissionDetail,
        draft: GradeDraft | None,
        scale: dict[str, float],
        scale_source: str,
        tz_name: str,
    ) -> None:
        self._loading = True
        try:
            self.detail = detail
            self.scale, self.scale_source = scale, scale_source
            self.conflict_banner.set_conflicts(detail.conflicts, tz_name)
            self._show_history(detail, tz_name)
            self.rubric_panel.set_rubric(detail.rubric)
            if draft is not None:
                levels, comments = draft.levels, draft.comments
                values = {
                    "overall": draft.overall,
                    "improvements": draft.improvements,
                    "next_steps": draft.next_steps,
                    "override_grade": draft.override_grade,
                    "override_reason": draft.override_reason,
                }
            else:
                levels, comments, values = self._from_feedback(detail.round_feedback)
            self.rubric_panel.set_state(levels, comments)
            self.form.set_values(**values)
            self.setEnabled(True)
        finally:
            self._loading = False
        self.update_score()

    def clear(self) -> None:
        self.detail = None
        self.rubric_panel.set_rubric(None)
        self.conflict_banner.set_conflicts((), "UTC")
        self.history_label.clear()
        self.form.set_values(**self.EMPTY)
        self.setEnabled(False)

    EMPTY: ClassVar[dict[str, Any]] = {
        "overall": "",
        "improvements": [],
        "next_steps": [],
        "override_grade": None,
        "override_reason": "",
    }

    @staticmethod
    def _from_feedback(fb: FeedbackEntry | None) -> tuple[dict[str, str], dict[str, str], dict]:
        if fb is None:
            return {}, {}, dict(GradeEditor.EMPTY)
        criteria = fb.rubric_scores.get("criteria") or {}
        levels = {
            cid: v.get("level") for cid, v in criteria.items() if isinstance(v, dict) and v.get("level")
        }
        comments = {cid: v.get("comment") or "" for cid, v in criteria.items() if isinstance(v, dict)}
        override = fb.rubric_scores.get("override") or {}
        if fb.feedback_type == "initial_review":  # a first look: keep its levels and comments, not its text
            return levels, comments, dict(GradeEditor.EMPTY)
        return (
            levels,
            comments,
            {
                "overall": fb.detailed_feedback or "",
                "improvements": fb.improvement_suggestions,
                "next_steps": fb.next_steps,
                "override_grade": override.get("grade"),
                "override_reason": override.get("reason") or "",
            },
        )

    def _show_history(self, detail: SubmissionDetail, tz_name: str) -> None:
        if not detail.history:
            self.history_label.setText("")
            self.history_label.setToolTip("")
            return
        parts = []
        for fb in detail.history[-3:]:
            kind = label(FEEDBACK_TYPES.get(fb.feedback_type or "", fb.feedback_type or ""))
            parts.append(
                f"{kind} {fb.overall_grade or ''} · {fb.instructor_name} · {format_day(fb.created_at, tz_name)}"
            )
        text = self.tr("Earlier feedback: ") + "; ".join(parts)
        self.history_label.setToolTip(text)
        self.history_label.setText(
            self.history_label.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, max(200, self.width() - 8)
            )
        )
        self.history_label.show()

    # -- reading back ------------------------------------------------------------------------------------------
    def draft(self) -> GradeDraft:
        assert self.detail is not None
        return GradeDraft(
            submission_id=str(self.detail.submission_id),
            levels=self.rubric_panel.levels(),
            comments=self.rubric_panel.comments(),
            overall=self.form.overall,
            improvements=self.form.improvements,
            next_steps=self.form.next_steps,
            override_grade=self.form.override_grade,
            override_reason=self.form.override_reason,
        )

    def grade_input(self) -> GradeInput:
        d = self.draft()
        return GradeInput(
            levels=d.levels,
            comments=d.comments,
            overall=d.overall,
            improvements=d.improvements,
            next_steps=d.next_steps,
            override_grade=d.override_grade,
            override_reason=d.override_reason,
            scale=dict(self.scale),
        )

    def update_score(self) -> None:
        if self.detail is None:
            return
        try:
            self.computed = compute(
                self.detail.rubric, self.rubric_panel.levels(), self.scale, max_score=self.detail.max_score
            )
        except RubricError:
            self.computed = None
            return
        c = self.computed
        self.form.show_score(float(c.total), float(c.maximum), c.grade, self.scale, self.scale_source)

    def _on_edited(self) -> None:
        if self._loading:
            return
        self.update_score()
        self.sig_changed.emit()

    def on_rubric_panel_leave_requested(self, step: int) -> None:
        if step > 0:
            self.form.overall_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_rubric(self) -> None:
        if self.rubric_panel.cards:
            current = next((i for i, c in enumerate(self.rubric_panel.cards) if c.current), 0)
            self.rubric_panel.focus_criterion(current)
        else:
            self.form.overall_edit.setFocus()

    def first_missing_criterion(self) -> int | None:
        for i, card in enumerate(self.rubric_panel.cards):
            if card.chosen_level is None:
                return i
        return None
