"""What DESIGN.md adds for sync, blobs and audit. None of these tables is in the seed.

- ``sync_outbox``: every local mutation made through ``services``, written in the same transaction as
  the change itself, so a crash keeps both or neither. Replica only.
- ``sync_state``: per-server cursor, last sync times and checksums. Replica only.
- ``sync_tombstones``: deletions, so they travel to replicas (also those caused by ON DELETE CASCADE
  and by a GDPR erasure). Server side; a replica keeps none.
- ``sync_counter``: the change sequence of a SQLite server (workshop hub), bumped once per writing
  transaction. PostgreSQL uses transaction ids instead (see ``bootcamp_server``).
- ``blobs``: content-addressed store of lesson media, submission files and design assets, keyed by
  sha256. Rows refer to a blob by a ``blob:sha256:<hex>`` URL; the bytes live in files beside the
  database, never in it.
- ``audit_log``: who changed grades, certificates, roles and personal data, when, and from what to what.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONDoc, enum_type, now_default, uuid_pk
from .enums import BLOB_STATE, MUTATION_OP, OUTBOX_STATE

BLOB_URL_PREFIX = "blob:sha256:"


class OutboxEntry(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (sa.Index("ix_sync_outbox_state_id", "state", "id"),)

    id: Mapped[int] = mapped_column(sa.Integer(), primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), unique=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), index=True)
    op: Mapped[str] = mapped_column(enum_type("mutation_op", MUTATION_OP))
    # {"set": {column: value}, "inc": {counter: delta}} in the JSON form of the sync protocol.
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    base_version: Mapped[int] = mapped_column(sa.BigInteger(), default=0)
    state: Mapped[str] = mapped_column(enum_type("outbox_state", OUTBOX_STATE), default="pending")
    attempts: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(**now_default())
    last_attempt_at: Mapped[dt.datetime | None]
    next_attempt_at: Mapped[dt.datetime | None]
    error_code: Mapped[str | None] = mapped_column(sa.String(64))
    error_message: Mapped[str | None]
    # For a conflict or rejection: the server's version of the row, shown beside the local one.
    server_row: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)


class SyncState(Base):
    __tablename__ = "sync_state"

    server_url: Mapped[str] = mapped_column(sa.String(500), primary_key=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid())
    cursor: Mapped[int] = mapped_column(sa.BigInteger(), default=0, server_default="0")
    protocol_version: Mapped[int | None]
    last_pull_at: Mapped[dt.datetime | None]
    last_push_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None]
    checksums: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)


class Tombstone(Base):
    __tablename__ = "sync_tombstones"
    __table_args__ = (sa.UniqueConstraint("table_name", "row_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid())
    sync_seq: Mapped[int | None] = mapped_column(sa.BigInteger(), index=True)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    # Who may learn of the deletion: {"user_id": ..., "course_id": ...} of the deleted row.
    scope: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)


class SyncCounter(Base):
    __tablename__ = "sync_counter"

    name: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger(), default=0)


class Blob(Base):
    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger())
    mime_type: Mapped[str | None] = mapped_column(sa.String(100))
    state: Mapped[str] = mapped_column(enum_type("blob_state", BLOB_STATE), default="missing")
    stored_bytes: Mapped[int] = mapped_column(sa.BigInteger(), default=0, server_default="0")
    created_at: Mapped[dt.datetime | None] = mapped_column(**now_default())
    verified_at: Mapped[dt.datetime | None]

    @property
    def url(self) -> str:
        return BLOB_URL_PREFIX + self.sha256


class AuditLog(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        sa.Index("ix_audit_log_table_name_row_id", "table_name", "row_id"),
        sa.Index("ix_audit_log_occurred_at", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    occurred_at: Mapped[dt.datetime] = mapped_column(**now_default())
    # No foreign key: the log outlives an erased user (their id stays, their data does not).
    actor_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid())
    action: Mapped[str] = mapped_column(sa.String(50))
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid())
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)
    reason: Mapped[str | None]
