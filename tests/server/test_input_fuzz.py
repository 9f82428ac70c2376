"""Bad input gets a clear 4xx and changes nothing: Hypothesis on the pull cursor and push payloads."""

from __future__ import annotations

import uuid

import httpx
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bootcamp_server.db import ServerDB
from bootcamp_server.models import ChangeLogEntry
from bootcamp_server.sync.cursor import BadCursor, Cursor
from bootcamp_server.sync.payload import PayloadError, parse_push

from .conftest import auth
from .world import World

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@given(st.text(max_size=80))
def test_cursor_parser_accepts_only_its_own_cursors(text: str) -> None:
    try:
        c = Cursor.parse(text)
    except BadCursor:
        return
    assert c == Cursor.parse(c.encode()) and c.seq >= 0 and c.entry >= 0


@given(st.integers(0, 2**63 - 1), st.integers(0, 2**63 - 1))
def test_cursor_round_trip(seq: int, entry: int) -> None:
    assert Cursor.parse(Cursor(seq, entry).encode()) == Cursor(seq, entry)


@given(JSON)
def test_push_parser_never_crashes(body: object) -> None:
    try:
        parse_push(body)
    except PayloadError:
        pass


MUTATION = st.fixed_dictionaries(
    {
        "id": st.one_of(st.uuids().map(str), st.text(max_size=5), st.integers()),
        "table": st.sampled_from(["discussions", "lessons", "nope", "users", ""]),
        "op": st.sampled_from(["insert", "update", "delete", "upsert", 3]),
        "row_id": st.one_of(st.uuids().map(str), st.none()),
        "base_version": st.one_of(st.integers(-3, 5), st.text(max_size=2)),
        "set": st.one_of(
            st.dictionaries(
                st.sampled_from(["title", "content", "course_id", "view_count", "x"]), JSON, max_size=3
            ),
            JSON,
        ),
        "inc": st.one_of(st.dictionaries(st.sampled_from(["view_count", "title"]), st.integers(-5, 5)), JSON),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(MUTATION, max_size=4))
def test_bad_pushes_over_http_are_4xx_or_per_mutation_rejections(
    http: httpx.Client, world: World, sdb: ServerDB, mutations: list[dict]
) -> None:
    with sdb.engine.connect() as c:
        before = c.execute(sa.select(sa.func.count()).select_from(ChangeLogEntry)).scalar()
    body = {"client_id": str(uuid.uuid4()), "mutations": mutations}
    r = http.post("/api/v1/sync/push", json=body, headers=auth(world.tokens["learner2"]))
    assert r.status_code in (200, 400), r.text
    if r.status_code == 400:
        assert r.headers["content-type"].startswith("application/problem+json")
        with sdb.engine.connect() as c:
            assert c.execute(sa.select(sa.func.count()).select_from(ChangeLogEntry)).scalar() == before
    else:
        results = r.json()["results"]
        assert len(results) == len(mutations)
        assert all(x["status"] in ("applied", "merged", "rejected", "conflict") for x in results)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_bad_cursors_over_http(http: httpx.Client, world: World, cursor: str) -> None:
    r = http.get(
        "/api/v1/sync/pull", params={"cursor": cursor, "limit": 5}, headers=auth(world.tokens["learner"])
    )
    assert r.status_code in (200, 400)
    if r.status_code == 400:
        assert r.json()["type"] in ("urn:bootcamp:bad-cursor", "urn:bootcamp:invalid-request")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    table=st.one_of(
        st.none(), st.sampled_from(["courses", "lesson_progress", "users"]), st.text(max_size=70)
    ),
    after=st.one_of(st.none(), st.uuids().map(str), st.text(max_size=70)),
    limit=st.one_of(st.none(), st.integers(-5, 20_000), st.text(max_size=8)),
)
def test_bad_bootstrap_requests_over_http(
    http: httpx.Client, world: World, table: object, after: object, limit: object
) -> None:
    """Whatever the query, a bootstrap page or a problem document (never a 500), and a page holds only rows
    of the tables it names, in their columns."""
    params = {k: v for k, v in {"table": table, "after": after, "limit": limit}.items() if v is not None}
    r = http.get("/api/v1/sync/bootstrap", params=params, headers=auth(world.tokens["learner"]))
    assert r.status_code in (200, 400, 422), r.text
    if r.status_code != 200:
        assert r.headers["content-type"].startswith("application/problem+json")
        return
    page = r.json()
    for part in page["tables"]:
        assert all(len(row) == len(part["columns"]) for row in part["rows"])
    assert page["next"] is None or page["next"]["table"]
