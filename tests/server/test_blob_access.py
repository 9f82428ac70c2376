"""Blob access under attack (issue 15, part 3): files follow the rows the caller may read, a reference is
checked when it is written, and each uploader sees only their own upload. A small cohort of its own: a
teacher, two learners of one course (Amy and Ben), and an outsider enrolled nowhere."""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass

import httpx
import pytest

from bootcamp_core.models import Lesson, User, uuid7
from bootcamp_server.db import ServerDB

from .conftest import auth
from .helpers import mutation, push
from .test_blobs import _put
from .world import World, add_course, enrol, new_user, staff, token_for


@dataclass
class Cohort:
    world: World
    tokens: dict[str, str]


@pytest.fixture(scope="module")
def cohort(sdb: ServerDB) -> Cohort:
    w = World()
    for key, roles in (
        ("teacher", ("instructor",)),
        ("amy", ("learner",)),
        ("ben", ("learner",)),
        ("outsider", ("learner",)),
    ):
        w.users[key], w.emails[key] = new_user(sdb, key, roles)
    add_course(sdb, w, "k", "teacher", published=True)
    staff(sdb, w, "k", "teacher", "instructor")
    enrol(sdb, w, "k", "amy")
    enrol(sdb, w, "k", "ben")
    return Cohort(w, {key: token_for(sdb, uid) for key, uid in w.users.items()})


