"""Signing in: OAuth 2.0 authorization code with PKCE in the system browser and a loopback redirect.

RFC 8252 (native apps): the app listens on ``http://127.0.0.1:<free port>/callback`` for the one
redirect, the browser shows the server's own login page, and the code is exchanged with the PKCE
verifier (S256). The server's endpoints come from its RFC 8414 metadata
(``/.well-known/oauth-authorization-server``, or OpenID discovery), so any standard provider works
given its issuer URL. Tokens go to the keyring (``tokens.TokenStore``); refresh tokens rotate.
"""

from __future__ import annotations

import http.server
import secrets
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc7636 import create_s256_code_challenge

from .errors import SignedOutError, SyncError
from .tls import transport_error
from .tokens import Tokens, TokenStore

CLIENT_ID = "bootcamp-desktop"
WELL_KNOWN = ("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")


@dataclass(frozen=True)
class ServerMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    revocation_endpoint: str | None

    @classmethod
    def from_document(cls, doc: dict[str, Any], expected_issuer: str) -> ServerMetadata:
        issuer = str(doc.get("issuer", "")).rstrip("/")
        if issuer != expected_issuer.rstrip("/"):
            raise SyncError(
                f"the server says its issuer is {issuer!r}, not {expected_issuer!r}; refusing to sign in"
            )
        methods = doc.get("code_challenge_methods_supported") or []
        if "S256" not in methods:
            raise SyncError("the server does not offer PKCE with S256; refusing to sign in")
        return cls(
            issuer, doc["authorization_endpoint"], doc["token_endpoint"], doc.get("revocation_endpoint")
        )


def discover(issuer: str, *, verify: Any = True, timeout: float = 15.0) -> ServerMetadata:
    base = issuer.rstrip("/")
    last: Exception | None = None
    for path in WELL_KNOWN:
        try:
            response = httpx.get(base + path, timeout=timeout, verify=verify, follow_redirects=False)
        except httpx.TransportError as exc:
            raise transport_error(exc, base) from exc
        if response.status_code == 200:
            try:
                return ServerMetadata.from_document(response.json(), base)
            except (KeyError, ValueError) as exc:
                last = exc
        else:
            last = SyncError(f"{base + path} answered {response.status_code}")
    raise SyncError(f"{base} does not publish OAuth server metadata ({last})")


