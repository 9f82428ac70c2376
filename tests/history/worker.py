"""One replica's process in the history (``python -m tests.history.worker``), run with the replica's own
``BOOTCAMP_DATA_DIR``; the harness may kill it at any moment of its sync.

``HISTORY_MODE``:
- ``round``: read the forward-only values this replica wrote before; make ``HISTORY_EDITS`` random edits
  through the services (each logged once committed); print ``EDITED`` and wait for ``go`` on stdin
  (so several replicas push at the same moment); sync, printing ``STAGE <name>`` as each stage starts;
- ``heal``: decide every problem as a person would (keep mine or discard, at random), then sync; once
  nothing waits, ``verify``: compare every row of the checked tables with the server's snapshot for this user, and
  print the values of the history's cells as this replica holds them.
Each mode prints ``RESULT <json>`` last.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import uuid
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import Enrollment, LessonProgress, OutboxEntry, Submission
from bootcamp_core.protocol.codec import encode_row
from bootcamp_core.protocol.tables import spec
from bootcamp_desktop.services import secret_storage, sync_ops
from bootcamp_desktop.services.workspace import Workspace, open_workspace
from bootcamp_desktop.sync.errors import SyncError
from bootcamp_desktop.sync.outbox import local_write
from bootcamp_desktop.sync.repair import fetch_snapshot

from .actions import Actor, act

CHECKED_TABLES = (
    "enrollments",
    "lesson_progress",
    "discussions",
    "discussion_replies",
    "submissions",
    "instructor_feedback",
    "lessons",
    "users",
)


class History:
    def __init__(self, path: Path, replica: str) -> None:
        self.path, self.replica = path, replica

    def __call__(self, kind: str, **values: Any) -> None:
        with self.path.open("a") as f:
            f.write(json.dumps({"r": self.replica, "k": kind, **values}) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text().splitlines() if line.strip()]


def cell_value(ws: Workspace, table: str, key: str, col: str) -> Any:
    """A history cell as this replica holds it now (None: the row is not here)."""
    with ws.db.session() as s:
        if table == "lesson_progress":
            enrolment, lesson = (uuid.UUID(k) for k in key.split("/"))
            row = s.scalar(
                sa.select(LessonProgress).where(
                    LessonProgress.enrollment_id == enrolment, LessonProgress.lesson_id == lesson
                )
            )
            return None if row is None else getattr(row, col)
        if table == "submissions":
            assignment, user = (uuid.UUID(k) for k in key.split("/"))
            sub = s.scalar(
                sa.select(Submission).where(
                    Submission.assignment_id == assignment, Submission.user_id == user
                )
            )
            return None if sub is None else (sub.submission_content or {}).get(col)
        t = spec(table).table
        row = s.execute(sa.select(t.c[col]).where(t.c.id == uuid.UUID(key))).first()
        return None if row is None else row[0]


def read_forward(ws: Workspace, history: History, when: str) -> None:
    """Log what the replica shows now of every forward-only value it has written."""
    seen = {(e["table"], e["key"], e["col"]) for e in history.entries() if e["k"] == "fwd"}
    for table, key, col in sorted(seen):
        value = cell_value(ws, table, key, col)
        history("read", table=table, key=key, col=col, value=None if value is None else str(value), when=when)


def outbox_state(ws: Workspace) -> dict[str, int]:
    with ws.db.session() as s:
        return dict(
            s.execute(sa.select(OutboxEntry.state, sa.func.count()).group_by(OutboxEntry.state)).all()
        )


def sync(ws: Workspace) -> dict[str, Any]:
    def show(event: Any) -> None:
        if event.stage != getattr(show, "last", None):
            print(f"STAGE {event.stage}", flush=True)
            show.last = event.stage  # type: ignore[attr-defined]

    try:
        report = asyncio.run(sync_ops.engine_for(ws).run(show))
    except SyncError as exc:
        return {"ok": False, "error": f"{type(exc).__name__}: {exc.user_message}"}
    return {
        "ok": True,
        "pushed": report.pushed,
        "refused": report.refused,
        "repaired": report.repaired,
        "received": report.pull.changes,
    }


def decide(ws: Workspace, rng: random.Random, history: History) -> list[str]:
    decisions = []
    while True:
        with ws.db.session() as s:
            waiting = sync_ops.problems(s)
        if not waiting:
            return decisions
        problem = waiting[0]
        choice = "keep" if problem.state == "conflict" and rng.random() < 0.5 else "discard"
        if choice == "discard":
            _note_discarded_increments(ws, problem.entry_id, history)
        with local_write(ws.db) as s:
            (sync_ops.retry if choice == "keep" else sync_ops.discard)(s, problem.entry_id)
        decisions.append(f"{choice} {problem.table} {problem.code}")
        history("decide", choice=choice, table=problem.table, code=problem.code, row=str(problem.row_id))


def _note_discarded_increments(ws: Workspace, entry_id: int, history: History) -> None:
    """Increments a person gives up by discarding a refused change: those of the rows it created, which a
    refusal keeps with the problem (docs/sync-protocol.md, "Counters folded into a refused change"; those
    of changes to existing rows are sent again on their own and still count)."""
    with ws.db.session() as s:
        txn = s.get(OutboxEntry, entry_id).txn_id
        inserts = s.scalars(
            sa.select(OutboxEntry).where(
                OutboxEntry.txn_id == txn,
                OutboxEntry.op == "insert",
                OutboxEntry.state.in_(("rejected", "conflict")),
            )
        )
        for entry in inserts:
            values = entry.payload.get("set", {})
            key = (
                f"{values.get('enrollment_id')}/{values.get('lesson_id')}"
                if entry.table_name == "lesson_progress"
                else str(entry.row_id)
            )
            for col, delta in (entry.payload.get("inc") or {}).items():
                history("inc", table=entry.table_name, key=key, col=col, delta=-delta, discarded=True)


async def _server_rows(ws: Workspace) -> dict[str, dict[str, dict[str, Any]]]:
    out = {}
    async with sync_ops.client_for(ws) as client:
        for table in CHECKED_TABLES:
            changes, _seq = await fetch_snapshot(client, table)
            out[table] = {str(c.row_id): encode_row(table, c.row or {}) for c in changes}
    return out


def verify(ws: Workspace, history_cells: list[list[str]]) -> dict[str, Any]:
    server = asyncio.run(_server_rows(ws))
    differences = []
    with ws.db.session() as s:
        for table in CHECKED_TABLES:
            t = spec(table).table
            local = {str(r["id"]): encode_row(table, dict(r)) for r in s.execute(sa.select(t)).mappings()}
            theirs = server[table]
            for rid in sorted(set(local) | set(theirs)):
                mine, other = local.get(rid), theirs.get(rid)
                if mine is None or other is None:
                    differences.append(
                        f"{table} {rid}: {'only on the server' if mine is None else 'only here'}"
                    )
                    continue
                cols = [c for c in other if c != "sync_seq" and mine.get(c) != other[c]]
                if cols:
                    differences.append(
                        f"{table} {rid}: "
                        + "; ".join(f"{c} here {mine.get(c)!r} server {other[c]!r}" for c in cols[:4])
                    )
    cells = {"|".join(c): _plain(cell_value(ws, *c)) for c in history_cells}
    with ws.db.session() as s:
        enrolments = {str(e.id): e.enrollment_status for e in s.scalars(sa.select(Enrollment))}
    return {"differences": differences, "cells": cells, "enrolments": enrolments, "outbox": outbox_state(ws)}


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, (int, str)) else str(value)


def main() -> int:
    mode, name = os.environ["HISTORY_MODE"], os.environ["HISTORY_REPLICA"]
    data_dir = Path(os.environ["BOOTCAMP_DATA_DIR"])
    rng = random.Random(os.environ["HISTORY_SEED"])
    history = History(data_dir.parent / "history.jsonl", name)
    if secret_storage.storage_state(data_dir) is secret_storage.Storage.VAULT_LOCKED:
        secret_storage.unlock_vault(data_dir, os.environ[secret_storage.PASSPHRASE_ENV])
    ws = open_workspace(data_dir, demo_if_empty=False)
    result: dict[str, Any] = {}
    try:
        if mode == "round":
            read_forward(ws, history, "start")
            created = [e["id"] for e in history.entries() if e["k"] == "lesson"]
            actor = Actor(ws, rng, history, f"{os.environ['HISTORY_TAG']}", data_dir.parent)
            result["edits"] = act(
                actor, os.environ["HISTORY_ROLE"], int(os.environ["HISTORY_EDITS"]), created
            )
            print("EDITED", flush=True)
            if sys.stdin.readline().strip() != "go":
                return 3
            result["sync"] = sync(ws)
            read_forward(ws, history, "synced")
        elif mode == "heal":
            result["decisions"] = decide(ws, rng, history)
            result["sync"] = sync(ws)
            read_forward(ws, history, "healed")
            with ws.db.session() as s:
                result["problems"] = len(sync_ops.problems(s))
            if result["sync"]["ok"] and not result["problems"] and not outbox_state(ws):
                result["verified"] = verify(ws, json.loads(os.environ["HISTORY_CELLS"]))
        result["outbox"] = outbox_state(ws)
    finally:
        ws.close()
    print("RESULT " + json.dumps(result, default=str), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
