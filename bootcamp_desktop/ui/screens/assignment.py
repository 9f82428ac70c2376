"""Assignments: instructions, the rubric, due date and time limit; the learner's work (text, links and
files checked against the submission format), saved as a draft automatically and offline; handing in and
revisions; and the feedback view with rubric scores, comments and the grade."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import assignments
from bootcamp_desktop.services.assignments import AssignmentDetail, AssignmentRow, SubmittedFile
from bootcamp_desktop.services.filetypes import FileCheckError

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..models.rubric_model import RubricModel
from ..widgets.common import Debounce, Notice, esc, select_row, table, tree

AUTOSAVE_MS = 1500
STATE = {
    None: QT_TRANSLATE_NOOP("Labels", "Not started"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Handed in"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
}
TYPES = {
    "design_project": QT_TRANSLATE_NOOP("Labels", "Design project"),
    "quiz": QT_TRANSLATE_NOOP("Labels", "Quiz"),
    "peer_review": QT_TRANSLATE_NOOP("Labels", "Peer review"),
    "presentation": QT_TRANSLATE_NOOP("Labels", "Presentation"),
    "code": QT_TRANSLATE_NOOP("Labels", "Code"),
}
FEEDBACK_TYPES = {
    "initial_review": QT_TRANSLATE_NOOP("Labels", "First look"),
    "revision_feedback": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "final_assessment": QT_TRANSLATE_NOOP("Labels", "Final assessment"),
}


def parse_links(text: str) -> list[dict[str, str]]:
    """One link per line: an optional title, then the address (``Figma prototype https://...``)."""
    links = []
    for line in text.splitlines():
        words = line.strip().split()
        if not words:
            continue
        url = next((w for w in reversed(words) if "://" in w or w.startswith("www.")), words[-1])
        title = " ".join(w for w in words if w is not url).strip(" -–:|")
        links.append({"title": title or url, "url": url})
    return links


class AssignmentScreen(QWidget):
    sig_lesson_requested = Signal(str)
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssignmentScreen")
        self._ctx = context
        self._ws = context.workspace
        self.detail: AssignmentDetail | None = None
        self._loading = False

        self.model: RecordModel[AssignmentRow] = RecordModel(
            [
                Column(self.tr("Due"), lambda a: fmt.when(a.due, self._ctx.timezone, with_time=False)),
                Column(self.tr("Assignment"), lambda a: a.title, tooltip=lambda a: a.course_title),
                Column(self.tr("State"), lambda a: label(STATE.get(a.status, a.status or ""))),
            ],
            self,
        )
        self.list = table(self.model, "assignmentList", self.tr("My assignments"), stretch=1)
        self.list.setColumnWidth(0, 95)
        self.list.setColumnWidth(2, 115)
        self.list.selectionModel().selectionChanged.connect(self.on_list_selection_changed)

        self.header = QLabel()
        self.header.setObjectName("assignmentHeader")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("assignmentTabs")

        # Task: instructions and rubric
        self.instructions = QTextBrowser()
        self.instructions.setObjectName("instructions")
        self.instructions.setAccessibleName(self.tr("Instructions"))
        self.rubric_model = RubricModel(self)
        self.rubric_view = tree(self.rubric_model, "rubricView", self.tr("Rubric"))
        self.rubric_view.setColumnWidth(0, 280)
        self.rubric_view.setColumnWidth(1, 60)
        task = QSplitter(Qt.Orientation.Vertical)
        task.addWidget(self.instructions)
        rubric_box = QWidget()
        rb = QVBoxLayout(rubric_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(QLabel(self.tr("<b>How it will be graded</b>")))
        rb.addWidget(self.rubric_view)
        task.addWidget(rubric_box)
        self.tabs.addTab(task, self.tr("&Task and rubric"))

        # My work: text, links, files
        work = QWidget()
        wl = QVBoxLayout(work)
        self.work_state = QLabel()
        self.work_state.setObjectName("workState")
        self.work_state.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("submissionText")
        self.text_edit.setAccessibleName(self.tr("Your text"))
        self.text_edit.setPlaceholderText(
            self.tr("Write about your work: what you did, what you learned, what you would change.")
        )
        self.text_edit.textChanged.connect(self.on_text_edit_text_changed)
        self.links_edit = QPlainTextEdit()
        self.links_edit.setObjectName("submissionLinks")
        self.links_edit.setAccessibleName(self.tr("Links, one per line"))
        self.links_edit.setPlaceholderText(
            self.tr("One link per line, e.g. Figma prototype https://www.figma.com/file/…")
        )
        self.links_edit.setMaximumHeight(70)
        self.links_edit.textChanged.connect(self.on_text_edit_text_changed)
        self.links_label = QLabel(self.tr("Links"))
        self.file_model: RecordModel[SubmittedFile] = RecordModel(
            [
                Column(self.tr("File"), lambda f: f.name),
                Column(self.tr("Type"), lambda f: f.mime_type or ""),
                Column(
                    self.tr("Size"), lambda f: fmt.size(f.size_bytes), alignment=Qt.AlignmentFlag.AlignRight
                ),
            ],
            self,
        )
        self.file_table = table(self.file_model, "submissionFiles", self.tr("Attached files"), stretch=0)
        self.file_table.setMaximumHeight(120)
        self.add_file_button = QPushButton(self.tr("&Add file…"))
        self.add_file_button.setObjectName("addFileButton")
        self.add_file_button.clicked.connect(self.on_add_file_button_clicked)
        self.remove_file_button = QPushButton(self.tr("&Remove file"))
        self.remove_file_button.setObjectName("removeFileButton")
        self.remove_file_button.clicked.connect(self.on_remove_file_button_clicked)
        self.format_label = QLabel()
        self.format_label.setObjectName("formatLabel")
        self.format_label.setWordWrap(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.submit_button = QPushButton(self.tr("&Hand in"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_button.clicked.connect(self.on_submit_button_clicked)
        self.notice = Notice("assignmentNotice")
        wl.addWidget(self.work_state)
        wl.addWidget(QLabel(self.tr("Your text")))
        wl.addWidget(self.text_edit, 2)
        wl.addWidget(self.links_label)
        wl.addWidget(self.links_edit)
        files_head = QHBoxLayout()
        files_head.addWidget(QLabel(self.tr("Files")))
        files_head.addWidget(self.format_label, 1)
        files_head.addWidget(self.add_file_button)
        files_head.addWidget(self.remove_file_button)
        wl.addLayout(files_head)
        wl.addWidget(self.file_table)
        wl.addWidget(self.notice)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.submit_button)
        wl.addLayout(bottom)
        self.tabs.addTab(work, self.tr("&My work"))

        # Feedback
        self.feedback_view = QTextBrowser()
        self.feedback_view.setObjectName("feedbackView")
        self.feedback_view.setAccessibleName(self.tr("Feedback"))
        self.tabs.addTab(self.feedback_view, self.tr("&Feedback"))

        self.open_lesson_button = QPushButton(self.tr("Open the &lesson"))
        self.open_lesson_button.setObjectName("assignmentLessonButton")
        self.open_lesson_button.clicked.connect(
            lambda: self.detail and self.sig_lesson_requested.emit(str(self.detail.lesson_id))
        )

        right = QWidget()
        rl = QVBoxLayout(right)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.open_lesson_button, 0, Qt.AlignmentFlag.AlignTop)
        rl.addLayout(head)
        rl.addWidget(self.tabs, 1)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([470, 760])
        layout = QHBoxLayout(self)
        layout.addWidget(split)

        self.autosave = Debounce(AUTOSAVE_MS, self.save_draft, self)
        self.refresh(default=True)

    # -- list ------------------------------------------------------------------------------------------------

    def refresh(self, default: bool = False) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.detail.assignment_id if self.detail else None
        rows = operations.read(self._ctx, assignments.my_assignments, self._ctx.user_id)
        self.model.set_rows(rows)
        row = self.model.find(lambda a: a.assignment_id == keep) if keep else -1
        if row < 0 and default:
            row = self.model.find(lambda a: a.status == "graded" and a.assignment_type == "design_project")
        select_row(self.list, max(row, 0))

    def on_shown(self) -> None:
        self.flush_pending()
        self.refresh()

    def select_assignment(self, assignment_id: uuid.UUID) -> None:
        self.flush_pending()
        self.refresh()
        row = self.model.find(lambda a: a.assignment_id == assignment_id)
        if row >= 0:
            select_row(self.list, row)
        if self.detail is not None and self.detail.editable:
            self.tabs.setCurrentIndex(1)

    def on_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.flush_pending()
            self.show_assignment(self.model.row_at(indexes[0].row()).assignment_id)

    # -- detail ----------------------------------------------------------------------------------------------

    def show_assignment(self, assignment_id: uuid.UUID, *, keep_tab: bool = False) -> None:
        assert self._ctx.user_id is not None
        d = operations.read(self._ctx, assignments.assignment_detail, self._ctx.user_id, assignment_id)
        changed = self.detail is None or self.detail.assignment_id != assignment_id
        self.detail = d
        self.notice.clear_message()
        tz = self._ctx.timezone
        facts = [label(TYPES.get(d.assignment_type or "", d.assignment_type or ""))]
        if d.due:
            facts.append(self.tr("due {0} ({1})").format(fmt.when(d.due, tz), fmt.relative(d.due)))
        if d.time_limit_minutes:
            facts.append(self.tr("time limit {0}").format(fmt.minutes(d.time_limit_minutes)))
        if d.max_score is not None:
            facts.append(self.tr("{0:g} points, pass at {1:g}").format(d.max_score, d.passing_score or 0))
        self.header.setText(f"<h2>{esc(d.title)}</h2>{esc(d.course_title)}<br>{esc(' · '.join(facts))}")
        self.instructions.setMarkdown(f"{d.description}\n\n{d.instructions or ''}")
        self.rubric_model.set_rubric(d.rubric)
        self.rubric_view.expandAll()
        self._loading = True
        self.text_edit.setPlainText(d.text)
        self.links_edit.setPlainText(
            "\n".join(f"{link.get('title', '')} {link.get('url', '')}".strip() for link in d.links)
        )
        self._loading = False
        self.file_model.set_rows(d.files)
        self._render_state()
        self._render_feedback()
        if changed and not keep_tab:
            self.tabs.setCurrentIndex(2 if d.feedback else (1 if d.editable else 0))

    def _render_state(self) -> None:
        d = self.detail
        assert d is not None
        editable = d.editable
        for widget in (self.text_edit, self.links_edit):
            widget.setReadOnly(not editable)
        self.links_edit.setVisible(d.accepts_links or bool(d.links))
        self.links_label.setVisible(self.links_edit.isVisible())
        self.add_file_button.setEnabled(editable and bool(d.file_types))
        self.remove_file_button.setEnabled(editable and bool(d.files))
        self.submit_button.setEnabled(editable)
        self.submit_button.setText(
            self.tr("&Hand in revision") if d.status == "revision_requested" else self.tr("&Hand in")
        )
        if d.file_types:
            limit = self.tr("up to {0:g} MB each").format(d.max_size_mb) if d.max_size_mb else ""
            self.format_label.setText(
                self.tr("Accepted: {0} · {1} · at most {2} files").format(
                    ", ".join(t.upper() for t in d.file_types), limit, d.max_files
                )
            )
        else:
            self.format_label.setText(self.tr("This assignment takes no files."))
        states = {
            None: self.tr("Not started. Your draft is saved on this computer as you type, even offline."),
            "draft": self.tr("Draft, saved on this computer. Hand it in when it is ready."),
            "submitted": self.tr("Handed in {0}. It is read-only while the instructor reviews it."),
            "under_review": self.tr("Under review since {0}: read-only."),
            "graded": self.tr("Graded. A graded submission is read-only."),
            "revision_requested": self.tr(
                "Revision requested: read the feedback, change your work, and hand it in again."
            ),
        }
        text = states.get(d.status, d.status or "")
        if d.auto_graded:
            text = (
                self.tr("An automatically graded quiz: answer it in its lesson.")
                + " "
                + (label(STATE.get(d.status, d.status or "")) if d.status else "")
            )
        self.work_state.setText(
            text.format(fmt.when(d.submitted_at, self._ctx.timezone)) if "{0}" in text else text
        )
        if d.revision_count:
            self.work_state.setText(
                self.work_state.text() + " " + self.tr("Revisions handed in: {0}.").format(d.revision_count)
            )
        self.saved_label.setText("")

    def _render_feedback(self) -> None:
        d = self.detail
        assert d is not None
        tz = self._ctx.timezone
        parts = []
        if d.status == "graded" and d.score is not None:
            grade = d.feedback[0].grade if d.feedback and d.feedback[0].grade else ""
            parts.append(
                f"<h2>{esc(self.tr('Grade {0}').format(grade))} — {d.score:g} / {d.max_score or 0:g}</h2>"
            )
        if d.feedback_text:
            parts.append(f"<p>{esc(d.feedback_text)}</p>")
        for fb in d.feedback:
            kind = label(FEEDBACK_TYPES.get(fb.feedback_type or "", fb.feedback_type or ""))
            parts.append(f"<h3>{esc(kind)} · {esc(fb.instructor)} · {esc(fmt.when(fb.created_at, tz))}</h3>")
            if fb.grade:
                total = f" ({fb.total:g} / {fb.maximum:g})" if fb.total is not None and fb.maximum else ""
                parts.append(f"<p><b>{esc(self.tr('Grade'))}: {esc(fb.grade)}</b>{esc(total)}</p>")
            if fb.criteria:
                rows = "".join(
                    f"<tr><td><b>{esc(c.title)}</b></td><td>{esc(c.level_title or '')}</td>"
                    f"<td align='right'>{'' if c.points is None else f'{c.points:g}'} / {c.max_points:g}</td>"
                    f"<td>{esc(c.comment or '')}</td></tr>"
                    for c in fb.criteria
                )
                head = "".join(
                    f"<th align='left'>{esc(h)}</th>"
                    for h in (self.tr("Criterion"), self.tr("Level"), self.tr("Points"), self.tr("Comment"))
                )
                parts.append(
                    f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{head}</tr>{rows}</table>"
                )
            if fb.detailed:
                parts.append(f"<p>{esc(fb.detailed)}</p>")
            for title, items in (
                (self.tr("To improve"), fb.suggestions),
                (self.tr("Next steps"), fb.next_steps),
            ):
                if items:
                    parts.append(
                        f"<p><b>{esc(title)}</b></p><ul>"
                        + "".join(f"<li>{esc(i)}</li>" for i in items)
                        + "</ul>"
                    )
        if d.peer_feedback:
            parts.append(f"<h3>{esc(self.tr('From your classmates'))}</h3>")
            for p in d.peer_feedback:
                score = f" · {p.overall:g} / 5" if p.overall is not None else ""
                parts.append(
                    f"<p><b>{esc(p.reviewer)}</b>{esc(score)}<br>"
                    f"{esc(self.tr('Strengths'))}: {esc('; '.join(p.strengths))}<br>"
                    f"{esc(self.tr('Could improve'))}: {esc('; '.join(p.improvements))}<br>"
                    f"<i>{esc(p.detailed or '')}</i></p>"
                )
        if not parts:
            parts.append(
                f"<p>{esc(self.tr('No feedback yet. Feedback and grades arrive with the next sync.'))}</p>"
            )
        self.feedback_view.setHtml("".join(parts))

    # -- editing ---------------------------------------------------------------------------------------------

    def on_text_edit_text_changed(self) -> None:
        if not self._loading and self.detail is not None and self.detail.editable:
            self.saved_label.setText(self.tr("Saving…"))
            self.autosave.poke()

    def save_draft(self) -> None:
        d = self.detail
        if d is None or not d.editable or self._ctx.user_id is None:
            return
        try:
            links = parse_links(self.links_edit.toPlainText())
            operations.write(
                self._ctx,
                assignments.save_draft,
                self._ctx.user_id,
                d.assignment_id,
                self.text_edit.toPlainText(),
                links,
            )
        except assignments.SubmissionError as exc:
            # the links are not valid yet: keep the text, say what is wrong with the links
            operations.write(
                self._ctx,
                assignments.save_draft,
                self._ctx.user_id,
                d.assignment_id,
                self.text_edit.toPlainText(),
                None,
            )
            self.notice.show_message(str(exc), "error")
        except (assignments.SubmissionLockedError, LookupError) as exc:
            self.notice.show_message(str(exc), "error")
            return
        if d.status is None:
            d.status = "draft"
            self._refresh_row()
        self.saved_label.setText(self.tr("Draft saved on this computer."))

    def flush_pending(self) -> None:
        self.autosave.flush()

    def _refresh_row(self) -> None:
        rows = operations.read(self._ctx, assignments.my_assignments, self._ctx.user_id)
        for i, row in enumerate(self.model.rows):
            match = next((r for r in rows if r.assignment_id == row.assignment_id), None)
            if match is not None:
                self.model.replace_row(i, match)

    def choose_file(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"), str(Path.home()))
        return Path(path) if path else None

    def on_add_file_button_clicked(self) -> None:
        d = self.detail
        if d is None or self._ctx.user_id is None:
            return
        path = self.choose_file()
        if path is None:
            return
        self.flush_pending()
        try:
            added = operations.write(
                self._ctx,
                assignments.attach_file,
                self._ws.blobs_dir,
                self._ctx.user_id,
                d.assignment_id,
                path,
            )
        except (FileCheckError, assignments.SubmissionLockedError) as exc:
            self.notice.show_message(self.tr("Not attached: {0}").format(exc), "error")
            return
        self.show_assignment(d.assignment_id, keep_tab=True)
        self.notice.show_message(
            self.tr("Attached {0} ({1}).").format(added.name, fmt.size(added.size_bytes)), "info"
        )
        self._refresh_row()

    def on_remove_file_button_clicked(self) -> None:
        d = self.detail
        index = self.file_table.currentIndex()
        if d is None or not index.isValid() or self._ctx.user_id is None:
            return
        f = self.file_model.row_at(index.row())
        operations.write(self._ctx, assignments.remove_file, self._ctx.user_id, d.assignment_id, f.url)
        self.show_assignment(d.assignment_id, keep_tab=True)

    def on_submit_button_clicked(self) -> None:
        d = self.detail
        if d is None or self._ctx.user_id is None:
            return
        self.autosave.stop()
        self.save_draft()
        try:
            status = operations.write(self._ctx, assignments.submit, self._ctx.user_id, d.assignment_id)
        except (assignments.SubmissionError, assignments.SubmissionLockedError) as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.show_assignment(d.assignment_id, keep_tab=True)
        self._refresh_row()
        message = self.tr(
            "Handed in ({0}). Saved on this computer; it reaches your instructor at the next sync."
        ).format(label(STATE.get(status, status)))
        self.notice.show_message(message, "info")
        self.sig_status_message.emit(message)

    def on_file_table_activated(self, _index: QModelIndex) -> None:
        return None


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("AssignmentScreen", "Could improve"),
    QT_TRANSLATE_NOOP("AssignmentScreen", "From your classmates"),
    QT_TRANSLATE_NOOP("AssignmentScreen", "Grade"),
    QT_TRANSLATE_NOOP("AssignmentScreen", "Grade {0}"),
    QT_TRANSLATE_NOOP("AssignmentScreen", "No feedback yet. Feedback and grades arrive with the next sync."),
    QT_TRANSLATE_NOOP("AssignmentScreen", "Strengths"),
)
