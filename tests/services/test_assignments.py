"""Drafts, files checked by content and size, handing in, revisions, and graded work staying read-only."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from bootcamp_core.models import Assignment, Blob, Submission
from bootcamp_desktop.services import assignments, filetypes
from bootcamp_desktop.services.filetypes import FileCheckError

from .conftest import outbox


def png(path: Path, size: tuple[int, int] = (40, 30)) -> Path:
    Image.new("RGB", size, (10, 150, 100)).save(path, format="PNG")
    return path


def by_status(read, learner, status):  # type: ignore[no-untyped-def]
    return read(
        lambda s: s.scalar(
            sa.select(Assignment.id)
            .join(Submission)
            .where(Submission.user_id == learner, Submission.status == status)
            .limit(1)
        )
    )


def test_sniffing_goes_by_content_not_name(tmp_path: Path) -> None:
    assert filetypes.sniff(png(tmp_path / "a.png"))[0] == "png"
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"%PDF-1.4 not an image")
    assert filetypes.sniff(fake)[0] == "pdf"
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    assert filetypes.sniff(broken)[0] == "unknown"
    deck = tmp_path / "deck.pptx"
    with zipfile.ZipFile(deck, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("ppt/presentation.xml", "<p/>")
    assert filetypes.sniff(deck)[0] == "pptx"
    text = tmp_path / "menu.py"
    text.write_text("print('hello')\n")
    assert filetypes.check_file(text, ["py", "zip"], None).kind == "py"
    with pytest.raises(FileCheckError, match="named .png"):
        filetypes.check_file(fake, ["png", "pdf"], None)
    with pytest.raises(FileCheckError, match="accepts"):
        filetypes.check_file(png(tmp_path / "b.png"), ["pdf"], None)
    with pytest.raises(FileCheckError, match="MB"):
        filetypes.check_file(png(tmp_path / "c.png", (600, 600)), ["png"], 100)


def test_draft_autosave_then_hand_in(ws, learner, read, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    aid = by_status(read, learner, "draft")
    write(
        assignments.save_draft,
        learner,
        aid,
        "My price board, tested at the market.",
        [{"title": "Figma", "url": "https://www.figma.com/file/x"}],
    )
    write(assignments.save_draft, learner, aid, "My price board, tested at the market twice.")
    detail = read(assignments.assignment_detail, learner, aid)
    assert detail.text.endswith("twice.") and detail.links[0]["url"].startswith("https://")
    added = write(assignments.attach_file, ws.blobs_dir, learner, aid, png(tmp_path / "board.png"))
    assert added.mime_type == "image/png"
    blob = read(lambda s: s.get(Blob, added.url.split(":")[-1]))
    assert blob is not None and blob.state == "complete"
    assert write(assignments.submit, learner, aid) == "submitted"
    sub = read(lambda s: s.get(Submission, detail.submission_id))
    assert sub.status == "submitted" and sub.submission_content["files"][-1]["name"] == "board.png"
    entries = outbox(ws, "submissions")
    assert entries and entries[-1].row_id == sub.id
    with pytest.raises(assignments.SubmissionLockedError):
        write(assignments.save_draft, learner, aid, "changed after handing in")


def test_a_wrong_file_changes_nothing(ws, learner, read, write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    aid = by_status(read, learner, "draft")
    before = read(assignments.assignment_detail, learner, aid)
    count = len(outbox(ws))
    bad = tmp_path / "notes.png"
    bad.write_text("this is text pretending to be a picture")
    with pytest.raises(FileCheckError):
        write(assignments.attach_file, ws.blobs_dir, learner, aid, bad)
    after = read(assignments.assignment_detail, learner, aid)
    assert after.files == before.files and len(outbox(ws)) == count


def test_graded_work_is_read_only_and_revisions_count(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    graded = by_status(read, learner, "graded")
    assert not read(assignments.assignment_detail, learner, graded).editable
    with pytest.raises(assignments.SubmissionLockedError):
        write(assignments.save_draft, learner, graded, "rewrite")
    revise = by_status(read, learner, "revision_requested")
    detail = read(assignments.assignment_detail, learner, revise)
    assert detail.editable
    write(assignments.save_draft, learner, revise, detail.text + "\nRevised after feedback.")
    write(assignments.submit, learner, revise)
    after = read(assignments.assignment_detail, learner, revise)
    assert after.status == "submitted" and after.revision_count == detail.revision_count + 1


def test_feedback_view_maps_rubric_scores(ws, learner, read) -> None:  # type: ignore[no-untyped-def]
    graded = read(
        lambda s: s.scalar(
            sa.select(Assignment.id)
            .join(Submission)
            .where(
                Submission.user_id == learner,
                Submission.status == "graded",
                Assignment.rubric.is_not(None),
                Assignment.assignment_type == "design_project",
            )
        )
    )
    detail = read(assignments.assignment_detail, learner, graded)
    final = detail.feedback[0]
    assert final.grade in "ABCDF" and final.criteria
    assert all(c.level_title and c.points is not None and c.points <= c.max_points for c in final.criteria)
    assert sum(c.points for c in final.criteria) == final.total


def test_an_empty_submission_is_refused(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    aid = read(lambda s: s.scalar(sa.select(Assignment.id).where(Assignment.title.like("Prototype a USSD%"))))
    with pytest.raises(assignments.SubmissionError):
        write(assignments.submit, learner, aid)


def test_links_must_be_web_addresses(ws, learner, read, write) -> None:  # type: ignore[no-untyped-def]
    aid = by_status(read, learner, "draft")
    with pytest.raises(assignments.SubmissionError):
        write(assignments.save_draft, learner, aid, "x", [{"title": "evil", "url": "file:///etc/passwd"}])


def test_bytes_helper() -> None:
    assert io.BytesIO(b"x").read() == b"x"
