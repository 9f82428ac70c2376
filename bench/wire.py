"""Counting what goes over the wire, below httpx's decoding: an ``httpx.AsyncBaseTransport`` wrapper.

For every request it counts the request line, the headers and the body as sent, and the status line,
headers and body of the answer *as received* (still compressed: the wrapper reads the raw stream that
httpx decodes afterwards). It also measures the time spent waiting for and reading answers, so the
benchmark can split a sync into "server and network" and "client" time, and can keep the raw bodies of
chosen requests for later analysis.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import httpx


@dataclass
class Exchange:
    method: str
    path: str
    status: int
    request_bytes: int  # request line + headers + body
    request_header_bytes: int
    response_header_bytes: int  # status line + headers
    response_body_bytes: int  # as received (compressed)
    content_encoding: str
    seconds: float  # from sending the request to the last byte of the answer


@dataclass
class WireLog:
    exchanges: list[Exchange] = field(default_factory=list)
    keep_bodies_for: tuple[str, ...] = ()  # paths whose raw (compressed) bodies are kept
    bodies: list[tuple[str, str, bytes]] = field(default_factory=list)  # (path, encoding, raw body)

    def reset(self) -> None:
        self.exchanges.clear()
        self.bodies.clear()

    @property
    def requests(self) -> int:
        return len(self.exchanges)

    @property
    def sent(self) -> int:
        return sum(e.request_bytes for e in self.exchanges)

    @property
    def received(self) -> int:
        return sum(e.response_header_bytes + e.response_body_bytes for e in self.exchanges)

    @property
    def received_bodies(self) -> int:
        return sum(e.response_body_bytes for e in self.exchanges)

    @property
    def header_bytes(self) -> int:
        return sum(e.request_header_bytes + e.response_header_bytes for e in self.exchanges)

    @property
    def http_seconds(self) -> float:
        return sum(e.seconds for e in self.exchanges)


def _header_bytes(headers: httpx.Headers) -> int:
    return sum(len(k) + len(v) + 4 for k, v in headers.raw) + 2  # "k: v\r\n" ... "\r\n"


class _CountingStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, done: Callable[[_CountingStream], None]) -> None:
        self.inner = inner
        self.done = done
        self.count = 0
        self.chunks: list[bytes] | None = None
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            self.count += len(chunk)
            if self.chunks is not None:
                self.chunks.append(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self.inner.aclose()
        if not self._closed:
            self._closed = True
            self.done(self)


class CountingTransport(httpx.AsyncBaseTransport):
    def __init__(self, log: WireLog, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.log = log
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        started = time.perf_counter()
        target = request.url.raw_path
        request_line = len(request.method) + 1 + len(target) + len(b" HTTP/1.1\r\n")
        req_headers = request_line + _header_bytes(request.headers)
        body = request.content if isinstance(request.stream, httpx.ByteStream) else b""
        response = await self.inner.handle_async_request(request)
        status_line = len(b"HTTP/1.1 000 ") + len(response.extensions.get("reason_phrase", b"OK")) + 2
        resp_headers = status_line + _header_bytes(response.headers)
        path = request.url.path
        encoding = response.headers.get("content-encoding", "identity")

        def done(stream: _CountingStream) -> None:
            self.log.exchanges.append(
                Exchange(
                    method=request.method,
                    path=path,
                    status=response.status_code,
                    request_bytes=req_headers + len(body),
                    request_header_bytes=req_headers,
                    response_header_bytes=resp_headers,
                    response_body_bytes=stream.count,
                    content_encoding=encoding,
                    seconds=time.perf_counter() - started,
                )
            )
            if stream.chunks is not None:
                self.log.bodies.append((path, encoding, b"".join(stream.chunks)))

        stream = _CountingStream(response.stream, done)  # type: ignore[arg-type]
        if path in self.log.keep_bodies_for:
            stream.chunks = []
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=stream,
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()
