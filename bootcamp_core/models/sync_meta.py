"""What DESIGN.md adds for sync, blobs and audit. None of these tables is in the seed.

- ``sync_outbox``: every local mutation made through ``services``, written in the same transaction as
  the change itself, so a crash keeps both or neither, with the id of that local transaction
  (``txn_id``): a push sends, and the server applies, a transaction whole. Replica only.
- ``sync_state``: per-server cursor, last sync times and checksums. Replica only.
- ``sync_changes``: the server's change log, one row image per write in commit order; deletions are
  its ``delete`` entries (the tombstones), so they travel to replicas, also those caused by ON DELETE
  CASCADE and by a GDPR erasure. Server side.
- ``sync_mutations``: the ids of client mutations already applied, with their answers. Server side.
- ``sync_inbox``: pulled changes staged until their server transaction is complete. Replica side.
- ``sync_counter``: named counters, e.g. the change sequence of a SQLite server (workshop hub).
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

from .base import Base, JSONDoc, enum_type, now_default, uuid7, uuid_pk
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


class ChangeLogEntry(Base):
    """Server side: one row image per write to a synced table, in commit order.

    ``seq`` is assigned when the writing transaction commits (so a long transaction that began early
    still gets a later number than everything committed before it, and a cursor never skips it); all
    changes of one transaction share one ``seq``. ``op`` is ``upsert`` (``row`` is the row as written)
    or ``delete`` (the tombstone: ``row`` keeps only what access rules need to decide who may learn of
    the deletion). Filled by database triggers, so ON DELETE CASCADE and writes outside the API are
    logged too. See docs/sync-protocol.md.
    """

    __tablename__ = "sync_changes"
    __table_args__ = (sa.Index("ix_sync_changes_seq_id", "seq", "id"),)

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True)
    seq: Mapped[int | None] = mapped_column(sa.BigInteger())
    txid: Mapped[int | None] = mapped_column(sa.BigInteger())
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), index=True)
    op: Mapped[str] = mapped_column(enum_type("change_op", CHANGE_OP))
    row: Mapped[dict[str, Any] | None] = mapped_column(JSONDoc)
    changed_at: Mapped[dt.datetime | None] = mapped_column(**now_default())


class AppliedMutation(Base):
    """Server side: every client mutation id ever answered, with the answer given, so a mutation that is
    retried or resent is answered again and never applied twice. Written in the transaction that
    applies the mutation (or, for a refused client transaction, right after its rollback)."""

    __tablename__ = "sync_mutations"

    mutation_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid(), index=True)
    # The client's local transaction (protocol 2; None for a protocol-1 mutation, a transaction of its
    # own): the mutations of one are recorded together, all applied or all refused.
    txn_id: Mapped[uuid.UUID | None] = mapped_column(sa.Uuid())
    table_name: Mapped[str] = mapped_column(sa.String(64))
    row_id: Mapped[uuid.UUID] = mapped_column(sa.Uuid())
    status: Mapped[str] = mapped_column(sa.String(16))
    result: Mapped[dict[str, Any]] = mapped_column(JSONDoc)
    received_at: Mapped[dt.datetime] = mapped_column(**now_default())


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
