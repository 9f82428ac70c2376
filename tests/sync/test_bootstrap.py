"""A replica's first sync from the server's tables (``sync/bootstrap.py``), over real HTTP: cut in the
middle while the server keeps changing, it resumes where it stopped and ends exactly where a replica
synced in one go ends; a bad page changes nothing."""

from __future__ import annotations

import os
import random
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Course, CourseStaff, DiscussionReply, Lesson, Module, SyncState, uuid7
from bootcamp_core.protocol import registry
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync import bootstrap
from bootcamp_desktop.sync.client import SyncClient
from bootcamp_desktop.sync.errors import CorruptPageError, OfflineError
from tests.file_keyring import export_memory_keyring

from .checks import integrity, run_child
from .live import LiveServer, new_replica, sync

TABLES = list(registry())


def _rows(ws: Any) -> dict[str, set[tuple[uuid.UUID, int]]]:
    with ws.db.session() as s:
        return {
            t: set(s.execute(sa.select(ts.table.c.id, ts.table.c.sync_version)).tuples())
            for t, ts in registry().items()
        }


def _state(ws: Any) -> SyncState:
    with ws.db.session() as s:
        state = s.get(SyncState, ws.settings.server_url)
        assert state is not None
        return state


def _integrity(ws: Any) -> None:
    with ws.db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert c.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_a_cut_first_sync_resumes_and_ends_where_one_in_one_go_ends(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = new_replica(live, tmp_path / "cut", DEMO_INSTRUCTOR_EMAIL)
    me = live.users[DEMO_INSTRUCTOR_EMAIL]
    monkeypatch.setattr(bootstrap, "PAGE_ROWS", 40)
    stored = bootstrap.store

    def cut_after_the_modules(db: Any, url: str, page: bootstrap.Checked) -> Any:
        stats = stored(db, url, page)
        following = page.next.get("table")
        if following is not None and TABLES.index(following) > TABLES.index("modules"):
            raise OfflineError("the connection dropped")
        return stats

    with live.sdb.owner() as s:  # a module the first part sends, deleted before the rest is fetched
        course_id = s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == me)).first()
        gone = uuid7()
        s.add(Module(id=gone, course_id=course_id, title="Superseded", module_order=98))
    monkeypatch.setattr(bootstrap, "store", cut_after_the_modules)
    with pytest.raises(OfflineError):
        sync(ws)
    state = _state(ws)
    assert state.cursor is None and state.bootstrap and state.bootstrap["next"], "it knows where to resume"
    before = _rows(ws)
    assert before["courses"] and before["modules"], "the pages stored so far stay"
    assert not before["submissions"]
    assert any(row_id == gone for row_id, _ in before["modules"])
    # Cut just after the modules: the lessons (the new one has the largest id) come with the rest.
    assert state.bootstrap["next"]["table"] in ("design_projects", "lessons")

    # Meanwhile the server changes: a new module with a lesson in a course the instructor teaches (the
    # modules were sent, the lessons were not: the lesson arrives before its module), a renamed course, a
    # deleted module.
    with live.sdb.owner() as s:
        module_id, lesson_id = uuid7(), uuid7()
        s.add(Module(id=module_id, course_id=course_id, title="Soil moisture sensors", module_order=99))
        s.flush()
        s.add(
            Lesson(
                id=lesson_id,
                module_id=module_id,
                title="Calibrating in clay",
                content_type="text",
                lesson_order=1,
            )
        )
        course = s.get(Course, course_id)
        assert course is not None
        course.title = f"{course.title} (2027)"
        s.execute(sa.delete(Module).where(Module.id == gone))

    monkeypatch.setattr(bootstrap, "store", stored)
    report = sync(ws)
    assert report.pull.changes > 0
    state = _state(ws)
    assert state.bootstrap is None and state.cursor, "the replica follows the change log now"
    _integrity(ws)
    with ws.db.session() as s:
        assert s.get(Lesson, lesson_id) is not None and s.get(Module, module_id) is not None
        assert s.get(Module, gone) is None
        renamed = s.get(Course, course_id)
        assert renamed is not None and renamed.title.endswith("(2027)")

    fresh = new_replica(live, tmp_path / "fresh", DEMO_INSTRUCTOR_EMAIL)
    try:
        sync(fresh)
        assert _rows(ws) == _rows(fresh), "resumed, it holds what a replica synced in one go holds"
    finally:
        fresh.close()
        ws.close()


