"""The lesson editor: details, the Markdown text with a live preview, media and downloads, quiz questions.

Signals carry what to save; the authoring screen writes it through ``services.authoring`` /
``services.authoring_content`` and shows errors with ``show_error``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.enums import CONTENT_TYPE
from bootcamp_desktop.services.authoring_content import LessonContent

from ...labels import label_of
from ...models.outline_model import CONTENT_LABELS
from ...style import set_tone
from .markdown_preview import MarkdownPreview
from .quiz_editor import QuizEditor


class LessonEditor(QWidget):
    sig_details_save_requested = Signal(dict)
    sig_markdown_save_requested = Signal(str)
    sig_quiz_save_requested = Signal(dict)
    sig_attach_requested = Signal(str, str)  # kind (image, video, download), file path

    def __init__(self, blobs_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonEditor")
        self.heading = QLabel()
        self.title = QLineEdit()
        self.title.setObjectName("lessonTitleEdit")
        self.description = QLineEdit()
        self.content_type = QComboBox()
        self.content_type.setObjectName("contentType")
        for v in CONTENT_TYPE:
            self.content_type.addItem(label_of(CONTENT_LABELS, v), v)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes to study the lesson"))
        self.preview_flag = QCheckBox(self.tr("Free preview"))
        save_details = QPushButton(self.tr("Save details"))
        save_details.setObjectName("saveLessonDetails")
        save_details.clicked.connect(lambda: self.sig_details_save_requested.emit(self.details()))
        details = QFormLayout()
        details.addRow(self.tr("Title"), self.title)
        details.addRow(self.tr("Description"), self.description)
        row = QHBoxLayout()
        row.addWidget(self.content_type)
        row.addWidget(self.minutes)
        row.addWidget(self.preview_flag)
        row.addStretch(1)
        row.addWidget(save_details)
        details.addRow(self.tr("Kind"), row)

        # Markdown
        self.markdown = QPlainTextEdit()
        self.markdown.setObjectName("markdownEdit")
        self.markdown.setAccessibleName(self.tr("Lesson text (Markdown)"))
        self.markdown.setPlaceholderText(
            self.tr("Write the lesson in Markdown: # headings, **bold**, lists, tables…")
        )
        self.preview = MarkdownPreview(blobs_root)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.update_preview)
        self.markdown.textChanged.connect(self._preview_timer.start)
        attach_image = QPushButton(self.tr("Insert image…"))
        attach_image.clicked.connect(
            lambda: self._choose("image", self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)"))
        )
        self.save_text = QPushButton(self.tr("Save text"))
        self.save_text.setObjectName("saveMarkdownButton")
        self.save_text.clicked.connect(
            lambda: self.sig_markdown_save_requested.emit(self.markdown.toPlainText())
        )
        split = QSplitter()
        split.addWidget(self.markdown)
        split.addWidget(self.preview)
        text_page = QWidget()
        tl = QVBoxLayout(text_page)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(split, 1)
        trow = QHBoxLayout()
        trow.addWidget(attach_image)
        trow.addStretch(1)
        trow.addWidget(self.save_text)
        tl.addLayout(trow)

        # Media and downloads
        self.media_label = QLabel()
        self.media_label.setWordWrap(True)
        video = QPushButton(self.tr("Attach video…"))
        video.clicked.connect(lambda: self._choose("video", self.tr("Video (*.mp4 *.webm)")))
        download = QPushButton(self.tr("Attach a download…"))
        download.clicked.connect(
            lambda: self._choose("download", self.tr("Files (*.pdf *.png *.jpg *.mp3 *.ogg)"))
        )
        media_page = QWidget()
        ml = QVBoxLayout(media_page)
        ml.addWidget(self.media_label)
        mrow = QHBoxLayout()
        mrow.addWidget(video)
        mrow.addWidget(download)
        mrow.addStretch(1)
        ml.addLayout(mrow)
        ml.addStretch(1)

        self.quiz = QuizEditor()
        self.quiz.sig_save_requested.connect(self.sig_quiz_save_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(text_page, self.tr("Text"))
        self.tabs.addTab(self.quiz, self.tr("Quiz"))
        self.tabs.addTab(media_page, self.tr("Media"))
        self.error = QLabel()
        self.error.setObjectName("lessonError")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)

    def set_content(self, content: LessonContent) -> None:
        self.heading.setText(f"<h3 style='margin:0'>{self.tr('Lesson')}</h3>")
        self.title.setText(content.title)
        self.description.setText(content.description or "")
        self.content_type.setCurrentIndex(max(0, self.content_type.findData(content.content_type)))
        self.minutes.setValue(content.minutes or 0)
        self.preview_flag.setChecked(content.is_preview)
        if content.missing_blob:
            self.markdown.setPlainText("")
            self.markdown.setPlaceholderText(self.tr("The text of this lesson is not downloaded yet."))
        else:
            self.markdown.setPlainText(content.markdown or "")
        self.update_preview()
        self.quiz.set_doc(content.interactive_elements)
        items = (content.resources or {}).get("items") or []
        lines = [self.tr("Main media: {0}").format(content.content_url or self.tr("none"))]
        lines += [f"• {i.get('title')} ({i.get('kind')})" for i in items]
        self.media_label.setText("\n".join(lines))
        self.tabs.setCurrentIndex(
            1
            if content.content_type in ("quiz", "interactive") and not content.markdown
            else 2
            if content.content_type == "video"
            else 0
        )
        self.show_error("")

    def details(self) -> dict[str, Any]:
        minutes = self.minutes.value() or None
        kind = self.content_type.currentData()
        return {
            "title": self.title.text(),
            "description": self.description.text(),
            "content_type": kind,
            "is_preview": self.preview_flag.isChecked(),
            "content_duration_minutes" if kind == "video" else "reading_time_minutes": minutes,
        }

    def update_preview(self) -> None:
        self.preview.show_markdown(self.markdown.toPlainText())

    def insert_markdown(self, text: str) -> None:
        self.markdown.textCursor().insertText(text)

    def show_error(self, text: str, ok: bool = False) -> None:
        set_tone(self.error, "success" if ok else "danger")
        self.error.setText(text)
        self.quiz.error.setText("" if ok else self.quiz.error.text())

    def _choose(self, kind: str, filters: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "", filters)
        if path:
            self.sig_attach_requested.emit(kind, path)


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("LessonEditor", "Lesson"),)
