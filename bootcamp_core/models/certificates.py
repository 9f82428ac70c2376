"""Certification (seed section 8): certificates issued for completed courses, and their templates.

The seed's ``metadata`` column is mapped to the attribute ``metadata_`` (``metadata`` is reserved by
SQLAlchemy's declarative base); the column keeps the seed's name.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, JSONDoc, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import CERTIFICATE_TYPE

if TYPE_CHECKING:
    from .courses import Course
    from .users import User


class Certificate(SyncedMixin, Base):
    __tablename__ = "certificates"
    __table_args__ = (
        sa.Index("idx_user_certificate", "user_id", "course_id"),
        sa.Index("idx_certificate_number", "certificate_number"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    course_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("courses.id", ondelete="CASCADE"))
    certificate_type: Mapped[str | None] = mapped_column(enum_type("certificate_type", CERTIFICATE_TYPE))
    certificate_number: Mapped[str] = mapped_column(sa.String(50), unique=True)
    issue_date: Mapped[dt.datetime | None] = mapped_column(**now_default())
    expiry_date: Mapped[dt.datetime | None]
    blockchain_hash: Mapped[str | None] = mapped_column(sa.String(255))
    verification_url: Mapped[str | None]
    is_revoked: Mapped[bool | None] = mapped_column(default=False, server_default=sa.false())
    revoked_at: Mapped[dt.datetime | None]
    revoked_reason: Mapped[str | None]
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONDoc)

    user: Mapped[User] = relationship()
    course: Mapped[Course] = relationship()


class CertificateTemplate(SyncedMixin, Base):
    __tablename__ = "certificate_templates"

    id: Mapped[uuid.UUID] = uuid_pk()
    template_name: Mapped[str] = mapped_column(sa.String(255))
    # Shares the ``certificate_type`` enum type with ``certificates`` (one PostgreSQL type).
    certificate_type: Mapped[str | None] = mapped_column(enum_type("certificate_type", CERTIFICATE_TYPE))
    design_file_url: Mapped[str | None]
    background_image_url: Mapped[str | None]
    font_family: Mapped[str | None] = mapped_column(sa.String(100), default="Inter", server_default="Inter")
    primary_color: Mapped[str | None] = mapped_column(
        sa.String(7), default="#10B981", server_default="#10B981"
    )
    secondary_color: Mapped[str | None] = mapped_column(
        sa.String(7), default="#6B7280", server_default="#6B7280"
    )
    layout_config: Mapped[dict[str, Any] | None]
    is_active: Mapped[bool | None] = mapped_column(default=True, server_default=sa.true())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
