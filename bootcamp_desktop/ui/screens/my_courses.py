"""My courses: the signed-in user's courses on the left, the selected course's outline on the right."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QSplitter, QTreeView, QVBoxLayout, QWidget

from bootcamp_desktop.services import courses

from ..context import AppContext
from ..models.course_list_model import CourseListModel
from ..models.outline_model import OutlineModel


class MyCoursesScreen(QWidget):
    sig_course_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MyCoursesScreen")
        self._ctx = context
        self._ws = context.workspace
        self.course_model = CourseListModel(self)
        self.outline_model = OutlineModel(self)

        self.course_list = QListView()
        self.course_list.setObjectName("courseList")
        self.course_list.setModel(self.course_model)
        self.course_list.setAccessibleName(self.tr("My courses"))
        self.course_list.setSpacing(4)
        self.course_list.selectionModel().selectionChanged.connect(self.on_course_list_selection_changed)

        self.title = QLabel()
        self.title.setObjectName("courseTitle")
        self.title.setWordWrap(True)
        self.outline = QTreeView()
        self.outline.setObjectName("outlineView")
        self.outline.setModel(self.outline_model)
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.outline.setUniformRowHeights(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.outline)
        splitter = QSplitter()
        splitter.addWidget(self.course_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    def refresh(self) -> None:
        user_id = self._ctx.user_id
        with self._ws.db.session() as s:
            rows = courses.my_courses(s, user_id) if user_id else []
        self.course_model.set_courses(rows)
        if rows:
            self.course_list.setCurrentIndex(self.course_model.index(0))

    def show_course(self, course_id: uuid.UUID) -> None:
        with self._ws.db.session() as s:
            outline = courses.course_outline(s, course_id)
        self.outline_model.set_outline(outline)
        self.outline.expandAll()
        for column in range(self.outline_model.columnCount()):
            self.outline.resizeColumnToContents(column)
        self.sig_course_changed.emit(str(course_id))

    def on_course_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        course = self.course_model.course_at(indexes[0].row())
        self.title.setText(f"<h2>{course.title}</h2>")
        self.show_course(course.course_id)
