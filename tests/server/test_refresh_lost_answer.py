"""A refresh whose answer never reached the app (a sync killed, a link cut after the server rotated) does
not sign the person out; a spent refresh token presented after its successor was used still revokes the
whole sign-in (``bootcamp_server.oauth.grants.answer_lost``)."""

from __future__ import annotations

import httpx

from .conftest import auth
from .oauth_flow import refresh, sign_in
from .world import World


def _pair(response: httpx.Response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def _me(c: httpx.Client, token: dict) -> int:
    return c.get("/api/v1/me", headers=auth(token["access_token"])).status_code


def test_a_lost_answer_is_answered_again_and_the_lost_pair_is_dead(live_server: str, world: World) -> None:
    _client, first = sign_in(live_server, world.emails["learner"])
    with httpx.Client(base_url=live_server) as c:
        lost = _pair(refresh(c, first["refresh_token"]))  # the app was killed before saving this
        again = _pair(refresh(c, first["refresh_token"]))  # its next sync presents the spent token
        assert again["refresh_token"] not in (first["refresh_token"], lost["refresh_token"])
        assert _me(c, again) == 200
        # The pair that never arrived is withdrawn.
        assert _me(c, lost) == 401
        # Rotation goes on from the pair the app holds.
        later = _pair(refresh(c, again["refresh_token"]))
        assert _me(c, later) == 200


def test_an_answer_lost_twice_in_a_row_is_answered_a_third_time(live_server: str, world: World) -> None:
    _client, first = sign_in(live_server, world.emails["admin"])
    with httpx.Client(base_url=live_server) as c:
        _pair(refresh(c, first["refresh_token"]))
        _pair(refresh(c, first["refresh_token"]))
        third = _pair(refresh(c, first["refresh_token"]))
        assert _me(c, third) == 200


def test_a_spent_token_after_its_successor_was_used_revokes_the_sign_in(
    live_server: str, world: World
) -> None:
    _client, first = sign_in(live_server, world.emails["instructor"])
    with httpx.Client(base_url=live_server) as c:
        second = _pair(refresh(c, first["refresh_token"]))
        assert _me(c, second) == 200  # the app received the pair: the old token is now only a thief's
        assert refresh(c, first["refresh_token"]).json()["error"] == "invalid_grant"
        assert _me(c, second) == 401
        assert refresh(c, second["refresh_token"]).status_code == 400


def test_a_spent_token_after_its_successor_was_refreshed_revokes_the_sign_in(
    live_server: str, world: World
) -> None:
    _client, first = sign_in(live_server, world.emails["facilitator"])
    with httpx.Client(base_url=live_server) as c:
        second = _pair(refresh(c, first["refresh_token"]))
        third = _pair(refresh(c, second["refresh_token"]))  # without using second's access token
        assert refresh(c, first["refresh_token"]).status_code == 400
        assert _me(c, third) == 401
        # Nor is an older ancestor ever answered again.
        assert refresh(c, second["refresh_token"]).status_code == 400


def test_a_stolen_spent_token_met_by_the_app_ends_the_sign_in_for_both(
    live_server: str, world: World
) -> None:
    """A thief replays a spent token while the app holds an unused successor: the thief is answered (the
    server cannot tell), but the app's next request finds its pair gone, its refresh is reuse, and the
    thief's tokens die with the sign-in."""
    _client, first = sign_in(live_server, world.emails["learner"])
    with httpx.Client(base_url=live_server) as c:
        apps = _pair(refresh(c, first["refresh_token"]))
        thiefs = _pair(refresh(c, first["refresh_token"]))
        assert _me(c, apps) == 401
        assert _me(c, thiefs) == 200
        assert refresh(c, apps["refresh_token"]).status_code == 400  # withdrawn, yet someone had it
        assert _me(c, thiefs) == 401
        assert refresh(c, thiefs["refresh_token"]).status_code == 400
