"""A rubric as a tree: criteria, each with its levels and their points (read-only)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ..labels import label
from .two_level_model import TOP, TwoLevelModel


class RubricModel(TwoLevelModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "Criterion / level"),
        QT_TRANSLATE_NOOP("Labels", "Points"),
        QT_TRANSLATE_NOOP("Labels", "Description"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._criteria: list[dict[str, Any]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rubric(self, rubric: dict[str, Any] | None) -> None:
        self.beginResetModel()
        self._criteria = list((rubric or {}).get("criteria", []))
        self.endResetModel()

    def top_count(self) -> int:
        return len(self._criteria)

    def child_count(self, row: int) -> int:
        return len(self._criteria[row]["levels"])

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

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

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            item = self._criteria[index.row()]
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            points = f"{max(lv['points'] for lv in item['levels']):g}"
        else:
            item = self._criteria[index.internalId() - 1]["levels"][index.row()]
            points = f"{item['points']:g}"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (item["title"], points, item.get("description", ""))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.get("description")
        return None
