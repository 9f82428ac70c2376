"""This replica's default A-F scale (used when an assignment's rubric has none)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.rubric import DEFAULT_GRADE_SCALE
from bootcamp_desktop.services.grade_scale import GRADES, GradeScaleError, validate_scale

from ..style import set_tone


class GradeScaleDialog(QDialog):
    def __init__(self, current: dict[str, float] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradeScaleDialog")
        self.setWindowTitle(self.tr("Grade scale"))
        self.use_default = QCheckBox(self.tr("Use the default scale (90 / 80 / 70 / 60)"))
        self.use_default.setChecked(current is None)
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        values = current or DEFAULT_GRADE_SCALE
        for g in GRADES:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.setSuffix(" %")
            spin.setValue(values[g])
            spin.setObjectName(f"scale{g}")
            self.spins[g] = spin
            form.addRow(self.tr("{0} from").format(g), spin)
        self.use_default.toggled.connect(lambda on: [s.setDisabled(on) for s in self.spins.values()])
        for s in self.spins.values():
            s.setDisabled(current is None)
        self.error = QLabel()
        set_tone(self.error, "danger")
        self.error.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Minimum percentage of the rubric's maximum for each grade; below D is F. "
                "A rubric's own scale, set in the rubric editor, comes first."
            )
        )
        note.setWordWrap(True)
        set_tone(note, "muted")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.use_default)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def scale(self) -> dict[str, float] | None:
        if self.use_default.isChecked():
            return None
        return validate_scale({g: s.value() for g, s in self.spins.items()})

    def accept(self) -> None:
        try:
            self.scale()
        except GradeScaleError as exc:
            self.error.setText(str(exc))
            return
        super().accept()
