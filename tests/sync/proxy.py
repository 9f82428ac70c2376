"""A misbehaving network for the sync tests: a TCP proxy on 127.0.0.1 between a replica and the server.

``LinkProxy`` runs its own asyncio loop in a daemon thread and forwards every connection it accepts to
``127.0.0.1:<target port>``. It can
- throttle: one shared link per direction, ``rate`` bytes per second (256 kbit/s is 32_000), plus
  ``latency`` seconds added to every byte (pipelined, as on a real long link, not per chunk);
- cut connections: ``cut_policy(conn_no)`` gives a connection a budget of bytes from the server (and
  ``up_cut_policy`` one of bytes to it), after which both sides are aborted mid-stream (``None``: never
  cut); ``heal()`` stops cutting;
- watch the traffic: it parses the HTTP request heads going up (method, path, headers) and calls
  ``on_request(conn, head)`` in the proxy thread; ``cut_before_response(conn)`` makes a connection die
  after its request went up but before any byte of the answer comes back (the server did the work, the
  client never hears of it);
- count: ``bytes_down``/``bytes_up`` forwarded, and ``requests`` seen, for "no finished byte fetched
  twice" checks.

``ProxyTransport`` is the httpx transport that sends a client's requests to the proxy's port instead of
the server's, leaving the URL the client knows (and so its sync state, its keyring entry and the OAuth
issuer it checks) unchanged: the replica thinks it talks to the server, the bytes go through the proxy.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Self

import httpx

from .live import free_port

PIECE = 2048  # bytes written at a time on a throttled link


@dataclass
class RequestHead:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Connection:
    number: int
    budget_down: int | None  # bytes from the server before the cut; None: never cut
    budget_up: int | None = None  # bytes to the server before the cut
    down: int = 0
    up: int = 0
    requests: list[RequestHead] = field(default_factory=list)
    cut: bool = False
    kill_on_response: bool = False
    _up_buffer: bytes = b""
    _body_left: int = 0
    _closers: list[Callable[[], None]] = field(default_factory=list)

    def abort(self) -> None:
        self.cut = True
        for close in self._closers:
            with contextlib.suppress(Exception):  # the socket may be gone already
                close()


class _Link:
    """One direction of the shared link: bandwidth and latency for all connections together."""

    def __init__(self, rate: float | None, latency: float) -> None:
        self.rate = rate
        self.latency = latency
        self.free_at = 0.0

    def schedule(self, arrived: float, size: int) -> float:
        """When a piece of ``size`` bytes read at ``arrived`` leaves the far end of the link."""
        start = max(arrived + self.latency, self.free_at)
        if self.rate:
            self.free_at = start + size / self.rate
            return self.free_at
        return start


class LinkProxy:
    def __init__(
        self,
        target_port: int,
        *,
        rate: float | None = None,
        latency: float = 0.0,
        cut_policy: Callable[[int], int | None] | None = None,
        up_cut_policy: Callable[[int], int | None] | None = None,
        on_request: Callable[[Connection, RequestHead], None] | None = None,
    ) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.cut_policy = cut_policy
        self.up_cut_policy = up_cut_policy
        self.on_request = on_request
        self._down = _Link(rate, latency)
        self._up = _Link(rate, latency)
        self.connections: list[Connection] = []
        self.bytes_down = 0
        self.bytes_up = 0
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()

    # -- control, from the test's thread --------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._run, daemon=True, name=f"proxy:{self.port}")
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the proxy did not start")
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        assert self._thread is not None
        self._thread.join(10)
        self._loop = None

    def heal(self) -> None:
        """No more cuts, from now on (connections already open keep their budget, ended at once)."""
        self.cut_policy = self.up_cut_policy = None
        self.on_request = None
        with self._lock:
            for conn in self.connections:
                conn.budget_down = conn.budget_up = None

    def throttle(self, rate: float | None, latency: float = 0.0) -> None:
        """A new link speed for the bytes from now on (``None``: unlimited)."""
        self._down = _Link(rate, latency)
        self._up = _Link(rate, latency)

    def cut_all(self) -> None:
        """Abort every open connection now."""
        assert self._loop is not None
        with self._lock:
            conns = list(self.connections)
        for conn in conns:
            self._loop.call_soon_threadsafe(conn.abort)

    @property
    def requests(self) -> list[RequestHead]:
        with self._lock:
            return [r for c in self.connections for r in c.requests]

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the proxy's own thread -----------------------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._server = loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", self.port))
        self._ready.set()
        loop.run_forever()
        loop.close()

    async def _shutdown(self) -> None:
        assert self._server is not None
        self._server.close()
        with self._lock:
            conns = list(self.connections)
        for conn in conns:
            conn.abort()

    async def _accept(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        with self._lock:
            number = len(self.connections)
            budget = self.cut_policy(number) if self.cut_policy else None
            conn = Connection(number, budget, self.up_cut_policy(number) if self.up_cut_policy else None)
            self.connections.append(conn)
        try:
            server_r, server_w = await asyncio.open_connection("127.0.0.1", self.target_port)
        except OSError:
            client_w.transport.abort()
            return
        conn._closers += [client_w.transport.abort, server_w.transport.abort]
        await asyncio.gather(
            self._pump(conn, client_r, server_w, up=True),
            self._pump(conn, server_r, client_w, up=False),
            return_exceptions=True,
        )
        conn.abort()

    async def _pump(
        self, conn: Connection, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, up: bool
    ) -> None:
        """Read from one side and deliver to the other through the link, pipelined: a reader task queues
        what arrives with its arrival time, this task delivers each piece when the link lets it."""
        link = self._up if up else self._down
        queue: asyncio.Queue[tuple[float, bytes] | None] = asyncio.Queue()

        async def read() -> None:
            try:
                while True:
                    data = await reader.read(65536)
                    if not data:
                        break
                    if up:
                        self._watch_up(conn, data)
                    arrived = time.monotonic()
                    for i in range(0, len(data), PIECE):
                        queue.put_nowait((arrived, data[i : i + PIECE]))
            except (ConnectionError, OSError):
                pass
            finally:
                queue.put_nowait(None)

        reading = asyncio.ensure_future(read())
        try:
            while True:
                item = await queue.get()
                if item is None or conn.cut:
                    break
                arrived, piece = item
                if not up and conn.kill_on_response:
                    conn.abort()
                    break
                budget, used = (conn.budget_up, conn.up) if up else (conn.budget_down, conn.down)
                if budget is not None and used + len(piece) > budget:
                    piece = piece[: max(0, budget - used)]
                    if piece:
                        await self._deliver(link, arrived, piece, writer)
                        self._count(conn, len(piece), up)
                    conn.abort()
                    break
                await self._deliver(link, arrived, piece, writer)
                self._count(conn, len(piece), up)
            if not conn.cut and writer.can_write_eof():
                writer.write_eof()
        except (ConnectionError, OSError):
            conn.abort()
        finally:
            reading.cancel()

    async def _deliver(self, link: _Link, arrived: float, piece: bytes, writer: asyncio.StreamWriter) -> None:
        due = link.schedule(arrived, len(piece))
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)  # the link's own pace, not a test waiting for something
        writer.write(piece)
        await writer.drain()

    def _count(self, conn: Connection, n: int, up: bool) -> None:
        with self._lock:
            if up:
                conn.up += n
                self.bytes_up += n
            else:
                conn.down += n
                self.bytes_down += n

    def _watch_up(self, conn: Connection, data: bytes) -> None:
        """Find request heads in the bytes going up (bodies skipped by Content-Length)."""
        buf = conn._up_buffer + data
        while buf:
            if conn._body_left:
                skip = min(conn._body_left, len(buf))
                conn._body_left -= skip
                buf = buf[skip:]
                continue
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head, buf = buf[:end].decode("latin-1"), buf[end + 4 :]
            lines = head.split("\r\n")
            match = re.match(r"^(\S+) (\S+) HTTP/", lines[0])
            if not match:
                continue
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            request = RequestHead(match.group(1), match.group(2), headers)
            conn._body_left = int(headers.get("content-length") or 0)
            with self._lock:
                conn.requests.append(request)
            if self.on_request is not None:
                self.on_request(conn, request)
        conn._up_buffer = buf


def cut_before_response(conn: Connection) -> None:
    """Let the request go up whole, then kill the connection at the first byte of the answer."""
    conn.kill_on_response = True


class ProxyTransport(httpx.AsyncBaseTransport):
    """Send every request to the proxy's port; the URL, Host header and everything else stay as they are."""

    def __init__(self, port: int, **kwargs: Any) -> None:
        self.port = port
        self._inner = httpx.AsyncHTTPTransport(**kwargs)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.url = request.url.copy_with(port=self.port)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()
