"""One pushed mutation (``apply_one``); ``push.py`` runs them transaction by transaction.

Each is decoded (``codec``), checked against the access rules (``access.rules``), merged with the
server's row by the shared merge rules (``protocol.merge.resolve``), written and audited. A row the
caller may not read is treated as absent (an update answers ``deleted``, a delete ``applied`` without
effect), so a push never reveals that someone else's row exists. An update or delete of a row id whose
insert was merged into another row (natural key) goes to that row.

Derived counters (``protocol.tables.DERIVED``) are the server's: a thread's ``reply_count`` goes up by
one when a reply's insert is applied here (and its ``updated_at``, the thread's last activity, becomes
now) and down by one when a reply's delete is; what a client sends for them is ignored. Columns the
server keeps for readers (``access.rules.KEPT_FOR_READERS``) are ignored in a reader's change.
"""

from __future__ import annotations

import uuid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import utcnow
from bootcamp_core.models.rubric import RubricError, validate_rubric
from bootcamp_core.protocol import CodecError, Mutation, decode_row, registry, resolve
from bootcamp_core.protocol.blob_refs import refs_in
from bootcamp_core.protocol.tables import POSITION_KEYS

from ..access.columns import shown_answer
from ..access.rules import Decision, can, kept_by_server
from ..access.writes import judge_write
from ..audit import audit_change
from ..blob_access import foreign_references
from ..models import AppliedMutation
from .deferred import PendingWrites, pending_writes
from .images import wire_row
from .payload import RawMutation
from .rows import locked_rows


def reject(m: RawMutation, code: str, reason: str, current: dict[str, Any] | None = None) -> dict[str, Any]:
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
        # FOR NO KEY UPDATE, the lock an UPDATE takes: it never waits for a transaction that only inserts a
        # row referring to this one (which holds FOR KEY SHARE), so such pairs cannot deadlock.
        stmt = stmt.with_for_update(key_share=True)
    row = session.execute(stmt).mappings().first()
    return dict(row) if row is not None else None


def _by_id(session: Session, table: str, row_id: Any, lock: bool) -> dict[str, Any] | None:
    """The row ``row_id`` of ``table``: from the rows the push holds locked (``rows.py``) when it is one,
    else from the database (and, locked, kept there for the rest of the request)."""
    held = locked_rows(session)
    if held is not None:
        row = held.get(table, row_id)
        if row is not None:
            return row
    row = _select(session, table, registry()[table].table.c.id == row_id, lock)
    if row is not None and lock and held is not None and session.get_bind().dialect.name == "postgresql":
        held.put(table, row)
    return row


def _written(session: Session, table: str, stmt: Any, row_id: Any) -> dict[str, Any] | None:
    """Execute an insert or update; on PostgreSQL the row as written comes back with it (``RETURNING``
    sees what the BEFORE trigger set: the new ``sync_version``), elsewhere None (read it afterwards)."""
    held = locked_rows(session)
    if session.get_bind().dialect.name != "postgresql":
        session.execute(stmt)
        if held is not None:
            held.drop(table, row_id)
        return None
    t = registry()[table].table
    row = session.execute(stmt.returning(*[t.c[n] for n in registry()[table].columns])).mappings().first()
    if held is not None:
        if row is not None:
            held.put(table, dict(row))  # the writer holds it until the request ends
        else:
            held.drop(table, row_id)
    return dict(row) if row is not None else None


def _by_natural_key(session: Session, table: str, values: dict[str, Any]) -> dict[str, Any] | None:
    t = registry()[table].table
    pending = pending_writes(session)
    for key in registry()[table].natural_keys:
        if all(values.get(c) is not None for c in key):
            if pending is not None and (new := pending.by_natural_key(table, key, values)) is not None:
                return new
            found = _select(session, table, sa.and_(*[t.c[c] == values[c] for c in key]), lock=True)
            if found is not None:
                held = locked_rows(session)
                if held is not None and session.get_bind().dialect.name == "postgresql":
                    held.put(table, found)
                return found
    return None


def _place_taken(session: Session, table: str, row_id: Any, values: dict[str, Any]) -> bool:
    """A new row whose place in its list (``tables.POSITION_KEYS``) another row holds goes after the list's
    last: two lessons added at the end of one module on two laptops stay two lessons. True when moved."""
    key = POSITION_KEYS.get(table)
    if key is None or any(values.get(c) is None for c in key):
        return False
    group, order = key
    pending = pending_writes(session)
    if pending is not None:
        pending.flush()  # rare (new lessons and modules): the places of held-back inserts count too
    t = registry()[table].table
    holder = session.scalar(sa.select(t.c.id).where(t.c[group] == values[group], t.c[order] == values[order]))
    if holder is None or holder == row_id:
        return False
    last = session.scalar(sa.select(sa.func.max(t.c[order])).where(t.c[group] == values[group]))
    values[order] = (last or 0) + 1
    return True


