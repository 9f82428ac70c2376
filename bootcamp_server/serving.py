"""How the server meets its connections: no Nagle delay, a log line per request, and work that stops when
the client has gone.

- ``NoDelayH11Protocol``: uvicorn's HTTP/1.1 protocol with ``TCP_NODELAY`` set on every connection. asyncio
  sets it only on sockets it created itself; ``serve --workers N`` shares a socket bound by uvicorn (protocol
  0), so each response's last segment waited for the client's delayed ACK (~40 ms) before.
- ``RequestLog``: a plain ASGI middleware that stamps ``Bootcamp-Protocol`` on every response, says in
  ``Server-Timing: app;dur=<ms>`` how long the server took to start answering, and logs one line per request (``client_gone`` when the client disconnected first: that is not an error).
- ``until_abandoned``: runs a route's blocking work in the thread pool while watching the connection; when the
  client disconnects, the work sees ``abandoned()`` at its next check (every batch of rows a pull or a
  checkpoint decides) and stops with ``Abandoned``, and the route answers nobody (status 499 in the log).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

from bootcamp_core.protocol import PROTOCOL_VERSION

log = logging.getLogger("bootcamp_server.http")
T = TypeVar("T")
CLIENT_GONE = 499  # nginx's name for it; never sent, only logged


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:  # a socket that is already gone
                pass
        super().connection_made(transport)


HTTP_PROTOCOL = f"{__name__}:NoDelayH11Protocol"  # what ``uvicorn.run(http=...)`` takes, also in workers


class RequestLog:
    def __init__(self, app: ASGIApp, header: str) -> None:
        self.app = app
        self.header = header.lower().encode("latin-1")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = CLIENT_GONE
        value = str(PROTOCOL_VERSION).encode("latin-1")

        async def stamped(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                spent = f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode("latin-1")
                message["headers"] = [
                    *message.get("headers", []),
                    (self.header, value),
                    (b"server-timing", spent),
                ]
            await send(message)

        try:
            await self.app(scope, receive, stamped)
        finally:
            log.info(
                "request",
                extra={
                    "fields": {
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                    }
                },
            )


class Abandoned(Exception):
    """The client of this request has gone: its work stops."""


_ABANDONED: contextvars.ContextVar[threading.Event | None] = contextvars.ContextVar(
    "bootcamp_abandoned", default=None
)


def check_abandoned() -> None:
    """Raise ``Abandoned`` when the request this thread works for has lost its client (cheap: call it per batch)."""
    flag = _ABANDONED.get()
    if flag is not None and flag.is_set():
        raise Abandoned


async def until_abandoned(request: Request, work: Callable[..., T], *args: Any) -> T | Response:
    """``work(*args)`` in the thread pool, stopped at its next ``check_abandoned`` once the client disconnects;
    then an empty 499 response, which nobody receives."""
    flag = threading.Event()

    async def watch() -> None:
        while True:
            message = await request.receive()
            if message["type"] == "http.disconnect":
                flag.set()
                return

    def run() -> T:
        _ABANDONED.set(flag)
        return work(*args)

    watcher = asyncio.ensure_future(watch())
    try:
        return await run_in_threadpool(run)
    except Abandoned:
        return Response(status_code=CLIENT_GONE)
    except asyncio.CancelledError:
        flag.set()
        raise
    finally:
        watcher.cancel()
