"""How the server meets connections (``bootcamp_server/serving.py``): TCP_NODELAY on sockets it did not create
itself (``serve --workers N``), and a request whose client has gone stops its work and is no error."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from uvicorn.server import ServerState

from bootcamp_server.serving import (
    HTTP_PROTOCOL,
    NoDelayH11Protocol,
    RequestLog,
    check_abandoned,
    until_abandoned,
)


async def _nodelay_of_accepted(protocol: type[asyncio.Protocol], **kwargs: object) -> int:
    """TCP_NODELAY of a connection accepted on a socket bound as uvicorn binds one for several workers: made
    without a protocol number, which asyncio's own TCP_NODELAY skips."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    assert listener.proto == 0
    accepted: list[socket.socket] = []

    class Recording(protocol):  # type: ignore[valid-type,misc]
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)
            accepted.append(transport.get_extra_info("socket"))

    server = await asyncio.get_running_loop().create_server(lambda: Recording(**kwargs), sock=listener)
    _reader, writer = await asyncio.open_connection(*listener.getsockname())
    for _ in range(3000):
        if accepted:
            break
        await asyncio.sleep(0.01)
    assert accepted, "the server accepted the connection"
    value = accepted[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    writer.close()
    server.close()
    return value


def test_connections_on_a_shared_socket_get_tcp_nodelay() -> None:
    config = uvicorn.Config(Starlette(), http=HTTP_PROTOCOL)
    config.load()
    assert config.http_protocol_class is NoDelayH11Protocol
    assert asyncio.run(_nodelay_of_accepted(asyncio.Protocol)) == 0, "what a worker's connection had before"
    assert (
        asyncio.run(
            _nodelay_of_accepted(NoDelayH11Protocol, config=config, server_state=ServerState(), app_state={})
        )
        != 0
    )


def test_a_request_whose_client_left_stops_and_is_logged_as_such(caplog: pytest.LogCaptureFixture) -> None:
    started, stopped = threading.Event(), threading.Event()

    def work() -> dict[str, str]:
        started.set()
        try:
            for _ in range(6000):  # at most a minute: a batch of rows at a time, as a checkpoint reads them
                check_abandoned()
                stopped.wait(0.01)
        except BaseException:
            stopped.set()
            raise
        return {"done": "yes"}

    async def slow(request: Request) -> Response:
        result = await until_abandoned(request, work)
        return result if isinstance(result, Response) else JSONResponse(result)

    app = RequestLog(Starlette(routes=[Route("/slow", slow)]), header="Bootcamp-Protocol")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, http=HTTP_PROTOCOL, log_level="info", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    caplog.set_level(logging.INFO)
    thread.start()
    try:
        while not server.started:
            threading.Event().wait(0.01)
        client = socket.create_connection(listener.getsockname())
        client.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
        assert started.wait(30)
        client.close()  # the user closed the window
        assert stopped.wait(30), "the work stopped at its next check"
    finally:
        server.should_exit = True
        thread.join(30)
    lines = [r for r in caplog.records if r.name == "bootcamp_server.http" and r.getMessage() == "request"]
    assert [r.fields["status"] for r in lines] == [499]  # type: ignore[attr-defined]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR], "a client that left is not an error"
