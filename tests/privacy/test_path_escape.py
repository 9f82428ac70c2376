"""No path from a server response or a file name can reach outside the data directory (issue 7, part 6):
blob references are 64 hex digits before they become paths, names are reduced to one safe component,
links open only on the web."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import SyncState
from bootcamp_core.models.blobstore import BadBlobReferenceError, blob_path, parse_blob_url, partial_path
from bootcamp_core.protocol.blob_refs import refs_in
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.services import lessons
from bootcamp_desktop.services.grading_detail import _files
from bootcamp_desktop.services.projects import AssetVersion, thumbnail
from bootcamp_desktop.services.safe_names import safe_file_name, safe_link, target_in
from bootcamp_desktop.sync import blob_release
from bootcamp_desktop.sync.blobs import download
from bootcamp_server.oauth.tokens import issue_access_token
from tests.sync.live import LiveServer

from .conftest import new_learner, run

ESCAPES = ["../../etc/passwd", "..%2F..%2Fetc", "/etc/passwd", "a" * 63 + "/", "A" * 64, "..", ""]


@pytest.mark.parametrize("sha", ESCAPES)
def test_a_blob_reference_never_becomes_a_path_outside_the_store(tmp_path: Path, sha: str) -> None:
    root = tmp_path / "data" / "blobs"
    for make in (blob_path, partial_path):
        with pytest.raises(BadBlobReferenceError):
            make(root, sha)
    assert parse_blob_url(f"blob:sha256:{sha}") is None
    assert refs_in({"url": f"blob:sha256:{sha}", "list": [f"blob:sha256:{sha}"]}) == set()
    with pytest.raises(BadBlobReferenceError):
        run(download(None, root, sha))  # type: ignore[arg-type]  # refused before any request
    with pytest.raises(FileNotFoundError):
        lessons.export_blob(root, f"blob:sha256:{sha}", tmp_path / "copy")


def test_a_hostile_submission_file_entry_is_inert(tmp_path: Path) -> None:
    content = {
        "files": [
            {"name": "../../../.bashrc", "url": "blob:sha256:../../../../etc/passwd"},
            {"name": "C:\\Windows\\system32\\evil.dll", "url": "file:///etc/shadow"},
        ]
    }
    files = _files(content, tmp_path / "blobs")
    assert [f.path for f in files] == [None, None]
    folder = tmp_path / "Downloads"
    folder.mkdir()
    for f in files:
        target = target_in(folder, f.name)
        assert target.parent == folder.resolve()
    assert [safe_file_name(f.name) for f in files] == ["bashrc", "evil.dll"]
    assert safe_file_name("CON.txt") == "file.txt" and safe_file_name("..") == "file"
    assert safe_file_name("photo\u202egpj.exe") == "photogpj.exe", (
        "no right-to-left override to fake an extension"
    )


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "smb://attacker/share",
        "javascript:alert(1)",
        "bootcamp-desktop://x",
        "http:///nohost",
        "https://ok.example\r\nX: y",
    ],
)
def test_only_web_links_open(url: str) -> None:
    assert safe_link(url) is None
    assert safe_link("https://www.figma.com/file/abc") == "https://www.figma.com/file/abc"


def test_a_thumbnail_of_a_hostile_asset_stays_in_the_cache(tmp_path: Path) -> None:
    asset = AssetVersion(
        uuid.uuid4(),
        "../../../../evil.png",
        "image",
        1,
        False,
        "blob:sha256:../../../x",
        10,
        "image/png",
        "x",
        dt.datetime.now(dt.UTC),
        None,
    )
    path = thumbnail(tmp_path / "blobs", tmp_path / "cache", asset)
    assert path.parent == tmp_path / "cache" and path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]


def test_a_noted_blob_that_is_not_a_hash_is_ignored(tmp_path: Path) -> None:
    outside = tmp_path / "precious.txt"
    outside.write_text("keep me")
    db = open_replica(tmp_path / "data")
    try:
        with db.write() as s:
            s.add(
                SyncState(
                    server_url="https://x.example",
                    checksums={blob_release.MARK: ["../../precious.txt", "0" * 64]},
                )
            )
        assert blob_release.collect(db, tmp_path / "data" / "blobs") == ["0" * 64]
        assert outside.read_text() == "keep me"
        with db.session() as s:
            assert blob_release.MARK not in (s.scalar(sa.select(SyncState.checksums)) or {})
    finally:
        db.dispose()


def test_the_server_refuses_blob_paths_that_are_not_hashes(live: LiveServer) -> None:
    person = new_learner(live)
    with live.sdb.owner() as s:
        token = issue_access_token(s, person.user_id, 600).access_token
    headers = {"Authorization": f"Bearer {token}", "Bootcamp-Protocol": "1"}
    with httpx.Client(base_url=live.url, headers=headers, timeout=30) as http:
        for path in (
            "/api/v1/blobs/..%2F..%2Fserver.db",
            "/api/v1/blobs/" + "A" * 64,
            "/api/v1/blobs/%2E%2E/upload",
        ):
            assert http.get(path).status_code in (400, 404), path
        r = http.put("/api/v1/blobs/..%2F..%2Fsecret.key/upload?offset=0&size=4", content=b"evil")
        assert r.status_code in (400, 404)
    assert not (live.settings.data_dir.parent / "secret.key").exists()
