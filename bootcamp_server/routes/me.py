"""``GET /api/v1/me``: the signed-in user, their roles and the courses they staff."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from bootcamp_core.models import User
from bootcamp_core.protocol import encode_row

from .deps import PrincipalDep, sdb_of

router = APIRouter()


@router.get("/api/v1/me")
async def me(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    def load() -> dict[str, Any]:
        with sdb_of(request).read(principal.context) as s:
            t = User.__table__
            row = s.execute(sa.select(t).where(t.c.id == principal.user_id)).mappings().one()
            return encode_row("users", row)

    user = await run_in_threadpool(load)
    return {
        "user": user,
        "id": str(principal.user_id),
        "email": principal.email,
        "full_name": principal.full_name,
        "roles": sorted(principal.roles),
        "staff": {str(k): v for k, v in principal.staff.items()},
    }
