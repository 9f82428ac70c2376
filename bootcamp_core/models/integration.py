"""Integration data (seed section 10): the link to the Fataplus platform and external service tokens.

The token columns (``access_token``, ``refresh_token``) are part of the seed, but secrets never sit
in them in clear text: on a replica they stay NULL (the client keeps tokens in the OS keyring and these
rows carry only metadata), and on the server they hold ciphertext made with a key kept outside the
database. ``info={"secret": True}`` marks them so the sync protocol never sends them to a replica.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, SyncedMixin, enum_type, now_default, uuid_pk
from .enums import SYNC_STATUS

SECRET = {"secret": True}


class FataplusIntegration(SyncedMixin, Base):
    __tablename__ = "fataplus_integration"
    __table_args__ = (
        sa.Index("idx_fataplus_user", "fataplus_user_id"),
        sa.Index("idx_sync_status", "sync_status"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    fataplus_user_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid())
    access_token: Mapped[str | None] = mapped_column(info=SECRET)
    refresh_token: Mapped[str | None] = mapped_column(info=SECRET)
    token_expires_at: Mapped[dt.datetime | None]
    last_sync_at: Mapped[dt.datetime | None]
    sync_status: Mapped[str | None] = mapped_column(enum_type("sync_status", SYNC_STATUS))
    sync_errors: Mapped[list[str] | None]
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())


class ExternalServiceToken(SyncedMixin, Base):
    __tablename__ = "external_service_tokens"
    __table_args__ = (
        sa.Index("idx_user_service", "user_id", "service_name"),
        sa.UniqueConstraint("user_id", "service_name"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    service_name: Mapped[str] = mapped_column(sa.String(100))
    access_token: Mapped[str | None] = mapped_column(info=SECRET)
    refresh_token: Mapped[str | None] = mapped_column(info=SECRET)
    token_expires_at: Mapped[dt.datetime | None]
    service_user_id: Mapped[str | None] = mapped_column(sa.String(255))
    is_active: Mapped[bool | None] = mapped_column(default=True, server_default=sa.true())
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    updated_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
