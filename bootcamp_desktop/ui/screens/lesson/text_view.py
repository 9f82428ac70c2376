"""A text lesson: its Markdown rendered, with images read from the local blob store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from bootcamp_desktop.services.lessons import blob_file

from ...style import colour, qcolor

MAX_IMAGE_WIDTH = 720


class MarkdownView(QTextBrowser):
    """Renders CommonMark (with GFM tables); ``blob:sha256:`` images come from the blob store, and an
    image not downloaded yet shows as a labelled placeholder instead of breaking the page."""

    def __init__(self, blobs_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownView")
        self.setAccessibleName(self.tr("Lesson text"))
        self.setOpenExternalLinks(True)
        self._root = blobs_root
        self.missing_images: list[str] = []
        self.loaded_images: list[str] = []
        self.document().setDefaultStyleSheet(
            f"h1 {{ color:{colour('heading')}; }} h2 {{ color:{colour('link')}; }} "
            "table { border-collapse:collapse; } td, th { padding:4px; }"
        )
        self.document().setDocumentMargin(16)

    def show_markdown(self, text: str) -> None:
        self.missing_images.clear()
        self.loaded_images.clear()
        self.setMarkdown(text)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        name = url.toString() if isinstance(url, QUrl) else str(url)
        if kind == QTextDocument.ResourceType.ImageResource.value and name.startswith("blob:"):
            path = blob_file(self._root, name)
            if path is not None:
                image = QImage(str(path))
                if not image.isNull():
                    self.loaded_images.append(name)
                    if image.width() > MAX_IMAGE_WIDTH:
                        image = image.scaledToWidth(
                            MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                        )
                    return image
            self.missing_images.append(name)
            return self._placeholder()
        return super().loadResource(kind, url)

    def _placeholder(self) -> QImage:
        image = QImage(420, 90, QImage.Format.Format_RGB32)
        image.fill(qcolor("placeholder_bg"))
        painter = QPainter(image)
        painter.setPen(qcolor("muted"))
        painter.drawRect(0, 0, 419, 89)
        painter.drawText(
            image.rect(),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Picture not downloaded yet.\nIt arrives when you download this course."),
        )
        painter.end()
        return image
