"""Helpers the robustness tests share: the demo's shared course, comparing a replica with the server,
reading the server's own records (``sync_mutations``), and the file keyring for child processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import CourseStaff, Enrollment, Lesson, Module, OutboxEntry
from bootcamp_core.models.blobstore import parse_blob_url
from bootcamp_core.protocol.codec import decode_row, encode_row
from bootcamp_core.protocol.tables import spec
from bootcamp_desktop.services.workspace import Workspace
from bootcamp_server.access import Decision, Relations, load_principal, shown
from bootcamp_server.models import AppliedMutation

from .live import LiveServer

REPO = Path(__file__).resolve().parents[2]


def shared_course(live: LiveServer) -> uuid.UUID:
    """A published course the demo learner is enrolled in and the demo instructor teaches."""
    learner, teacher = live.users[DEMO_LEARNER_EMAIL], live.users[DEMO_INSTRUCTOR_EMAIL]
    with live.sdb.owner() as s:
        taught = set(s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == teacher)))
        enrolled = s.scalars(
            sa.select(Enrollment.course_id)
            .where(Enrollment.user_id == learner)
            .order_by(Enrollment.course_id)
        ).all()
    return next(c for c in enrolled if c in taught)


def lessons_of(session: Any, course_id: uuid.UUID) -> list[Lesson]:
    return list(
        session.scalars(
            sa.select(Lesson)
            .join(Module)
            .where(Module.course_id == course_id)
            .order_by(Module.module_order, Lesson.lesson_order)
        )
    )


def blob_refs(value: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for v in value.values():
            found |= blob_refs(v)
    elif isinstance(value, list):
        for v in value:
            found |= blob_refs(v)
    elif (sha := parse_blob_url(value)) is not None:
        found.add(sha)
    return found


def wire(table: str, row: Any) -> dict[str, Any]:
    """A row (ORM object or mapping) in its wire form, for exact comparison across databases."""
    columns = spec(table).columns
    if hasattr(row, "_mapping"):
        row = row._mapping
    values = {
        name: (row[name] if isinstance(row, dict) or hasattr(row, "keys") else getattr(row, name))
        for name in columns
    }
    return encode_row(table, values)


def rows_by_id(
    session: Any, table: str, ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, dict[str, Any]]:
    t = spec(table).table
    stmt = sa.select(*[t.c[n] for n in spec(table).columns])
    if ids is not None:
        ids = list(ids)
        if not ids:
            return {}
        stmt = stmt.where(t.c.id.in_(ids))
    out = {}
    for r in session.execute(stmt).mappings():
        out[r["id"]] = encode_row(table, dict(r))
    return out


def disagreements(
    live: LiveServer, ws: Workspace, tables: Iterable[str], *, skip: set[uuid.UUID] = frozenset()
) -> list[str]:  # type: ignore[assignment]
    """Rows of ``tables`` the replica holds that differ from the server's as the replica's user reads them
    (columns their relation may not read concealed: docs/sync-protocol.md, "Columns"), or that the server
    lacks."""
    out: list[str] = []
    for table in tables:
        with ws.db.session() as s:
            local = rows_by_id(s, table)
        with live.sdb.owner() as s:
            server = rows_by_id(s, table, local)
            principal = (
                load_principal(s, ws.settings.current_user_id) if ws.settings.current_user_id else None
            )
            if principal is not None:
                d = Decision(principal, Relations(s, principal))
                server = {
                    rid: encode_row(table, shown(d, table, decode_row(table, row)))
                    for rid, row in server.items()
                }
        for rid, row in local.items():
            if rid in skip:
                continue
            theirs = server.get(rid)
            if theirs is None:
                out.append(f"{table} {rid}: on the replica only")
                continue
            diff = {k: (row[k], theirs[k]) for k in row if row[k] != theirs.get(k)}
            if diff:
                out.append(f"{table} {rid}: {diff}")
    return out


def outbox(ws: Workspace) -> list[OutboxEntry]:
    with ws.db.session() as s:
        return list(s.scalars(sa.select(OutboxEntry).order_by(OutboxEntry.id)))


def server_answers(live: LiveServer, mutation_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The status the server recorded for each of these mutation ids (absent: never applied)."""
    ids = list(mutation_ids)
    out: dict[uuid.UUID, str] = {}
    with live.sdb.owner() as s:
        for i in range(0, len(ids), 500):
            out.update(
                s.execute(
                    sa.select(AppliedMutation.mutation_id, AppliedMutation.status).where(
                        AppliedMutation.mutation_id.in_(ids[i : i + 500])
                    )
                ).all()
            )
    return out


def integrity(ws: Workspace, *, foreign_keys: bool = True) -> str:
    """``PRAGMA integrity_check`` (and ``foreign_key_check``) of a replica's file, read with a raw
    connection of the replica's own connector (plain SQLite, or SQLCipher with its key)."""
    connector = getattr(ws, "connector", None)
    path = ws.directory / "replica.db"
    conn = connector.connect(path) if connector is not None else sqlite3.connect(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    result = ",".join(r[0] for r in rows)
    return result if not fk or not foreign_keys else f"{result}; foreign keys broken: {fk[:5]}"


def run_child(
    ws_dir: Path, env: dict[str, str], *, kill_at_line: int | None, kill_after: float | None
) -> tuple[int, list[str]]:
    """``bootcamp-desktop sync`` on ``ws_dir`` in a child process (``sync_child``), killed (SIGKILL) when its
    progress output reaches line ``kill_at_line`` or after ``kill_after`` seconds: (exit code, lines)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.sync_child", "--data-dir", str(ws_dir), "sync"],
        cwd=REPO,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    timer = threading.Timer(kill_after, proc.kill) if kill_after is not None else None
    if timer is not None:
        timer.start()
    lines: list[str] = []
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line.rstrip())
            if kill_at_line is not None and len(lines) >= kill_at_line:
                proc.kill()
                break
        return proc.wait(timeout=120), lines
    finally:
        if timer is not None:
            timer.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
