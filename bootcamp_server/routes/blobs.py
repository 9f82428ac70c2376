"""Blobs (docs/sync-protocol.md, "Blobs"): resumable upload by offset verified by sha256, and download
with HTTP Range and a strong ETag (the sha256). A blob is downloadable by whoever may read a row that
refers to it (``blob:sha256:<hex>``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from bootcamp_desktop.models import BLOB_URL_PREFIX, Blob
from bootcamp_desktop.sync.protocol import registry
from bootcamp_desktop.sync.protocol.blob_refs import REFERENCING, refs_in

from ..access.principal import Principal
from ..access.relations import Relations
from ..access.rules import Decision, can
from ..blobstore import SHA_RE, BlobStore, HashMismatch, OffsetMismatch, TooLarge
from ..db import SERVICE, ServerDB
from ..problems import Problem, not_found
from .deps import PrincipalDep, sdb_of

router = APIRouter(prefix="/api/v1/blobs")

def _sha(sha: str) -> str:
    if not SHA_RE.match(sha):
        raise not_found("no such blob")
    return sha


def may_download(sdb: ServerDB, principal: Principal, sha: str) -> bool:
    url = f"%{BLOB_URL_PREFIX}{sha}%"
    with sdb.read(principal.context) as s:
        d = Decision(principal, Relations(s, principal))
        for table, columns in REFERENCING.items():
            t = registry()[table].table
            cond = sa.or_(*[sa.cast(t.c[c], sa.Text).like(url) for c in columns])
            cols = [t.c[n] for n in registry()[table].columns]
            for row in s.execute(sa.select(*cols).where(cond).limit(50)).mappings():
                if table == "users" or can(d, "read", table, row):
                    return True
    return False


def _record(sdb: ServerDB, sha: str, size: int, stored: int, complete: bool) -> None:
    with sdb.write(SERVICE) as s:
        blob = s.get(Blob, sha)
        if blob is None:
            blob = Blob(sha256=sha, size_bytes=size, stored_bytes=stored, state="partial")
            s.add(blob)
        blob.size_bytes = size
        blob.stored_bytes = stored
        blob.state = "complete" if complete else "partial"
        if complete:
            blob.verified_at = dt.datetime.now(dt.UTC)


@router.get("/{sha}/upload")
def upload_state(request: Request, sha: str, principal: PrincipalDep) -> dict[str, Any]:
    state = BlobStore(request.app.state.settings).state(_sha(sha))
    return {"size": state.size, "received": state.received, "complete": state.complete}


@router.put("/{sha}/upload")
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
    try:
        state = await run_in_threadpool(store.append, sha, offset, size, bytes(chunk))
    except OffsetMismatch as exc:
        raise Problem(
            409,
            "offset-mismatch",
            f"the upload is at byte {exc.received}, not {offset}",
            received=exc.received,
        ) from None
    except HashMismatch as exc:
        await run_in_threadpool(_record, sdb_of(request), sha, size, 0, False)
        raise Problem(422, "hash-mismatch", str(exc)) from None
    except TooLarge as exc:
        raise Problem(413, "too-large", str(exc)) from None
    await run_in_threadpool(_record, sdb_of(request), sha, size, state.received, state.complete)
    return JSONResponse({"received": state.received, "complete": state.complete})


@router.api_route("/{sha}", methods=["GET", "HEAD"])
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


def visible_blobs(sdb: ServerDB, principal: Principal, shas: set[str]) -> set[str]:
    """Which of ``shas`` the caller may download: one pass over the rows that refer to any blob."""
    seen: set[str] = set()
    with sdb.read(principal.context) as s:
        d = Decision(principal, Relations(s, principal))
        for table, columns in REFERENCING.items():
            t = registry()[table].table
            cond = sa.or_(*[sa.cast(t.c[c], sa.Text).like(f"%{BLOB_URL_PREFIX}%") for c in columns])
            cols = [t.c[n] for n in registry()[table].columns]
            for row in s.execute(sa.select(*cols).where(cond)).mappings():
                refs = refs_in([row[c] for c in columns]) & (shas - seen)
                if refs and (table == "users" or can(d, "read", table, row)):
                    seen |= refs
                    if seen == shas:
                        return seen
    return seen


def _stat(sdb: ServerDB, principal: Principal, shas: list[str]) -> dict[str, Any]:
    with sdb.read(principal.context) as s:
        rows = {b.sha256: b for b in s.scalars(sa.select(Blob).where(Blob.sha256.in_(shas), Blob.state == "complete"))}
    visible = visible_blobs(sdb, principal, set(rows))
    out: dict[str, Any] = {}
    for sha in shas:
        blob = rows.get(sha)
        if blob is not None and sha in visible:
            out[sha] = {"size": blob.size_bytes, "mime_type": blob.mime_type}
        else:
            out[sha] = None  # unknown, incomplete, or not the caller's to see: the same answer
    return out


@router.post("/stat")
async def stat(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    """Sizes of many blobs in one request, so a replica can show what a download will cost."""
    try:
        body = await request.json()
    except ValueError:
        raise Problem(400, "urn:bootcamp:invalid", "the body must be JSON") from None
    shas = body.get("sha256") if isinstance(body, dict) else None
    if not isinstance(shas, list) or len(shas) > MAX_STAT or not all(isinstance(x, str) and SHA_RE.match(x) for x in shas):
        raise Problem(400, "urn:bootcamp:invalid",
                      f"sha256 must be a list of at most {MAX_STAT} lowercase sha256 hex digests")
    return {"blobs": await run_in_threadpool(_stat, sdb_of(request), principal, sorted(set(shas)))}
