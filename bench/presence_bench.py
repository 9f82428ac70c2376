"""What noting a sync costs (issue 20, must-have 5: the facilitator's view).

A server in this process (SQLite as a workshop hub, or PostgreSQL with ``--pg URL``), a small world of users
(``tests/server/world.py``), one learner pulled to the end of the log. Then, over HTTP, ``--polls`` polls
with ``If-None-Match`` (each a ``304``):
  (a) quiet: the replica's row was written a moment ago, so the polls write nothing (``presence.QUIET_SECONDS``);
  (b) noted: the quiet memory is cleared before each poll, so each poll writes its upsert (what every poll
      would cost without the memory, and what a pull page that brings rows or a push costs on top);
and the upsert alone (``presence.note``), ``--polls`` times. Medians and 90th percentiles in milliseconds.

    .venv/bin/python bench/presence_bench.py [--polls 300] [--pg postgresql://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from bootcamp_server.access.principal import load_principal  # noqa: E402
from bootcamp_server.app import create_app  # noqa: E402
from bootcamp_server.db import SERVICE, ServerDB  # noqa: E402
from bootcamp_server.schema import migrate  # noqa: E402
from bootcamp_server.settings import Settings  # noqa: E402
from bootcamp_server.sync import presence  # noqa: E402
from tests.server.conftest import free_port, run_live  # noqa: E402
from tests.server.world import build_world  # noqa: E402


def stats(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    return f"median {statistics.median(ms):.2f} ms, p90 {ms[int(len(ms) * 0.9)]:.2f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--polls", type=int, default=300)
    ap.add_argument("--pg", help="a PostgreSQL admin URL: a throwaway database is made there")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="presence-bench-"))
    admin = None
    if args.pg:
        admin = sa.create_engine(
            sa.make_url(args.pg).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
        )
        name = f"presence_bench_{uuid.uuid4().hex[:8]}"
        with admin.connect() as c:
            c.exec_driver_sql(f'CREATE DATABASE "{name}"')
        url = sa.make_url(args.pg).set(database=name).render_as_string(hide_password=False)
    else:
        name, url = "", f"sqlite:///{root / 'hub.db'}"
    port = free_port()
    settings = Settings(database_url=url, data_dir=root, issuer=f"http://127.0.0.1:{port}")
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    world = build_world(sdb)
    server, thread = run_live(create_app(settings), port)
    headers = {
        "Authorization": f"Bearer {world.tokens['learner']}",
        "Bootcamp-Protocol": "2",
        "Bootcamp-Client": str(uuid.uuid4()),
        "User-Agent": "bootcamp-desktop/0.1.0",
    }
    try:
        with httpx.Client(base_url=settings.issuer, timeout=30) as http:
            cursor = None
            while True:
                page = http.get(
                    "/api/v1/sync/pull", params={"cursor": cursor} if cursor else {}, headers=headers
                ).json()
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
            poll = {**headers, "If-None-Match": f'"{cursor}"'}
            for _ in range(20):  # warm up
                http.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=poll)
            quiet, noted = [], []
            for i in range(args.polls * 2):
                if i % 2:
                    presence._written.clear()
                started = time.perf_counter()
                r = http.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=poll)
                (noted if i % 2 else quiet).append(time.perf_counter() - started)
                assert r.status_code == 304, r.status_code
        with sdb.read(SERVICE) as s:
            principal = load_principal(s, world.users["learner"])
        assert principal is not None
        seen = presence.Seen("bench", "0.1.0", None, 2)
        alone = []
        for _ in range(args.polls):
            started = time.perf_counter()
            presence.note(sdb, principal, seen, pushed=1)
            alone.append(time.perf_counter() - started)
        print(f"database: {sdb.engine.dialect.name}; {args.polls} polls of each kind, interleaved")
        print(f"  (a) 304 poll, quiet (no write):   {stats(quiet)}")
        print(f"  (b) 304 poll, noted (one upsert): {stats(noted)}")
        print(f"  the upsert alone (presence.note): {stats(alone)}")
    finally:
        server.should_exit = True
        thread.join(20)
        sdb.dispose()
        if admin is not None:
            with admin.connect() as c:
                c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
