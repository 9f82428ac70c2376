"""Lesson content for authors: Markdown text stored as a blob, media attached, quiz questions.

Markdown lessons follow ``demo/formats.py``: ``lessons.content_url`` is ``blob:sha256:<hex>`` of the
UTF-8 text (``text/markdown; charset=utf-8``), images inside are ``![alt](blob:sha256:<hex>)``, and
``reading_time_minutes`` is set (200 words a minute). Each save writes a new content-addressed blob
(``models.blobstore.write_blob``) and its ``blobs`` row; the old blob stays until nothing refers to it.

Quiz questions are ``lessons.interactive_elements`` in the format of ``demo/formats.py``; ``validate_quiz``
checks it (ids unique, a single-choice question has exactly one correct choice, ...) before it is saved.
"""

from __future__ import annotations

import math
import mimetypes
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from bootcamp_core.models import Blob, Lesson, utcnow
from bootcamp_core.models.blobstore import blob_path, blob_url, import_file, parse_blob_url, write_blob
from bootcamp_core.protocol.blob_refs import ordered_refs

from .authoring import AuthoringError

MARKDOWN_MIME = "text/markdown; charset=utf-8"
MAX_MEDIA_BYTES = 500 * 1024 * 1024
MEDIA_TYPES = {
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/svg+xml",
    "video/mp4",
    "video/webm",
    "audio/mpeg",
    "audio/ogg",
    "application/pdf",
}
QUESTION_TYPES = ("single_choice", "multiple_choice", "short_answer")


@dataclass(frozen=True)
class LessonContent:
    lesson_id: uuid.UUID
    title: str
    description: str | None
    content_type: str | None
    content_url: str | None
    markdown: str | None  # the text of a Markdown lesson, when its blob is here
    missing_blob: bool  # the lesson's text or media is not downloaded yet
    minutes: int | None
    is_preview: bool
    interactive_elements: dict[str, Any] | None
    resources: dict[str, Any] | None


def lesson_content(session: Session, lesson_id: uuid.UUID, blobs_root: Path) -> LessonContent:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    markdown, missing = None, False
    sha = parse_blob_url(lesson.content_url)
    if lesson.content_type == "text" and sha:
        path = blob_path(blobs_root, sha)
        if path.is_file():
            markdown = path.read_bytes().decode("utf-8", errors="replace")
        else:
            missing = True
    return LessonContent(
        lesson.id,
        lesson.title,
        lesson.description,
        lesson.content_type,
        lesson.content_url,
        markdown,
        missing,
        lesson.content_duration_minutes or lesson.reading_time_minutes,
        bool(lesson.is_preview),
        lesson.interactive_elements,
        lesson.resources,
    )


def _blob_row(session: Session, sha: str, size: int, mime: str) -> None:
    row = session.get(Blob, sha)
    if row is None:
        session.add(
            Blob(
                sha256=sha,
                size_bytes=size,
                mime_type=mime,
                state="complete",
                stored_bytes=size,
                verified_at=utcnow(),
            )
        )
    elif row.state != "complete":
        row.state, row.stored_bytes, row.verified_at = "complete", size, utcnow()


def reading_minutes(text: str) -> int:
    words = len(re.findall(r"\w+", text))
    return max(1, math.ceil(words / 200))


def save_markdown(session: Session, lesson_id: uuid.UUID, text: str, blobs_root: Path) -> str:
    """Store the lesson's Markdown as a new blob and point the lesson at it; returns the blob URL."""
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    if not text.strip():
        raise AuthoringError("the lesson text is empty")
    data = text.encode("utf-8")
    sha = write_blob(blobs_root, data)
    _blob_row(session, sha, len(data), MARKDOWN_MIME)
    lesson.content_type = "text"
    lesson.content_url = blob_url(sha)
    lesson.reading_time_minutes = reading_minutes(text)
    # What the text shows, listed in the row: learners learn the pictures' sizes before downloading, the
    # server serves them (it serves blobs that a readable row refers to), and the push uploads them.
    resources = dict(lesson.resources or {})
    resources["embedded"] = [blob_url(ref) for ref in ordered_refs(text)]
    lesson.resources = resources
    lesson.updated_at = utcnow()
    return lesson.content_url


def attach_media(session: Session, source: Path, blobs_root: Path) -> tuple[str, str, int]:
    """Copy a media file into the blob store (and its ``blobs`` row); returns (URL, MIME type, size)."""
    if not source.is_file():
        raise AuthoringError(f"{source} is not a file")
    size = source.stat().st_size
    if size > MAX_MEDIA_BYTES:
        raise AuthoringError(
            f"{source.name} is {size / 2**20:.0f} MB; media files are at most {MAX_MEDIA_BYTES // 2**20} MB"
        )
    mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
    if mime not in MEDIA_TYPES:
        raise AuthoringError(
            f"{source.name}: {mime} files cannot be attached to a lesson (images, video, audio and PDF can)"
        )
    sha, size = import_file(blobs_root, source)
    _blob_row(session, sha, size, mime)
    return blob_url(sha), mime, size


