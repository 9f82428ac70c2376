"""Places in a list (``tables.POSITION_KEYS``: a lesson's in its module, a module's in its course) on the
replica. A row coming from the server into a place that a local row holds (a lesson another instructor added
at the end of the same module, while this one added its own offline) moves the local row out of the way, to
after the list's last, with its waiting change: two lessons stay two. The server does the same for a new
row meeting a taken place (``bootcamp_server/sync/mutation.py``), so neither side ever merges them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import OutboxEntry
from bootcamp_core.protocol.tables import POSITION_KEYS, spec


def make_room(session: Session, table: str, rows: Iterable[dict[str, Any]]) -> int:
    """Move every local row that holds the place of one of ``rows`` (decoded, about to be written) to after
    the last place of its list, counting ``rows`` too; returns how many moved. One read of the lists
    concerned, however many rows (a first sync brings every lesson)."""
    key = POSITION_KEYS.get(table)
    if key is None:
        return 0
    group, order = key
    rows = [r for r in rows if r.get(group) is not None and r.get(order) is not None]
    if not rows:
        return 0
    t = spec(table).table
    local = session.execute(
        sa.select(t.c.id, t.c[group], t.c[order]).where(t.c[group].in_({r[group] for r in rows}))
    ).all()
    holders = {(g, o): rid for rid, g, o in local}
    top: dict[Any, int] = {}
    for g, o in [(g, o) for _rid, g, o in local] + [(r[group], r[order]) for r in rows]:
        top[g] = max(top.get(g, 0), o)
    moved = 0
    for row in rows:
        holder = holders.get((row[group], row[order]))
        if holder is None or holder == row["id"]:
            continue
        del holders[(row[group], row[order])]
        top[row[group]] += 1
        free = top[row[group]]
        session.execute(sa.update(t).where(t.c.id == holder).values({order: free}))
        holders[(row[group], free)] = holder
        _follow(session, table, holder, order, free)
        moved += 1
    return moved


def _follow(session: Session, table: str, row_id: Any, order: str, place: int) -> None:
    """A waiting change that sets the moved row's place says the new one."""
    for entry in session.scalars(
        sa.select(OutboxEntry).where(
            OutboxEntry.table_name == table, OutboxEntry.row_id == row_id, OutboxEntry.state == "pending"
        )
    ):
        values = (entry.payload or {}).get("set", {})
        if order in values:
            entry.payload = {**entry.payload, "set": {**values, order: place}}
