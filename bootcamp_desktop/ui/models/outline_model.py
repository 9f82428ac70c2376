"""A course outline: modules with their lessons, as a two-level tree, with progress and offline marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from bootcamp_desktop.services.courses import LessonRow, ModuleRow

from .. import format as fmt
from ..labels import label
from ..style import qcolor
from .two_level_model import TOP, TwoLevelModel

LessonIdRole = Qt.ItemDataRole.UserRole + 1
ModuleIdRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3

CONTENT_LABELS = {
    "video": QT_TRANSLATE_NOOP("Labels", "Video"),
    "text": QT_TRANSLATE_NOOP("Labels", "Reading"),
    "interactive": QT_TRANSLATE_NOOP("Labels", "Interactive"),
    "quiz": QT_TRANSLATE_NOOP("Labels", "Quiz"),
    "assignment": QT_TRANSLATE_NOOP("Labels", "Assignment"),
}
STATUS_LABELS = {
    "completed": QT_TRANSLATE_NOOP("Labels", "✓ Completed"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "◐ In progress"),
    "not_started": "",
}


class OutlineModel(TwoLevelModel):
    """Top level: modules. Children: lessons. A lesson index's internal id is its module's row + 1."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "Lesson"),
        QT_TRANSLATE_NOOP("Labels", "Type"),
        QT_TRANSLATE_NOOP("Labels", "Time"),
        QT_TRANSLATE_NOOP("Labels", "Progress"),
        QT_TRANSLATE_NOOP("Labels", "Offline"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._modules: list[ModuleRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_outline(self, modules: list[ModuleRow]) -> None:
        self.beginResetModel()
        self._modules = list(modules)
        self.endResetModel()

    @property
    def modules(self) -> list[ModuleRow]:
        return list(self._modules)

    def lesson_at(self, index: QModelIndex | QPersistentModelIndex) -> LessonRow | None:
        if not index.isValid() or index.internalId() == TOP:
            return None
        return self._modules[index.internalId() - 1].lessons[index.row()]

    def module_at(self, index: QModelIndex | QPersistentModelIndex) -> ModuleRow | None:
        """The module of a module index, or the module a lesson index belongs to."""
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._modules[index.row()]
        return self._modules[index.internalId() - 1]

    def find_lesson(self, lesson_id: object) -> QModelIndex:
        for m, module in enumerate(self._modules):
            for n, lesson in enumerate(module.lessons):
                if lesson.lesson_id == lesson_id:
                    return self.index(n, 0, self.index(m, 0))
        return QModelIndex()

    def top_count(self) -> int:
        return len(self._modules)

    def child_count(self, row: int) -> int:
        return len(self._modules[row].lessons)

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

    def _module_data(self, position: int, module: ModuleRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == ModuleIdRole:
            return str(module.module_id)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            suffix = "" if module.is_required else self.tr(" (optional)")
            return f"{position}. {module.title}{suffix}"  # the position: stored orders may have gaps
        if column == 1:
            return self.tr("Required") if module.is_required else self.tr("Optional")
        if column == 2:
            return fmt.minutes(module.minutes)
        if column == 3:
            return self.tr("{0}/{1} done").format(module.completed, len(module.lessons))
        if column == 4:
            size = sum(lesson.media_bytes for lesson in module.lessons)
            missing = sum(lesson.media_missing for lesson in module.lessons)
            if not size:
                return ""
            return (
                fmt.size(size)
                if not missing
                else self.tr("{0} · {1} to download").format(fmt.size(size), missing)
            )
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._module_data(index.row() + 1, self._modules[index.row()], index.column(), role)
        lesson = self._modules[index.internalId() - 1].lessons[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return lesson.title
            if column == 1:
                kind = label(CONTENT_LABELS.get(lesson.content_type or "", lesson.content_type or ""))
                return kind + (self.tr(" · preview") if lesson.is_preview else "")
            if column == 2:
                return self.tr("{0} min").format(lesson.minutes) if lesson.minutes else ""
            if column == 3:
                text = label(STATUS_LABELS.get(lesson.status, ""))
                if lesson.best_score is not None:
                    text += self.tr(" · best {0}").format(fmt.percent(lesson.best_score))
                return text
            if column == 4:
                if not lesson.media_bytes and not lesson.media_missing:
                    return ""
                return (
                    self.tr("not downloaded")
                    if lesson.media_missing
                    else self.tr("✓ {0}").format(fmt.size(lesson.media_bytes))
                )
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and lesson.status == "completed":
            return qcolor("success")
        if role == LessonIdRole:
            return str(lesson.lesson_id)
        if role == StatusRole:
            return lesson.status
        return None
