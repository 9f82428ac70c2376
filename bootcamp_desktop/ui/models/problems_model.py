"""Changes the server did not take as they were: conflicts and rejections, for the Sync panel.

One row per refused local transaction (``sync_ops.Problem``): a grade shows as its submission, with its
feedback row named beside it, and the user decides for all of it at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from bootcamp_desktop.services.sync_ops import Problem

from .. import format as fmt
from ..labels import humanize, label

TABLE_LABELS = {
    "submissions": QT_TRANSLATE_NOOP("Labels", "Submission"),
    "instructor_feedback": QT_TRANSLATE_NOOP("Labels", "Feedback"),
    "discussions": QT_TRANSLATE_NOOP("Labels", "Discussion"),
    "discussion_replies": QT_TRANSLATE_NOOP("Labels", "Reply"),
    "lesson_progress": QT_TRANSLATE_NOOP("Labels", "Lesson progress"),
    "enrollments": QT_TRANSLATE_NOOP("Labels", "Enrolment"),
    "peer_reviews": QT_TRANSLATE_NOOP("Labels", "Peer review"),
    "design_assets": QT_TRANSLATE_NOOP("Labels", "Design asset"),
}


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table.replace("_", " ").capitalize())


class ProblemsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "What"),
        QT_TRANSLATE_NOOP("Labels", "Change"),
        QT_TRANSLATE_NOOP("Labels", "Why"),
        QT_TRANSLATE_NOOP("Labels", "When"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []
        self.tz = "UTC"  # the user's timezone, for the times shown

    def set_problems(self, rows: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def problem_at(self, row: int) -> Problem:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        p = self._rows[index.row()]
        column = index.column()
        if column == 0:
            main = label(table_label(p.table))
            others = [label(table_label(r.table)) for r in p.rows if r.entry_id != p.entry_id]
            return self.tr("{0} with {1}").format(main, ", ".join(others)) if others else main
        if column == 1:
            return {"insert": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted")}[
                p.op
            ]
        if column == 2:
            kind = self.tr("Conflict") if p.state == "conflict" else self.tr("Rejected")
            return f"{kind}: {p.reason or humanize(p.code)}"
        return fmt.when(p.created_at, self.tz)
