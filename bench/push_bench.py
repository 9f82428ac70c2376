"""Push benchmark (issue 16, must-have 2): 10,000 offline mutations of one learner against a plain
``executemany`` of the same rows, both measured in this run.

It seeds the demo bootcamp into a fresh PostgreSQL database (``--learners``, default 50) and clones it
twice (``CREATE DATABASE ... TEMPLATE``), so both measurements start from the same rows:

  (a) the baseline, on the first clone: the rows the push will write, written directly as the server's
      owner with one psycopg ``executemany`` per table and operation (inserts of the new progress rows,
      replies and drafts; updates of the progress rows, threads and drafts with the same values), in one
      transaction, change-log triggers firing, commit included;
  (b) the push, on the second clone: the same mutations, as the demo learner's replica sends them after
      a long time offline (transactions of 1 to 2 mutations: lesson progress, a reply with a view of
      its thread, a draft started or saved again; a transaction that rewrites the only row of the one
      before it folds into it, as the outbox coalesces), through ``push_batch`` (the function the route
      calls, with the caller's row-level security) in batches of whole transactions of at most 500
      mutations, as the client sends them.

Figures (2 cores shared with other work, PostgreSQL on the same machine, --learners 50, 9,999
mutations): before the set-based push 32.6 s against 0.85 s (38x); after it 2.5 to 3.1 s against 0.95 s
(2.6x to 3.2x over three runs; the figure moves with the machine's load).

    .venv/bin/python bench/push_bench.py                  # 10,000 mutations
    .venv/bin/python bench/push_bench.py --mutations 2000 --profile /tmp/push.prof

Every answer must be ``applied`` or ``merged``: the benchmark says so and fails otherwise.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import random
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
import sqlalchemy as sa
from psycopg.types.json import Jsonb
from sync_bench import _admin_engine, _db_url, _drop, say, seed_database

from bootcamp_core import demo
from bootcamp_core.models import uuid7
from bootcamp_core.protocol import decode_row, encode_row, registry
from bootcamp_server.access.principal import load_principal
from bootcamp_server.db import ServerDB
from bootcamp_server.settings import Settings
from bootcamp_server.sync.payload import parse_push
from bootcamp_server.sync.push import push_batch

BATCH = 500


def _clone(pg_url: str, template: str, name: str) -> None:
    with _admin_engine(pg_url).connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def _learner_world(sdb: ServerDB) -> dict[str, Any]:
    """What the demo learner's replica holds that the offline mutations touch."""
    with sdb.owner() as s:
        me = s.execute(
            sa.text("SELECT id FROM users WHERE email = :e"), {"e": demo.DEMO_LEARNER_EMAIL}
        ).scalar()
        enrolments = s.execute(
            sa.text(
                "SELECT id, course_id FROM enrollments WHERE user_id = :me AND enrollment_status IN "
                "('enrolled', 'in_progress', 'completed')"
            ),
            {"me": me},
        ).all()
        courses = [e.course_id for e in enrolments]
        lessons = s.execute(
            sa.text(
                "SELECT l.id, m.course_id FROM lessons l JOIN modules m ON m.id = l.module_id "
                "WHERE m.course_id = ANY(:c) ORDER BY l.id"
            ),
            {"c": courses},
        ).all()
        progress = {
            (r.enrollment_id, r.lesson_id): (r.id, r.sync_version)
            for r in s.execute(
                sa.text(
                    "SELECT id, enrollment_id, lesson_id, sync_version FROM lesson_progress WHERE enrollment_id = ANY(:e)"
                ),
                {"e": [e.id for e in enrolments]},
            )
        }
        threads = list(
            s.scalars(
                sa.text("SELECT id FROM discussions WHERE course_id = ANY(:c) ORDER BY id"), {"c": courses}
            )
        )
        assignments = (
            s.execute(
                sa.text(
                    "SELECT a.id FROM assignments a JOIN lessons l ON l.id = a.lesson_id JOIN modules m ON m.id = l.module_id "
                    "WHERE m.course_id = ANY(:c) AND NOT EXISTS (SELECT 1 FROM submissions s WHERE s.assignment_id = a.id "
                    "AND s.user_id = :me) ORDER BY a.id"
                ),
                {"c": courses, "me": me},
            )
            .scalars()
            .all()
        )
    return {
        "me": me,
        "enrolments": enrolments,
        "lessons": lessons,
        "progress": progress,
        "threads": threads,
        "assignments": list(assignments),
    }


def _mutation(
    table: str,
    op: str,
    row_id: uuid.UUID,
    values: dict[str, Any],
    txn: uuid.UUID,
    inc: dict[str, int] | None = None,
    base: int = 0,
) -> dict[str, Any]:
    return {
        "id": str(uuid7()),
        "txn": str(txn),
        "table": table,
        "op": op,
        "row_id": str(row_id),
        "base_version": base,
        "set": encode_row(table, {k: v for k, v in values.items() if k != "id"}),
        "inc": inc or {},
    }