def test_a_bad_bootstrap_page_changes_nothing_and_the_next_sync_completes(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = new_replica(live, tmp_path / "bad", DEMO_INSTRUCTOR_EMAIL)
    monkeypatch.setattr(bootstrap, "PAGE_ROWS", 60)
    real = SyncClient.bootstrap
    calls = {"n": 0}

    async def tampered(self: SyncClient, table: str | None, after: str | None, limit: int) -> dict[str, Any]:
        page = await real(self, table, after, limit)
        calls["n"] += 1
        if calls["n"] == 3:
            part = page["tables"][-1]
            part["rows"][-1][part["columns"].index("sync_version")] = "not a number"
        return page

    monkeypatch.setattr(SyncClient, "bootstrap", tampered)
    with pytest.raises(CorruptPageError):
        sync(ws)
    after_two = _rows(ws)
    # People come along with the pages whose rows refer to them (and the anonymous classmate with the first).
    assert sum(len(v) for t, v in after_two.items() if t != "users") <= 120, (
        "two pages stored, nothing of the third"
    )
    assert _state(ws).bootstrap["next"]

    monkeypatch.setattr(SyncClient, "bootstrap", real)
    sync(ws)
    _integrity(ws)
    assert _state(ws).bootstrap is None
    rows = _rows(ws)
    assert all(after_two[t] <= rows[t] for t in rows)
    ws.close()


@pytest.mark.slow
def test_a_first_sync_killed_again_and_again_ends_where_one_in_one_go_ends(
    live: LiveServer, tmp_path: Path, memory_keyring: Any
) -> None:
    """``bootcamp-desktop sync`` killed (SIGKILL) at random points of a first sync, while the server keeps
    changing: the file is never damaged, and the sync that finally completes leaves the replica holding
    exactly what a replica synced in one go holds, every reference whole."""
    me = live.users[DEMO_INSTRUCTOR_EMAIL]
    ws = new_replica(live, tmp_path / "killed", DEMO_INSTRUCTOR_EMAIL)
    ws.close()  # the child processes own the replica now
    env = {
        **os.environ,
        **export_memory_keyring(memory_keyring.entries, tmp_path / "keyring.json"),
        "BOOTCAMP_TEST_BOOTSTRAP_ROWS": "30",
        "BOOTCAMP_TEST_PAGE_LIMIT": "25",
    }
    env.pop("BOOTCAMP_DATA_DIR", None)
    kills = random.Random(7)
    with live.sdb.owner() as s:
        course_id = s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == me)).first()
        modules = list(s.scalars(sa.select(Module.id).where(Module.course_id == course_id)))
    killed_at: list[str] = []
    for round_ in range(5):
        if round_:  # the course changes between attempts: new modules and lessons, a reply, a removal
            with live.sdb.owner() as s:
                module_id = uuid7()
                s.add(
                    Module(
                        id=module_id, course_id=course_id, title=f"Added {round_}", module_order=100 + round_
                    )
                )
                s.flush()
                s.add(
                    Lesson(
                        id=uuid7(),
                        module_id=module_id,
                        title=f"New lesson {round_}",
                        content_type="text",
                        lesson_order=1,
                    )
                )
                reply = s.scalars(sa.select(DiscussionReply).order_by(DiscussionReply.id.desc())).first()
                if reply is not None and round_ % 2:
                    s.delete(reply)
        if round_ % 2:
            code, lines = run_child(ws.directory, env, kill_at_line=kills.randint(3, 25), kill_after=None)
        else:
            code, lines = run_child(ws.directory, env, kill_at_line=None, kill_after=kills.uniform(0.8, 3.0))
        assert code in (-9, 0), (code, lines[-5:])
        if code == -9:
            killed_at.append(lines[-1] if lines else "(before any output)")
        assert integrity(ws, foreign_keys=False) == "ok", f"after a kill at {lines[-1:]}"
    assert len(killed_at) >= 3, killed_at
    code, lines = run_child(ws.directory, env, kill_at_line=None, kill_after=None)
    assert code == 0, lines[-5:]
    assert integrity(ws) == "ok", "every reference holds once the first sync is done"
    done = open_workspace(ws.directory, demo_if_empty=False)
    fresh = new_replica(live, tmp_path / "fresh", DEMO_INSTRUCTOR_EMAIL)
    try:
        assert _state(done).bootstrap is None
        sync(fresh)
        assert _rows(done) == _rows(fresh)
        assert len(_rows(done)["modules"]) >= len(modules) + 4
    finally:
        fresh.close()
        done.close()


def test_a_server_without_bootstrap_pages_gets_a_first_sync_from_its_change_log(
    live: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older server answers 404 to ``/sync/bootstrap``: the first sync reads the change log instead, and
    the replica holds what a bootstrapped one holds."""
    real = SyncClient.request

    async def older_server(self: SyncClient, method: str, path: str, **kwargs: Any) -> Any:
        return await real(self, method, path.replace("/sync/bootstrap", "/sync/not-here-yet"), **kwargs)

    old = new_replica(live, tmp_path / "old", DEMO_INSTRUCTOR_EMAIL)
    new = new_replica(live, tmp_path / "new", DEMO_INSTRUCTOR_EMAIL)
    try:
        with monkeypatch.context() as m:
            m.setattr(SyncClient, "request", older_server)
            report = sync(old)
        assert report.pull.changes > 100 and _state(old).bootstrap is None
        sync(new)
        assert _rows(old) == _rows(new)
    finally:
        old.close()
        new.close()
