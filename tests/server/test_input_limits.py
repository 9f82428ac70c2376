"""No input makes the server answer 500 (issue 15, part 5): bodies too large (413) or nested too deep (400)
are refused with a problem document before any route parses them, and change nothing; NUL bytes in a URL
are a 400. Hypothesis builds the deep bodies and checks the depth scanner against the parsed JSON."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bootcamp_core.models import ExternalServiceToken
from bootcamp_server.db import ServerDB
from bootcamp_server.limits import MAX_BODY_BYTES, MAX_JSON_DEPTH, MAX_PUSH_BYTES, json_too_deep
from bootcamp_server.models import ChangeLogEntry

from .conftest import auth
from .world import World

JSON_LEAF = st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ab,:', max_size=8)
JSON = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(alphabet='[]{}"\\x', max_size=4), inner, max_size=3)
    ),
    max_leaves=30,
)


def depth(value: Any) -> int:
    """Nesting depth of arrays and objects, without recursion (the reference the scanner is held to)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, d = stack.pop()
        if isinstance(item, (list, dict)):
            deepest = max(deepest, d)
            stack.extend((v, d + 1) for v in (item.values() if isinstance(item, dict) else item))
    return deepest


def nest(leaf: Any, shape: list[bool]) -> Any:
    """``leaf`` inside arrays (False) and objects (True), outermost first."""
    for as_object in reversed(shape):
        leaf = {"k": leaf} if as_object else [leaf]
    return leaf


@settings(max_examples=300, deadline=None)
@given(JSON, st.integers(1, 80), st.sampled_from([None, 0, 2]))
def test_the_depth_scanner_agrees_with_the_parsed_json(value: Any, limit: int, indent: int | None) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=False).encode()
    assert json_too_deep(text, limit) == (depth(value) > limit)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=200), st.integers(1, 100))
def test_the_depth_scanner_on_deep_shapes(shape: list[bool], limit: int) -> None:
    text = json.dumps(nest('x]}\\"[{', shape)).encode()
    assert json_too_deep(text, limit) == (len(shape) > limit)


# Where each JSON route takes a body, and a valid body to bury a deep value in.
def _bodies(world: World) -> dict[str, tuple[str, str, Any]]:
    return {
        "push": (
            "POST",
            "/api/v1/sync/push",
            lambda deep: {
                "client_id": str(uuid.uuid4()),
                "mutations": [
                    {
                        "id": str(uuid.uuid4()),
                        "table": "discussions",
                        "op": "insert",
                        "row_id": str(uuid.uuid4()),
                        "base_version": 0,
                        "set": {"course_id": str(world.courses["c1"]), "title": "t", "content": deep},
                        "inc": {},
                    }
                ],
            },
        ),
        "stat": ("POST", "/api/v1/blobs/stat", lambda deep: {"sha256": deep}),
        "external token": (
            "PUT",
            "/api/v1/me/external-tokens/figma",
            lambda deep: {"access_token": "tok", "service_user_id": deep},
        ),
        "erasure": ("POST", "/api/v1/me/erasure", lambda deep: {"confirm": deep}),
    }


def _counts(sdb: ServerDB) -> tuple[int, int]:
    with sdb.engine.connect() as c:
        changes = c.execute(sa.select(sa.func.count()).select_from(ChangeLogEntry)).scalar()
        tokens = c.execute(sa.select(sa.func.count()).select_from(ExternalServiceToken)).scalar()
    return int(changes or 0), int(tokens or 0)


@pytest.fixture
def bodies(world: World) -> dict[str, tuple[str, str, Any]]:
    return _bodies(world)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    route=st.sampled_from(["push", "stat", "external token", "erasure"]),
    shape=st.lists(st.booleans(), min_size=MAX_JSON_DEPTH, max_size=3000),
    leaf=JSON_LEAF,
)
def test_deeply_nested_bodies_are_400_and_change_nothing(
    http: httpx.Client, world: World, sdb: ServerDB, bodies: dict, route: str, shape: list[bool], leaf: Any
) -> None:
    method, path, make = bodies[route]
    before = _counts(sdb)
    r = http.request(
        method,
        path,
        content=json.dumps(make(nest(leaf, shape))),
        headers={**auth(world.tokens["learner2"]), "Content-Type": "application/json"},
    )
    assert r.status_code == 400, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["type"] == "urn:bootcamp:too-deep"
    assert _counts(sdb) == before


