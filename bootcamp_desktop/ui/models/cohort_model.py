"""The learners of a workshop: status, progress, where they are, when they were last seen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from bootcamp_desktop.models import utcnow
from bootcamp_desktop.services.cohort import CohortRow

from .. import format as fmt
from ..labels import ENROLMENT_STATUS, label_of
from ..widgets.local_time import format_local
from .record_model import Column, RecordModel

RIGHT = Qt.AlignmentFlag.AlignRight



class CohortModel(RecordModel[CohortRow]):
    def __init__(self, parent: Any = None) -> None:
        self.tz = "UTC"
        self.now = utcnow()
        super().__init__([
            Column(self.tr("Learner"), lambda r: r.name),
            Column(self.tr("Status"), lambda r: label_of(ENROLMENT_STATUS, r.status)),
            Column(self.tr("Progress"), lambda r: fmt.percent(r.progress), alignment=RIGHT),
            Column(self.tr("Lessons"), lambda r: f"{r.lessons_done} / {r.lessons_total}", alignment=RIGHT),
            Column(self.tr("Where they are"), lambda r: " › ".join(x for x in (r.module, r.lesson) if x) or "—"),
            Column(self.tr("Last seen"), lambda r: fmt.ago(r.last_seen, self.now),
                   tooltip=lambda r: format_local(r.last_seen, self.tz) or self.tr("no activity recorded"),
                   foreground=self._seen_colour,
                   header_tooltip=self.tr("The latest activity this computer has from the learner; a stand-in for "
                                          "their last sync")),
            Column(self.tr("Offline"), lambda r: "" if r.offline_share is None else f"{100 * r.offline_share:.0f}%",
                   alignment=RIGHT),
        ], parent)

    def set_rows(self, rows: Sequence[CohortRow], tz_name: str = "UTC", now: dt.datetime | None = None) -> None:  # type: ignore[override]
        self.tz, self.now = tz_name, now or utcnow()
        super().set_rows(rows)

    def _seen_colour(self, r: CohortRow) -> str:
        if r.last_seen is None:
            return "danger"
        days = (self.now - r.last_seen).total_seconds() / 86400
        return "success" if days < 1 else "warning" if days < 7 else "danger"
