"""Blobs (docs/sync-protocol.md, "Blobs"): resumable upload by offset verified by sha256, and download
with HTTP Range and a strong ETag (the sha256). Who may have which blob is ``blob_access``: downloads follow
the rows the caller may read; each uploader sees and appends to their own upload only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from bootcamp_core.models import Blob

from ..access.principal import Principal
from ..blob_access import downloadable, may_have
from ..blobstore import SHA_RE, BlobStore, HashMismatch, OffsetMismatch, TooLarge
from ..db import SERVICE, ServerDB
from ..models import BlobUpload
from ..problems import Problem, not_found
from .deps import PrincipalDep, sdb_of
from .openapi import CHUNK, STAT

router = APIRouter(prefix="/api/v1/blobs")


def _sha(sha: str) -> str:
    if not SHA_RE.match(sha):
        raise not_found("no such blob")
    return sha


def may_download(sdb: ServerDB, principal: Principal, sha: str) -> bool:
    with sdb.read(principal.context) as s:
        return bool(downloadable(s, principal, [sha]))


def _may_have(sdb: ServerDB, principal: Principal, sha: str) -> bool:
    with sdb.read(principal.context) as s:
        return may_have(s, principal, sha)


def _stored(sdb: ServerDB, principal: Principal, sha: str, size: int) -> None:
    """A complete, verified upload: the blob's row, and the uploader (what lets their pushes name it)."""
    with sdb.write(SERVICE) as s:
        blob = s.get(Blob, sha)
        if blob is None:
            blob = Blob(sha256=sha, size_bytes=size, stored_bytes=size, state="complete")
            s.add(blob)
        if blob.state != "complete":
            blob.size_bytes = blob.stored_bytes = size
            blob.state = "complete"
            blob.verified_at = dt.datetime.now(dt.UTC)
        if s.get(BlobUpload, (sha, principal.user_id)) is None:
            s.add(BlobUpload(sha256=sha, user_id=principal.user_id))


@router.get("/{sha}/upload")
async def upload_state(request: Request, sha: str, principal: PrincipalDep) -> dict[str, Any]:
    """The caller's own upload of ``sha``; complete only if the blob is stored and they may have it."""
    store = BlobStore(request.app.state.settings)
    _sha(sha)
    if store.exists(sha) and await run_in_threadpool(_may_have, sdb_of(request), principal, sha):
        state = store.complete(sha)
    else:
        state = store.state(sha, str(principal.user_id))
    return {"size": state.size, "received": state.received, "complete": state.complete}


@router.put("/{sha}/upload", openapi_extra=CHUNK)
async def upload_chunk(
    request: Request, sha: str, principal: PrincipalDep, offset: int = Query(ge=0), size: int = Query(ge=0)
) -> JSONResponse:
    settings = request.app.state.settings
    store = BlobStore(settings)
    _sha(sha)
    if size > settings.max_blob_bytes:
        raise Problem(413, "too-large", f"a blob may not exceed {settings.max_blob_bytes} bytes")
    declared = int(request.headers.get("content-length") or 0)
    if declared > settings.max_chunk_bytes:
        raise Problem(413, "too-large", f"a chunk may not exceed {settings.max_chunk_bytes} bytes")
    chunk = bytearray()
    async for part in request.stream():
        chunk += part
        if len(chunk) > settings.max_chunk_bytes:
            raise Problem(413, "too-large", f"a chunk may not exceed {settings.max_chunk_bytes} bytes")
    sdb = sdb_of(request)
    known = store.exists(sha) and await run_in_threadpool(_may_have, sdb, principal, sha)
    try:
        state = await run_in_threadpool(
            lambda: store.append(sha, str(principal.user_id), offset, size, bytes(chunk), known=known)
        )
    except OffsetMismatch as exc:
        raise Problem(
            409,
            "offset-mismatch",
            f"the upload is at byte {exc.received}, not {offset}",
            received=exc.received,
        ) from None
    except HashMismatch as exc:
        raise Problem(422, "hash-mismatch", str(exc)) from None
    except TooLarge as exc:
        raise Problem(413, "too-large", str(exc)) from None
    if state.complete and not known:
        await run_in_threadpool(_stored, sdb, principal, sha, state.size or 0)
    return JSONResponse({"received": state.received, "complete": state.complete})


@router.get("/{sha}", operation_id="download_blob")
@router.head("/{sha}", operation_id="blob_size")
async def download(request: Request, sha: str, principal: PrincipalDep) -> Response:
    store = BlobStore(request.app.state.settings)
    _sha(sha)
    if not store.exists(sha) or not await run_in_threadpool(may_download, sdb_of(request), principal, sha):
        raise not_found("no such blob")  # 404 either way: do not reveal blobs one may not see
    etag = f'"{sha}"'
    if request.headers.get("if-none-match") in (etag, f"W/{etag}"):
        return Response(status_code=304, headers={"ETag": etag})
    return FileResponse(
        store.path(sha),
        media_type="application/octet-stream",
        headers={"ETag": etag, "Cache-Control": "private, max-age=31536000, immutable"},
    )


MAX_STAT = 1000


def _stat(sdb: ServerDB, principal: Principal, shas: list[str]) -> dict[str, Any]:
    with sdb.read(principal.context) as s:
        rows = {
            b.sha256: b
            for b in s.scalars(sa.select(Blob).where(Blob.sha256.in_(shas), Blob.state == "complete"))
        }
        visible = downloadable(s, principal, rows)
    out: dict[str, Any] = {}
    for sha in shas:
        blob = rows.get(sha)
        if blob is not None and sha in visible:
            out[sha] = {"size": blob.size_bytes, "mime_type": blob.mime_type}
        else:
            out[sha] = None  # unknown, incomplete, or not the caller's to see: the same answer
    return out


@router.post("/stat", openapi_extra=STAT)
async def stat(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    """Sizes of many blobs in one request, so a replica can show what a download will cost."""
    try:
        body = await request.json()
    except ValueError:
        raise Problem(400, "urn:bootcamp:invalid", "the body must be JSON") from None
    shas = body.get("sha256") if isinstance(body, dict) else None
    if (
        not isinstance(shas, list)
        or len(shas) > MAX_STAT
        or not all(isinstance(x, str) and SHA_RE.match(x) for x in shas)
    ):
        raise Problem(
            400,
            "urn:bootcamp:invalid",
            f"sha256 must be a list of at most {MAX_STAT} lowercase sha256 hex digests",
        )
    return {"blobs": await run_in_threadpool(_stat, sdb_of(request), principal, sorted(set(shas)))}
