"""The grading queue as a table: learner (or a pseudonym), assignment, submitted, status, score.

All rows of the queue come from one query (``services.grading``); the view receives them in pages of
``PAGE`` rows through ``canFetchMore``/``fetchMore``, so a queue of thousands opens at once. Marks in
the first column: a pencil when a draft is saved, a warning sign when the grade is in conflict.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from bootcamp_desktop.services.grader_files import FilesState
from bootcamp_desktop.services.grading import Queue, QueueRow, pseudonym

from ..format import size
from ..labels import label
from ..style import qcolor
from ..widgets.local_time import format_local

SubmissionIdRole = Qt.ItemDataRole.UserRole + 1
PAGE = 500
STATUS_LABELS = {
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
}
STATUS_TONES = {
    "submitted": "info",
    "under_review": "warning",
    "revision_requested": "revision",
    "graded": "success",
}


class GradingQueueModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Labels", "Learner"),
        QT_TRANSLATE_NOOP("Labels", "Status"),
        QT_TRANSLATE_NOOP("Labels", "Score"),
        QT_TRANSLATE_NOOP("Labels", "Assignment"),
        QT_TRANSLATE_NOOP("Labels", "Submitted"),
        QT_TRANSLATE_NOOP("Labels", "Files"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._shown = 0
        self._index: dict[str, int] = {}  # submission hex -> row
        self._conflicts: frozenset[str] = frozenset()  # submission hex
        self._drafts: set[str] = set()
        self._files: dict[str, FilesState] = {}  # submission hex -> its files' sizes and what is missing
        # Reads the files of the rows a page shows (a service call); None: the Files column stays empty.
        self.files_provider: Callable[[list[uuid.UUID]], dict[uuid.UUID, FilesState]] | None = None
        self._anonymous = False
        self._tz = "UTC"

    # -- content ---------------------------------------------------------------------------------------
    def set_queue(self, queue: Queue, drafts: set[uuid.UUID], tz_name: str) -> None:
        self.beginResetModel()
        self._rows = list(queue.rows)
        self._index = {r.submission_hex: i for i, r in enumerate(self._rows)}
        self._shown = min(PAGE, len(self._rows))
        self._conflicts = frozenset(c.hex for c in queue.conflicts)
        self._drafts = {d.hex for d in drafts}
        self._tz = tz_name
        self._files = {}
        self._load_files(0, self._shown)
        self.endResetModel()

    def _load_files(self, start: int, end: int) -> None:
        """The size of the files of rows ``start:end`` and what is not on this computer yet (the Files
        column), read a page at a time as rows are shown: a queue of thousands opens as fast as before."""
        if self.files_provider is not None and end > start:
            found = self.files_provider([r.submission_id for r in self._rows[start:end]])
            self._files.update({sid.hex: state for sid, state in found.items()})

    def files_of(self, submission_id: uuid.UUID) -> FilesState | None:
        return self._files.get(submission_id.hex)

    def set_anonymous(self, anonymous: bool) -> None:
        if anonymous != self._anonymous:
            self._anonymous = anonymous
            if self._shown:
                self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, 0))

    @property
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, submission_id: uuid.UUID) -> int | None:
        return self._index.get(submission_id.hex)

    def update_row(
        self,
        submission_id: uuid.UUID,
        *,
        status: str | None = None,
        score: Decimal | None = None,
        draft: bool | None = None,
        conflict: bool | None = None,
    ) -> None:
        key = submission_id.hex
        row = self._index.get(key)
        if row is None:
            return
        old = self._rows[row]
        if status is not None:
            self._rows[row] = replace(old, status=status, score=score)
        if draft is not None:
            (self._drafts.add if draft else self._drafts.discard)(key)
        if conflict is not None:
            self._conflicts = (self._conflicts | {key}) if conflict else (self._conflicts - {key})
        if row < self._shown:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def ensure_shown(self, row: int) -> None:
        """Fetch pages until ``row`` is in the view."""
        while row >= self._shown and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- Qt model ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._load_files(self._shown, self._shown + more)
        self._shown += more
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                name = pseudonym(r.learner_id) if self._anonymous else r.learner_name
                marks = ("⚠ " if r.submission_hex in self._conflicts else "") + (
                    "✎ " if r.submission_hex in self._drafts else ""
                )
                return marks + name
            if col == 1:
                return label(STATUS_LABELS.get(r.status, r.status))
            if col == 2:
                return "" if r.score is None else f"{r.score:g}"
            if col == 3:
                return r.assignment_title
            if col == 4:
                return format_local(r.submitted_at, self._tz, with_year=False)
            if col == 5:
                files = self._files.get(r.submission_hex)
                if files is None:
                    return ""
                if files.missing:
                    return self.tr("⤓ {0} to fetch").format(size(files.missing_bytes))
                return self.tr("✓ {0}").format(size(files.total_bytes))
        elif role == Qt.ItemDataRole.ToolTipRole:
            tips = [f"{r.course_title}: {r.assignment_title}"]
            if r.revision_count:
                tips.append(self.tr("revision {0}").format(r.revision_count))
            if r.submission_hex in self._conflicts:
                tips.append(self.tr("Grade conflict with another instructor: see the grading panel"))
            if r.submission_hex in self._drafts:
                tips.append(self.tr("A draft of your grade is saved"))
            files = self._files.get(r.submission_hex)
            if files is not None:
                tips.append(
                    self.tr("{0} files, {1}; {2} not on this computer yet ({3})").format(
                        files.count, size(files.total_bytes), files.missing, size(files.missing_bytes)
                    )
                )
            return "\n".join(tips)
        elif role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QBrush(qcolor(STATUS_TONES.get(r.status, "ink")))
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == SubmissionIdRole:
            return str(r.submission_id)
        return None
