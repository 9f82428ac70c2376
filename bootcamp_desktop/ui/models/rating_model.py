"""Ratings of a peer review, one row per rubric criterion: rating (1-5) and a comment, editable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from bootcamp_desktop.services.peer_review import RATING_MAX, RATING_MIN, CriterionRating

from ..labels import label


class RatingModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "Criterion"),
        QT_TRANSLATE_NOOP("Labels", "Rating (1-5)"),
        QT_TRANSLATE_NOOP("Labels", "Comment"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []  # [criterion id, title, description, rating, comment]
        self.editable = True

    def set_criteria(self, criteria: list[CriterionRating], editable: bool) -> None:
        self.beginResetModel()
        self._rows = [[c.criterion_id, c.title, c.description, c.rating, c.comment] for c in criteria]
        self.editable = editable
        self.endResetModel()

    def ratings(self) -> dict[str, tuple[int | None, str]]:
        return {r[0]: (r[3], r[4]) for r in self._rows}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return label(self.COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.editable and index.column() in (1, 2):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return row[1]
            if col == 1:
                return "" if row[3] is None else "★" * row[3] + f"  {row[3]}"
            return row[4]
        if role == Qt.ItemDataRole.EditRole:
            return (row[1], row[3] if row[3] is not None else 3, row[4])[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return row[2]
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        row = self._rows[index.row()]
        if index.column() == 1:
            try:
                rating = int(value)
            except (TypeError, ValueError):
                return False
            if not RATING_MIN <= rating <= RATING_MAX:
                return False
            row[3] = rating
        elif index.column() == 2:
            row[4] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class RatingDelegate(QStyledItemDelegate):
    """A 1-5 spin box for the rating column; the default editor elsewhere."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        if index.column() == 1:
            box = QSpinBox(parent)
            box.setRange(RATING_MIN, RATING_MAX)
            box.setAccessibleName(self.tr("Rating from 1 to 5"))
            return box
        return super().createEditor(parent, option, index)
