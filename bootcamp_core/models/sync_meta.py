"""What DESIGN.md adds for sync and blobs, on every database. None of these tables is in the seed. The
server's own side of the sync (change log, applied mutations, counters) and the audit log are
``bootcamp_server/models/sync_log.py``.

- ``sync_outbox``: every local mutation made through ``services``, written in the same transaction as
  the change itself, so a crash keeps both or neither, with the id of that local transaction
  (``txn_id``): a push sends, and the server applies, a transaction whole. Replica only.
- ``sync_state``: per-server cursor, last sync times and checksums. Replica only.
- ``sync_inbox``: pulled changes staged until their server transaction is complete. Replica side.
- ``blobs``: content-addressed store of lesson media, submission files and design assets, keyed by
  sha256. Rows refer to a blob by a ``blob:sha256:<hex>`` URL; the bytes live in files beside the
  database, never in it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONDoc, enum_type, now_default, uuid7
from .enums import BLOB_STATE, CHANGE_OP, MUTATION_OP, OUTBOX_STATE

BLOB_URL_PREFIX = "blob:sha256:"


class OutboxEntry(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (sa.Index("ix_sync_outbox_state_id", "state", "id"),)

    id: Mapped[int] = mapped_column(sa.Integer(), primary_key=True, autoincrement=True)
    mutation_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), unique=True)
    # The local transaction this entry belongs to (``sync.outbox``): entries of one transaction are sent
    # together and applied all or nothing. An entry made without one is a transaction of its own.
    txn_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), default=uuid7, index=True)
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
    # The server's opaque pull cursor, and the last change sequence applied (for display and checks).
    cursor: Mapped[str | None] = mapped_column(sa.String(200))
    applied_seq: Mapped[int] = mapped_column(sa.BigInteger(), default=0, server_default="0")
    server_id: Mapped[str | None] = mapped_column(sa.String(64))
    protocol_version: Mapped[int | None]
    last_pull_at: Mapped[dt.datetime | None]
    last_push_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]
    last_error: Mapped[str | None]
    checksums: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)
    # A first sync from the server's tables (sync/bootstrap.py): where it resumes, and then that foreign
    # keys wait to be checked until the pull after it is done. None once the replica follows the change log.
    bootstrap: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)


class InboxEntry(Base):
    """Replica side: pulled changes waiting to be applied. A page that ends inside one server
    transaction is kept here until the rest of that transaction arrives, so the replica only ever
    moves between states the server really had."""

    __tablename__ = "sync_inbox"

    id: Mapped[int] = mapped_column(sa.Integer(), primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(sa.BigInteger(), index=True)
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid())
    op: Mapped[str] = mapped_column(enum_type("change_op", CHANGE_OP))
    row: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)


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
