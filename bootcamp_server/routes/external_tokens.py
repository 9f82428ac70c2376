"""A user's own external service tokens: ``PUT``/``DELETE /api/v1/me/external-tokens/{service}`` and
``GET /api/v1/me/external-tokens`` (metadata only). No route ever answers with a token."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from bootcamp_core.models import ExternalServiceToken

from ..integration_tokens import TokenInputError, check_service, metadata, parse_input, remove, store
from ..problems import Problem, not_found
from ..secretbox import secret_box
from .deps import PrincipalDep, sdb_of, settings_of
from .openapi import EXTERNAL_TOKEN

router = APIRouter(prefix="/api/v1/me/external-tokens")


def _service(name: str) -> str:
    try:
        return check_service(name)
    except TokenInputError as exc:
        raise Problem(400, "invalid-service", str(exc)) from None


@router.get("")
async def list_tokens(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    def load() -> list[dict[str, Any]]:
        with sdb_of(request).read(principal.context) as s:
            rows = s.scalars(
                sa.select(ExternalServiceToken)
                .where(ExternalServiceToken.user_id == principal.user_id)
                .order_by(ExternalServiceToken.service_name)
            ).all()
            return [metadata(r) for r in rows]

    return {"tokens": await run_in_threadpool(load)}


@router.put("/{service}", openapi_extra=EXTERNAL_TOKEN)
async def put_token(request: Request, service: str, principal: PrincipalDep) -> Response:
    name = _service(service)
    try:
        given = parse_input(await request.json())
    except ValueError as exc:  # TokenInputError, or a body that is not JSON
        raise Problem(
            400, "invalid-token", str(exc) if isinstance(exc, TokenInputError) else "the body is not JSON"
        ) from None
    box = secret_box(settings_of(request).data_dir)

    def write() -> dict[str, Any]:
        with sdb_of(request).write(principal.context) as s:
            return metadata(store(s, box, principal.user_id, name, given))

    answer = await run_in_threadpool(write)
    return JSONResponse(answer, headers={"Cache-Control": "no-store"})


@router.delete("/{service}", status_code=204)
async def delete_token(request: Request, service: str, principal: PrincipalDep) -> Response:
    name = _service(service)

    def write() -> bool:
        with sdb_of(request).write(principal.context) as s:
            return remove(s, principal.user_id, name)

    if not await run_in_threadpool(write):
        raise not_found(f"no token for {name}")
    return Response(status_code=204)
