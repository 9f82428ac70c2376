"""Blobs: chunked upload resumable by offset and verified by sha256; download with Range and ETag,
only for those who may see a row that refers to the blob."""

from __future__ import annotations

import hashlib
import os

import httpx

from bootcamp_core.models import uuid7

from .conftest import auth
from .helpers import mutation, push
from .world import World


def _put(http: httpx.Client, token: str, sha: str, offset: int, size: int, chunk: bytes) -> httpx.Response:
    return http.put(
        f"/api/v1/blobs/{sha}/upload",
        params={"offset": offset, "size": size},
        content=chunk,
        headers={**auth(token), "Content-Type": "application/octet-stream"},
    )


def test_resumable_upload_then_ranged_download(http: httpx.Client, world: World) -> None:
    token = world.tokens["learner"]
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    assert http.get(f"/api/v1/blobs/{sha}/upload", headers=auth(token)).json() == {
        "size": None,
        "received": 0,
        "complete": False,
    }
    r = _put(http, token, sha, 0, len(data), data[:100_000])
    assert r.json() == {"received": 100_000, "complete": False}
    # The connection dropped; the client asks where to resume.
    state = http.get(f"/api/v1/blobs/{sha}/upload", headers=auth(token)).json()
    assert state["received"] == 100_000
    wrong = _put(http, token, sha, 50_000, len(data), data[50_000:150_000])
    assert wrong.status_code == 409 and wrong.json()["received"] == 100_000
    assert _put(http, token, sha, 100_000, len(data), data[100_000:200_000]).json()["complete"] is False
    done = _put(http, token, sha, 200_000, len(data), data[200_000:])
    assert done.json() == {"received": len(data), "complete": True}

    # Nobody may download it until a row they may read refers to it.
    assert http.get(f"/api/v1/blobs/{sha}", headers=auth(token)).status_code == 404
    sub = uuid7()
    push(
        http,
        token,
        mutation(
            "submissions",
            "insert",
            sub,
            {
                "assignment_id": str(world.assignments["c1"]),
                "user_id": str(world.users["learner"]),
                "status": "submitted",
                "submission_content": {"files": [{"name": "map.pdf", "url": f"blob:sha256:{sha}"}]},
            },
        ),
    )
    full = http.get(f"/api/v1/blobs/{sha}", headers=auth(token))
    assert full.status_code == 200 and full.content == data
    assert full.headers["etag"] == f'"{sha}"' and full.headers["accept-ranges"] == "bytes"
    part = http.get(f"/api/v1/blobs/{sha}", headers={**auth(token), "Range": "bytes=123456-"})
    assert part.status_code == 206 and part.content == data[123456:]
    assert part.headers["content-range"] == f"bytes 123456-{len(data) - 1}/{len(data)}"
    cached = http.get(f"/api/v1/blobs/{sha}", headers={**auth(token), "If-None-Match": f'"{sha}"'})
    assert cached.status_code == 304
    head = http.head(f"/api/v1/blobs/{sha}", headers=auth(token))
    assert head.status_code == 200 and int(head.headers["content-length"]) == len(data)
    # The course's instructor may read it too; another learner may not (and learns nothing).
    assert http.get(f"/api/v1/blobs/{sha}", headers=auth(world.tokens["instructor"])).status_code == 200
    assert http.get(f"/api/v1/blobs/{sha}", headers=auth(world.tokens["learner2"])).status_code == 404
    # Uploading a complete blob again is a no-op.
    assert _put(http, token, sha, 0, len(data), data[:10]).json()["complete"] is True


def test_hash_mismatch_discards_the_upload(http: httpx.Client, world: World) -> None:
    token = world.tokens["learner"]
    data = os.urandom(5000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    assert _put(http, token, claimed, 0, len(data), data[:2000]).status_code == 200
    r = _put(http, token, claimed, 2000, len(data), data[2000:])
    assert r.status_code == 422 and r.json()["type"] == "urn:bootcamp:hash-mismatch"
    assert http.get(f"/api/v1/blobs/{claimed}/upload", headers=auth(token)).json()["received"] == 0


def test_blob_limits_and_bad_names(http: httpx.Client, world: World, settings) -> None:
    token = world.tokens["learner"]
    sha = "ab" * 32
    r = _put(http, token, sha, 0, settings.max_blob_bytes + 1, b"x")
    assert r.status_code == 413
    assert http.get("/api/v1/blobs/not-a-sha", headers=auth(token)).status_code == 404
    assert (
        http.put(f"/api/v1/blobs/{sha}/upload", params={"offset": 0, "size": 1}, content=b"x").status_code
        == 401
    )
