"""The lesson viewer: any lesson, by content type (text, video, interactive and quiz questions,
assignment), with its resources; progress is tracked as the learner works (current lesson, time spent,
completion, quiz attempts and best score)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models.blobstore import parse_blob_url
from bootcamp_desktop.services import assignments, home, lessons, local_state, progress
from bootcamp_desktop.services.lessons import LessonContent, Resource
from bootcamp_desktop.services.safe_names import safe_link

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.outline_model import CONTENT_LABELS
from ..models.record_model import Column, RecordModel
from ..widgets.common import Notice, esc, table
from ..widgets.save_copy import save_blob_copy
from .lesson.quiz_view import QuizView
from .lesson.text_view import MarkdownView
from .lesson.video_view import VideoView

TICK_MS = 15_000  # how often study time is counted while the lesson is on screen
STATUS = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
}
RESOURCE_KIND = {
    "link": QT_TRANSLATE_NOOP("Labels", "Link"),
    "download": QT_TRANSLATE_NOOP("Labels", "Download"),
    "template": QT_TRANSLATE_NOOP("Labels", "Template"),
}


class LessonScreen(QWidget):
    sig_lesson_requested = Signal(str)
    sig_course_requested = Signal(str)
    sig_assignment_requested = Signal(str)
    sig_status_message = Signal(str)
    sig_progress_changed = Signal(str)  # lesson id whose progress was recorded

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LessonScreen")
        self._ctx = context
        self._ws = context.workspace
        self.content: LessonContent | None = None
        self.study_seconds = 0  # counted, not yet written as whole minutes

        self.crumbs = QLabel()
        self.crumbs.setObjectName("lessonCrumbs")
        self.title = QLabel()
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("lessonMeta")
        self.meta.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.setObjectName("lessonPages")
        self.text_view = MarkdownView(self._ws.blobs_dir)
        self.video_view = VideoView()
        self.video_view.sig_position_changed.connect(self.on_video_view_position_changed)
        self.video_view.sig_finished.connect(self.on_video_view_finished)
        self.quiz_view = QuizView()
        self.quiz_view.sig_attempt_finished.connect(self.on_quiz_view_attempt_finished)
        self.assignment_page = QWidget()
        self.assignment_label = QLabel()
        self.assignment_label.setObjectName("assignmentSummary")
        self.assignment_label.setWordWrap(True)
        self.assignment_button = QPushButton(self.tr("Open the &assignment"))
        self.assignment_button.setObjectName("openAssignmentButton")
        self.assignment_button.clicked.connect(self.on_assignment_button_clicked)
        a_layout = QVBoxLayout(self.assignment_page)
        a_layout.addWidget(self.assignment_label)
        a_layout.addWidget(self.assignment_button, 0, Qt.AlignmentFlag.AlignLeft)
        a_layout.addStretch(1)
        self.missing_page = QLabel()
        self.missing_page.setObjectName("notDownloaded")
        self.missing_page.setWordWrap(True)
        self.missing_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_page = QLabel()
        self.description_page.setWordWrap(True)
        self.description_page.setAlignment(Qt.AlignmentFlag.AlignTop)
        for page in (
            self.text_view,
            self.video_view,
            self.quiz_view,
            self.assignment_page,
            self.missing_page,
            self.description_page,
        ):
            self.pages.addWidget(page)

        self.resource_model: RecordModel[Resource] = RecordModel(
            [
                Column(self.tr("Resource"), lambda r: r.title, tooltip=lambda r: r.url),
                Column(self.tr("Kind"), lambda r: label(RESOURCE_KIND.get(r.kind, r.kind))),
                Column(self.tr("Size"), lambda r: fmt.size(r.size_bytes) if r.size_bytes else ""),
                Column("", lambda r: "" if r.present else self.tr("not downloaded yet")),
            ],
            self,
        )
        self.resource_table = table(self.resource_model, "resourceTable", self.tr("Resources"), stretch=0)
        self.resource_table.setMaximumHeight(130)
        self.resource_table.activated.connect(self.on_resource_table_activated)
        self.resource_button = QPushButton(self.tr("Open / save a &copy…"))
        self.resource_button.setObjectName("resourceButton")
        self.resource_button.clicked.connect(
            lambda: self.on_resource_table_activated(self.resource_table.currentIndex())
        )
        self.resources_box = QWidget()
        r_layout = QVBoxLayout(self.resources_box)
        r_layout.setContentsMargins(0, 0, 0, 0)
        r_head = QHBoxLayout()
        r_head.addWidget(QLabel(self.tr("<b>Resources</b>")))
        r_head.addStretch(1)
        r_head.addWidget(self.resource_button)
        r_layout.addLayout(r_head)
        r_layout.addWidget(self.resource_table)

        self.notice = Notice("lessonNotice")
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.previous_button.setObjectName("previousLessonButton")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(
            lambda: self._go(self.content.previous if self.content else None)
        )
        self.complete_button = QPushButton(self.tr("&Mark as complete"))
        self.complete_button.setObjectName("completeButton")
        self.complete_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.complete_button.clicked.connect(self.on_complete_button_clicked)
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setObjectName("nextLessonButton")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self._go(self.content.next if self.content else None))
        self.outline_button = QPushButton(self.tr("Course &outline"))
        self.outline_button.setObjectName("outlineButton")
        self.outline_button.clicked.connect(
            lambda: self.content and self.sig_course_requested.emit(str(self.content.course_id))
        )
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.outline_button)
        nav.addStretch(1)
        nav.addWidget(self.complete_button)
        nav.addWidget(self.next_button)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.pages)
        split.addWidget(self.resources_box)
        split.setStretchFactor(0, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.crumbs)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)
        layout.addLayout(nav)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.add_study_seconds(TICK_MS // 1000))
        if context.user_id is not None:
            first = operations.read(context, home.suggested_lesson, context.user_id)
            if first is not None:
                self.show_lesson(first, track=False)
        if self.content is None:
            self.title.setText(self.tr("<h2>No lesson open</h2>"))
            self.meta.setText(self.tr("Choose a lesson in My courses or on Home."))
            self.pages.setCurrentWidget(self.description_page)
            for button in (self.previous_button, self.next_button, self.complete_button, self.outline_button):
                button.setEnabled(False)

    # -- showing a lesson --------------------------------------------------------------------------------

    def show_lesson(self, lesson_id: uuid.UUID, *, track: bool = True) -> None:
        """Show a lesson; with ``track`` (a learner opening it), it becomes the current lesson."""
        self.leave_lesson()
        uid = self._ctx.user_id
        if track and uid is not None:
            operations.write(self._ctx, progress.open_lesson, uid, lesson_id)
        self.content = operations.read(self._ctx, lessons.load_lesson, self._ws.blobs_dir, uid, lesson_id)
        self.notice.clear_message()
        self._render()
        if track:
            self.timer.start()
            self.sig_progress_changed.emit(str(lesson_id))

    def _render(self) -> None:
        c = self.content
        assert c is not None
        self.crumbs.setText(
            esc(f"{c.course_title}  ›  {c.module_title}")
            + ("" if c.module_required else esc(self.tr("  (optional module)")))
        )
        self.title.setText(f"<h2>{esc(c.title)}</h2>")
        self._render_meta()
        self.resource_model.set_rows(c.resources)
        self.resources_box.setVisible(bool(c.resources))
        self.previous_button.setEnabled(c.previous is not None)
        self.next_button.setEnabled(c.next is not None)
        self.outline_button.setEnabled(True)
        self.next_button.setToolTip(c.next.title if c.next else "")
        self.previous_button.setToolTip(c.previous.title if c.previous else "")
        kind = c.content_type
        self.complete_button.setVisible(
            kind in ("text", "video") or (kind == "interactive" and c.quiz is None)
        )
        self.complete_button.setEnabled(c.enrolled and (c.state is None or c.state.status != "completed"))
        if c.missing and kind in ("text", "video"):
            self.missing_page.setText(
                esc(
                    self.tr(
                        "This lesson is not downloaded yet. Download its course or module for offline study in "
                        "My courses; downloading needs a connection to the bootcamp's server."
                    )
                )
            )
            self.pages.setCurrentWidget(self.missing_page)
        elif kind == "text" and c.markdown is not None:
            self.text_view.show_markdown(c.markdown)
            self.pages.setCurrentWidget(self.text_view)
        elif kind == "video" and c.video_sha:
            self.pages.setCurrentWidget(self.video_view)
            self._load_video(c)
        elif c.quiz is not None:
            self._show_quiz(c)
        elif kind == "assignment":
            self._show_assignment(c)
        else:
            self.description_page.setText(esc(c.description or c.quiz_error or ""))
            self.pages.setCurrentWidget(self.description_page)

    def _render_meta(self) -> None:
        c = self.content
        assert c is not None
        bits = [label(CONTENT_LABELS.get(c.content_type or "", c.content_type or ""))]
        if c.minutes:
            bits.append(self.tr("{0} min").format(c.minutes))
        if c.state is not None:
            bits.append(label(STATUS.get(c.state.status, c.state.status)))
            if c.state.time_spent_minutes:
                bits.append(self.tr("{0} studied").format(fmt.minutes(c.state.time_spent_minutes)))
            if c.state.best_score is not None:
                bits.append(self.tr("best score {0}").format(fmt.percent(c.state.best_score)))
        elif not c.enrolled:
            bits.append(
                self.tr("Preview: enrol to keep your progress") if c.is_preview else self.tr("Not enrolled")
            )
        self.meta.setText(
            esc(" · ".join(b for b in bits if b))
            + (f"<br><i>{esc(c.description)}</i>" if c.description else "")
        )

    def _load_video(self, c: LessonContent) -> None:
        assert c.video_sha is not None and self._ctx.user_id is not None
        path = lessons.playable_file(
            self._ws.blobs_dir, self._ws.directory / "cache" / "video", c.video_sha, c.video_mime
        )
        resume = local_state.load_position(self._ws.directory, self._ctx.user_id, c.lesson_id)
        self.video_view.load(path, resume)

    def _quiz_status(self, c: LessonContent) -> str:
        quiz = c.quiz
        assert quiz is not None
        parts = []
        if quiz.graded:
            parts.append(self.tr("Pass mark {0}").format(fmt.percent(quiz.pass_percentage)))
        used = c.state.attempts_count if c.state else 0
        if quiz.max_attempts:
            parts.append(self.tr("attempts used: {0} of {1}").format(used, quiz.max_attempts))
        elif used:
            parts.append(self.tr("attempts: {0}").format(used))
        if c.state and c.state.best_score is not None:
            parts.append(self.tr("your best: {0}").format(fmt.percent(c.state.best_score)))
        return " · ".join(parts)

    def _show_quiz(self, c: LessonContent) -> None:
        assert c.quiz is not None
        image = lessons.blob_file(self._ws.blobs_dir, f"blob:sha256:{c.image_sha}") if c.image_sha else None
        can, reason = c.enrolled, self.tr("Enrol in the course to answer these questions.")
        used = c.state.attempts_count if c.state else 0
        if can and c.quiz.max_attempts is not None and used >= c.quiz.max_attempts:
            can, reason = (
                False,
                fmt.plural(
                    self.tr(
                        "You have used all %n attempt(s). Your best score is kept.", "", c.quiz.max_attempts
                    ),
                    c.quiz.max_attempts,
                ),
            )
        if can and c.assignment_id is not None:
            locked = operations.read(
                self._ctx, assignments.quiz_lock_reason, self._ctx.user_id, c.assignment_id
            )
            if locked:
                can, reason = False, locked
        self.quiz_view.set_quiz(c.quiz, image, self._quiz_status(c), can_answer=can, locked_reason=reason)
        self.pages.setCurrentWidget(self.quiz_view)

    def _show_assignment(self, c: LessonContent) -> None:
        if c.assignment_id is None:
            self.assignment_label.setText(esc(c.description or ""))
            self.assignment_button.hide()
        else:
            detail = operations.read(
                self._ctx, assignments.assignment_detail, self._ctx.user_id, c.assignment_id
            )
            due = fmt.when(detail.due, self._ctx.timezone) if detail.due else self.tr("no due date")
            self.assignment_label.setText(
                f"<h3>{esc(detail.title)}</h3><p>{esc(detail.description)}</p>"
                f"<p>{esc(self.tr('Due {0}').format(due))}</p>"
            )
            self.assignment_button.show()
        self.pages.setCurrentWidget(self.assignment_page)

    def _go(self, ref: lessons.LessonRef | None) -> None:
        if ref is not None:
            self.show_lesson(ref.lesson_id)

    # -- tracking ------------------------------------------------------------------------------------------

    def add_study_seconds(self, seconds: int) -> None:
        """Count study time while the lesson is on screen; whole minutes go to the replica."""
        if self.content is None or not self.content.enrolled or self._ctx.user_id is None:
            return
        if not self.isVisible():
            return
        self.study_seconds += seconds
        self._write_minutes(self.study_seconds // 60)

    def _write_minutes(self, minutes: int) -> None:
        if minutes <= 0 or self.content is None or self._ctx.user_id is None:
            return
        self.study_seconds -= minutes * 60
        state = operations.write(
            self._ctx, progress.record_time, self._ctx.user_id, self.content.lesson_id, minutes
        )
        if state is not None:
            self.content.state = state
            self._render_meta()

    def leave_lesson(self) -> None:
        """Stop the clock and the video; half a minute or more still counts as a minute."""
        self.timer.stop()
        if self.content is not None and self.content.content_type == "video":
            self.video_view.stop()
        if self.study_seconds >= 30:
            self.study_seconds = 60
            self._write_minutes(1)
        self.study_seconds = 0

    def hideEvent(self, event: object) -> None:
        self.leave_lesson()
        super().hideEvent(event)  # type: ignore[arg-type]

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self.content is not None and self.content.enrolled:
            self.timer.start()

    def flush_pending(self) -> None:
        self.leave_lesson()

    # -- actions ---------------------------------------------------------------------------------------------

    def on_complete_button_clicked(self) -> None:
        self._complete(self.tr("Lesson completed. Saved on this computer; sent at the next sync."))

    def on_video_view_finished(self) -> None:
        """Watching a video lesson to its end completes it, as "Mark as complete" would."""
        c = self.content
        if c is None or c.content_type != "video" or not c.enrolled:
            return
        if c.state is not None and c.state.status == "completed":
            return
        self._complete(
            self.tr(
                "You watched the whole video: lesson completed. Saved on this computer; "
                "sent at the next sync."
            )
        )

    def _complete(self, message: str) -> None:
        if self.content is None or self._ctx.user_id is None:
            return
        try:
            state = operations.write(
                self._ctx, progress.complete_lesson, self._ctx.user_id, self.content.lesson_id
            )
        except progress.NotEnrolledError as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.content.state = state
        self._render_meta()
        self.complete_button.setEnabled(False)
        self.notice.show_message(message, "info")
        self.sig_progress_changed.emit(str(self.content.lesson_id))

    def on_quiz_view_attempt_finished(self, answers: dict) -> None:
        c = self.content
        if c is None or self._ctx.user_id is None:
            return
        try:
            if c.assignment_id is not None and c.content_type == "assignment":
                result = operations.write(
                    self._ctx, assignments.take_graded_quiz, self._ctx.user_id, c.assignment_id, answers
                )
            else:
                result = operations.write(
                    self._ctx, progress.record_quiz_attempt, self._ctx.user_id, c.lesson_id, answers
                )
        except (
            progress.NoAttemptsLeftError,
            progress.NotEnrolledError,
            assignments.SubmissionLockedError,
        ) as exc:
            self.notice.show_message(str(exc), "error")
            return
        c.state = result.lesson
        self._render_meta()
        self.quiz_view.show_result(result, self._quiz_status(c))
        if c.content_type == "assignment":
            self.notice.show_message(
                self.tr("Your answers are handed in; the official grade arrives at the next sync."), "info"
            )
        self.sig_progress_changed.emit(str(c.lesson_id))

    def on_video_view_position_changed(self, position_ms: int) -> None:
        if self.content is not None and self._ctx.user_id is not None:
            local_state.save_position(
                self._ws.directory, self._ctx.user_id, self.content.lesson_id, position_ms
            )

    def on_assignment_button_clicked(self) -> None:
        if self.content is not None and self.content.assignment_id is not None:
            self.sig_assignment_requested.emit(str(self.content.assignment_id))

    def on_resource_table_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        resource = self.resource_model.row_at(index.row())
        if resource.is_link or parse_blob_url(resource.url) is None:
            link = safe_link(resource.url)
            if link is None:
                self.notice.show_message(
                    self.tr("This link is not a web address, so it is not opened."), "error"
                )
                return
            QDesktopServices.openUrl(QUrl(link))
            self.notice.show_message(
                self.tr("Opening {0} in your browser (it needs a connection).").format(link), "offline"
            )
            return
        if not resource.present:
            self.notice.show_message(
                self.tr("{0} is not downloaded yet; download the course in My courses.").format(
                    resource.title
                ),
                "offline",
            )
            return
        save_blob_copy(self, self.notice, self._ws.blobs_dir, resource.url, resource.file_name, "resource")


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (QT_TRANSLATE_NOOP("LessonScreen", "Due {0}"),)
