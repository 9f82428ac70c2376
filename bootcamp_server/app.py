"""The FastAPI application: ``create_app(settings)``."""

from __future__ import annotations

import gc
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES

from . import problems
from .compression import CompressionMiddleware
from .db import ServerDB
from .limits import InputLimits
from .oauth.server import BootcampAuthorizationServer
from .routes import (
    audit,
    blobs,
    cohort,
    external_tokens,
    health,
    me,
    oauth,
    privacy,
    releases,
    sync,
    usb,
    verify,
)
from .routes.deps import PROTOCOL_HEADER
from .serving import RequestLog
from .settings import Settings

log = logging.getLogger("bootcamp_server.http")


def settle_heap() -> None:
    """Move everything the server built at start (the app, SQLAlchemy's metadata, the libraries) out of
    the cyclic collector's way: requests allocate a lot (a pull page is thousands of rows), and each full
    collection would walk those long-lived objects again. Called once by ``serve``, before it listens."""
    gc.collect()
    gc.freeze()


def create_app(settings: Settings) -> FastAPI:
    if settings.allow_insecure_http:
        os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"  # Authlib reads it per request
    sdb = ServerDB(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.server_id = sdb.server_id()
        settings.blobs_dir.mkdir(parents=True, exist_ok=True)
        settings.uploads_dir.mkdir(parents=True, exist_ok=True)
        log.info(
            "server started",
            extra={"fields": {"issuer": settings.issuer, "database": sdb.engine.dialect.name}},
        )
        yield
        sdb.dispose()
        log.info("server stopped")

    app = FastAPI(title="Fataplus Bootcamp server", version="1", lifespan=lifespan)
    app.state.settings = settings
    app.state.sdb = sdb
    app.state.authz = BootcampAuthorizationServer(sdb, settings)
    app.state.server_id = ""
    problems.install(app)
    # Innermost: body size, JSON depth and NUL bytes are checked before any route reads the request.
    app.add_middleware(InputLimits, stream_limit=settings.max_chunk_bytes)
    # Compressed responses for the API (zstd or gzip); blobs (mostly compressed media already) and ranges
    # go as they are.
    app.add_middleware(
        CompressionMiddleware,
        minimum_size=1024,
        exclude_content_types=(
            *DEFAULT_EXCLUDED_CONTENT_TYPES,
            "application/octet-stream",
            "application/zip",
        ),
    )

    # Outermost: the protocol header on every answer and one log line per request (serving.py).
    app.add_middleware(RequestLog, header=PROTOCOL_HEADER)

    for module in (
        health,
        oauth,
        me,
        external_tokens,
        sync,
        blobs,
        releases,
        privacy,
        audit,
        verify,
        usb,
        cohort,
    ):
        app.include_router(module.router)
    return app
