"""GDPR from the client: "Export my data" downloads the server's export; "Delete my account" erases the
person on the server (after re-authentication), wipes this computer's copy, and every other replica
that syncs loses the person's data and files (issue 7, part 5)."""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_INSTRUCTOR_EMAIL
from bootcamp_core.models import Assignment, Base, Blob, Discussion, Lesson, Module, Submission, User, uuid7
from bootcamp_core.models.blobstore import blob_path, blob_url, write_blob
from bootcamp_desktop.services import privacy, sync_ops
from bootcamp_desktop.services.account import sign_in
from bootcamp_desktop.sync.blobs import download
from bootcamp_desktop.sync.tokens import TokenStore
from bootcamp_server.models import OAuthTokenFamily, SyncClientRecord
from bootcamp_server.privacy.erasure import REMOVED
from tests.sync.live import LiveServer, browser, new_replica, sync

from .conftest import PASSWORD, Person, new_learner, run

FORMER_MEMBER = __import__("uuid").UUID("00000000-0000-7000-8000-0000000000e5")


def their_work(live: LiveServer, person: Person) -> tuple[str, Submission, Discussion]:
    """A submission with a file, and a discussion, by ``person`` in their course (written on the server)."""
    data = f"PNG-ish design of {person.full_name} {os.urandom(8).hex()}".encode()
    sha = write_blob(live.settings.blobs_dir, data)
    with live.sdb.owner() as s:
        s.merge(
            Blob(
                sha256=sha,
                size_bytes=len(data),
                mime_type="image/png",
                state="complete",
                stored_bytes=len(data),
            )
        )
        assignment = s.scalar(
            sa.select(Assignment.id)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .where(Module.course_id == person.course_id)
            .limit(1)
        )
        sub = Submission(
            id=uuid7(),
            assignment_id=assignment,
            user_id=person.user_id,
            status="submitted",
            submission_content={
                "text": f"Notes by {person.full_name}",
                "files": [
                    {
                        "name": "farm-map.png",
                        "url": blob_url(sha),
                        "size_bytes": len(data),
                        "mime_type": "image/png",
                    }
                ],
            },
        )
        thread = Discussion(
            id=uuid7(),
            course_id=person.course_id,
            author_id=person.user_id,
            title=f"Question from {person.full_name}",
            content=f"I am {person.full_name}, {person.email}",
            discussion_type="question",
        )
        s.add_all([sub, thread])
    return sha, sub, thread


def replica_text(ws) -> str:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return "\n".join(repr(tuple(r)) for t in Base.metadata.sorted_tables for r in s.execute(sa.select(t)))


def test_export_downloads_my_data(live: LiveServer, tmp_path: Path) -> None:
    person = new_learner(live)
    their_work(live, person)
    ws = new_replica(live, tmp_path / "me", person.email, PASSWORD)
    try:
        sync(ws)
        info = run(privacy.export_my_data(ws, tmp_path / "picked" / "my-data.zip"))
        assert info.path.is_file() and info.tables["submissions"] == 1 and info.files == 1
        with zipfile.ZipFile(info.path) as z:
            users = json.loads(z.read("users.json"))
            assert users[0]["email"] == person.email
            # When this computer synced with the server, and with which app, is theirs too.
            (replica,) = json.loads(z.read("sync_clients.json"))
            assert replica["client_id"] == ws.settings.replica_id and replica["pulled_changes"] > 0
        assert not list((tmp_path / "picked").glob(".*.part")), "no partial file left behind"
    finally:
        ws.close()


def test_erasure_reaches_every_replica_and_wipes_this_one(
    live: LiveServer, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    person = new_learner(live)
    sha, sub, thread = their_work(live, person)

    teacher = new_replica(live, tmp_path / "teacher", DEMO_INSTRUCTOR_EMAIL)
    me = new_replica(live, tmp_path / "me", person.email, PASSWORD)
    try:
        sync(teacher)
        sync(me)

        async def fetch() -> None:
            async with sync_ops.client_for(teacher) as client:
                await download(client, teacher.blobs_dir, sha)

        run(fetch())
        thumb = teacher.directory / "thumbnails" / f"{sha}-160.png"
        thumb.parent.mkdir(parents=True, exist_ok=True)
        thumb.write_bytes(b"derived from the file")
        with teacher.db.session() as s:
            assert s.get(User, person.user_id).full_name == person.full_name
            assert (
                s.get(Submission, sub.id) is not None
                and s.get(Discussion, thread.id).author_id == person.user_id
            )
        assert person.full_name in replica_text(teacher) and blob_path(teacher.blobs_dir, sha).is_file()

        with pytest.raises(ValueError, match="not the email"):
            run(privacy.delete_my_account(me, "someone-else@example.org"))
        # A sign-in older than a few minutes is not enough: sign in again first.
        with live.sdb.owner() as s:
            s.execute(
                sa.update(OAuthTokenFamily)
                .where(OAuthTokenFamily.user_id == person.user_id)
                .values(created_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
            )
        with pytest.raises(privacy.ReauthenticationRequired):
            run(privacy.delete_my_account(me, person.email))
        with live.sdb.owner() as s:
            assert s.get(User, person.user_id) is not None, "nothing erased yet"
        sign_in(me, live.url, open_browser=False, show_url=browser(person.email, PASSWORD), timeout=60)
        replica_id = me.settings.replica_id

        result = run(privacy.delete_my_account(me, person.email.upper()))

        assert result.user_id == person.user_id and result.server["rows_deleted"] >= 3
        with live.sdb.owner() as s:
            assert s.get(User, person.user_id) is None and s.get(Submission, sub.id) is None
            assert not s.scalars(
                sa.select(SyncClientRecord).where(SyncClientRecord.user_id == person.user_id)
            ).all()
        assert not blob_path(live.settings.blobs_dir, sha).exists(), "the server deleted the file"
        # This computer forgot everything: the sign-in, the replica's content, its files and backups.
        assert me.settings.server_url is None and me.settings.user_id is None
        assert TokenStore(live.url, replica_id).load() is None
        assert not any(
            person.email in v or str(person.user_id) in k for (_svc, k), v in memory_keyring.entries.items()
        )
        for name in ("blobs", "backups", "thumbnails", "cache"):
            assert not (me.directory / name).exists(), name
        with me.db.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(User)) == 0

        report = sync(teacher)
        assert report.blobs_removed >= 1
        with teacher.db.session() as s:
            assert s.get(User, person.user_id) is None
            assert s.get(Submission, sub.id) is None
            kept = s.get(Discussion, thread.id)
            assert kept is not None and kept.author_id == FORMER_MEMBER and kept.content == REMOVED
        text = replica_text(teacher)
        for trace in (
            person.full_name,
            person.email,
            str(person.user_id),
            str(person.user_id).replace("-", ""),
        ):
            assert trace not in text, trace
        assert not blob_path(teacher.blobs_dir, sha).exists(), "the teacher's copy of the file is gone"
        assert not thumb.exists(), "and what was derived from it"
    finally:
        teacher.close()
        me.close()