def _as_staff(d: Decision, table: str, row: dict[str, Any]) -> bool:
    if d.admin:
        return True
    if table == "submissions":
        return d.principal.teaches(d.rel.assignment_course(row.get("assignment_id")))
    if table == "instructor_feedback":
        s = d.rel.submission(row.get("submission_id"))
        return s is not None and d.principal.teaches(s["course_id"])
    if table == "enrollments":  # staff lift a departure (dropped, suspended) as it is: ``merge._revives``
        return d.principal.teaches(row.get("course_id"))
    return False


def _merged_into(session: Session, d: Decision, m: RawMutation) -> Any:
    """The row this user's insert of ``m.row_id`` was merged into (a natural-key match), if it was.

    A client that never heard the ``merged`` answer (a lost connection) still knows the row by its own
    id, and may have changed it again since: those changes belong to the merged row, not to nothing."""
    held = locked_rows(session)
    if held is not None and (into := held.merged_into(m.table, m.row_id)) is not None:
        return into  # merged earlier in this request, whose answers are not recorded yet
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


def readable_row(session: Session, d: Decision, m: RawMutation) -> dict[str, Any] | None:
    """The server's row of ``m`` as it stands, when the caller may read it (for an answer)."""
    current = _by_id(session, m.table, m.row_id, lock=False)
    if current is None and m.op != "insert":
        merged_into = _merged_into(session, d, m)
        if merged_into is not None:
            current = _by_id(session, m.table, merged_into, lock=False)
    return current if current is not None and can(d, "read", m.table, current) else None


def _count_reply(session: Session, thread_id: Any, delta: int) -> None:
    """A thread's ``reply_count`` follows its replies (``protocol.tables.DERIVED``); a new reply is also the
    thread's latest activity."""
    t = registry()["discussions"].table
    count = sa.func.coalesce(t.c.reply_count, 0) + delta
    values: dict[str, Any] = {"reply_count": sa.case((count < 0, 0), else_=count)}
    if delta > 0:
        values["updated_at"] = utcnow()
    _written(session, "discussions", sa.update(t).where(t.c.id == thread_id).values(values), thread_id)


def apply_one(session: Session, d: Decision, m: RawMutation) -> dict[str, Any]:
    """One mutation's answer; a row in it carries only what the caller may read (``access/columns.py``)."""
    return shown(d, m, _apply_one(session, d, m))


def shown(d: Decision, m: RawMutation, result: dict[str, Any]) -> dict[str, Any]:
    """``result`` with its row concealed as the caller reads it."""
    if isinstance(result.get("row"), dict):
        result = {**result, "row": shown_answer(d, m.table, result["row"])}
    return result


