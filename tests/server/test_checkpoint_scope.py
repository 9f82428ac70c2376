"""When the pull sends the full checkpoint (docs/sync-protocol.md, "Checkpoint"): on request, when the cursor
carries no scope, and when the caller's scope changed; otherwise a pull costs what it brings, and a poll after
other people's changes that the caller may not see is an empty answer, then a 304."""

from __future__ import annotations

import base64

import httpx

from bootcamp_core.models import Course, uuid7
from bootcamp_core.protocol import table_checksum
from bootcamp_server.db import ServerDB

from .conftest import auth, token_for_user
from .helpers import latest, pull_all
from .world import World, add_course, new_user, staff


def _fresh(sdb: ServerDB, world: World, key: str, roles: tuple[str, ...]) -> str:
    world.users[key], world.emails[key] = new_user(sdb, key, roles)
    return token_for_user(sdb, world.users[key])


def _page(http: httpx.Client, token: str, cursor: str, **params: str) -> httpx.Response:
    return http.get("/api/v1/sync/pull", params={"cursor": cursor, **params}, headers=auth(token))


def _post(sdb: ServerDB, world: World, course: str) -> None:
    """A change of a published course: every caller sees it."""
    with sdb.owner() as s:
        s.get(Course, world.courses[course]).description = f"changed {uuid7()}"


def test_a_pull_in_the_same_scope_carries_no_checkpoint_unless_asked(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = _fresh(sdb, world, "scope-learner", ("learner",))
    _, cursor, first, _ = pull_all(http, token, checkpoint=False)
    assert first is not None, "a first pull's cursor has no scope: it gets the checkpoint"
    _post(sdb, world, "c2")  # published: the learner sees it
    page = _page(http, token, cursor).json()
    assert [c["table"] for c in page["changes"]][-1:] == ["courses"]  # after its creator's projection
    assert "checkpoint" not in page, "nothing about the caller changed: the page costs what it brings"
    asked = _page(http, token, cursor, checkpoint="true").json()
    assert asked["checkpoint"]["tables"]["courses"]["count"] == first["tables"]["courses"]["count"]
    assert asked["checkpoint"]["tables"]["courses"]["hash"] != first["tables"]["courses"]["hash"]


def test_a_change_of_scope_sends_the_checkpoint_that_shows_older_rows(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = _fresh(sdb, world, "scope-teacher", ("instructor",))
    add_course(sdb, world, "scope-draft", "instructor2", published=False)  # before: the teacher cannot see it
    changes, cursor, _, _ = pull_all(http, token, checkpoint=False)
    assert ("lessons", str(world.lessons["scope-draft"])) not in latest(changes)
    staff(sdb, world, "scope-draft", "scope-teacher", "assistant")
    page = _page(http, token, cursor).json()
    assert not page["has_more"]
    sent = latest(page["changes"])
    assert ("lessons", str(world.lessons["scope-draft"])) not in sent, "the lesson itself did not change"
    checkpoint = page["checkpoint"]["tables"]
    assert (
        checkpoint["lessons"]
        == table_checksum(
            "lessons",
            [
                *((i, c["row"]["sync_version"]) for (t, i), c in latest(changes).items() if t == "lessons"),
                (str(world.lessons["scope-draft"]), 1),
            ],
        ).as_wire()
    ), "the checkpoint counts the older lesson"
    # The cursor now carries the new scope: the next pull in it carries no checkpoint again.
    _post(sdb, world, "c1")
    assert "checkpoint" not in _page(http, token, page["cursor"]).json()


def test_a_cursor_of_the_older_format_is_taken_and_answered_with_the_checkpoint(
    http: httpx.Client, world: World
) -> None:
    _, cursor, _, _ = pull_all(http, world.tokens["learner"], checkpoint=False)
    seq, entry = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split(".")[1:3]
    old = base64.urlsafe_b64encode(f"1.{seq}.{entry}".encode()).decode().rstrip("=")
    page = _page(http, world.tokens["learner"], old)
    assert page.status_code == 200 and page.json()["changes"] == []
    assert "checkpoint" in page.json() and page.json()["cursor"] == cursor


def test_others_changes_the_caller_may_not_see_make_an_empty_answer_then_304(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    token = _fresh(sdb, world, "scope-quiet", ("learner",))
    _, cursor, _, _ = pull_all(http, token, checkpoint=False)
    add_course(
        sdb, world, "scope-hidden", "instructor2", published=False
    )  # a draft: nothing the learner sees
    etag = {**auth(token), "If-None-Match": f'"{cursor}"'}
    r = http.get("/api/v1/sync/pull", params={"cursor": cursor}, headers=etag)
    assert r.status_code == 200
    assert r.json()["changes"] == [] and "checkpoint" not in r.json() and r.json()["cursor"] != cursor
    after = r.json()["cursor"]
    again = http.get(
        "/api/v1/sync/pull", params={"cursor": after}, headers={**auth(token), "If-None-Match": f'"{after}"'}
    )
    assert again.status_code == 304
