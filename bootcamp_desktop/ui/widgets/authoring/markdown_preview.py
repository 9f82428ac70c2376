"""Markdown rendered as the learner will see it, with ``blob:sha256:`` images read from the blob store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from bootcamp_core.models.blobstore import blob_path, parse_blob_url


class MarkdownPreview(QTextBrowser):
    def __init__(self, blobs_root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownPreview")
        self.setAccessibleName(self.tr("Preview"))
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)
        self._root = blobs_root
        self._text = ""
        self._width = 0

    def show_markdown(self, text: str) -> None:
        self._text = text
        self._width = self.viewport().width()
        self.document().clear()  # drops cached images, so they are fitted to the current width again
        self.setMarkdown(text)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self._text and abs(self.viewport().width() - self._width) > 40:
            self.show_markdown(self._text)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        text = url.toString() if isinstance(url, QUrl) else str(url)
        sha = parse_blob_url(text)
        if sha and kind == QTextDocument.ResourceType.ImageResource.value:
            path = blob_path(self._root, sha)
            if not path.is_file():
                return None
            image = QImage()
            if not image.loadFromData(QByteArray(path.read_bytes())):
                return None
            width = max(120, self.viewport().width() - 24)
            if image.width() > width:  # images fit the preview's width, as on a phone
                image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            return image
        return super().loadResource(kind, url)
