"""The Sync panel: every change the server did not take as it was, with the user's version kept.

For each conflict or rejection (one per local transaction: a grade is its submission and its feedback
together) it shows what the user wrote beside what the server has, row by row, and lets the user send
theirs again ("keep mine") or discard it and take the server's version, for the whole transaction.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from bootcamp_core.models import User
from bootcamp_desktop.services import sync_ops

from ..context import AppContext
from ..models.problems_model import ProblemsModel
from ..operations import read, write
from .conflict_words import people_in, sides


def _names(session: Session, ids: set[uuid.UUID]) -> dict[str, str]:
    if not ids:
        return {}
    return {str(i): n for i, n in session.execute(sa.select(User.id, User.full_name).where(User.id.in_(ids)))}


class SyncPanel(QDialog):
    sig_problems_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncPanel")
        self.setWindowTitle(self.tr("Sync panel"))
        self.resize(900, 560)
        self.ctx = ctx
        self.model = ProblemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("problemsTable")
        self.table.setAccessibleName(self.tr("Changes that need your decision"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.empty = QLabel(
            self.tr(
                "Nothing needs your decision: every change you made was taken by the server "
                "or is waiting for the next sync."
            )
        )
        self.empty.setWordWrap(True)
        self.mine = QPlainTextEdit()
        self.mine.setObjectName("mineText")
        self.mine.setReadOnly(True)
        self.mine.setAccessibleName(self.tr("Your version (kept here)"))
        self.theirs = QPlainTextEdit()
        self.theirs.setObjectName("theirsText")
        self.theirs.setReadOnly(True)
        self.theirs.setAccessibleName(self.tr("On the server"))
        self.keep_button = QPushButton(self.tr("&Send mine again"))
        self.keep_button.setObjectName("keepMineButton")
        self.discard_button = QPushButton(self.tr("&Discard mine"))
        self.discard_button.setObjectName("discardMineButton")
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.discard_button.clicked.connect(self.on_discard_button_clicked)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        sides = QSplitter()
        for title, edit in (
            (self.tr("Your version (kept here)"), self.mine),
            (self.tr("On the server"), self.theirs),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(QLabel(f"<b>{title}</b>"))
            box_layout.addWidget(edit)
            sides.addWidget(box)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(sides, 2)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rows = read(self.ctx, sync_ops.problems)
        self.model.tz = self.ctx.timezone
        self.model.set_problems(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            self.table.selectRow(0)
        else:
            self.mine.clear()
            self.theirs.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.keep_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def selected(self) -> sync_ops.Problem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.problem_at(rows[0].row()) if rows else None

    def on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        problem = self.selected()
        self._update_buttons()
        if problem is None:
            return
        names = read(self.ctx, _names, people_in(problem))
        mine, theirs = sides(problem, names, self.ctx.timezone)
        self.mine.setPlainText(mine)
        self.theirs.setPlainText(theirs)

    def on_keep_button_clicked(self) -> None:
        problem = self.selected()
        if problem is None:
            return
        write(self.ctx, sync_ops.retry, problem.entry_id)
        self.refresh()
        self.sig_problems_changed.emit()

    def on_discard_button_clicked(self) -> None:
        problem = self.selected()
        if problem is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard your change?"),
            self.tr("Your version will be dropped and the server's version kept. This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        write(self.ctx, sync_ops.discard, problem.entry_id)
        self.refresh()
        self.sig_problems_changed.emit()


__all__ = ["SyncPanel", "Qt"]
