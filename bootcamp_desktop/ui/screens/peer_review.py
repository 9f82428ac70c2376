"""Peer review: the classmates' submissions assigned to me, reviewed against the assignment's rubric
with strengths and improvements; anonymous where the assignment says so. What I type is kept on this
computer until I send the review."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import lessons, local_state, peer_review
from bootcamp_desktop.services.assignments import SubmittedFile
from bootcamp_desktop.services.peer_review import ReviewDetail, ReviewTask

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..models.rating_model import RatingDelegate, RatingModel
from ..models.record_model import Column, RecordModel
from ..widgets.common import Debounce, Notice, esc, select_row, table
from ..widgets.save_copy import save_blob_copy


def draft_key(review_id: uuid.UUID) -> str:
    return f"peer_review:{review_id}"


class PeerReviewScreen(QWidget):
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeerReviewScreen")
        self._ctx = context
        self._ws = context.workspace
        self.detail: ReviewDetail | None = None
        self._loading = False

        self.model: RecordModel[ReviewTask] = RecordModel(
            [
                Column(self.tr("State"), lambda t: self.tr("Written") if t.done else self.tr("To write")),
                Column(self.tr("Assignment"), lambda t: t.assignment_title, tooltip=lambda t: t.course_title),
                Column(self.tr("Author"), lambda t: t.author),
                Column(
                    self.tr("Score"),
                    lambda t: f"{t.overall_score:g} / 5" if t.overall_score is not None else "",
                ),
            ],
            self,
        )
        self.list = table(self.model, "reviewList", self.tr("Reviews assigned to me"), stretch=1)
        self.list.setColumnWidth(0, 75)
        self.list.setColumnWidth(2, 125)
        self.list.setColumnWidth(3, 70)
        self.list.selectionModel().selectionChanged.connect(self.on_list_selection_changed)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("reviewEmpty")
        self.empty_label.setWordWrap(True)

        self.header = QLabel()
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        self.submission_view = QTextBrowser()
        self.submission_view.setObjectName("reviewedSubmission")
        self.submission_view.setAccessibleName(self.tr("The submission to review"))
        self.submission_view.setOpenLinks(False)
        self.submission_view.anchorClicked.connect(self.on_submission_view_anchor_clicked)
        self.rating_model = RatingModel(self)
        self.rating_model.dataChanged.connect(lambda *_: self._changed())
        self.ratings = QTableView()
        self.ratings.setObjectName("ratingTable")
        self.ratings.setModel(self.rating_model)
        self.ratings.setAccessibleName(self.tr("Ratings per criterion"))
        self.ratings.setItemDelegate(RatingDelegate(self.ratings))
        self.ratings.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.ratings.verticalHeader().hide()
        self.ratings.setTabKeyNavigation(False)
        self.ratings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ratings.setColumnWidth(0, 220)
        self.ratings.setColumnWidth(1, 110)
        self.strengths = self._text("strengthsEdit", self.tr("Strengths, one per line"))
        self.improvements = self._text("improvementsEdit", self.tr("Improvements, one per line"))
        self.detailed = self._text("detailedFeedbackEdit", self.tr("Detailed feedback"))
        self.send_button = QPushButton(self.tr("&Send review"))
        self.send_button.setObjectName("sendReviewButton")
        self.send_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.send_button.clicked.connect(self.on_send_button_clicked)
        self.notice = Notice("reviewNotice")

        form = QWidget()
        fl = QVBoxLayout(form)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(QLabel(self.tr("<b>Rate each criterion</b> (select a cell and type, or press F2)")))
        fl.addWidget(self.ratings, 2)
        pair = QHBoxLayout()
        for label, edit in (
            (self.tr("Strengths"), self.strengths),
            (self.tr("Improvements"), self.improvements),
        ):
            col = QVBoxLayout()
            col.addWidget(QLabel(f"<b>{esc(label)}</b>"))
            col.addWidget(edit)
            pair.addLayout(col)
        fl.addLayout(pair, 1)
        fl.addWidget(QLabel(self.tr("<b>Detailed feedback</b>")))
        fl.addWidget(self.detailed, 1)
        fl.addWidget(self.notice)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.send_button)
        fl.addLayout(bottom)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.submission_view)
        right.addWidget(form)
        right.setSizes([260, 460])
        right_box = QWidget()
        rl = QVBoxLayout(right_box)
        rl.addWidget(self.header)
        rl.addWidget(right, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.empty_label)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right_box)
        split.setSizes([500, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self.autosave = Debounce(1000, self.save_draft, self)
        self.refresh()

    def _text(self, name: str, accessible: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._changed)
        return edit

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.detail.review_id if self.detail else None
        tasks = operations.read(self._ctx, peer_review.my_review_tasks, self._ctx.user_id)
        self.model.set_rows(tasks)
        todo = sum(not t.done for t in tasks)
        self.empty_label.setText(
            fmt.plural(self.tr("%n review(s) to write.", "", todo), todo)
            if todo
            else self.tr(
                "No review waiting. New reviews are assigned by your instructors and arrive at the next sync."
            )
        )
        row = self.model.find(lambda t: t.review_id == keep) if keep else -1
        if todo and (row < 0 or tasks[row].done):
            row = 0  # a review waiting to be written comes first
        select_row(self.list, max(row, 0))
        if not tasks:
            self.header.setText(self.tr("<h2>Peer review</h2>"))
            self.send_button.setEnabled(False)

    def on_shown(self) -> None:
        self.flush_pending()
        self.refresh()

    def on_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.flush_pending()
            self.show_review(self.model.row_at(indexes[0].row()).review_id)

    def show_review(self, review_id: uuid.UUID) -> None:
        assert self._ctx.user_id is not None
        d = operations.read(self._ctx, peer_review.review_detail, self._ctx.user_id, review_id)
        self.detail = d
        self.notice.clear_message()
        who = self.tr("by an anonymous classmate") if d.anonymous else self.tr("by {0}").format(d.author)
        state = (
            self.tr("You sent this review; it cannot be changed.")
            if d.done
            else self.tr("Your notes are kept on this computer until you send the review.")
        )
        self.header.setText(
            f"<h2>{esc(d.assignment_title)}</h2>{esc(d.course_title)} · {esc(who)}<br><i>{esc(state)}</i>"
        )
        files = "".join(self._file_html(f) for f in d.files)
        links = "".join(
            f"<li>{esc(link.get('title', ''))}: {esc(link.get('url', ''))}</li>" for link in d.links
        )
        self.submission_view.setHtml(
            f"<h3>{esc(self.tr('Their work'))}</h3><p>{esc(d.submission_text) or esc(self.tr('(no text)'))}</p>"
            + (f"<p><b>{esc(self.tr('Files'))}</b></p><ul>{files}</ul>" if files else "")
            + (f"<p><b>{esc(self.tr('Links'))}</b></p><ul>{links}</ul>" if links else "")
        )
        self._loading = True
        criteria = d.criteria
        draft = (
            {}
            if d.done
            else local_state.load_draft(self._ws.directory, self._ctx.user_id, draft_key(review_id))
        )
        if draft:
            saved = draft.get("ratings", {})
            criteria = [
                type(c)(
                    c.criterion_id,
                    c.title,
                    c.description,
                    saved.get(c.criterion_id, [c.rating, c.comment])[0],
                    saved.get(c.criterion_id, [c.rating, c.comment])[1],
                )
                for c in criteria
            ]
        self.rating_model.set_criteria(criteria, editable=not d.done)
        self.strengths.setPlainText(draft.get("strengths", "\n".join(d.strengths)))
        self.improvements.setPlainText(draft.get("improvements", "\n".join(d.improvements)))
        self.detailed.setPlainText(draft.get("detailed", d.detailed_feedback))
        self._loading = False
        for edit in (self.strengths, self.improvements, self.detailed):
            edit.setReadOnly(d.done)
        self.send_button.setEnabled(not d.done)
        if draft:
            self.notice.show_message(self.tr("Your unsent notes for this review were restored."), "info")

    def _file_html(self, f: SubmittedFile) -> str:
        """One file of the work: a picture inline, any other file to save a copy of; or why it is not here."""
        path = lessons.blob_file(self._ws.blobs_dir, f.url)
        if path is None:
            return (
                "<li>"
                + esc(
                    self.tr("{0} ({1}): not downloaded yet; it comes with the next sync.").format(
                        f.name, fmt.size(f.size_bytes)
                    )
                )
                + "</li>"
            )
        shown = ""
        if (f.mime_type or "").startswith("image/"):
            shown = f"<br><img src='{QUrl.fromLocalFile(str(path)).toString()}' width='420'>"
        return (
            f"<li><a href='{esc(f.url)}'>{esc(f.name)}</a> ({esc(fmt.size(f.size_bytes))}) · "
            f"{esc(self.tr('on this computer'))}{shown}</li>"
        )

    def on_submission_view_anchor_clicked(self, url: QUrl) -> None:
        """A file of the work: save a copy where the reviewer wants it (their own apps open it from there)."""
        if self.detail is None:
            return
        chosen = next((f for f in self.detail.files if f.url == url.toString()), None)
        if chosen is None:
            return
        save_blob_copy(self, self.notice, self._ws.blobs_dir, chosen.url, chosen.name)

    def _changed(self) -> None:
        if not self._loading and self.detail is not None and not self.detail.done:
            self.autosave.poke()

    def save_draft(self) -> None:
        d = self.detail
        if d is None or d.done or self._ctx.user_id is None:
            return
        local_state.save_draft(
            self._ws.directory,
            self._ctx.user_id,
            draft_key(d.review_id),
            {
                "ratings": {
                    k: list(v) for k, v in self.rating_model.ratings().items() if v[0] is not None or v[1]
                },
                "strengths": self.strengths.toPlainText(),
                "improvements": self.improvements.toPlainText(),
                "detailed": self.detailed.toPlainText(),
            },
        )

    def flush_pending(self) -> None:
        self.autosave.flush()

    def on_send_button_clicked(self) -> None:
        d = self.detail
        if d is None or self._ctx.user_id is None:
            return
        self.autosave.stop()
        try:
            score = operations.write(
                self._ctx,
                peer_review.submit_review,
                self._ctx.user_id,
                d.review_id,
                self.rating_model.ratings(),
                self.strengths.toPlainText().splitlines(),
                self.improvements.toPlainText().splitlines(),
                self.detailed.toPlainText(),
            )
        except (peer_review.ReviewError, LookupError) as exc:
            self.save_draft()
            self.notice.show_message(str(exc), "error")
            return
        local_state.clear_draft(self._ws.directory, self._ctx.user_id, draft_key(d.review_id))
        self.refresh()
        self.show_review(d.review_id)
        message = self.tr(
            "Review sent (overall {0:g} / 5). Saved here; it reaches your classmate at the next sync."
        ).format(score)
        self.notice.show_message(message, "info")
        self.sig_status_message.emit(message)


# Words tr() looks up inside the f-strings above, where pyside6-lupdate does not look; declared here so
# that they reach the catalogues (tests/ui/test_catalogues.py checks each one is there).
_F_STRING_WORDS = (
    QT_TRANSLATE_NOOP("PeerReviewScreen", "(no text)"),
    QT_TRANSLATE_NOOP("PeerReviewScreen", "Files"),
    QT_TRANSLATE_NOOP("PeerReviewScreen", "Links"),
    QT_TRANSLATE_NOOP("PeerReviewScreen", "Their work"),
    QT_TRANSLATE_NOOP("PeerReviewScreen", "on this computer"),
)
