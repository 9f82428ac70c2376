"""Response compression (docs/sync-protocol.md, "Transport"): zstd when the client accepts it and the
``zstandard`` package is installed, gzip otherwise.

Pull pages are large JSON documents; zstd (level 3) makes them smaller than gzip at its highest level in
a fraction of the time, and gzip stays at zlib's default level 6, whose output is within a few percent of
level 9 for half the work. Everything else behaves as Starlette's ``GZipMiddleware``: small bodies,
partial content, already-encoded and excluded media types go as they are.
"""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware, IdentityResponder
from starlette.types import ASGIApp, Receive, Scope, Send

try:
    import zstandard
except ImportError:  # pragma: no cover - an optional speed-up
    zstandard = None  # type: ignore[assignment]

GZIP_LEVEL = 6
ZSTD_LEVEL = 3
THREAD_MINIMUM_SIZE = 128 * 1024  # larger bodies are compressed off the event loop


def accepts(header: str, coding: str) -> bool:
    """Whether an ``Accept-Encoding`` value accepts ``coding`` (a ``q=0`` refuses it)."""
    for item in header.split(","):
        name, *params = item.split(";")
        if name.strip().lower() != coding:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        return q > 0
    return False


class ZstdResponder(IdentityResponder):
    content_encoding = "zstd"

    def __init__(
        self, app: ASGIApp, minimum_size: int, level: int, *, exclude_content_types: tuple[str, ...]
    ) -> None:
        super().__init__(app, minimum_size, exclude_content_types=exclude_content_types)
        self.level = level
        self._stream: Any = None

    async def apply_compression(self, body: bytes, *, more_body: bool) -> bytes:
        if len(body) >= THREAD_MINIMUM_SIZE:
            return await anyio.to_thread.run_sync(self._compress, body, more_body)
        return self._compress(body, more_body)

    def _compress(self, body: bytes, more_body: bool) -> bytes:
        if self._stream is None and not more_body:
            return zstandard.ZstdCompressor(level=self.level).compress(body)  # one frame, size in its header
        if self._stream is None:
            self._stream = zstandard.ZstdCompressor(level=self.level).compressobj()
        out = self._stream.compress(body)
        return out + (
            self._stream.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK) if more_body else self._stream.flush()
        )


class CompressionMiddleware(GZipMiddleware):
    def __init__(
        self,
        app: ASGIApp,
        minimum_size: int = 1024,
        *,
        exclude_content_types: tuple[str, ...] = DEFAULT_EXCLUDED_CONTENT_TYPES,
        gzip_level: int = GZIP_LEVEL,
        zstd_level: int = ZSTD_LEVEL,
    ) -> None:
        super().__init__(
            app, minimum_size, compresslevel=gzip_level, exclude_content_types=exclude_content_types
        )
        self.zstd_level = zstd_level

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and zstandard is not None
            and accepts(Headers(scope=scope).get("Accept-Encoding", ""), "zstd")
        ):
            responder = ZstdResponder(
                self.app, self.minimum_size, self.zstd_level, exclude_content_types=self.exclude_content_types
            )
            await responder(scope, receive, send)
            return
        await super().__call__(scope, receive, send)
