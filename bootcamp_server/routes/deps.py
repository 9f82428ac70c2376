"""What routes share: the app's state, bearer-token authentication and the protocol version check."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from bootcamp_core.protocol import PROTOCOL_MIN, PROTOCOL_VERSION
from bootcamp_core.protocol.releases import PLATFORM_HEADER, PLATFORMS

from ..access.principal import Principal
from ..db import ServerDB
from ..oauth.tokens import principal_for_token
from ..problems import Problem, unauthorized
from ..settings import Settings

PROTOCOL_HEADER = "Bootcamp-Protocol"


def sdb_of(request: Request) -> ServerDB:
    return request.app.state.sdb


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


async def current_principal(request: Request) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise unauthorized(
            "sign in first: send Authorization: Bearer <access token>", error="invalid_request"
        )
    principal = await run_in_threadpool(principal_for_token, sdb_of(request), token.strip())
    if principal is None:
        raise unauthorized("the access token is invalid, expired or revoked")
    return principal


async def check_protocol(request: Request) -> int:
    """The client's protocol version; too old is 426 and too new is 400, before any data is touched (async: no
    I/O, so no trip through the thread pool, which every request waits for under load)."""
    raw = request.headers.get(PROTOCOL_HEADER)
    try:
        version = int(raw) if raw is not None else 0
    except ValueError:
        raise Problem(400, "bad-protocol", f"{PROTOCOL_HEADER} must be an integer") from None
    if version < PROTOCOL_MIN:
        release, offered = _update_for(request)
        issuer = settings_of(request).issuer
        where = "Please update the app."
        if release is not None:
            where = (
                f"Please update the app: version {release['version']} ({release['size']} bytes) can be "
                f"downloaded from this server at {issuer}{release['url']}"
            )
        elif offered:  # an app too old to name its platform: every installer, for its user to choose
            where = "Please update the app; this server has installers at " + ", ".join(
                f"{r['platform']} {r['version']}: {issuer}{r['url']}" for r in offered
            )
        raise Problem(
            426,
            "protocol-too-old",
            f"this app speaks sync protocol {version or 'without a version'}; the server needs at least "
            f"{PROTOCOL_MIN}. {where}",
            title="Please update the app",
            min_protocol=PROTOCOL_MIN,
            max_protocol=PROTOCOL_VERSION,
            release=release,
            headers={"Upgrade": f"bootcamp-sync/{PROTOCOL_VERSION}"},
        )
    if version > PROTOCOL_VERSION:
        raise Problem(
            400,
            "protocol-too-new",
            f"this server speaks sync protocol up to {PROTOCOL_VERSION}, the app speaks {version}",
            max_protocol=PROTOCOL_VERSION,
        )
    return version


def _update_for(request: Request) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The newest installer this server holds that it would accept, for the platform the app named; for an
    app that names none (older than releases), the newest of every platform instead."""
    from .releases import latest_json

    platform = request.headers.get(PLATFORM_HEADER, "")
    if platform in PLATFORMS:
        return latest_json(sdb_of(request), platform, min_protocol=PROTOCOL_MIN), []
    found = [latest_json(sdb_of(request), p, min_protocol=PROTOCOL_MIN) for p in PLATFORMS]
    return None, [r for r in found if r is not None]


PrincipalDep = Annotated[Principal, Depends(current_principal)]
ProtocolDep = Annotated[int, Depends(check_protocol)]
