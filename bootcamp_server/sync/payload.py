"""Validation of a push body. Anything malformed in the envelope is a ``PayloadError`` (400, nothing
applied); a value that does not fit its column is a per-mutation rejection (``invalid``) at apply time.

Mutations carry the id of the client's local transaction (``txn``, protocol 2); a mutation without one
(protocol 1) is a transaction of its own. A transaction's mutations are contiguous in the batch. A batch
holds at most ``MAX_MUTATIONS`` mutations, except a batch of a single transaction, which may hold up to
``MAX_TXN_MUTATIONS`` (a transaction is never split across batches below that size)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from bootcamp_core.protocol import registry
from bootcamp_core.protocol.merge import DOCUMENTS

MAX_MUTATIONS = 500
MAX_TXN_MUTATIONS = 5000
OPS = ("insert", "update", "delete")
MUTATION_KEYS = frozenset({"id", "txn", "table", "op", "row_id", "base_version", "set", "inc", "base"})


class PayloadError(ValueError):
    pass


@dataclass(frozen=True)
class RawMutation:
    id: uuid.UUID
    table: str
    op: str
    row_id: uuid.UUID
    base_version: int
    set: dict[str, Any] = field(default_factory=dict)
    inc: dict[str, int] = field(default_factory=dict)
    txn: uuid.UUID | None = None  # the client's local transaction; None: a transaction of its own
    base: dict[str, Any] | None = None  # documents as the writer found them (protocol 3, ``merge.DOCUMENTS``)


def transactions(mutations: list[RawMutation]) -> list[list[tuple[int, RawMutation]]]:
    """The batch's transactions in order, each as (position in the batch, mutation) pairs."""
    out: list[list[tuple[int, RawMutation]]] = []
    for i, m in enumerate(mutations):
        if m.txn is not None and out and out[-1][-1][1].txn == m.txn:
            out[-1].append((i, m))
        else:
            out.append([(i, m)])
    return out


def _uuid(value: Any, where: str) -> uuid.UUID:
    if not isinstance(value, str):
        raise PayloadError(f"{where} must be a UUID string")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise PayloadError(f"{where} is not a UUID") from None


def parse_push(body: Any) -> tuple[uuid.UUID, list[RawMutation]]:
    if not isinstance(body, dict):
        raise PayloadError("the body must be a JSON object")
    client_id = _uuid(body.get("client_id"), "client_id")
    mutations = body.get("mutations")
    if not isinstance(mutations, list):
        raise PayloadError("mutations must be a list")
    if len(mutations) > MAX_TXN_MUTATIONS:
        raise PayloadError(f"at most {MAX_TXN_MUTATIONS} mutations per batch")
    out: list[RawMutation] = []
    seen: set[uuid.UUID] = set()
    tables = registry()
    for i, m in enumerate(mutations):
        where = f"mutations[{i}]"
        if not isinstance(m, dict):
            raise PayloadError(f"{where} must be an object")
        extra = set(m) - MUTATION_KEYS
        if extra:
            raise PayloadError(f"{where} has unknown keys: {', '.join(sorted(map(str, extra)))}")
        mid = _uuid(m.get("id"), f"{where}.id")
        if mid in seen:
            raise PayloadError(f"{where}.id appears twice in the batch")
        seen.add(mid)
        table = m.get("table")
        if not isinstance(table, str) or table not in tables:
            raise PayloadError(f"{where}.table is not a synced table")
        op = m.get("op")
        if op not in OPS:
            raise PayloadError(f"{where}.op must be one of {', '.join(OPS)}")
        row_id = _uuid(m.get("row_id"), f"{where}.row_id")
        base = m.get("base_version", 0)
        if not isinstance(base, int) or isinstance(base, bool) or not 0 <= base < 2**63:
            raise PayloadError(f"{where}.base_version must be a non-negative integer")
        values = m.get("set", {}) or {}
        inc = m.get("inc", {}) or {}
        if not isinstance(values, dict):
            raise PayloadError(f"{where}.set must be an object")
        if not isinstance(inc, dict) or not all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in inc.items()
        ):
            raise PayloadError(f"{where}.inc must map column names to integers")
        txn = _uuid(m["txn"], f"{where}.txn") if m.get("txn") is not None else None
        found = m.get("base")
        if found is not None and (
            not isinstance(found, dict)
            or not set(found) <= set(DOCUMENTS.get(table, {}))
            or set(found) - set(values)
        ):
            raise PayloadError(f"{where}.base may only name document columns the mutation sets")
        out.append(RawMutation(mid, table, op, row_id, base, values, inc, txn, found))
    groups = transactions(out)
    named = [group[0][1].txn for group in groups if group[0][1].txn is not None]
    if len(named) != len(set(named)):
        raise PayloadError("the mutations of a transaction must be contiguous in the batch")
    if len(out) > MAX_MUTATIONS and len(groups) > 1:
        raise PayloadError(f"at most {MAX_MUTATIONS} mutations per batch, unless they are one transaction")
    return client_id, out
