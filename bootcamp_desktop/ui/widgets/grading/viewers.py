"""Inline viewers of a submission's files: images with zoom, PDFs page by page (QtPdf), text.

Each viewer shows one local file (a blob in the store) and works from the keyboard when focused:
``+``/``-`` zoom, ``0`` fits the width, ``PgUp``/``PgDown`` (and ``Left``/``Right`` in a PDF) turn pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QImageReader, QKeyEvent, QPixmap, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


class ImageViewer(QScrollArea):
    """An image in a scroll area: fits the width at first; ``+``/``-``/``0`` and Ctrl+wheel zoom."""

    sig_zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label = QLabel()
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.label.setScaledContents(True)
        self.setWidget(self.label)
        self.setWidgetResizable(False)
        self._pixmap = QPixmap()
        self._path: Path | None = None
        self.zoom = 1.0
        self.fit = True
        self.setAccessibleName(self.tr("Image preview"))

    def load(self, path: Path) -> bool:
        if path != self._path:
            reader = QImageReader(str(path))
            reader.setDecideFormatFromContent(True)
            reader.setAutoTransform(True)
            image = reader.read()
            if image.isNull():
                self._path = None
                return False
            self._pixmap = QPixmap.fromImage(image)
            self._path = path
        self.fit = True
        self._apply()
        return True

    @property
    def image_size(self) -> tuple[int, int]:
        return self._pixmap.width(), self._pixmap.height()

    def set_zoom(self, zoom: float) -> None:
        self.fit = False
        self.zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        self._apply()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self.zoom - 1e-6), ZOOM_STEPS[0]))

    def fit_width(self) -> None:
        self.fit = True
        self._apply()

    def _apply(self) -> None:
        if self._pixmap.isNull():
            return
        if self.fit:
            # The width with room kept for the vertical scroll bar, shown or not: fitting the viewport itself
            # made the bar appear, the viewport narrower, the image smaller, the bar go, and so on forever.
            available = max(50, self.contentsRect().width() - self.verticalScrollBar().sizeHint().width() - 4)
            self.zoom = min(1.0, available / max(1, self._pixmap.width()))
        w = max(1, round(self._pixmap.width() * self.zoom))
        h = max(1, round(self._pixmap.height() * self.zoom))
        self.label.setPixmap(self._pixmap)
        self.label.resize(w, h)
        self.sig_zoom_changed.emit(self.zoom)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.fit:
            self._apply()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_width()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
        else:
            super().wheelEvent(event)


class PdfViewer(QWidget):
    """A PDF one page at a time (QPdfView), with previous/next page and zoom controls."""

    sig_page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfViewer")
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.installEventFilter(self)
        self.setFocusProxy(self.view)
        self.prev_button = QPushButton(self.tr("◀ Page"))
        self.next_button = QPushButton(self.tr("Page ▶"))
        for b in (self.prev_button, self.next_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("pdfPageLabel")
        bar = QHBoxLayout()
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self._path: Path | None = None
        self.view.pageNavigator().currentPageChanged.connect(self._on_page_changed)

    def load(self, path: Path) -> bool:
        if path != self._path:
            self.document.close()
            if self.document.load(str(path)) != QPdfDocument.Error.None_:
                self._path = None
                return False
            self._path = path
        self.go_to(0)
        return True

    @property
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def go_to(self, page: int) -> None:
        if self.page_count == 0:
            return
        page = max(0, min(self.page_count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
        self._on_page_changed(page)

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    def _on_page_changed(self, page: int) -> None:
        self.page_label.setText(self.tr("Page {0} of {1}").format(page + 1, self.page_count))
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.page_count)
        self.sig_page_changed.emit(page)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.view and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Space):
                self.next_page()
                return True
            if key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left, Qt.Key.Key_Backspace):
                self.previous_page()
                return True
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
                self.view.setZoomMode(QPdfView.ZoomMode.Custom)
                factor = self.view.zoomFactor() * (1.25 if key != Qt.Key.Key_Minus else 0.8)
                self.view.setZoomFactor(max(0.25, min(4.0, factor)))
                return True
            if key == Qt.Key.Key_0:
                self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
                return True
        return super().eventFilter(watched, event)


class TextViewer(QTextBrowser):
    """A text file: Markdown rendered, anything else in a fixed-width font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textViewer")
        self.setOpenLinks(False)

    def load(self, path: Path, name: str) -> bool:
        try:
            data = path.read_bytes()[:2_000_000]
        except OSError:
            return False
        text = data.decode("utf-8", errors="replace")
        if name.lower().endswith(".md"):
            self.document().setDefaultFont(QFont())
            self.setMarkdown(text)
        else:
            self.document().setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
            self.setPlainText(text)
        return True
