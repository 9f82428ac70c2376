"""Peer review overview tables: submissions with their reviewers, and one submission's reviews."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bootcamp_desktop.services.peer_assignment import ReviewRow, SubmissionReviews

from ..labels import label
from .record_model import Column, RecordModel

STATUS = {
    "submitted": QT_TRANSLATE_NOOP("Labels", "Submitted"),
    "under_review": QT_TRANSLATE_NOOP("Labels", "Under review"),
    "revision_requested": QT_TRANSLATE_NOOP("Labels", "Revision requested"),
    "graded": QT_TRANSLATE_NOOP("Labels", "Graded"),
}


def _done_colour(r: SubmissionReviews) -> str:
    if not r.reviews:
        return "danger"
    return "success" if r.done == len(r.reviews) else "warning"


class PeerOverviewModel(RecordModel[SubmissionReviews]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Learner"), lambda r: r.author_name),
                Column(self.tr("Status"), lambda r: label(STATUS.get(r.status or "", r.status or ""))),
                Column(
                    self.tr("Reviews done"),
                    lambda r: f"{r.done} / {len(r.reviews)}" if r.reviews else self.tr("none assigned"),
                    foreground=_done_colour,
                ),
                Column(
                    self.tr("Reviewers"),
                    lambda r: ", ".join(f"{x.reviewer_name}{' ✓' if x.done else ''}" for x in r.reviews),
                ),
            ],
            parent,
        )


class ReviewListModel(RecordModel[ReviewRow]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    self.tr("Reviewer"),
                    lambda r: r.reviewer_name + (self.tr(" (anonymous)") if r.is_anonymous else ""),
                ),
                Column(self.tr("State"), lambda r: self.tr("reviewed") if r.done else self.tr("waiting")),
                Column(
                    self.tr("Score"),
                    lambda r: "" if r.overall_score is None else f"{r.overall_score:.1f} / 5",
                ),
                Column(
                    self.tr("Review"),
                    lambda r: (r.detailed_feedback or "").replace("\n", " "),
                    tooltip=lambda r: r.detailed_feedback,
                ),
            ],
            parent,
        )
