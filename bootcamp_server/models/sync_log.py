"""Server-only: the server's side of the sync and the audit log. Never on a replica (``ServerBase``).

- ``sync_changes``: the server's change log, one row image per write in commit order; deletions are
  its ``delete`` entries (the tombstones), so they travel to replicas, also those caused by ON DELETE
  CASCADE and by a GDPR erasure.
- ``sync_mutations``: the ids of client mutations already applied, with their answers.
- ``sync_counter``: named counters, e.g. the change sequence of a SQLite server (workshop hub).
- ``audit_log``: who changed grades, certificates, roles and personal data, when, and from what to what.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from bootcamp_core.models.base import JSONDoc, enum_type, now_default, uuid_pk
from bootcamp_core.models.enums import CHANGE_OP

from .base import ServerBase


class ChangeLogEntry(ServerBase):
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


class AppliedMutation(ServerBase):
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


class SyncCounter(ServerBase):
    __tablename__ = "sync_counter"

    name: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger(), default=0)


class AuditLog(ServerBase):
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
