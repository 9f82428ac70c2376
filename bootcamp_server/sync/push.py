"""Push: apply a batch of client transactions, each at most once and all or nothing, in one commit.

A batch is a list of mutations grouped into the client's local transactions (``payload.transactions``:
consecutive mutations with one ``txn``; a mutation without one is a transaction of its own):
- a mutation answered before (``sync_mutations``) is answered from that record and not applied again;
- the others are applied in order (``mutation.apply_one``); if any is refused (``conflict`` or
  ``rejected``, or the database refuses a value), nothing of the transaction is applied and the whole
  transaction is answered: the refused mutation with its own code, every other one ``rejected`` with
  code ``transaction_aborted``, each with the server's row when the caller may read it, so the client can
  show it and put it back if the user discards their change;
- the answers are recorded with the transaction's writes (or, for a refused one, alone), in one
  statement at the end of the request, so a resend, whole or in part, is answered the same way and
  nothing is applied twice.
A refused transaction never blocks the ones behind it.

Set-based: the rows the batch names are read as they are locked (``_lock_in_order``) and kept for the
request (``rows.LockedRows``); the access rules' lookups are shared by the request (``_Request``) and
made in sets (``_prefetch``). On PostgreSQL a first attempt applies the transactions without savepoints
(``_without_savepoint``) and its writes are held back and made per table and column set
(``deferred.PendingWrites``). A refusal writes nothing, so a transaction refused on its first mutation
is answered as it stands; anything that needs a rollback (a later mutation refused, a write the
database refuses) raises ``_Careful`` and the request runs again with each transaction in its own
savepoint and its writes made one by one (``_in_savepoint``): the same answers, found the slow way.

Concurrent pushes: before anything else a batch locks the rows it names, table by table in the
registry's order (parents first) and by id within a table (``_lock_in_order``), so two batches that
touch the same rows in different orders queue instead of deadlocking. A deadlock or serialization
failure that gets past that (rows reached through a natural key, a merged id, a reply's thread found
only later) rolls the whole request back and runs it again, up to ``ATTEMPTS`` times with jittered
backoff (``push_batch``): the client sees an answer, not a 500.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from bootcamp_core.protocol import registry

from ..access.principal import Principal
from ..access.relations import LOOKED_UP, Relations
from ..access.rules import Decision
from ..db import ServerDB
from ..models import AppliedMutation, ChangeLogEntry, SyncCounter
from .deferred import NotWritten, PendingWrites
from .deferred import attach as attach_pending
from .images import wire_row
from .mutation import apply_one, readable_row, reject, shown
from .payload import RawMutation, transactions
from .rows import LockedRows, attach

log = logging.getLogger("bootcamp_server.push")

REFUSED = ("conflict", "rejected")
ABORTED = "transaction_aborted"
ATTEMPTS = 5
RETRYABLE = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
DB_REFUSALS = (sa_exc.IntegrityError, sa_exc.DataError, sa_exc.ProgrammingError, ValueError)

Answers = dict[int, dict[str, Any]]
# Tables through which the access rules place rows of others (``Relations`` answers "the course of this
# lesson" through its module, of an assignment through its lesson and module, and keeps a course's
# publication): a write to one of them forgets every lookup, not only those about the row written.
PLACING_TABLES = frozenset({"courses", "modules", "lessons", "assignments"})


class _Refused(Exception):
    """Rolls a transaction's savepoint back: mutation ``index`` was refused with ``result``."""

    def __init__(self, index: int, result: dict[str, Any]) -> None:
        super().__init__(result.get("code"))
        self.index = index
        self.result = result


class _Records:
    """The answers of the request, written to ``sync_mutations`` in one statement at its end (``write``),
    in the same database transaction as the writes they answer."""

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self.rows: list[dict[str, Any]] = []

    def add(self, m: RawMutation, result: dict[str, Any]) -> None:
        self.rows.append(
            {
                "mutation_id": m.id,
                "user_id": self.principal.user_id,
                "txn_id": m.txn,
                "table_name": m.table,
                "row_id": m.row_id,
                "status": result["status"],
                "result": result,
            }
        )

    def write(self, session: Session) -> None:
        if not self.rows:
            return
        try:
            session.execute(sa.insert(AppliedMutation.__table__), self.rows)  # Core: no ORM bookkeeping
        except sa_exc.IntegrityError as exc:
            # A concurrent request recorded one of these ids first (a resend of a row nobody could lock:
            # one the caller may not see). The request is run again, whole, and answers it from that record.
            raise _Raced() from exc


