"""Limits on what a request may carry, applied in one place before any route runs (docs/security.md,
"Input limits"): no input may make the server fail with a 500.

- **Body size**: a push may carry ``MAX_PUSH_BYTES`` (16 MiB), a blob chunk ``Settings.max_chunk_bytes``
  (streamed: the upload route counts it), anything else ``MAX_BODY_BYTES`` (1 MiB). A larger declared
  ``Content-Length`` is refused before a byte is read; a body that grows past it while arriving too.
  Answer: ``413`` problem document ``urn:bootcamp:too-large``.
- **JSON depth**: a body (other than a form or a blob chunk) nested deeper than ``MAX_JSON_DEPTH`` (64)
  arrays and objects is refused before it is parsed, so no parser or walker downstream can recurse until
  ``RecursionError``. Answer: ``400`` ``urn:bootcamp:too-deep``. Our deepest legitimate document (a rubric
  inside an assignment inside a push) is under 10.
- **NUL bytes** in the path or the query string: ``400`` ``urn:bootcamp:invalid-request``. No identifier,
  cursor, certificate number or OAuth parameter may hold one, and PostgreSQL text cannot store one.

The body is read here, checked, and handed to the route whole, so a route's ``request.json()`` sees exactly
what was checked.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from itertools import accumulate

import anyio.to_thread
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .problems import Problem

MAX_BODY_BYTES = 1024 * 1024
MAX_PUSH_BYTES = 16 * 1024 * 1024
MAX_JSON_DEPTH = 64
MAX_BUNDLE_BYTES = 64 * 1024 * 1024  # a work bundle carries its files (base64) with its changes

# A JSON string, possessive so that it never backtracks: an unterminated string runs to the end of the body.
_STRING = re.compile(rb'"(?:[^"\\]++|\\.?)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_STEPS = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")  # +1 for an opening, -1 (signed) for a closing
THREAD_MINIMUM_SIZE = 128 * 1024  # larger bodies are checked off the event loop
_NOT_JSON = ("application/x-www-form-urlencoded", "multipart/form-data", "application/octet-stream")


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether ``body``, read as JSON, opens more than ``limit`` arrays/objects inside one another.

    Linear in the body and done in C (16 MiB of brackets take well under a second): strings are removed
    (brackets inside them do not count), every other byte but brackets is dropped, and the depth is the
    highest running sum of +1 per opening and -1 per closing. A body that is not JSON may be judged either
    way: the parser refuses it anyway.
    """
    brackets = _STRING.sub(b"", body).translate(None, _NOT_BRACKETS)
    if b"[" * (limit + 1) in brackets or b"{" * (limit + 1) in brackets:
        return True
    return max(accumulate(array("b", brackets.translate(_STEPS))), default=0) > limit


class InputLimits:
    """Pure ASGI middleware: the checks above, then the route with the body it checked."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limits: Iterable[tuple[str, int]] = (
            ("/api/v1/sync/push", MAX_PUSH_BYTES),
            ("/api/v1/usb/work-bundle", MAX_BUNDLE_BYTES),
        ),
        streamed: str = r"^/api/v1/blobs/[^/]*/upload$",
        stream_limit: int = 8 * 1024 * 1024,
        default: int = MAX_BODY_BYTES,
        max_depth: int = MAX_JSON_DEPTH,
    ) -> None:
        self.app = app
        self.limits = dict(limits)
        self.streamed = re.compile(streamed)
        self.stream_limit = stream_limit
        self.default = default
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        query: bytes = scope.get("query_string", b"")
        if "\x00" in path or b"\x00" in query or b"%00" in query:
            problem = Problem(400, "invalid-request", "a URL may not hold a NUL byte")
            await self._refuse(scope, receive, send, problem)
            return
        headers = Headers(scope=scope)
        streamed = bool(self.streamed.match(path))
        limit = self.stream_limit if streamed else self.limits.get(path, self.default)
        try:
            declared = int(headers.get("content-length") or 0)
        except ValueError:
            declared = 0
        if declared > limit:
            await self._refuse(scope, receive, send, _too_large(limit))
            return
        if streamed:  # the upload route reads the chunk as it comes, and counts it
            await self.app(scope, receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                await self.app(scope, _replay(b"", message, receive), send)
                return
            body += message.get("body", b"")
            if len(body) > limit:
                await self._refuse(scope, receive, send, _too_large(limit))
                return
            if not message.get("more_body", False):
                break
        kind = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and kind not in _NOT_JSON and await _too_deep(bytes(body), self.max_depth):
            problem = Problem(
                400, "too-deep", f"a JSON body may not nest arrays and objects over {self.max_depth} deep"
            )
            await self._refuse(scope, receive, send, problem)
            return
        await self.app(scope, _replay(bytes(body), None, receive), send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, problem: Problem) -> None:
        await problem.response(scope["path"])(scope, receive, send)


async def _too_deep(body: bytes, limit: int) -> bool:
    if len(body) < THREAD_MINIMUM_SIZE:
        return json_too_deep(body, limit)
    return await anyio.to_thread.run_sync(json_too_deep, body, limit)


def _too_large(limit: int) -> Problem:
    return Problem(413, "too-large", f"this request's body may not exceed {limit} bytes")


def _replay(body: bytes, first: Message | None, receive: Receive) -> Receive:
    """A ``receive`` that gives the body already read as one message, then what the client sends next."""
    pending: list[Message] = [first or {"type": "http.request", "body": body, "more_body": False}]

    async def again() -> Message:
        return pending.pop() if pending else await receive()

    return again