def upload(http: httpx.Client, token: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    r = _put(http, token, sha, 0, len(data), data)
    assert r.status_code == 200 and r.json()["complete"] is True, r.text
    return sha


def submit(http: httpx.Client, c: Cohort, who: str, sha: str) -> dict:
    return push(
        http,
        c.tokens[who],
        mutation(
            "submissions",
            "insert",
            uuid7(),
            {
                "assignment_id": str(c.world.assignments["k"]),
                "user_id": str(c.world.users[who]),
                "status": "submitted",
                "submission_content": {"files": [{"name": "farm-map.pdf", "url": f"blob:sha256:{sha}"}]},
            },
        ),
    )[0]


def can_get(http: httpx.Client, token: str, sha: str) -> bool:
    r = http.get(f"/api/v1/blobs/{sha}", headers=auth(token))
    assert r.status_code in (200, 404), r.text
    return r.status_code == 200


def stat(http: httpx.Client, token: str, sha: str) -> object:
    r = http.post("/api/v1/blobs/stat", json={"sha256": [sha]}, headers=auth(token))
    assert r.status_code == 200, r.text
    return r.json()["blobs"][sha]


def test_an_avatar_pointing_at_a_classmates_file_is_refused_and_grants_nothing(
    http: httpx.Client, cohort: Cohort
) -> None:
    """Ben submits a private file; Amy, his classmate, learns its hash and sets her avatar to it, hoping
    that everyone who may see her avatar (herself included) may then download Ben's file."""
    secret = b"Ben's private farm map " + os.urandom(2000)
    sha = upload(http, cohort.tokens["ben"], secret)
    assert submit(http, cohort, "ben", sha)["status"] in ("applied", "merged")
    assert can_get(http, cohort.tokens["ben"], sha) and can_get(http, cohort.tokens["teacher"], sha)

    amy = cohort.tokens["amy"]
    answer = push(
        http,
        amy,
        mutation("users", "update", cohort.world.users["amy"], {"avatar_url": f"blob:sha256:{sha}"}, base=1),
    )[0]
    assert answer["status"] == "rejected" and answer["code"] == "forbidden", answer
    assert "upload" in answer["reason"]
    me = http.get("/api/v1/me", headers=auth(amy)).json()
    assert me.get("avatar_url") != f"blob:sha256:{sha}"
    # The same through a row of her own (a discussion in the course), and through a submission of hers.
    post = push(
        http,
        amy,
        mutation(
            "discussions",
            "insert",
            uuid7(),
            {
                "course_id": str(cohort.world.courses["k"]),
                "author_id": str(cohort.world.users["amy"]),
                "title": "look",
                "content": f"![map](blob:sha256:{sha})",
                "discussion_type": "general",
            },
        ),
    )[0]
    assert post["status"] == "rejected" and post["code"] == "forbidden", post
    assert submit(http, cohort, "amy", sha)["status"] == "rejected"
    for who in ("amy", "outsider"):
        assert not can_get(http, cohort.tokens[who], sha)
        assert stat(http, cohort.tokens[who], sha) is None
        head = http.head(f"/api/v1/blobs/{sha}", headers=auth(cohort.tokens[who]))
        assert head.status_code == 404


def test_a_reference_needs_the_file_or_a_readable_row(
    http: httpx.Client, cohort: Cohort, sdb: ServerDB
) -> None:
    """What a push may name: a file one uploaded oneself (all of its bytes), or one a readable row already
    names (a lesson's picture quoted in a discussion). Whoever has the bytes may upload them too."""
    picture = b"lesson picture " + os.urandom(500)
    sha = hashlib.sha256(picture).hexdigest()
    upload(http, cohort.tokens["teacher"], picture)
    with sdb.owner() as s:
        s.get(Lesson, cohort.world.lessons["k"]).content_url = f"blob:sha256:{sha}"
    amy = cohort.tokens["amy"]
    assert can_get(http, amy, sha) and stat(http, amy, sha) == {"size": len(picture), "mime_type": None}
    assert can_get(http, cohort.tokens["outsider"], sha)  # a published course's lessons are for everyone
    quote = push(
        http,
        amy,
        mutation(
            "discussions",
            "insert",
            uuid7(),
            {
                "course_id": str(cohort.world.courses["k"]),
                "author_id": str(cohort.world.users["amy"]),
                "title": "about the picture",
                "content": f"![it](blob:sha256:{sha})",
                "discussion_type": "general",
            },
        ),
    )[0]
    assert quote["status"] == "applied", quote

    # Ben's file again: Amy has a copy (he emailed it to her), uploads every byte, and may then name it.
    shared = b"Ben's sketch, shared by hand " + os.urandom(300)
    sha2 = upload(http, cohort.tokens["ben"], shared)
    assert submit(http, cohort, "ben", sha2)["status"] in ("applied", "merged")  # his one submission for "k"
    assert upload(http, amy, shared) == sha2
    answer = push(
        http,
        amy,
        mutation("users", "update", cohort.world.users["amy"], {"avatar_url": f"blob:sha256:{sha2}"}, base=1),
    )[0]
    assert answer["status"] in ("applied", "merged"), answer
    with sdb.owner() as s:
        assert s.get(User, cohort.world.users["amy"]).avatar_url == f"blob:sha256:{sha2}"
    # Her avatar is public to those who know her: Ben, the teacher; not the outsider.
    assert can_get(http, cohort.tokens["ben"], sha2) and can_get(http, cohort.tokens["teacher"], sha2)
    assert not can_get(http, cohort.tokens["outsider"], sha2)


def test_upload_state_answers_only_the_uploader(http: httpx.Client, cohort: Cohort) -> None:
    """Ben's upload in progress, and his complete file, are invisible to Amy through the upload routes: she
    sees her own (empty) upload, cannot append to his, and a complete blob is complete for her only after
    she has sent every byte of it herself."""
    ben, amy = cohort.tokens["ben"], cohort.tokens["amy"]
    data = b"Ben's half-sent portfolio " + os.urandom(10_000)
    sha = hashlib.sha256(data).hexdigest()
    assert _put(http, ben, sha, 0, len(data), data[:4000]).json() == {"received": 4000, "complete": False}

    def state(token: str) -> dict:
        r = http.get(f"/api/v1/blobs/{sha}/upload", headers=auth(token))
        assert r.status_code == 200
        return r.json()

    assert state(amy) == {"size": None, "received": 0, "complete": False}
    wrong = _put(http, amy, sha, 4000, len(data), data[4000:])
    assert wrong.status_code == 409 and wrong.json()["received"] == 0
    assert state(ben)["received"] == 4000
    assert _put(http, ben, sha, 4000, len(data), data[4000:]).json()["complete"] is True
    assert state(ben)["complete"] is True
    # Stored now, and still not Amy's to know about: her first chunk is a chunk, not "complete".
    assert state(amy) == {"size": None, "received": 0, "complete": False}
    assert _put(http, amy, sha, 0, len(data), data[:10]).json() == {"received": 10, "complete": False}
    # Garbage from her is discarded and harms nothing of his.
    bad = _put(http, amy, sha, 10, len(data), os.urandom(len(data) - 10))
    assert bad.status_code == 422
    assert submit(http, cohort, "ben", sha)["status"] in ("applied", "merged")
    assert stat(http, ben, sha) == {"size": len(data), "mime_type": None}
    assert http.get(f"/api/v1/blobs/{sha}", headers=auth(cohort.tokens["teacher"])).content == data


def test_blob_routes_answer_alike_for_unknown_and_forbidden(http: httpx.Client, cohort: Cohort) -> None:
    """An outsider cannot tell a blob that exists from one that does not."""
    outsider = cohort.tokens["outsider"]
    secret = os.urandom(700)
    sha = upload(http, cohort.tokens["ben"], secret)
    assert submit(http, cohort, "ben", sha)["status"] in ("applied", "merged")
    unknown = hashlib.sha256(uuid.uuid4().bytes).hexdigest()
    for probe in (sha, unknown):
        got = http.get(f"/api/v1/blobs/{probe}", headers=auth(outsider))
        assert got.status_code == 404 and got.json()["type"] == "urn:bootcamp:not-found"
        assert http.get(f"/api/v1/blobs/{probe}/upload", headers=auth(outsider)).json() == {
            "size": None,
            "received": 0,
            "complete": False,
        }
        assert stat(http, outsider, probe) is None
