"""Home: where the learner left off, their courses with progress, deadlines coming up, and what is
downloaded for offline study."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from bootcamp_desktop.services import home
from bootcamp_desktop.services.home import Deadline, HomeCourse

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..widgets.common import esc, select_row, table
from ..widgets.progress_delegate import ProgressDelegate

STATUS = {
    "enrolled": QT_TRANSLATE_NOOP("Labels", "Enrolled"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    "suspended": QT_TRANSLATE_NOOP("Labels", "Suspended"),
}
SUBMISSION = {
    None: QT_TRANSLATE_NOOP("Labels", "Not started"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft saved"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Handed in"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
}


class HomeScreen(QWidget):
    sig_lesson_requested = Signal(str)
    sig_course_requested = Signal(str)
    sig_assignment_requested = Signal(str)
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self._ctx = context
        self.summary: home.HomeSummary | None = None

        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setWordWrap(True)
        self.continue_label = QLabel()
        self.continue_label.setObjectName("continueLabel")
        self.continue_label.setWordWrap(True)
        self.continue_button = QPushButton(self.tr("&Continue lesson"))
        self.continue_button.setObjectName("continueButton")
        self.continue_button.setAccessibleName(self.tr("Continue with the next lesson"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        resume = QGroupBox(self.tr("Pick up where you left off"))
        resume_layout = QHBoxLayout(resume)
        resume_layout.addWidget(self.continue_label, 1)
        resume_layout.addWidget(self.continue_button)

        bold = QFont()
        bold.setBold(True)
        self.course_model: RecordModel[HomeCourse] = RecordModel(
            [
                Column(self.tr("Course"), lambda c: c.title, font=lambda c: bold),
                Column(self.tr("Status"), lambda c: label(STATUS.get(c.status or "", c.status or ""))),
                Column(self.tr("Progress"), lambda c: fmt.percent(c.progress)),
                Column(self.tr("Next lesson"), lambda c: c.next_lesson.title if c.next_lesson else ""),
                Column(self.tr("Time spent"), lambda c: fmt.minutes(c.time_spent_minutes)),
                Column(self.tr("On this computer"), self._storage_text, tooltip=self._storage_tip),
            ],
            self,
        )
        self.course_table = table(self.course_model, "homeCourses", self.tr("My courses"), stretch=0)
        self.course_table.setItemDelegateForColumn(2, ProgressDelegate(self.course_table))
        self.course_table.setColumnWidth(1, 110)
        self.course_table.setColumnWidth(2, 120)
        self.course_table.setColumnWidth(3, 240)
        self.course_table.setColumnWidth(4, 90)
        self.course_table.setColumnWidth(5, 175)
        self.course_table.activated.connect(self.on_course_table_activated)

        self.deadline_model: RecordModel[Deadline] = RecordModel(
            [
                Column(
                    self.tr("Due"),
                    lambda d: fmt.when(d.due, self._ctx.timezone),
                    foreground=lambda d: "danger" if d.overdue else None,
                ),
                Column("", lambda d: self.tr("overdue") if d.overdue else fmt.relative(d.due)),
                Column(self.tr("Assignment"), lambda d: d.title),
                Column(self.tr("Course"), lambda d: d.course_title),
                Column(
                    self.tr("Your work"),
                    lambda d: label(SUBMISSION.get(d.submission_status, d.submission_status or "")),
                ),
            ],
            self,
        )
        self.deadline_table = table(
            self.deadline_model,
            "homeDeadlines",
            self.tr("Deadlines coming up"),
            stretch=2,
            empty=self.tr("No deadline coming up."),
        )
        self.deadline_table.setColumnWidth(0, 150)
        self.deadline_table.setColumnWidth(3, 260)
        self.deadline_table.setColumnWidth(4, 150)
        self.deadline_table.activated.connect(self.on_deadline_table_activated)
        self.storage_label = QLabel()
        self.storage_label.setObjectName("storageLabel")
        self.storage_label.setWordWrap(True)

        courses_box = QGroupBox(self.tr("My courses"))
        QVBoxLayout(courses_box).addWidget(self.course_table)
        deadlines_box = QGroupBox(self.tr("Deadlines coming up"))
        QVBoxLayout(deadlines_box).addWidget(self.deadline_table)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(courses_box)
        split.addWidget(deadlines_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(resume)
        layout.addWidget(split, 1)
        layout.addWidget(self.storage_label)
        self.refresh()

    def _storage_text(self, c: HomeCourse) -> str:
        if c.storage is None:
            return ""
        if c.storage.complete:
            return self.tr("Ready offline · {0}").format(fmt.size(c.storage.total_bytes))
        return self.tr("{0} of {1} files to download · {2}").format(
            c.storage.missing_count, c.storage.count, fmt.size(c.storage.missing_bytes)
        )

    def _storage_tip(self, c: HomeCourse) -> str:
        if c.storage is None:
            return ""
        return self.tr("{0} files, {1} here").format(c.storage.count, fmt.size(c.storage.present_bytes))

    def refresh(self) -> None:
        uid = self._ctx.user_id
        if uid is None:
            self.greeting.setText(self.tr("<h2>Welcome</h2>Sign in to see your courses."))
            return
        summary = operations.read(self._ctx, home.home_summary, uid, self._ctx.workspace.blobs_dir)
        self.summary = summary
        first = self._ctx.full_name.split(" ")[0] if self._ctx.full_name else ""
        mode = (
            self.tr("Everything here is on this computer: you can study without a connection.")
            if not self._ctx.workspace.settings.server_url
            else self.tr("Your work is saved here first and sent at the next sync.")
        )
        self.greeting.setText(f"<h2>{esc(self.tr('Welcome back, {0}').format(first))}</h2>{esc(mode)}")
        target = summary.continue_with
        if target is not None:
            course, lesson = target
            self.continue_label.setText(
                self.tr("<b>{0}</b><br>{1} · {2} · {3} complete").format(
                    esc(lesson.title),
                    esc(course.title),
                    esc(lesson.module_title),
                    fmt.percent(course.progress),
                )
            )
            self.continue_button.setEnabled(True)
        else:
            self.continue_label.setText(self.tr("No lesson waiting. Find a new course in the Catalogue."))
            self.continue_button.setEnabled(False)
        self.course_model.set_rows(summary.courses)
        self.deadline_model.set_rows(summary.deadlines)
        select_row(self.course_table, 0)
        total = sum(c.storage.total_bytes for c in summary.courses if c.storage)
        missing = sum(c.storage.missing_bytes for c in summary.courses if c.storage)
        text = self.tr(
            "Downloaded on this computer: {0} (lesson media, your files and your projects' files)."
        ).format(fmt.size(summary.downloaded_bytes))
        if missing:
            text += " " + self.tr("{0} of your courses' {1} still to download.").format(
                fmt.size(missing), fmt.size(total)
            )
        else:
            text += " " + self.tr("All your courses' lessons are ready offline.")
        self.storage_label.setText(text)

    def on_shown(self) -> None:
        self.refresh()

    def on_continue_button_clicked(self) -> None:
        target = self.summary.continue_with if self.summary else None
        if target is not None:
            self.sig_lesson_requested.emit(str(target[1].lesson_id))

    def on_course_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_course_requested.emit(str(self.course_model.row_at(index.row()).course_id))

    def on_deadline_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_assignment_requested.emit(str(self.deadline_model.row_at(index.row()).assignment_id))

    @staticmethod
    def now() -> dt.datetime:
        return dt.datetime.now(dt.UTC)


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("HomeScreen", "Welcome back, {0}"),)