def offline_mutations(world: dict[str, Any], n: int, seed: int) -> list[dict[str, Any]]:
    """``n`` mutations in the learner's local transactions, in the order they were written."""
    rnd = random.Random(seed)
    me = world["me"]
    course_enrolment = {e.course_id: e.id for e in world["enrolments"]}
    progress = dict(world["progress"])  # (enrolment, lesson) -> (row id, version), new rows included
    drafts: list[uuid.UUID] = []
    out: list[dict[str, Any]] = []
    now = dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC)
    latest: dict[str, dict[str, Any]] = {}  # row id -> its latest entry
    rows_of: dict[str, set[str]] = defaultdict(set)  # txn -> the rows it wrote
    i = 0
    while len(out) < n:
        i += 1
        now += dt.timedelta(minutes=3)
        txn = uuid7()
        start = len(out)
        kind = rnd.random()
        if (
            kind < 0.45
        ):  # a lesson opened or finished: its progress row (and, once in three, a second lesson's)
            for _ in range(1 + (rnd.random() < 0.33)):
                lesson_id, course_id = rnd.choice(world["lessons"])
                key = (course_enrolment[course_id], lesson_id)
                done = rnd.random() < 0.3
                values = {"status": "completed" if done else "in_progress", "notes": f"offline note {i}"}
                if done:
                    values["completed_at"] = now
                if key in progress:
                    row_id, version = progress[key]
                    out.append(
                        _mutation(
                            "lesson_progress",
                            "update",
                            row_id,
                            values,
                            txn,
                            {"time_spent_minutes": rnd.randint(1, 20)},
                            version,
                        )
                    )
                else:
                    progress[key] = (uuid7(), 0)
                    values.update(
                        enrollment_id=key[0],
                        lesson_id=lesson_id,
                        started_at=now,
                        time_spent_minutes=0,
                        attempts_count=0,
                    )
                    out.append(
                        _mutation(
                            "lesson_progress",
                            "insert",
                            progress[key][0],
                            values,
                            txn,
                            {"time_spent_minutes": rnd.randint(1, 20)},
                        )
                    )
        elif kind < 0.85:  # a reply, and the view of its thread
            thread = rnd.choice(world["threads"])
            reply = uuid7()
            out.append(
                _mutation(
                    "discussion_replies",
                    "insert",
                    reply,
                    {
                        "discussion_id": thread,
                        "author_id": me,
                        "content": f"offline reply {i}: on the bus",
                        "is_solution": False,
                        "helpful_votes": 0,
                        "created_at": now,
                        "updated_at": now,
                    },
                    txn,
                )
            )
            out.append(_mutation("discussions", "update", thread, {}, txn, {"view_count": 1}))
        else:  # a draft: started, or saved again
            if drafts and (rnd.random() < 0.7 or not world["assignments"]):
                draft = rnd.choice(drafts)
                out.append(
                    _mutation(
                        "submissions",
                        "update",
                        draft,
                        {"submission_content": {"text": f"draft saved again {i}"}},
                        txn,
                    )
                )
            elif world["assignments"]:
                draft = uuid7()
                drafts.append(draft)
                out.append(
                    _mutation(
                        "submissions",
                        "insert",
                        draft,
                        {
                            "assignment_id": world["assignments"].pop(),
                            "user_id": me,
                            "status": "draft",
                            "submission_content": {"text": f"first draft {i}"},
                            "submitted_at": None,
                            "revision_count": 0,
                            "final_submission": False,
                        },
                        txn,
                    )
                )
        # The outbox's coalescing (bootcamp_desktop/sync/transactions.py): a transaction that writes every
        # row of the earlier one holding a row's latest entry absorbs it (a draft saved again, a lesson
        # reopened): its change folds into that entry.
        made = out[start:]
        rows = {m["row_id"] for m in made}
        earlier = {latest[r]["txn"] for r in rows if r in latest}
        if len(earlier) == 1 and rows_of[next(iter(earlier))] <= rows and len(made) == 1:
            m = made[0]
            entry = latest[m["row_id"]]
            entry["set"].update(m["set"])
            for k, v in m["inc"].items():
                entry["inc"][k] = entry["inc"].get(k, 0) + v
            del out[start:]
            continue
        for m in made:
            latest[m["row_id"]] = m
            rows_of[m["txn"]].add(m["row_id"])
    # whole transactions only: drop the last one if it went past n
    while len(out) > n:
        last = out[-1]["txn"]
        while out and out[-1]["txn"] == last:
            out.pop()
    return out


