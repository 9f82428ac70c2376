"""Concurrent pushes on PostgreSQL over real HTTP: many threads push overlapping batches that touch the
same rows in opposite orders; no push fails, and every count is the sum of what was pushed.

With the server's lock order (``push._lock_in_order``) batches queue instead of deadlocking; without it
(taken out here) PostgreSQL does detect deadlocks, and the server's bounded retry of the whole request
still answers every push: the client never sees a 500 for it."""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

import httpx
import pytest

from bootcamp_desktop.models import Discussion, uuid7
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


@pytest.mark.parametrize(("lock_order", "workers", "batches"), [(True, 8, 4), (False, 2, 10)],
                         ids=["eight-threads", "two-threads-retry-only"])
def test_overlapping_pushes_in_opposite_orders_never_fail_and_every_count_adds_up(
        live_server: str, world: World, sdb: ServerDB, monkeypatch: pytest.MonkeyPatch, lock_order: bool,
        workers: int, batches: int) -> None:
    """Eight threads with the server as it is; two threads (the issue's replay, 16 failures in 40 pushes
    before) with the lock order taken out, so only the retry stands between a deadlock and the client."""
    threads = []
    with sdb.owner() as s:
        for i in range(THREADS):
            d = add(s, Discussion(id=uuid7(), course_id=world.courses["c1"], author_id=world.users["learner"],
                                  title=f"busy {i}", content="c", view_count=0, reply_count=0))
            threads.append(d.id)
    if not lock_order:
        monkeypatch.setattr(push_module, "_lock_in_order", lambda session, mutations: None)
    retries = _Retries()
    logger = logging.getLogger("bootcamp_server.push")
    logger.addHandler(retries)
    previous_level = logger.level
    logger.setLevel(logging.INFO)
    statuses: list[int] = []
    problems: list[Any] = []
    start = threading.Barrier(workers, timeout=30)

    def worker(k: int) -> None:
        who = ("learner", "learner2")[k % 2]
        order = threads if k % 2 == 0 else threads[::-1]
        with httpx.Client(base_url=live_server, timeout=120) as http:
            start.wait()
            for _ in range(batches):
                batch = []
                for t in order:  # one local transaction: a reply in each thread and a view of each
                    batch.append(mutation("discussion_replies", "insert", uuid7(), {
                        "discussion_id": str(t), "author_id": str(world.users[who]), "content": "busy"}))
                    batch.append(mutation("discussions", "update", t, inc={"view_count": 1}, base=1))
                txn = str(uuid7())
                r = http.post("/api/v1/sync/push", headers=auth(world.tokens[who], protocol=2),
                              json={"client_id": str(uuid.uuid4()), "mutations": [{**m, "txn": txn} for m in batch]})
                statuses.append(r.status_code)
                if r.status_code == 200:
                    problems.extend(x for x in r.json()["results"] if x["status"] not in ("applied", "merged"))

    try:
        pool = [threading.Thread(target=worker, args=(k,)) for k in range(workers)]
        for t in pool:
            t.start()
        for t in pool:
            t.join(300)
    finally:
        logger.removeHandler(retries)
        logger.setLevel(previous_level)
    assert statuses == [200] * (workers * batches), f"status codes: {sorted(set(statuses))}"
    assert problems == []
    with sdb.owner() as s:
        for t in threads:
            d = s.get(Discussion, t)
            assert (d.view_count, d.reply_count) == (workers * batches, workers * batches)
    if not lock_order:
        assert retries.count > 0, "without the lock order the pushes did deadlock, and were run again"

