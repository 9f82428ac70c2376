"""The audit log for administrators: filters, pages, CSV export through the signed-in client; other
people are refused (issue 7, part 4)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_ADMIN_EMAIL
from bootcamp_desktop.services.audit import AuditQuery, export_csv, fetch_page
from bootcamp_desktop.sync.errors import SyncError
from bootcamp_server.models import AuditLog
from bootcamp_server.oauth.tokens import issue_access_token
from tests.sync.live import LiveServer, new_replica

from .conftest import PASSWORD, Person, new_learner, run


@pytest.fixture(scope="module")
def actor(live: LiveServer) -> Person:
    """Someone whose name a spreadsheet would run as a formula, with a few audited changes of their own."""
    person = new_learner(live, name='=HYPERLINK("http://evil.example","click")')
    with live.sdb.owner() as s:
        token = issue_access_token(s, person.user_id, 600).access_token
    with httpx.Client(base_url=live.url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as http:
        for service in ("figma", "github", "linkedin"):
            assert (
                http.put(
                    f"/api/v1/me/external-tokens/{service}", json={"access_token": f"t-{service}"}
                ).status_code
                == 200
            )
        assert http.delete("/api/v1/me/external-tokens/github").status_code == 204
    return person


@pytest.fixture
def admin(live: LiveServer, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An administrator's replica, signed in (tokens in this test's keyring)."""
    ws = new_replica(live, tmp_path / "admin", DEMO_ADMIN_EMAIL)
    yield ws
    ws.close()


def test_filters_select_what_they_say(admin, actor: Person) -> None:  # type: ignore[no-untyped-def]
    mine = run(fetch_page(admin, AuditQuery(actor=actor.user_id)))
    assert [e.action for e in mine.entries] == [
        "external_service_tokens.delete",
        *["external_service_tokens.insert"] * 3,
    ]
    assert all(e.actor_name == actor.full_name and e.actor_email == actor.email for e in mine.entries)
    times = [e.occurred_at for e in mine.entries]
    assert times == sorted(times, reverse=True), "newest first"
    personal = run(
        fetch_page(
            admin,
            AuditQuery(category="personal", actor=actor.user_id, action="external_service_tokens.insert"),
        )
    )
    assert len(personal.entries) == 3
    assert run(fetch_page(admin, AuditQuery(category="grades", actor=actor.user_id))).entries == []
    roles = run(fetch_page(admin, AuditQuery(tables=("user_roles",), row=actor.user_id)))
    assert [e.action for e in roles.entries] == ["user_roles.grant"] and roles.entries[0].after == {
        "user_id": str(actor.user_id),
        "role": "learner",
    }
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    assert run(fetch_page(admin, AuditQuery(actor=actor.user_id, since=future))).entries == []
    assert len(run(fetch_page(admin, AuditQuery(actor=actor.user_id, until=future))).entries) == 4


def test_pages_cover_everything_once(admin, actor: Person) -> None:  # type: ignore[no-untyped-def]
    seen, cursor, pages = [], None, 0
    while True:
        page = run(fetch_page(admin, AuditQuery(actor=actor.user_id), cursor, limit=3))
        seen += [e.id for e in page.entries]
        pages += 1
        cursor = page.next_cursor
        if cursor is None:
            break
    assert pages == 2 and len(seen) == len(set(seen)) == 4


def test_csv_export_is_complete_safe_for_spreadsheets_and_audited(
    live: LiveServer, admin, actor: Person, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "audit.csv"
    size = run(export_csv(admin, AuditQuery(actor=actor.user_id), target))
    assert size == target.stat().st_size > 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 4 and {r["table"] for r in rows} == {"external_service_tokens"}
    assert all(r["actor_name"].startswith("'=HYPERLINK") for r in rows), "a formula is written as text"
    assert all("t-figma" not in r["after"] + r["before"] for r in rows), "no secret in the log"
    with live.sdb.owner() as s:
        exports = s.scalars(
            sa.select(AuditLog).where(
                AuditLog.action == "audit_log.export", AuditLog.actor_id == live.users[DEMO_ADMIN_EMAIL]
            )
        ).all()
    assert exports and str(actor.user_id) in (exports[-1].reason or "")


def test_bad_filters_are_refused(admin) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError):
        AuditQuery(category="everything").params()
    with pytest.raises(SyncError, match="400"):
        run(fetch_page(admin, AuditQuery(), cursor="not-a-cursor"))


def test_only_administrators_read_the_log(live: LiveServer, tmp_path: Path) -> None:
    person = new_learner(live)
    ws = new_replica(live, tmp_path / "learner", person.email, PASSWORD)
    try:
        with pytest.raises(SyncError, match="403"):
            run(fetch_page(ws, AuditQuery()))
        with pytest.raises(SyncError, match="403"):
            run(export_csv(ws, AuditQuery(), tmp_path / "x.csv"))
        assert not (tmp_path / "x.csv").exists()
    finally:
        ws.close()
