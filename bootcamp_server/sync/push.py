"""Push: apply a batch of mutations, each at most once, each in its own savepoint, one commit.

For every mutation: answered from ``sync_mutations`` if its id was seen before; otherwise decoded
(``codec``), checked against the access rules (``access.rules``), merged with the server's row by the
shared merge rules (``protocol.merge.resolve``), written, audited, and recorded with its answer.
A row the caller may not read is treated as absent (an update answers ``deleted``, a delete ``applied``
without effect), so a push never reveals that someone else's row exists. An update or delete of a row id
whose insert was merged into another row (natural key) goes to that row.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from bootcamp_desktop.models import AppliedMutation, ChangeLogEntry, SyncCounter
from bootcamp_desktop.models.rubric import RubricError, validate_rubric
from bootcamp_desktop.sync.protocol import CodecError, Mutation, decode_row, registry, resolve

from ..access.principal import Principal
from ..access.relations import Relations
from ..access.columns import shown_answer
from ..access.rules import Decision, can
from ..access.writes import judge_write
from ..audit import audit_change
from ..blob_access import foreign_references
from ..db import ServerDB
from .images import wire_row
from .payload import RawMutation

log = logging.getLogger("bootcamp_server.push")


def _reject(m: RawMutation, code: str, reason: str, current: dict[str, Any] | None = None) -> dict[str, Any]:
    """A rejection; with the server's row when the caller may read it, so the client can show it and put
    it back if the user discards their change."""
    result = {"id": str(m.id), "status": "rejected", "code": code, "reason": reason}
    if current is not None:
        result["row"] = wire_row(m.table, current)
    return result


def _select(session: Session, table: str, where: Any, lock: bool) -> dict[str, Any] | None:
    t = registry()[table].table
    stmt = sa.select(*[t.c[n] for n in registry()[table].columns]).where(where)
    if lock and session.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = session.execute(stmt).mappings().first()
    return dict(row) if row is not None else None


def _written(session: Session, table: str, stmt: Any) -> dict[str, Any] | None:
    """Execute an insert or update; on PostgreSQL the row as written comes back with it (``RETURNING``
    sees what the BEFORE trigger set: the new ``sync_version``), elsewhere None (read it afterwards)."""
    if session.get_bind().dialect.name != "postgresql":
        session.execute(stmt)
        return None
    t = registry()[table].table
    row = session.execute(stmt.returning(*[t.c[n] for n in registry()[table].columns])).mappings().first()
    return dict(row) if row is not None else None


def _by_natural_key(session: Session, table: str, values: dict[str, Any]) -> dict[str, Any] | None:
    t = registry()[table].table
    for key in registry()[table].natural_keys:
        if all(values.get(c) is not None for c in key):
            found = _select(session, table, sa.and_(*[t.c[c] == values[c] for c in key]), lock=True)
            if found is not None:
                return found
    return None


def _as_staff(d: Decision, table: str, row: dict[str, Any]) -> bool:
    if d.admin:
        return True
    if table == "submissions":
        return d.principal.teaches(d.rel.assignment_course(row.get("assignment_id")))
    if table == "instructor_feedback":
        s = d.rel.submission(row.get("submission_id"))
        return s is not None and d.principal.teaches(s["course_id"])
    return False


def _merged_into(session: Session, d: Decision, m: RawMutation) -> Any:
    """The row this user's insert of ``m.row_id`` was merged into (a natural-key match), if it was.

    A client that never heard the ``merged`` answer (a lost connection) still knows the row by its own
    id, and may have changed it again since: those changes belong to the merged row, not to nothing."""
    for result in session.scalars(
        sa.select(AppliedMutation.result).where(
            AppliedMutation.user_id == d.me,
            AppliedMutation.table_name == m.table,
            AppliedMutation.row_id == m.row_id,
            AppliedMutation.status == "merged",
        )
    ):
        row = result.get("row") if isinstance(result, dict) else None
        if isinstance(row, dict) and row.get("id") and row["id"] != str(m.row_id):
            return uuid.UUID(row["id"])
    return None


def apply_one(session: Session, d: Decision, m: RawMutation) -> dict[str, Any]:
    """One mutation's answer; a row in it carries only what the caller may read (``access/columns.py``)."""
    result = _apply_one(session, d, m)
    if isinstance(result.get("row"), dict):
        result["row"] = shown_answer(d, m.table, result["row"])
    return result


