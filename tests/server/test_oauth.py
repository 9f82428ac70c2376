"""Sign-in as a third-party app would: a plain Authlib OAuth2Client drives code + PKCE against the live
server, posting the login form; then refresh rotation, reuse detection, revocation and metadata."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from authlib.common.security import generate_token

from .conftest import auth
from .oauth_flow import CLIENT_ID, authorize, refresh
from .oauth_flow import login as _login
from .oauth_flow import sign_in as _sign_in
from .world import PASSWORD, World


def test_code_pkce_flow_with_plain_authlib_client(live_server: str, world: World) -> None:
    client, token = _sign_in(live_server, world.emails["learner"])
    assert token["token_type"].lower() == "bearer"
    assert token["expires_in"] == 900
    assert token["refresh_token"]
    me = client.get(f"{live_server}/api/v1/me")
    assert me.status_code == 200
    assert me.json()["email"] == world.emails["learner"]
    assert me.json()["roles"] == ["learner"]


def test_loopback_ipv6_and_any_port(live_server: str, world: World) -> None:
    _client, token = _sign_in(live_server, world.emails["learner"], port=61001, host="[::1]")
    assert token["access_token"]


def test_foreign_redirect_and_missing_pkce_are_refused(live_server: str) -> None:
    with httpx.Client(base_url=live_server) as c:
        bad = c.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": "http://evil.example/callback",
                "code_challenge": "x" * 43,
                "code_challenge_method": "S256",
            },
        )
        assert bad.status_code == 400
        no_pkce = c.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": "http://127.0.0.1:5000/callback",
            },
            follow_redirects=False,
        )
        assert no_pkce.status_code == 302
        assert "error=invalid_request" in no_pkce.headers["location"]
        plain = c.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": CLIENT_ID,
                "redirect_uri": "http://127.0.0.1:5000/callback",
                "code_challenge": "x" * 43,
                "code_challenge_method": "plain",
            },
            follow_redirects=False,
        )
        assert "error=invalid_request" in plain.headers["location"]


def test_wrong_password_then_rate_limited(live_server: str, world: World, settings) -> None:
    url = (
        f"{live_server}/oauth/authorize?response_type=code&client_id={CLIENT_ID}"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback"
        "&code_challenge=" + "a" * 43 + "&code_challenge_method=S256"
    )
    email = world.emails["learner2"]
    for _ in range(settings.login_attempts_per_minute):
        assert _login(live_server, url, email, "wrong password").status_code == 401
    assert _login(live_server, url, email, PASSWORD).status_code == 429


def test_csrf_is_checked(live_server: str, world: World) -> None:
    url = (
        f"/oauth/authorize?response_type=code&client_id={CLIENT_ID}"
        "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback"
        "&code_challenge=" + "a" * 43 + "&code_challenge_method=S256"
    )
    with httpx.Client(base_url=live_server) as c:
        r = c.post(url, data={"csrf_token": "forged", "email": world.emails["learner"], "password": PASSWORD})
        assert r.status_code == 400


def test_refresh_rotation_and_reuse_revokes_family(live_server: str, world: World) -> None:
    client, first = _sign_in(live_server, world.emails["instructor"])
    second = client.refresh_token(f"{live_server}/oauth/token", refresh_token=first["refresh_token"])
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]
    with httpx.Client(base_url=live_server) as c:
        assert c.get("/api/v1/me", headers=auth(second["access_token"])).status_code == 200
        # The old refresh token again: reuse. Refused, and the whole family is revoked.
        reuse = refresh(c, first["refresh_token"])
        assert reuse.status_code == 400
        assert reuse.json()["error"] == "invalid_grant"
        assert c.get("/api/v1/me", headers=auth(second["access_token"])).status_code == 401
        again = refresh(c, second["refresh_token"])
        assert again.status_code == 400


def test_code_is_single_use_and_verifier_checked(live_server: str, world: World) -> None:
    redirect_uri = "http://127.0.0.1:53999/callback"
    _client, location, verifier = authorize(live_server, world.emails["learner"], redirect_uri)
    code = parse_qs(urlsplit(location).query)["code"][0]
    form = {
        "grant_type": "authorization_code",
        "client_id": CLIENT_ID,
        "code": code,
        "redirect_uri": redirect_uri,
    }
    with httpx.Client(base_url=live_server) as c:
        wrong = c.post("/oauth/token", data={**form, "code_verifier": generate_token(64)})
        assert wrong.status_code == 400
        ok = c.post("/oauth/token", data={**form, "code_verifier": verifier})
        assert ok.status_code == 200, ok.text
        assert ok.headers["cache-control"] == "no-store"
        replay = c.post("/oauth/token", data={**form, "code_verifier": verifier})
        assert replay.status_code == 400


def test_revocation(live_server: str, world: World) -> None:
    _client, token = _sign_in(live_server, world.emails["facilitator"])
    with httpx.Client(base_url=live_server) as c:
        assert c.get("/api/v1/me", headers=auth(token["access_token"])).status_code == 200
        r = c.post(
            "/oauth/revoke",
            data={
                "token": token["refresh_token"],
                "token_type_hint": "refresh_token",
                "client_id": CLIENT_ID,
            },
        )
        assert r.status_code == 200
        denied = c.get("/api/v1/me", headers=auth(token["access_token"]))
        assert denied.status_code == 401
        assert denied.headers["www-authenticate"].startswith("Bearer")
        assert denied.headers["content-type"].startswith("application/problem+json")
        refreshed = refresh(c, token["refresh_token"])
        assert refreshed.status_code == 400
        # Unknown tokens are fine to revoke (RFC 7009 §2.2).
        assert c.post("/oauth/revoke", data={"token": "nope", "client_id": CLIENT_ID}).status_code == 200


def test_metadata_document(live_server: str) -> None:
    meta = httpx.get(f"{live_server}/.well-known/oauth-authorization-server").json()
    assert meta["issuer"] == live_server
    assert meta["authorization_endpoint"] == f"{live_server}/oauth/authorize"
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert "refresh_token" in meta["grant_types_supported"]
    assert meta["revocation_endpoint"].endswith("/oauth/revoke")


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer not-a-token", "Basic abc"])
def test_bad_bearer_is_401(http: httpx.Client, header: str | None) -> None:
    r = http.get("/api/v1/me", headers={"Authorization": header} if header else {})
    assert r.status_code == 401
    assert r.json()["type"] == "urn:bootcamp:unauthorized"