class _Careful(Exception):
    """A transaction applied without a savepoint must be undone: run the request again, each transaction in
    its own savepoint."""


class _Raced(Exception):
    """Another request recorded one of this batch's mutation ids first: run the request again."""


def _prior(session: Session, m: RawMutation, principal: Principal) -> dict[str, Any] | None:
    row = session.execute(
        sa.select(AppliedMutation.result, AppliedMutation.user_id).where(AppliedMutation.mutation_id == m.id)
    ).first()
    return dict(row.result) if row is not None and row.user_id == principal.user_id else None


def _thread_of_reply(m: RawMutation) -> uuid.UUID | None:
    value = m.set.get("discussion_id") if m.table == "discussion_replies" and m.op == "insert" else None
    try:
        return uuid.UUID(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _lock_in_order(session: Session, mutations: list[RawMutation]) -> dict[str, list[dict[str, Any]]]:
    """Lock the rows the batch names (and the threads its new replies count in), in one global order:
    tables as the registry lists them, ids ascending within a table (PostgreSQL only; a SQLite hub has
    one writer). ``FOR NO KEY UPDATE``, the lock an UPDATE takes, so inserts that only refer to these rows
    are not held up. Rows the caller may not see are skipped by row-level security, as they would be.
    One query per table, which reads the rows as it locks them: they are returned by table, for the
    request's ``LockedRows``."""
    if session.get_bind().dialect.name != "postgresql":
        return {}
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    for m in mutations:
        wanted[m.table].add(m.row_id)
        thread = _thread_of_reply(m)
        if thread is not None:
            wanted["discussions"].add(thread)
    found: dict[str, list[dict[str, Any]]] = {}
    for name, spec in registry().items():
        ids = sorted(wanted.get(name, ()))
        if ids:
            t = spec.table
            stmt = sa.select(*[t.c[c] for c in spec.columns]).where(t.c.id.in_(ids)).order_by(t.c.id)
            found[name] = [dict(r) for r in session.execute(stmt.with_for_update(key_share=True)).mappings()]
    return found


def _refuse_all(
    session: Session,
    d: Decision,
    todo: list[tuple[int, RawMutation]],
    cause: int,
    cause_result: dict[str, Any],
) -> Answers:
    """The answers of a refused transaction, read after its savepoint was rolled back: the rows sent back
    are the server's as they stand, without anything of the transaction."""
    answers: Answers = {}
    for i, m in todo:
        current = readable_row(session, d, m)
        if i == cause:
            answers[i] = dict(cause_result)
            if current is not None and "row" in cause_result:
                answers[i]["row"] = wire_row(m.table, current)
        else:
            answers[i] = reject(
                m, ABORTED, "another change made with this one was refused; none of them was applied", current
            )
        answers[i] = shown(d, m, answers[i])
    return answers


class _Request:
    """What the transactions of one request share: the session, the access rules' lookups (one
    ``Relations`` for the request, renewed after a rollback or a write that may change what it knows) and
    the answers to record."""

    def __init__(
        self, session: Session, principal: Principal, held: LockedRows | None, pending: PendingWrites | None
    ) -> None:
        self.careful = pending is None
        self.pending = pending
        self.session = session
        self.principal = principal
        self.held = held
        self.records = _Records(principal)
        self.d = self.fresh()

    def fresh(self) -> Decision:
        self.d = Decision(self.principal, Relations(self.session, self.principal))
        if self.pending is not None:
            self.d.rel.before_lookup = self.pending.before_lookup
        return self.d

    def flush(self) -> None:
        """Write what is held back (``deferred.py``); anything the database refuses there is undone by
        running the request again with savepoints."""
        try:
            if self.pending:
                self.pending.flush()
            if self.session.new:
                self.session.flush()  # audit entries
        except (*DB_REFUSALS, NotWritten) as exc:
            raise _Careful() from exc

    def written(self, m: RawMutation, result: dict[str, Any]) -> None:
        """The rows behind ``m`` in its transaction, and the transactions after it, see it written."""
        columns = set(m.set) | set(m.inc) if m.op == "update" else None
        if m.table in PLACING_TABLES and (columns is None or columns & LOOKED_UP[m.table]):
            self.fresh()
            return
        self.d.rel.forget(m.table, m.row_id, columns)
        merged_into = result.get("row", {}).get("id") if isinstance(result.get("row"), dict) else None
        if merged_into:
            self.d.rel.forget(m.table, merged_into, columns)


def _prefetch(d: Decision, mutations: list[RawMutation], locked: dict[str, list[dict[str, Any]]]) -> None:
    """Look up at once what the rules will ask about the batch's rows one by one (the thread of each reply,
    the enrolment of each progress row, ...): one query per relation instead of one per row."""
    rows: dict[str, list[Any]] = defaultdict(list)
    for m in mutations:
        rows[m.table].append(m.set)
    for table, found in locked.items():
        rows[table].extend(found)
    for table, values in rows.items():
        d.rel.prefetch(table, values)


def _apply_transaction(req: _Request, todo: list[tuple[int, RawMutation]]) -> Answers:
    """One client transaction, all or nothing (see the module's docstring)."""
    return _in_savepoint(req, todo) if req.careful else _without_savepoint(req, todo)


def _without_savepoint(req: _Request, todo: list[tuple[int, RawMutation]]) -> Answers:
    """The transaction applied as it comes: a mutation refused before any other of its transaction wrote
    anything (a refusal never writes) is answered as the savepoint would have been; anything else that
    would need one rolled back (a later mutation refused, a value the database refuses) runs the request
    again with savepoints (``_Careful``)."""
    session = req.session
    done: Answers = {}
    try:
        for n, (i, m) in enumerate(todo):
            done[i] = apply_one(session, req.d, m)
            if done[i]["status"] in REFUSED:
                if n:
                    raise _Careful()
                if req.pending:
                    # The rows in the answers as the database has them: write what is held back, and
                    # judge the mutation again on them (a refusal writes nothing).
                    req.flush()
                    done[i] = apply_one(session, req.d, m)
                    if done[i]["status"] not in REFUSED:
                        raise _Careful()
                refusal = _refuse_all(session, req.d, todo, i, done[i])
                for j, other in todo:
                    req.records.add(other, refusal[j])
                return refusal
            req.written(m, done[i])
        if session.new and not req.pending:
            session.flush()  # audit entries
    except (*DB_REFUSALS, NotWritten) as exc:
        raise _Careful() from exc
    for i, m in todo:
        req.records.add(m, done[i])
    return done


def _in_savepoint(req: _Request, todo: list[tuple[int, RawMutation]]) -> Answers:
    """The transaction in a savepoint, rolled back if any of it is refused."""
    session = req.session
    answers: Answers = {}
    while todo:
        current: tuple[int, RawMutation] = todo[0]
        if req.held is not None:
            req.held.begin()
        try:
            with session.begin_nested():
                done: Answers = {}
                for current in todo:
                    i, m = current
                    done[i] = apply_one(session, req.d, m)
                    req.written(m, done[i])
                    if done[i]["status"] in REFUSED:
                        raise _Refused(i, done[i])
                if session.new:
                    session.flush()  # audit entries: a value the database refuses refuses the transaction
            if req.held is not None:
                req.held.commit()
            for i, m in todo:
                req.records.add(m, done[i])
            answers.update(done)
            return answers
        except _Refused as refused:
            _rolled_back(req)
            refusal = _refuse_all(session, req.d, todo, refused.index, refused.result)
        except DB_REFUSALS as exc:
            _rolled_back(req)
            # The same mutations, sent again while this batch ran, committed first: answer as they were,
            # and apply what is left of the transaction.
            priors = {i: p for i, m in todo if (p := _prior(session, m, req.principal)) is not None}
            if priors:
                answers.update(priors)
                todo = [(i, m) for i, m in todo if i not in priors]
                continue
            i, m = current
            log.info(
                "mutation rejected by the database",
                extra={"fields": {"table": m.table, "error": type(exc).__name__}},
            )
            refusal = _refuse_all(session, req.d, todo, i, reject(m, "invalid", _db_reason(exc)))
        for i, m in todo:
            req.records.add(m, refusal[i])
        answers.update(refusal)
        return answers
    return answers


def _rolled_back(req: _Request) -> None:
    """After a transaction's savepoint was rolled back: nothing it wrote or looked up is kept."""
    if req.held is not None:
        req.held.rollback()
    req.fresh()


def _hold(
    session: Session, mutations: list[RawMutation], locked: dict[str, list[dict[str, Any]]] | None
) -> LockedRows:
    """The request's ``LockedRows``: the rows the lock query read, and the ids it looked for in vain."""
    held = attach(session)
    if locked is None or session.get_bind().dialect.name != "postgresql":
        return held
    for table, rows in locked.items():
        for row in rows:
            held.put(table, row)
    named: dict[str, set[uuid.UUID]] = defaultdict(set)
    for m in mutations:
        named[m.table].add(m.row_id)
    for table, ids in named.items():
        held.missing(table, ids - {r["id"] for r in locked.get(table, ())})
    return held


def _push_once(
    sdb: ServerDB, principal: Principal, mutations: list[RawMutation], careful: bool
) -> dict[str, Any]:
    """One attempt. ``careful``: each transaction in its own savepoint, its writes made as they come;
    otherwise (PostgreSQL) without savepoints, writes held back and made in sets (``deferred.py``)."""
    answers: Answers = {}
    with sdb.write(principal.context) as session:
        locked = _lock_in_order(session, mutations)
        held = _hold(session, mutations, locked)
        pending = None if careful or not sdb.is_pg else attach_pending(session, held)
        req = _Request(session, principal, held, pending)
        _prefetch(req.d, mutations, locked or {})
        # Mutations answered before (a retried batch), in one query, after the locks: a concurrent batch
        # that held them has committed its records by now.
        seen = {
            a.mutation_id: a
            for a in session.scalars(
                sa.select(AppliedMutation).where(AppliedMutation.mutation_id.in_({m.id for m in mutations}))
            )
        }
        for group in transactions(mutations):
            todo = []
            for i, m in group:
                prior = seen.get(m.id)
                if prior is None:
                    todo.append((i, m))
                elif prior.user_id != principal.user_id:
                    answers[i] = reject(m, "invalid", "this mutation id was used by someone else")
                else:
                    answers[i] = dict(prior.result)
            if todo:
                answers.update(_apply_transaction(req, todo))
        req.flush()
        req.records.write(session)
        txid = None
        seq = None
        if sdb.is_pg:
            txid = session.execute(sa.text("SELECT pg_current_xact_id_if_assigned()::text")).scalar()
        else:
            seq = session.execute(
                sa.select(SyncCounter.value).where(SyncCounter.name == "change_seq")
            ).scalar()
    if sdb.is_pg and txid is not None:
        with sdb.engine.connect() as conn:
            seq = conn.execute(
                sa.select(sa.func.max(ChangeLogEntry.seq)).where(ChangeLogEntry.txid == int(txid))
            ).scalar()
    return {"results": [answers[i] for i in range(len(mutations))], "seq": seq}


def _sqlstate(exc: BaseException) -> str | None:
    return getattr(getattr(exc, "orig", None), "sqlstate", None)


def push_batch(sdb: ServerDB, principal: Principal, mutations: list[RawMutation]) -> dict[str, Any]:
    """Apply the batch; a request that lost a deadlock or a serialization race is run again, whole."""
    careful = False
    attempt = 0
    while attempt < ATTEMPTS:
        attempt += 1
        try:
            return _push_once(sdb, principal, mutations, careful)
        except _Careful:
            # Some transaction needs a savepoint rolled back: the request again, each transaction in its own
            # (not an attempt lost to a lock conflict). A careful attempt has nothing to fall back on.
            if careful:
                raise
            careful = True
            attempt -= 1
            continue
        except _Raced:
            if attempt == ATTEMPTS:
                raise
            log.info(
                "push run again: a concurrent request recorded one of its mutations",
                extra={"fields": {"attempt": attempt}},
            )
            continue
        except sa_exc.DBAPIError as exc:
            if _sqlstate(exc) not in RETRYABLE or attempt == ATTEMPTS:
                raise
            log.info(
                "push retried after a lock conflict",
                extra={"fields": {"attempt": attempt, "sqlstate": _sqlstate(exc)}},
            )
            # A backoff before the next attempt (not a poll): the other transaction finishes meanwhile, and
            # the jitter keeps two losers from meeting again.
            time.sleep(random.uniform(0, 0.05 * 2**attempt))
    raise AssertionError("unreachable")


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
