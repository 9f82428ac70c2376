"""Small helpers of the server tests: push mutations, pull everything after a cursor."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from bootcamp_core.models import uuid7

from .conftest import auth


def mutation(
    table: str,
    op: str,
    row_id: uuid.UUID | str,
    set_: dict[str, Any] | None = None,
    inc: dict[str, int] | None = None,
    base: int = 0,
    mid: uuid.UUID | None = None,
) -> dict[str, Any]:
    return {
        "id": str(mid or uuid7()),
        "table": table,
        "op": op,
        "row_id": str(row_id),
        "base_version": base,
        "set": set_ or {},
        "inc": inc or {},
    }


def push(http: httpx.Client, token: str, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    r = http.post(
        "/api/v1/sync/push",
        json={"client_id": str(uuid.uuid4()), "mutations": list(mutations)},
        headers=auth(token),
    )
    assert r.status_code == 200, r.text
    return r.json()["results"]


def pull_all(
    http: httpx.Client, token: str, cursor: str | None = None, limit: int = 1000, checkpoint: bool = True
) -> tuple[list[dict[str, Any]], str, dict[str, Any], list[dict[str, Any]]]:
    """(changes, final cursor, checkpoint, pages); ``checkpoint``: ask for it (otherwise it is there only when
    the server sends it by itself, else None)."""
    changes: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    while True:
        params: dict[str, Any] = {"limit": limit}
        if checkpoint:
            params["checkpoint"] = "true"
        if cursor:
            params["cursor"] = cursor
        r = http.get("/api/v1/sync/pull", params=params, headers=auth(token))
        assert r.status_code == 200, r.text
        page = r.json()
        pages.append(page)
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["has_more"]:
            return changes, cursor, page.get("checkpoint"), pages


def latest(changes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The last change per (table, id), as a replica would hold it."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for c in changes:
        out[(c["table"], c["id"])] = c
    return out