def test_bodies_a_hundred_thousand_deep_and_at_the_limit(
    http: httpx.Client, world: World, bodies: dict
) -> None:
    """What made RecursionError (a 500) before: a body 100,000 arrays deep, without even being JSON. A body
    nested exactly as deep as allowed passes the limit and gets the route's own answer."""
    headers = {**auth(world.tokens["learner2"]), "Content-Type": "application/json"}
    for method, path, make in bodies.values():
        for raw in ("[" * 100_000 + "]" * 100_000, "[" * 100_000, json.dumps(make(nest(1, [True] * 5000)))):
            r = http.request(method, path, content=raw, headers=headers)
            assert r.status_code == 400 and r.json()["type"] == "urn:bootcamp:too-deep", (path, r.text)
        # The body's own levels (the object, the mutation list...) count too: stay well inside the limit.
        fits = http.request(
            method, path, content=json.dumps(make(nest(1, [False] * (MAX_JSON_DEPTH - 6)))), headers=headers
        )
        assert fits.status_code < 500, (path, fits.text)
        assert fits.json().get("type") != "urn:bootcamp:too-deep", (path, fits.text)


def _stream(size: int) -> Iterator[bytes]:
    block = b" " * 65536
    sent = 0
    while sent < size:
        yield block[: size - sent]
        sent += len(block)


def test_bodies_over_the_size_limit_are_413(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    """Declared or streamed (chunked, no length), a body over its route's limit is refused as it arrives."""
    headers = {**auth(world.tokens["learner2"]), "Content-Type": "application/json"}
    before = _counts(sdb)
    for path, limit in (
        ("/api/v1/sync/push", MAX_PUSH_BYTES),
        ("/api/v1/me/erasure", MAX_BODY_BYTES),
        ("/api/v1/blobs/stat", MAX_BODY_BYTES),
        ("/oauth/token", MAX_BODY_BYTES),
    ):
        declared = http.post(path, content=b" " * (limit + 1), headers=headers)
        streamed = http.post(path, content=_stream(limit + 1), headers=headers)
        for r in (declared, streamed):
            assert r.status_code == 413, (path, r.status_code, r.text[:200])
            assert r.headers["content-type"].startswith("application/problem+json")
            assert r.json()["type"] == "urn:bootcamp:too-large"
    put = http.put("/api/v1/me/external-tokens/figma", content=_stream(MAX_BODY_BYTES + 1), headers=headers)
    assert put.status_code == 413
    assert _counts(sdb) == before
    # Just under the limit is read, and answered by the route (not JSON: 400 invalid-json).
    ok = http.post("/api/v1/sync/push", content=b"x" * (MAX_PUSH_BYTES - 1), headers=headers)
    assert ok.status_code == 400 and ok.json()["type"] == "urn:bootcamp:invalid-json"


@pytest.mark.parametrize(
    "url",
    [
        "/verify/%00",
        "/verify/a%00b",
        "/api/v1/blobs/%00",
        "/api/v1/blobs/%00/upload",
        "/api/v1/me/external-tokens/figma%00",
        "/api/v1/sync/snapshot?table=%00",
        "/api/v1/sync/pull?cursor=%00",
        "/api/v1/sync/bootstrap?table=courses&after=%00",
        "/api/v1/admin/audit?table=%00",
        "/oauth/authorize?response_type=code&client_id=bootcamp-desktop%00",
        "/oauth/authorize?state=%00&response_type=code",
    ],
)
def test_nul_bytes_in_a_url_are_400(http: httpx.Client, world: World, url: str) -> None:
    for method in ("GET", "POST", "PUT", "DELETE"):
        r = http.request(method, url, headers=auth(world.tokens["admin"]))
        assert r.status_code == 400, (method, url, r.status_code, r.text[:200])
        assert r.json()["type"] == "urn:bootcamp:invalid-request"


def test_values_the_database_cannot_hold_are_not_500(http: httpx.Client, world: World) -> None:
    """A NUL inside a value (which PostgreSQL text cannot store), or a time before year 1 in UTC, gets a 400
    or is stored nowhere."""
    for body in (
        {"access_token": "a\x00b", "service_user_id": "x\x00"},
        {"access_token": "tok", "expires_at": "0001-01-01T00:00:00+01:00"},
    ):
        r = http.put("/api/v1/me/external-tokens/figma", json=body, headers=auth(world.tokens["learner2"]))
        assert r.status_code == 400 and r.json()["type"] == "urn:bootcamp:invalid-token", r.text
    with httpx.Client(base_url=str(http.base_url)) as browser:
        page = browser.get(
            "/oauth/authorize",
            params={
                "response_type": "code",
                "client_id": "bootcamp-desktop",
                "code_challenge": "a" * 43,
                "code_challenge_method": "S256",
                "redirect_uri": "http://127.0.0.1:5000/callback",
            },
        )
        csrf = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        action = page.text.split('<form method="post" action="')[1].split('"')[0].replace("&amp;", "&")
        form = {"csrf_token": csrf, "email": "a\x00@example.org", "password": "x\x00"}
        login = browser.post(action, data=form)
        assert login.status_code == 401
