"""The learners of a workshop: status, progress, where they are, when they were last seen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from bootcamp_core.models import utcnow
from bootcamp_desktop.services.cohort import CohortRow
from bootcamp_desktop.services.cohort_sync import CohortSync, ReplicaSync

from .. import format as fmt
from ..labels import ENROLMENT_STATUS, label_of
from ..widgets.local_time import format_local
from .record_model import Column, RecordModel

RIGHT = Qt.AlignmentFlag.AlignRight
SYNC_COLUMNS = (7, 8, 9)  # filled from the server's answer (set_sync), live while online


class CohortModel(RecordModel[CohortRow]):
    def __init__(self, parent: Any = None) -> None:
        self.tz = "UTC"
        self.now = utcnow()
        self.sync: CohortSync | None = None
        super().__init__(
            [
                Column(self.tr("Learner"), lambda r: r.name),
                Column(self.tr("Status"), lambda r: label_of(ENROLMENT_STATUS, r.status)),
                Column(self.tr("Progress"), lambda r: fmt.percent(r.progress), alignment=RIGHT),
                Column(
                    self.tr("Lessons"), lambda r: f"{r.lessons_done} / {r.lessons_total}", alignment=RIGHT
                ),
                Column(
                    self.tr("Where they are"),
                    lambda r: " › ".join(x for x in (r.module, r.lesson) if x) or "—",
                ),
                Column(
                    self.tr("Last seen"),
                    lambda r: fmt.ago(r.last_seen, self.now),
                    tooltip=lambda r: format_local(r.last_seen, self.tz) or self.tr("no activity recorded"),
                    foreground=self._seen_colour,
                    header_tooltip=self.tr(
                        "The latest activity this computer has from the learner; a stand-in for "
                        "their last sync"
                    ),
                ),
                Column(
                    self.tr("Offline"),
                    lambda r: "" if r.offline_share is None else f"{100 * r.offline_share:.0f}%",
                    alignment=RIGHT,
                ),
                Column(
                    self.tr("Synced with server"),
                    self._synced_text,
                    tooltip=self._synced_tooltip,
                    foreground=self._synced_colour,
                    header_tooltip=self.tr(
                        "When the learner's app last synced with the server this app is signed "
                        "in to (the hub in a workshop), as the server saw it"
                    ),
                ),
                Column(
                    self.tr("Sent / received"),
                    self._counts_text,
                    alignment=RIGHT,
                    tooltip=lambda r: self._replica_tip(
                        r, self.tr("{0} changes sent and applied, {1} refused; {2} rows received")
                    ),
                ),
                Column(
                    self.tr("App"),
                    lambda r: (self._latest(r) and self._latest(r).app_version) or "",  # type: ignore[union-attr]
                    tooltip=lambda r: (self._latest(r) and self._latest(r).platform) or "",
                ),  # type: ignore[union-attr]
            ],
            parent,
        )

    def set_rows(
        self, rows: Sequence[CohortRow], tz_name: str = "UTC", now: dt.datetime | None = None
    ) -> None:  # type: ignore[override]
        self.tz, self.now = tz_name, now or utcnow()
        super().set_rows(rows)

    def set_sync(self, sync: CohortSync | None) -> None:
        """The server's answer (None: not known); only the sync columns change, the selection stays."""
        self.sync = sync
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, SYNC_COLUMNS[0]), self.index(self.rowCount() - 1, SYNC_COLUMNS[-1])
            )

    def _latest(self, r: CohortRow) -> ReplicaSync | None:
        return self.sync.latest(r.user_id) if self.sync is not None else None

    def _synced_text(self, r: CohortRow) -> str:
        if self.sync is None:
            return ""
        latest = self._latest(r)
        return fmt.ago(latest.last_seen_at, self.sync.server_time) if latest else self.tr("never")

    def _synced_tooltip(self, r: CohortRow) -> str:
        latest = self._latest(r)
        if latest is None:
            return self.tr("Their app has not synced with this server")
        replicas = len(self.sync.replicas.get(r.user_id, [])) if self.sync else 0
        text = format_local(latest.last_seen_at, self.tz) or ""
        return text + (self.tr(" · {0} computers").format(replicas) if replicas > 1 else "")

    def _synced_colour(self, r: CohortRow) -> str | None:  # a tone of ui/style, as record_model takes it
        latest = self._latest(r)
        if self.sync is None or latest is None:
            return None
        return "success" if latest.connected(self.sync.server_time) else "muted"  # tokens (ui/style)

    def _counts_text(self, r: CohortRow) -> str:
        latest = self._latest(r)
        if latest is None:
            return ""
        refused = self.tr(" (+{0} refused)").format(latest.refused) if latest.refused else ""
        return f"{latest.pushed}{refused} / {latest.pulled}"

    def _replica_tip(self, r: CohortRow, template: str) -> str:
        latest = self._latest(r)
        return template.format(latest.pushed, latest.refused, latest.pulled) if latest else ""

    def _seen_colour(self, r: CohortRow) -> str:
        if r.last_seen is None:
            return "danger"
        days = (self.now - r.last_seen).total_seconds() / 86400
        return "success" if days < 1 else "warning" if days < 7 else "danger"
