"""Concurrent pushes on PostgreSQL over real HTTP: many threads push overlapping batches that touch the
same rows in opposite orders; no push fails, and every count is the sum of what was pushed.

With the server's lock order (``push._lock_in_order``) batches queue instead of deadlocking. A deadlock
the lock order does not prevent (rows reached only while applying) is rolled back by PostgreSQL and the
server runs the request again: shown by taking the lock order out and holding two opposite pushes until
each has locked its first row, so that they deadlock for certain."""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

import httpx
import pytest

from bootcamp_core.models import Discussion, uuid7
from bootcamp_server.db import ServerDB
from bootcamp_server.sync import push as push_module

from .conftest import auth
from .helpers import mutation
from .world import World, add

THREADS = 5


class _Retries(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "retried" in record.getMessage():
            self.count += 1


def _busy_threads(sdb: ServerDB, world: World) -> list[uuid.UUID]:
    threads = []
    with sdb.owner() as s:
        for i in range(THREADS):
            d = add(
                s,
                Discussion(
                    id=uuid7(),
                    course_id=world.courses["c1"],
                    author_id=world.users["learner"],
                    title=f"busy {i}",
                    content="c",
                    view_count=0,
                    reply_count=0,
                ),
            )
            threads.append(d.id)
    return threads


def _batch(world: World, who: str, threads: list[uuid.UUID]) -> dict[str, Any]:
    """One local transaction: a reply in each thread and a view of each, in the order given."""
    batch = []
    for t in threads:
        batch.append(
            mutation(
                "discussion_replies",
                "insert",
                uuid7(),
                {"discussion_id": str(t), "author_id": str(world.users[who]), "content": "busy"},
            )
        )
        batch.append(mutation("discussions", "update", t, inc={"view_count": 1}, base=1))
    txn = str(uuid7())
    return {"client_id": str(uuid.uuid4()), "mutations": [{**m, "txn": txn} for m in batch]}


def _run(
    live_server: str, world: World, workers: int, batches: int, order_of: Any
) -> tuple[list[int], list[Any], list[BaseException]]:
    statuses: list[int] = []
    problems: list[Any] = []
    errors: list[BaseException] = []
    start = threading.Barrier(workers, timeout=30)

    def worker(k: int) -> None:
        who = ("learner", "learner2")[k % 2]
        try:
            with httpx.Client(base_url=live_server, timeout=120) as http:
                start.wait()
                for _ in range(batches):
                    r = http.post(
                        "/api/v1/sync/push",
                        headers=auth(world.tokens[who], protocol=2),
                        json=_batch(world, who, order_of(k)),
                    )
                    statuses.append(r.status_code)
                    if r.status_code == 200:
                        problems.extend(
                            x for x in r.json()["results"] if x["status"] not in ("applied", "merged")
                        )
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    pool = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(300)
    return statuses, problems, errors


def _counts(sdb: ServerDB, threads: list[uuid.UUID]) -> set[tuple[int, int]]:
    with sdb.owner() as s:
        return {(s.get(Discussion, t).view_count, s.get(Discussion, t).reply_count) for t in threads}


def test_eight_threads_pushing_overlapping_batches_in_opposite_orders_never_fail(
    live_server: str, world: World, sdb: ServerDB
) -> None:
    threads = _busy_threads(sdb, world)
    workers, batches = 8, 4
    statuses, problems, errors = _run(
        live_server, world, workers, batches, lambda k: threads if k % 2 == 0 else threads[::-1]
    )
    assert errors == [] and problems == []
    assert statuses == [200] * (workers * batches), f"status codes: {sorted(set(statuses))}"
    assert _counts(sdb, threads) == {(workers * batches, workers * batches)}, (
        "every view and reply counted once"
    )


def test_a_push_that_loses_a_deadlock_is_run_again_inside_the_request(
    live_server: str, world: World, sdb: ServerDB, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = _busy_threads(sdb, world)[:2]
    monkeypatch.setattr(push_module, "_lock_in_order", lambda session, mutations: None)
    # Each push's first attempt waits, once it has written its first row, until the other has too: then
    # each wants the row the other holds.
    both_started = threading.Barrier(2, timeout=30)
    waited: set[int] = set()
    original = push_module.apply_one

    def held(session: Any, d: Any, m: Any) -> Any:
        result = original(session, d, m)
        if m.table == "discussions" and threading.get_ident() not in waited:
            waited.add(threading.get_ident())
            both_started.wait()
        return result

    monkeypatch.setattr(push_module, "apply_one", held)
    retries = _Retries()
    logger = logging.getLogger("bootcamp_server.push")
    logger.addHandler(retries)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        statuses, problems, errors = _run(
            live_server, world, 2, 1, lambda k: threads if k == 0 else threads[::-1]
        )
    finally:
        logger.removeHandler(retries)
        logger.setLevel(previous_level)
    assert errors == [] and problems == []
    assert statuses == [200, 200]
    assert retries.count == 1, "one of the two lost the deadlock and was run again"
    assert _counts(sdb, threads) == {(2, 2)}
