"""Installers a server holds (``bootcamp-server publish-release``, ``/api/v1/releases``), on PostgreSQL,
through the command and real HTTP: what an admin publishes is what a replica is told of and gets, signed
as published; bad input publishes nothing; an app too old to sync is told which installer to get."""

from __future__ import annotations

import base64
import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from bootcamp_core.models import Blob
from bootcamp_core.protocol import PROTOCOL_VERSION
from bootcamp_core.protocol.releases import ReleaseInfo, signed_message
from bootcamp_server.cli import main
from bootcamp_server.db import Context, ServerDB
from bootcamp_server.models import Release
from bootcamp_server.settings import Settings

from .conftest import auth
from .world import World

LATEST = "/api/v1/releases/latest"


@pytest.fixture(autouse=True)
def _clean(sdb: ServerDB) -> Iterator[None]:
    """Each test starts with no releases (the session's database is shared), and leaves none."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level  # main() sets up logging for a process
    with sdb.owner() as s:
        s.execute(sa.delete(Release))
    yield
    with sdb.owner() as s:
        s.execute(sa.delete(Release))
    root.handlers[:] = handlers
    root.setLevel(level)


def _cli(settings: Settings, *args: str) -> int:
    return main(
        [
            args[0],
            "--database-url",
            settings.database_url,
            "--data-dir",
            str(settings.data_dir),
            "--log-level",
            "warning",
            *args[1:],
        ]
    )


def _installer(tmp_path: Path, name: str = "bootcamp-desktop_9.1.0_amd64.deb", size: int = 300_000) -> Path:
    path = tmp_path / name
    path.write_bytes(hashlib.sha256(name.encode()).digest() * (size // 32) + b"x" * (size % 32))
    return path


def test_published_installer_is_described_signed_and_served_with_ranges(
    settings: Settings, sdb: ServerDB, http: httpx.Client, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = tmp_path / "release-key.pem"
    assert main(["release-key", str(key)]) == 0
    public = capsys.readouterr().out.split("public key:")[1].split()[0]
    assert key.stat().st_mode & 0o777 == 0o600
    deb = _installer(tmp_path)
    data = deb.read_bytes()
    assert (
        _cli(
            settings,
            "publish-release",
            str(deb),
            "--version",
            "9.1.0",
            "--platform",
            "linux-deb",
            "--signing-key",
            str(key),
            "--notes",
            "Faster sync",
        )
        == 0
    )
    assert "signed" in capsys.readouterr().out

    answer = http.get(LATEST, params={"platform": "linux-deb"})
    assert answer.status_code == 200
    info = ReleaseInfo.from_json(answer.json())
    assert (info.version, info.size, info.sha256) == ("9.1.0", len(data), hashlib.sha256(data).hexdigest())
    assert info.filename == deb.name and info.notes == "Faster sync" and info.protocol == PROTOCOL_VERSION
    Ed25519PublicKey.from_public_bytes(base64.b64decode(public)).verify(
        base64.b64decode(info.signature or ""), signed_message("linux-deb", "9.1.0", info.sha256, info.size)
    )
    with sdb.owner() as s:
        assert s.get(Blob, info.sha256).state == "complete"  # type: ignore[union-attr]

    assert http.head(info.url).headers["content-length"] == str(len(data))
    whole = http.get(info.url)  # public: no sign-in
    assert whole.status_code == 200 and whole.content == data
    tail = http.get(info.url, headers={"Range": "bytes=1000-"})
    assert tail.status_code == 206 and tail.content == data[1000:]
    assert tail.headers["content-range"] == f"bytes 1000-{len(data) - 1}/{len(data)}"
    assert http.get(info.url, headers={"If-None-Match": f'"{info.sha256}"'}).status_code == 304
    # Only what a release names: the same bytes under another name, or another blob, are not served here.
    assert http.get(info.url.replace(deb.name, "other.deb")).status_code == 404
    assert http.get(f"/api/v1/releases/files/{'0' * 64}/{deb.name}").status_code == 404
    assert http.get(LATEST, params={"platform": "macos-dmg"}).status_code == 404
    assert http.get(LATEST, params={"platform": "amiga"}).status_code == 400


def test_latest_is_by_version_and_withdrawn_is_gone(
    settings: Settings, http: httpx.Client, tmp_path: Path
) -> None:
    for version in ("0.9.0", "0.10.0", "0.10.0rc1"):
        deb = _installer(tmp_path, f"app-{version}.deb", 5000)
        assert (
            _cli(settings, "publish-release", str(deb), "--version", version, "--platform", "linux-deb") == 0
        )
    assert (
        http.get(LATEST, params={"platform": "linux-deb"}).json()["version"] == "0.10.0"
    )  # not 0.9.0 as text
    assert _cli(settings, "withdraw-release", "--version", "0.10", "--platform", "linux-deb") == 0
    assert http.get(LATEST, params={"platform": "linux-deb"}).json()["version"] == "0.10.0rc1"
    assert _cli(settings, "withdraw-release", "--version", "0.10", "--platform", "linux-deb") == 2


def test_bad_input_publishes_nothing(
    settings: Settings, sdb: ServerDB, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deb = _installer(tmp_path, "app.deb", 1000)
    assert _cli(settings, "publish-release", str(deb), "--version", "1.0", "--platform", "linux-deb") == 0
    not_a_key = tmp_path / "key.pem"
    not_a_key.write_text("hello")
    for args in (
        (str(deb), "--version", "1.0.0", "--platform", "linux-deb"),  # the same version, written otherwise
        (str(deb), "--version", "one", "--platform", "linux-deb"),
        (str(tmp_path / "missing.deb"), "--version", "2.0", "--platform", "linux-deb"),
        (str(deb), "--version", "2.0", "--platform", "linux-deb", "--filename", "../../etc/passwd"),
        (str(deb), "--version", "2.0", "--platform", "linux-deb", "--signing-key", str(not_a_key)),
    ):
        capsys.readouterr()
        assert _cli(settings, "publish-release", *args) == 2, args
        assert capsys.readouterr().err.startswith("bootcamp-server: ")
    with sdb.owner() as s:
        assert list(s.scalars(sa.select(Release.version))) == ["1.0"]
    with pytest.raises(SystemExit):
        _cli(settings, "publish-release", str(deb), "--version", "2.0", "--platform", "amiga")


def test_pulls_name_the_newest_version_for_the_platform_asked(
    settings: Settings, http: httpx.Client, world: World, tmp_path: Path
) -> None:
    headers = auth(world.tokens["learner"], protocol=2)
    assert "bootcamp-release" not in http.get("/api/v1/sync/pull", headers=headers).headers
    deb = _installer(tmp_path, "app.deb", 1000)
    assert _cli(settings, "publish-release", str(deb), "--version", "3.0.0", "--platform", "linux-deb") == 0
    first = http.get("/api/v1/sync/pull", headers={**headers, "Bootcamp-Platform": "linux-deb"})
    assert first.status_code == 200 and first.headers["bootcamp-release"] == "3.0.0"
    cursor = first.json()["cursor"]
    while first.json().get("has_more"):
        first = http.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=headers)
        cursor = first.json()["cursor"]
    quiet = http.get(
        "/api/v1/sync/pull",
        params={"cursor": cursor},
        headers={**headers, "Bootcamp-Platform": "linux-deb", "If-None-Match": f'"{cursor}"'},
    )
    assert (
        quiet.status_code == 304 and quiet.headers["bootcamp-release"] == "3.0.0"
    )  # a sync with nothing to do
    assert (
        "bootcamp-release" not in http.get("/api/v1/sync/pull", headers=headers).headers
    )  # no platform named
    other = http.get("/api/v1/sync/pull", headers={**headers, "Bootcamp-Platform": "windows-exe"})
    assert "bootcamp-release" not in other.headers


def test_a_too_old_app_is_told_which_installer_to_get(
    settings: Settings, http: httpx.Client, world: World, tmp_path: Path
) -> None:
    old = {**auth(world.tokens["learner"], protocol=0), "Bootcamp-Platform": "linux-deb"}
    refused = http.get("/api/v1/sync/pull", headers=old)
    assert refused.status_code == 426 and refused.json()["release"] is None
    assert (
        _cli(
            settings,
            "publish-release",
            str(_installer(tmp_path, "old.deb", 500)),
            "--version",
            "4.0",
            "--platform",
            "linux-deb",
            "--protocol",
            "0",
        )
        == 0
    )
    assert http.get("/api/v1/sync/pull", headers=old).json()["release"] is None  # would be refused too
    assert (
        _cli(
            settings,
            "publish-release",
            str(_installer(tmp_path, "new.deb", 700)),
            "--version",
            "3.5",
            "--platform",
            "linux-deb",
        )
        == 0
    )
    body = http.get("/api/v1/sync/pull", headers=old).json()
    assert body["type"] == "urn:bootcamp:protocol-too-old"
    release = ReleaseInfo.from_json(body["release"])
    assert (release.version, release.size, release.filename) == ("3.5", 700, "new.deb")
    assert f"{settings.issuer}{release.url}" in body["detail"]
    assert http.get(release.url).content == (tmp_path / "new.deb").read_bytes()
    # An app from before releases names no platform: its message lists every installer, for its user.
    older = http.get("/api/v1/sync/pull", headers=auth(world.tokens["learner"], protocol=None)).json()
    assert older["release"] is None and f"linux-deb 3.5: {settings.issuer}{release.url}" in older["detail"]


def test_request_transactions_cannot_write_releases(sdb: ServerDB, world: World) -> None:
    """Row-level security: releases are readable by anyone, written only by the maintenance command."""
    with (
        pytest.raises(sa.exc.DBAPIError, match="row-level security"),
        sdb.write(Context(user_id=world.users["learner"])) as s,
    ):
        s.add(
            Release(
                platform="linux-deb",
                version="66.0",
                sha256="a" * 64,
                size_bytes=1,
                filename="x.deb",
                protocol=2,
            )
        )
        s.flush()