def batches(mutations: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = [[]]
    i = 0
    while i < len(mutations):
        j = i
        while j < len(mutations) and mutations[j]["txn"] == mutations[i]["txn"]:
            j += 1
        if len(out[-1]) + (j - i) > BATCH:
            out.append([])
        out[-1].extend(mutations[i:j])
        i = j
    return out


# -- (a) the baseline -----------------------------------------------------------------------------------
def _pg(value: Any) -> Any:
    return Jsonb(value) if isinstance(value, (dict, list)) else value


def direct_executemany(dsn: str, mutations: list[dict[str, Any]]) -> float:
    """The same rows written with one ``executemany`` per (table, operation, columns); seconds."""
    groups: dict[tuple[str, str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for m in mutations:
        values = decode_row(m["table"], m["set"], partial=True)
        if m["op"] == "insert":
            values = {**values, **m["inc"], "id": uuid.UUID(m["row_id"])}
            cols = tuple(sorted(values))
            groups[(m["table"], "insert", cols)].append(tuple(_pg(values[c]) for c in cols))
        else:
            cols = tuple(sorted(values)) + tuple(sorted(m["inc"]))
            groups[(m["table"], "update", cols)].append(
                tuple(_pg(values[c]) for c in sorted(values))
                + tuple(m["inc"][c] for c in sorted(m["inc"]))
                + (uuid.UUID(m["row_id"]),)
            )
    order = list(registry())
    with psycopg.connect(dsn) as pg:
        started = time.perf_counter()
        with pg.cursor() as cur:
            for (table, op, cols), rows in sorted(
                groups.items(), key=lambda g: (order.index(g[0][0]), g[0][1])
            ):
                if op == "insert":
                    cur.executemany(
                        f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})",
                        rows,
                    )
                else:
                    counters = registry()[table].counters
                    sets = [f"{c} = {c} + %s" if c in counters else f"{c} = %s" for c in cols]
                    cur.executemany(f"UPDATE {table} SET {', '.join(sets)} WHERE id = %s", rows)
        pg.commit()
        return time.perf_counter() - started


# -- (b) the push -----------------------------------------------------------------------------------------
def push_all(
    sdb: ServerDB, me: uuid.UUID, mutations: list[dict[str, Any]], profile: str | None
) -> tuple[float, dict[str, int]]:
    with sdb.owner() as s:
        principal = load_principal(s, me)
    assert principal is not None
    parsed = [parse_push({"client_id": str(uuid.uuid4()), "mutations": b})[1] for b in batches(mutations)]
    statuses: dict[str, int] = defaultdict(int)
    prof = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if prof:
        prof.enable()
    for batch in parsed:
        answer = push_batch(sdb, principal, batch)
        for r in answer["results"]:
            statuses[
                r["status"] if r["status"] in ("applied", "merged") else f"{r['status']}:{r.get('code')}"
            ] += 1
    if prof:
        prof.disable()
        prof.dump_stats(profile)
    return time.perf_counter() - started, dict(statuses)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pg-url", default="postgresql://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--mutations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", help="write a cProfile of the push to this file")
    args = parser.parse_args()

    stamp = f"{int(time.time())}"
    seed_name, direct_name, push_name = (f"bench_push_{k}_{stamp}" for k in ("seed", "direct", "push"))
    work = Path(tempfile.mkdtemp(prefix="push-bench-"))
    try:
        say(f"seeding the demo (--learners {args.learners}) ...")
        seconds, rows = seed_database(args.pg_url, seed_name, work / "server", args.learners, 1)
        say(f"  {rows:,} rows in {seconds:.1f} s")
        _clone(args.pg_url, seed_name, direct_name)
        _clone(args.pg_url, seed_name, push_name)
        sdb = ServerDB(Settings(database_url=_db_url(args.pg_url, push_name), data_dir=work / "server"))
        world = _learner_world(sdb)
        mutations = offline_mutations(world, args.mutations, args.seed)
        kinds: dict[str, int] = defaultdict(int)
        for m in mutations:
            kinds[f"{m['table']} {m['op']}"] += 1
        say(
            f"{len(mutations):,} offline mutations of {demo.DEMO_LEARNER_EMAIL} in "
            f"{len({m['txn'] for m in mutations}):,} transactions: "
            + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items()))
        )

        direct = direct_executemany(
            _db_url(args.pg_url, direct_name).replace("postgresql://", "postgresql://", 1), mutations
        )
        say(f"(a) the same rows, executemany per table in one transaction: {direct:.2f} s")
        pushed, statuses = push_all(sdb, world["me"], mutations, args.profile)
        say(f"(b) push_batch, {len(batches(mutations))} batches: {pushed:.2f} s; answers {statuses}")
        say(f"ratio push / executemany: {pushed / direct:.1f}x (goal: at most 3x)")
        sdb.dispose()
        bad = {k: v for k, v in statuses.items() if k not in ("applied", "merged")}
        return 1 if bad else 0
    finally:
        for name in (seed_name, direct_name, push_name):
            _drop(args.pg_url, name)


if __name__ == "__main__":
    raise SystemExit(main())
