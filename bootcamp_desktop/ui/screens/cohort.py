"""The facilitator's cohort view: who is enrolled in the workshop's course, where each learner is, when
each was last seen (their latest recorded activity, from this replica), and, live while this app reaches
its server (the hub in a workshop), when each learner's app last synced with it and what it sent and
received (``services.cohort_sync``, asked again every ``REFRESH_MS`` while the screen is shown)."""

from __future__ import annotations

import uuid
from collections import Counter

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_core.models import utcnow
from bootcamp_desktop.services import cohort, cohort_sync, staff
from bootcamp_desktop.services.cohort_sync import CohortSync

from .. import operations
from ..context import AppContext
from ..models.cohort_model import CohortModel
from ..style import set_tone
from ..widgets.common import fill_workshop_courses
from ..widgets.local_time import format_local

REFRESH_MS = 30_000


class CohortScreen(QWidget):
    sig_status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CohortScreen")
        self._ctx = context
        self.tz = operations.read(context, staff.user_timezone, context.user_id)
        self.course_combo = QComboBox()
        self.course_combo.setObjectName("cohortCourse")
        self.course_combo.currentIndexChanged.connect(lambda _i: self.load())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Workshop course")))
        top.addWidget(self.course_combo, 1)
        self.summary = QLabel()
        self.summary.setObjectName("cohortSummary")
        self.summary.setWordWrap(True)
        self.sync_summary = QLabel()
        self.sync_summary.setObjectName("cohortSyncSummary")
        self.sync_summary.setWordWrap(True)
        # Must-have 1 of issue 20 (the hub relays to the central server) fills this in: docs/hub-relay.md.
        self.upstream = QLabel()
        self.upstream.setObjectName("cohortUpstream")
        self.upstream.setWordWrap(True)
        self._sync_pending = False
        self._sync_course: str | None = None
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(REFRESH_MS)
        self.sync_timer.timeout.connect(self.refresh_sync)
        self.model = CohortModel(self)
        self.table = QTableView()
        self.table.setObjectName("cohortTable")
        self.table.setAccessibleName(self.tr("Learners of the workshop"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((160, 95, 70, 70, 300, 100, 60, 120, 110, 60)):
            self.table.setColumnWidth(col, width)
        note = QLabel(
            self.tr(
                "“Last seen” is the latest activity this computer holds for each learner (lessons "
                "opened, quizzes, posts); it arrives with their sync, so it tells you roughly when "
                "they last synced. “Offline” is the share of their lesson activity done without "
                "a connection."
            )
        )
        note.setWordWrap(True)
        set_tone(note, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.sync_summary)
        layout.addWidget(self.upstream)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        fill_workshop_courses(
            self.course_combo, operations.read(self._ctx, cohort.workshop_courses, self._ctx.user_id)
        )
        self.load()

    def load(self) -> None:
        data = self.course_combo.currentData()
        rows = operations.read(self._ctx, cohort.cohort, uuid.UUID(data)) if data else []
        now = utcnow()
        self.model.set_rows(rows, self.tz, now)
        statuses = Counter((r.status or "").replace("_", " ") for r in rows)
        recent = sum(1 for r in rows if r.last_seen and (now - r.last_seen).total_seconds() < 86400)
        week = sum(1 for r in rows if r.last_seen and (now - r.last_seen).total_seconds() < 7 * 86400)
        self.summary.setText(
            self.tr("<b>{0} learners</b> · {1} · seen today: {2} · this week: {3}").format(
                len(rows), ", ".join(f"{n} {s}" for s, n in statuses.most_common()), recent, week
            )
        )
        if self.model.sync is not None and self._sync_course != data:
            self.model.set_sync(None)  # another course: its learners' syncs are asked for below
        if self.isVisible():
            self.refresh_sync()

    # -- live from the server ---------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sync_timer.start()
        self.refresh_sync()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.sync_timer.stop()

    def refresh_sync(self) -> None:
        """Ask the server again (off the GUI thread, on the app's loop), unless a question is on its way."""
        data = self.course_combo.currentData()
        ws = self._ctx.workspace
        if not data or not cohort_sync.available(ws):
            self.model.set_sync(None)
            self.sync_summary.setText(
                self.tr(
                    "When each learner's app last synced appears here while this app is "
                    "signed in to the workshop's hub."
                )
            )
            self.upstream.setText("")
            return
        if self._sync_pending:
            return
        self._sync_pending = True
        course_id = uuid.UUID(data)
        operations.run_async(
            self,
            cohort_sync.fetch(ws, course_id),
            lambda answer: self._sync_loaded(course_id, answer),
            self._sync_failed,
        )

    def _sync_loaded(self, course_id: uuid.UUID, answer: CohortSync) -> None:
        self._sync_pending = False
        if self.course_combo.currentData() != str(course_id):
            self.refresh_sync()  # the course changed while the answer came: ask for the one shown
            return
        self.model.set_sync(answer)
        self._sync_course = str(course_id)
        ours = {r.user_id for r in self.model.rows}
        synced = sum(1 for u in ours if answer.latest(u) is not None)
        now = sum(
            1
            for u in ours
            if (latest := answer.latest(u)) is not None and latest.connected(answer.server_time)
        )
        self.sync_summary.setText(
            self.tr(
                "<b>Synced with {0} in the last {1} min: {2} of {3}</b> · ever synced with it: {4} · as of {5}"
            ).format(
                self._server_name(),
                cohort_sync.CONNECTED_MINUTES,
                now,
                len(ours),
                synced,
                format_local(answer.server_time, self.tz) or "",
            )
        )
        self.upstream.setText(
            self.tr(
                "Waiting to go upstream to the central server: not known here yet (it appears once the hub relays "
                "the room's work to the central server)."
            )
            if answer.upstream_waiting is None
            else self.tr("Waiting to go upstream to the central server: {0} changes").format(
                answer.upstream_waiting
            )
        )

    def _sync_failed(self, exc: Exception) -> None:
        self._sync_pending = False
        message = getattr(exc, "user_message", None) or str(exc)
        self.sync_summary.setText(
            self.tr("Cannot ask {0} who synced: {1}. The table shows what was known before.").format(
                self._server_name(), message
            )
        )

    def _server_name(self) -> str:
        return self._ctx.workspace.settings.server_url or self.tr("the server")
