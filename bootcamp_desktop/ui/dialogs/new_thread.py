"""Start a discussion thread: a title, the message, and its kind (question, feedback, ...)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..labels import label
from ..style import set_tone

KINDS = (
    ("question", QT_TRANSLATE_NOOP("Labels", "Question")),
    ("clarification", QT_TRANSLATE_NOOP("Labels", "Clarification")),
    ("feedback", QT_TRANSLATE_NOOP("Labels", "Feedback")),
    ("showcase", QT_TRANSLATE_NOOP("Labels", "Showcase")),
    ("general", QT_TRANSLATE_NOOP("Labels", "General")),
)


class NewThreadDialog(QDialog):
    def __init__(self, place: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewThreadDialog")
        self.setWindowTitle(self.tr("New thread"))
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("threadTitle")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(255)
        self.kind = QComboBox()
        self.kind.setObjectName("threadKind")
        self.kind.setAccessibleName(self.tr("Kind of thread"))
        for value, words in KINDS:
            self.kind.addItem(label(words), value)
        self.body = QPlainTextEdit()
        self.body.setObjectName("threadBody")
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("threadError")
        set_tone(self.error, "danger")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Post"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("In"), QLabel(place))
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Message"), self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def values(self) -> tuple[str, str, str]:
        return self.title_edit.text(), self.body.toPlainText(), str(self.kind.currentData())

    def on_buttons_accepted(self) -> None:
        title, body, _kind = self.values()
        if not title.strip() or not body.strip():
            self.error.setText(self.tr("Give the thread a title and a message."))
            return
        self.accept()
