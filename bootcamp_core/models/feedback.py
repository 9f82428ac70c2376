"""Assessment feedback (seed section 7): peer reviews and instructor feedback on submissions.

``instructor_feedback.rubric_scores`` refers to the criterion and level ids of the assignment's rubric
(``{"criteria": {criterion_id: {"level": level_id, "points": n, "comment": "..."}}}``), and
``overall_grade`` follows from the score by the grade scale in ``rubric.py``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import FEEDBACK_TYPE, OVERALL_GRADE

if TYPE_CHECKING:
    from .assessment import Submission
    from .users import User


class PeerReview(SyncedMixin, Base):
    __tablename__ = "peer_reviews"
    __table_args__ = (
        sa.Index("idx_submission_reviewer", "submission_id", "reviewer_id"),
        sa.UniqueConstraint("submission_id", "reviewer_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    submission_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("submissions.id", ondelete="CASCADE"))
    reviewer_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    review_criteria: Mapped[dict[str, Any] | None]
    overall_score: Mapped[Decimal | None] = mapped_column(sa.Numeric(3, 2))
    strengths: Mapped[list[str] | None]
    improvements: Mapped[list[str] | None]
    detailed_feedback: Mapped[str | None]
    is_anonymous: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    submission: Mapped[Submission] = relationship(back_populates="peer_reviews")
    reviewer: Mapped[User] = relationship()


class InstructorFeedback(SyncedMixin, Base):
    __tablename__ = "instructor_feedback"

    id: Mapped[uuid.UUID] = uuid_pk()
    submission_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    instructor_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id"))
    feedback_type: Mapped[str | None] = mapped_column(enum_type("feedback_type", FEEDBACK_TYPE))
    rubric_scores: Mapped[dict[str, Any] | None]
    overall_grade: Mapped[str | None] = mapped_column(enum_type("overall_grade", OVERALL_GRADE))
    detailed_feedback: Mapped[str | None]
    improvement_suggestions: Mapped[list[str] | None]
    next_steps: Mapped[list[str] | None]
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())

    submission: Mapped[Submission] = relationship(back_populates="instructor_feedback")
    instructor: Mapped[User] = relationship()
