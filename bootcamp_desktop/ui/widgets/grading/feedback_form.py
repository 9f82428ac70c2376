"""Below the rubric: the score and A-F grade, the grade override with its reason, overall feedback,
improvement suggestions, next steps, and the two ways to finish (submit the grade, request a revision).

Mnemonics: Alt+G grade, Alt+E override reason, Alt+O overall feedback, Alt+I improvements,
Alt+X next steps. Text boxes move focus on Tab (they never swallow it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.enums import OVERALL_GRADE
from bootcamp_desktop.services.grade_scale import describe

from ...style import colour, icon, set_tone
from ...style.theme import pt
from ..wrap_row import WrapRow


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class FeedbackForm(QWidget):
    sig_changed = Signal()
    sig_submit_requested = Signal()
    sig_revision_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackForm")
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreLabel")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        self.scale_label = QLabel()
        self.scale_label.setObjectName("scaleLabel")
        set_tone(self.scale_label, "muted")
        self.scale_label.setWordWrap(True)

        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeOverride")
        self.grade_combo.addItem(self.tr("Automatic"), None)
        for g in OVERALL_GRADE:
            self.grade_combo.addItem(self.tr("Override: {0}").format(g), g)
        self.grade_combo.currentIndexChanged.connect(self.on_grade_combo_current_index_changed)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(self.tr("Why the grade differs from the rubric (required)"))
        self.reason_edit.setEnabled(False)
        self.reason_edit.textEdited.connect(lambda _t: self.sig_changed.emit())

        self.overall_edit = self._text_edit(
            "overallFeedback", self.tr("What the learner did well and what matters most")
        )
        self.improvements_edit = self._text_edit("improvements", self.tr("One suggestion per line"))
        self.next_steps_edit = self._text_edit("nextSteps", self.tr("One step per line"))
        self.overall_edit.setMinimumHeight(50)
        self.overall_edit.setMaximumHeight(72)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.addRow(self._label(self.tr("&Grade"), self.grade_combo), self.grade_combo)
        form.addRow(self._label(self.tr("R&eason"), self.reason_edit), self.reason_edit)
        form.addRow(self._label(self.tr("&Overall"), self.overall_edit), self.overall_edit)
        pair = QHBoxLayout()  # improvements and next steps side by side: the rubric keeps the height
        for text, edit in (
            (self.tr("&Improvements"), self.improvements_edit),
            (self.tr("Ne&xt steps"), self.next_steps_edit),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(self._label(text, edit))
            column.addWidget(edit)
            pair.addLayout(column)
        form.addRow(pair)

        self.submit_button = QPushButton(self.tr("Submit grade  (Ctrl+Enter)"))
        self.submit_button.setObjectName("submitGradeButton")
        self.submit_button.setProperty("primary", True)  # the accent colour: ui/style
        self.submit_button.setIcon(icon("submit", "on_accent"))
        self.revision_button = QPushButton(self.tr("Request revision  (Ctrl+Shift+Enter)"))
        self.revision_button.setObjectName("requestRevisionButton")
        self.submit_button.clicked.connect(self.sig_submit_requested)
        self.revision_button.clicked.connect(self.sig_revision_requested)
        buttons = WrapRow(
            [self.revision_button, None, self.submit_button]
        )  # a column when the form is narrow
        self.status_label = QLabel()
        self.status_label.setObjectName("draftStatus")
        set_tone(self.status_label, "muted")
        self.status_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.score_label)
        head.addStretch(1)
        layout.addLayout(head)
        layout.addWidget(self.scale_label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.addWidget(self.status_label)
        QWidget.setTabOrder(self.grade_combo, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.overall_edit)
        QWidget.setTabOrder(self.overall_edit, self.improvements_edit)
        QWidget.setTabOrder(self.improvements_edit, self.next_steps_edit)
        QWidget.setTabOrder(self.next_steps_edit, self.submit_button)
        QWidget.setTabOrder(self.submit_button, self.revision_button)

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setMaximumHeight(58)
        edit.setMinimumHeight(40)
        edit.textChanged.connect(self.sig_changed)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- state ---------------------------------------------------------------------------------------------
    def set_values(
        self,
        *,
        overall: str,
        improvements: list[str],
        next_steps: list[str],
        override_grade: str | None,
        override_reason: str,
    ) -> None:
        for w in (self.overall_edit, self.improvements_edit, self.next_steps_edit, self.grade_combo):
            w.blockSignals(True)
        try:
            self.overall_edit.setPlainText(overall)
            self.improvements_edit.setPlainText("\n".join(improvements))
            self.next_steps_edit.setPlainText("\n".join(next_steps))
            self.grade_combo.setCurrentIndex(max(0, self.grade_combo.findData(override_grade)))
            self.reason_edit.setText(override_reason)
            self.reason_edit.setEnabled(override_grade is not None)
        finally:
            for w in (self.overall_edit, self.improvements_edit, self.next_steps_edit, self.grade_combo):
                w.blockSignals(False)

    @property
    def overall(self) -> str:
        return self.overall_edit.toPlainText()

    @property
    def improvements(self) -> list[str]:
        return _lines(self.improvements_edit)

    @property
    def next_steps(self) -> list[str]:
        return _lines(self.next_steps_edit)

    @property
    def override_grade(self) -> str | None:
        return self.grade_combo.currentData()

    @property
    def override_reason(self) -> str:
        return self.reason_edit.text()

    def show_score(
        self, total: float, maximum: float, grade: str | None, scale: dict[str, float], source: str
    ) -> None:
        shown = self.override_grade or grade
        auto = self.tr("Automatic ({0})").format(grade or "–")
        self.grade_combo.setItemText(0, auto)
        tone = colour(
            {"A": "success", "B": "success", "C": "warning", "D": "caution", "F": "danger"}.get(
                shown or "", "ink"
            )
        )
        override = self.tr(" (overridden)") if self.override_grade else ""
        self.score_label.setText(
            f"<span style='font-size:{pt(1.2)}'><b>{total:g}</b> / {maximum:g}</span>"
            f" &nbsp; <span style='font-size:{pt(1.5)};color:{tone}'><b>{shown or '–'}</b></span>{override}"
        )
        where = {
            "rubric": self.tr("this rubric's scale"),
            "workspace": self.tr("your scale"),
            "default": self.tr("default scale"),
        }[source]
        self.scale_label.setText(f"{describe(scale)} ({where})")

    def on_grade_combo_current_index_changed(self, _index: int) -> None:
        overridden = self.override_grade is not None
        self.reason_edit.setEnabled(overridden)
        self.sig_changed.emit()
