"""What the history must show once the link has healed, checked as Jepsen checks PowerSync:
counters are the sum of all increments, forward-only values never read lower than one's own last write,
every value read was written by someone, every replica equals the server on what it may see, one grade
per submission, a dropped enrolment stays dropped, every outbox drained."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

STATUS_ORDER = {None: -1, "not_started": 0, "in_progress": 1, "completed": 2}


def server_cell(conn: sa.Connection, table: str, key: str, col: str) -> Any:
    if table == "lesson_progress":
        enrolment, lesson = key.split("/")
        return conn.scalar(
            sa.text(f"SELECT {col} FROM lesson_progress WHERE enrollment_id = :e AND lesson_id = :l"),
            {"e": enrolment, "l": lesson},
        )
    if table == "submissions":
        assignment, user = key.split("/")
        return conn.scalar(
            sa.text(
                "SELECT submission_content ->> :c FROM submissions WHERE assignment_id = :a AND user_id = :u"
            ),
            {"c": col, "a": assignment, "u": user},
        )
    return conn.scalar(sa.text(f"SELECT {col} FROM {table} WHERE id = :id"), {"id": key})


def baseline(conn: sa.Connection) -> dict[str, Any]:
    """Counter and text values before the history (the demo's), keyed as the history keys its cells."""
    out: dict[str, Any] = {}
    for eid, lid, minutes in conn.execute(
        sa.text("SELECT enrollment_id, lesson_id, time_spent_minutes FROM lesson_progress")
    ):
        out[f"lesson_progress|{eid}/{lid}|time_spent_minutes"] = minutes
    for eid, minutes in conn.execute(sa.text("SELECT id, time_spent_minutes FROM enrollments")):
        out[f"enrollments|{eid}|time_spent_minutes"] = minutes
    for did, views, replies in conn.execute(sa.text("SELECT id, view_count, reply_count FROM discussions")):
        out[f"discussions|{did}|view_count"] = views
        out[f"discussions|{did}|reply_count"] = replies
    for uid, bio in conn.execute(sa.text("SELECT id, bio FROM users")):
        out[f"users|{uid}|bio"] = bio
    for lid, text in conn.execute(sa.text("SELECT id, description FROM lessons")):
        out[f"lessons|{lid}|description"] = text
    return out


def _fwd_key(col: str, value: Any) -> Any:
    if value is None:
        return None
    return STATUS_ORDER.get(value, -1) if col == "status" else Decimal(str(value))


def history_cells(entries: list[dict[str, Any]]) -> list[list[str]]:
    cells = {(e["table"], e["key"], e["col"]) for e in entries if e["k"] in ("inc", "lww", "fwd")}
    cells |= {("discussions", e["thread"], "reply_count") for e in entries if e["k"] == "reply"}
    return [list(c) for c in sorted(cells)]


def check(
    entries: list[dict[str, Any]],
    before: dict[str, Any],
    conn: sa.Connection,
    replicas: dict[str, dict[str, Any]],
    stalled: list[str],
    dropped: str | None,
) -> list[str]:
    violations: list[str] = []
    deleted = {e["id"] for e in entries if e["k"] == "delete"}

    def gone(table: str, key: str) -> bool:
        return table == "lesson_progress" and key.split("/")[1] in deleted

    # Counters: the server's value is what it was plus every increment, exactly (less those of new rows whose
    # refused creation their author discarded: logged by the worker as negative increments).
    expected: dict[tuple[str, str, str], int] = defaultdict(int)
    for e in entries:
        if e["k"] == "inc":
            expected[(e["table"], e["key"], e["col"])] += e["delta"]
        elif e["k"] == "reply":
            expected[("discussions", e["thread"], "reply_count")] += 1
    for (table, key, col), total in sorted(expected.items()):
        value = server_cell(conn, table, key, col)
        if value is None and (gone(table, key) or total == 0):
            continue  # deleted, or created only by changes refused and discarded by their author
        want = (before.get(f"{table}|{key}|{col}") or 0) + total
        if value != want:
            violations.append(
                f"counter {table}.{col} {key}: server {value}, expected {want} "
                f"({before.get(f'{table}|{key}|{col}') or 0} + {total})"
            )

    # Forward-only values: no read below the reader's own last write; the server at least every write.
    last: dict[tuple[str, str, str, str], Any] = {}
    highest: dict[tuple[str, str, str], Any] = {}
    for e in entries:
        if e["k"] not in ("fwd", "read"):
            continue
        cell = (e["table"], e["key"], e["col"])
        if e["k"] == "fwd":
            v = _fwd_key(e["col"], e["value"])
            last[(e["r"], *cell)] = v
            highest[cell] = v if highest.get(cell) is None else max(highest[cell], v)
        elif e["k"] == "read" and not gone(*cell[:2]):
            mine = last.get((e["r"], *cell))
            seen = _fwd_key(e["col"], e["value"])
            if mine is not None and (seen is None or seen < mine):
                violations.append(
                    f"forward {e['table']}.{e['col']} {e['key']}: {e['r']} read {e['value']} "
                    f"({e['when']}) after writing a later value"
                )
    for cell, v in sorted(highest.items(), key=str):
        value = _fwd_key(cell[2], server_cell(conn, *cell))
        if not gone(*cell[:2]) and (value is None or value < v):
            violations.append(f"forward {cell}: server {value} below a write of {v}")

    # Every value read was written by someone (or was there before).
    written: dict[tuple[str, str, str], set[Any]] = defaultdict(set)
    for e in entries:
        if e["k"] == "lww":
            written[(e["table"], e["key"], e["col"])].add(e["value"])
    for cell, values in sorted(written.items()):
        allowed = values | {before.get("|".join(cell))}
        reads = {"server": server_cell(conn, *cell)}
        reads |= {
            name: r["cells"].get("|".join(cell))
            for name, r in replicas.items()
            if "|".join(cell) in r["cells"]
        }
        for who, value in reads.items():
            if value is not None and value not in allowed:
                violations.append(f"value {cell} read by {who} was never written: {value!r}")

    # Every replica equals the server on what it may see.
    for name, r in sorted(replicas.items()):
        violations += [f"{name} differs from the server: {d}" for d in r["differences"][:10]]
        if len(r["differences"]) > 10:
            violations.append(f"{name}: {len(r['differences']) - 10} more differences")

    # One grade per graded submission: a single final assessment, by the grader the submission names.
    for sid, status, graded_by, rows, graders in conn.execute(
        sa.text(
            "SELECT s.id, s.status, s.graded_by, count(f.id), array_agg(f.instructor_id) FROM submissions s "
            "LEFT JOIN instructor_feedback f ON f.submission_id = s.id AND f.feedback_type = 'final_assessment' "
            "WHERE s.id = ANY(CAST(:ids AS uuid[])) GROUP BY s.id"
        ),
        {"ids": sorted({e["submission"] for e in entries if e["k"] == "grade"})},
    ):
        if rows > 1:
            violations.append(f"grade: submission {sid} has {rows} final assessments")
        elif status == "graded" and (rows != 1 or graders[0] != graded_by):
            violations.append(
                f"grade: submission {sid} graded by {graded_by} with final assessments by {graders}"
            )

    # A dropped enrolment stays dropped: a learner's offline study does not revive it.
    if dropped is not None:
        status = conn.scalar(
            sa.text("SELECT enrollment_status FROM enrollments WHERE id = :id"), {"id": dropped}
        )
        if status != "dropped":
            violations.append(f"enrolment {dropped} was dropped by staff, the server says {status}")
        for name, r in sorted(replicas.items()):
            if r["enrolments"].get(dropped) not in (None, "dropped"):
                violations.append(
                    f"enrolment {dropped} was dropped by staff, {name} shows {r['enrolments'][dropped]}"
                )

    violations += [f"stall: {name}'s outbox did not drain" for name in stalled]
    return violations
