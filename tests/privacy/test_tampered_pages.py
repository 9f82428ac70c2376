"""A pulled page that was tampered with (by a proxy, or a faulty server) is refused whole: nothing of it
is applied and the cursor stays, so the next honest page brings everything (issue 7, part 6)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Base, Discussion, SyncState, uuid7
from bootcamp_core.protocol.codec import encode_row
from bootcamp_desktop.sync.errors import CorruptPageError
from tests.sync.live import LiveServer, new_replica, sync

from .conftest import PASSWORD, Person, new_learner

Page = dict[str, Any]


class Tamper(httpx.AsyncBaseTransport):
    """A man in the middle of the pull: rewrites each page with ``edit`` before the replica sees it."""

    def __init__(self, edit: Callable[[Page], None]) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.edit = edit
        self.pages = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not request.url.path.endswith("/sync/pull") or response.status_code != 200:
            return response
        page = json.loads(await response.aread())  # decoded (gzip, zstd) by the read
        await response.aclose()
        if page.get("changes"):
            self.edit(page)
            self.pages += 1
        headers = [
            (k, v)
            for k, v in response.headers.items()
            if k.lower() not in ("content-encoding", "content-length")
        ]
        return httpx.Response(200, headers=headers, content=json.dumps(page).encode())

    async def aclose(self) -> None:
        await self.inner.aclose()


def inject(table: str, **row: Any) -> Callable[[Page], None]:
    def edit(page: Page) -> None:
        values = {"id": uuid7(), "sync_version": 1, **row}
        seq = page["changes"][-1]["seq"]
        page["changes"].append(
            {
                "seq": seq,
                "table": table,
                "op": "upsert",
                "id": str(values["id"]),
                "row": encode_row(table, values),
            }
        )

    return edit


def alter_last(**fields: Any) -> Callable[[Page], None]:
    def edit(page: Page) -> None:
        page["changes"][-1]["row"].update(fields)

    return edit


def drop_column_of_last(name: str) -> Callable[[Page], None]:
    def edit(page: Page) -> None:
        page["changes"][-1]["row"].pop(name)

    return edit


def counts(ws) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return {
            t.name: s.scalar(sa.select(sa.func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def other(live: LiveServer) -> uuid.UUID:
    return live.users[DEMO_INSTRUCTOR_EMAIL]


TAMPERING = {
    "another person's full account": lambda other: inject(
        "users",
        id=other,
        email="real.address@example.org",
        full_name="Teacher",
        fataplus_user_id=uuid.uuid4(),
        location="Antsirabe",
    ),
    "a role for someone else": lambda other: inject("user_roles", user_id=other, role="admin"),
    "someone else's external token row": lambda other: inject(
        "external_service_tokens", user_id=other, service_name="github"
    ),
    "a table a learner never sees": lambda other: inject(
        "platform_metrics",
        metric_date=__import__("datetime").date(2026, 11, 1),
        metric_type="revenue",
        metric_value=__import__("decimal").Decimal("1000.00"),
    ),
    "a value outside its enum": lambda other: alter_last(discussion_type="rant"),
    "a value of the wrong type": lambda other: alter_last(sync_version="7"),
    "a missing NOT NULL column": lambda other: drop_column_of_last("title"),
    "a reference to nothing": lambda other: inject(
        "discussion_replies", discussion_id=uuid7(), author_id=other, content="orphan"
    ),
}


def test_tampered_pages_are_refused_whole(live: LiveServer, tmp_path: Path, other: uuid.UUID) -> None:
    person: Person = new_learner(live)
    ws = new_replica(live, tmp_path / "learner", person.email, PASSWORD)
    try:
        sync(ws)
        thread_id = uuid7()
        with live.sdb.owner() as s:  # something new for the next pull: the person's own question
            s.add(
                Discussion(
                    id=thread_id,
                    course_id=person.course_id,
                    author_id=person.user_id,
                    title="How do I test with farmers?",
                    content="Offline, on Thursday.",
                    discussion_type="question",
                )
            )
        with ws.db.session() as s:
            cursor = s.scalar(sa.select(SyncState.cursor))
        before = counts(ws)
        refused = []
        for name, make in TAMPERING.items():
            proxy = Tamper(make(other))
            with pytest.raises(CorruptPageError) as caught:
                sync(ws, transport=proxy)
            assert proxy.pages >= 1, name
            refused.append(f"{name}: {caught.value}")
            assert counts(ws) == before, f"{name}: something was applied"
            with ws.db.session() as s:
                assert s.scalar(sa.select(SyncState.cursor)) == cursor, name
                assert s.get(Discussion, thread_id) is None
        assert len(refused) == len(TAMPERING)
        sync(ws)  # the honest page
        with ws.db.session() as s:
            assert s.get(Discussion, thread_id) is not None
    finally:
        ws.close()


# What a learner's relation to other people's rows never reads (docs/sync-protocol.md, "Columns"): refused by
# the replica's own check (page_scope), whatever the references.
COLUMN_TAMPERING = {
    "a classmate's grade": lambda other: inject(
        "submissions",
        assignment_id=uuid7(),
        user_id=other,
        score=__import__("decimal").Decimal("90.00"),
        status="graded",
        feedback="Excellent",
    ),
    "the reviewer of an anonymous review": lambda other: inject(
        "peer_reviews", submission_id=uuid7(), reviewer_id=other, is_anonymous=True
    ),
    "someone else's IP address": lambda other: inject(
        "learning_analytics", user_id=other, ip_address="192.0.2.7", event_type="lesson_started"
    ),
    "someone else's enrolment": lambda other: inject("enrollments", user_id=other, course_id=uuid7()),
}


def test_pages_with_columns_the_relation_never_reads_are_refused(
    live: LiveServer, tmp_path: Path, other: uuid.UUID
) -> None:
    person: Person = new_learner(live)
    ws = new_replica(live, tmp_path / "learner", person.email, PASSWORD)
    try:
        sync(ws)
        with live.sdb.owner() as s:  # something new for the next pull
            s.add(
                Discussion(
                    id=uuid7(),
                    course_id=person.course_id,
                    author_id=person.user_id,
                    title="Soil?",
                    content="Which soil tests work offline?",
                    discussion_type="question",
                )
            )
        before = counts(ws)
        for name, make in COLUMN_TAMPERING.items():
            with pytest.raises(CorruptPageError, match="which this replica may not hold") as caught:
                sync(ws, transport=Tamper(make(other)))
            assert counts(ws) == before, f"{name}: something was applied ({caught.value})"
        sync(ws)
    finally:
        ws.close()
