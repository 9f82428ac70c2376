"""A USB round trip with a real server on PostgreSQL and real replicas over HTTP: a course pack out from
an online replica, imported on a learner's laptop with the server stopped (a drive pulled out mid-import,
then put back); the learner's work handed in on the drive, pushed by the facilitator's app, a tampered or
foreign bundle refused, a replayed one changing nothing, and the grade carried back on the drive."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from bootcamp_core.demo import DEMO_FACILITATOR_EMAIL, DEMO_INSTRUCTOR_EMAIL, DEMO_LEARNER_EMAIL
from bootcamp_core.models import (
    Assignment,
    Blob,
    Course,
    Enrollment,
    Lesson,
    Module,
    OutboxEntry,
    Submission,
    utcnow,
)
from bootcamp_core.models.blobstore import blob_url, import_file, partial_path
from bootcamp_core.protocol.usb import WORK_INFO, b64d, b64e, canonical, seal, signed
from bootcamp_desktop.services import assignments, course_pack, lessons, work_bundle
from bootcamp_desktop.services.course_pack import PackError
from bootcamp_desktop.services.work_bundle import BundleError
from bootcamp_desktop.sync.outbox import local_write
from bootcamp_desktop.sync.usb_keys import device_keys, pinned
from bootcamp_server.models import AppliedMutation, ChangeLogEntry
from tests.sync.live import LiveServer, new_replica, sync

from .conftest import publish_draft


def _server_state(live: LiveServer) -> tuple[int, int, int]:
    with live.sdb.owner() as s:
        return (
            s.scalar(sa.select(sa.func.count()).select_from(ChangeLogEntry)),
            s.scalar(sa.select(sa.func.count()).select_from(AppliedMutation)),
            s.scalar(sa.select(sa.func.count()).select_from(Submission)),
        )


def _local_state(ws) -> tuple:  # type: ignore[no-untyped-def]
    with ws.db.session() as s:
        return (
            s.scalar(sa.select(sa.func.count()).select_from(Course)),
            s.scalar(sa.select(sa.func.count()).select_from(Lesson)),
            s.scalar(sa.select(sa.func.count()).select_from(Blob).where(Blob.state == "complete")),
        )


def test_course_pack_and_work_bundle_round_trip(server: LiveServer, tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    laptop = new_replica(server, tmp_path / "learner", DEMO_LEARNER_EMAIL)
    office = new_replica(server, tmp_path / "facilitator", DEMO_FACILITATOR_EMAIL)
    try:
        sync(laptop)  # at the workshop's start, online: the laptop pins the server's keys, registers its own
        assert pinned(laptop.db, server.url) is not None
        course_id = publish_draft(server)  # the course is published after the laptop went offline
        sync(office)

        # -- the course pack, exported online -----------------------------------------------------------
        result = course_pack.export_pack(office, course_id, drive)
        assert result.path.suffix == ".bootcamp-pack" and result.files > 0 and result.unavailable == 0
        media = sorted((drive / "bootcamp-media").rglob("*"))
        media = [p for p in media if p.is_file()]
        assert len(media) == result.files

        server.stop()  # from here on the laptop has no network
        with laptop.db.session() as s:
            assert s.get(Course, course_id) is None
        before = _local_state(laptop)

        # a pack altered on the drive is refused whole
        original = result.path.read_bytes()
        doc = json.loads(original)
        doc["signed"]["title"] = "Something else"
        result.path.write_text(json.dumps(doc))
        with pytest.raises(PackError, match="cannot be trusted"):
            course_pack.import_pack(laptop, result.path)
        result.path.write_bytes(original)
        assert _local_state(laptop) == before

        # the drive is pulled out: first the file is gone, then it is there only in part
        order = [m["sha256"] for m in json.loads(original)["signed"]["media"]]
        first = drive / "bootcamp-media" / order[0][:2] / order[0]
        kept = first.read_bytes()
        first.unlink()
        with pytest.raises(PackError, match="not on the drive"):
            course_pack.import_pack(laptop, result.path)
        first.write_bytes(kept[: len(kept) // 2])
        with pytest.raises(PackError, match="incomplete"):
            course_pack.import_pack(laptop, result.path)
        assert _local_state(laptop) == before  # nothing applied: no row, no file counted
        with laptop.db.session() as s:
            assert s.get(Course, course_id) is None
        half = partial_path(laptop.blobs_dir, order[0])
        assert half.is_file() and half.stat().st_size == len(kept) // 2  # what was copied is kept
        first.write_bytes(kept)
        done = course_pack.import_pack(laptop, result.path)  # the drive is back: it carries on
        assert done.rows == result.rows and not half.exists()

        with laptop.db.session() as s:
            lesson_ids = list(
                s.scalars(sa.select(Lesson.id).join(Module).where(Module.course_id == course_id))
            )
            assert lesson_ids
            for lesson_id in lesson_ids:
                content = lessons.load_lesson(s, laptop.blobs_dir, laptop.settings.current_user_id, lesson_id)
                assert content.missing == [] and all(r.present for r in content.resources)
                if content.content_type == "text":
                    assert content.markdown
        assert course_pack.import_pack(laptop, result.path).copied == 0  # again: nothing new

        # -- the learner's work, offline -----------------------------------------------------------------
        me = laptop.settings.current_user_id
        with laptop.db.session() as s:
            assignment_id = s.scalars(
                sa.select(Assignment.id)
                .join(Lesson)
                .join(Module)
                .join(Enrollment, sa.and_(Enrollment.course_id == Module.course_id, Enrollment.user_id == me))
                .where(
                    ~sa.exists().where(Submission.assignment_id == Assignment.id, Submission.user_id == me)
                )
                .order_by(Assignment.id)
            ).first()
        assert assignment_id is not None
        photo = tmp_path / "field-visit.jpg"
        photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the cooperative's notice board " + uuid.uuid4().bytes)
        secret_text = "Interviewed five growers at the cooperative " + uuid.uuid4().hex
        with local_write(laptop.db) as s:
            assignments.save_draft(s, me, assignment_id, secret_text)
            sha, size = import_file(laptop.blobs_dir, photo)
            assignments.register_blob(s, sha, size, "image/jpeg")
            sub = assignments.latest_submission(s, me, assignment_id)
            sub.submission_content = {
                **sub.submission_content,
                "files": [
                    {"name": photo.name, "url": blob_url(sha), "size_bytes": size, "mime_type": "image/jpeg"}
                ],
            }
            s.flush()
            assignments.submit(s, me, assignment_id)
            submission_id = sub.id
        handed = work_bundle.export_bundle(laptop, drive)
        [bundle] = handed.written
        assert bundle.suffix == ".bootcamp-work" and handed.changes > 0 and handed.files == 1
        on_drive = b"".join(p.read_bytes() for p in drive.glob("*.bootcamp-work"))
        assert secret_text.encode() not in on_drive and b"cooperative's notice board" not in on_drive
        assert str(me).encode() not in on_drive  # whose work it is stays inside too

        # -- the facilitator's app, online, hands it in -------------------------------------------------
        server.start()
        tampered = drive / "tampered.bootcamp-work"
        outer = json.loads(bundle.read_text())
        sealed = bytearray(b64d(outer["sealed"]))
        sealed[len(sealed) // 2] ^= 1
        tampered.write_text(json.dumps({**outer, "sealed": b64e(bytes(sealed))}))
        untouched = _server_state(server)
        report = work_bundle.hand_in(office, drive)
        assert report.handed_in == 1 and len(report.refused) == 1 and "tampered" in report.refused[0]
        tampered.unlink()
        with server.sdb.owner() as s:
            row = s.get(Submission, submission_id)
            assert row.user_id == me and row.status == "submitted"
            assert row.submission_content["text"] == secret_text
            assert row.submission_content["files"][0]["url"] == blob_url(sha)
            version = row.sync_version
        assert (server.settings.blobs_dir / sha[:2] / sha).read_bytes() == photo.read_bytes()
        after_first = _server_state(server)
        assert after_first[2] == untouched[2] + 1

        # replayed: handed in again (the answer lost), it changes nothing
        answer = bundle.with_suffix(".bootcamp-return")
        kept_answer = answer.read_bytes()
        answer.unlink()
        assert work_bundle.hand_in(office, drive).handed_in == 1
        assert _server_state(server) == after_first
        with server.sdb.owner() as s:
            assert s.get(Submission, submission_id).sync_version == version
        answer.write_bytes(kept_answer)

        # signed by this laptop but naming another learner: refused, nothing changes
        keys = pinned(laptop.db, server.url)
        other = server.users[DEMO_INSTRUCTOR_EMAIL]
        forged = {
            "format": "bootcamp-work-bundle",
            "version": 1,
            "issuer": keys["issuer"],
            "server_id": keys["server_id"],
            "user_id": str(other),
            "client_id": "x",
            "bundle_id": "f",
            "cursor": None,
            "mutations": [],
            "files": [],
        }
        envelope = signed(forged, device_keys(laptop.db, me))
        (drive / "forged.bootcamp-work").write_text(
            json.dumps(
                {
                    "format": "bootcamp-work-bundle",
                    "version": 1,
                    "to": keys["fingerprint"],
                    "bundle_id": "f",
                    "sealed": b64e(seal(canonical(envelope), keys["box_key"], WORK_INFO)),
                }
            )
        )
        refused = work_bundle.hand_in(office, drive)
        assert refused.handed_in == 0 and "not registered for the learner" in refused.refused[0]
        (drive / "forged.bootcamp-work").unlink()
        assert _server_state(server) == after_first

        # the instructor grades at the office
        with server.sdb.owner() as s:
            row = s.get(Submission, submission_id)
            row.status, row.score, row.feedback = "graded", Decimal("88.00"), "Clear notes from the field."
            row.graded_by, row.graded_at = server.users[DEMO_INSTRUCTOR_EMAIL], utcnow()

        # -- back on the laptop, offline: the answer, then the grade on the next trip ---------------------
        server.stop()
        back = work_bundle.take_back(laptop, drive)
        assert back.counts.get("applied", 0) + back.counts.get("merged", 0) == handed.changes
        with laptop.db.session() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(OutboxEntry)) == 0
        assert work_bundle.take_back(laptop, drive).pages == 0  # applied twice: nothing more
        for p in drive.glob("*.bootcamp-*"):
            if p.suffix in (".bootcamp-work", ".bootcamp-return"):
                p.unlink()
        news = work_bundle.export_bundle(laptop, drive)  # nothing waits: a bundle that asks for news
        assert news.changes == 0
        server.start()
        assert work_bundle.hand_in(office, drive).handed_in == 1
        server.stop()
        assert work_bundle.take_back(laptop, drive).pages >= 1
        with laptop.db.session() as s:
            detail = assignments.assignment_detail(s, me, assignment_id)
            graded = s.get(Submission, submission_id)
            assert graded.status == "graded" and graded.score == Decimal("88.00")
            assert graded.feedback == "Clear notes from the field."
            assert detail is not None

        # an answer meant for this laptop, altered, is refused
        [answer] = drive.glob("*.bootcamp-return")
        outer = json.loads(answer.read_text())
        sealed = bytearray(b64d(outer["sealed"]))
        sealed[-5] ^= 1
        answer.write_text(json.dumps({**outer, "sealed": b64e(bytes(sealed))}))
        with pytest.raises(BundleError, match="cannot be trusted"):
            work_bundle.take_back(laptop, drive)
    finally:
        if server._server is None:
            server.start()
        laptop.close()
        office.close()


def test_a_laptop_that_never_synced_cannot_check_a_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bootcamp_desktop.cli import main

    drive = tmp_path / "usb"
    drive.mkdir()
    (drive / "x.bootcamp-pack").write_text(json.dumps({"signed": {}, "key": "0" * 16, "sig": ""}))
    assert main(["pack", "import", str(drive), "--data-dir", str(tmp_path / "fresh")]) == 10
    assert "sync once while online" in capsys.readouterr().err
    assert (
        main(["pack", "import", str(tmp_path), "--data-dir", str(tmp_path / "fresh")]) == 10
    )  # no pack there
    assert "no course pack" in capsys.readouterr().err
