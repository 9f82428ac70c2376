"""The signed-in user's courses, with their progress."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from bootcamp_desktop.services.courses import MyCourse
from bootcamp_desktop.services.progress import shown_percent

CourseIdRole = Qt.ItemDataRole.UserRole + 1
ProgressRole = Qt.ItemDataRole.UserRole + 2


class CourseListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[MyCourse] = []

    def set_courses(self, rows: list[MyCourse]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def course_at(self, row: int) -> MyCourse:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        course = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{course.title}\n{self.tr('{0}% complete').format(shown_percent(course.progress))}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return course.short_description
        if role == CourseIdRole:
            return str(course.course_id)
        if role == ProgressRole:
            return float(course.progress)
        return None


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("CourseListModel", "{0}% complete"),)
