"""My courses: the learner's courses on the left; the selected course's outline on the right, with
completion marks, estimated times, and "download for offline" per course or module (size shown first,
progress while it runs)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import courses, downloads

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..models.course_list_model import CourseListModel
from ..models.outline_model import OutlineModel
from ..widgets.common import Notice, esc


class MyCoursesScreen(QWidget):
    sig_course_changed = Signal(str)
    sig_lesson_requested = Signal(str)
    sig_catalogue_course_requested = Signal(str)
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MyCoursesScreen")
        self._ctx = context
        self._ws = context.workspace
        self.course_id: uuid.UUID | None = None
        self._download: operations.Background | None = None
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
        self.outline.setAlternatingRowColors(True)
        self.outline.activated.connect(self.on_outline_activated)
        self.outline.selectionModel().currentChanged.connect(lambda _c, _p: self._update_download_buttons())
        header = self.outline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 85), (3, 165), (4, 150)):
            header.resizeSection(column, width)  # fixed: measuring 200 rows on every course change costs more

        self.open_button = QPushButton(self.tr("&Open lesson"))
        self.open_button.setObjectName("openLessonButton")
        self.open_button.setAccessibleName(self.tr("Open the selected lesson"))
        self.open_button.clicked.connect(lambda: self.on_outline_activated(self.outline.currentIndex()))
        self.download_course_button = QPushButton()
        self.download_course_button.setObjectName("downloadCourseButton")
        self.download_course_button.clicked.connect(lambda: self.start_download(module=False))
        self.download_module_button = QPushButton()
        self.download_module_button.setObjectName("downloadModuleButton")
        self.download_module_button.clicked.connect(lambda: self.start_download(module=True))
        self.download_progress = QProgressBar()
        self.download_progress.setObjectName("downloadProgress")
        self.download_progress.setAccessibleName(self.tr("Download progress"))
        self.download_progress.hide()
        self.notice = Notice("outlineNotice")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.outline, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.download_module_button)
        buttons.addWidget(self.download_course_button)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.download_progress)
        right_layout.addWidget(self.notice)
        splitter = QSplitter()
        splitter.addWidget(self.course_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 900])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()

    # -- data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        user_id = self._ctx.user_id
        rows = operations.read(self._ctx, courses.my_courses, user_id) if user_id else []
        keep = self.course_id
        self.course_model.set_courses(rows)
        if rows:
            row = next((i for i, c in enumerate(rows) if c.course_id == keep), 0)
            self.course_list.setCurrentIndex(self.course_model.index(row))

    def on_shown(self) -> None:
        self.refresh()

    def select_course(self, course_id: uuid.UUID) -> None:
        for row in range(self.course_model.rowCount()):
            if self.course_model.course_at(row).course_id == course_id:
                self.course_list.setCurrentIndex(self.course_model.index(row))
                return
        self.refresh()

    def show_course(self, course_id: uuid.UUID) -> None:
        current = self.outline_model.lesson_at(self.outline.currentIndex())
        outline = operations.read(
            self._ctx, courses.course_outline, course_id, self._ctx.user_id, self._ws.blobs_dir
        )
        self.course_id = course_id
        self.outline_model.set_outline(outline)
        self.outline.expandAll()
        index = self.outline_model.find_lesson(current.lesson_id) if current else QModelIndex()
        if not index.isValid():
            index = self._first_open_lesson()
        self.outline.setCurrentIndex(index)
        self._update_download_buttons()
        self.sig_course_changed.emit(str(course_id))

    def _first_open_lesson(self) -> QModelIndex:
        for m, module in enumerate(self.outline_model.modules):
            for n, lesson in enumerate(module.lessons):
                if lesson.status != "completed":
                    return self.outline_model.index(n, 0, self.outline_model.index(m, 0))
        return self.outline_model.index(0, 0)

    def on_course_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        course = self.course_model.course_at(indexes[0].row())
        self.notice.clear_message()
        self.show_course(course.course_id)
        modules = self.outline_model.modules
        lessons = sum(len(m.lessons) for m in modules)
        self.title.setText(
            f"<h2>{esc(course.title)}</h2>"
            + esc(
                self.tr("{0} complete · {1} modules · {2} lessons").format(
                    fmt.percent(course.progress), len(modules), lessons
                )
            )
        )

    def on_outline_activated(self, index: QModelIndex) -> None:
        lesson = self.outline_model.lesson_at(index)
        if lesson is not None:
            self.sig_lesson_requested.emit(str(lesson.lesson_id))
        elif index.isValid():
            self.outline.setExpanded(
                index.siblingAtColumn(0), not self.outline.isExpanded(index.siblingAtColumn(0))
            )

    # -- downloads ---------------------------------------------------------------------------------------

    def _scope(self, module: bool) -> tuple[uuid.UUID, uuid.UUID | None] | None:
        """(course, module or None) of a download; None when there is nothing to download from."""
        if self.course_id is None:
            return None
        if not module:
            return self.course_id, None
        row = self.outline_model.module_at(self.outline.currentIndex())
        return (self.course_id, row.module_id) if row is not None else None

    def _sizes(self, module: bool) -> tuple[int, int, int]:
        """(files, total bytes, bytes still to download) from the outline already shown."""
        if module:
            row = self.outline_model.module_at(self.outline.currentIndex())
            modules = [row] if row is not None else []
        else:
            modules = self.outline_model.modules
        lessons = [lesson for m in modules for lesson in m.lessons]
        total = sum(lesson.media_bytes for lesson in lessons)
        missing = sum(lesson.media_missing_bytes for lesson in lessons)
        count = sum(1 for lesson in lessons if lesson.media_bytes or lesson.media_missing)
        return count, total, missing

    def _update_download_buttons(self) -> None:
        for button, module in ((self.download_course_button, False), (self.download_module_button, True)):
            count, total, missing = self._sizes(module)
            what = self.tr("module") if module else self.tr("course")
            if count == 0:
                button.setText(self.tr("No files in this {0}").format(what))
                button.setEnabled(False)
            elif not missing:
                button.setText(
                    self.tr("✓ {0} ready offline ({1})").format(what.capitalize(), fmt.size(total))
                )
                button.setEnabled(True)
            else:
                button.setText(self.tr("Download {0} for offline ({1})").format(what, fmt.size(missing)))
                button.setEnabled(self._download is None)
            button.setAccessibleName(button.text())

    def start_download(self, *, module: bool) -> None:
        scope = self._scope(module)
        if scope is None:
            return
        plan = operations.read(self._ctx, downloads.plan_download, *scope, self._ws.blobs_dir)
        missing = plan.missing
        if not missing and not plan.texts_unread:
            summary = downloads.summarise(plan.items)
            self.notice.show_message(
                self.tr("All {0} files ({1}) are already on this computer.").format(
                    summary.count, fmt.size(summary.total_bytes)
                ),
                "info",
            )
            return
        downloader = self._ctx.downloader
        if downloader is None:
            self.notice.show_message(
                self.tr(
                    "Downloading needs a server, and this replica has none configured (File ▸ Sign in). "
                    "The demo bootcamp's media is already on this computer."
                ),
                "offline",
            )
            return
        total = plan.missing_bytes
        if self.property("confirm_downloads") is not False:
            question = self.tr("Download {0} files ({1}) now?").format(len(missing), fmt.size(total))
            later = plan.unknown_sizes + plan.texts_unread
            if later:
                question += " " + self.tr(
                    "The size of {0} more (pictures inside lesson texts) is known once "
                    "the texts arrive; they come in the same download."
                ).format(later)
            answer = QMessageBox.question(self, self.tr("Download for offline"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.download_progress.setRange(0, 1000)
        self.download_progress.setValue(0)
        self.download_progress.setFormat(self.tr("%p% of {0}").format(fmt.size(total)))
        self.download_progress.show()
        self.notice.show_message(
            self.tr("Downloading {0} files ({1})…").format(len(missing), fmt.size(total)), "info"
        )
        db, root = self._ws.db, self._ws.blobs_dir

        def job(progress):  # type: ignore[no-untyped-def]
            return downloads.download_for_offline(
                db,
                root,
                *scope,
                downloader,
                lambda done, all_: progress("blobs", done / all_ if all_ else 1.0),
            )

        self._download = operations.Background(job, owner=self)
        self._download.signals.sig_progress_changed.connect(
            lambda _stage, fraction: self.download_progress.setValue(int(fraction * 1000))
        )
        self._download.signals.sig_finished.connect(self.on_download_finished)
        self._download.signals.sig_failed.connect(self.on_download_failed)
        self._update_download_buttons()
        self._download.start()

    def on_download_finished(self, result: object) -> None:
        self._download = None
        self.download_progress.hide()
        assert isinstance(result, downloads.DownloadResult)
        done = fmt.plural(self.tr("Downloaded %n file(s) ({0}).", "", result.fetched), result.fetched).format(
            fmt.size(result.fetched_bytes)
        )
        if result.complete:
            self.notice.show_message(
                done
                + " "
                + self.tr("Everything its lessons show is on this computer now; they work offline."),
                "info",
            )
        else:
            self.notice.show_message(
                done
                + " "
                + self.tr(
                    "{0} files could not be fetched: the server does not offer them to you. The lessons that "
                    "show them say so."
                ).format(len(result.not_fetched)),
                "error",
            )
        if self.course_id is not None:
            self.show_course(self.course_id)

    def on_download_failed(self, message: str) -> None:
        self._download = None
        self.download_progress.hide()
        self.notice.show_message(
            self.tr("The download stopped: {0} What arrived is kept; it resumes next time.").format(message),
            "error",
        )
        self._update_download_buttons()