class _CallbackHandler(http.server.BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        if url.path != "/callback":
            self.send_error(404)
            return
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        ok = "code" in params
        body = (
            "<!doctype html><meta charset=utf-8><title>Fataplus Bootcamp</title>"
            + (
                "<h1>Signed in</h1><p>You can close this window and go back to the app.</p>"
                if ok
                else "<h1>Sign-in did not complete</h1><p>Go back to the app and try again.</p>"
            )
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.server.result = params
        self.server.done.set()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        return


class _LoopbackServer(http.server.HTTPServer):
    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _CallbackHandler)
        self.result: dict[str, str] | None = None
        self.done = threading.Event()


class LoginCancelled(SignedOutError):
    pass


def _token_request(meta: ServerMetadata, form: dict[str, str], *, verify: Any) -> dict[str, Any]:
    """A token endpoint request (RFC 6749 sections 4.1.3 and 6) for the public client."""
    try:
        response = httpx.post(
            meta.token_endpoint,
            data=form,
            timeout=30.0,
            verify=verify,
            headers={"Accept": "application/json"},
        )
    except httpx.TransportError as exc:
        raise transport_error(exc, meta.token_endpoint) from exc
    try:
        data = response.json()
    except ValueError:
        data = {}
    if response.status_code != 200 or "access_token" not in data:
        error = data.get("error_description") or data.get("error") or f"HTTP {response.status_code}"
        raise SignedOutError(f"the server refused the sign-in ({error}); sign in again")
    return data


def login(
    issuer: str,
    store: TokenStore,
    *,
    open_browser: bool = True,
    show_url: Callable[[str], None] = print,
    timeout: float = 300.0,
    verify: Any = True,
    cancelled: threading.Event | None = None,
) -> Tokens:
    """Sign in through the browser and keep the tokens; blocks until the redirect arrives."""
    meta = discover(issuer, verify=verify)
    loopback = _LoopbackServer()
    thread = threading.Thread(target=loopback.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        redirect_uri = f"http://127.0.0.1:{loopback.server_address[1]}/callback"
        verifier = secrets.token_urlsafe(48)
        state = secrets.token_urlsafe(24)
        url = add_params_to_uri(
            meta.authorization_endpoint,
            [
                ("response_type", "code"),
                ("client_id", CLIENT_ID),
                ("redirect_uri", redirect_uri),
                ("state", state),
                ("code_challenge", create_s256_code_challenge(verifier)),
                ("code_challenge_method", "S256"),
            ],
        )
        show_url(url)
        if open_browser:
            webbrowser.open(url)
        step, waited = 0.5, 0.0
        while not loopback.done.wait(step):
            waited += step
            if (cancelled is not None and cancelled.is_set()) or waited >= timeout:
                raise LoginCancelled("sign-in was cancelled or timed out before the browser came back")
        params = loopback.result or {}
        if params.get("state") != state:
            raise SignedOutError("the sign-in answer did not match this request (state mismatch)")
        if "error" in params:
            raise SignedOutError(
                f"the server refused the sign-in: {params.get('error_description') or params['error']}"
            )
        token = _token_request(
            meta,
            {
                "grant_type": "authorization_code",
                "code": params.get("code", ""),
                "redirect_uri": redirect_uri,
                "client_id": CLIENT_ID,
                "code_verifier": verifier,
            },
            verify=verify,
        )
    finally:
        loopback.shutdown()
        loopback.server_close()
    tokens = Tokens.from_response(dict(token))
    try:
        store.save(tokens)
    except BaseException:
        revoke(meta, tokens, verify=verify)  # nobody could use them: no live sign-in left behind
        raise
    return tokens


def refresh(meta: ServerMetadata, store: TokenStore, tokens: Tokens, *, verify: Any = True) -> Tokens:
    """Exchange the refresh token for new tokens (rotation: the old refresh token is spent)."""
    if not tokens.refresh_token:
        raise SignedOutError("the sign-in has expired; sign in again")
    try:
        token = _token_request(
            meta,
            {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token, "client_id": CLIENT_ID},
            verify=verify,
        )
    except SignedOutError:
        store.delete()
        raise
    new = Tokens.from_response(dict(token))
    if not new.refresh_token:
        new.refresh_token = tokens.refresh_token
    store.save(new)
    return new


def revoke(meta: ServerMetadata | None, tokens: Tokens, *, verify: Any = True) -> bool:
    """Revoke both tokens at the server (RFC 7009), refresh token first (it ends the whole sign-in).

    Returns whether the server confirmed it; an unreachable server is not an error here."""
    if meta is None or not meta.revocation_endpoint:
        return False
    revoked = False
    try:
        for value, hint in ((tokens.refresh_token, "refresh_token"), (tokens.access_token, "access_token")):
            if value:
                response = httpx.post(
                    meta.revocation_endpoint,
                    data={"token": value, "token_type_hint": hint, "client_id": CLIENT_ID},
                    timeout=15.0,
                    verify=verify,
                )
                revoked = response.status_code == 200
    except httpx.TransportError:
        revoked = False
    return revoked


def logout(meta: ServerMetadata | None, store: TokenStore, *, verify: Any = True) -> bool:
    """Revoke the tokens at the server (RFC 7009) when reachable, and forget them here in any case.

    Returns whether the server confirmed the revocation."""
    tokens = store.load()
    revoked = revoke(meta, tokens, verify=verify) if tokens is not None else False
    store.delete()
    return revoked
