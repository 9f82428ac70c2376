"""Privacy routes: ``GET /api/v1/me/export`` (a zip of the caller's data) and erasure of personal data,
by the user themselves (``POST /api/v1/me/erasure`` with ``{"confirm": "<their email>"}``) or by an
admin (``POST /api/v1/users/{id}/erasure``)."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from ..blobstore import BlobStore
from ..privacy.erasure import erase_user
from ..privacy.export import build_export
from ..problems import Problem, not_found
from .deps import PrincipalDep, sdb_of

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


@router.post("/me/erasure")
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
