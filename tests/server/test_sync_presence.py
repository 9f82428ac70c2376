"""The facilitator's view (issue 20, must-have 5), server side: each pull and push is noted per learner and
replica (when, how much, which app); the course's staff read it for their course's learners; a learner, or
staff of another course, is refused; PostgreSQL's row security says the same; a quiet poll writes nothing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import uuid7
from bootcamp_server.app import create_app
from bootcamp_server.db import Context, ServerDB
from bootcamp_server.models import SyncClientRecord, SyncCounter
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings
from bootcamp_server.sync import presence

from .conftest import auth, free_port, run_live
from .helpers import mutation
from .world import World, build_world

LAPTOP = str(uuid.uuid4())


def _as_app(token: str, client: str = LAPTOP) -> dict[str, str]:
    """The headers the desktop app sends (sync/client.py)."""
    return {
        **auth(token, 2),
        "Bootcamp-Client": client,
        "User-Agent": "bootcamp-desktop/0.1.0",
        "Bootcamp-Platform": "linux-deb",
    }


def _status(http: httpx.Client, token: str, course: uuid.UUID) -> httpx.Response:
    return http.get(f"/api/v1/courses/{course}/sync-status", headers=auth(token))


def _replicas(answer: httpx.Response, user_id: uuid.UUID) -> list[dict]:  # type: ignore[type-arg]
    """This test's laptop among the learner's replicas (other tests of the session push as the same
    learner, from laptops of their own)."""
    assert answer.status_code == 200, answer.text
    replicas = next(e["replicas"] for e in answer.json()["learners"] if e["user_id"] == str(user_id))
    return [r for r in replicas if r["client_id"] == LAPTOP]


def test_staff_see_when_each_learner_synced_and_what_was_sent(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    learner = world.users["learner"]
    first = http.get("/api/v1/sync/pull", params={"limit": 1000}, headers=_as_app(world.tokens["learner"]))
    assert first.status_code == 200 and first.json()["changes"]
    post = mutation(
        "discussions",
        "insert",
        uuid7(),
        {
            "course_id": str(world.courses["c1"]),
            "author_id": str(learner),
            "title": "Drip irrigation costs?",
            "content": "Any numbers?",
            "discussion_type": "question",
        },
    )
    pushed = http.post(
        "/api/v1/sync/push",
        json={"client_id": LAPTOP, "mutations": [post]},
        headers=_as_app(world.tokens["learner"]),
    )
    assert pushed.status_code == 200 and pushed.json()["results"][0]["status"] == "applied"

    answer = _status(http, world.tokens["facilitator"], world.courses["c1"])
    listed = {e["user_id"] for e in answer.json()["learners"]}
    assert listed == {str(world.users["learner"]), str(world.users["learner2"])}, (
        "the learners, not the staff"
    )
    (replica,) = _replicas(answer, learner)
    assert (
        replica["client_id"] == LAPTOP
        and replica["app_version"] == "0.1.0"
        and replica["platform"] == "linux-deb"
    )
    assert replica["pulled_changes"] >= len(first.json()["changes"]) and replica["pushed_mutations"] == 1
    assert (
        replica["last_pull_at"]
        and replica["last_push_at"]
        and replica["last_seen_at"] >= replica["last_pull_at"]
    )
    # The course's instructor sees the same; so does an admin.
    assert _replicas(_status(http, world.tokens["instructor"], world.courses["c1"]), learner) == [replica]
    assert _replicas(_status(http, world.tokens["admin"], world.courses["c1"]), learner) == [replica]


def test_a_learner_or_another_courses_staff_is_refused(http: httpx.Client, world: World) -> None:
    for who in ("learner", "learner2", "instructor2"):
        answer = _status(http, world.tokens[who], world.courses["c1"])
        assert answer.status_code == 403, (who, answer.text)
        assert "replicas" not in answer.text and "user_id" not in answer.text
    assert (
        http.get(
            "/api/v1/courses/not-a-uuid/sync-status", headers=auth(world.tokens["facilitator"])
        ).status_code
        == 400
    )
    assert http.get(f"/api/v1/courses/{world.courses['c1']}/sync-status").status_code == 401


def test_a_quiet_poll_writes_at_most_once_a_minute(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    token, laptop = world.tokens["learner2"], str(uuid.uuid4())
    cursor = None
    while True:  # to the end of the log
        page = http.get(
            "/api/v1/sync/pull",
            params={"limit": 1000, **({"cursor": cursor} if cursor else {})},
            headers=_as_app(token, laptop),
        ).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            break

    def seen() -> tuple:  # type: ignore[type-arg]
        with sdb.owner() as s:
            return s.execute(
                sa.select(SyncClientRecord.last_seen_at, SyncClientRecord.pulled_changes).where(
                    SyncClientRecord.client_id == laptop
                )
            ).one()

    before = seen()
    for _ in range(3):
        poll = http.get(
            "/api/v1/sync/pull",
            params={"cursor": cursor},
            headers={**_as_app(token, laptop), "If-None-Match": f'"{cursor}"'},
        )
        assert poll.status_code == 304
    assert seen() == before, "a poll that brought nothing, a moment after a write, wrote nothing"


def test_row_security_lets_staff_read_only_their_learners_replicas(world: World, sdb: ServerDB) -> None:
    with sdb.owner() as s:
        for who in ("learner", "instructor2"):
            s.add(SyncClientRecord(user_id=world.users[who], client_id=f"rls-{who}"))
    try:

        def visible(user: str) -> set[str]:
            with sdb.read(Context(user_id=world.users[user])) as s:
                return set(
                    s.scalars(
                        sa.select(SyncClientRecord.client_id).where(SyncClientRecord.client_id.like("rls-%"))
                    )
                )

        assert visible("facilitator") == {"rls-learner"}
        assert visible("learner") == {"rls-learner"}
        assert visible("learner2") == set(), "another learner's replicas are not readable"
        assert visible("instructor2") == {"rls-instructor2"}
        # Written only as oneself: a learner cannot write another's row.
        with sdb.bookkeeping(Context(user_id=world.users["learner2"])) as s:
            changed = s.execute(
                sa.update(SyncClientRecord)
                .where(SyncClientRecord.client_id == "rls-learner")
                .values(pushed_mutations=99)
            ).rowcount
        assert changed == 0
    finally:
        with sdb.owner() as s:
            s.execute(sa.delete(SyncClientRecord).where(SyncClientRecord.client_id.like("rls-%")))


@pytest.fixture(scope="module")
def sqlite_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World, ServerDB]]:
    """The same server on SQLite, as a workshop hub runs it."""
    root: Path = tmp_path_factory.mktemp("presence-hub")
    port = free_port()
    settings = Settings(
        database_url=f"sqlite:///{root / 'hub.db'}", data_dir=root, issuer=f"http://127.0.0.1:{port}"
    )
    db = ServerDB(settings)
    migrate(db.database)
    world = build_world(db)
    server, thread = run_live(create_app(settings), port)
    yield settings.issuer, world, db
    server.should_exit = True
    thread.join(20)
    db.dispose()


def test_on_a_sqlite_hub_the_view_is_the_same_and_noting_moves_no_cursor(
    sqlite_hub: tuple[str, World, ServerDB],
) -> None:
    base, world, db = sqlite_hub
    token = world.tokens["learner"]
    with httpx.Client(base_url=base, timeout=30) as http:
        cursor = None
        while True:
            page = http.get(
                "/api/v1/sync/pull",
                params={"limit": 1000, **({"cursor": cursor} if cursor else {})},
                headers=_as_app(token),
            ).json()
            cursor = page["cursor"]
            if not page["has_more"]:
                break
        counter = sa.select(SyncCounter.value).where(SyncCounter.name == "change_seq")
        seen = sa.select(SyncClientRecord.last_seen_at).where(SyncClientRecord.client_id == LAPTOP)
        with db.engine.connect() as conn:  # a plain read: takes no number
            seq_before, seen_before = conn.scalar(counter), conn.scalar(seen)
        presence._written.clear()
        poll = http.get(
            "/api/v1/sync/pull",
            params={"cursor": cursor},
            headers={**_as_app(token), "If-None-Match": f'"{cursor}"'},
        )
        assert poll.status_code == 304, "the note of the last page did not make a new transaction to pull"
        with db.engine.connect() as conn:
            assert conn.scalar(seen) > seen_before, "the poll was noted"
            assert conn.scalar(counter) == seq_before, "the note took no change number"

        answer = _status(http, world.tokens["facilitator"], world.courses["c1"])
        (replica,) = _replicas(answer, world.users["learner"])
        assert replica["client_id"] == LAPTOP and replica["pulled_changes"] > 0 and replica["last_pull_at"]
        assert _status(http, world.tokens["learner2"], world.courses["c1"]).status_code == 403
