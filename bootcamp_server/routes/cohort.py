"""``GET /api/v1/courses/{course_id}/sync-status``: for the course's staff (and admins), when each learner's
app last synced with this server, how much it received and sent, which app version it runs
(``sync/presence.py``). A learner, or staff of another course, gets 403: nobody sees others' syncs otherwise."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from ..problems import Problem
from ..sync.presence import cohort_status
from .deps import PrincipalDep, sdb_of

router = APIRouter(prefix="/api/v1/courses")


@router.get("/{course_id}/sync-status")
async def sync_status(request: Request, principal: PrincipalDep, course_id: str) -> Any:
    try:
        course = uuid.UUID(course_id)
    except ValueError:
        raise Problem(400, "bad-id", "the course id is not a UUID") from None
    try:
        learners = await run_in_threadpool(cohort_status, sdb_of(request), principal, course)
    except PermissionError as exc:
        raise Problem(403, "forbidden", str(exc)) from None
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return JSONResponse(
        {"course_id": str(course), "server_time": now, "learners": learners},
        headers={"Cache-Control": "no-store"},
    )
