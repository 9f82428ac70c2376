"""USB drives (``bootcamp_server/usb.py``): the server's public keys, device keys, course packs, work bundles."""

from __future__ import annotations

import json
import uuid
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from bootcamp_core.protocol.usb import UsbError

from .. import usb
from ..problems import Problem
from .deps import PrincipalDep, sdb_of, settings_of
from .openapi import DEVICE_KEY, WORK_BUNDLE

router = APIRouter()
BUNDLE_PATH = "/api/v1/usb/work-bundle"


def _server_id(request: Request) -> str:
    return request.app.state.server_id or sdb_of(request).server_id()


async def _json(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError):
        raise Problem(400, "invalid-json", "the body is not JSON") from None


@router.get("/.well-known/bootcamp-usb")
async def keys(request: Request) -> dict[str, Any]:
    """The keys that sign course packs and returns, and receive work bundles (no sign-in needed)."""
    return usb.published(settings_of(request), _server_id(request))


@router.put("/api/v1/usb/device-key", openapi_extra=DEVICE_KEY)
async def device_key(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    body = await _json(request)
    try:
        return await run_in_threadpool(usb.register_device, sdb_of(request), principal, body)
    except UsbError as exc:
        raise Problem(400, "bad-device-key", str(exc)) from None


@router.get("/api/v1/usb/course-pack/{course_id}")
async def course_pack(request: Request, course_id: uuid.UUID, principal: PrincipalDep) -> dict[str, Any]:
    try:
        return await run_in_threadpool(
            usb.course_pack, sdb_of(request), settings_of(request), _server_id(request), principal, course_id
        )
    except LookupError as exc:
        raise Problem(404, "not-found", str(exc)) from None


@router.post(BUNDLE_PATH, openapi_extra=WORK_BUNDLE)
async def work_bundle(request: Request, principal: PrincipalDep) -> dict[str, Any]:
    """A work bundle carried in by any signed-in user (a facilitator): pushed as the learner who signed it."""
    body = await _json(request)
    try:
        return await run_in_threadpool(
            usb.import_bundle, sdb_of(request), settings_of(request), _server_id(request), principal, body
        )
    except UsbError as exc:
        raise Problem(400, "bad-bundle", str(exc)) from None
