"""A course outline: modules with their lessons, as a two-level tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from bootcamp_desktop.services.courses import LessonRow, ModuleRow

LessonIdRole = Qt.ItemDataRole.UserRole + 1
_NO_PARENT = 0  # internal id of a module; a lesson's is its module's row + 1

CONTENT_LABELS = {
    "video": "Video",
    "text": "Reading",
    "interactive": "Interactive",
    "quiz": "Quiz",
    "assignment": "Assignment",
}


class OutlineModel(QAbstractItemModel):
    """Top level: modules. Children: lessons. A lesson index's internal id is its module's row + 1."""

    COLUMNS = ("Lesson", "Type", "Time")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._modules: list[ModuleRow] = []

    def set_outline(self, modules: list[ModuleRow]) -> None:
        self.beginResetModel()
        self._modules = list(modules)
        self.endResetModel()

    def lesson_at(self, index: QModelIndex) -> LessonRow | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._modules[index.internalId() - 1].lessons[index.row()]

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _NO_PARENT)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._modules)
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._modules[parent.row()].lessons)
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_PARENT:
            module = self._modules[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                suffix = "" if module.is_required else self.tr(" (optional)")
                return f"{module.order}. {module.title}{suffix}"
            return None
        lesson = self._modules[index.internalId() - 1].lessons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return lesson.title
            if index.column() == 1:
                return self.tr(CONTENT_LABELS.get(lesson.content_type or "", lesson.content_type or ""))
            if index.column() == 2:
                return self.tr("{0} min").format(lesson.minutes) if lesson.minutes else ""
        if role == LessonIdRole:
            return str(lesson.lesson_id)
        return None
