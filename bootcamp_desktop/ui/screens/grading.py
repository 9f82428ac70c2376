"""The grading workspace: the queue on the left, the learner's work in the middle, the rubric and
feedback on the right. Built to be driven from the keyboard alone:

=======================  ==========================================================
Alt+N / Alt+Down         next submission (Alt+P / Alt+Up: previous)
1-9, Left/Right, 0       choose / step / clear the level of the focused criterion
Up/Down, Tab, Enter      move between criteria; Enter opens the criterion's comment
Alt+O, Alt+I, Alt+X      overall feedback, improvements, next steps
Alt+G, Alt+E             grade override and its reason
Ctrl+Space               insert a comment snippet (Ctrl+Shift+S saves one)
Ctrl+Enter               submit the grade, then go to the next submission
Ctrl+Shift+Enter         request a revision
Alt+Right / Alt+Left     next / previous file of the submission
Alt+R, Alt+Q             focus the rubric, focus the queue
Ctrl+Shift+A             anonymous grading on/off
=======================  ==========================================================

Work in progress is saved as a local draft a moment after each change (``services.grading_drafts``);
a grade is written to the replica, and so to the outbox, only when submitted.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import (
    grader_files,
    grading,
    grading_detail,
    grading_drafts,
    grading_write,
    snippets,
    staff,
)
from bootcamp_desktop.services.grade_scale import effective_scale, set_workspace_scale, workspace_scale

from .. import operations
from ..context import AppContext
from ..dialogs.grade_scale_dialog import GradeScaleDialog
from ..dialogs.snippet_picker import SnippetPicker
from ..labels import label
from ..models.grading_queue_model import GradingQueueModel
from ..style import set_tone
from ..widgets.grading.files_bar import GraderFilesBar
from ..widgets.grading.grade_editor import GradeEditor
from ..widgets.grading.submission_preview import SubmissionPreview
from ..widgets.wrap_row import WrapRow
from .grading_layout import GradingArrangement, queue_table

AUTOSAVE_MS = 700
ANONYMOUS_KEY = "grading_anonymous"
STATUS_FILTER_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("Labels", "Waiting for a grade"),
    "all": QT_TRANSLATE_NOOP("Labels", "All"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
}
KEY_HINTS = QT_TRANSLATE_NOOP(
    "Labels",
    "Alt+N next · Alt+P previous · 1–9 level · ↑↓ criteria · Enter comment · Ctrl+Space snippet · Ctrl+Enter submit · Ctrl+Shift+Enter revision",
)  # noqa: E501


class GradingScreen(QWidget):
    sig_status_message = Signal(str)
    sig_submission_changed = Signal(str)
    sig_grade_submitted = Signal(str)
    sig_draft_saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GradingScreen")
        self._ctx = context
        self._dir = context.workspace.directory
        self.tz = operations.read(context, staff.user_timezone, context.user_id)
        self.current_id: uuid.UUID | None = None
        self._dirty = False
        self._focus_editor_on_load = False

        self._build_filters()
        self.model = GradingQueueModel(self)
        self.model.files_provider = lambda ids: operations.read(
            context, grader_files.submission_files, ids, context.workspace.blobs_dir
        )
        self.queue_view = queue_table(
            self.model, self.tr("Grading queue"), self.tr("Nothing to grade with these filters.")
        )
        self.queue_view.selectionModel().currentRowChanged.connect(self.on_queue_view_current_row_changed)

        self.preview = SubmissionPreview()
        self.files_bar = GraderFilesBar(context)
        self.files_bar.sig_files_arrived.connect(self.on_files_bar_files_arrived)
        self.files_bar.sig_status_message.connect(self.sig_status_message)
        self.preview.waiting_hint = self.files_bar.waiting_hint
        self.preview.sig_download_requested.connect(self.files_bar.download)
        self.editor = GradeEditor()
        self.editor.sig_changed.connect(self.on_editor_changed)
        self.editor.form.sig_submit_requested.connect(self.submit_grade)
        self.editor.form.sig_revision_requested.connect(self.request_revision)
        self.editor.conflict_banner.sig_sync_panel_requested.connect(
            self.on_conflict_banner_sync_panel_requested
        )

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

        queue_box = QWidget()
        queue_layout = QVBoxLayout(queue_box)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.files_bar)
        queue_layout.addWidget(self.queue_view, 1)
        queue_layout.addWidget(self.count_label)
        self.arrangement = GradingArrangement(queue_box, self.queue_view, self.preview, self.editor)
        self.hints = QLabel(label(KEY_HINTS))
        self.hints.setObjectName("keyHints")
        set_tone(self.hints, "muted")
        self.hints.setProperty("small", True)
        self.hints.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.arrangement.splitter, 1)
        layout.addWidget(self.hints)
        self._build_actions()
        self._load_filters()
        self.refresh()

    # -- construction ----------------------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.course_combo = QComboBox()
        self.course_combo.setObjectName("courseFilter")
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.assignment_combo = QComboBox()
        self.assignment_combo.setObjectName("assignmentFilter")
        self.assignment_combo.setAccessibleName(self.tr("Assignment"))
        self.assignment_combo.setMinimumContentsLength(18)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setAccessibleName(self.tr("Status"))
        for key in grading.STATUS_FILTERS:
            self.status_combo.addItem(label(STATUS_FILTER_LABELS[key]), key)
        self.anonymous_check = QCheckBox(self.tr("Anonymous"))
        self.anonymous_check.setObjectName("anonymousGrading")
        self.anonymous_check.setToolTip(self.tr("Hide learners' names while grading (Ctrl+Shift+A)"))
        self.anonymous_check.setChecked(bool(self._ctx.workspace.settings.extra.get(ANONYMOUS_KEY)))
        self.scale_button = QPushButton(self.tr("Scale…"))
        self.scale_button.setObjectName("gradeScaleButton")
        self.scale_button.setToolTip(self.tr("Your default A–F scale, for rubrics without their own"))
        self.count_label = QLabel()
        self.count_label.setObjectName("queueCount")
        pairs = []  # each filter beside its name; the filters side by side, or one above the other where narrow
        for words, combo in (
            (self.tr("Course"), self.course_combo),
            (self.tr("Assignment"), self.assignment_combo),
            (self.tr("Status"), self.status_combo),
        ):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(words))
            row.addWidget(combo, 1)
            pairs.append(pair)
        options = WrapRow([self.anonymous_check, self.scale_button])
        self.filter_bar = WrapRow([WrapRow(pairs[:2]), WrapRow([pairs[2], options])])
        self.course_combo.currentIndexChanged.connect(self.on_course_combo_current_index_changed)
        self.assignment_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.anonymous_check.toggled.connect(self.on_anonymous_check_toggled)
        self.scale_button.clicked.connect(self.on_scale_button_clicked)

    def _action(self, text: str, keys: tuple[str, ...], slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this screen is shown
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.next_action = self._action(
            self.tr("Next submission"), ("Alt+N", "Alt+Down"), self.next_submission
        )
        self.previous_action = self._action(
            self.tr("Previous submission"), ("Alt+P", "Alt+Up"), self.previous_submission
        )
        self.submit_action = self._action(
            self.tr("Submit grade"), ("Ctrl+Return", "Ctrl+Enter"), self.submit_grade
        )
        self.revision_action = self._action(
            self.tr("Request revision"), ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"), self.request_revision
        )
        self._action(self.tr("Insert snippet"), ("Ctrl+Space",), self.insert_snippet)
        self._action(self.tr("Save as snippet"), ("Ctrl+Shift+S",), self.save_snippet)
        self._action(self.tr("Anonymous grading"), ("Ctrl+Shift+A",), self.anonymous_check.toggle)
        self._action(self.tr("Focus rubric"), ("Alt+R",), self.editor.focus_rubric)
        self._action(self.tr("Focus queue"), ("Alt+Q",), lambda: self.queue_view.setFocus())
        self._action(self.tr("Next file"), ("Alt+Right",), self.preview.next_item)
        self._action(self.tr("Previous file"), ("Alt+Left",), self.preview.previous_item)
        self._action(self.tr("Open link"), ("Ctrl+Shift+O",), self.preview.open_current_link)

    # -- filters -----------------------------------------------------------------------------------------------
    def _load_filters(self) -> None:
        courses = (
            operations.read(self._ctx, staff.staffed_courses, self._ctx.user_id, staff.TEACHING_ROLES)
            if self._ctx.user_id
            else []
        )
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        self.course_combo.addItem(self.tr("All my courses"), None)
        for c in courses:
            self.course_combo.addItem(c.title, str(c.course_id))
        self.course_combo.blockSignals(False)
        self._load_assignments()

    def _load_assignments(self) -> None:
        course = self.course_combo.currentData()
        refs = (
            operations.read(
                self._ctx, grading.queue_assignments, self._ctx.user_id, uuid.UUID(course) if course else None
            )
            if self._ctx.user_id
            else []
        )
        self.assignment_combo.blockSignals(True)
        self.assignment_combo.clear()
        self.assignment_combo.addItem(self.tr("All assignments"), None)
        for a in refs:
            self.assignment_combo.addItem(a.title, str(a.assignment_id))
        self.assignment_combo.blockSignals(False)

    def current_filter(self) -> grading.QueueFilter:
        course, assignment = self.course_combo.currentData(), self.assignment_combo.currentData()
        return grading.QueueFilter(
            course_id=uuid.UUID(course) if course else None,
            assignment_id=uuid.UUID(assignment) if assignment else None,
            status=self.status_combo.currentData() or "waiting",
        )

    def set_status_filter(self, status: str) -> None:
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def on_course_combo_current_index_changed(self, _index: int) -> None:
        self._load_assignments()
        self.refresh()

    # -- the queue ---------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the queue (after a sync, a filter change); keeps the current submission when it is still in."""
        self.flush_draft()
        keep = self.current_id
        if self._ctx.user_id is None:
            return
        queue = operations.read(self._ctx, grading.grading_queue, self._ctx.user_id, self.current_filter())
        self.model.set_queue(queue, grading_drafts.drafted_submissions(self._dir), self.tz)
        self.model.set_anonymous(self.anonymous_check.isChecked())
        self.files_bar.refresh(self.current_filter().course_id)
        self._show_counts(queue.counts)
        row = self.model.row_of(keep) if keep else None
        self.current_id = None
        if row is None and self.model.total:
            row = 0
        if row is not None:
            self.select_row(row)
        else:
            self.preview.clear(self.tr("Nothing to grade here. Try another status or course."))
            self.editor.clear()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = dict(counts)
        for i in range(self.status_combo.count()):
            key = self.status_combo.itemData(i)
            self.status_combo.setItemText(i, f"{label(STATUS_FILTER_LABELS[key])} ({counts.get(key, 0)})")
        self.count_label.setText(
            self.tr("{0} in this queue · {1} waiting for a grade").format(
                self.model.total, counts.get("waiting", 0)
            )
        )

    def select_row(self, row: int) -> None:
        self.model.ensure_shown(row)
        index = self.model.index(row, 0)
        self.queue_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.queue_view.scrollTo(index)

    @property
    def current_row(self) -> int:
        return self.queue_view.selectionModel().currentIndex().row()

    def next_submission(self) -> None:
        row = self.current_row + 1
        self.model.ensure_shown(row)
        if row < self.model.rowCount():
            self._focus_editor_on_load = True
            self.select_row(row)
        else:
            self.sig_status_message.emit(self.tr("That was the last submission in this queue."))

    def previous_submission(self) -> None:
        if self.current_row > 0:
            self._focus_editor_on_load = True
            self.select_row(self.current_row - 1)

    def on_queue_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.load_submission(self.model.row_at(current.row()).submission_id)

    # -- one submission ----------------------------------------------------------------------------------------
    def load_submission(self, submission_id: uuid.UUID) -> None:
        if submission_id == self.current_id:
            return
        self.flush_draft()
        try:
            detail = operations.read(
                self._ctx, grading_detail.load_submission, submission_id, self._ctx.workspace.blobs_dir
            )
        except LookupError as exc:
            self.preview.clear(str(exc))
            self.editor.clear()
            return
        self.current_id = submission_id
        scale, source = effective_scale(detail.rubric, self._ctx.workspace.settings.extra)
        draft = grading_drafts.load_draft(self._dir, submission_id)
        anonymous = self.anonymous_check.isChecked()
        self.preview.set_detail(detail, anonymous=anonymous, tz_name=self.tz)
        self.editor.set_detail(detail, draft, scale, source, self.tz)
        self._dirty = False
        self._set_status(self.tr("Draft restored from {0}.").format(draft.saved_at[11:16]) if draft else "")
        if self._focus_editor_on_load:
            self._focus_editor_on_load = False
            self.editor.focus_rubric() if self.editor.rubric_panel.cards else self.editor.form.overall_edit.setFocus()
        self.arrangement.arrange(self)  # its rubric may want more room than the last one's
        self.sig_submission_changed.emit(str(submission_id))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.arrangement.arrange(self)

    def _set_status(self, text: str, error: bool = False) -> None:
        label = self.editor.form.status_label
        set_tone(label, "danger" if error else "muted")
        font = label.font()
        font.setBold(error)
        label.setFont(font)
        label.setText(text)

    def on_editor_changed(self) -> None:
        self._dirty = True
        self.autosave.start()

    def flush_draft(self) -> None:
        if self.autosave.isActive():
            self.autosave.stop()
        if self._dirty:
            self.save_draft()

    def save_draft(self) -> None:
        if self.current_id is None or self.editor.detail is None:
            return
        draft = self.editor.draft()
        grading_drafts.save_draft(self._dir, draft)
        self._dirty = False
        self.model.update_row(self.current_id, draft=not draft.is_empty())
        if (
            self.editor.detail.status == "submitted"
            and not draft.is_empty()
            and operations.write(self._ctx, grading_write.mark_under_review, self.current_id)
        ):
            self.model.update_row(self.current_id, status="under_review")
        self._set_status(self.tr("Draft saved on this computer; the learner sees nothing until you submit."))
        self.sig_draft_saved.emit(str(self.current_id))

    # -- finishing ------------------------------------------------------------------------------------------------
    def submit_grade(self) -> None:
        self._finish(grading_write.submit_grade)

    def request_revision(self) -> None:
        self._finish(grading_write.request_revision)

    def _finish(self, fn) -> None:  # type: ignore[no-untyped-def]
        if self.current_id is None or self.editor.detail is None or self._ctx.user_id is None:
            return
        self.autosave.stop()
        sid = self.current_id
        try:
            result = operations.write(self._ctx, fn, sid, self._ctx.user_id, self.editor.grade_input())
        except grading_write.GradingError as exc:
            self._set_status(str(exc), error=True)
            self.sig_status_message.emit(str(exc))
            missing = self.editor.first_missing_criterion()
            if fn is grading_write.submit_grade and missing is not None:
                self.editor.rubric_panel.focus_criterion(missing)
            return
        grading_drafts.discard_draft(self._dir, sid)
        self._dirty = False
        old_status = (
            self.model.row_at(self.model.row_of(sid)).status if self.model.row_of(sid) is not None else None
        )
        self.model.update_row(sid, status=result.status, score=result.score, draft=False)
        if old_status and old_status != result.status:
            self.counts[old_status] = max(0, self.counts.get(old_status, 0) - 1)
            self.counts[result.status] = self.counts.get(result.status, 0) + 1
            self.counts["waiting"] = sum(self.counts.get(s, 0) for s in grading.WAITING)
            self._show_counts(self.counts)
        who = self.preview.header.text().split("</b>")[0].split(">")[-1]
        if result.status == "graded":
            message = self.tr("Graded {0}: {1} ({2:g}). It reaches the learner at the next sync.").format(
                who, result.grade, result.score
            )
        else:
            message = self.tr("Revision requested from {0}. It reaches the learner at the next sync.").format(
                who
            )
        self.sig_status_message.emit(message)
        self.sig_grade_submitted.emit(str(sid))
        self.current_id = None  # reload the detail (status, history) even if we stay on it
        row = self.model.row_of(sid)
        if row is not None and row + 1 < self.model.total:
            self._focus_editor_on_load = True
            self.select_row(row + 1)
        else:
            self.load_submission(sid)
            self._set_status(message + " " + self.tr("End of the queue."))

    # -- snippets, anonymity, scale -------------------------------------------------------------------------------
    def _text_target(self) -> QLineEdit | QPlainTextEdit:
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit | QPlainTextEdit) and self.isAncestorOf(focus) and focus.isEnabled():
            return focus
        return self.editor.form.overall_edit

    def insert_snippet(self) -> None:
        target = self._text_target()
        picker = SnippetPicker(snippets.load_snippets(self._dir), self)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def insert() -> None:
            chosen = picker.chosen
            if chosen is None:
                return
            text = chosen.text
            if isinstance(target, QLineEdit):
                current = target.text()
                target.setText((current + " " if current and not current.endswith(" ") else current) + text)
                target.textEdited.emit(target.text())
            else:
                target.insertPlainText(text)
            snippets.record_use(self._dir, chosen.id)

        def back() -> None:
            self.window().activateWindow()  # not every window manager gives the focus back by itself
            target.setFocus()

        picker.accepted.connect(insert)
        picker.finished.connect(lambda _result: back())
        self.snippet_picker = picker
        picker.open()

    def save_snippet(self) -> None:
        target = self._text_target()
        if isinstance(target, QLineEdit):
            text = target.selectedText() or target.text()
        else:
            text = target.textCursor().selectedText().replace("\u2029", "\n") or target.toPlainText()
        try:
            snippets.add_snippet(self._dir, text)
        except snippets.SnippetError as exc:
            self.sig_status_message.emit(str(exc))
            return
        self.sig_status_message.emit(self.tr("Saved as a snippet: Ctrl+Space inserts it."))

    def on_anonymous_check_toggled(self, on: bool) -> None:
        self._ctx.workspace.settings.extra[ANONYMOUS_KEY] = on
        self._ctx.workspace.save_settings()
        self.model.set_anonymous(on)
        self.preview.set_anonymous(on)

    def on_scale_button_clicked(self) -> None:
        dialog = GradeScaleDialog(workspace_scale(self._ctx.workspace.settings.extra), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            set_workspace_scale(self._ctx.workspace.settings.extra, dialog.scale())
            self._ctx.workspace.save_settings()
            sid, self.current_id = self.current_id, None
            if sid:
                self.load_submission(sid)

        dialog.accepted.connect(save)
        dialog.open()

    def on_files_bar_files_arrived(self) -> None:
        self.refresh()  # the queue's sizes, and the submission shown (now with its files), read again

    def on_conflict_banner_sync_panel_requested(self) -> None:
        show = getattr(self.window(), "show_sync_panel", None)
        if callable(show):
            show()
