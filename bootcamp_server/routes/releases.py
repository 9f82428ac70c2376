"""Installers of the app (docs/sync-protocol.md, "Releases"): public, so an app too old to sync, or someone
in a workshop room with a browser, can still get the current one.

- ``GET /api/v1/releases/latest?platform=linux-deb``: the newest release's description, or 404.
- ``GET|HEAD /api/v1/releases/files/<sha256>/<filename>``: its bytes, with HTTP Range (a cut download
  resumes) and a strong ETag (the sha256); only what a release names is served here.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from bootcamp_core.protocol.releases import PLATFORMS

from ..blobstore import SHA_RE, BlobStore
from ..db import ANONYMOUS, ServerDB
from ..problems import Problem, not_found
from ..releases import info_of, is_release_blob, latest
from .deps import sdb_of

router = APIRouter(prefix="/api/v1/releases")


def latest_json(sdb: ServerDB, platform: str, min_protocol: int | None = None) -> dict[str, Any] | None:
    with sdb.read(ANONYMOUS) as s:
        release = latest(s, platform, min_protocol=min_protocol)
        return info_of(release).to_json() if release is not None else None


def _platform(platform: str) -> str:
    if platform not in PLATFORMS:
        raise Problem(400, "unknown-platform", f"platform must be one of {', '.join(PLATFORMS)}")
    return platform


@router.get("/latest")
async def newest(request: Request, platform: str = Query(max_length=32)) -> Response:
    found = await run_in_threadpool(latest_json, sdb_of(request), _platform(platform))
    if found is None:
        raise Problem(404, "no-release", f"this server holds no installer for {platform}")
    return JSONResponse(found, headers={"Cache-Control": "no-cache"})


def _served(sdb: ServerDB, sha: str, filename: str) -> bool:
    with sdb.read(ANONYMOUS) as s:
        return is_release_blob(s, sha, filename)


@router.get("/files/{sha}/{filename}", operation_id="download_release")
@router.head("/files/{sha}/{filename}", operation_id="release_size")
async def installer(request: Request, sha: str, filename: str) -> Response:
    store = BlobStore(request.app.state.settings)
    if (
        not SHA_RE.match(sha)
        or not store.exists(sha)
        or not await run_in_threadpool(_served, sdb_of(request), sha, filename)
    ):
        raise not_found("no such installer")
    etag = f'"{sha}"'
    if request.headers.get("if-none-match") in (etag, f"W/{etag}"):
        return Response(status_code=304, headers={"ETag": etag})
    return FileResponse(
        store.path(sha),
        media_type="application/octet-stream",
        filename=filename,
        headers={"ETag": etag, "Cache-Control": "public, max-age=31536000, immutable"},
    )
