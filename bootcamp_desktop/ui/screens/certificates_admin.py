"""Certificates, staff side: each enrolment of a course with its eligibility (completed and passing
scores), issue and revoke (with a reason), the certificate's PDF as the learner gets it (rendered from
its ``certificate_templates`` row off the GUI thread), and its verification link."""

from __future__ import annotations

import html
import uuid
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import certification
from bootcamp_desktop.services.certificate_pdf import render_certificate_pdf

from .. import operations
from ..context import AppContext
from ..models.certificate_admin_model import CertificateAdminModel
from ..style import span
from ..widgets.local_time import format_day


class CertificatesAdminScreen(QWidget):
    sig_status_message = Signal(str)
    sig_certificates_changed = Signal()
    sig_preview_ready = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CertificatesAdminScreen")
        self._ctx = context
        self._cache = context.workspace.directory / "cache" / "certificates"
        self._jobs: list = []  # running renders, kept alive until they finish
        from bootcamp_desktop.services.staff import user_timezone

        self.tz = operations.read(context, user_timezone, context.user_id)
        self.course_combo = QComboBox()
        self.course_combo.setObjectName("certificateCourse")
        self.course_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course")))
        top.addWidget(self.course_combo, 1)
        top.addWidget(self.summary)

        self.model = CertificateAdminModel(self)
        self.table = QTableView()
        self.table.setObjectName("certificateTable")
        self.table.setAccessibleName(self.tr("Learners of the course and their certificates"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 85, 62, 45, 215)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)

        self.detail = QLabel()
        self.detail.setObjectName("certificateDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issue_button = QPushButton(self.tr("Issue certificate"))
        self.issue_button.setObjectName("issueCertificateButton")
        self.issue_button.clicked.connect(self.issue_selected)
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("revokeCertificateButton")
        self.revoke_button.clicked.connect(self._ask_revoke)
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.pdf_button.clicked.connect(self._save_pdf)
        self.copy_button = QPushButton(self.tr("Copy verification link"))
        self.copy_button.clicked.connect(self.copy_link)
        buttons = QHBoxLayout()
        for b in (self.issue_button, self.revoke_button, self.pdf_button, self.copy_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QLabel()  # the first page, drawn by QtPdf at the size of the panel
        self.pdf_view.setObjectName("certificatePdf")
        self.pdf_view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pdf_view.setMinimumSize(200, 150)
        self.preview_message = QLabel()
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_message.setWordWrap(True)
        self.preview = QStackedWidget()
        self.preview.addWidget(self.preview_message)
        self.preview.addWidget(self.pdf_view)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail)
        rl.addLayout(buttons)
        rl.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.refresh()

    # -- loading ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.course_combo.currentData()
        courses = operations.read(self._ctx, certification.certifiable_courses, self._ctx.user_id)
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for c in courses:
            self.course_combo.addItem(c.title, str(c.course_id))
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(keep)) if courses else -1)
        self.course_combo.blockSignals(False)
        self.load()

    def load(self, select: uuid.UUID | None = None) -> None:
        data = self.course_combo.currentData()
        rows = operations.read(self._ctx, certification.eligibility, uuid.UUID(data)) if data else []
        self.model.set_rows(rows)
        issued = sum(1 for r in rows if r.certificate and r.certificate.state != "revoked")
        self.summary.setText(
            self.tr("{0} enrolled · {1} certificates · {2} eligible now").format(
                len(rows), issued, sum(r.eligible for r in rows)
            )
        )
        if not rows:
            self.detail.clear()
            return
        row = next((i for i, r in enumerate(rows) if r.enrollment_id == select), None)
        if row is None:  # start on someone with a certificate or about to get one
            row = next(
                (i for i, r in enumerate(rows) if r.certificate and r.certificate.state == "valid"),
                next((i for i, r in enumerate(rows) if r.eligible or r.certificate), 0),
            )
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.on_table_current_row_changed(self.model.index(row, 0), QModelIndex())

    def selected(self) -> certification.Eligibility | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        r = self.selected()
        if r is None:
            return
        cert = r.certificate
        lines = [f"<b>{html.escape(r.learner_name)}</b> · {html.escape((r.status or '').replace('_', ' '))}"]
        if cert:
            lines.append(
                self.tr("Certificate <b>{0}</b>, issued {1} · {2}").format(
                    cert.number, format_day(cert.issue_date, self.tz), cert.state
                )
            )
            if cert.verification_url:
                lines.append(self.tr("Verify at {0}").format(html.escape(cert.verification_url)))
            if cert.revoked_reason:
                lines.append(span(self.tr("Revoked: {0}").format(cert.revoked_reason), "danger"))
        if r.eligible:
            lines.append(
                span(
                    self.tr("Eligible: completed with passing scores (grade {0}).").format(r.grade or "–"),
                    "success",
                )
            )
        elif r.missing:
            lines.append(self.tr("Not eligible yet: ") + html.escape("; ".join(r.missing[:3])))
        self.detail.setText("<br>".join(lines))
        self.issue_button.setEnabled(r.eligible)
        self.revoke_button.setEnabled(bool(cert and cert.state == "valid"))
        self.pdf_button.setEnabled(cert is not None)
        self.copy_button.setEnabled(bool(cert and cert.verification_url))
        if cert:
            self.show_preview(cert.certificate_id, cert.number)
        else:
            self.preview_message.setText(self.tr("No certificate yet."))
            self.preview.setCurrentWidget(self.preview_message)

    # -- the PDF ---------------------------------------------------------------------------------------------
    def show_preview(self, certificate_id: uuid.UUID, number: str) -> None:
        path = self._cache / f"{number}-{certificate_id.hex[:8]}.pdf"
        self._wanted = path
        if path.exists():
            self._load_pdf(path)
            return
        self.preview_message.setText(self.tr("Rendering the certificate…"))
        self.preview.setCurrentWidget(self.preview_message)
        self.render_pdf(certificate_id, path)

    def render_pdf(self, certificate_id: uuid.UUID, path: Path, purpose: str = "preview") -> None:
        """Render off the GUI thread; the result comes back to ``on_render_finished`` (a method of this
        widget, so Qt drops the connection if the widget is gone before the job ends)."""
        ctx, blobs = self._ctx, self._ctx.workspace.blobs_dir

        def job(progress):  # type: ignore[no-untyped-def]
            path.parent.mkdir(parents=True, exist_ok=True)
            progress("rendering", 0.0)
            return str(operations.read(ctx, render_certificate_pdf, certificate_id, path, blobs)), purpose

        task = operations.Background(job, owner=self)
        self._jobs.append(task)
        task.signals.sig_finished.connect(self.on_render_finished)
        task.signals.sig_failed.connect(self.on_render_failed)
        task.start()

    def on_render_finished(self, result: object) -> None:
        self._jobs = [j for j in self._jobs if j.signals is not self.sender()]
        path, purpose = result  # type: ignore[misc]
        if purpose == "preview":
            self._load_pdf(Path(path))
        else:
            self.sig_status_message.emit(self.tr("Saved {0}").format(path))

    def on_render_failed(self, message: str) -> None:
        self._jobs = [j for j in self._jobs if j.signals is not self.sender()]
        self.preview_message.setText(self.tr("The certificate could not be rendered: {0}").format(message))
        self.preview.setCurrentWidget(self.preview_message)

    def _load_pdf(self, path: Path) -> None:
        if getattr(self, "_wanted", None) != path:
            return  # another row was chosen meanwhile
        self.pdf.close()
        if self.pdf.load(str(path)) == QPdfDocument.Error.None_ and self.pdf.pageCount():
            self._draw_page()
            self.preview.setCurrentWidget(self.pdf_view)
            self.sig_preview_ready.emit(str(path))

    def _draw_page(self) -> None:
        page = self.pdf.pagePointSize(0)
        box = self.preview.size()
        width = max(200, box.width() - 8)
        height = int(width * page.height() / max(1.0, page.width()))
        if height > box.height() - 8 > 150:
            height = box.height() - 8
            width = int(height * page.width() / max(1.0, page.height()))
        ratio = self.devicePixelRatioF()
        image = self.pdf.render(0, QSize(int(width * ratio), int(height * ratio)))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.pdf_view.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.pdf.pageCount() and self.preview.currentWidget() is self.pdf_view:
            self._draw_page()

    def _save_pdf(self) -> None:
        r = self.selected()
        if r is None or r.certificate is None:
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the certificate"), f"{r.certificate.number}.pdf", self.tr("PDF (*.pdf)")
        )
        if target:
            self.render_pdf(r.certificate.certificate_id, Path(target), purpose="save")

    def copy_link(self) -> None:
        r = self.selected()
        if r and r.certificate and r.certificate.verification_url:
            QGuiApplication.clipboard().setText(r.certificate.verification_url)
            self.sig_status_message.emit(self.tr("Verification link copied."))

    # -- issuing and revoking -------------------------------------------------------------------------------
    def issue_selected(self) -> uuid.UUID | None:
        r = self.selected()
        if r is None or self._ctx.user_id is None:
            return None
        try:
            cid = operations.write(
                self._ctx, certification.issue_certificate, r.enrollment_id, self._ctx.user_id
            )
        except certification.CertificationError as exc:
            self.sig_status_message.emit(str(exc))
            self.detail.setText(span(str(exc), "danger"))
            return None
        self.load(select=r.enrollment_id)
        self.sig_certificates_changed.emit()
        self.sig_status_message.emit(
            self.tr("Certificate issued; {0} gets it at the next sync.").format(r.learner_name)
        )
        return cid

    def _ask_revoke(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke the certificate"), self.tr("Why? (shown to anyone who verifies it)")
        )
        if ok:
            self.revoke_selected(reason)

    def revoke_selected(self, reason: str) -> bool:
        r = self.selected()
        if r is None or r.certificate is None:
            return False
        try:
            operations.write(
                self._ctx, certification.revoke_certificate, r.certificate.certificate_id, reason
            )
        except certification.CertificationError as exc:
            self.sig_status_message.emit(str(exc))
            self.detail.setText(span(str(exc), "danger"))
            return False
        self.load(select=r.enrollment_id)
        self.sig_certificates_changed.emit()
        self.sig_status_message.emit(self.tr("Certificate revoked."))
        return True
