"""Lessons, downloads, the catalogue, home, discussions, projects, peer review, certificates, profile."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from bootcamp_core.models import (
    Blob,
    Course,
    DesignAsset,
    Discussion,
    DiscussionReply,
    Enrollment,
    Lesson,
    PeerReview,
    Submission,
    User,
)
from bootcamp_core.models.blobstore import blob_path
from bootcamp_desktop.services import (
    catalogue,
    certificate_pdf,
    certificates,
    courses,
    discussions,
    downloads,
    home,
    lessons,
    local_state,
    peer_review,
    profile,
    projects,
)

from .conftest import outbox


def first(read, model, *where):  # type: ignore[no-untyped-def]
    return read(lambda s: s.scalar(sa.select(model).where(*where).limit(1)))


def test_a_text_lesson_reads_its_markdown_and_says_when_it_is_missing(ws, learner, read) -> None:  # type: ignore[no-untyped-def]
    lesson = first(read, Lesson, Lesson.content_type == "text")
    content = read(lessons.load_lesson, ws.blobs_dir, learner, lesson.id)
    assert content.markdown and content.markdown.startswith("#") and content.downloaded
    sha = lesson.content_url.split(":")[-1]
    blob_path(ws.blobs_dir, sha).unlink()
    missing = read(lessons.load_lesson, ws.blobs_dir, learner, lesson.id)
    assert missing.markdown is None and missing.missing == [sha]


def test_course_media_sizes_and_what_is_missing(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    course_id = first(read, Course, Course.slug == "designing-a-farm-management-app").id
    items = read(downloads.course_media, course_id, None, ws.blobs_dir)
    summary = downloads.summarise(items)
    assert summary.complete and summary.total_bytes > 0
    video = next(i for i in items if i.mime_type == "video/mp4")
    blob_path(ws.blobs_dir, video.sha256).unlink()
    after = downloads.summarise(read(downloads.course_media, course_id, None, ws.blobs_dir))
    assert after.missing_count == 1 and after.missing_bytes == video.size
    with pytest.raises(downloads.DownloadNeedsServerError):
        downloads.no_server_downloader([video], lambda a, b: None)
    outline = read(courses.course_outline, course_id, learner, ws.blobs_dir)
    assert sum(lesson.media_missing for m in outline for lesson in m.lessons) == 1


def test_catalogue_search_filters_and_enrolment(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    everything = read(catalogue.search, learner)
    assert len(everything) == 5  # the draft course is not published
    assert [c.title for c in read(catalogue.search, learner, catalogue.Filters(query="USSD"))] == [
        "A Produce Marketplace for Smallholders"
    ]
    advanced = read(catalogue.search, learner, catalogue.Filters(difficulty="advanced"))
    assert {c.course_type for c in advanced} == {"capstone"}
    capstone = advanced[0]
    assert not capstone.enrolled
    page = read(catalogue.course_page, learner, capstone.course_id)
    assert page.learning_outcomes and page.prerequisites and page.hours
    enrolment = write(catalogue.enrol, learner, capstone.course_id)
    assert write(catalogue.enrol, learner, capstone.course_id) == enrolment  # idempotent
    assert outbox(ws, "enrollments")[-1].op == "insert"
    draft = first(read, Course, Course.published.is_(False))
    with pytest.raises(catalogue.EnrolmentError):
        write(catalogue.enrol, learner, draft.id)


def test_home_shows_next_lessons_and_deadlines(ws, learner, read) -> None:  # type: ignore[no-untyped-def]
    summary = read(home.home_summary, learner, ws.blobs_dir)
    assert summary.continue_with is not None
    assert summary.deadlines == sorted(summary.deadlines, key=lambda d: d.due)
    assert all(d.submission_status not in ("submitted", "graded") for d in summary.deadlines)
    assert read(home.suggested_lesson, learner) is not None


def test_discussions_post_reply_solve_and_vote(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    place = read(discussions.places, learner)[0]
    with pytest.raises(discussions.PostError):
        write(discussions.post_thread, learner, place.scope, "   ", "body")
    thread = write(
        discussions.post_thread, learner, place.scope, "Offline sync question", "How long can I stay offline?"
    )
    assert any(t.thread_id == thread and t.pending for t in read(discussions.threads, place.scope))
    other = first(read, User, User.id != learner)
    first_reply = write(discussions.reply, other.id, thread, "As long as you like.")
    nested = write(discussions.reply, learner, thread, "Thanks!", first_reply)
    detail = read(discussions.thread_detail, learner, thread)
    assert [(r.reply_id, r.depth) for r in detail.replies] == [(first_reply, 0), (nested, 1)]
    write(discussions.mark_solution, learner, first_reply)
    assert read(lambda s: s.get(Discussion, thread)).is_resolved
    assert write(discussions.vote_helpful, ws.directory, learner, first_reply) == 1
    with pytest.raises(discussions.AlreadyVotedError):
        write(discussions.vote_helpful, ws.directory, learner, first_reply)
    with pytest.raises(discussions.AlreadyVotedError):
        write(discussions.vote_helpful, ws.directory, learner, nested)  # one's own reply
    d = read(lambda s: s.get(Discussion, thread))
    assert d.reply_count == 2
    with pytest.raises(PermissionError):
        write(discussions.mark_solution, other.id, nested)
    incs = [e.payload["inc"] for e in outbox(ws, "discussion_replies") if e.row_id == first_reply]
    assert incs and incs[-1].get("helpful_votes") == 1


def test_projects_new_version_and_thumbnails(ws, learner, read, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = read(projects.my_projects, learner)[0]
    detail = read(projects.project_detail, learner, project.project_id)
    image = next(a for a in detail.assets if (a.mime_type or "").startswith("image/"))
    source = tmp_path / "new.png"
    Image.new("RGB", (300, 200), (200, 120, 40)).save(source)
    added = write(
        projects.upload_version,
        ws.blobs_dir,
        learner,
        project.project_id,
        source,
        image.file_name,
        "after testing",
    )
    assert added.version == image.version + 1 and not added.is_final
    thumb = projects.thumbnail(ws.blobs_dir, tmp_path / "thumbs", added)
    with Image.open(thumb) as t:
        assert t.size == (projects.THUMB_SIZE, projects.THUMB_SIZE)
    pdf = next(a for a in detail.assets if a.mime_type == "application/pdf")
    assert projects.thumbnail(ws.blobs_dir, tmp_path / "thumbs", pdf).is_file()
    write(projects.mark_final, learner, added.asset_id)
    finals = read(
        lambda s: list(
            s.scalars(
                sa.select(DesignAsset.version).where(
                    DesignAsset.project_id == project.project_id,
                    DesignAsset.file_name == image.file_name,
                    DesignAsset.is_final.is_(True),
                )
            )
        )
    )
    assert finals == [added.version]


def test_peer_review_written_against_the_rubric(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    other_sub = read(
        lambda s: s.scalar(
            sa.select(Submission)
            .where(
                Submission.user_id != learner,
                Submission.status == "graded",
                Submission.id.not_in(
                    sa.select(PeerReview.submission_id).where(PeerReview.reviewer_id == learner)
                ),
            )
            .limit(1)
        )
    )
    review_id = uuid.uuid4()
    with ws.db.write() as s:  # the staff side assigns the review (services/peer_assignment.py)
        s.add(PeerReview(id=review_id, submission_id=other_sub.id, reviewer_id=learner, is_anonymous=True))
    tasks = read(peer_review.my_review_tasks, learner)
    assert tasks[0].review_id == review_id and not tasks[0].done and tasks[0].author == "Anonymous classmate"
    detail = read(peer_review.review_detail, learner, review_id)
    with pytest.raises(peer_review.ReviewError):
        write(peer_review.submit_review, learner, review_id, {}, ["good"], ["more"], "")
    ratings = {c.criterion_id: (4, "clear") for c in detail.criteria}
    score = write(
        peer_review.submit_review,
        learner,
        review_id,
        ratings,
        ["Clear flow", ""],
        ["Test with farmers"],
        "Nice.",
    )
    assert score == 4
    row = read(lambda s: s.get(PeerReview, review_id))
    assert row.review_criteria["criteria"] and row.strengths == ["Clear flow"]
    with pytest.raises(peer_review.ReviewError):
        write(peer_review.submit_review, learner, review_id, ratings, ["x"], ["y"], "")


def test_certificate_pdf_has_the_verification_link(ws, learner, read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cert = read(certificates.my_certificates, learner)[0]
    assert cert.state == "valid" and cert.verification_url.endswith(cert.number)
    path = read(certificate_pdf.render_certificate_pdf, cert.certificate_id, tmp_path / "c.pdf", ws.blobs_dir)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000
    others = read(
        lambda s: list(s.execute(sa.select(certificates.Certificate.id, certificates.Certificate.is_revoked)))
    )
    for cid, _revoked in others:  # every template and state renders
        read(certificate_pdf.render_certificate_pdf, cid, tmp_path / f"{cid}.pdf", ws.blobs_dir)


def test_awaited_certificate_after_completing_offline(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    course = first(read, Course, Course.slug == "paper-to-phone-rapid-prototyping-workshop")
    with ws.db.write() as s:
        e = s.scalar(
            sa.select(Enrollment).where(Enrollment.user_id == learner, Enrollment.course_id == course.id)
        )
        e.enrollment_status = "completed"
    assert [a.course_id for a in read(certificates.awaited_certificates, learner)] == [course.id]


def test_profile_validation_and_save(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    data = read(profile.load_profile, learner)
    data.timezone = "Mars/Olympus"
    with pytest.raises(profile.ProfileError):
        write(profile.save_profile, learner, data)
    data.timezone, data.bio, data.language_preferences = "Africa/Nairobi", "Now in Nairobi.", ["en", "sw"]
    changed = write(profile.save_profile, learner, data)
    assert set(changed) == {"timezone", "bio", "language_preferences"}
    user = read(lambda s: s.get(User, learner))
    assert user.timezone == "Africa/Nairobi" and user.language_preferences == ["en", "sw"]
    assert user.location["country"] == "Madagascar"  # untouched keys survive
    assert write(profile.save_profile, learner, read(profile.load_profile, learner)) == []


def test_local_state_positions_and_drafts(tmp_path: Path) -> None:
    user, lesson = uuid.uuid4(), uuid.uuid4()
    assert local_state.load_position(tmp_path, user, lesson) == 0
    local_state.save_position(tmp_path, user, lesson, 61_500)
    assert local_state.load_position(tmp_path, user, lesson) == 61_500
    local_state.save_draft(tmp_path, user, "reply:x", {"text": "half a thought"})
    assert local_state.load_draft(tmp_path, user, "reply:x") == {"text": "half a thought"}
    local_state.clear_draft(tmp_path, user, "reply:x")
    assert local_state.load_draft(tmp_path, user, "reply:x") == {}
    (tmp_path / local_state.PLAYBACK_FILE).write_text("{broken")
    assert local_state.load_position(tmp_path, user, lesson) == 0


def test_video_gets_a_playable_file(ws, read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lesson = first(read, Lesson, Lesson.content_type == "video")
    sha = lesson.content_url.split(":")[-1]
    path = lessons.playable_file(ws.blobs_dir, tmp_path / "video", sha, "video/mp4")
    assert path.suffix == ".mp4" and path.read_bytes() == blob_path(ws.blobs_dir, sha).read_bytes()
    assert lessons.playable_file(ws.blobs_dir, tmp_path / "video", sha, "video/mp4") == path


def test_record_downloaded_marks_blobs_complete(ws, read, write) -> None:  # type: ignore[no-untyped-def]
    blob = first(read, Blob)
    with ws.db.write() as s:
        s.get(Blob, blob.sha256).state = "missing"
    assert write(downloads.record_downloaded, ws.blobs_dir, [blob.sha256]) == 1
    assert read(lambda s: s.get(Blob, blob.sha256)).state == "complete"
    assert dt.datetime.now(dt.UTC)
    assert DiscussionReply
