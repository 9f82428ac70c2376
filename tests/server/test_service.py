"""The service around the API: graceful shutdown, structured logs, snapshots, audited role changes."""

from __future__ import annotations

import json
import logging
import threading

import httpx
import sqlalchemy as sa

from bootcamp_core.models import uuid7
from bootcamp_server.app import create_app
from bootcamp_server.db import ServerDB
from bootcamp_server.logging import JsonFormatter
from bootcamp_server.models import AuditLog
from bootcamp_server.settings import Settings

from .conftest import auth, free_port, run_live
from .helpers import mutation, push
from .world import World


def test_graceful_shutdown_finishes_requests_in_flight(settings: Settings, sdb: ServerDB) -> None:
    app = create_app(settings)
    entered, release = threading.Event(), threading.Event()

    @app.get("/test-slow")
    def slow() -> dict[str, bool]:
        entered.set()
        release.wait(20)
        return {"done": True}

    port = free_port()
    server, thread = run_live(app, port)
    result: dict[str, httpx.Response] = {}
    caller = threading.Thread(
        target=lambda: result.setdefault("r", httpx.get(f"http://127.0.0.1:{port}/test-slow", timeout=30))
    )
    caller.start()
    assert entered.wait(20)
    server.should_exit = True  # what SIGTERM and SIGINT do
    release.set()
    caller.join(30)
    thread.join(30)
    assert result["r"].status_code == 200 and result["r"].json() == {"done": True}
    assert not thread.is_alive()


def test_logs_are_json_lines() -> None:
    record = logging.LogRecord("bootcamp_server.http", logging.INFO, __file__, 1, "request", None, None)
    record.fields = {"method": "GET", "path": "/healthz", "status": 200}
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "request" and line["status"] == 200 and line["level"] == "info"


def test_snapshot_pages_visible_rows_only(http: httpx.Client, world: World) -> None:
    token = world.tokens["learner2"]
    rows, after = [], None
    while True:
        params = {"table": "enrollments", "limit": 1, **({"after": after} if after else {})}
        page = http.get("/api/v1/sync/snapshot", params=params, headers=auth(token)).json()
        rows += page["rows"]
        after = page["next"]
        if after is None:
            break
    assert {r["user_id"] for r in rows} == {str(world.users["learner2"])}
    assert len(rows) >= 2
    bad = http.get("/api/v1/sync/snapshot", params={"table": "sync_changes"}, headers=auth(token))
    assert bad.status_code == 400


def test_role_changes_are_admin_only_and_audited(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    grab = push(
        http,
        world.tokens["learner"],
        mutation("user_roles", "insert", uuid7(), {"user_id": str(world.users["learner"]), "role": "admin"}),
    )
    assert grab[0]["status"] == "rejected" and grab[0]["code"] == "forbidden"
    role_id = uuid7()
    grant = push(
        http,
        world.tokens["admin"],
        mutation(
            "user_roles",
            "insert",
            role_id,
            {
                "user_id": str(world.users["learner2"]),
                "role": "facilitator",
                "granted_by": str(world.users["admin"]),
            },
        ),
    )
    assert grant[0]["status"] == "applied"
    with sdb.owner() as s:
        entry = s.execute(sa.select(AuditLog).where(AuditLog.row_id == role_id)).scalar_one()
    assert entry.actor_id == world.users["admin"] and entry.action == "user_roles.insert"
    assert entry.before is None and entry.after["role"] == "facilitator"
    assert http.get("/api/v1/me", headers=auth(world.tokens["learner2"])).json()["roles"] == [
        "facilitator",
        "learner",
    ]
    push(http, world.tokens["admin"], mutation("user_roles", "delete", role_id, base=1))


def test_certificates_are_audited(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    cert = uuid7()
    issued = push(
        http,
        world.tokens["instructor"],
        mutation(
            "certificates",
            "insert",
            cert,
            {
                "user_id": str(world.users["learner"]),
                "course_id": str(world.courses["c1"]),
                "certificate_type": "course_completion",
                "certificate_number": f"FPB-AUD-{cert.hex[:8]}",
            },
        ),
    )
    assert issued[0]["status"] == "applied"
    revoked = push(
        http,
        world.tokens["instructor"],
        mutation(
            "certificates",
            "update",
            cert,
            {"is_revoked": True, "revoked_reason": "issued by mistake"},
            base=1,
        ),
    )
    assert revoked[0]["status"] == "applied"
    assert (
        push(
            http,
            world.tokens["learner"],
            mutation("certificates", "update", cert, {"is_revoked": False}, base=2),
        )[0]["status"]
        == "rejected"
    )
    with sdb.owner() as s:
        entries = (
            s.execute(sa.select(AuditLog).where(AuditLog.row_id == cert).order_by(AuditLog.occurred_at))
            .scalars()
            .all()
        )
    assert [e.action for e in entries] == ["certificates.insert", "certificates.update"]
    assert entries[1].before["is_revoked"] is False and entries[1].after["is_revoked"] is True
    assert all(e.actor_id == world.users["instructor"] for e in entries)
