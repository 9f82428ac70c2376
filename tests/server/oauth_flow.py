"""Signing in as a person and a third-party app do: the browser's login form, and a plain Authlib
``OAuth2Client`` driving code + PKCE against the live server."""

from __future__ import annotations

import re

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import OAuth2Client

from .world import PASSWORD

CLIENT_ID = "bootcamp-desktop"


def login(base: str, authorize_url: str, email: str, password: str) -> httpx.Response:
    """What a person does in the browser: open the page, fill the form, submit."""
    with httpx.Client(base_url=base, follow_redirects=False) as browser:
        page = browser.get(authorize_url)
        assert page.status_code == 200, page.text
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1).replace("&amp;", "&")
        return browser.post(action, data={"csrf_token": csrf, "email": email, "password": password})


def authorize(base: str, email: str, redirect_uri: str) -> tuple[OAuth2Client, str, str]:
    """The app asks for a code, the person signs in: (the app's client, the redirect with the code, the PKCE
    verifier)."""
    client = OAuth2Client(
        client_id=CLIENT_ID,
        redirect_uri=redirect_uri,
        scope="sync",
        code_challenge_method="S256",
        token_endpoint_auth_method="none",
    )
    verifier = generate_token(64)
    url, _state = client.create_authorization_url(f"{base}/oauth/authorize", code_verifier=verifier)
    answer = login(base, url, email, PASSWORD)
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert location.startswith(redirect_uri)
    return client, location, verifier


def sign_in(base: str, email: str, port: int = 53682, host: str = "127.0.0.1") -> tuple[OAuth2Client, dict]:
    client, location, verifier = authorize(base, email, f"http://{host}:{port}/callback")
    token = client.fetch_token(f"{base}/oauth/token", authorization_response=location, code_verifier=verifier)
    return client, token


def refresh(http: httpx.Client, refresh_token: str) -> httpx.Response:
    """A refresh as the app sends it: the refresh token to the token endpoint."""
    return http.post(
        "/oauth/token",
        data={"grant_type": "refresh_token", "client_id": CLIENT_ID, "refresh_token": refresh_token},
    )
