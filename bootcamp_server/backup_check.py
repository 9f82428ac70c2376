"""``bootcamp-server check-backup FILE``: is this backup restorable, and is what it restores sound?

A backup is only as good as its last restore. The check restores the file somewhere disposable and
inspects the result; the original is never written:

- a PostgreSQL dump (``pg_dump`` custom ``-Fc``, tar ``-Ft``, directory ``-Fd``, or plain SQL, optionally
  gzipped) is restored with ``pg_restore``/``psql`` into a throwaway database on the cluster given by
  ``--database-url`` (dropped afterwards), in one transaction that stops at the first error;
- a workshop hub's SQLite file is copied with SQLite's backup API (read-only on the source) and the copy
  checked with ``PRAGMA integrity_check``.

Then, on the restored database: the Alembic revision is one this server knows; every table of the
schema is there (row counts are printed); no foreign key points at a missing row; the change log is
ahead of every row's ``sync_seq``; the server id is present. Any failure gives a non-zero exit.
"""

from __future__ import annotations

import gzip
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models.migrate import revision_label
from bootcamp_core.protocol import registry

from .models import METADATA, MIGRATIONS

PLAIN_MARKER = b"PostgreSQL database dump"


class BackupCheckError(RuntimeError):
    pass


@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str


@dataclass
class BackupReport:
    path: Path
    kind: str
    checks: list[CheckResult] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append(CheckResult(name, ok, detail))
        return ok


def detect_kind(path: Path) -> str:
    if path.is_dir():
        return "pg-directory" if (path / "toc.dat").is_file() else "unknown"
    with path.open("rb") as f:
        head = f.read(1 << 16)
    if head.startswith(b"PGDMP"):
        return "pg-custom"
    if head.startswith(b"SQLite format 3\x00"):
        return "sqlite"
    if head[257:262] == b"ustar":
        try:
            with tarfile.open(path) as tar:
                if "toc.dat" in tar.getnames():
                    return "pg-tar"
        except (tarfile.TarError, OSError):
            return "unknown"
    if head.startswith(b"\x1f\x8b"):
        try:
            with gzip.open(path, "rb") as g:
                head = g.read(1 << 16)
        except (OSError, EOFError):
            return "unknown"
        return "pg-plain-gz" if PLAIN_MARKER in head else "unknown"
    return "pg-plain" if PLAIN_MARKER in head else "unknown"


