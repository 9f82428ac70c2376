"""The server under load (issue 16, must-have 4): hundreds of replicas polling, pushing and pulling at once.

``bootcamp-server serve --workers N`` runs on a clone of the seeded demo (PostgreSQL). Each simulated replica is
a real HTTP client (its own connection, its own access token: learners and instructors of the demo) that starts
at the head of the change log with the cursor it would hold after a sync, then loops for ``--duration`` seconds:
it waits a random think time (exponential, mean ``--interval``), then pushes 10 counter increments (its own
lesson progress for a learner, views of its courses' discussions for an instructor) with probability ``--push``,
or else polls (``If-None-Match`` with its cursor; a page with changes is a pull of others' changes, and the
replica follows its cursor as a real one does).

Printed: throughput, p50/p95/p99 per kind of request (client-observed, and the server's own time from its
``Server-Timing`` header; the difference is time spent waiting for a worker), errors, and how often a
writing transaction waited for the commit-order lock that assigns ``seq`` (sampled from ``pg_locks``). The
same-run baseline is an idle server: the same requests, one at a time, before the load starts.

    .venv/bin/python bench/load_bench.py --reuse-seed bench_seed_2000 --replicas 500 --workers 2 --duration 60
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx
import psycopg
import sqlalchemy as sa
from sync_bench import _db_url, _drop, free_port, prepare_database, say, start_server

from bootcamp_core.models import CourseStaff, Discussion, Enrollment, LessonProgress, uuid7
from bootcamp_server.access.principal import load_principal
from bootcamp_server.db import ServerDB
from bootcamp_server.oauth.tokens import issue_access_token
from bootcamp_server.schema.changelog_pg import SEQ_LOCK_KEY
from bootcamp_server.settings import Settings
from bootcamp_server.sync.cursor import MAX_INT, Cursor
from bootcamp_server.sync.scope import fingerprint

PULL, PUSH = "/api/v1/sync/pull", "/api/v1/sync/push"


@dataclass
class Replica:
    user_id: uuid.UUID
    token: str
    cursor: str
    table: str
    rows: list[uuid.UUID]
    counter: str


@dataclass
class Figures:
    total: dict[str, list[float]] = field(default_factory=dict)
    server: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    statuses: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, seconds: float, response: httpx.Response) -> None:
        self.total.setdefault(kind, []).append(seconds * 1000)
        timing = response.headers.get("server-timing", "")
        if "dur=" in timing:
            self.server.setdefault(kind, []).append(float(timing.split("dur=")[1].split(";")[0]))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def make_replicas(sdb: ServerDB, count: int, instructors: int) -> list[Replica]:
    """Learners and instructors of the demo, each with a token, 10 rows to push to, and the cursor a synced
    replica of theirs holds (the head of the change log, in their scope)."""
    out: list[Replica] = []
    with sdb.owner() as s:
        head = s.execute(sa.text("SELECT coalesce(max(seq), 0) FROM sync_changes")).scalar()
        teachers = s.scalars(sa.select(CourseStaff.user_id).distinct().limit(instructors)).all()
        learners = s.scalars(sa.select(Enrollment.user_id).distinct().limit(count - len(teachers) + 50)).all()
        for user_id in [*teachers, *learners]:
            principal = load_principal(s, user_id)
            if principal is None:  # an inactive account
                continue
            if user_id in teachers:
                table, counter = "discussions", "view_count"
                rows = s.scalars(
                    sa.select(Discussion.id).where(Discussion.course_id.in_(list(principal.staff))).limit(10)
                ).all()
            else:
                table, counter = "lesson_progress", "time_spent_minutes"
                rows = s.scalars(
                    sa.select(LessonProgress.id)
                    .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
                    .where(Enrollment.user_id == user_id)
                    .limit(10)
                ).all()
            if not rows:
                continue
            token = issue_access_token(s, user_id, 3 * 3600).access_token
            cursor = Cursor(head, MAX_INT, fingerprint(s, principal)).encode()
            out.append(Replica(user_id, token, cursor, table, list(rows), counter))
            if len(out) == count:
                break
    return out


def headers(r: Replica, cursor: bool = False) -> dict[str, str]:
    h = {"Authorization": f"Bearer {r.token}", "Bootcamp-Protocol": "2"}
    if cursor:
        h["If-None-Match"] = f'"{r.cursor}"'
    return h


async def poll(client: httpx.AsyncClient, r: Replica, figures: Figures) -> None:
    started = time.perf_counter()
    response = await client.get(PULL, params={"cursor": r.cursor, "limit": 1000}, headers=headers(r, True))
    seconds = time.perf_counter() - started
    if response.status_code == 304:
        figures.add("poll: 304", seconds, response)
        return
    if response.status_code != 200:
        figures.errors[f"poll {response.status_code}"] = (
            figures.errors.get(f"poll {response.status_code}", 0) + 1
        )
        return
    page = response.json()
    figures.add("pull: others' changes" if page["changes"] else "poll: empty page", seconds, response)
    r.cursor = page["cursor"]


async def push(client: httpx.AsyncClient, r: Replica, figures: Figures) -> None:
    txn = str(uuid7())
    mutations = [
        {
            "id": str(uuid7()),
            "txn": txn,
            "table": r.table,
            "op": "update",
            "row_id": str(row),
            "base_version": 0,
            "set": {},
            "inc": {r.counter: 1},
        }
        for row in r.rows
    ]
    started = time.perf_counter()
    response = await client.post(
        PUSH, json={"client_id": str(r.user_id), "mutations": mutations}, headers=headers(r)
    )
    seconds = time.perf_counter() - started
    if response.status_code != 200:
        figures.errors[f"push {response.status_code}"] = (
            figures.errors.get(f"push {response.status_code}", 0) + 1
        )
        return
    figures.add(f"push: {len(mutations)} mutations", seconds, response)
    for result in response.json()["results"]:
        figures.statuses[result["status"]] = figures.statuses.get(result["status"], 0) + 1


async def replica_loop(
    client: httpx.AsyncClient,
    r: Replica,
    figures: Figures,
    until: float,
    interval: float,
    p_push: float,
    rng: random.Random,
) -> None:
    async with client:
        await asyncio.sleep(rng.uniform(0, min(interval, until - time.monotonic())))  # not all in step
        while time.monotonic() < until:
            try:
                if rng.random() < p_push:
                    await push(client, r, figures)
                else:
                    await poll(client, r, figures)
            except httpx.HTTPError as exc:
                figures.errors[type(exc).__name__] = figures.errors.get(type(exc).__name__, 0) + 1
            await asyncio.sleep(min(rng.expovariate(1 / interval), max(0.0, until - time.monotonic())))


def sample_lock(conn: psycopg.Connection[Any], until: float, out: dict[str, int]) -> None:
    """Every 50 ms: is a writing transaction waiting for the commit-order lock (``SEQ_LOCK_KEY``)? (A thread,
    on a connection opened before the load.)"""
    hi, lo = SEQ_LOCK_KEY >> 32, SEQ_LOCK_KEY & 0xFFFFFFFF
    while time.monotonic() < until:
        waiting, holding = conn.execute(
            "SELECT count(*) FILTER (WHERE NOT granted), count(*) FILTER (WHERE granted) FROM pg_locks "
            "WHERE locktype = 'advisory' AND classid = %s AND objid = %s",
            (hi, lo),
        ).fetchone()  # type: ignore[misc]
        out["samples"] += 1
        out["held"] += int(holding > 0)
        out["waited"] += int(waiting > 0)
        out["waiters"] += waiting
        time.sleep(0.05)


async def idle_baseline(url: str, replicas: list[Replica], figures: Figures) -> None:
    async with httpx.AsyncClient(base_url=url, timeout=60) as client:
        for r in replicas[:20]:
            await poll(client, r, figures)
            await push(client, r, figures)
            await poll(client, r, figures)


async def run_load(
    url: str, conn: psycopg.Connection[Any], replicas: list[Replica], args: argparse.Namespace
) -> tuple[Figures, dict[str, int], float]:
    figures = Figures()
    lock = {"samples": 0, "held": 0, "waited": 0, "waiters": 0}
    # Each replica its own client (its own connection), made before the clock starts, sharing one TLS context
    # (unused over http, but made per client otherwise: 500 of them block the loop for seconds).
    tls = ssl.create_default_context()
    clients = [httpx.AsyncClient(base_url=url, timeout=60, verify=tls) for _ in replicas]
    started = time.monotonic()
    until = started + args.duration
    rng = random.Random(args.seed)
    await asyncio.gather(
        asyncio.to_thread(sample_lock, conn, until, lock),
        *(
            replica_loop(client, r, figures, until, args.interval, args.push, random.Random(rng.random()))
            for client, r in zip(clients, replicas, strict=True)
        ),
    )
    return figures, lock, time.monotonic() - started


def table(figures: Figures, title: str) -> None:
    say(f"{title}")
    say("| request | count | p50 ms | p95 ms | p99 ms | server p50 ms | server p99 ms |")
    say("|---|---:|---:|---:|---:|---:|---:|")
    for kind in sorted(figures.total):
        t, s = figures.total[kind], figures.server.get(kind, [])
        say(
            f"| {kind} | {len(t)} | {pct(t, 0.5):.0f} | {pct(t, 0.95):.0f} | {pct(t, 0.99):.0f} | {pct(s, 0.5):.0f} | "
            f"{pct(s, 0.99):.0f} |"
        )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--learners", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--replicas", type=int, default=500)
    p.add_argument("--instructors", type=int, default=20, help="how many of the replicas are course staff")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--duration", type=float, default=60.0, help="seconds of load")
    p.add_argument("--interval", type=float, default=5.0, help="mean seconds between a replica's requests")
    p.add_argument("--push", type=float, default=0.1, help="share of requests that are pushes")
    p.add_argument(
        "--pg-url", default=os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    p.add_argument("--reuse-seed", metavar="NAME")
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    name, data_dir = prepare_database(args, work)
    db_url = _db_url(args.pg_url, name)
    server = None
    try:
        sdb = ServerDB(Settings(database_url=db_url, data_dir=data_dir))
        started = time.perf_counter()
        replicas = make_replicas(sdb, args.replicas, args.instructors)
        sdb.dispose()
        staff = sum(r.table == "discussions" for r in replicas)
        say(
            f"{len(replicas)} replicas ({staff} instructors, {len(replicas) - staff} learners) ready in "
            f"{time.perf_counter() - started:.1f} s"
        )
        dsn = sa.make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
        conn = psycopg.connect(
            dsn, autocommit=True
        )  # the lock sampler's, opened before the server's pools fill
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(db_url, data_dir, port, work / "server.log", workers=args.workers, timeout=90)
        baseline = Figures()
        asyncio.run(idle_baseline(url, replicas, baseline))
        say(
            f"server: serve --workers {args.workers}; load: {args.duration:.0f} s, a request every "
            f"{args.interval:.1f} s per replica on average ({len(replicas) / args.interval:.0f} requests/s offered), "
            f"{args.push:.0%} pushes"
        )
        figures, lock, seconds = asyncio.run(run_load(url, conn, replicas, args))
        conn.close()
        done = sum(len(v) for v in figures.total.values())
        say("")
        table(baseline, "Baseline: an idle server, one request at a time (20 replicas)")
        say("")
        table(
            figures,
            f"Under load: {len(replicas)} replicas, {done} requests in {seconds:.0f} s = "
            f"{done / seconds:.0f} requests/s",
        )
        say(
            f"errors: {sum(figures.errors.values())} {figures.errors or ''}; mutation results: {figures.statuses}"
        )
        if lock["samples"]:
            say(
                f"commit-order lock (seq): held in {lock['held'] / lock['samples']:.0%} of {lock['samples']} samples, "
                f"a transaction waiting for it in {lock['waited'] / lock['samples']:.0%} "
                f"(mean waiters {lock['waiters'] / lock['samples']:.2f})"
            )
        pushes = [k for k in figures.total if k.startswith("push")]
        if pushes:
            t, s = figures.total[pushes[0]], figures.server.get(pushes[0], [])
            say(
                f"push: server time {statistics.mean(s):.0f} ms of {statistics.mean(t):.0f} ms mean "
                f"(the rest waits for a worker or the network)"
            )
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
        if not args.keep:
            _drop(args.pg_url, name)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
