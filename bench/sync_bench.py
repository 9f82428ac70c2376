"""Sync benchmarks (issue 4, must-have 8), every figure against a baseline measured in the same run.

  (a) the first sync of an empty replica of the demo bootcamp (``--learners 2000``: about 300,000 rows)
      against a raw copy of the same rows: PostgreSQL ``COPY ... TO STDOUT`` and one SQLite
      ``executemany`` per table, in one transaction (bench/rawcopy.py); goal: at most 1.5 times;
  (b) bytes on the wire per synced row, against the same rows compressed with zstd;
  (c) a sync with nothing to do: requests and bytes (headers included), time against one plain request;
  (d) a push of 10,000 offline mutations made through the real outbox, against the same 10,000 inserts
      done directly in PostgreSQL (``executemany``, one transaction).

It creates a fresh PostgreSQL database (``--pg-url`` names the server; user postgres, trust), migrates
it, seeds the demo bootcamp, starts ``bootcamp-server serve`` in a subprocess and issues a token for the
chosen user. Nothing is cached across runs unless ``--reuse-seed NAME`` says so (the seeded database
is then kept as a template named NAME and cloned for each run).

    .venv/bin/python bench/sync_bench.py                 # the full size (takes a few minutes)
    .venv/bin/python bench/sync_bench.py --quick         # a smoke run
    .venv/bin/python bench/sync_bench.py --user instructor   # the demo instructor's replica instead

The default user is the demo admin, who sees every row (293,622 at --learners 2000); the demo instructor
sees about 220,000. The first sync is also broken down by stage (instrumentation only), so a regression
shows where it lies.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import datetime as dt
import gzip
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, Self

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx
import psycopg
import sqlalchemy as sa
import zstandard

from bootcamp_core import demo
from bootcamp_core.models import Discussion, DiscussionReply, User, uuid7
from bootcamp_core.models.db import Database
from bootcamp_core.protocol import registry
from bootcamp_desktop.replica import open_replica, replica_path
from bootcamp_desktop.sync.engine import SyncEngine
from bootcamp_desktop.sync.outbox import local_write, pending_count
from bootcamp_desktop.sync.progress import ignore
from bootcamp_desktop.sync.push import push_stage
from bootcamp_desktop.sync.tokens import Tokens, TokenStore
from bootcamp_server.access.principal import load_principal
from bootcamp_server.db import ServerDB
from bootcamp_server.oauth.tokens import issue_access_token
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rawcopy import copy_text, raw_copy
from wire import CountingTransport, WireLog

DEMO_DAY = dt.date(2026, 11, 25)
USERS = {
    "admin": demo.DEMO_ADMIN_EMAIL,
    "instructor": demo.DEMO_INSTRUCTOR_EMAIL,
    "facilitator": demo.DEMO_FACILITATOR_EMAIL,
    "learner": demo.DEMO_LEARNER_EMAIL,
}
PULL = "/api/v1/sync/pull"
BOOTSTRAP = "/api/v1/sync/bootstrap"  # a first sync's pages (sync/bootstrap.py)
PAGES = (PULL, BOOTSTRAP)
GOAL = 1.5


class MemoryTokens(TokenStore):
    def __init__(self, server_url: str, tokens: Tokens) -> None:
        super().__init__(server_url, "bench-replica")
        self.tokens: Tokens | None = tokens

    def load(self) -> Tokens | None:
        return self.tokens

    def save(self, tokens: Tokens) -> None:
        self.tokens = tokens

    def clear(self) -> None:
        self.tokens = None


def say(text: str) -> None:
    print(text, flush=True)


# -- the server's database ----------------------------------------------------------------------------------
def _admin_engine(pg_url: str) -> sa.Engine:
    return sa.create_engine(
        sa.make_url(pg_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )


def _db_url(pg_url: str, name: str) -> str:
    return (
        sa.make_url(pg_url).set(drivername="postgresql", database=name).render_as_string(hide_password=False)
    )


def _exists(pg_url: str, name: str) -> bool:
    with _admin_engine(pg_url).connect() as c:
        return (
            c.execute(sa.text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).first()
            is not None
        )


def _drop(pg_url: str, name: str) -> None:
    with _admin_engine(pg_url).connect() as c:
        c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def seed_database(pg_url: str, name: str, data_dir: Path, learners: int, seed: int) -> tuple[float, int]:
    """Create, migrate and seed database ``name``; (seconds spent seeding, rows inserted)."""
    with _admin_engine(pg_url).connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    settings = Settings(database_url=_db_url(pg_url, name), data_dir=data_dir)
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    started = time.perf_counter()
    with sdb.owner() as s:
        summary = demo.generate_demo(
            s, blobs_dir=settings.blobs_dir, seed=seed, learners=learners, today=DEMO_DAY
        )
    seconds = time.perf_counter() - started
    with sdb.owner() as s:
        s.execute(sa.text("ANALYZE"))
    sdb.dispose()
    return seconds, summary.total_rows


def prepare_database(args: argparse.Namespace, work: Path) -> tuple[str, Path]:
    """A freshly seeded database for this run: (name, server data directory)."""
    name = f"bench_sync_{os.getpid()}_{int(time.time())}"
    data_dir = work / "server"
    if not args.reuse_seed:
        say(f"seeding a fresh database {name} with --learners {args.learners} ...")
        seconds, rows = seed_database(args.pg_url, name, data_dir, args.learners, args.seed)
        say(f"  seeded {rows:,} rows in {seconds:.1f} s")
        return name, data_dir
    template = args.reuse_seed
    template_dir = Path(tempfile.gettempdir()) / f"bootcamp-bench-seed-{template}"
    if not _exists(args.pg_url, template):
        say(f"seeding the reusable database {template} with --learners {args.learners} ...")
        seconds, rows = seed_database(args.pg_url, template, template_dir, args.learners, args.seed)
        say(f"  seeded {rows:,} rows in {seconds:.1f} s (kept as a template: --reuse-seed {template})")
    else:
        say(
            f"reusing the seeded database {template} (--reuse-seed; its learner count is what it was seeded with)"
        )
    started = time.perf_counter()
    with _admin_engine(args.pg_url).connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    data_dir.mkdir(parents=True)
    if (template_dir / "blobs").exists():
        (data_dir / "blobs").symlink_to(template_dir / "blobs")
    say(f"  cloned into {name} in {time.perf_counter() - started:.1f} s")
    return name, data_dir


# -- the server ---------------------------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    db_url: str, data_dir: Path, port: int, log_path: Path, *, workers: int = 1, timeout: float = 60
) -> subprocess.Popen[bytes]:
    """``bootcamp-server serve`` as its own process on an existing database, once it answers."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bootcamp_server",
            "serve",
            "--no-migrate",
            "--database-url",
            db_url,
            "--data-dir",
            str(data_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=str(ROOT),
    )
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited ({proc.returncode}); see {log_path}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/sync/info", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    proc.terminate()
    raise RuntimeError(f"the server did not start; see {log_path}")


