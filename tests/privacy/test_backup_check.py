"""``bootcamp-server check-backup``: a good backup restores and passes; a cut, altered or inconsistent
one fails with a non-zero exit (issue 7, part 3)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_server import backup_check
from bootcamp_server.backup_check import check_backup, detect_kind
from bootcamp_server.cli import create_user, main
from bootcamp_server.db import ServerDB
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings
from tests.conftest import pg_admin_url
from tests.sync.live import LiveServer


def admin_url() -> str:
    return pg_admin_url().render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def dumps(live: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The live server's database (the demo bootcamp) dumped as pg_dump's custom and plain formats."""
    assert shutil.which("pg_dump")
    out = tmp_path_factory.mktemp("dumps")
    url = (
        sa.make_url(live.settings.database_url)
        .set(drivername="postgresql")
        .render_as_string(hide_password=False)
    )
    paths = {"custom": out / "server.dump", "plain": out / "server.sql"}
    subprocess.run(["pg_dump", "-Fc", "-f", str(paths["custom"]), "--dbname", url], check=True, timeout=300)
    subprocess.run(["pg_dump", "-Fp", "-f", str(paths["plain"]), "--dbname", url], check=True, timeout=300)
    return paths


@pytest.fixture
def scratch() -> Iterator[list[str]]:
    """The names of the throwaway databases the backup check makes during this test, so that the test
    looks for its own leftovers only: other tests (other xdist workers) and other runs on the same
    cluster check backups at the same time, their scratch databases existing for a while."""
    made: list[str] = []
    real = backup_check.throwaway_pg

    @contextmanager
    def recording(cluster_url: str, app_role: str) -> Iterator[sa.URL]:
        with real(cluster_url, app_role) as url:
            made.append(str(url.database))
            yield url

    backup_check.throwaway_pg = recording  # type: ignore[assignment]
    try:
        yield made
    finally:
        backup_check.throwaway_pg = real  # type: ignore[assignment]


def no_leftover_databases(names: list[str]) -> bool:
    assert all(name.startswith("bootcamp_check_") for name in names), names
    engine = sa.create_engine(pg_admin_url())
    try:
        with engine.connect() as conn:
            return not conn.execute(
                sa.text("SELECT 1 FROM pg_database WHERE datname = ANY(:names)"), {"names": names}
            ).first()
    finally:
        engine.dispose()


def test_a_good_dump_restores_and_passes(
    dumps: dict[str, Path], capsys: pytest.CaptureFixture[str], scratch: list[str]
) -> None:
    assert main(["check-backup", str(dumps["custom"]), "--database-url", admin_url()]) == 0
    out = capsys.readouterr().out
    assert (
        "verdict: backup OK" in out
        and "[FAIL]" not in out
        and "foreign keys: every reference resolves" in out
    )
    report = check_backup(dumps["plain"], cluster_url=admin_url())
    assert report.ok and report.kind == "pg-plain" and report.counts["users"] > 10
    assert len(scratch) == 2 and no_leftover_databases(scratch)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage"])
def test_a_damaged_dump_fails(
    dumps: dict[str, Path],
    tmp_path: Path,
    damage: str,
    capsys: pytest.CaptureFixture[str],
    scratch: list[str],
) -> None:
    data = bytearray(dumps["custom"].read_bytes())
    if damage == "truncated":
        data = data[: len(data) * 2 // 3]
    elif damage == "flipped":
        for i in range(len(data) // 2, len(data) // 2 + 256):
            data[i] ^= 0x5A
    else:
        data = bytearray(b"not a backup at all\n" * 100)
    bad = tmp_path / "bad.dump"
    bad.write_bytes(bytes(data))
    assert main(["check-backup", str(bad), "--database-url", admin_url()]) == 1
    assert "verdict: backup FAILED" in capsys.readouterr().out
    assert no_leftover_databases(scratch)


def test_a_plain_dump_with_a_broken_statement_fails(dumps: dict[str, Path], tmp_path: Path) -> None:
    text = dumps["plain"].read_text()
    bad = tmp_path / "bad.sql"
    bad.write_text(text.replace("CREATE TABLE public.courses", "CREATE TABLE public.courses_oops", 1))
    report = check_backup(bad, cluster_url=admin_url())
    assert not report.ok and any(c.name == "restore" and not c.ok for c in report.checks)


@pytest.fixture
def hub_file(tmp_path: Path) -> Path:
    """A workshop hub's SQLite database with a user in it."""
    settings = Settings(
        database_url=f"sqlite+pysqlite:///{tmp_path / 'hub' / 'server.db'}", data_dir=tmp_path / "hub"
    )
    settings.data_dir.mkdir()
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    create_user(sdb, "hub-learner@example.org", ["learner"], "hub-Learner-2026!", "Hub Learner")
    sdb.dispose()
    return settings.data_dir / "server.db"


def test_a_hub_file_passes_and_is_not_touched(hub_file: Path) -> None:
    before = hub_file.read_bytes()
    report = check_backup(hub_file)
    assert report.ok, report.checks
    assert report.kind == "sqlite" and report.counts["users"] == 2  # the learner and the anonymous classmate
    assert hub_file.read_bytes() == before


def test_a_hub_file_with_an_orphan_row_fails_the_foreign_key_check(hub_file: Path) -> None:
    conn = sqlite3.connect(hub_file)
    conn.execute(
        "INSERT INTO user_roles (id, user_id, role, sync_version) VALUES (?, ?, 'admin', 1)",
        (uuid.uuid4().hex, uuid.uuid4().hex),
    )
    conn.commit()
    conn.close()
    report = check_backup(hub_file)
    assert not report.ok
    assert [c.name for c in report.checks if not c.ok] == ["foreign keys"]


def test_a_cut_hub_file_fails(hub_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.db"
    cut.write_bytes(hub_file.read_bytes()[: 3 * 4096])
    assert detect_kind(cut) == "sqlite"
    assert main(["check-backup", str(cut)]) == 1