def _apply_one(session: Session, d: Decision, m: RawMutation) -> dict[str, Any]:
    table = registry()[m.table]
    t = table.table
    inc = {k: v for k, v in m.inc.items() if k not in table.derived}
    try:
        values = decode_row(m.table, m.set, partial=True)
        base = decode_row(m.table, m.base, partial=True) if m.base else None
        for name in table.derived:
            values.pop(name, None)
        if m.table == "assignments" and values.get("rubric") is not None:
            validate_rubric(values["rubric"])
    except (CodecError, RubricError) as exc:
        return reject(m, "invalid", str(exc))
    held, pending = locked_rows(session), pending_writes(session)
    if m.op == "insert" and pending is not None and held is not None and held.was_missing(m.table, m.row_id):
        current = None  # a new row: were it inserted meanwhile, the held-back insert fails (``rows.py``)
    else:
        current = _by_id(session, m.table, m.row_id, lock=True)
    if current is None and m.op != "insert":
        merged_into = _merged_into(session, d, m)
        if merged_into is not None:
            current = _by_id(session, m.table, merged_into, lock=True)
    if current is not None and not can(d, "read", m.table, current):
        if m.op == "insert":
            return reject(m, "forbidden", "this row id is taken")
        current = None  # invisible: answered as if absent
    moved = False
    if m.op == "insert" and current is None:
        current = _by_natural_key(session, m.table, {**values})
        if current is not None and not can(d, "read", m.table, current):
            return reject(m, "forbidden", "a row with the same key exists and is not yours")
        moved = current is None and _place_taken(session, m.table, m.row_id, values)
    if m.op == "update":
        for name in kept_by_server(d, m.table, current):
            values.pop(name, None)
    mutation = Mutation(
        id=m.id,
        table=m.table,
        op=m.op,
        row_id=m.row_id,
        base_version=m.base_version,
        set=values,
        inc=inc,
        base=base,
    )
    if current is None and m.op == "delete":
        return {"id": str(m.id), "status": "applied", "version": None}
    if current is None and m.op == "update":
        return reject(m, "deleted", "the row no longer exists on the server")
    why = judge_write(
        d, m.table, m.op, current, {"id": m.row_id, **values} if current is None else values, inc
    )
    if not why and m.op != "delete":
        if pending and refs_in(list(values.values())):
            pending.flush()  # what the caller may download is read from the rows as written
        why = foreign_references(session, d.principal, current, values)  # blob_access, rule 2
    if why:
        return reject(m, "forbidden", why, current)
    outcome = resolve(mutation, current, as_staff=_as_staff(d, m.table, {**(current or {}), **values}))
    if moved and outcome.status == "applied":
        outcome.status = "merged"  # answered with the row: the writer learns the place it was given
    if outcome.status == "rejected":
        return reject(m, outcome.code or "invalid", outcome.reason or "rejected", current)
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
        if pending:
            pending.flush()
        session.execute(sa.delete(t).where(t.c.id == current["id"]))
        if (held := locked_rows(session)) is not None:
            held.drop(m.table, current["id"])
        audit_change(session, d.me, m.table, current["id"], current, None)
        if m.table == "discussion_replies":
            _count_reply(session, current["discussion_id"], -1)
        return {"id": str(m.id), "status": "applied", "version": None}
    new_values = dict(outcome.values or {})
    if m.op == "insert" and current is not None and current["id"] != m.row_id and held is not None:
        held.alias(m.table, m.row_id, current["id"])
    if pending is not None:
        return _deferred(session, pending, d, m, current, new_values, outcome.status)
    if current is None:
        row_values = {
            k: v
            for k, v in new_values.items()
            if k in table.columns and k not in ("sync_version", "sync_seq")
        }
        after = _written(session, m.table, sa.insert(t).values(**row_values), row_values["id"])
        row_id = row_values["id"]
        if m.table == "discussion_replies":
            _count_reply(session, row_values["discussion_id"], 1)
    else:
        row_id = current["id"]
        changed = {
            k: v
            for k, v in new_values.items()
            if k in table.columns and k not in ("id", "sync_version", "sync_seq") and current.get(k) != v
        }
        after = None
        if changed or inc:
            after = _written(session, m.table, sa.update(t).where(t.c.id == row_id).values(**changed), row_id)
    after = after or _by_id(session, m.table, row_id, lock=False)
    assert after is not None
    return _answer(session, d, m, current, after, outcome.status)


def _answer(
    session: Session,
    d: Decision,
    m: RawMutation,
    current: dict[str, Any] | None,
    after: dict[str, Any],
    status: str,
) -> dict[str, Any]:
    """The answer to a write, once the row as written is known (and its audit entry)."""
    audit_change(session, d.me, m.table, after["id"], current, after)
    result: dict[str, Any] = {"id": str(m.id), "status": status, "version": after["sync_version"]}
    if status == "merged" or after["id"] != m.row_id:
        result["status"] = "merged"
        result["row"] = wire_row(m.table, after)
    return result


def _deferred(
    session: Session,
    pending: PendingWrites,
    d: Decision,
    m: RawMutation,
    current: dict[str, Any] | None,
    new_values: dict[str, Any],
    status: str,
) -> dict[str, Any]:
    """The write of ``m`` handed to ``pending`` (``deferred.py``); its answer is completed when it is written."""
    table = registry()[m.table]
    result: dict[str, Any] = {"id": str(m.id), "status": status, "version": None}

    def written(after: dict[str, Any]) -> None:
        done = shown(d, m, _answer(session, d, m, current, after, status))
        result.clear()
        result.update(done)

    if current is None:
        row_values = {
            k: v
            for k, v in new_values.items()
            if k in table.columns and k not in ("sync_version", "sync_seq")
        }
        pending.insert(m.table, row_values, written)
        if m.table == "discussion_replies":
            _count_reply_later(session, pending, row_values["discussion_id"])
        return result
    changed = {
        k: v
        for k, v in new_values.items()
        if k in table.columns and k not in ("id", "sync_version", "sync_seq") and current.get(k) != v
    }
    if not changed:  # nothing to write: answered with the row as it is, or as a write held back leaves it
        if not pending.when_written(m.table, current["id"], written):
            written(current)
        return result
    pending.update(m.table, current, changed, written)
    return result


def _count_reply_later(session: Session, pending: PendingWrites, thread_id: Any) -> None:
    """``_count_reply`` of a new reply, handed to ``pending`` with the thread the push holds."""
    held = locked_rows(session)
    thread = held.get("discussions", thread_id) if held is not None else None
    if thread is None:
        pending.flush()
        _count_reply(session, thread_id, 1)
        return
    count = (thread.get("reply_count") or 0) + 1
    pending.update(
        "discussions",
        thread,
        {"reply_count": max(count, 0), "updated_at": utcnow()},
        lambda row: None,
        derived=True,
    )