# -- helpers ------------------------------------------------------------------------------------------------
def replica_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            t: s.scalar(sa.select(sa.func.count()).select_from(registry()[t].table)) or 0 for t in registry()
        }


def replica_ids(db: Database) -> dict[str, list[uuid.UUID]]:
    with db.session() as s:
        return {t: list(s.scalars(sa.select(registry()[t].table.c.id))) for t in registry()}


def compare_replicas(synced: Path, raw: Path, skip: set[str]) -> dict[str, int]:
    """Rows of each table that differ between the two replicas (both directions)."""
    conn = sqlite3.connect(synced)
    conn.execute("ATTACH DATABASE ? AS raw", (str(raw),))
    out = {}
    for table, ts in registry().items():
        if table in skip:
            continue
        cols = ", ".join(f'"{c}"' for c in ts.columns)
        a = conn.execute(
            f'SELECT count(*) FROM (SELECT {cols} FROM main."{table}" EXCEPT SELECT {cols} FROM raw."{table}")'
        ).fetchone()[0]
        b = conn.execute(
            f'SELECT count(*) FROM (SELECT {cols} FROM raw."{table}" EXCEPT SELECT {cols} FROM main."{table}")'
        ).fetchone()[0]
        if a or b:
            out[table] = a + b
    conn.close()
    return out


def decompress(encoding: str, body: bytes) -> bytes:
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "zstd":
        return zstandard.ZstdDecompressor().decompressobj().decompress(body)
    return body


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"