# -- restoring ---------------------------------------------------------------------------------------
def _libpq(url: sa.URL) -> tuple[str, dict[str, str]]:
    """A URL for the PostgreSQL client tools (no driver, no password) and the environment with it."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupCheckError(f"{name} is not installed (Debian/Ubuntu: apt-get install postgresql-client)")
    return found


def _run(args: list[str], env: dict[str, str], stdin: object = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env=env, stdin=stdin, capture_output=True, text=True, timeout=3600, check=False
    )  # type: ignore[call-overload]


def _last_lines(text: str, n: int = 4) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return " | ".join(lines[-n:])[:800] or "(no message)"


@contextmanager
def throwaway_pg(cluster_url: str, app_role: str) -> Iterator[sa.URL]:
    admin = sa.make_url(cluster_url)
    if admin.drivername == "postgresql":
        admin = admin.set(drivername="postgresql+psycopg")
    name = f"bootcamp_check_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
            # The dump's row-level security policies name the request role; a fresh cluster may lack it.
            exists = conn.execute(
                sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": app_role}
            ).first()
            if exists is None:
                conn.exec_driver_sql(f'CREATE ROLE "{app_role}" NOLOGIN')
        yield admin.set(database=name)
    finally:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        engine.dispose()


def restore_pg(path: Path, kind: str, target: sa.URL, report: BackupReport) -> bool:
    url, env = _libpq(target)
    if kind in ("pg-custom", "pg-tar", "pg-directory"):
        listing = _run([_tool("pg_restore"), "--list", str(path)], env)
        if not report.add(
            "archive",
            listing.returncode == 0,
            "table of contents readable" if listing.returncode == 0 else _last_lines(listing.stderr),
        ):
            return False
        done = _run(
            [
                _tool("pg_restore"),
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--single-transaction",
                "--dbname",
                url,
                str(path),
            ],
            env,
        )
    else:
        args = [
            _tool("psql"),
            "--no-psqlrc",
            "--quiet",
            "--set",
            "ON_ERROR_STOP=1",
            "--single-transaction",
            "--dbname",
            url,
        ]
        if kind == "pg-plain-gz":
            with gzip.open(path, "rb") as g, tempfile.TemporaryFile() as sql:
                shutil.copyfileobj(g, sql)
                sql.seek(0)
                done = _run(args, env, stdin=sql)
        else:
            done = _run([*args, "--file", str(path)], env)
    ok = done.returncode == 0
    return report.add("restore", ok, "restored into a throwaway database" if ok else _last_lines(done.stderr))


def copy_sqlite(path: Path, target: Path, report: BackupReport) -> bool:
    try:
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(target)
            try:
                source.backup(dest)
                result = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        return report.add("restore", False, f"not a readable SQLite database: {exc}")
    report.add("restore", True, "copied with SQLite's backup API")
    return report.add("integrity", result == ["ok"], "PRAGMA integrity_check: " + "; ".join(result)[:400])


# -- checking the restored database ------------------------------------------------------------------
def inspect_database(engine: sa.Engine, report: BackupReport) -> None:
    with engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
        revisions = (
            frozenset(r[0] for r in conn.execute(sa.text("SELECT version_num FROM alembic_version")))
            if "alembic_version" in tables
            else frozenset()
        )
        label = revision_label(revisions)
        if not revisions:
            report.add("revision", False, "no Alembic revision: this is not a bootcamp server database")
        elif not revisions <= MIGRATIONS.known():
            report.add(
                "revision", False, f"revision {label} is unknown to this server (a newer version made it)"
            )
        else:
            heads = MIGRATIONS.heads()
            note = (
                "the current schema"
                if revisions == heads
                else f"older than {revision_label(heads)}; migrate upgrades it on restore"
            )
            report.add("revision", True, f"{label} ({note})")
        every = {name: table for metadata in METADATA for name, table in metadata.tables.items()}
        missing = sorted(set(every) - tables)
        if not report.add(
            "tables",
            not missing,
            f"{len(every)} tables present" if not missing else f"missing: {', '.join(missing)}",
        ):
            return
        for name, table in sorted(every.items()):
            report.counts[name] = int(
                conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0
            )
        broken: list[str] = []
        for table in [t for metadata in METADATA for t in metadata.sorted_tables]:
            for fk in table.foreign_keys:
                child, parent = fk.parent, fk.column
                target = parent.table.alias("target")  # an alias, so self-references do not correlate
                orphans = conn.execute(
                    sa.select(sa.func.count())
                    .select_from(table)
                    .where(
                        child.isnot(None),
                        ~sa.exists().where(target.c[parent.name] == child),
                    )
                ).scalar()
                if orphans:
                    broken.append(f"{table.name}.{child.name} -> {parent.table.name}: {orphans}")
        report.add(
            "foreign keys", not broken, "every reference resolves" if not broken else "; ".join(broken)[:800]
        )
        seqs = [
            conn.execute(sa.select(sa.func.max(spec.table.c.sync_seq))).scalar() or 0
            for spec in registry().values()
        ]
        logged = conn.execute(sa.text("SELECT max(seq) FROM sync_changes")).scalar() or 0
        report.add(
            "change log",
            logged >= max(seqs, default=0),
            f"change log at seq {logged}, rows at most {max(seqs, default=0)}",
        )
        server_id = conn.execute(
            sa.text("SELECT value FROM server_settings WHERE key = 'server_id'")
        ).scalar()
        report.add("server id", bool(server_id), f"server id {server_id}" if server_id else "no server id")


def check_backup(
    path: Path, *, cluster_url: str | None = None, app_role: str = "bootcamp_app"
) -> BackupReport:
    if not path.exists():
        raise BackupCheckError(f"{path} does not exist")
    kind = detect_kind(path)
    report = BackupReport(path, kind)
    if kind == "unknown":
        report.add(
            "format", False, "neither a pg_dump archive (custom, tar, directory, plain SQL) nor a SQLite file"
        )
        return report
    report.add("format", True, kind)
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="bootcamp-check-") as tmp:
            copy = Path(tmp) / "restored.db"
            if copy_sqlite(path, copy, report):
                engine = sa.create_engine(f"sqlite+pysqlite:///{copy}")
                try:
                    inspect_database(engine, report)
                finally:
                    engine.dispose()
        return report
    if not cluster_url or sa.make_url(cluster_url).get_backend_name() != "postgresql":
        raise BackupCheckError(
            "a PostgreSQL dump is restored into a throwaway database: give --database-url "
            "postgresql://user@host/db (a user allowed to create databases)"
        )
    with throwaway_pg(cluster_url, app_role) as target:
        if restore_pg(path, kind, target, report):
            engine = sa.create_engine(target)
            try:
                inspect_database(engine, report)
            finally:
                engine.dispose()
    return report


def format_report(report: BackupReport) -> str:
    lines = [f"{report.path} ({report.kind})"]
    lines += [f"  [{'ok' if c.ok else 'FAIL'}] {c.name}: {c.detail}" for c in report.checks]
    if report.counts:
        main = (
            "users",
            "courses",
            "enrollments",
            "submissions",
            "instructor_feedback",
            "certificates",
            "sync_changes",
            "audit_log",
        )
        lines.append(
            "  rows: "
            + ", ".join(f"{t} {report.counts[t]}" for t in main if t in report.counts)
            + f" ({sum(report.counts.values())} in {len(report.counts)} tables)"
        )
    lines.append(
        "verdict: backup OK, it restores and is consistent" if report.ok else "verdict: backup FAILED"
    )
    return "\n".join(lines)