def set_video(session: Session, lesson_id: uuid.UUID, url: str, minutes: int | None) -> None:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    lesson.content_type = "video"
    lesson.content_url = url
    lesson.content_duration_minutes = minutes
    lesson.updated_at = utcnow()


def add_download(
    session: Session, lesson_id: uuid.UUID, title: str, url: str, file_name: str, size: int, mime: str
) -> None:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    resources = dict(lesson.resources or {})
    items = list(resources.get("items") or [])
    items.append(
        {
            "kind": "download",
            "title": title or file_name,
            "url": url,
            "file_name": file_name,
            "size_bytes": size,
            "mime_type": mime,
        }
    )
    resources["items"] = items
    lesson.resources = resources
    lesson.updated_at = utcnow()


# -- quizzes -----------------------------------------------------------------------------------------------
def validate_quiz(doc: Any) -> dict[str, Any]:
    """The quiz in canonical form; ``AuthoringError`` names the first question that is wrong."""
    if not isinstance(doc, dict):
        raise AuthoringError("a quiz is a JSON object")
    questions = doc.get("questions")
    if not isinstance(questions, list) or not questions:
        raise AuthoringError("a quiz needs at least one question")
    seen: set[str] = set()
    out = []
    for n, q in enumerate(questions, start=1):
        where = f"question {n}"
        if not isinstance(q, dict):
            raise AuthoringError(f"{where} is not an object")
        qid = str(q.get("id") or f"q{n}")
        if qid in seen:
            raise AuthoringError(f"{where}: the id {qid!r} is used twice")
        seen.add(qid)
        qtype = q.get("type")
        if qtype not in QUESTION_TYPES:
            raise AuthoringError(f"{where}: type must be one of {', '.join(QUESTION_TYPES)}")
        prompt = str(q.get("prompt") or "").strip()
        if not prompt:
            raise AuthoringError(f"{where} has no question text")
        correct = [str(c).strip() for c in q.get("correct") or [] if str(c).strip()]
        item: dict[str, Any] = {"id": qid, "type": qtype, "prompt": prompt}
        if qtype == "short_answer":
            if not correct:
                raise AuthoringError(f"{where}: give at least one accepted answer")
        else:
            choices = [
                c for c in q.get("choices") or [] if isinstance(c, dict) and str(c.get("text") or "").strip()
            ]
            if len(choices) < 2:
                raise AuthoringError(f"{where}: a choice question needs at least two choices")
            ids = [str(c.get("id") or chr(ord("a") + i)) for i, c in enumerate(choices)]
            if len(set(ids)) != len(ids):
                raise AuthoringError(f"{where}: two choices have the same id")
            item["choices"] = [
                {"id": cid, "text": str(c["text"]).strip()} for cid, c in zip(ids, choices, strict=True)
            ]
            unknown = [c for c in correct if c not in ids]
            if unknown:
                raise AuthoringError(f"{where}: the correct answer {unknown[0]!r} is not one of its choices")
            if qtype == "single_choice" and len(correct) != 1:
                raise AuthoringError(f"{where}: a single-choice question has exactly one correct choice")
            if qtype == "multiple_choice" and not correct:
                raise AuthoringError(f"{where}: mark at least one correct choice")
        item["correct"] = correct
        item["explanation"] = str(q.get("explanation") or "").strip()
        out.append(item)
    pass_percentage = doc.get("pass_percentage", 70)
    if not isinstance(pass_percentage, int | float) or not 0 <= pass_percentage <= 100:
        raise AuthoringError("the pass mark is a percentage from 0 to 100")
    max_attempts = doc.get("max_attempts")
    if max_attempts is not None and (not isinstance(max_attempts, int) or max_attempts < 1):
        raise AuthoringError("attempts must be a whole number of at least 1, or unlimited")
    kind = doc.get("kind") or "quiz"
    if kind not in ("quiz", "exercise", "graded_quiz"):
        raise AuthoringError("kind must be quiz, exercise or graded_quiz")
    return {
        "format": 1,
        "kind": kind,
        "intro": (doc.get("intro") or None),
        "image": doc.get("image"),
        "questions": out,
        "pass_percentage": pass_percentage,
        "max_attempts": max_attempts,
        "shuffle_choices": bool(doc.get("shuffle_choices", True)),
    }


def set_quiz(session: Session, lesson_id: uuid.UUID, doc: dict[str, Any]) -> dict[str, Any]:
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise AuthoringError("this lesson is no longer in the replica")
    clean = validate_quiz(doc)
    lesson.interactive_elements = clean
    if lesson.content_type not in ("quiz", "interactive", "assignment"):
        lesson.content_type = "quiz"
    lesson.updated_at = utcnow()
    return clean