def new_engine(db: Database, url: str, token: str, log: WireLog, blobs: Path) -> SyncEngine:
    store = MemoryTokens(url, Tokens(token, None, time.time() + 6 * 3600))
    return SyncEngine(
        db, url, client_id=str(uuid.uuid4()), store=store, blobs_root=blobs, transport=CountingTransport(log)
    )


class Breakdown:
    """Where a sync's time goes: the engine's stages, and inside the pull the page parsing (event loop),
    the page storing and the apply (worker thread). Wraps the sync modules' functions (instrumentation
    only: a few clock readings per page)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._saved: list[tuple[Any, str, Any]] = []

    def _wrap(self, module: Any, name: str, label: str) -> None:
        original = getattr(module, name)
        seconds = self.seconds

        if asyncio.iscoroutinefunction(original):

            async def timed(*args: Any, **kwargs: Any) -> Any:
                started = time.perf_counter()
                try:
                    return await original(*args, **kwargs)
                finally:
                    seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - started
        else:

            def timed(*args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
                started = time.perf_counter()
                try:
                    return original(*args, **kwargs)
                finally:
                    seconds[label] = seconds.get(label, 0.0) + time.perf_counter() - started

        self._saved.append((module, name, original))
        setattr(module, name, timed)

    def __enter__(self) -> Self:
        from bootcamp_desktop.sync import bootstrap as bootstrap_module
        from bootcamp_desktop.sync import engine as engine_module
        from bootcamp_desktop.sync import pull as pull_module

        for name in ("push_stage", "pull_stage", "repair_stage", "index_stage"):
            if hasattr(engine_module, name):
                self._wrap(engine_module, name, name.removesuffix("_stage"))
        self._wrap(pull_module, "_validate_page", "pull: parse pages")
        self._wrap(pull_module, "store_page", "pull: store pages")
        self._wrap(pull_module, "apply_changes", "pull: apply (in store)")
        self._wrap(bootstrap_module, "check_page", "bootstrap: check pages")
        self._wrap(bootstrap_module, "store", "bootstrap: store pages")
        self._wrap(bootstrap_module, "apply_changes", "bootstrap: apply (in store)")
        return self

    def __exit__(self, *exc: object) -> None:
        for module, name, original in reversed(self._saved):
            setattr(module, name, original)

    def text(self) -> str:
        return ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items())


def run_sync(engine: SyncEngine, profile: Path | None = None) -> tuple[Any, float]:
    profiler = cProfile.Profile() if profile else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    report = asyncio.run(engine.run())
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    return report, time.perf_counter() - started


def start_py_spy(pid: int, out: Path) -> subprocess.Popen[bytes]:
    """Sample the server process (py-spy, collapsed stacks) until ``stop_py_spy``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    proc = subprocess.Popen(
        [spy, "record", "--pid", str(pid), "--format", "raw", "--rate", "200", "--gil", "--output", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    return proc


def stop_py_spy(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(60)
    except subprocess.TimeoutExpired:
        proc.kill()


def one_request_seconds(url: str, repeats: int) -> float:
    """Baseline of (c): a fresh client making one plain request (what a sync with nothing to do must beat)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()

        async def go() -> None:
            async with httpx.AsyncClient(base_url=url) as c:
                (await c.get("/api/v1/sync/info")).raise_for_status()

        asyncio.run(go())
        best = min(best, time.perf_counter() - started)
    return best


# -- the benchmark ------------------------------------------------------------------------------------------
def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--learners", type=int, default=2000, help="demo size (2000: about 300,000 rows)")
    p.add_argument("--quick", action="store_true", help="a smoke run: 100 learners, 1,000 mutations")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--user",
        default="admin",
        help="whose replica: admin, instructor, facilitator, learner or an email (default admin: "
        "at --learners 2000 the demo instructor sees about 220,000 rows, the admin all of them)",
    )
    p.add_argument("--mutations", type=int, default=10_000, help="offline mutations pushed in (d)")
    p.add_argument(
        "--raw-repeats", type=int, default=2, help="raw copies measured in (a); the fastest counts"
    )
    p.add_argument(
        "--pg-url", default=os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    )
    p.add_argument(
        "--reuse-seed",
        metavar="NAME",
        help="keep the seeded database as template NAME and reuse it in later runs (explicit cache)",
    )
    p.add_argument("--keep", action="store_true", help="keep this run's database and files")
    p.add_argument("--profile", metavar="DIR", help="write cProfile stats of the client's first sync to DIR")
    p.add_argument("--page-limit", type=int, help="rows per pull page (default: the client's PAGE_LIMIT)")
    p.add_argument(
        "--py-spy",
        metavar="DIR",
        help="sample with py-spy (pip install py-spy; samples of the thread holding the GIL) the server "
        "and this process during the first sync, and the server during the push, into DIR",
    )
    args = p.parse_args()
    if args.quick:
        args.learners = min(args.learners, 100)
        args.mutations = min(args.mutations, 1000)

    if args.page_limit:
        from bootcamp_desktop.sync import pull as pull_module

        pull_module.PAGE_LIMIT = args.page_limit
    work = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    name, data_dir = prepare_database(args, work)
    db_url = _db_url(args.pg_url, name)
    dsn = sa.make_url(db_url).render_as_string(hide_password=False)
    server: subprocess.Popen[bytes] | None = None
    figures: list[tuple[str, str, str, str]] = []
    try:
        settings = Settings(database_url=db_url, data_dir=data_dir)
        sdb = ServerDB(settings)
        email = USERS.get(args.user, args.user)
        with sdb.owner() as s:
            user_id = s.scalar(sa.select(User.id).where(User.email == email))
            if user_id is None:
                raise SystemExit(f"no user {email}")
            principal = load_principal(s, user_id)
            token = issue_access_token(s, user_id, 6 * 3600).access_token
        sdb.dispose()
        assert principal is not None
        is_admin = principal.is_admin
        say(
            f"user: {email} (roles: {', '.join(sorted(principal.roles))}; staff of {len(principal.staff)} courses)"
        )

        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_server(db_url, data_dir, port, work / "server.log")
        say(f"server: bootcamp-server serve at {url} (pid {server.pid}; log {work / 'server.log'})")

        # (a) first sync ---------------------------------------------------------------------------------
        log = WireLog(keep_bodies_for=PAGES)
        replica = open_replica(work / "replica")
        engine = new_engine(replica, url, token, log, work / "blobs")
        say("(a) first sync of an empty replica ...")
        profile = Path(args.profile) / "first_sync.prof" if args.profile else None
        if profile:
            profile.parent.mkdir(parents=True, exist_ok=True)
        spies = (
            [
                start_py_spy(server.pid, Path(args.py_spy) / "server_first_sync.txt"),
                start_py_spy(os.getpid(), Path(args.py_spy) / "client_first_sync.txt"),
            ]
            if args.py_spy
            else []
        )
        started = time.perf_counter()
        try:
            with Breakdown() as breakdown:
                report, sync_seconds = run_sync(engine, profile)
        except Exception as exc:  # noqa: BLE001 - a failed first sync is a figure too
            message = " ".join(f"{type(exc).__name__}: {exc}".split())
            say(f"  !! the first sync FAILED after {time.perf_counter() - started:.1f} s: {message[:400]}")
            return 1
        finally:
            for spy in spies:
                stop_py_spy(spy)
        counts = replica_counts(replica)
        rows = sum(counts.values())
        http_seconds = log.http_seconds
        pulls = [e for e in log.exchanges if e.path in PAGES]
        say(
            f"  {rows:,} rows in {sync_seconds:.1f} s: {report.pull.pages} pages, {report.requests} requests, "
            f"repaired {report.repaired or 'nothing'}; HTTP exchanges {http_seconds:.1f} s in all (a page is "
            f"fetched while the one before is stored, so they overlap the client's work)"
        )
        say(f"  breakdown: {breakdown.text()}")
        pulled_bodies = [(enc, body) for path, enc, body in log.bodies if path in PAGES]
        first_received = log.received
        first_engine_bytes = report.bytes_received
        first_requests = report.requests

        tables = list(registry())
        ids = None if is_admin else replica_ids(replica)
        raws = []
        for i in range(max(1, args.raw_repeats)):
            target = work / f"raw{i}"
            open_replica(target).dispose()  # the schema, not timed
            raws.append(raw_copy(dsn, replica_path(target), tables, filtered=not is_admin, ids=ids))
        raw = min(raws, key=lambda r: r.seconds)
        say(
            f"  raw copy: {raw.total_rows:,} rows in "
            + ", ".join(f"{r.seconds:.1f} s" for r in raws)
            + f" (COPY {raw.copy_seconds:.1f} s, convert {raw.convert_seconds:.1f} s, "
            f"SQLite {raw.insert_seconds:.1f} s)"
        )
        if raw.total_rows != rows:
            say(f"  !! the raw copy has {raw.total_rows:,} rows, the replica {rows:,}")
        differ = compare_replicas(
            replica_path(work / "replica"), replica_path(work / "raw0"), set() if is_admin else {"users"}
        )
        say(
            "  the synced replica and the raw copy hold the same rows"
            if not differ
            else f"  !! rows that differ between the synced replica and the raw copy: {differ}"
        )
        figures.append(
            (
                "(a) first sync",
                f"{sync_seconds:.1f} s",
                f"raw copy {raw.seconds:.1f} s",
                f"{ratio(sync_seconds, raw.seconds)} (goal <= {GOAL}x)",
            )
        )

        # (b) bytes on the wire --------------------------------------------------------------------------
        wire_body = sum(e.response_body_bytes for e in pulls)
        wire_all = first_received
        plain = [decompress(enc, body) for enc, body in pulled_bodies]
        plain_bytes = sum(len(b) for b in plain)
        zstd_pages = len(zstandard.ZstdCompressor(level=3).compress(b"".join(plain)))
        wire_rows = []
        for body in plain:
            if not body:  # a 304: nothing new
                continue
            page = json.loads(body)
            for change in page.get("changes", []):
                if change.get("row") is not None:
                    wire_rows.append(json.dumps(change["row"], separators=(",", ":")))
            for part in page.get(
                "tables", []
            ):  # a bootstrap page: rows as arrays, the same rows as objects here
                for values in part["rows"]:
                    wire_rows.append(
                        json.dumps(dict(zip(part["columns"], values, strict=True)), separators=(",", ":"))
                    )
        zstd_rows = len(zstandard.ZstdCompressor(level=3).compress("\n".join(wire_rows).encode()))
        text = copy_text(dsn, tables, filtered=not is_admin, ids=ids)
        zstd_copy = len(zstandard.ZstdCompressor(level=3).compress(text))
        encodings = sorted({e.content_encoding for e in pulls})
        say(
            f"(b) pull answers: {wire_body:,} bytes on the wire ({', '.join(encodings)}), {plain_bytes:,} bytes of "
            f"JSON; everything received, headers included: {wire_all:,} bytes; "
            f"SyncClient.bytes_received said {first_engine_bytes:,} bytes for {first_requests} requests"
        )

        def per(n: float) -> float:
            return n / rows if rows else 0.0

        say(
            f"  per row: wire {per(wire_all):.1f} B; uncompressed JSON {per(plain_bytes):.1f} B; "
            f"zstd-3 of the same pages {per(zstd_pages):.1f} B; zstd-3 of the JSON rows alone "
            f"{per(zstd_rows):.1f} B; zstd-3 of the COPY text of the same rows {per(zstd_copy):.1f} B "
            f"(COPY text itself {per(len(text)):.1f} B)"
        )
        figures.append(
            (
                "(b) bytes per synced row",
                f"{per(wire_all):.1f} B",
                f"zstd rows {per(zstd_rows):.1f} B / COPY {per(zstd_copy):.1f} B",
                f"{ratio(wire_all, zstd_rows)} / {ratio(wire_all, zstd_copy)}",
            )
        )
        del plain, wire_rows, text, pulled_bodies
        log.bodies.clear()

        # (c) nothing to do ------------------------------------------------------------------------------
        times = []
        for _ in range(5):
            log.reset()
            again, seconds = run_sync(engine)
            times.append(seconds)
        noop = min(times)
        base = one_request_seconds(url, 5)
        say(
            f"(c) a sync with nothing to do: {again.requests} request(s), {again.pull.changes} changes; "
            f"engine counted {again.bytes_received} bytes received; on the wire {log.sent} bytes sent and "
            f"{log.received} received ({log.header_bytes} of them headers); "
            + "; ".join(f"{e.method} {e.path} -> {e.status}" for e in log.exchanges)
        )
        say(
            f"  time {noop * 1000:.0f} ms (best of 5) against one plain request with a fresh client "
            f"{base * 1000:.0f} ms"
        )
        figures.append(
            (
                "(c) sync with nothing to do",
                f"{again.requests} req, {log.sent + log.received} B",
                f"one request {base * 1000:.0f} ms",
                f"{noop * 1000:.0f} ms = {ratio(noop, base)}",
            )
        )

        # (d) push of offline mutations ----------------------------------------------------------------
        n = args.mutations
        with replica.session() as s:
            threads = list(s.scalars(sa.select(Discussion.id).order_by(Discussion.id)))
        started = time.perf_counter()
        made = 0
        while made < n:
            with local_write(replica) as s:
                for i in range(made, min(n, made + 1000)):
                    s.add(
                        DiscussionReply(
                            id=uuid7(),
                            discussion_id=threads[i % len(threads)],
                            author_id=user_id,
                            content=f"offline reply {i}: written on the bus to Antsirabe",
                        )
                    )
            made = min(n, made + 1000)
        outbox_seconds = time.perf_counter() - started
        with replica.session() as s:
            pending = pending_count(s)
        say(
            f"(d) {n:,} replies written offline through the outbox in {outbox_seconds:.1f} s; {pending:,} pending"
        )
        log.reset()

        async def push_only() -> dict[str, int]:
            async with engine.client() as client:
                await client.access_token()
                return (await push_stage(replica, client, engine.client_id, ignore, None)).counts

        spy = start_py_spy(server.pid, Path(args.py_spy) / "server_push.txt") if args.py_spy else None
        started = time.perf_counter()
        pushed = asyncio.run(push_only())
        push_seconds = time.perf_counter() - started
        if spy is not None:
            stop_py_spy(spy)
        push_http = log.http_seconds
        say(
            f"  push stage: {pushed} in {push_seconds:.1f} s ({log.requests} requests, {log.sent:,} bytes sent, "
            f"{log.received:,} received; waiting on the server {push_http:.1f} s)"
        )
        with replica.session() as s:
            left = pending_count(s)
        if left:
            say(f"  !! {left} mutations still pending")

        # Baseline: the same inserts straight into PostgreSQL, one transaction.
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        values = [
            (
                uuid7(),
                threads[i % len(threads)],
                user_id,
                f"direct reply {i}: written on the bus to Antsirabe",
                False,
                0,
                now,
                now,
            )
            for i in range(n)
        ]
        with psycopg.connect(dsn) as pg:
            started = time.perf_counter()
            with pg.cursor() as cur:
                cur.executemany(
                    "INSERT INTO discussion_replies (id, discussion_id, author_id, content, is_solution, helpful_votes,"
                    " created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                    values,
                )
            pg.commit()
            direct_seconds = time.perf_counter() - started
        say(
            f"  the same {n:,} inserts directly in PostgreSQL (executemany, one transaction, change-log triggers "
            f"firing): {direct_seconds:.2f} s"
        )
        figures.append(
            (
                f"(d) push of {n:,} mutations",
                f"{push_seconds:.1f} s",
                f"PG executemany {direct_seconds:.2f} s",
                ratio(push_seconds, direct_seconds),
            )
        )

        log.reset()
        after, after_seconds = run_sync(engine)
        say(
            f"  the next sync brings back {after.pull.changes:,} changes (the pushed rows and the direct inserts) "
            f"in {after_seconds:.1f} s; repaired {after.repaired or 'nothing'}"
        )
        replica.dispose()

        # the table ------------------------------------------------------------------------------------
        say("")
        say(
            f"Figures ({rows:,} rows, user {args.user}, --learners {args.learners}); "
            "every baseline measured in this run:"
        )
        widths = [
            max(len(r[i]) for r in [("figure", "measured", "baseline", "ratio"), *figures]) for i in range(4)
        ]
        for row in [("figure", "measured", "baseline", "ratio"), *figures]:
            say("  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        return 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
        if args.keep:
            say(f"kept: database {name}, files {work}")
        else:
            _drop(args.pg_url, name)
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
