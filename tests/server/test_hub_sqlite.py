"""The same server on SQLite, as a facilitator's workshop hub: migrate, sign in with a token, push, pull."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import uuid7
from bootcamp_server.app import create_app
from bootcamp_server.db import ServerDB
from bootcamp_server.models import ChangeLogEntry
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings

from .conftest import auth, free_port, run_live
from .helpers import latest, mutation, pull_all, push
from .world import World, build_world


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World, ServerDB]]:
    root: Path = tmp_path_factory.mktemp("hub")
    port = free_port()
    settings = Settings(
        database_url=f"sqlite:///{root / 'hub.db'}", data_dir=root, issuer=f"http://127.0.0.1:{port}"
    )
    sdb = ServerDB(settings)
    migrate(sdb.database)
    world = build_world(sdb)
    server, thread = run_live(create_app(settings), port)
    yield settings.issuer, world, sdb
    server.should_exit = True
    thread.join(20)
    sdb.dispose()


def test_hub_push_and_pull(hub: tuple[str, World, ServerDB]) -> None:
    base, world, _sdb = hub
    with httpx.Client(base_url=base) as http:
        assert http.get("/api/v1/me", headers=auth(world.tokens["learner"])).status_code == 200
        _, cursor, _, _ = pull_all(http, world.tokens["learner2"])
        d = uuid7()
        r = push(
            http,
            world.tokens["learner"],
            mutation(
                "discussions",
                "insert",
                d,
                {
                    "course_id": str(world.courses["c1"]),
                    "author_id": str(world.users["learner"]),
                    "title": "Offline workshop",
                    "content": "in the room",
                },
            ),
        )
        assert r[0]["status"] == "applied" and r[0]["version"] == 1
        assert (
            push(
                http,
                world.tokens["learner2"],
                mutation("discussions", "update", d, inc={"view_count": 2}, base=0),
            )[0]["status"]
            == "merged"
        )
        changes, cursor2, checkpoint, _ = pull_all(http, world.tokens["learner2"], cursor)
        row = latest(changes)[("discussions", str(d))]["row"]
        assert row["view_count"] == 2 and row["sync_version"] == 2
        assert checkpoint["tables"]["discussions"]["count"] >= 1
        # Scoped like on PostgreSQL: instructor2 does not take part in c1.
        other = latest(pull_all(http, world.tokens["instructor2"])[0])
        assert ("discussions", str(d)) not in other
        assert ("enrollments", str(world.enrollments[("learner", "c1")])) not in other
        # A deletion travels as a tombstone.
        assert (
            push(http, world.tokens["learner"], mutation("discussions", "delete", d, base=2))[0]["status"]
            == "applied"
        )
        tomb = latest(pull_all(http, world.tokens["learner2"], cursor2)[0])[("discussions", str(d))]
        assert tomb["op"] == "delete"


def test_hub_seq_is_one_per_transaction(hub: tuple[str, World, ServerDB]) -> None:
    _, _world, sdb = hub
    with sdb.engine.connect() as c:
        seqs = c.execute(sa.select(ChangeLogEntry.seq).order_by(ChangeLogEntry.id)).scalars().all()
    assert seqs == sorted(seqs) and None not in seqs


def test_hub_erasure_and_export(hub: tuple[str, World, ServerDB]) -> None:
    import io
    import json
    import zipfile

    from .world import enrol, new_user, token_for

    base, world, sdb = hub
    leaver_id, email = new_user(sdb, "hubleaver", ("learner",))
    world.users["hubleaver"] = leaver_id
    enrol(sdb, world, "c1", "hubleaver")
    token = token_for(sdb, leaver_id)
    with httpx.Client(base_url=base) as http:
        d = uuid7()
        push(
            http,
            token,
            mutation(
                "discussions",
                "insert",
                d,
                {
                    "course_id": str(world.courses["c1"]),
                    "author_id": str(leaver_id),
                    "title": "secret farm",
                    "content": "x",
                },
            ),
        )
        export = zipfile.ZipFile(io.BytesIO(http.get("/api/v1/me/export", headers=auth(token)).content))
        assert json.loads(export.read("discussions.json"))[0]["title"] == "secret farm"
        _, cursor, _, _ = pull_all(http, world.tokens["learner"])
        r = http.post("/api/v1/me/erasure", json={"confirm": email}, headers=auth(token))
        assert r.status_code == 200, r.text
        seen = latest(pull_all(http, world.tokens["learner"], cursor)[0])
        assert seen[("users", str(leaver_id))]["op"] == "delete"
        assert seen[("discussions", str(d))]["row"]["title"] != "secret farm"
    with sdb.engine.connect() as c:
        images = c.execute(sa.select(ChangeLogEntry.row)).scalars().all()
    assert not any("secret farm" in json.dumps(i) or email in json.dumps(i) for i in images)
