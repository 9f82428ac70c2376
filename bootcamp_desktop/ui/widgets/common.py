"""Small building blocks the screens share: configured views, an inline notice, a debounce timer."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QWidget,
)

from ..style.theme import NOTICES, set_notice
from .empty_state import EmptyState
from .table_columns import eliding, fit_columns


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text))


def table(
    model: QAbstractItemModel, name: str, accessible: str, *, stretch: int = 0, empty: str | None = None
) -> QTableView:
    """A table of records; ``empty`` is what it says when it has no rows (a generic sentence by default)."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    eliding(view)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    fit_columns(view, stretch)
    view.empty_state = EmptyState(view, empty)  # type: ignore[attr-defined]
    return view


def tree(model: QAbstractItemModel, name: str, accessible: str) -> QTreeView:
    view = QTreeView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    return view


def list_view(model: QAbstractItemModel, name: str, accessible: str) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return view


def select_row(view: QAbstractItemView, row: int) -> None:
    model = view.model()
    if model is not None and 0 <= row < model.rowCount():
        view.setCurrentIndex(model.index(row, 0))


def fill_workshop_courses(combo: QComboBox, courses: Sequence[Any]) -> None:
    """Refill ``combo`` with these courses (``title``, ``course_id``) without emitting its signals, keeping
    the course chosen before; otherwise a workshop course, else the first in the list's order."""
    keep = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for c in courses:
        combo.addItem(c.title, str(c.course_id))
    index = combo.findData(keep) if keep else -1
    if index < 0:
        index = next((i for i, c in enumerate(courses) if "workshop" in c.title.lower()), 0)
    combo.setCurrentIndex(index if courses else -1)
    combo.blockSignals(False)


class Notice(QLabel):
    """An inline message under a form: what happened, what went wrong, what needs the server."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(name)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        set_notice(self, kind if kind in NOTICES else "info")  # its colours: ui/style (the notice tokens)
        self.setProperty("kind", kind)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    @property
    def kind(self) -> str:
        return str(self.property("kind") or "")


class Debounce(QTimer):
    """Calls ``fn`` once, ``ms`` after the last ``poke()``: autosave while the learner types."""

    def __init__(self, ms: int, fn: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(ms)
        self.timeout.connect(fn)

    def poke(self) -> None:
        self.start()

    def flush(self) -> None:
        """Run now if a call is waiting (leaving the screen, closing the window)."""
        if self.isActive():
            self.stop()
            self.timeout.emit()


class ComposeEdit(QPlainTextEdit):
    """A text box whose Ctrl+Enter sends (``sig_submit_requested``) instead of adding a line."""

    sig_submit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.sig_submit_requested.emit()
            return
        super().keyPressEvent(event)
