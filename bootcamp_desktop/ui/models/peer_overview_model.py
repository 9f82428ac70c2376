"""Peer review overview tables: submissions with their reviewers, and one submission's reviews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bootcamp_desktop.services.peer_assignment import ReviewRow, SubmissionReviews

STATUS = {"submitted": "Submitted", "under_review": "Under review", "revision_requested": "Revision requested",
          "graded": "Graded"}


class PeerOverviewModel(QAbstractTableModel):
    COLUMNS = ("Learner", "Status", "Reviews done", "Reviewers")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SubmissionReviews] = []

    def set_rows(self, rows: list[SubmissionReviews]) -> None:
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
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.author_name
            if col == 1:
                return self.tr(STATUS.get(r.status or "", r.status or ""))
            if col == 2:
                return f"{r.done} / {len(r.reviews)}" if r.reviews else self.tr("none assigned")
            if col == 3:
                return ", ".join(f"{x.reviewer_name}{' ✓' if x.done else ''}" for x in r.reviews)
        if role == Qt.ItemDataRole.ForegroundRole and col == 2:
            if not r.reviews:
                return QBrush(QColor("#b91c1c"))
            return QBrush(QColor("#047857" if r.done == len(r.reviews) else "#b45309"))
        return None


class ReviewListModel(QAbstractTableModel):
    COLUMNS = ("Reviewer", "State", "Score", "Review")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: tuple[ReviewRow, ...] | list[ReviewRow]) -> None:
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
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.reviewer_name + (self.tr(" (anonymous)") if r.is_anonymous else "")
            if col == 1:
                return self.tr("reviewed") if r.done else self.tr("waiting")
            if col == 2:
                return "" if r.overall_score is None else f"{r.overall_score:.1f} / 5"
            if col == 3:
                return (r.detailed_feedback or "").replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return r.detailed_feedback
        return None
