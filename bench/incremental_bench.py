"""Incremental sync (issue 16, must-have 1): a sync that brings k changed rows to a large replica, against
PouchDB replicating k changed documents into a replica of the same size, measured in the same run.

The demo instructor's replica (``--learners 2000``: about 220,000 rows) is filled by a first sync; then, for
each k, k ``lesson_progress`` rows of the instructor's courses change on the server (one transaction) and the
replica syncs. Printed for each k: the sync without the full checkpoint (what a sync costs now), the same with
the full checkpoint asked for (the replica's scheduled verification; what every sync cost before), and
PouchDB's ``replicate.from`` of k changed documents into a replica of the same number of documents
(bench/pouch_baseline.js, when ``--pouch-modules`` names a node_modules directory holding pouchdb-node,
express-pouchdb and express).

    npm install --prefix /tmp/pouch pouchdb-node@9 express-pouchdb@4 express@4
    .venv/bin/python bench/incremental_bench.py --reuse-seed bench_seed_2000 --pouch-modules /tmp/pouch/node_modules
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sqlalchemy as sa
from sync_bench import (
    USERS,
    Breakdown,
    _db_url,
    _drop,
    free_port,
    new_engine,
    prepare_database,
    replica_counts,
    say,
    start_server,
)
from wire import WireLog

from bootcamp_core.models import Enrollment, LessonProgress, User
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.repair import request_verification
from bootcamp_server.db import ServerDB
from bootcamp_server.oauth.tokens import issue_access_token
from bootcamp_server.settings import Settings


def change_rows(sdb: ServerDB, user_id: Any, k: int, offset: int) -> None:
    """k progress rows of the courses the user staffs, one more minute each, in one server transaction."""
    with sdb.owner() as s:
        staffed = (
            sa.select(sa.text("course_id"))
            .select_from(sa.text("course_staff"))
            .where(sa.text("user_id = :u"))
            .params(u=user_id)
        )
        ids = s.scalars(
            sa.select(LessonProgress.id)
            .join(Enrollment, Enrollment.id == LessonProgress.enrollment_id)
            .where(Enrollment.course_id.in_(staffed))
            .order_by(LessonProgress.id)
            .offset(offset)
            .limit(k)
        ).all()
        assert len(ids) == k, f"only {len(ids)} progress rows to change"
        s.execute(
            sa.update(LessonProgress)
            .where(LessonProgress.id.in_(ids))
            .values(time_spent_minutes=sa.func.coalesce(LessonProgress.time_spent_minutes, 0) + 1)
        )


def timed_sync(engine: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    report = asyncio.run(engine.run())
    return report, time.perf_counter() - started


def pouch(modules: str, docs: int, ks: list[int], repeats: int) -> dict[str, Any] | None:
    node = shutil.which("node")
    if not node or not Path(modules, "pouchdb-node").exists():
        say(f"  (no PouchDB baseline: node or {modules}/pouchdb-node missing)")
        return None
    out = subprocess.run(
        [
            node,
            str(ROOT / "bench" / "pouch_baseline.js"),
            "--docs",
            str(docs),
            "--changes",
            ",".join(map(str, ks)),
            "--repeats",
            str(repeats),
        ],
        env={**os.environ, "NODE_PATH": modules},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--learners", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--user", default="instructor")
    p.add_argument("--changes", default="1,1000", help="the k of each measured sync")
    p.add_argument("--repeats", type=int, default=3, help="syncs per k (the fastest counts)")
    p.add_argument(
        "--pg-url", default=os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    p.add_argument(
        "--reuse-seed", metavar="NAME", help="keep the seeded database as template NAME and clone it"
    )
    p.add_argument(
        "--pouch-modules", metavar="DIR", help="node_modules with pouchdb-node and express-pouchdb"
    )
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    ks = [int(k) for k in args.changes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    name, data_dir = prepare_database(args, work)
    db_url = _db_url(args.pg_url, name)
    server = None
    try:
        sdb = ServerDB(Settings(database_url=db_url, data_dir=data_dir))
        with sdb.owner() as s:
            user_id = s.scalar(sa.select(User.id).where(User.email == USERS.get(args.user, args.user)))
            token = issue_access_token(s, user_id, 6 * 3600).access_token
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(db_url, data_dir, port, work / "server.log")
        replica = open_replica(work / "replica")
        engine = new_engine(replica, url, token, WireLog(), work / "blobs")
        report, first = timed_sync(engine)
        rows = sum(replica_counts(replica).values())
        say(f"first sync of the {args.user}'s replica: {rows:,} rows in {first:.1f} s")
        ours: dict[int, tuple[float, float, int]] = {}
        offset = 0
        for k in ks:
            plain, verified, requests, where = float("inf"), float("inf"), 0, ""
            for _ in range(args.repeats):
                change_rows(sdb, user_id, k, offset)
                offset += k
                with Breakdown() as breakdown:
                    report, seconds = timed_sync(engine)
                assert report.pull.changes >= k, report.pull
                if seconds < plain:
                    plain, requests = seconds, report.requests
                    where = ", ".join(f"{n} {v * 1000:.0f} ms" for n, v in breakdown.seconds.items())
            for _ in range(args.repeats):
                change_rows(sdb, user_id, k, offset)
                offset += k
                request_verification(replica, url)
                report, seconds = timed_sync(engine)
                assert report.pull.checkpoint is not None and report.repaired == [], report.repaired
                verified = min(verified, seconds)
            ours[k] = (plain, verified, requests)
            say(
                f"  k={k}: sync {plain * 1000:.0f} ms ({requests} requests: {where}); with the full checkpoint "
                f"{verified * 1000:.0f} ms"
            )
        baseline = pouch(args.pouch_modules, rows, ks, args.repeats) if args.pouch_modules else None
        say("")
        say(
            f"| changed rows k | this sync | with full checkpoint (before) | PouchDB ({rows:,} docs) | "
            "this / PouchDB | before / this |"
        )
        say("|---:|---:|---:|---:|---:|---:|")
        for k in ks:
            plain, verified, _ = ours[k]
            pd = baseline["sync"].get(str(k)) if baseline else None
            pd_text = f"{pd * 1000:.0f} ms" if pd else "n/a"
            ratio = f"{plain / pd:.2f}x" if pd else "n/a"
            say(
                f"| {k:,} | {plain * 1000:.0f} ms | {verified * 1000:.0f} ms | {pd_text} | {ratio} | "
                f"{verified / plain:.1f}x |"
            )
        if baseline:
            say(
                f"(PouchDB's first replication of {rows:,} documents: {baseline['first_seconds']:.1f} s; "
                f"this replica's first sync: {first:.1f} s)"
            )
        sdb.dispose()
        return 0
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        if not args.keep:
            _drop(args.pg_url, name)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
