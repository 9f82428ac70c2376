"""A course being authored: modules and their lessons as a tree, reordered by drag and drop.

The model never reorders rows itself. A drop is translated into "move this module to position p" or
"move this lesson to module m, position p" (``sig_move_requested``), which the screen performs through
``services.authoring`` and then reloads the tree; so the unique orders are always the database's.
Positions, not the stored orders, are what the tree numbers (1, 2, 3...).
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from bootcamp_desktop.services.authoring import CourseTree, LessonNode, ModuleNode

from .. import format as fmt
from ..labels import label
from ..style import qcolor
from .two_level_model import TOP, TwoLevelModel

MIME = "application/x-bootcamp-outline-item"
ItemIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
TYPE_LABELS = {
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "text": QT_TRANSLATE_NOOP("Labels", "Reading"),
    "interactive": QT_TRANSLATE_NOOP("Labels", "Interactive"),
    "quiz": QT_TRANSLATE_NOOP("Labels", "Quiz"),
    "assignment": QT_TRANSLATE_NOOP("Labels", "Assignment"),
}


class CourseTreeModel(TwoLevelModel):
    sig_move_requested = Signal(
        str, str, str, int
    )  # kind, item id, target module id ("" for modules), position

    COLUMNS = (QT_TRANSLATE_NOOP("Labels", "Outline"), QT_TRANSLATE_NOOP("Labels", "Type"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tree: CourseTree | None = None
        self._modules: list[ModuleNode] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_tree(self, tree: CourseTree | None) -> None:
        self.beginResetModel()
        self.tree = tree
        self._modules = list(tree.modules) if tree else []
        self.endResetModel()

    # -- lookups -----------------------------------------------------------------------------------------
    def module_at(self, index: QModelIndex) -> ModuleNode | None:
        if index.isValid() and index.internalId() == TOP:
            return self._modules[index.row()]
        return None

    def lesson_at(self, index: QModelIndex) -> LessonNode | None:
        if index.isValid() and index.internalId() != TOP:
            return self._modules[index.internalId() - 1].lessons[index.row()]
        return None

    def index_of(self, item_id: uuid.UUID) -> QModelIndex:
        for m_row, module in enumerate(self._modules):
            if module.module_id == item_id:
                return self.index(m_row, 0)
            for l_row, lesson in enumerate(module.lessons):
                if lesson.lesson_id == item_id:
                    return self.index(l_row, 0, self.index(m_row, 0))
        return QModelIndex()

    # -- structure ---------------------------------------------------------------------------------------
    def top_count(self) -> int:
        return len(self._modules)

    def child_count(self, row: int) -> int:
        return len(self._modules[row].lessons)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            module = self._modules[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return f"{index.row() + 1}. {module.title}"
                return fmt.plural(self.tr("%n lesson(s)", "", len(module.lessons)), len(module.lessons))
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                return self._bold
            if role == ItemIdRole:
                return str(module.module_id)
            if role == KindRole:
                return "module"
            return None
        m_row = index.internalId() - 1
        lesson = self._modules[m_row].lessons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return f"{m_row + 1}.{index.row() + 1}  {lesson.title}"
            kind = label(TYPE_LABELS.get(lesson.content_type or "", lesson.content_type or ""))
            return kind + (self.tr(" · preview") if lesson.is_preview else "")
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(qcolor("muted"))
        if role == ItemIdRole:
            return str(lesson.lesson_id)
        if role == KindRole:
            return "lesson"
        return None

    # -- drag and drop -----------------------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.internalId() == TOP:
            base |= Qt.ItemFlag.ItemIsDropEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        index = next((i for i in indexes if i.isValid() and i.column() == 0), None)
        if index is not None:
            kind = "module" if index.internalId() == TOP else "lesson"
            data.setData(MIME, QByteArray(f"{kind}:{index.data(ItemIdRole)}".encode()))
        return data

    @staticmethod
    def _decode(data: QMimeData) -> tuple[str, uuid.UUID] | None:
        if not data.hasFormat(MIME):
            return None
        kind, _, raw = bytes(data.data(MIME).data()).decode().partition(":")
        try:
            return kind, uuid.UUID(raw)
        except ValueError:
            return None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        decoded = self._decode(data)
        if decoded is None or action != Qt.DropAction.MoveAction:
            return False
        kind = decoded[0]
        if kind == "module":
            return not parent.isValid()
        return parent.isValid() and parent.internalId() == TOP  # lessons go into a module

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        kind, item_id = self._decode(data)  # type: ignore[misc]
        if kind == "module":
            current = next(i for i, m in enumerate(self._modules) if m.module_id == item_id)
            position = len(self._modules) if row < 0 else row
            if current < position:
                position -= 1  # the module leaves its old place first
            target = ""
        else:
            module = self._modules[parent.row()]
            lessons = [x.lesson_id for x in module.lessons]
            position = len(lessons) if row < 0 else row
            if item_id in lessons and lessons.index(item_id) < position:
                position -= 1
            target = str(module.module_id)
        # After the view has finished with the drop: the move reloads (resets) this model.
        QTimer.singleShot(0, lambda: self.sig_move_requested.emit(kind, str(item_id), target, position))
        return False  # nothing for the view to remove: the reload shows the new order
