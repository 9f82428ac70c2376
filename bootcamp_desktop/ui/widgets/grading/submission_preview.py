"""The learner's work, inline: who (or a pseudonym), what, when; their text; their files and links.

One tab per file and per link. Files are shown by kind: images (zoom), PDFs (page by page), text;
links (a Figma file, a repository, a recording) open outside in the system browser, and in anonymous
grading only their title shows, since a link's address often carries the learner's name.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.blobstore import parse_blob_url
from bootcamp_desktop.services.grading import pseudonym
from bootcamp_desktop.services.grading_detail import SubmissionDetail, SubmissionFile, SubmissionLink

from ...format import size
from ...labels import label
from ...style import colour
from ...style.theme import pt
from ..local_time import format_local
from .viewers import ImageViewer, PdfViewer, TextViewer

FILE_ICONS = {
    "image": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "pdf": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "text": QStyle.StandardPixmap.SP_FileIcon,
}
STATUS_TEXT = {
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
}


def _size(n: int | None) -> str:
    return size(n) if n else ""


class SubmissionPreview(QWidget):
    sig_link_opened = Signal(str)
    sig_item_changed = Signal(int)
    sig_download_requested = Signal(list)  # sha256 of the submission's files not here yet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("submissionPreview")
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.header = QLabel()
        self.header.setObjectName("submissionHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.text = QLabel()
        self.text.setObjectName("submissionText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabBar()
        self.tabs.setObjectName("fileTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.setExpanding(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setStyleSheet("QTabBar::tab { max-width: 240px; padding: 3px 8px; }")
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

        self.image_viewer = ImageViewer()
        self.pdf_viewer = PdfViewer()
        self.text_viewer = TextViewer()
        self.link_page = QWidget()
        self.link_label = QLabel()
        self.link_label.setObjectName("linkLabel")
        self.link_label.setWordWrap(True)
        self.link_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link_button = QPushButton(self.tr("Open in the browser"))
        self.link_button.setObjectName("openLinkButton")
        self.link_button.clicked.connect(self.open_current_link)
        link_layout = QVBoxLayout(self.link_page)
        link_layout.addStretch(1)
        link_layout.addWidget(self.link_label)
        link_layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignCenter)
        link_layout.addStretch(2)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Why a file is not here yet and what brings it (the grading screen knows the data budget).
        self.waiting_hint: Callable[[int], str] = lambda _size: self.tr("It comes with the next sync.")
        self.missing_page = QWidget()
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingFileLabel")
        self.missing_label.setWordWrap(True)
        self.missing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fetch_button = QPushButton(self.tr("Download this submission's files now"))
        self.fetch_button.setObjectName("fetchSubmissionFilesButton")
        self.fetch_button.clicked.connect(self.on_fetch_button_clicked)
        missing_layout = QVBoxLayout(self.missing_page)
        missing_layout.addStretch(1)
        missing_layout.addWidget(self.missing_label)
        missing_layout.addWidget(self.fetch_button, 0, Qt.AlignmentFlag.AlignCenter)
        missing_layout.addStretch(2)
        self.stack = QStackedWidget()
        for w in (
            self.message,
            self.image_viewer,
            self.pdf_viewer,
            self.text_viewer,
            self.link_page,
            self.missing_page,
        ):
            self.stack.addWidget(w)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        layout.addWidget(self.tabs)
        layout.addWidget(self.stack, 1)

        self.detail: SubmissionDetail | None = None
        self.items: list[SubmissionFile | SubmissionLink] = []
        self.anonymous = False
        self.tz = "UTC"
        self.clear()

    # -- content -----------------------------------------------------------------------------------------
    def clear(self, message: str | None = None) -> None:
        self.detail = None
        self.items = []
        self.header.setText("")
        self.text.hide()
        self._set_tabs([])
        self.message.setText(message or self.tr("No submission selected."))
        self.stack.setCurrentWidget(self.message)

    def set_detail(self, detail: SubmissionDetail, *, anonymous: bool, tz_name: str) -> None:
        self.detail = detail
        self.anonymous = anonymous
        self.tz = tz_name
        self._render_header()
        self.text.setText(detail.text)
        self.text.setVisible(bool(detail.text))
        self.items = [*detail.files, *detail.links]
        self._set_tabs(self.items)
        if self.items:
            self.show_item(0)
        else:
            self.message.setText(self.tr("No files or links in this submission."))
            self.stack.setCurrentWidget(self.message)

    def set_anonymous(self, anonymous: bool) -> None:
        if self.detail is not None and anonymous != self.anonymous:
            self.anonymous = anonymous
            self._render_header()
            index = self.tabs.currentIndex()
            if 0 <= index < len(self.items) and isinstance(self.items[index], SubmissionLink):
                self.show_item(index)

    def _render_header(self) -> None:
        d = self.detail
        assert d is not None
        who = pseudonym(d.learner_id) if self.anonymous else d.learner_name
        status = label(STATUS_TEXT.get(d.status or "", d.status or ""))
        parts = [
            f"<b style='font-size:{pt(1.15)}'>{html.escape(who)}</b>",
            (
                f"<span style='color:{colour('ink')}'>{html.escape(d.assignment_title)}</span>"
                f" <span style='color:{colour('muted')}'>· {html.escape(d.course_title)}</span>"
            ),
        ]
        meta = [status]
        if d.submitted_at:
            meta.append(self.tr("submitted {0}").format(format_local(d.submitted_at, self.tz)))
        if d.revision_count:
            meta.append(self.tr("revision {0}").format(d.revision_count))
        if d.score is not None:
            meta.append(self.tr("score {0:g}").format(d.score))
        parts.append(f"<span style='color:{colour('muted')}'>{html.escape(' · '.join(meta))}</span>")
        self.header.setText("<br>".join(parts))

    def _set_tabs(self, items: list[SubmissionFile | SubmissionLink]) -> None:
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for item in items:
            if isinstance(item, SubmissionFile):
                kind = {"image": self.tr("image"), "pdf": "PDF", "text": self.tr("text")}.get(
                    item.kind, self.tr("file")
                )
                self.tabs.addTab(
                    self.style().standardIcon(FILE_ICONS.get(item.kind, QStyle.StandardPixmap.SP_FileIcon)),
                    item.name,
                )
                self.tabs.setTabWhatsThis(self.tabs.count() - 1, kind)
                self.tabs.setTabToolTip(self.tabs.count() - 1, f"{item.name} {_size(item.size_bytes)}")
            else:
                self.tabs.addTab(
                    self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward), f"{item.title} ↗"
                )
        self.tabs.blockSignals(False)
        self.tabs.setVisible(bool(items))

    # -- showing one item ---------------------------------------------------------------------------------
    def show_item(self, index: int) -> None:
        if not 0 <= index < len(self.items):
            return
        if self.tabs.currentIndex() != index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        item = self.items[index]
        if isinstance(item, SubmissionLink):
            shown = (
                item.title
                if self.anonymous
                else f"{item.title}<br><span style='color:{colour('muted')}'>{html.escape(item.url)}</span>"
            )
            self.link_label.setText(
                f"<p style='font-size:{pt(1.15)}'><b>{html.escape(item.title) if self.anonymous else shown}</b></p>"
                + self.tr("<p>This link opens outside the app ({0}); it needs a connection.</p>").format(
                    item.service
                )
            )
            self.stack.setCurrentWidget(self.link_page)
        elif item.path is None:
            size = _size(item.size_bytes) or self.tr("size unknown")
            self.missing_label.setText(
                self.tr("{0} ({1}) is not downloaded yet.").format(item.name, size)
                + " "
                + self.waiting_hint(item.size_bytes or 0)
            )
            self.stack.setCurrentWidget(self.missing_page)
        elif item.kind == "image" and self.image_viewer.load(item.path):
            self.stack.setCurrentWidget(self.image_viewer)
        elif item.kind == "pdf" and self.pdf_viewer.load(item.path):
            self.stack.setCurrentWidget(self.pdf_viewer)
        elif item.kind == "text" and self.text_viewer.load(item.path, item.name):
            self.stack.setCurrentWidget(self.text_viewer)
        else:
            self.message.setText(self.tr("{0}: no preview for this kind of file.").format(item.name))
            self.stack.setCurrentWidget(self.message)
        self.sig_item_changed.emit(index)

    @property
    def current_index(self) -> int:
        return self.tabs.currentIndex()

    def next_item(self) -> None:
        if self.items:
            self.show_item((self.tabs.currentIndex() + 1) % len(self.items))

    def previous_item(self) -> None:
        if self.items:
            self.show_item((self.tabs.currentIndex() - 1) % len(self.items))

    def open_current_link(self) -> None:
        index = self.tabs.currentIndex()
        if 0 <= index < len(self.items) and isinstance(self.items[index], SubmissionLink):
            url = self.items[index].url  # type: ignore[union-attr]
            self.open_url(QUrl(url))
            self.sig_link_opened.emit(url)

    def on_fetch_button_clicked(self) -> None:
        shas = [parse_blob_url(f.url) for f in self.items if isinstance(f, SubmissionFile) and f.path is None]
        if any(shas):
            self.sig_download_requested.emit([s for s in shas if s])

    def on_tabs_current_changed(self, index: int) -> None:
        self.show_item(index)
