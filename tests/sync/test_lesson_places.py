"""Two instructors of one course each add a lesson at the end of the same module offline: after both sync,
the course has both lessons, each with its own title and place, on the server and on both laptops, and
deleting one leaves the other (``tables.POSITION_KEYS``). The history test found the second lesson merged
into the first (a place is not an identity), and the first deleted with it (seed 8)."""

from __future__ import annotations

import uuid
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models import CourseStaff, Lesson, Module, OutboxEntry
from bootcamp_desktop.services import authoring
from bootcamp_desktop.sync.outbox import local_write

from .live import LiveServer, new_replica, sync

MOUSSA = "moussa.diop@demo.fataplus.example"
HERY = "hery.andrianina@demo.fataplus.example"


def _shared_module(live: LiveServer) -> uuid.UUID:
    with live.sdb.owner() as s:
        courses = [
            set(s.scalars(sa.select(CourseStaff.course_id).where(CourseStaff.user_id == live.users[who])))
            for who in (MOUSSA, HERY)
        ]
        course = sorted(courses[0] & courses[1])[0]
        return s.scalar(sa.select(Module.id).where(Module.course_id == course).order_by(Module.module_order))


def _lessons(session, module: uuid.UUID) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return dict(
        session.execute(sa.select(Lesson.title, Lesson.lesson_order).where(Lesson.module_id == module)).all()
    )


def test_two_lessons_added_at_one_place_offline_stay_two(live: LiveServer, tmp_path: Path) -> None:
    module = _shared_module(live)
    moussa, hery = new_replica(live, tmp_path / "moussa", MOUSSA), new_replica(live, tmp_path / "hery", HERY)
    try:
        sync(moussa), sync(hery)
        with local_write(moussa.db) as s:
            mine = authoring.create_lesson(s, module, {"title": "Sketching with farmers"})
        with local_write(hery.db) as s:
            theirs = authoring.create_lesson(s, module, {"title": "Testing prices at the market"})
            local_place = s.get(Lesson, theirs).lesson_order
        with moussa.db.session() as s:
            assert s.get(Lesson, mine).lesson_order == local_place, "both took the same place offline"

        sync(moussa), sync(hery), sync(moussa)
        with live.sdb.owner() as s:
            server = _lessons(s, module)
        assert "Sketching with farmers" in server and "Testing prices at the market" in server
        assert len(set(server.values())) == len(server), "every lesson has a place of its own"
        for ws in (moussa, hery):
            with ws.db.session() as s:
                assert _lessons(s, module) == server
                assert s.get(Lesson, mine) is not None and s.get(Lesson, theirs) is not None
                assert not s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)), (
                    "nothing left, no problem"
                )

        with local_write(hery.db) as s:
            authoring.delete_lesson(s, theirs)
        sync(hery), sync(moussa)
        with live.sdb.owner() as s:
            assert s.get(Lesson, mine) is not None and s.get(Lesson, mine).title == "Sketching with farmers"
            assert s.get(Lesson, theirs) is None
    finally:
        moussa.close()
        hery.close()


def test_a_pulled_lesson_moves_the_one_added_here_out_of_its_place(live: LiveServer, tmp_path: Path) -> None:
    """The other order: Hery's laptop pulls Moussa's new lesson before it pushes its own."""
    module = _shared_module(live)
    moussa, hery = new_replica(live, tmp_path / "moussa", MOUSSA), new_replica(live, tmp_path / "hery", HERY)
    try:
        sync(moussa), sync(hery)
        with local_write(moussa.db) as s:
            authoring.create_lesson(s, module, {"title": "Paper prototypes, second round"})
        with local_write(hery.db) as s:
            theirs = authoring.create_lesson(s, module, {"title": "Reading the price board aloud"})
        sync(moussa)
        sync(hery)  # pulls Moussa's lesson into the place its own holds, and pushes its own elsewhere
        sync(moussa)
        with live.sdb.owner() as s:
            server = _lessons(s, module)
        assert {"Paper prototypes, second round", "Reading the price board aloud"} <= set(server)
        assert len(set(server.values())) == len(server)
        for ws in (moussa, hery):
            with ws.db.session() as s:
                assert _lessons(s, module) == server
        with hery.db.session() as s:
            assert s.get(Lesson, theirs).title == "Reading the price board aloud"
    finally:
        moussa.close()
        hery.close()
