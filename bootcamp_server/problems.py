"""Problem details (RFC 9457) for every error; no stack trace ever reaches a client.

Raise ``Problem`` anywhere in a route; the handlers installed by ``install`` turn it, FastAPI's
validation errors, HTTP errors and unexpected exceptions into ``application/problem+json``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("bootcamp_server.problems")

PROBLEM_JSON = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Sign-in required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Too large",
    415: "Unsupported media type",
    416: "Range not satisfiable",
    422: "Unprocessable content",
    426: "Upgrade required",
    429: "Too many requests",
    500: "Internal server error",
}


class Problem(Exception):
    def __init__(
        self,
        status: int,
        type_: str,
        detail: str,
        *,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.type = type_ if type_.startswith(("urn:", "http", "about:")) else f"urn:bootcamp:{type_}"
        self.title = title or _TITLES.get(status, "Error")
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra

    def body(self, instance: str | None = None) -> dict[str, Any]:
        out = {"type": self.type, "title": self.title, "status": self.status, "detail": self.detail}
        if instance:
            out["instance"] = instance
        out.update(self.extra)
        return out

    def response(self, instance: str | None = None) -> JSONResponse:
        return JSONResponse(
            self.body(instance), status_code=self.status, headers=self.headers, media_type=PROBLEM_JSON
        )


def unauthorized(detail: str = "a valid access token is required", error: str = "invalid_token") -> Problem:
    return Problem(
        401, "unauthorized", detail, headers={"WWW-Authenticate": f'Bearer realm="bootcamp", error="{error}"'}
    )


def not_found(detail: str = "no such resource") -> Problem:
    return Problem(404, "not-found", detail)


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return exc.response(request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()
        ][:20]
        return Problem(400, "invalid-request", "the request does not validate", errors=errors).response(
            request.url.path
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
        return Problem(exc.status_code, kind, str(exc.detail), headers=dict(exc.headers or {})).response(
            request.url.path
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", extra={"fields": {"path": request.url.path}})
        return Problem(500, "internal", "the server failed to handle this request").response(request.url.path)
