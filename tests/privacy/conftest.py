"""Fixtures of the privacy and safety tests: people of their own on the session's live server (so an
erasure or a stored token never disturbs the other tests), and helpers to look for secrets."""

from __future__ import annotations

import asyncio
import concurrent.futures
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Course, CourseStaff, Enrollment, uuid7
from bootcamp_server.cli import create_user
from tests.sync.live import LiveServer

PASSWORD = "privacy-Tests-2026!"
T = TypeVar("T")


@dataclass(frozen=True)
class Person:
    email: str
    user_id: uuid.UUID
    full_name: str
    course_id: uuid.UUID  # a published course the demo instructor teaches, the person is enrolled in


def new_learner(
    live: LiveServer, *, roles: tuple[str, ...] = ("learner",), name: str | None = None
) -> Person:
    tag = uuid.uuid4().hex[:8]
    email = f"privacy-{tag}@example.org"
    name = name or f"Hasina Privacy-{tag}"
    user_id = create_user(live.sdb, email, list(roles), PASSWORD, name)
    instructor = live.users[DEMO_INSTRUCTOR_EMAIL]
    with live.sdb.owner() as s:
        course_id = s.scalar(
            sa.select(CourseStaff.course_id)
            .join(Course, Course.id == CourseStaff.course_id)
            .where(
                CourseStaff.user_id == instructor,
                CourseStaff.staff_role == "instructor",
                Course.published.is_(True),
            )
            .order_by(Course.id)
            .limit(1)
        )
        assert course_id is not None
        s.add(Enrollment(id=uuid7(), user_id=user_id, course_id=course_id, enrollment_status="enrolled"))
    return Person(email, user_id, name, course_id)


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run a service coroutine to the end, in a thread of its own when a loop is already running here."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def files_holding(directory: Path, needles: dict[str, bytes]) -> list[str]:
    """``"<needle name> in <file>"`` for every needle found in any file under ``directory``."""
    found = []
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{name} in {path}" for name, needle in needles.items() if needle in data]
    return found
