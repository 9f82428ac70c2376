"""Course and module forms of the authoring screen. Each emits ``sig_save_requested(dict)`` with the
fields as the ``services.authoring`` functions take them; the screen writes them and shows any error."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.enums import COURSE_TYPE, DIFFICULTY_LEVEL, MODULE_TYPE

from ...style import set_tone


def _combo(values: tuple[str, ...], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem("", None)
    for v in values:
        combo.addItem(v.replace("_", " ").capitalize(), v)
    return combo


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class _Form(QWidget):
    sig_save_requested = Signal(dict)

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(f"<h3 style='margin:0'>{heading}</h3>")
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        set_tone(self.error, "danger")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(lambda: self.sig_save_requested.emit(self.values()))
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addLayout(row)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError


class CourseForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Course"), parent)
        self.setObjectName("courseForm")
        self.title = QLineEdit()
        self.title.setObjectName("courseTitleEdit")
        self.slug = QLineEdit()
        self.short = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setObjectName("courseDescriptionEdit")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(120)
        self.difficulty = _combo(DIFFICULTY_LEVEL, "difficulty")
        self.course_type = _combo(COURSE_TYPE, "courseType")
        self.hours = QSpinBox()
        self.hours.setRange(1, 2000)
        self.hours.setSuffix(self.tr(" h"))
        self.category = QLineEdit()
        self.outcomes = QPlainTextEdit()
        self.outcomes.setTabChangesFocus(True)
        self.outcomes.setMaximumHeight(90)
        self.outcomes.setPlaceholderText(self.tr("One outcome per line"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma, separated"))
        self.featured = QCheckBox(self.tr("Featured in the catalogue"))
        for label, w in (
            (self.tr("Title"), self.title),
            (self.tr("Address (slug)"), self.slug),
            (self.tr("Short description"), self.short),
            (self.tr("Description"), self.description),
            (self.tr("Difficulty"), self.difficulty),
            (self.tr("Type"), self.course_type),
            (self.tr("Duration"), self.hours),
            (self.tr("Category"), self.category),
            (self.tr("Learning outcomes"), self.outcomes),
            (self.tr("Tags"), self.tags),
            ("", self.featured),
        ):
            self.form.addRow(label, w)

    def set_course(self, c: dict[str, Any]) -> None:
        self.title.setText(c["title"])
        self.slug.setText(c["slug"])
        self.short.setText(c["short_description"] or "")
        self.description.setPlainText(c["description"] or "")
        self.difficulty.setCurrentIndex(max(0, self.difficulty.findData(c["difficulty_level"])))
        self.course_type.setCurrentIndex(max(0, self.course_type.findData(c["course_type"])))
        self.hours.setValue(c["estimated_duration_hours"] or 1)
        self.category.setText(c["category"] or "")
        self.outcomes.setPlainText("\n".join(c["learning_outcomes"] or []))
        self.tags.setText(", ".join(c["tags"] or []))
        self.featured.setChecked(bool(c["featured"]))
        self.error.clear()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "slug": self.slug.text(),
            "short_description": self.short.text(),
            "description": self.description.toPlainText(),
            "difficulty_level": self.difficulty.currentData(),
            "course_type": self.course_type.currentData(),
            "estimated_duration_hours": self.hours.value(),
            "category": self.category.text(),
            "learning_outcomes": _lines(self.outcomes.toPlainText()),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "featured": self.featured.isChecked(),
        }


class ModuleForm(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Module"), parent)
        self.setObjectName("moduleForm")
        self.title = QLineEdit()
        self.title.setObjectName("moduleTitleEdit")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(120)
        self.module_type = _combo(MODULE_TYPE, "moduleType")
        self.hours = QSpinBox()
        self.hours.setRange(0, 500)
        self.hours.setSuffix(self.tr(" h"))
        self.objectives = QPlainTextEdit()
        self.objectives.setTabChangesFocus(True)
        self.objectives.setMaximumHeight(100)
        self.objectives.setPlaceholderText(self.tr("One objective per line"))
        self.required = QCheckBox(self.tr("Required to complete the course"))
        for label, w in (
            (self.tr("Title"), self.title),
            (self.tr("Description"), self.description),
            (self.tr("Type"), self.module_type),
            (self.tr("Duration"), self.hours),
            (self.tr("Objectives"), self.objectives),
            ("", self.required),
        ):
            self.form.addRow(label, w)

    def set_module(self, m: dict[str, Any]) -> None:
        self.title.setText(m["title"])
        self.description.setPlainText(m["description"] or "")
        self.module_type.setCurrentIndex(max(0, self.module_type.findData(m["module_type"])))
        self.hours.setValue(m["estimated_duration_hours"] or 0)
        self.objectives.setPlainText("\n".join(m["learning_objectives"] or []))
        self.required.setChecked(m["is_required"] is not False)
        self.error.clear()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "module_type": self.module_type.currentData(),
            "estimated_duration_hours": self.hours.value() or None,
            "learning_objectives": _lines(self.objectives.toPlainText()),
            "is_required": self.required.isChecked(),
        }
