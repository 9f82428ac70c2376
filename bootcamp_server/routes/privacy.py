"""Privacy routes: ``GET /api/v1/me/export`` (a zip of the caller's data) and erasure of personal data,
by the user themselves (``POST /api/v1/me/erasure`` with ``{"confirm": "<their email>"}``, from a sign-in
made in the last ``Settings.reauth_seconds``: re-authentication, so a laptop left signed in cannot erase
its owner) or by an admin (``POST /api/v1/users/{id}/erasure``)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..blobstore import BlobStore
from ..db import SERVICE, ServerDB
from ..models import OAuthToken, OAuthTokenFamily
from ..oauth.tokens import token_hash
from ..privacy.erasure import erase_user
from ..privacy.export import build_export
from ..problems import Problem, not_found
from .deps import PrincipalDep, sdb_of
from .openapi import ERASURE

router = APIRouter(prefix="/api/v1")


@router.get("/me/export")
async def export(request: Request, principal: PrincipalDep) -> StreamingResponse:
    store = BlobStore(request.app.state.settings)
    archive = await run_in_threadpool(build_export, sdb_of(request), principal, store)

    def chunks() -> Any:
        try:
            while block := archive.read(1 << 16):
                yield block
        finally:
            archive.close()

    return StreamingResponse(
        chunks(),
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="bootcamp-export-{principal.user_id}.zip"',
            "Cache-Control": "no-store",
        },
    )


def signed_in_at(sdb: ServerDB, access_token: str) -> dt.datetime | None:
    """When the sign-in behind this access token was made (a refresh keeps the sign-in's time)."""
    with sdb.read(SERVICE) as s:
        row = s.execute(
            sa.select(OAuthToken.issued_at, OAuthTokenFamily.created_at)
            .outerjoin(OAuthTokenFamily, OAuthTokenFamily.id == OAuthToken.family_id)
            .where(OAuthToken.access_token_hash == token_hash(access_token))
        ).first()
    if row is None:
        return None
    at = row[1] or row[0]
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at


@router.post("/me/erasure", openapi_extra=ERASURE)
async def erase_me(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict) or str(body.get("confirm", "")).lower() != principal.email.lower():
        raise Problem(
            400,
            "confirmation-required",
            'erasure cannot be undone: send {"confirm": "<your email>"} to confirm',
        )
    token = request.headers.get("authorization", "").partition(" ")[2].strip()
    since = await run_in_threadpool(signed_in_at, sdb_of(request), token)
    limit = request.app.state.settings.reauth_seconds
    if since is None or (dt.datetime.now(dt.UTC) - since).total_seconds() > limit:
        raise Problem(
            403,
            "reauthentication-required",
            f"erasing your account needs a fresh sign-in: sign in again (within {limit // 60} minutes) and confirm",
            max_age=limit,
        )
    store = BlobStore(request.app.state.settings)
    result = await run_in_threadpool(erase_user, sdb_of(request), principal.user_id, principal.user_id, store)
    return {"erased": str(principal.user_id), **result}


@router.post("/users/{user_id}/erasure")
async def erase_other(request: Request, user_id: uuid.UUID, principal: PrincipalDep) -> dict[str, Any]:
    if not principal.is_admin:
        raise not_found("no such user")
    store = BlobStore(request.app.state.settings)
    try:
        result = await run_in_threadpool(erase_user, sdb_of(request), user_id, principal.user_id, store)
    except LookupError:
        raise not_found("no such user") from None
    except ValueError as exc:
        raise Problem(400, "not-erasable", str(exc)) from None
    return {"erased": str(user_id), **result}
