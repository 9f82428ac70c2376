"""A replica learns of a newer app from the server it syncs with and gets it, over real HTTP: the version
comes with an ordinary sync, the installer's size is known before a byte of it, a download cut midway
resumes where it stopped, a file that is not the announced one (other bytes, no signature, someone
else's signature) is never kept, and an app the server refuses as too old is told what to install."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_desktop.services import sync_ops, updates
from bootcamp_desktop.services.workspace import Workspace
from bootcamp_desktop.sync.blobs import BlobHashMismatchError
from bootcamp_desktop.sync.errors import OfflineError, ProtocolTooOldError
from bootcamp_desktop.sync.updates import UpdateRejectedError
from bootcamp_server import releases
from bootcamp_server.blobstore import BlobStore
from bootcamp_server.models import Release

from .live import LiveServer, new_replica, sync
from .proxy import LinkProxy, ProxyTransport

SIZE = 400_000


@pytest.fixture
def published(live: LiveServer, tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Signed 99.0.0 of the app for Linux on the session's server, and the key's public half."""
    key = tmp_path / "release.pem"
    public = releases.new_signing_key(key)
    deb = tmp_path / "bootcamp-desktop_99.0.0_amd64.deb"
    deb.write_bytes(b"".join(hashlib.sha256(i.to_bytes(4, "big")).digest() for i in range(SIZE // 32)))
    info = releases.publish(
        live.sdb, live.settings, deb, version="99.0.0", platform="linux-deb", signing_key=key
    )
    yield {"info": info, "public": public, "bytes": deb.read_bytes(), "key": key}
    with live.sdb.owner() as s:
        s.execute(sa.delete(Release))


@pytest.fixture
def learner(live: LiveServer, tmp_path: Path, memory_keyring: Any) -> Iterator[Workspace]:
    ws = new_replica(live, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    yield ws
    ws.close()


def test_a_sync_tells_of_the_new_version_and_a_cut_download_resumes(
    live: LiveServer, learner: Workspace, published: dict[str, Any]
) -> None:
    report = sync(learner)
    assert report.release_hint == "99.0.0" and updates.news_in(report.release_hint)
    offer = asyncio.run(updates.check(learner))
    assert offer is not None and offer.release.size == SIZE and offer.megabytes == "0.4 MB"
    assert not offer.required and offer.current == "0.1.0"

    with LinkProxy(live.port, cut_policy=lambda n: 150_000 if n == 0 else None) as proxy:
        transport = ProxyTransport(proxy.port)
        with pytest.raises(OfflineError):
            asyncio.run(updates.download(learner, offer, trusted=[published["public"]], transport=transport))
        kept = updates.resumes_at(learner, offer)
        assert 0 < kept < SIZE and updates.downloaded(learner, offer) is None
        proxy.heal()
        events: list[Any] = []
        path = asyncio.run(
            updates.download(
                learner,
                offer,
                events.append,
                trusted=[published["public"]],
                transport=ProxyTransport(proxy.port),
            )
        )
        ranges = [r.headers.get("range") for r in proxy.requests if "/releases/files/" in r.path]
    assert ranges == [None, f"bytes={kept}-"]  # the second request asked only for what was missing
    assert path.read_bytes() == published["bytes"] and path.name == "bootcamp-desktop_99.0.0_amd64.deb"
    assert path.parent == learner.directory / "updates"
    assert events[-1].stage == "update" and events[-1].done == events[-1].total == SIZE
    assert updates.downloaded(learner, offer) == path and updates.resumes_at(learner, offer) == 0
    # Asked again, nothing is fetched again.
    assert asyncio.run(updates.download(learner, offer, trusted=[published["public"]])) == path


def test_an_installer_that_is_not_the_announced_one_is_never_kept(
    live: LiveServer, learner: Workspace, published: dict[str, Any], tmp_path: Path
) -> None:
    # Other bytes behind the announced hash (a tampered store, or a proxy on the way): discarded.
    evil = tmp_path / "bootcamp-desktop_99.0.1_amd64.deb"
    evil.write_bytes(b"\x01" * 5000)
    info = releases.publish(
        live.sdb, live.settings, evil, version="99.0.1", platform="linux-deb", signing_key=published["key"]
    )
    BlobStore(live.settings).path(info.sha256).write_bytes(b"\x02" * 5000)
    offer = asyncio.run(updates.check(learner))
    assert offer is not None and offer.release.version == "99.0.1"
    with pytest.raises(BlobHashMismatchError):
        asyncio.run(updates.download(learner, offer, trusted=[published["public"]]))
    assert updates.downloaded(learner, offer) is None and updates.resumes_at(learner, offer) == 0
    assert not any(p.is_file() for p in (learner.directory / "updates").rglob("*"))

    # Signed by someone else, or not signed at all: refused before a byte is fetched.
    stranger = releases.new_signing_key(tmp_path / "stranger.pem")
    plain = tmp_path / "bootcamp-desktop_99.0.2_amd64.deb"
    plain.write_bytes(b"\x03" * 5000)
    releases.publish(live.sdb, live.settings, plain, version="99.0.2", platform="linux-deb")
    unsigned = asyncio.run(updates.check(learner))
    assert unsigned is not None and unsigned.release.signature is None
    with LinkProxy(live.port) as proxy:
        for trusted in ([published["public"]], [stranger]):
            with pytest.raises(UpdateRejectedError):
                asyncio.run(
                    updates.download(learner, unsigned, trusted=trusted, transport=ProxyTransport(proxy.port))
                )
        assert [r for r in proxy.requests if "/releases/files/" in r.path] == []
    with LinkProxy(live.port) as proxy:
        signed = updates.Offer(published["info"], "0.1.0")
        with pytest.raises(UpdateRejectedError):
            asyncio.run(
                updates.download(learner, signed, trusted=[stranger], transport=ProxyTransport(proxy.port))
            )
    # An app that trusts no key relies on the announced sha256 alone.
    assert asyncio.run(updates.download(learner, unsigned, trusted=())).read_bytes() == plain.read_bytes()


def test_an_app_refused_as_too_old_is_offered_the_installer(
    live: LiveServer, learner: Workspace, published: dict[str, Any]
) -> None:
    async def pull_as_protocol_0() -> None:
        async with sync_ops.client_for(learner) as client:
            client._http.headers["Bootcamp-Protocol"] = "0"  # an app from before protocol 1
            await client.pull(None, 10)

    with pytest.raises(ProtocolTooOldError) as refused:
        asyncio.run(pull_as_protocol_0())
    offer = updates.offer_from_error(refused.value)
    assert offer is not None and offer.required
    assert (offer.release.version, offer.release.size) == ("99.0.0", SIZE)
    assert "99.0.0" in str(refused.value)
    path = asyncio.run(updates.download(learner, offer, trusted=[published["public"]]))
    assert path.read_bytes() == published["bytes"]


def test_installing_a_deb_asks_the_system(tmp_path: Path) -> None:
    deb = tmp_path / "app.deb"

    def found(name: str) -> str:
        return f"/usr/bin/{name}"

    with_pkexec = updates.install_command(deb, which=found, platform="linux", root=False)
    assert with_pkexec == ["pkexec", "apt-get", "install", "-y", str(deb.resolve())]
    assert updates.install_command(deb, which=found, platform="linux", root=True)[0] == "apt-get"
    assert updates.install_command(deb, which=lambda name: None, platform="linux", root=False) == [
        "xdg-open",
        str(deb.resolve()),
    ]
    assert updates.install_command(tmp_path / "a.dmg", platform="darwin")[0] == "open"


def test_the_sync_command_says_a_new_version_is_available(
    live: LiveServer, learner: Workspace, published: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    from bootcamp_desktop.cli import main

    directory = learner.directory
    learner.close()
    assert main(["--data-dir", str(directory), "sync", "-q"]) == 0
    assert "version 99.0.0 of the app is available: run `bootcamp-desktop update`" in capsys.readouterr().err
    assert main(["--data-dir", str(directory), "update", "--check"]) == 0
    out = capsys.readouterr().out
    assert f"version 99.0.0 is available from {live.url} (0.4 MB, {SIZE} bytes); this is 0.1.0" in out
    assert not (directory / "updates").exists()
