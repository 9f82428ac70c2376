"""No input makes the server answer 5xx (issue 15, part 5), checked two ways against the live server:

- **Schemathesis** generates requests for every operation of the app's own OpenAPI schema
  (``/openapi.json``: paths, queries, JSON and form bodies, NUL bytes and backslashes included), both fitting
  the schema and not, with a signed-in learner's token; every answer must be below 500, and an API error a
  problem document. ``BOOTCAMP_API_FUZZ_EXAMPLES`` sets the examples per operation and mode (4 in the test
  run); the longer run is in docs/security.md.
- **Hostile strings** in every path and query parameter of every route, sent as they are.

The fuzzing user has a course of their own, so what the fuzzer manages to write touches no other test.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from bootcamp_server.db import ServerDB

from .world import World, add_course, enrol, new_user, token_for

EXAMPLES = int(os.environ.get("BOOTCAMP_API_FUZZ_EXAMPLES", "4"))
HOSTILE = [
    "\x00",
    "a\x00b",
    "\\",
    "..\\..\\secret",
    "\\\\host\\share",
    "%00",
    "%zz",
    "../../etc/passwd",
    "\u202e\u0301😀",
    "\t\r\n",
    "'\"<>;--",
    "x" * 5000,
    "1e309",
]


@pytest.fixture(scope="module")
def fuzzer(sdb: ServerDB) -> str:
    """A learner enrolled in a course of their own: the token the fuzzer signs its requests with."""
    w = World()
    w.users["fuzzer"], _ = new_user(sdb, "fuzzer", ("learner",))
    w.users["fuzz-teacher"], _ = new_user(sdb, "fuzz-teacher", ("instructor",))
    add_course(sdb, w, "fz", "fuzz-teacher", published=True)
    enrol(sdb, w, "fz", "fuzzer")
    return token_for(sdb, w.users["fuzzer"])


def _headers(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Bootcamp-Protocol": "1"}


def _check(method: str, path: str, response: Any) -> None:
    """httpx's response or Schemathesis's: below 500, and an API's 4xx is a problem document."""
    status = response.status_code
    assert status < 500, f"{method} {path} answered {status}: {response.text[:300]}"
    if path.startswith("/api/") and 400 <= status < 500 and method != "HEAD":
        kind = response.headers.get("content-type", "")
        kind = kind[0] if isinstance(kind, list) else kind  # Schemathesis keeps every value of a header
        assert kind.startswith("application/problem+json"), f"{method} {path} answered {status} as {kind}"


def _operations(live_server: str) -> Iterator[Any]:
    schema = schemathesis.openapi.from_url(f"{live_server}/openapi.json")
    for result in schema.get_all_operations():
        yield result.ok()


def test_every_operation_of_the_schema_fuzzed_answers_below_500(live_server: str, fuzzer: str) -> None:
    operations = list(_operations(live_server))
    assert len(operations) >= 25  # every route is in the schema
    failures: list[str] = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = operation.as_strategy(generation_mode=mode)

            @settings(
                max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
            )
            @given(case=strategy)
            def run(case: Any) -> None:
                response = case.call(base_url=live_server, headers=_headers(fuzzer), timeout=60)
                _check(case.method, case.formatted_path, response)

            try:
                run()
            except Unsatisfiable:  # nothing of this operation can be made invalid (no parameters, no body)
                assert mode is GenerationMode.NEGATIVE
            except AssertionError as exc:
                failures.append(str(exc).splitlines()[0])
    assert not failures, "\n".join(failures)


def _routes(live_server: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(method, path template, path parameters, query parameters) of every operation."""
    spec = httpx.get(f"{live_server}/openapi.json").json()
    out = []
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            params = op.get("parameters", [])
            out.append(
                (
                    method.upper(),
                    path,
                    [p["name"] for p in params if p["in"] == "path"],
                    [p["name"] for p in params if p["in"] == "query"],
                )
            )
    return out


@pytest.fixture(scope="module")
def routes(live_server: str) -> list[tuple[str, str, list[str], list[str]]]:
    return _routes(live_server)


# Each value percent-encoded; those with backslashes or quotes also as they are.
SENDINGS = [(v, False) for v in HOSTILE] + [(v, True) for v in HOSTILE if re.search(r"[\\'\"<>]", v)]


@pytest.mark.parametrize(("value", "raw"), SENDINGS)
def test_hostile_path_and_query_values_on_every_route(
    live_server: str, fuzzer: str, routes: list, value: str, raw: bool
) -> None:
    """Each route with ``value`` in every path parameter and every query parameter: never a 5xx."""
    safe = "\\'\"<>" if raw else ""
    with httpx.Client(base_url=live_server, timeout=60) as client:
        for method, template, path_params, query_params in routes:
            path = template
            for name in path_params:
                path = path.replace("{" + name + "}", quote(value, safe=safe) or "x")
            query = urlencode({name: value for name in query_params})
            url = f"{path}?{query}" if query else path
            response = client.request(method, url, headers=_headers(fuzzer))
            _check(method, path, response)
