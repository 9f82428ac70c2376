"""Updates end to end on Linux with a real Debian package: a workshop hub (the server on SQLite) is given
a .deb with ``bootcamp-server publish-release``; a replica's ``bootcamp-desktop update`` (real processes)
says which version is available and how big it is, downloads it, verifies it, and says how to install it;
the file it keeps is the same package (``dpkg-deb --info``). With ``BOOTCAMP_TEST_INSTALL_DEB=1`` as root
(CI: packaging/linux/ci-check.sh), ``update --install`` installs it for real through apt, and the test
purges it again.

A tiny package built here stands in for the 85 MB app: what is checked is the path a package takes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_server.db import ServerDB
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings
from tests.file_keyring import export_memory_keyring
from tests.sync.live import LiveServer, free_port

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "bootcamp-update-dummy"
VERSION = "42.1.0"
INSTALL = os.environ.get("BOOTCAMP_TEST_INSTALL_DEB") == "1"

pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb (a Debian system)")


def build_deb(directory: Path) -> Path:
    stage = directory / "stage"
    (stage / "DEBIAN").mkdir(parents=True)
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "README").write_text(
        "Stands in for bootcamp-desktop in tests/packaging/test_update_deb.py.\n" * 2000
    )
    (stage / "DEBIAN" / "control").write_text(
        f"Package: {PACKAGE}\nVersion: {VERSION}\nArchitecture: all\nMaintainer: Fataplus Bootcamp "
        "<bootcamp@fataplus.example>\nSection: misc\nPriority: optional\n"
        "Description: stand-in package of the update test\n Safe to remove.\n"
    )
    out = directory / f"{PACKAGE}_{VERSION}_all.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(stage), str(out)],
        check=True,
        capture_output=True,
    )
    return out


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def installed_version() -> str | None:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE], check=False, capture_output=True, text=True
    )
    return done.stdout.split()[-1] if done.returncode == 0 and "install ok installed" in done.stdout else None


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[LiveServer]:
    """A workshop hub: the server on SQLite, in this process, on a free port."""
    port = free_port()
    data = tmp_path / "hub"
    settings = Settings(
        database_url=f"sqlite+pysqlite:///{data / 'server.db'}",
        data_dir=data,
        issuer=f"http://127.0.0.1:{port}",
    )
    data.mkdir()
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    server = LiveServer(settings, sdb, port)
    server.start()
    yield server
    server.stop()
    sdb.dispose()


def test_a_deb_published_on_a_hub_reaches_a_replica_verified(
    hub: LiveServer, tmp_path: Path, memory_keyring: Any
) -> None:
    deb = build_deb(tmp_path)
    published = run(
        "-m",
        "bootcamp_server",
        "publish-release",
        str(deb),
        "--version",
        VERSION,
        "--platform",
        "linux-deb",
        "--database-url",
        hub.settings.database_url,
        "--data-dir",
        str(hub.settings.data_dir),
        "--issuer",
        hub.url,
        "--log-level",
        "warning",
    )
    assert published.returncode == 0, published.stderr
    assert f"{hub.url}/api/v1/releases/files/" in published.stdout

    ws = open_workspace(tmp_path / "replica", demo_if_empty=False)  # pointed at the hub; no sign-in needed
    ws.settings.server_url = hub.url
    ws.save_settings()
    ws.close()
    env = export_memory_keyring(memory_keyring.entries, tmp_path / "keyring.json")
    replica = ["-m", "bootcamp_desktop", "--data-dir", str(tmp_path / "replica"), "update"]

    check = run(*replica, "--check", env=env)
    assert check.returncode == 0, check.stderr
    size = deb.stat().st_size
    assert (
        f"version {VERSION} is available from {hub.url} ({size / 1e6:.1f} MB, {size} bytes)" in check.stdout
    )
    assert not (tmp_path / "replica" / "updates").exists()  # --check downloads nothing

    fetched = run(*replica, env=env)
    assert fetched.returncode == 0, fetched.stderr
    kept = tmp_path / "replica" / "updates" / deb.name
    assert "downloaded and verified (sha256 " in fetched.stdout and str(kept) in fetched.stdout
    assert "install it with: " in fetched.stdout and "apt-get install -y" in fetched.stdout
    info = [
        subprocess.run(["dpkg-deb", "--info", str(p)], capture_output=True, text=True, check=True).stdout
        for p in (deb, kept)
    ]
    assert info[0] == info[1] and f"Version: {VERSION}" in info[1]

    if not INSTALL:
        return
    if os.geteuid() != 0 or installed_version() is not None:
        pytest.fail(f"BOOTCAMP_TEST_INSTALL_DEB=1 needs root and {PACKAGE} not installed yet")
    try:
        done = run(*replica, "--install", env=env)
        assert done.returncode == 0, done.stderr
        assert f"installed; restart the app to use version {VERSION}" in done.stdout
        assert installed_version() == VERSION
    finally:
        subprocess.run(["dpkg", "--purge", PACKAGE], check=False, capture_output=True)
    assert installed_version() is None
