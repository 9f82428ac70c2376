"""The database before and after a push: a fingerprint of every row of every synced table (all columns, the
secret ones too, but the sync metadata), the rows that differ, and putting them back as they were, so each
attempt starts from the same bootcamp (a campaign of thousands of pushes does not wear it away)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.protocol import encode_row, registry

Fingerprint = dict[str, dict[str, str]]  # table -> id -> md5 of the row
META = ("sync_version", "sync_seq")


def fingerprint(s: Session) -> Fingerprint:
    out: Fingerprint = {}
    for table in registry():
        rows = s.execute(
            sa.text(f"SELECT id::text, md5((to_jsonb(t) - 'sync_version' - 'sync_seq')::text) FROM {table} t")
        ).all()
        out[table] = dict(rows)  # type: ignore[arg-type]
    return out


def full_rows(s: Session) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row with every column (Python values), to put back."""
    out = {}
    for table, spec in registry().items():
        out[table] = {str(r["id"]): dict(r) for r in s.execute(sa.select(spec.table)).mappings()}
    return out


def changed(before: Fingerprint, after: Fingerprint) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for table in registry():
        b, a = before[table], after[table]
        ids = {i for i in set(b) | set(a) if b.get(i) != a.get(i)}
        if ids:
            out[table] = ids
    return out


def wire_rows(s: Session, table: str, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The rows (wire form, with a pseudo-column ``<secret>`` holding the secret columns)."""
    spec = registry()[table]
    if not ids:
        return {}
    rows = s.execute(sa.select(spec.table).where(spec.table.c.id.in_(sorted(ids)))).mappings()
    out = {}
    for r in rows:
        wire = encode_row(table, {k: r[k] for k in spec.columns})
        if spec.secret:
            wire["<secret>"] = repr([r[c] for c in sorted(spec.secret)])
        out[str(r["id"])] = wire
    return out


def restore(s: Session, baseline: dict[str, dict[str, dict[str, Any]]], diff: dict[str, set[str]]) -> None:
    """Put the rows in ``diff`` back as ``baseline`` holds them (as the schema owner)."""
    tables = list(registry())
    for table in reversed(tables):  # rows that were not there: children first
        t = registry()[table].table
        extra = [i for i in diff.get(table, ()) if i not in baseline[table]]
        if extra:
            s.execute(t.delete().where(t.c.id.in_(extra)))
    missing = [
        (table, {k: v for k, v in baseline[table][i].items() if k not in META})
        for table in tables
        for i in diff.get(table, ())
        if i in baseline[table]
    ]
    updates = []
    for table, values in missing:
        t = registry()[table].table
        if s.execute(sa.select(t.c.id).where(t.c.id == values["id"])).first() is not None:
            updates.append((table, values))
    missing = [m for m in missing if m not in updates]
    while missing:  # rows that were deleted: parents first, replies after the replies they answer
        left = []
        for table, values in missing:
            try:
                with s.begin_nested():
                    s.execute(registry()[table].table.insert().values(values))
            except sa.exc.IntegrityError:
                left.append((table, values))
        if len(left) == len(missing):
            raise AssertionError(f"cannot put back {[(t, v['id']) for t, v in left]}")
        missing = left
    for table, values in updates:
        t = registry()[table].table
        s.execute(t.update().where(t.c.id == values["id"]).values(values))
