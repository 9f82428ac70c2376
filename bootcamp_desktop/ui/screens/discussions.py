"""Discussions: threads per course, lesson and project; nested replies; marking a solution; helpful
votes. Posting works offline: a post is saved here and sent at the next sync (marked until then)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import discussions, local_state
from bootcamp_desktop.services.discussions import Place, ThreadDetail, ThreadRow

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..dialogs.new_thread import NewThreadDialog
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..models.reply_model import ReplyTreeModel
from ..style import colour
from ..widgets.common import ComposeEdit, Debounce, Notice, esc, select_row, table, tree
from ..widgets.reply_delegate import ReplyDelegate

KINDS = {
    "question": QT_TRANSLATE_NOOP("Labels", "Question"),
    "clarification": QT_TRANSLATE_NOOP("Labels", "Clarification"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Feedback"),
    "showcase": QT_TRANSLATE_NOOP("Labels", "Showcase"),
    "general": QT_TRANSLATE_NOOP("Labels", "General"),
}


def draft_key(thread_id: uuid.UUID) -> str:
    return f"reply:{thread_id}"


class DiscussionsScreen(QWidget):
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DiscussionsScreen")
        self._ctx = context
        self._ws = context.workspace
        self.places: list[Place] = []
        self.thread: ThreadDetail | None = None
        self._counting_views = False
        self._loading = False
        tz = context.timezone

        self.place_combo = QComboBox()
        self.place_combo.setObjectName("placeCombo")
        self.place_combo.setAccessibleName(self.tr("Course or project"))
        self.place_combo.currentIndexChanged.connect(lambda _i: self.load_threads())
        self.search = QLineEdit()
        self.search.setObjectName("threadSearch")
        self.search.setPlaceholderText(self.tr("Search threads…"))
        self.search.setAccessibleName(self.tr("Search threads"))
        self._search_debounce = Debounce(200, self.load_threads, self)
        self.search.textChanged.connect(self._search_debounce.poke)
        self.new_button = QPushButton(self.tr("&New thread…"))
        self.new_button.setObjectName("newThreadButton")
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.clicked.connect(self.on_new_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.place_combo, 2)
        top.addWidget(self.search, 2)
        top.addWidget(self.new_button)

        self.thread_model: RecordModel[ThreadRow] = RecordModel(
            [
                Column(
                    self.tr("Thread"),
                    lambda t: ("📌 " if t.pinned else "") + t.title,
                    tooltip=lambda t: t.where,
                ),
                Column(self.tr("By"), lambda t: t.author),
                Column(self.tr("Replies"), lambda t: t.replies, alignment=Qt.AlignmentFlag.AlignRight),
                Column(
                    self.tr("State"),
                    lambda t: (
                        self.tr("waiting to be sent")
                        if t.pending
                        else (
                            self.tr("✓ Solved")
                            if t.resolved
                            else label(KINDS.get(t.discussion_type or "", ""))
                        )
                    ),
                ),
            ],
            self,
        )
        self.thread_list = table(self.thread_model, "threadList", self.tr("Threads"), stretch=0)
        self.thread_list.setColumnWidth(1, 125)
        self.thread_list.setColumnWidth(2, 60)
        self.thread_list.setColumnWidth(3, 95)
        self.thread_list.selectionModel().selectionChanged.connect(self.on_thread_list_selection_changed)

        self.thread_header = QLabel()
        self.thread_header.setObjectName("threadHeader")
        self.thread_header.setWordWrap(True)
        self.thread_header.setTextFormat(Qt.TextFormat.RichText)
        self.reply_model = ReplyTreeModel(tz, self)
        self.replies = tree(self.reply_model, "replyTree", self.tr("Replies"))
        self.replies.setHeaderHidden(True)
        self.replies.setItemDelegate(ReplyDelegate(self.replies, lambda: self._ctx.timezone))
        self.replies.setWordWrap(True)
        self.replies.setUniformRowHeights(False)
        self.replies.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.solution_button = QPushButton(self.tr("Mark as &solution"))
        self.solution_button.setObjectName("solutionButton")
        self.solution_button.clicked.connect(self.on_solution_button_clicked)
        self.helpful_button = QPushButton(self.tr("▲ &Helpful"))
        self.helpful_button.setObjectName("helpfulButton")
        self.helpful_button.clicked.connect(self.on_helpful_button_clicked)
        self.answer_selected = QCheckBox(self.tr("Answer the selected &reply"))
        self.answer_selected.setObjectName("answerSelected")
        self.reply_edit = ComposeEdit()
        self.reply_edit.setObjectName("replyEdit")
        self.reply_edit.setAccessibleName(self.tr("Your reply"))
        self.reply_edit.setPlaceholderText(self.tr("Write a reply… (Ctrl+Enter to post; works offline)"))
        self.reply_edit.setMaximumHeight(90)
        self.reply_edit.setTabChangesFocus(True)
        self.reply_edit.textChanged.connect(self.on_reply_edit_text_changed)
        self.reply_edit.sig_submit_requested.connect(self.on_post_button_clicked)
        self.post_button = QPushButton(self.tr("&Post reply"))
        self.post_button.setObjectName("postReplyButton")
        self.post_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.post_button.clicked.connect(self.on_post_button_clicked)
        self.notice = Notice("discussionNotice")

        actions = QHBoxLayout()
        actions.addWidget(self.solution_button)
        actions.addWidget(self.helpful_button)
        actions.addStretch(1)
        actions.addWidget(self.answer_selected)
        post = QHBoxLayout()
        post.addWidget(self.reply_edit, 1)
        post.addWidget(self.post_button, 0, Qt.AlignmentFlag.AlignBottom)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.thread_header)
        rl.addWidget(self.replies, 1)
        rl.addLayout(actions)
        rl.addLayout(post)
        rl.addWidget(self.notice)
        split = QSplitter()
        split.addWidget(self.thread_list)
        split.addWidget(right)
        split.setSizes([540, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.reply_autosave = Debounce(800, self.save_reply_draft, self)
        self.load_places()
        self._counting_views = True

    # -- places and threads ------------------------------------------------------------------------------------

    def load_places(self) -> None:
        if self._ctx.user_id is None:
            return
        self.places = operations.read(self._ctx, discussions.places, self._ctx.user_id)
        self.place_combo.blockSignals(True)
        self.place_combo.clear()
        for place in self.places:
            prefix = self.tr("Project: ") if place.scope.project_id else ""
            self.place_combo.addItem(prefix + place.label)
        self.place_combo.blockSignals(False)
        self.load_threads()

    @property
    def place(self) -> Place | None:
        i = self.place_combo.currentIndex()
        return self.places[i] if 0 <= i < len(self.places) else None

    def load_threads(self) -> None:
        place = self.place
        if place is None:
            self.thread_model.set_rows([])
            return
        keep = self.thread.thread_id if self.thread else None
        rows = operations.read(self._ctx, discussions.threads, place.scope, self.search.text())
        counting, self._counting_views = self._counting_views, False
        self.thread_model.set_rows(rows)
        row = self.thread_model.find(lambda t: t.thread_id == keep) if keep else -1
        select_row(self.thread_list, max(row, 0))
        self._counting_views = counting
        if not rows:
            self.thread = None
            self.thread_header.setText(esc(self.tr("No thread here yet. Start one with New thread.")))
            self.reply_model.set_replies([])
            self._update_actions()

    def on_shown(self) -> None:
        self.flush_pending()
        self.load_threads()

    def on_thread_list_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self.flush_pending()
        thread_id = self.thread_model.row_at(indexes[0].row()).thread_id
        if self._counting_views:
            operations.write(self._ctx, discussions.record_view, thread_id)
        self.show_thread(thread_id)

    def show_thread(self, thread_id: uuid.UUID, select_reply: uuid.UUID | None = None) -> None:
        assert self._ctx.user_id is not None
        t = operations.read(self._ctx, discussions.thread_detail, self._ctx.user_id, thread_id)
        self.thread = t
        tz = self._ctx.timezone
        state = self.tr("✓ Solved") if t.resolved else label(KINDS.get(t.discussion_type or "", ""))
        pending = f" · <i>{esc(self.tr('waiting to be sent'))}</i>" if t.pending else ""
        views = fmt.plural(self.tr("%n view(s)", "", t.views), t.views)
        self.thread_header.setText(
            f"<h3>{esc(t.title)}</h3><span style='color:{colour('muted')}'>{esc(t.author)} · {esc(fmt.when(t.created_at, tz))} · "
            f"{esc(t.where)} · {esc(state)} · {esc(views)}</span>{pending}"
            f"<p>{esc(t.content)}</p>"
        )
        self.reply_model.set_replies(t.replies)
        self.replies.expandAll()
        if select_reply is not None:
            self.replies.setCurrentIndex(self.reply_model.find(select_reply))
        self._loading = True
        draft = local_state.load_draft(self._ws.directory, self._ctx.user_id, draft_key(thread_id))
        self.reply_edit.setPlainText(draft.get("text", ""))
        self._loading = False
        self.notice.clear_message()
        self._update_actions()

    def _update_actions(self) -> None:
        reply = self.reply_model.reply_at(self.replies.currentIndex())
        t = self.thread
        self.solution_button.setEnabled(bool(t and reply and t.can_mark_solution and not reply.is_solution))
        self.helpful_button.setEnabled(reply is not None)
        self.answer_selected.setEnabled(reply is not None)
        self.post_button.setEnabled(t is not None)
        self.reply_edit.setEnabled(t is not None)

    # -- posting -----------------------------------------------------------------------------------------------

    def on_reply_edit_text_changed(self) -> None:
        if not self._loading:
            self.reply_autosave.poke()

    def save_reply_draft(self) -> None:
        if self.thread is not None and self._ctx.user_id is not None:
            local_state.save_draft(
                self._ws.directory,
                self._ctx.user_id,
                draft_key(self.thread.thread_id),
                {"text": self.reply_edit.toPlainText()},
            )

    def flush_pending(self) -> None:
        self.reply_autosave.flush()

    def on_post_button_clicked(self) -> None:
        t = self.thread
        if t is None or self._ctx.user_id is None:
            return
        parent = (
            self.reply_model.reply_at(self.replies.currentIndex())
            if self.answer_selected.isChecked()
            else None
        )
        try:
            reply_id = operations.write(
                self._ctx,
                discussions.reply,
                self._ctx.user_id,
                t.thread_id,
                self.reply_edit.toPlainText(),
                parent.reply_id if parent else None,
            )
        except (discussions.PostError, LookupError) as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.reply_autosave.stop()
        local_state.clear_draft(self._ws.directory, self._ctx.user_id, draft_key(t.thread_id))
        self.reply_edit.blockSignals(True)
        self.reply_edit.clear()
        self.reply_edit.blockSignals(False)
        self.answer_selected.setChecked(False)
        self.load_threads()
        self.show_thread(t.thread_id, select_reply=reply_id)
        message = self.tr("Reply saved on this computer; it is posted at the next sync.")
        self.notice.show_message(message, "offline")
        self.sig_status_message.emit(message)

    def new_thread_dialog(self) -> NewThreadDialog:
        place = self.place
        return NewThreadDialog(place.label if place else "", self)

    def on_new_button_clicked(self) -> None:
        place = self.place
        if place is None or self._ctx.user_id is None:
            return
        dialog = self.new_thread_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.post_thread(*dialog.values())

    def post_thread(self, title: str, body: str, kind: str) -> None:
        place = self.place
        assert place is not None and self._ctx.user_id is not None
        try:
            thread_id = operations.write(
                self._ctx, discussions.post_thread, self._ctx.user_id, place.scope, title, body, kind
            )
        except discussions.PostError as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.thread = None
        self.search.clear()
        self._counting_views = False
        self.load_threads()
        select_row(self.thread_list, self.thread_model.find(lambda t: t.thread_id == thread_id))
        self._counting_views = True
        self.notice.show_message(
            self.tr("Thread saved on this computer; it is posted at the next sync."), "offline"
        )

    def on_solution_button_clicked(self) -> None:
        reply = self.reply_model.reply_at(self.replies.currentIndex())
        if reply is None or self.thread is None or self._ctx.user_id is None:
            return
        try:
            operations.write(self._ctx, discussions.mark_solution, self._ctx.user_id, reply.reply_id)
        except PermissionError as exc:
            self.notice.show_message(str(exc), "error")
            return
        self.load_threads()
        self.show_thread(self.thread.thread_id, select_reply=reply.reply_id)

    def on_helpful_button_clicked(self) -> None:
        reply = self.reply_model.reply_at(self.replies.currentIndex())
        if reply is None or self.thread is None or self._ctx.user_id is None:
            return
        try:
            operations.write(
                self._ctx, discussions.vote_helpful, self._ws.directory, self._ctx.user_id, reply.reply_id
            )
        except discussions.AlreadyVotedError as exc:
            self.notice.show_message(str(exc), "info")
            return
        self.show_thread(self.thread.thread_id, select_reply=reply.reply_id)