def _apply_one(session: Session, d: Decision, m: RawMutation) -> dict[str, Any]:
    table = registry()[m.table]
    t = table.table
    try:
        values = decode_row(m.table, m.set, partial=True)
        if m.table == "assignments" and values.get("rubric") is not None:
            validate_rubric(values["rubric"])
    except (CodecError, RubricError) as exc:
        return _reject(m, "invalid", str(exc))
    current = _select(session, m.table, t.c.id == m.row_id, lock=True)
    if current is None and m.op != "insert":
        merged_into = _merged_into(session, d, m)
        if merged_into is not None:
            current = _select(session, m.table, t.c.id == merged_into, lock=True)
    if current is not None and not can(d, "read", m.table, current):
        if m.op == "insert":
            return _reject(m, "forbidden", "this row id is taken")
        current = None  # invisible: answered as if absent
    if m.op == "insert" and current is None:
        current = _by_natural_key(session, m.table, {**values})
        if current is not None and not can(d, "read", m.table, current):
            return _reject(m, "forbidden", "a row with the same key exists and is not yours")
    mutation = Mutation(
        id=m.id, table=m.table, op=m.op, row_id=m.row_id, base_version=m.base_version, set=values, inc=m.inc
    )
    if current is None and m.op == "delete":
        return {"id": str(m.id), "status": "applied", "version": None}
    if current is None and m.op == "update":
        return _reject(m, "deleted", "the row no longer exists on the server")
    why = judge_write(d, m.table, m.op, current, {"id": m.row_id, **values} if current is None else values, m.inc)
    if not why and m.op != "delete":
        why = foreign_references(session, d.principal, current, values)  # blob_access, rule 2
    if why:
        return _reject(m, "forbidden", why, current)
    outcome = resolve(mutation, current, as_staff=_as_staff(d, m.table, {**(current or {}), **values}))
    if outcome.status == "rejected":
        return _reject(m, outcome.code or "invalid", outcome.reason or "rejected", current)
    if outcome.status == "conflict":
        return {
            "id": str(m.id),
            "status": "conflict",
            "code": outcome.code,
            "reason": outcome.reason,
            "row": wire_row(m.table, current or {}),
        }
    if m.op == "delete":
        assert current is not None
        session.execute(sa.delete(t).where(t.c.id == current["id"]))
        audit_change(session, d.me, m.table, current["id"], current, None)
        return {"id": str(m.id), "status": "applied", "version": None}
    new_values = dict(outcome.values or {})
    if current is None:
        row_values = {
            k: v
            for k, v in new_values.items()
            if k in table.columns and k not in ("sync_version", "sync_seq")
        }
        after = _written(session, m.table, sa.insert(t).values(**row_values))
        row_id = row_values["id"]
    else:
        row_id = current["id"]
        changed = {
            k: v
            for k, v in new_values.items()
            if k in table.columns and k not in ("id", "sync_version", "sync_seq") and current.get(k) != v
        }
        after = None
        if changed or m.inc:
            after = _written(session, m.table, sa.update(t).where(t.c.id == row_id).values(**changed))
    after = after or _select(session, m.table, t.c.id == row_id, lock=False)
    assert after is not None
    audit_change(session, d.me, m.table, row_id, current, after)
    result: dict[str, Any] = {"id": str(m.id), "status": outcome.status, "version": after["sync_version"]}
    if outcome.status == "merged" or row_id != m.row_id:
        result["status"] = "merged"
        result["row"] = wire_row(m.table, after)
    return result


def _record(session: Session, principal: Principal, m: RawMutation, result: dict[str, Any]) -> None:
    session.add(
        AppliedMutation(
            mutation_id=m.id,
            user_id=principal.user_id,
            table_name=m.table,
            row_id=m.row_id,
            status=result["status"],
            result=result,
        )
    )
    session.flush()


def _prior(session: Session, m: RawMutation, principal: Principal) -> dict[str, Any] | None:
    row = session.execute(
        sa.select(AppliedMutation.result, AppliedMutation.user_id).where(AppliedMutation.mutation_id == m.id)
    ).first()
    return dict(row.result) if row is not None and row.user_id == principal.user_id else None


def push_batch(sdb: ServerDB, principal: Principal, mutations: list[RawMutation]) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    with sdb.write(principal.context) as session:
        d = Decision(principal, Relations(session, principal))
        # Mutations answered before (a retried batch), in one query; one sent twice in this batch is
        # answered from the first's record (the savepoint's insert of it fails, see below).
        seen = {
            a.mutation_id: a
            for a in session.scalars(
                sa.select(AppliedMutation).where(AppliedMutation.mutation_id.in_({m.id for m in mutations}))
            )
        }
        for m in mutations:
            prior = seen.get(m.id)
            if prior is not None:
                if prior.user_id != principal.user_id:
                    results.append(_reject(m, "invalid", "this mutation id was used by someone else"))
                else:
                    results.append(dict(prior.result))
                continue
            try:
                with session.begin_nested():
                    result = apply_one(session, d, m)
                    _record(session, principal, m, result)
            except (sa_exc.IntegrityError, sa_exc.DataError, sa_exc.ProgrammingError, ValueError) as exc:
                d = Decision(principal, Relations(session, principal))
                # The same mutation, sent again while this batch ran, committed first: answer as it did.
                prior = _prior(session, m, principal)
                if prior is not None:
                    results.append(prior)
                    continue
                log.info(
                    "mutation rejected by the database",
                    extra={"fields": {"table": m.table, "error": type(exc).__name__}},
                )
                result = _reject(m, "invalid", _db_reason(exc))
                try:
                    with session.begin_nested():
                        _record(session, principal, m, result)
                except sa_exc.IntegrityError:
                    prior = _prior(session, m, principal)
                    result = prior if prior is not None else result
            results.append(result)
        txid = None
        if sdb.is_pg:
            txid = session.execute(sa.text("SELECT pg_current_xact_id_if_assigned()::text")).scalar()
        else:
            seq = session.execute(
                sa.select(SyncCounter.value).where(SyncCounter.name == "change_seq")
            ).scalar()
    if sdb.is_pg:
        seq = None
        if txid is not None:
            with sdb.engine.connect() as conn:
                seq = conn.execute(
                    sa.select(sa.func.max(ChangeLogEntry.seq)).where(ChangeLogEntry.txid == int(txid))
                ).scalar()
    return {"results": results, "seq": seq}


def _db_reason(exc: Exception) -> str:
    if isinstance(exc, sa_exc.IntegrityError):
        text = str(exc.orig).lower() if exc.orig else ""
        if "foreign key" in text:
            return "a referenced row does not exist"
        if "unique" in text or "duplicate" in text:
            return "a row with the same unique values exists"
        if "null" in text:
            return "a required value is missing"
        return "the row breaks a constraint"
    if isinstance(exc, ValueError):
        return str(exc)[:200]
    return "a value does not fit its column"
