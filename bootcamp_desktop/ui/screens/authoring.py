"""Course authoring: the course's outline as a tree (drag and drop, or Ctrl+Up/Down, to reorder), and
an editor for whatever is selected: the course, a module, or a lesson (Markdown with a live preview,
media, quiz questions). Create courses, modules and lessons; publish and unpublish.

Every change is one ``services.authoring`` call through ``operations.write``; the tree is then reloaded
from the replica, so what it shows is always what is stored.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import authoring, authoring_content

from .. import operations
from ..context import AppContext
from ..models.course_tree_model import CourseTreeModel, ItemIdRole, KindRole
from ..style import set_tone, span
from ..widgets.authoring.forms import CourseForm, ModuleForm
from ..widgets.authoring.lesson_editor import LessonEditor


class AuthoringScreen(QWidget):
    sig_status_message = Signal(str)
    sig_outline_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuthoringScreen")
        self._ctx = context
        self._blobs: Path = context.workspace.blobs_dir
        self.course_id: uuid.UUID | None = None

        self.course_combo = QComboBox()
        self.course_combo.setObjectName("authoringCourse")
        self.course_combo.currentIndexChanged.connect(self.on_course_combo_current_index_changed)
        self.new_course_button = QPushButton(self.tr("New course…"))
        self.new_course_button.clicked.connect(self.new_course)
        self.state_label = QLabel()
        self.state_label.setObjectName("publishState")
        self.publish_button = QPushButton()
        self.publish_button.setObjectName("publishButton")
        self.publish_button.clicked.connect(self.toggle_published)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Course")))
        top.addWidget(self.course_combo, 1)
        top.addWidget(self.new_course_button)
        top.addSpacing(12)
        top.addWidget(self.state_label)
        top.addWidget(self.publish_button)
        self.message = QLabel()
        self.message.setObjectName("authoringMessage")
        set_tone(self.message, "danger")
        self.message.setWordWrap(True)
        self.message.hide()

        self.model = CourseTreeModel(self)
        self.model.sig_move_requested.connect(self.on_model_move_requested)
        self.tree = QTreeView()
        self.tree.setObjectName("authoringTree")
        self.tree.setModel(self.model)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 110)
        self.tree.setAccessibleName(self.tr("Course outline: drag to reorder, or Ctrl+Up and Ctrl+Down"))
        self.tree.selectionModel().currentChanged.connect(self.on_tree_current_changed)
        add_module = QPushButton(self.tr("Add module"))
        add_module.setObjectName("addModuleButton")
        add_module.clicked.connect(self.add_module)
        add_lesson = QPushButton(self.tr("Add lesson"))
        add_lesson.setObjectName("addLessonButton")
        add_lesson.clicked.connect(self.add_lesson)
        delete = QPushButton(self.tr("Delete"))
        delete.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for b in (add_module, add_lesson, delete):
            buttons.addWidget(b)
        hint = QLabel(self.tr("Drag to reorder · Ctrl+↑/↓ moves the selected item"))
        set_tone(hint, "muted")
        hint.setWordWrap(True)
        hint.setProperty("small", True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(hint)

        self.course_form = CourseForm()
        self.module_form = ModuleForm()
        self.lesson_editor = LessonEditor(self._blobs)
        self.empty = QLabel(self.tr("Choose a course, or create one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.editors = QStackedWidget()
        for w in (self.empty, self.course_form, self.module_form, self.lesson_editor):
            self.editors.addWidget(w)
        self.course_form.sig_save_requested.connect(self.save_course)
        self.module_form.sig_save_requested.connect(self.save_module)
        self.lesson_editor.sig_details_save_requested.connect(self.save_lesson_details)
        self.lesson_editor.sig_markdown_save_requested.connect(self.save_markdown)
        self.lesson_editor.sig_quiz_save_requested.connect(self.save_quiz)
        self.lesson_editor.sig_attach_requested.connect(self.attach)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editors)
        splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        for keys, step in (("Ctrl+Up", -1), ("Ctrl+Down", +1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _c=False, s=step: self.move_selected(s))
            self.tree.addAction(action)
        self.refresh()

    # -- courses ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        courses = operations.read(self._ctx, authoring.authored_courses, self._ctx.user_id)
        keep = self.course_id
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for c in courses:
            self.course_combo.addItem(
                c.title + ("" if c.published else self.tr("  (draft)")), str(c.course_id)
            )
        row = next((i for i, c in enumerate(courses) if c.course_id == keep), 0)
        self.course_combo.setCurrentIndex(row if courses else -1)
        self.course_combo.blockSignals(False)
        self.course_id = None
        if courses:
            first_time = keep is None
            self.show_course(uuid.UUID(self.course_combo.currentData()))
            if first_time and self.model.tree is not None:  # open on a reading lesson: text and its preview
                reading = next(
                    (
                        lesson.lesson_id
                        for m in self.model.tree.modules
                        for lesson in m.lessons
                        if lesson.content_type == "text"
                    ),
                    None,
                )
                if reading is not None:
                    self.show_course(self.course_id, select=reading)  # type: ignore[arg-type]
        else:
            self.editors.setCurrentWidget(self.empty)

    def on_course_combo_current_index_changed(self, _index: int) -> None:
        data = self.course_combo.currentData()
        if data:
            self.show_course(uuid.UUID(data))

    def show_course(self, course_id: uuid.UUID, select: uuid.UUID | None = None) -> None:
        self.course_id = course_id
        tree = operations.read(self._ctx, authoring.course_tree, course_id)
        self.model.set_tree(tree)
        self.tree.expandAll()
        self._show_publish_state(tree.published)
        index = self.model.index_of(select) if select else QModelIndex()
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._edit_course()

    def _show_publish_state(self, published: bool) -> None:
        self.state_label.setText(
            span(self.tr("Published"), "success", bold=True)
            if published
            else span(self.tr("Draft"), "warning", bold=True)
        )
        self.publish_button.setText(self.tr("Unpublish") if published else self.tr("Publish"))

    def _edit_course(self) -> None:
        if self.course_id is None:
            return
        self.course_form.set_course(operations.read(self._ctx, authoring.course_fields, self.course_id))
        self.editors.setCurrentWidget(self.course_form)

    def new_course(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New course"), self.tr("Title of the new course:"))
        if ok:
            self.create_course(title)

    def create_course(self, title: str) -> uuid.UUID | None:
        try:
            cid = operations.write(self._ctx, authoring.create_course, self._ctx.user_id, {"title": title})
        except authoring.AuthoringError as exc:
            self.show_message(str(exc))
            return None
        self.course_id = cid
        self.refresh()
        self.sig_status_message.emit(self.tr("Course created as a draft; publish it when it is ready."))
        return cid

    def toggle_published(self) -> None:
        if self.course_id is None or self.model.tree is None:
            return
        target = not self.model.tree.published
        if not self._write(authoring.set_published, self.course_id, target):
            return
        self.refresh()
        self.sig_status_message.emit(
            self.tr("Published: learners see it after their next sync.")
            if target
            else self.tr("Unpublished: it leaves the catalogue at the next sync.")
        )

    # -- the selection ---------------------------------------------------------------------------------------
    def on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._edit_course()
            return
        kind = current.data(KindRole)
        item_id = uuid.UUID(current.siblingAtColumn(0).data(ItemIdRole))
        if kind == "module":
            self.module_form.set_module(operations.read(self._ctx, authoring.module_fields, item_id))
            self.editors.setCurrentWidget(self.module_form)
        else:
            content = operations.read(self._ctx, authoring_content.lesson_content, item_id, self._blobs)
            self.lesson_editor.set_content(content)
            self.editors.setCurrentWidget(self.lesson_editor)

    def selected(self) -> tuple[str, uuid.UUID] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.data(KindRole), uuid.UUID(index.siblingAtColumn(0).data(ItemIdRole))

    def _write(self, fn, *args, error_to=None) -> bool:  # type: ignore[no-untyped-def]
        try:
            operations.write(self._ctx, fn, *args)
        except (authoring.AuthoringError, ValueError) as exc:
            message = str(exc)
            if error_to is not None:
                error_to(message)
            else:
                self.show_message(message)
            self.sig_status_message.emit(message)
            return False
        self.message.hide()
        return True

    def show_message(self, text: str) -> None:
        """An error in words, above the outline (never a dialog that stops the keyboard)."""
        self.message.setText(self.tr("Not saved: {0}").format(text))
        self.message.show()
        self.sig_status_message.emit(text)

    # -- structure -----------------------------------------------------------------------------------------
    def add_module(self) -> None:
        if self.course_id is None:
            return
        try:
            mid = operations.write(
                self._ctx, authoring.create_module, self.course_id, {"title": self.tr("New module")}
            )
        except authoring.AuthoringError as exc:
            self.sig_status_message.emit(str(exc))
            return
        self.show_course(self.course_id, select=mid)
        self.module_form.title.setFocus()
        self.module_form.title.selectAll()

    def add_lesson(self) -> None:
        sel = self.selected()
        if sel is None or self.model.tree is None or not self.model.tree.modules:
            self.sig_status_message.emit(self.tr("Select a module first."))
            return
        kind, item_id = sel
        module_id = (
            item_id if kind == "module" else uuid.UUID(self.tree.currentIndex().parent().data(ItemIdRole))
        )
        lid = operations.write(
            self._ctx, authoring.create_lesson, module_id, {"title": self.tr("New lesson")}
        )
        self.show_course(self.course_id, select=lid)  # type: ignore[arg-type]
        self.lesson_editor.title.setFocus()
        self.lesson_editor.title.selectAll()

    def delete_selected(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        kind, item_id = sel
        what = self.tr("this module and all its lessons") if kind == "module" else self.tr("this lesson")
        if (
            QMessageBox.question(self, self.tr("Delete"), self.tr("Delete {0}?").format(what))
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._write(authoring.delete_module if kind == "module" else authoring.delete_lesson, item_id)
        self.show_course(self.course_id)  # type: ignore[arg-type]
        self.sig_outline_changed.emit()

    def on_model_move_requested(self, kind: str, item_id: str, target: str, position: int) -> None:
        if kind == "module":
            ok = self._write(authoring.move_module, uuid.UUID(item_id), position)
        else:
            ok = self._write(authoring.move_lesson, uuid.UUID(item_id), uuid.UUID(target), position)
        if self.course_id is not None:
            self.show_course(self.course_id, select=uuid.UUID(item_id))
        if ok:
            self.sig_outline_changed.emit()

    def move_selected(self, step: int) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        index = index.siblingAtColumn(0)
        kind, item_id = self.selected()  # type: ignore[misc]
        if kind == "module":
            position = index.row() + step
            if 0 <= position < self.model.rowCount():
                self.on_model_move_requested("module", str(item_id), "", position)
            return
        parent = index.parent()
        position = index.row() + step
        if 0 <= position < self.model.rowCount(parent):
            self.on_model_move_requested("lesson", str(item_id), parent.data(ItemIdRole), position)
        elif step < 0 and parent.row() > 0:  # past the top: to the end of the previous module
            prev = self.model.index(parent.row() - 1, 0)
            self.on_model_move_requested(
                "lesson", str(item_id), prev.data(ItemIdRole), self.model.rowCount(prev)
            )
        elif step > 0 and parent.row() + 1 < self.model.rowCount():  # past the end: top of the next module
            nxt = self.model.index(parent.row() + 1, 0)
            self.on_model_move_requested("lesson", str(item_id), nxt.data(ItemIdRole), 0)

    # -- saving the editors ---------------------------------------------------------------------------------------
    def save_course(self, values: dict) -> None:
        if self.course_id and self._write(
            authoring.update_course, self.course_id, values, error_to=self.course_form.error.setText
        ):
            self.course_form.error.clear()
            self.refresh()
            self.sig_status_message.emit(self.tr("Course saved."))

    def save_module(self, values: dict) -> None:
        sel = self.selected()
        if sel and self._write(
            authoring.update_module, sel[1], values, error_to=self.module_form.error.setText
        ):
            self.show_course(self.course_id, select=sel[1])  # type: ignore[arg-type]
            self.sig_status_message.emit(self.tr("Module saved."))

    def save_lesson_details(self, values: dict) -> None:
        sel = self.selected()
        if sel and self._write(
            authoring.update_lesson, sel[1], values, error_to=self.lesson_editor.show_error
        ):
            self.show_course(self.course_id, select=sel[1])  # type: ignore[arg-type]
            self.lesson_editor.show_error(self.tr("Lesson saved."), ok=True)

    def save_markdown(self, text: str) -> None:
        sel = self.selected()
        if sel and self._write(
            authoring_content.save_markdown, sel[1], text, self._blobs, error_to=self.lesson_editor.show_error
        ):
            self.show_course(self.course_id, select=sel[1])  # type: ignore[arg-type]
            self.lesson_editor.show_error(
                self.tr("Text saved; it reaches learners at the next sync."), ok=True
            )

    def save_quiz(self, doc: dict) -> None:
        sel = self.selected()
        if sel is None:
            return
        if self._write(
            authoring_content.set_quiz, sel[1], doc, error_to=self.lesson_editor.quiz.error.setText
        ):
            self.lesson_editor.quiz.error.clear()
            self.show_course(self.course_id, select=sel[1])  # type: ignore[arg-type]
            self.lesson_editor.show_error(self.tr("Quiz saved."), ok=True)

    def attach(self, kind: str, path: str) -> None:
        sel = self.selected()
        if sel is None:
            return
        try:
            url, mime, size = operations.write(
                self._ctx, authoring_content.attach_media, Path(path), self._blobs
            )
            name = Path(path).name
            if kind == "image":
                self.lesson_editor.insert_markdown(f"![{Path(path).stem}]({url})")
                self.lesson_editor.show_error(
                    self.tr("Image added to the text; save the text to keep it."), ok=True
                )
                return
            if kind == "video":
                operations.write(self._ctx, authoring_content.set_video, sel[1], url, None)
            else:
                operations.write(
                    self._ctx, authoring_content.add_download, sel[1], name, url, name, size, mime
                )
        except authoring.AuthoringError as exc:
            self.lesson_editor.show_error(str(exc))
            return
        self.show_course(self.course_id, select=sel[1])  # type: ignore[arg-type]
        self.lesson_editor.show_error(self.tr("{0} attached.").format(name), ok=True)
