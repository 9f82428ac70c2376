"""A grade conflict, shown next to the submission: the other grader's version beside this one.

The server keeps the first grade it received; this replica's grade stays in the outbox in state
``conflict`` until someone decides in the Sync panel. Nothing is overwritten silently.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bootcamp_desktop.services.grading_detail import GradeConflict

from ...labels import label_of
from ...models.grading_queue_model import STATUS_LABELS
from ..local_time import format_local


def _parse_dt(value: object):  # type: ignore[no-untyped-def]
    import datetime as dt

    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)  # the wire's "...Z" form included (Python 3.11+)
    except ValueError:
        return None


def describe_version(values: dict, table: str) -> str:
    if table == "instructor_feedback":
        bits = [
            QCoreApplication.translate("ConflictBanner", "grade {0}").format(
                values.get("overall_grade") or "–"
            )
        ]
        total = (
            (values.get("rubric_scores") or {}).get("total")
            if isinstance(values.get("rubric_scores"), dict)
            else None
        )
        if total is not None:
            bits.append(QCoreApplication.translate("ConflictBanner", "{0:g} points").format(total))
        return ", ".join(bits)
    bits = []
    if values.get("status"):
        bits.append(label_of(STATUS_LABELS, values["status"]))
    if values.get("score") is not None:
        bits.append(QCoreApplication.translate("ConflictBanner", "score {0}").format(values["score"]))
    return ", ".join(bits) or QCoreApplication.translate("ConflictBanner", "changed")


class ConflictBanner(QFrame):
    sig_sync_panel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        self.label = QLabel()
        self.label.setObjectName("conflictText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.button = QPushButton(self.tr("Open the Sync panel"))
        self.button.setObjectName("openSyncPanelButton")
        self.button.clicked.connect(self.sig_sync_panel_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.conflicts: tuple[GradeConflict, ...] = ()
        self.hide()

    def set_conflicts(self, conflicts: tuple[GradeConflict, ...], tz_name: str) -> None:
        self.conflicts = conflicts
        if not conflicts:
            self.hide()
            return
        items = []
        for c in conflicts:
            who = html.escape(c.their_grader or self.tr("another grader"))
            when = format_local(_parse_dt(c.theirs.get("graded_at") or c.theirs.get("created_at")), tz_name)
            theirs = html.escape(describe_version(c.theirs, c.table))
            mine = html.escape(describe_version(c.mine, c.table))
            items.append(
                self.tr("<li><b>{0}</b> graded this on the server{1}: {2}. Yours: {3}.</li>").format(
                    who, f" ({when})" if when else "", theirs, mine
                )
            )
        self.label.setText(
            self.tr("<b>⚠ Grade conflict</b> — the server kept another grade; yours is kept here, not sent.")
            + "<ul style='margin:2px'>"
            + "".join(items)
            + "</ul>"
            + self.tr("Decide which grade stands in the Sync panel (Ctrl+Shift+Y).")
        )
        self.show()
