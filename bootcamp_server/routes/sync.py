"""The sync API (docs/sync-protocol.md): info, pull, snapshot and push."""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from bootcamp_core.protocol import PROTOCOL_MIN, PROTOCOL_VERSION, registry
from bootcamp_core.protocol.releases import PLATFORM_HEADER, PLATFORMS, RELEASE_HEADER

from ..access.principal import Principal
from ..db import ServerDB
from ..problems import Problem
from ..releases import kept_newest, newest_version
from ..serving import until_abandoned
from ..sync.bootstrap import DEFAULT_ROWS, MAX_ROWS, bootstrap_page
from ..sync.cursor import BadCursor, Cursor
from ..sync.payload import PayloadError, parse_push
from ..sync.presence import Seen, note
from ..sync.pull import DEFAULT_LIMIT, MAX_LIMIT, pull_page, snapshot_page
from ..sync.push import REFUSED, push_batch
from .deps import PrincipalDep, ProtocolDep, sdb_of
from .openapi import PUSH

router = APIRouter(prefix="/api/v1/sync")
log = logging.getLogger("bootcamp_server.sync")


@router.get("/info")
def info(request: Request) -> dict[str, Any]:
    return {
        "protocol_min": PROTOCOL_MIN,
        "protocol_max": PROTOCOL_VERSION,
        "server_id": request.app.state.server_id,
        "server_time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "issuer": request.app.state.settings.issuer,
    }


def _cursor(text: str | None) -> Cursor:
    try:
        return Cursor.parse(text)
    except BadCursor as exc:
        raise Problem(400, "bad-cursor", str(exc)) from None


@router.get("/pull")
async def pull(
    request: Request,
    principal: PrincipalDep,
    _v: ProtocolDep,
    cursor: str | None = Query(default=None, max_length=200),
    limit: int = Query(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    checkpoint: bool = Query(default=False, description="send the full checkpoint on the last page"),
) -> Response:
    position = _cursor(cursor)
    sdb = sdb_of(request)
    news = await _release_header(request)
    etag = request.headers.get("if-none-match")
    seen = Seen.from_headers(request.headers, _v)
    page = await until_abandoned(request, _pull_and_note, sdb, principal, seen, position, limit, checkpoint)
    if isinstance(page, Response):
        return page
    if (
        etag
        and cursor
        and etag.strip('"') == cursor
        and page["cursor"] == cursor
        and not page["changes"]
        and "checkpoint" not in page
    ):  # nothing after the cursor (one snapshot read, no second request to the database)
        return Response(status_code=304, headers={"ETag": f'"{cursor}"', **news})
    return JSONResponse(page, headers={"ETag": f'"{page["cursor"]}"', "Cache-Control": "no-store", **news})


def _pull_and_note(
    sdb: ServerDB, principal: Principal, seen: Seen, position: Cursor, limit: int, checkpoint: bool
) -> dict[str, Any]:
    """The page, and the replica's pull noted for the facilitator's view (a quiet poll at most once a minute)."""
    page = pull_page(sdb, principal, position, limit, checkpoint)
    _note(sdb, principal, seen, pulled=len(page["changes"]))
    return page


def _bootstrap_and_note(
    sdb: ServerDB, principal: Principal, seen: Seen, table: str | None, after: uuid.UUID | None, limit: int
) -> str:
    counted: list[int] = []
    body = bootstrap_page(sdb, principal, table, after, limit, counted=counted)
    _note(sdb, principal, seen, pulled=sum(counted))
    return body


def _push_and_note(sdb: ServerDB, principal: Principal, seen: Seen, mutations: list[Any]) -> dict[str, Any]:
    answer = push_batch(sdb, principal, mutations)
    statuses = [r.get("status") for r in answer["results"]]
    _note(
        sdb,
        principal,
        seen,
        pushed=sum(s in ("applied", "merged") for s in statuses),
        refused=sum(s in REFUSED for s in statuses),
    )
    return answer


def _note(sdb: ServerDB, principal: Principal, seen: Seen, **counts: Any) -> None:
    try:
        note(sdb, principal, seen, **counts)
    except SQLAlchemyError as exc:  # bookkeeping: a sync is never refused because it could not be noted
        log.warning(
            "sync not noted", extra={"fields": {"error": f"{exc.__class__.__name__}: {str(exc)[:200]}"}}
        )


async def _release_header(request: Request) -> dict[str, str]:
    """``Bootcamp-Release``: the newest installer's version for the platform the app named, so every sync
    learns of a new version at the cost of one header (docs/sync-protocol.md, "Releases"); read at most
    once per ``releases.NEWEST_TTL``, so a poll stays one database read."""
    platform = request.headers.get(PLATFORM_HEADER, "")
    if platform not in PLATFORMS:
        return {}
    sdb = sdb_of(request)
    known, version = kept_newest(sdb, platform)
    if not known:
        version = await run_in_threadpool(newest_version, sdb, platform)
    return {RELEASE_HEADER: version} if version else {}


@router.get("/snapshot")
async def snapshot(
    request: Request,
    principal: PrincipalDep,
    _v: ProtocolDep,
    table: str = Query(max_length=64),
    after: str | None = Query(default=None, max_length=64),
    limit: int = Query(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
) -> Any:
    if table not in registry():
        raise Problem(400, "unknown-table", f"{table!r} is not a synced table")
    try:
        after_id = uuid.UUID(after) if after else None
    except ValueError:
        raise Problem(400, "bad-cursor", "after must be a row id") from None
    return await until_abandoned(request, snapshot_page, sdb_of(request), principal, table, after_id, limit)


@router.get("/bootstrap")
async def bootstrap(
    request: Request,
    principal: PrincipalDep,
    _v: ProtocolDep,
    table: str | None = Query(default=None, max_length=64),
    after: str | None = Query(default=None, max_length=64),
    limit: int = Query(default=DEFAULT_ROWS, ge=1, le=MAX_ROWS),
) -> Response:
    """The current rows an empty replica starts from, table after table (``sync/bootstrap.py``)."""
    if table is not None and table not in registry():
        raise Problem(400, "unknown-table", f"{table!r} is not a synced table")
    try:
        after_id = uuid.UUID(after) if after else None
    except ValueError:
        raise Problem(400, "bad-cursor", "after must be a row id") from None
    if after_id is not None and table is None:
        raise Problem(400, "bad-cursor", "after needs the table it is an id of")
    seen = Seen.from_headers(request.headers, _v)
    body = await until_abandoned(
        request, _bootstrap_and_note, sdb_of(request), principal, seen, table, after_id, limit
    )
    if isinstance(body, Response):
        return body
    return Response(body, media_type="application/json", headers={"Cache-Control": "no-store"})


@router.post("/push", openapi_extra=PUSH)
async def push(request: Request, principal: PrincipalDep, _v: ProtocolDep) -> dict[str, Any]:
    raw = await request.body()  # at most limits.MAX_PUSH_BYTES, nested at most MAX_JSON_DEPTH deep
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "invalid-json", "the body is not JSON") from None
    try:
        _client_id, mutations = parse_push(body)
    except PayloadError as exc:
        raise Problem(400, "invalid-push", str(exc)) from None
    seen = Seen.from_headers(request.headers, _v)
    return await run_in_threadpool(_push_and_note, sdb_of(request), principal, seen, mutations)
