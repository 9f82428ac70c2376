"""Enrolments of a course with their certificate state and eligibility (certificates screen)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bootcamp_desktop.services.certification import Eligibility

STATE_COLOURS = {"valid": "#047857", "revoked": "#b91c1c", "expired": "#6b7280"}


class CertificateAdminModel(QAbstractTableModel):
    COLUMNS = ("Learner", "Enrolment", "Progress", "Grade", "Certificate", "Eligible")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Eligibility] = []

    def set_rows(self, rows: list[Eligibility]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        cert = r.certificate
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.learner_name
            if col == 1:
                return (r.status or "").replace("_", " ")
            if col == 2:
                return f"{r.progress:.0f}%"
            if col == 3:
                return r.grade or ""
            if col == 4:
                return f"{cert.number} ({self.tr(cert.state)})" if cert else ""
            if col == 5:
                if r.eligible:
                    return self.tr("✓ eligible")
                if cert is not None and cert.state != "revoked":
                    return self.tr("issued")
                return self.tr("not yet")
        if role == Qt.ItemDataRole.ToolTipRole and col == 5 and r.missing:
            return "\n".join(r.missing)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4 and cert:
                return QBrush(QColor(STATE_COLOURS.get(cert.state, "#374151")))
            if col == 5:
                return QBrush(QColor("#047857" if r.eligible else "#6b7280"))
        return None
