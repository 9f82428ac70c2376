"""The facilitator's cohort view: who is enrolled in the workshop's course, where each learner is,
and when each was last seen (their latest recorded activity, as a stand-in for their last sync)."""

from __future__ import annotations

import uuid
from collections import Counter

from PySide6.QtCore import Signal
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

from bootcamp_desktop.models import utcnow
from bootcamp_desktop.services import cohort, staff

from .. import operations
from ..context import AppContext
from ..models.cohort_model import CohortModel
from ..style import set_tone
from ..widgets.common import fill_workshop_courses


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
        for col, width in enumerate((160, 95, 70, 70, 300, 100, 60)):
            self.table.setColumnWidth(col, width)
        note = QLabel(self.tr("“Last seen” is the latest activity this computer holds for each learner (lessons "
                              "opened, quizzes, posts); it arrives with their sync, so it tells you roughly when "
                              "they last synced. “Offline” is the share of their lesson activity done without "
                              "a connection."))
        note.setWordWrap(True)
        set_tone(note, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        fill_workshop_courses(self.course_combo, operations.read(self._ctx, cohort.workshop_courses, self._ctx.user_id))
        self.load()

    def load(self) -> None:
        data = self.course_combo.currentData()
        rows = operations.read(self._ctx, cohort.cohort, uuid.UUID(data)) if data else []
        now = utcnow()
        self.model.set_rows(rows, self.tz, now)
        statuses = Counter((r.status or "").replace("_", " ") for r in rows)
        recent = sum(1 for r in rows if r.last_seen and (now - r.last_seen).total_seconds() < 86400)
        week = sum(1 for r in rows if r.last_seen and (now - r.last_seen).total_seconds() < 7 * 86400)
        self.summary.setText(self.tr("<b>{0} learners</b> · {1} · seen today: {2} · this week: {3}").format(
            len(rows), ", ".join(f"{n} {s}" for s, n in statuses.most_common()), recent, week))
