"""Peer review management: assign reviewers (balanced; never oneself or one's own team), see who has
reviewed what, and moderate reviews (remove one, or remove its text keeping its scores)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import peer_assignment

from .. import format as fmt
from .. import operations
from ..context import AppContext
from ..models.peer_overview_model import PeerOverviewModel, ReviewListModel
from ..style import span


def _table(model, name: str) -> QTableView:  # type: ignore[no-untyped-def]
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class PeerReviewAdminScreen(QWidget):
    sig_status_message = Signal(str)
    sig_reviews_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PeerReviewAdminScreen")
        self._ctx = context
        self.assignment_combo = QComboBox()
        self.assignment_combo.setObjectName("peerAssignment")
        self.assignment_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.per_submission = QSpinBox()
        self.per_submission.setObjectName("reviewersPerSubmission")
        self.per_submission.setAccessibleName(self.tr("Reviewers per submission"))
        self.per_submission.setRange(1, 6)
        self.per_submission.setValue(2)
        self.per_submission.setSuffix(self.tr(" reviewers each"))
        self.anonymous = QCheckBox(self.tr("Reviewers stay anonymous"))
        self.anonymous.setChecked(True)
        self.assign_button = QPushButton(self.tr("Assign reviewers"))
        self.assign_button.setObjectName("assignReviewersButton")
        self.assign_button.clicked.connect(self.assign)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Assignment")))
        top.addWidget(self.assignment_combo, 1)
        top.addWidget(self.per_submission)
        top.addWidget(self.anonymous)
        top.addWidget(self.assign_button)
        self.summary = QLabel()
        self.summary.setObjectName("peerSummary")
        self.summary.setWordWrap(True)

        self.model = PeerOverviewModel(self)
        self.table = _table(self.model, "peerOverview")
        self.table.setAccessibleName(self.tr("Submissions and their peer reviews"))
        for col, width in enumerate((170, 110, 100)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        self.review_model = ReviewListModel(self)
        self.reviews = _table(self.review_model, "peerReviews")
        self.reviews.setAccessibleName(self.tr("Reviews of the selected submission"))
        self.reviews.setWordWrap(True)
        for col, width in enumerate((230, 80, 60)):
            self.reviews.setColumnWidth(col, width)
        self.remove_button = QPushButton(self.tr("Remove review…"))
        self.remove_button.setObjectName("removeReviewButton")
        self.remove_button.clicked.connect(lambda: self._moderate(peer_assignment.remove_review))
        self.redact_button = QPushButton(self.tr("Remove its text…"))
        self.redact_button.setObjectName("redactReviewButton")
        self.redact_button.clicked.connect(lambda: self._moderate(peer_assignment.redact_review))
        mod = QHBoxLayout()
        mod.addWidget(QLabel(self.tr("Moderation:")))
        mod.addWidget(self.remove_button)
        mod.addWidget(self.redact_button)
        mod.addStretch(1)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        self.review_heading = QLabel()
        ll.addWidget(self.review_heading)
        ll.addWidget(self.reviews, 1)
        ll.addLayout(mod)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.refresh()

    def refresh(self) -> None:
        if self._ctx.user_id is None:
            return
        keep = self.assignment_combo.currentData()
        items = operations.read(self._ctx, peer_assignment.reviewable_assignments, self._ctx.user_id)
        self.assignment_combo.blockSignals(True)
        self.assignment_combo.clear()
        for aid, title, course in items:
            self.assignment_combo.addItem(f"{title} — {course}", str(aid))
        index = self.assignment_combo.findData(keep) if keep else -1
        if index < 0 and items:  # start on the assignment with the most peer reviews to look at
            counts = {
                str(aid): len(operations.read(self._ctx, peer_assignment.overview, aid))
                for aid, _t, _c in items
            }
            index = self.assignment_combo.findData(max(counts, key=lambda k: counts[k]))
        self.assignment_combo.setCurrentIndex(index)
        self.assignment_combo.blockSignals(False)
        self.load()

    @property
    def assignment_id(self) -> uuid.UUID | None:
        data = self.assignment_combo.currentData()
        return uuid.UUID(data) if data else None

    def load(self) -> None:
        aid = self.assignment_id
        rows = operations.read(self._ctx, peer_assignment.overview, aid) if aid else []
        keep = self.table.currentIndex().row()
        self.model.set_rows(rows)
        reviews = [r for s in rows for r in s.reviews]
        loads: dict[uuid.UUID, int] = {}
        for r in reviews:
            loads[r.reviewer_id] = loads.get(r.reviewer_id, 0) + 1
        waiting = sum(1 for r in reviews if not r.done)
        self.summary.setText(
            self.tr(
                "{0} submissions · {1} reviews assigned, {2} done, {3} waiting · load per reviewer {4}"
            ).format(
                len(rows),
                len(reviews),
                len(reviews) - waiting,
                waiting,
                f"{min(loads.values())}–{max(loads.values())}" if loads else "–",
            )
        )
        if rows:
            busiest = max(range(len(rows)), key=lambda i: (len(rows[i].reviews), -i))
            row = keep if 0 <= keep < len(rows) else busiest
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.on_table_current_row_changed(self.model.index(row, 0), QModelIndex())
        else:
            self.review_model.set_rows([])
            self.review_heading.clear()

    def on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        sub = self.model.row_at(current.row())
        self.review_heading.setText(self.tr("<b>Reviews of {0}'s submission</b>").format(sub.author_name))
        self.review_model.set_rows(sub.reviews)
        if sub.reviews:
            self.reviews.selectRow(0)

    def assign(self) -> peer_assignment.Plan | None:
        aid = self.assignment_id
        if aid is None or self._ctx.user_id is None:
            return None
        try:
            plan = operations.write(
                self._ctx,
                peer_assignment.assign_reviewers,
                self._ctx.user_id,
                aid,
                self.per_submission.value(),
                anonymous=self.anonymous.isChecked(),
            )
        except peer_assignment.PeerReviewError as exc:
            self.summary.setText(span(str(exc), "danger"))
            self.sig_status_message.emit(str(exc))
            return None
        message = fmt.plural(
            self.tr("Assigned %n new review(s); reviewers get them at their next sync.", "", len(plan.pairs)),
            len(plan.pairs),
        )
        if plan.short:
            message += " " + fmt.plural(
                self.tr("Fewer eligible reviewers than asked for %n submission(s).", "", len(plan.short)),
                len(plan.short),
            )
        self.load()
        self.sig_status_message.emit(message)
        self.sig_reviews_changed.emit()
        return plan

    def selected_review(self) -> uuid.UUID | None:
        row = self.reviews.currentIndex().row()
        return self.review_model.row_at(row).review_id if 0 <= row < self.review_model.rowCount() else None

    def _moderate(self, fn) -> None:  # type: ignore[no-untyped-def]
        review_id = self.selected_review()
        if review_id is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Moderate a review"), self.tr("Why? (kept in the audit log)")
        )
        if ok:
            self.moderate(fn, review_id, reason)

    def moderate(self, fn, review_id: uuid.UUID, reason: str) -> bool:  # type: ignore[no-untyped-def]
        try:
            operations.write(self._ctx, fn, review_id, reason)
        except peer_assignment.PeerReviewError as exc:
            self.sig_status_message.emit(str(exc))
            return False
        self.load()
        self.sig_reviews_changed.emit()
        self.sig_status_message.emit(self.tr("Review moderated."))
        return True
