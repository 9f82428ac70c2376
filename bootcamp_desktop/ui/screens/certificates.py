"""Certificates: my certificates with a preview, exported as PDF (off the GUI thread), with the
verification link; courses completed offline show that their certificate comes at the next sync."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import certificate_pdf, certificates
from bootcamp_desktop.services.certificates import CertificateRow

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..style import colour
from ..widgets.common import Notice, esc, select_row, table

STATES = {
    "valid": QT_TRANSLATE_NOOP("Labels", "Valid"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "revoked": QT_TRANSLATE_NOOP("Labels", "Revoked"),
}
TYPES = {
    "course_completion": QT_TRANSLATE_NOOP("Labels", "Course completion"),
    "program_completion": QT_TRANSLATE_NOOP("Labels", "Programme completion"),
    "specialization": QT_TRANSLATE_NOOP("Labels", "Specialization"),
}


class CertificatesScreen(QWidget):
    sig_status_message = Signal(str)
    sig_exported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificatesScreen")
        self._ctx = context
        self._ws = context.workspace
        self.current: CertificateRow | None = None
        self._jobs: list[operations.Background] = []
        self._previews: dict[uuid.UUID, QPixmap] = {}  # rendered once per certificate and session

        self.model: RecordModel[CertificateRow] = RecordModel(
            [
                Column(self.tr("Course"), lambda c: c.course_title),
                Column(
                    self.tr("Issued"), lambda c: fmt.when(c.issue_date, self._ctx.timezone, with_time=False)
                ),
                Column(self.tr("State"), lambda c: label(STATES.get(c.state, c.state))),
            ],
            self,
        )
        self.list = table(self.model, "certificateList", self.tr("My certificates"), stretch=0)
        self.list.setColumnWidth(1, 100)
        self.list.setColumnWidth(2, 70)
        self.list.selectionModel().selectionChanged.connect(self.on_list_selection_changed)
        self.awaited = QLabel()
        self.awaited.setObjectName("awaitedCertificates")
        self.awaited.setWordWrap(True)

        self.details = QLabel()
        self.details.setObjectName("certificateDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QLabel(self.tr("Preparing the preview…"))
        self.preview.setObjectName("certificatePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Certificate preview"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        self.preview_area = scroll
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.setObjectName("exportPdfButton")
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.copy_button = QPushButton(self.tr("&Copy verification link"))
        self.copy_button.setObjectName("copyLinkButton")
        self.copy_button.clicked.connect(self.on_copy_button_clicked)
        self.notice = Notice("certificateNotice")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.awaited)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.details)
        rl.addWidget(scroll, 1)
        rl.addLayout(buttons)
        rl.addWidget(self.notice)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 800])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.current.certificate_id if self.current else None
        rows = operations.read(self._ctx, certificates.my_certificates, self._ctx.user_id)
        self.model.set_rows(rows)
        awaited = operations.read(self._ctx, certificates.awaited_certificates, self._ctx.user_id)
        text = "".join(
            f"<p>✓ <b>{esc(a.course_title)}</b>: {esc(self.tr('completed. The bootcamp issues your certificate at the next sync.'))}</p>"
            for a in awaited
        )
        if not rows and not awaited:
            text = esc(self.tr("No certificate yet. Complete every lesson of a course to earn one."))
        self.awaited.setText(text)
        self.awaited.setVisible(bool(text))
        row = self.model.find(lambda c: c.certificate_id == keep) if keep else -1
        select_row(self.list, max(row, 0))
        for b in (self.export_button, self.copy_button):
            b.setEnabled(bool(rows))

    def on_shown(self) -> None:
        self.refresh()

    def on_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_certificate(self.model.row_at(indexes[0].row()))

    def show_certificate(self, c: CertificateRow) -> None:
        self.current = c
        tz = self._ctx.timezone
        lines = [
            f"<h2>{esc(c.course_title)}</h2>",
            esc(label(TYPES.get(c.certificate_type or "", c.certificate_type or ""))),
            f"<br>{esc(self.tr('Number'))}: <b>{esc(c.number)}</b>",
            f"<br>{esc(self.tr('Issued'))}: {esc(fmt.when(c.issue_date, tz, with_time=False))}"
            + (f" · {esc(self.tr('by {0}').format(c.issued_by))}" if c.issued_by else ""),
        ]
        if c.grade:
            lines.append(
                f"<br>{esc(self.tr('Grade'))}: {esc(c.grade)}" + (f" · {c.hours} h" if c.hours else "")
            )
        if c.expiry_date:
            lines.append(
                f"<br>{esc(self.tr('Valid until'))}: {esc(fmt.when(c.expiry_date, tz, with_time=False))}"
            )
        if c.state == "revoked":
            lines.append(
                f"<br><span style='color:{colour('danger')}'><b>{esc(self.tr('Revoked'))}</b>: {esc(c.revoked_reason or '')}</span>"
            )
        elif c.state == "expired":
            lines.append(
                f"<br><span style='color:{colour('warning')}'><b>{esc(self.tr('Expired'))}</b></span>"
            )
        if c.verification_url:
            lines.append(
                f"<br>{esc(self.tr('Anyone can check it at'))} <a href='{esc(c.verification_url)}'>{esc(c.verification_url)}</a>"
            )
        self.details.setText("".join(lines))
        self.notice.clear_message()
        self.render_preview(c.certificate_id)

    def _pdf_job(self, certificate_id: uuid.UUID, path: Path) -> operations.Background:
        root = self._ws.blobs_dir
        job = operations.Background(
            owner=self,
            job=lambda _p: operations.read(
                self._ctx, certificate_pdf.render_certificate_pdf, certificate_id, path, root
            ),
        )
        self._jobs.append(job)
        job.signals.sig_finished.connect(lambda _r, j=job: self._jobs.remove(j) if j in self._jobs else None)
        job.signals.sig_failed.connect(lambda _m, j=job: self._jobs.remove(j) if j in self._jobs else None)
        return job

    def render_preview(self, certificate_id: uuid.UUID) -> None:
        if certificate_id in self._previews:
            self._fit_preview()
            self.preview.setProperty("ready", True)
            return
        self.preview.setProperty("ready", False)
        path = self._ws.directory / "cache" / "certificates" / f"{certificate_id}.pdf"
        self.preview.setText(self.tr("Preparing the preview…"))
        job = self._pdf_job(certificate_id, path)
        job.signals.sig_finished.connect(
            lambda p, cid=certificate_id: self.on_preview_ready(cid, Path(str(p)))
        )
        job.signals.sig_failed.connect(lambda m: self.preview.setText(self.tr("No preview: {0}").format(m)))
        job.start()

    def on_preview_ready(self, certificate_id: uuid.UUID, path: Path) -> None:
        if self.current is None or self.current.certificate_id != certificate_id:
            return
        from PySide6.QtPdf import QPdfDocument

        doc = QPdfDocument(self)
        doc.load(str(path))
        if doc.pageCount() < 1:
            self.preview.setText(self.tr("No preview available."))
            return
        size = doc.pagePointSize(0)
        width = 1400  # rendered once, large; scaled to the room there is (``_fit_preview``)
        image = doc.render(0, QSize(width, int(width * size.height() / max(size.width(), 1))))
        doc.close()
        self._previews[certificate_id] = QPixmap.fromImage(image)
        self._fit_preview()
        self.preview.setProperty("ready", True)

    def _fit_preview(self) -> None:
        if self.current is None or self.current.certificate_id not in self._previews:
            return
        pixmap = self._previews[self.current.certificate_id]
        width = max(320, min(pixmap.width(), self.preview_area.viewport().width() - 12))
        self.preview.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_preview()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        self._fit_preview()

    def choose_target(self, suggested: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export certificate"), str(Path.home() / suggested), self.tr("PDF (*.pdf)")
        )
        return Path(target) if target else None

    def on_export_button_clicked(self) -> None:
        c = self.current
        if c is None:
            return
        target = self.choose_target(f"certificate-{c.number}.pdf")
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        self.export_button.setEnabled(False)
        self.notice.show_message(self.tr("Exporting…"), "info")
        job = self._pdf_job(c.certificate_id, target)
        job.signals.sig_finished.connect(self.on_export_finished)
        job.signals.sig_failed.connect(self.on_export_failed)
        job.start()

    def on_export_finished(self, path: object) -> None:
        self.export_button.setEnabled(True)
        self.notice.show_message(
            self.tr("Saved {0}. The verification link is printed on it.").format(path), "info"
        )
        self.sig_exported.emit(str(path))

    def on_export_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.notice.show_message(self.tr("The PDF could not be written: {0}").format(message), "error")

    def on_copy_button_clicked(self) -> None:
        if self.current is None or not self.current.verification_url:
            return
        QGuiApplication.clipboard().setText(self.current.verification_url)
        self.notice.show_message(
            self.tr("Copied {0}. Checking it online needs a connection.").format(
                self.current.verification_url
            ),
            "info",
        )


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("CertificatesScreen", "Anyone can check it at"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "Expired"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "Grade"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "Number"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "Revoked"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "Valid until"),
    QT_TRANSLATE_NOOP("CertificatesScreen", "by {0}"),
    QT_TRANSLATE_NOOP(
        "CertificatesScreen", "completed. The bootcamp issues your certificate at the next sync."
    ),
)
