"""Sign-in under attack (issue 15, part 4), against the live server as a browser and a third-party app would:
a dozen wrong passwords sent at the same instant, an authorization code presented twice (one after the other,
and two at once), and OAuth parameters that Authlib cannot even put into an error message."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs, urlsplit

import httpx

from bootcamp_server.db import ServerDB

from .conftest import auth
from .oauth_flow import CLIENT_ID, authorize, login, refresh
from .test_hub_sqlite import hub  # noqa: F401 - the SQLite hub, as a fixture here too
from .world import PASSWORD, World, new_user

AUTHORIZE = (
    f"/oauth/authorize?response_type=code&client_id={CLIENT_ID}"
    "&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000%2Fcallback"
    "&code_challenge=" + "a" * 43 + "&code_challenge_method=S256"
)
BURST = 12


def _form(browser: httpx.Client) -> tuple[str, str]:
    """Open the login page as a browser does: its CSRF value (the cookie is kept) and the form's action."""
    page = browser.get(AUTHORIZE)
    assert page.status_code == 200, page.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1).replace("&amp;", "&")
    return csrf, action


def burst(live_server: str, sdb: ServerDB, limit: int) -> None:
    """Twelve browsers submit a wrong password at the same instant: the limit (5) of them are checked and
    told "wrong password", all the others are refused with 429 before any check; then the right password
    is refused too, since the limit holds for a minute."""
    _user_id, email = new_user(sdb, "burst", ("learner",))
    browsers = [httpx.Client(base_url=live_server, timeout=60) for _ in range(BURST)]
    forms = [_form(b) for b in browsers]
    start = threading.Barrier(BURST)

    def attempt(i: int) -> int:
        csrf, action = forms[i]
        start.wait()
        form = {"csrf_token": csrf, "email": email, "password": "wrong!"}
        return browsers[i].post(action, data=form).status_code

    try:
        with ThreadPoolExecutor(BURST) as pool:
            codes = list(pool.map(attempt, range(BURST)))
    finally:
        for b in browsers:
            b.close()
    assert sorted(codes) == [401] * limit + [429] * (BURST - limit), codes
    assert login(live_server, AUTHORIZE, email, PASSWORD).status_code == 429


def test_a_burst_of_wrong_passwords_gets_at_most_the_limit_of_checks(
    live_server: str, sdb: ServerDB, settings
) -> None:
    burst(live_server, sdb, settings.login_attempts_per_minute)


def test_the_same_burst_on_a_sqlite_workshop_hub(hub: tuple[str, World, ServerDB]) -> None:  # noqa: F811
    base, _world, hub_db = hub
    burst(base, hub_db, hub_db.settings.login_attempts_per_minute)


def test_a_right_password_gives_its_attempt_back(live_server: str, sdb: ServerDB, settings) -> None:
    """Signing in successfully does not use up the limit: a person who signs in often is never locked out."""
    _user_id, email = new_user(sdb, "often", ("learner",))
    for _ in range(settings.login_attempts_per_minute + 2):
        assert login(live_server, AUTHORIZE, email, PASSWORD).status_code == 302


def test_a_reused_code_revokes_the_tokens_of_its_first_use(live_server: str, world: World) -> None:
    """A third-party app signs in (Authlib's OAuth2Client); someone who copied the redirect presents the same
    code again. The reuse is refused, and the tokens of the first use stop working: the access token gets
    401 and the refresh token invalid_grant (RFC 6749 §4.1.2, RFC 9700 §4.2.4)."""
    redirect_uri = "http://127.0.0.1:53998/callback"
    client, location, verifier = authorize(live_server, world.emails["learner"], redirect_uri)
    first = client.fetch_token(
        f"{live_server}/oauth/token", authorization_response=location, code_verifier=verifier
    )
    with httpx.Client(base_url=live_server) as c:
        assert c.get("/api/v1/me", headers=auth(first["access_token"])).status_code == 200
        code = parse_qs(urlsplit(location).query)["code"][0]
        again = c.post(
            "/oauth/token",
            data={
                "grant_type": "authorization_code",
                "client_id": CLIENT_ID,
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
        )
        assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
        assert "access_token" not in again.json()
        assert c.get("/api/v1/me", headers=auth(first["access_token"])).status_code == 401
        refreshed = refresh(c, first["refresh_token"])
        assert refreshed.status_code == 400 and refreshed.json()["error"] == "invalid_grant"
    # Another sign-in of the same person is not touched.
    other, location2, verifier2 = authorize(live_server, world.emails["learner"], redirect_uri)
    fresh = other.fetch_token(
        f"{live_server}/oauth/token", authorization_response=location2, code_verifier=verifier2
    )
    assert httpx.get(f"{live_server}/api/v1/me", headers=auth(fresh["access_token"])).status_code == 200


def test_a_code_redeemed_twice_at_once_leaves_no_working_token(live_server: str, sdb: ServerDB) -> None:
    """The same code sent twice at the same instant: at most one exchange succeeds, and whatever it issued is
    revoked by the other, so neither sender (one of whom is a thief) keeps a working token."""
    redirect_uri = "http://127.0.0.1:53997/callback"
    _user_id, email = new_user(sdb, "twice", ("learner",))
    for _ in range(3):
        _client, location, verifier = authorize(live_server, email, redirect_uri)
        form = {
            "grant_type": "authorization_code",
            "client_id": CLIENT_ID,
            "code": parse_qs(urlsplit(location).query)["code"][0],
            "redirect_uri": redirect_uri,
            "code_verifier": verifier,
        }
        start = threading.Barrier(2)

        def redeem(_: int, form: dict = form, start: threading.Barrier = start) -> httpx.Response:
            with httpx.Client(base_url=live_server) as c:
                start.wait()
                return c.post("/oauth/token", data=form)

        with ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(redeem, range(2)))
        issued = [a.json() for a in answers if a.status_code == 200]
        assert len(issued) <= 1 and all(a.status_code in (200, 400) for a in answers)
        for token in issued:
            me = httpx.get(f"{live_server}/api/v1/me", headers=auth(token["access_token"]))
            assert me.status_code == 401


def test_oauth_parameters_with_forbidden_characters_are_refused_not_500(live_server: str) -> None:
    """A backslash or a quote in redirect_uri, response_type or grant_type cannot go into an OAuth error
    description (RFC 6749 §4.1.2.1); the server answers 400 without redirecting anywhere, never 500."""
    base = {"client_id": CLIENT_ID, "code_challenge": "x" * 43, "code_challenge_method": "S256"}
    with httpx.Client(base_url=live_server, follow_redirects=False) as c:
        for params in (
            {**base, "response_type": "code", "redirect_uri": "http://127.0.0.1:5000\\@evil.example/cb"},
            {**base, "response_type": "code", "redirect_uri": 'http://127.0.0.1:5000/callback"'},
            {**base, "response_type": "code\\", "redirect_uri": "http://127.0.0.1:5000/callback"},
            {**base, "response_type": "code", "redirect_uri": "\\\\evil.example\\share"},
        ):
            for r in (c.get("/oauth/authorize", params=params), c.post("/oauth/authorize", params=params)):
                assert r.status_code == 400, (params, r.status_code, r.text)
                assert "location" not in r.headers
        token = c.post("/oauth/token", data={"grant_type": "pass\\word", "client_id": CLIENT_ID})
        assert token.status_code == 400
        assert token.json()["error"] in ("invalid_request", "unsupported_grant_type")
        assert token.headers["cache-control"] == "no-store"
