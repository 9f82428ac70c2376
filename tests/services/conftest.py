"""Fixtures for the plain services: the demo replica, its learner, and how to count outbox entries."""

from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from bootcamp_core.models import OutboxEntry
from bootcamp_desktop.sync.outbox import local_write


@pytest.fixture
def ws(demo_workspace):  # type: ignore[no-untyped-def]
    return demo_workspace


@pytest.fixture
def learner(ws) -> uuid.UUID:  # type: ignore[no-untyped-def]
    return ws.settings.current_user_id


@pytest.fixture
def write(ws):  # type: ignore[no-untyped-def]
    """Run ``fn(session, ...)`` as the UI does: one local write transaction with its outbox entries."""

    def run(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        with local_write(ws.db) as s:
            return fn(s, *args, **kwargs)

    return run


@pytest.fixture
def read(ws):  # type: ignore[no-untyped-def]
    def run(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        with ws.db.session() as s:
            return fn(s, *args, **kwargs)

    return run


def outbox(ws, table: str | None = None) -> list[OutboxEntry]:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        q = sa.select(OutboxEntry).order_by(OutboxEntry.id)
        if table:
            q = q.where(OutboxEntry.table_name == table)
        return list(s.scalars(q))
