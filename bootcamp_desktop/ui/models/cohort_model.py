"""The learners of a workshop: status, progress, where they are, when they were last seen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bootcamp_desktop.models import utcnow
from bootcamp_desktop.services.cohort import CohortRow

from ..widgets.local_time import format_local


def ago(when: dt.datetime | None, now: dt.datetime) -> str:
    if when is None:
        return "never"
    seconds = (now - when).total_seconds()
    if seconds < 3600:
        return f"{max(1, int(seconds // 60))} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    days = int(seconds // 86400)
    return "1 day ago" if days == 1 else f"{days} days ago"


class CohortModel(QAbstractTableModel):
    COLUMNS = ("Learner", "Status", "Progress", "Lessons", "Where they are", "Last seen", "Offline")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CohortRow] = []
        self.tz = "UTC"
        self.now = utcnow()

    def set_rows(self, rows: list[CohortRow], tz_name: str, now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self.rows, self.tz, self.now = list(rows), tz_name, now or utcnow()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return self.tr("The latest activity this computer has from the learner; a stand-in for their last sync")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.name
            if col == 1:
                return (r.status or "").replace("_", " ")
            if col == 2:
                return f"{r.progress:.0f}%"
            if col == 3:
                return f"{r.lessons_done} / {r.lessons_total}"
            if col == 4:
                return " › ".join(x for x in (r.module, r.lesson) if x) or "—"
            if col == 5:
                return self.tr(ago(r.last_seen, self.now))
            if col == 6:
                return "" if r.offline_share is None else f"{100 * r.offline_share:.0f}%"
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return format_local(r.last_seen, self.tz) or self.tr("no activity recorded")
        if role == Qt.ItemDataRole.ForegroundRole and col == 5:
            if r.last_seen is None:
                return QBrush(QColor("#b91c1c"))
            days = (self.now - r.last_seen).total_seconds() / 86400
            return QBrush(QColor("#047857" if days < 1 else "#b45309" if days < 7 else "#b91c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
