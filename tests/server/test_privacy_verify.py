"""Export of a user's data, erasure reaching other replicas as tombstones, certificate verification."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import zipfile

import httpx
import sqlalchemy as sa

from bootcamp_core.models import Certificate, User, uuid7
from bootcamp_server.db import ServerDB
from bootcamp_server.models import AuditLog, ChangeLogEntry

from .conftest import auth, token_for_user
from .helpers import latest, mutation, pull_all, push
from .world import World, add, enrol, new_user


def test_export_zip_holds_my_rows_and_files(http: httpx.Client, world: World) -> None:
    token = world.tokens["learner"]
    data = os.urandom(2048)
    sha = hashlib.sha256(data).hexdigest()
    http.put(
        f"/api/v1/blobs/{sha}/upload",
        params={"offset": 0, "size": len(data)},
        content=data,
        headers=auth(token),
    )
    push(
        http,
        token,
        mutation(
            "submissions",
            "insert",
            uuid7(),
            {
                "assignment_id": str(world.assignments["c1"]),
                "user_id": str(world.users["learner"]),
                "status": "draft",
                "submission_content": {"file": f"blob:sha256:{sha}"},
            },
        ),
    )
    r = http.get("/api/v1/me/export", headers=auth(token))
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    z = zipfile.ZipFile(io.BytesIO(r.content))
    names = set(z.namelist())
    assert {"manifest.json", "users.json", "enrollments.json", "submissions.json", f"files/{sha}"} <= names
    me = json.loads(z.read("users.json"))
    assert me[0]["email"] == world.emails["learner"]
    assert z.read(f"files/{sha}") == data
    subs = json.loads(z.read("submissions.json"))
    assert subs and all(s["user_id"] == str(world.users["learner"]) for s in subs)
    manifest = json.loads(z.read("manifest.json"))
    assert manifest["user_id"] == str(world.users["learner"])


def test_erasure_reaches_other_replicas_as_tombstones(
    http: httpx.Client, world: World, sdb: ServerDB
) -> None:
    leaver_id, leaver_email = new_user(sdb, "leaver", ("learner",))
    world.users["leaver"] = leaver_id
    enrolment = enrol(sdb, world, "c1", "leaver")
    leaver = token_for_user(sdb, leaver_id)
    thread, reply = uuid7(), uuid7()
    push(
        http,
        leaver,
        mutation(
            "discussions",
            "insert",
            thread,
            {
                "course_id": str(world.courses["c1"]),
                "author_id": str(leaver_id),
                "title": "my farm in Itasy",
                "content": "my phone is 034 00 000 00",
            },
        ),
    )
    push(
        http,
        world.tokens["learner"],
        mutation(
            "discussion_replies",
            "insert",
            reply,
            {"discussion_id": str(thread), "author_id": str(world.users["learner"]), "content": "nice"},
        ),
    )
    _, cursor, _, _ = pull_all(http, world.tokens["learner"])

    wrong = http.post("/api/v1/me/erasure", json={"confirm": "someone@else"}, headers=auth(leaver))
    assert wrong.status_code == 400
    r = http.post("/api/v1/me/erasure", json={"confirm": leaver_email}, headers=auth(leaver))
    assert r.status_code == 200, r.text
    assert http.get("/api/v1/me", headers=auth(leaver)).status_code == 401  # tokens went with the user

    changes, _, _, _ = pull_all(http, world.tokens["learner"], cursor)
    seen = latest(changes)
    assert seen[("users", str(leaver_id))]["op"] == "delete"
    kept = seen[("discussions", str(thread))]
    assert kept["op"] == "upsert" and "Itasy" not in json.dumps(kept["row"])
    assert kept["row"]["author_id"] == "00000000-0000-7000-8000-0000000000e5"
    # The instructor's replica loses the enrolment.
    inst = latest(pull_all(http, world.tokens["instructor"])[0])
    assert inst[("enrollments", str(enrolment))]["op"] == "delete"
    # Nothing personal is left on the server: no row, no old change-log image, no audit payload.
    with sdb.owner() as s:
        assert s.get(User, leaver_id) is None
        images = s.scalars(sa.select(ChangeLogEntry.row).where(ChangeLogEntry.op == "upsert")).all()
        assert not any(leaver_email in json.dumps(i) or "Itasy" in json.dumps(i) for i in images)
        erasure = s.execute(
            sa.select(AuditLog).where(AuditLog.action == "users.erase", AuditLog.row_id == leaver_id)
        ).scalar_one()
        assert erasure.actor_id == leaver_id and erasure.before is None and erasure.after is None


def test_admin_erasure_needs_admin(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    victim, _ = new_user(sdb, "victim", ("learner",))
    assert (
        http.post(f"/api/v1/users/{victim}/erasure", headers=auth(world.tokens["instructor"])).status_code
        == 404
    )
    r = http.post(f"/api/v1/users/{victim}/erasure", headers=auth(world.tokens["admin"]))
    assert r.status_code == 200


def _certificate(sdb: ServerDB, world: World, number: str, **extra: object) -> None:
    with sdb.owner() as s:
        add(
            s,
            Certificate(
                id=uuid7(),
                user_id=world.users["learner2"],
                course_id=world.courses["c1"],
                certificate_type="course_completion",
                certificate_number=number,
                **extra,
            ),
        )


def test_verify_valid_expired_revoked(http: httpx.Client, world: World, sdb: ServerDB) -> None:
    now = dt.datetime.now(dt.UTC)
    _certificate(sdb, world, "FPB-TEST-VALID")
    _certificate(sdb, world, "FPB-TEST-OLD", expiry_date=now - dt.timedelta(days=1))
    _certificate(sdb, world, "FPB-TEST-REV", is_revoked=True, revoked_at=now, revoked_reason="plagiarism")
    as_json = {"Accept": "application/json"}
    valid = http.get("/verify/FPB-TEST-VALID", headers=as_json).json()
    assert valid["status"] == "valid" and valid["holder"] == "Learner2" and valid["course"] == "Course c1"
    assert "email" not in json.dumps(valid)
    assert http.get("/verify/FPB-TEST-OLD", headers=as_json).json()["status"] == "expired"
    revoked = http.get("/verify/FPB-TEST-REV", headers=as_json).json()
    assert revoked["status"] == "revoked" and revoked["revoked_reason"] == "plagiarism"
    page = http.get("/verify/FPB-TEST-REV")
    assert page.headers["content-type"].startswith("text/html")
    assert "revoked" in page.text and "plagiarism" in page.text
    unknown = http.get("/verify/NOPE-1")
    assert unknown.status_code == 404 and "No certificate" in unknown.text
    assert http.get("/verify/NOPE-1", headers=as_json).status_code == 404
    assert http.get("/verify/<script>", headers=as_json).status_code == 404


def test_healthz(http: httpx.Client) -> None:
    r = http.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_errors_are_problem_documents(http: httpx.Client) -> None:
    r = http.get("/api/v1/nothing-here")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == 404
