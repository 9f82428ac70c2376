"""The server's audit log, for admins: who changed grades, certificates, roles and personal data,
when, and from what to what; filtered, paged and exported as CSV. It lives on the server, so this
screen needs a connection and says so without one."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import audit

from .. import format as fmt
from ..context import AppContext
from ..labels import label
from ..models.record_model import Column, RecordModel
from ..operations import run_async
from ..widgets.empty_state import EmptyState


def _columns(tz_name: str) -> list[Column[audit.AuditEntry]]:
    from zoneinfo import ZoneInfo

    del ZoneInfo  # times are shown as everywhere else (format.when, in the user's timezone)
    return [
        Column(label(QT_TRANSLATE_NOOP("Labels", "When")), lambda e: fmt.when(e.occurred_at, tz_name)),
        Column(
            label(QT_TRANSLATE_NOOP("Labels", "Who")),
            lambda e: (
                e.actor_name
                or (str(e.actor_id)[:8] if e.actor_id else label(QT_TRANSLATE_NOOP("Labels", "the system")))
            ),
            tooltip=lambda e: e.actor_email,
        ),
        Column(label(QT_TRANSLATE_NOOP("Labels", "Action")), lambda e: e.action),
        Column(label(QT_TRANSLATE_NOOP("Labels", "Table")), lambda e: e.table),
        # The audit trail names the row it is about: an administrator looks it up with this (a short id).
        Column(label(QT_TRANSLATE_NOOP("Labels", "Row")), lambda e: str(e.row_id)[:8] if e.row_id else ""),
        Column(label(QT_TRANSLATE_NOOP("Labels", "Reason")), lambda e: e.reason or ""),
    ]


class AuditScreen(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditScreen")
        self.ctx = context
        self.cursor: str | None = None
        self.model: RecordModel[audit.AuditEntry] = RecordModel(_columns(context.timezone), self)
        self.category = QComboBox()
        self.category.setObjectName("auditCategory")
        self.category.addItem(self.tr("Everything"), None)
        for name in audit.CATEGORIES:
            self.category.addItem(label(name.capitalize()), name)
        self.table_filter = QLineEdit()
        self.table_filter.setPlaceholderText(self.tr("e.g. submissions"))
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("user id"))
        now = QDateTime.currentDateTimeUtc()
        self.since = QDateTimeEdit(now.addDays(-30))
        self.until = QDateTimeEdit(now.addDays(1))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From"))
        self.until.setAccessibleName(self.tr("Until"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setObjectName("auditSearch")
        self.more_button = QPushButton(self.tr("Load &more"))
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.search_button.clicked.connect(self.on_search_button_clicked)
        self.more_button.clicked.connect(self.on_more_button_clicked)
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setAccessibleName(self.tr("Audit entries"))
        self.view.setModel(self.model)
        EmptyState(self.view, self.tr("No entry to show: the audit log is kept by the server."))
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self.on_view_selection_changed)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Details of the selected entry"))
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)

        filters = QFormLayout()
        filters.addRow(self.tr("&Kind"), self.category)
        filters.addRow(self.tr("&Table"), self.table_filter)
        filters.addRow(self.tr("By"), self.actor)
        span = QHBoxLayout()
        span.addWidget(self.since)
        span.addWidget(QLabel("–"))
        span.addWidget(self.until)
        filters.addRow(self.tr("Between (UTC)"), span)
        buttons = QHBoxLayout()
        for b in (self.search_button, self.more_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Audit log</h2>")))
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        online = bool(context.workspace.settings.server_url)
        for b in (self.search_button, self.more_button, self.export_button):
            b.setEnabled(online)
        self.more_button.setEnabled(False)
        self.status.setText(
            self.tr("The audit log is kept by the server: press Search to read it.")
            if online
            else self.tr("The audit log is kept by the server, and this replica has none.")
        )

    def query(self) -> audit.AuditQuery:
        table = self.table_filter.text().strip()
        actor = self.actor.text().strip()
        return audit.AuditQuery(
            tables=(table,) if table else (),
            category=self.category.currentData(),
            actor=uuid.UUID(actor) if actor else None,
            since=self.since.dateTime().toPython().replace(tzinfo=dt.UTC),
            until=self.until.dateTime().toPython().replace(tzinfo=dt.UTC),
        )

    def _load(self, cursor: str | None) -> None:
        try:
            query = self.query()
        except ValueError as exc:
            self.status.setText(self.tr("Check the filters: {0}").format(exc))
            return
        self.status.setText(self.tr("Reading the audit log…"))
        run_async(
            self,
            audit.fetch_page(self.ctx.workspace, query, cursor),
            lambda page: self._loaded(page, append=cursor is not None),
            self._failed,
        )

    def on_search_button_clicked(self) -> None:
        self._load(None)

    def on_more_button_clicked(self) -> None:
        if self.cursor:
            self._load(self.cursor)

    def _loaded(self, page: audit.AuditPage, *, append: bool) -> None:
        rows = (self.model.rows if append else []) + page.entries
        self.model.set_rows(rows)
        self.cursor = page.next_cursor
        self.more_button.setEnabled(bool(page.next_cursor))
        self.status.setText(
            fmt.plural(self.tr("Entries shown: %n", "", len(rows)), len(rows))
            + ("" if page.next_cursor else self.tr(" (all)"))
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(
            self.tr("Could not read the audit log: {0}").format(getattr(exc, "user_message", str(exc)))
        )

    def on_view_selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.model.row_at(rows[0].row())
        self.detail.setPlainText(
            json.dumps(
                {"before": entry.before, "after": entry.after},
                indent=2,
                ensure_ascii=False,
                sort_keys=True,
                default=str,
            )
        )

    def choose_csv_target(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), str(Path.home() / "audit.csv"), self.tr("CSV (*.csv)")
        )
        return Path(name) if name else None

    def on_export_button_clicked(self) -> None:
        target = self.choose_csv_target()
        if target is None:
            return
        try:
            query = self.query()
        except ValueError as exc:
            self.status.setText(self.tr("Check the filters: {0}").format(exc))
            return
        run_async(
            self,
            audit.export_csv(self.ctx.workspace, query, target),
            lambda size: self.status.setText(self.tr("Exported {0} bytes to {1}").format(size, target)),
            self._failed,
        )
