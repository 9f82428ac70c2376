"""Analytics and reporting (seed section 9): learning events and daily platform metrics."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Inet, JSONDoc, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import ANALYTICS_EVENT_TYPE


class LearningAnalytics(SyncedMixin, Base):
    __tablename__ = "learning_analytics"
    __table_args__ = (
        sa.Index("idx_user_timestamp", "user_id", "timestamp"),
        sa.Index("idx_course_analytics", "course_id", "event_type", "timestamp"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    course_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("courses.id"))
    module_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("modules.id"))
    lesson_id: Mapped[uuid.UUID | None] = mapped_column(sa.ForeignKey("lessons.id"))
    event_type: Mapped[str | None] = mapped_column(enum_type("analytics_event_type", ANALYTICS_EVENT_TYPE))
    event_data: Mapped[dict[str, Any] | None]
    session_duration_minutes: Mapped[int | None]
    device_type: Mapped[str | None] = mapped_column(sa.String(50))
    browser_info: Mapped[dict[str, Any] | None]
    ip_address: Mapped[str | None] = mapped_column(Inet)
    timestamp: Mapped[dt.datetime | None] = mapped_column(**now_default())


class PlatformMetric(SyncedMixin, Base):
    __tablename__ = "platform_metrics"
    __table_args__ = (
        sa.Index("idx_metric_date_type", "metric_date", "metric_type"),
        sa.UniqueConstraint("metric_date", "metric_type"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    metric_date: Mapped[dt.date]
    metric_type: Mapped[str] = mapped_column(sa.String(100))
    metric_value: Mapped[Decimal] = mapped_column(sa.Numeric(15, 2))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONDoc)
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
