"""The USB tests' own server (PostgreSQL, the demo, uvicorn): they stop it to be offline, and publish the
demo's draft course, so they do not share the session's ``live`` server."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from bootcamp_core.models import Course, utcnow
from tests.conftest import create_pg_database, drop_pg_database
from tests.sync.live import LiveServer, start_demo_server

DRAFT_COURSE = "Voice Interfaces for Farmers Who Prefer to Listen"  # unpublished in the demo


@pytest.fixture(scope="package")
def server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    url = create_pg_database("bootcamp_usb")
    live = start_demo_server(url.render_as_string(hide_password=False), tmp_path_factory.mktemp("usb-server"))
    try:
        yield live
    finally:
        live.stop()
        live.sdb.dispose()
        drop_pg_database(url)


def publish_draft(live: LiveServer):  # type: ignore[no-untyped-def]
    """Publish the demo's draft course (once); its id."""
    with live.sdb.owner() as s:
        course = s.scalars(sa.select(Course).where(Course.title == DRAFT_COURSE)).one()
        if not course.published:
            course.published, course.published_at = True, utcnow()
        return course.id
