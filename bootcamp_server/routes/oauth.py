"""OAuth endpoints: authorization (with the login page), token, revocation, and RFC 8414 metadata."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from authlib.oauth2.rfc6749 import InvalidRequestError, OAuth2Error
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from ..oauth.clients import SCOPES
from ..oauth.login import (
    CSRF_COOKIE,
    check_credentials,
    csrf_ok,
    forget_attempt,
    login_page,
    message_page,
    new_csrf,
    reserve_attempt,
)
from ..oauth.server import oauth_request
from .openapi import AUTHORIZE_QUERY, LOGIN_FORM, REVOKE_FORM, TOKEN_FORM, both

router = APIRouter()
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
# Authlib copies some parameters (redirect_uri, response_type, grant_type) into its error descriptions and
# raises ValueError when they hold a character RFC 6749 forbids there (a backslash, a quote, a control).
UNSPEAKABLE = "a parameter holds characters that OAuth does not allow (RFC 6749, Appendix A)"


def _authz(request: Request) -> Any:
    return request.app.state.authz


def _error_page(error: OAuth2Error, status: int = 400) -> HTMLResponse:
    return HTMLResponse(
        message_page("Sign-in request refused", error.description or error.error),
        status_code=status,
        headers=NO_STORE,
    )


def _login_response(
    request: Request, *, csrf: str, client: str, email: str = "", error: str | None = None, status: int = 200
) -> HTMLResponse:
    action = "/oauth/authorize?" + urlencode(list(request.query_params.multi_items()))
    response = HTMLResponse(
        login_page(action=action, csrf=csrf, client=client, email=email, error=error),
        status_code=status,
        headers={
            **NO_STORE,
            "X-Frame-Options": "DENY",
            "Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'",
        },
    )
    response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict", path="/oauth")
    return response


def _validate(request: Request, oauth_req: Any) -> Any:
    """The grant for a valid authorization request, or an error response (redirect or page)."""
    server = _authz(request)
    try:
        return server.get_consent_grant(oauth_req)
    except OAuth2Error as error:
        if getattr(error, "redirect_uri", None):
            return server.handle_error_response(oauth_req, error)
        return _error_page(error)
    except ValueError:  # no redirect then: the redirect URI itself may be what is wrong (RFC 6749 §4.1.2.1)
        return _error_page(InvalidRequestError(UNSPEAKABLE))


def _endpoint(call: Any, *args: Any) -> Response:
    """An Authlib token or revocation response; a request Authlib cannot even describe is invalid_request."""
    try:
        response: Response = call(*args)
    except ValueError:
        response = JSONResponse(
            {"error": "invalid_request", "error_description": UNSPEAKABLE}, status_code=400
        )
    response.headers.update(NO_STORE)
    return response


@router.get("/oauth/authorize", openapi_extra=AUTHORIZE_QUERY)
async def authorize_page(request: Request) -> Response:
    oauth_req = await oauth_request(request, read_form=False)
    grant = await run_in_threadpool(_validate, request, oauth_req)
    if isinstance(grant, Response):
        return grant
    return _login_response(request, csrf=new_csrf(), client=grant.client.get_client_id())


@router.post("/oauth/authorize", openapi_extra=both(AUTHORIZE_QUERY, LOGIN_FORM))
async def authorize_submit(request: Request) -> Response:
    form = await request.form()
    email = str(form.get("email") or "")
    password = str(form.get("password") or "")
    oauth_req = await oauth_request(request, read_form=False)
    grant = await run_in_threadpool(_validate, request, oauth_req)
    if isinstance(grant, Response):
        return grant
    client = grant.client.get_client_id()
    if not csrf_ok(request.cookies.get(CSRF_COOKIE), str(form.get("csrf_token") or "")):
        return _login_response(
            request,
            csrf=new_csrf(),
            client=client,
            email=email,
            status=400,
            error="The form expired. Please sign in again.",
        )
    sdb = request.app.state.sdb
    settings = request.app.state.settings
    ip = request.client.host if request.client else "unknown"
    # Decided atomically before the password is looked at: at most the limit of checks run per minute for
    # this (IP, email), however many requests arrive at once; a right password gives its attempt back.
    attempt = await run_in_threadpool(reserve_attempt, sdb, ip, email, settings.login_attempts_per_minute)
    if attempt is None:
        return _login_response(
            request,
            csrf=new_csrf(),
            client=client,
            email=email,
            status=429,
            error="Too many attempts. Wait a minute and try again.",
        )
    user = await run_in_threadpool(check_credentials, sdb, email, password)
    if user is None:
        return _login_response(
            request, csrf=new_csrf(), client=client, email=email, status=401, error="Wrong email or password."
        )
    await run_in_threadpool(forget_attempt, sdb, attempt)
    return await run_in_threadpool(_authz(request).create_authorization_response, oauth_req, user, grant)


@router.post("/oauth/token", openapi_extra=TOKEN_FORM)
async def token(request: Request) -> Response:
    oauth_req = await oauth_request(request, read_form=True)
    return await run_in_threadpool(_endpoint, _authz(request).create_token_response, oauth_req)


@router.post("/oauth/revoke", openapi_extra=REVOKE_FORM)
async def revoke(request: Request) -> Response:
    oauth_req = await oauth_request(request, read_form=True)
    server = _authz(request)
    return await run_in_threadpool(_endpoint, server.create_endpoint_response, "revocation", oauth_req)


@router.get("/.well-known/oauth-authorization-server")
def metadata(request: Request) -> JSONResponse:
    issuer = request.app.state.settings.issuer
    return JSONResponse(
        {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/oauth/authorize",
            "token_endpoint": f"{issuer}/oauth/token",
            "revocation_endpoint": f"{issuer}/oauth/revoke",
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "revocation_endpoint_auth_methods_supported": ["none"],
            "scopes_supported": list(SCOPES),
            "service_documentation": f"{issuer}/docs",
        }
    )
