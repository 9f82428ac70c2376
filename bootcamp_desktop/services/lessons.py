"""A lesson's content as the viewer needs it, read from the replica and the blob store.

Text lessons are Markdown blobs; videos are MP4 blobs; interactive and quiz lessons carry their
questions in ``interactive_elements``; resources are links or blobs (``demo/formats.py``). A blob that is
not in the local store yet is reported in ``missing`` ("not downloaded yet"), never an error.
"""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Assignment, Course, Lesson, Module
from bootcamp_core.models.blobstore import blob_path, has_blob, parse_blob_url, place_copy

from . import quiz as quizlib
from .downloads import items_for
from .progress import LessonState, enrollment_for, lesson_state

VIDEO_SUFFIX = {"video/mp4": ".mp4", "video/webm": ".webm", "video/quicktime": ".mov"}


@dataclass(frozen=True)
class Resource:
    kind: str  # link, download, template
    title: str
    url: str
    file_name: str | None = None
    size_bytes: int | None = None
    mime_type: str | None = None
    present: bool = True  # links are always "present"; a blob only once downloaded

    @property
    def is_link(self) -> bool:
        return self.kind == "link"


@dataclass(frozen=True)
class LessonRef:
    lesson_id: uuid.UUID
    title: str
    content_type: str | None


@dataclass
class LessonContent:
    lesson_id: uuid.UUID
    title: str
    description: str | None
    content_type: str | None
    minutes: int | None
    course_id: uuid.UUID
    course_title: str
    module_id: uuid.UUID
    module_title: str
    module_required: bool
    is_preview: bool
    enrolled: bool
    markdown: str | None = None
    video_sha: str | None = None
    video_mime: str | None = None
    image_sha: str | None = None
    quiz: quizlib.Quiz | None = None
    quiz_error: str | None = None
    resources: list[Resource] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # sha256 of blobs this lesson needs and lacks
    previous: LessonRef | None = None
    next: LessonRef | None = None
    assignment_id: uuid.UUID | None = None
    state: LessonState | None = None

    @property
    def downloaded(self) -> bool:
        return not self.missing


def _neighbours(
    session: Session, course_id: uuid.UUID, lesson_id: uuid.UUID
) -> tuple[LessonRef | None, LessonRef | None]:
    rows = session.execute(
        sa.select(Lesson.id, Lesson.title, Lesson.content_type)
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    ).all()
    ids = [r[0] for r in rows]
    i = ids.index(lesson_id)
    prev = LessonRef(*rows[i - 1]) if i > 0 else None
    nxt = LessonRef(*rows[i + 1]) if i + 1 < len(rows) else None
    return prev, nxt


def load_lesson(
    session: Session, blobs_root: Path, user_id: uuid.UUID | None, lesson_id: uuid.UUID
) -> LessonContent:
    row = session.execute(
        sa.select(Lesson, Module, Course.id, Course.title)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .where(Lesson.id == lesson_id)
    ).first()
    if row is None:
        raise LookupError("this lesson is not in the replica")
    lesson, module, course_id, course_title = row
    enrolled = user_id is not None and enrollment_for(session, user_id, course_id) is not None
    content = LessonContent(
        lesson_id=lesson.id,
        title=lesson.title,
        description=lesson.description,
        content_type=lesson.content_type,
        minutes=lesson.content_duration_minutes or lesson.reading_time_minutes,
        course_id=course_id,
        course_title=course_title,
        module_id=module.id,
        module_title=module.title,
        module_required=module.is_required is not False,
        is_preview=bool(lesson.is_preview),
        enrolled=enrolled,
    )
    content.previous, content.next = _neighbours(session, course_id, lesson.id)
    content.assignment_id = session.scalar(
        sa.select(Assignment.id).where(Assignment.lesson_id == lesson.id).limit(1)
    )
    if enrolled and user_id is not None:
        content.state = lesson_state(session, user_id, lesson.id)

    needed: list[str] = []
    main_sha = parse_blob_url(lesson.content_url)
    if lesson.content_type == "text" and main_sha:
        needed.append(main_sha)
    elif lesson.content_type == "video" and main_sha:
        content.video_sha = main_sha
        needed.append(main_sha)
    if lesson.interactive_elements:
        try:
            content.quiz = quizlib.parse_quiz(lesson.interactive_elements)
        except quizlib.QuizFormatError as exc:
            content.quiz_error = str(exc)
        image = parse_blob_url((lesson.interactive_elements or {}).get("image"))
        if image:
            content.image_sha = image
            needed.append(image)
    elif lesson.content_type == "interactive" and main_sha:
        content.image_sha = main_sha
        needed.append(main_sha)

    items = lesson.resources.get("items", []) if isinstance(lesson.resources, dict) else []
    resource_shas = [parse_blob_url(i.get("url")) for i in items if isinstance(i, dict)]
    media = {m.sha256: m for m in items_for(session, needed + [s for s in resource_shas if s], blobs_root)}
    content.missing = [sha for sha in needed if not media[sha].present]
    if content.video_sha:
        content.video_mime = media[content.video_sha].mime_type
    for item, sha in zip((i for i in items if isinstance(i, dict)), resource_shas, strict=True):
        content.resources.append(
            Resource(
                kind=str(item.get("kind") or "link"),
                title=str(item.get("title") or item.get("file_name") or item.get("url") or ""),
                url=str(item.get("url") or ""),
                file_name=item.get("file_name"),
                size_bytes=item.get("size_bytes"),
                mime_type=item.get("mime_type"),
                present=True if sha is None else media[sha].present,
            )
        )
    if lesson.content_type == "text" and main_sha and main_sha not in content.missing:
        content.markdown = blob_path(blobs_root, main_sha).read_text(encoding="utf-8", errors="replace")
    return content


def blob_file(blobs_root: Path, url: str) -> Path | None:
    """The local file of a ``blob:sha256:`` URL, or None when it is not one or not downloaded yet."""
    sha = parse_blob_url(url)
    if sha is None or not has_blob(blobs_root, sha):
        return None
    return blob_path(blobs_root, sha)


def export_blob(blobs_root: Path, url: str, target: Path) -> Path:
    """Copy a downloaded blob (a resource, a template) to where the learner wants it."""
    source = blob_file(blobs_root, url)
    if source is None:
        raise FileNotFoundError("this file is not downloaded yet; it arrives with the next download")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    return target


def playable_file(blobs_root: Path, cache_dir: Path, sha: str, mime_type: str | None) -> Path:
    """The blob as a file with a proper extension (media backends guess the format from it).

    A hard link in ``cache_dir`` when the file system allows one, a copy otherwise; made once.
    """
    source = blob_path(blobs_root, sha)
    if not source.is_file():
        raise FileNotFoundError("this video is not downloaded yet")
    target = cache_dir / f"{sha}{VIDEO_SUFFIX.get(mime_type or '', '.mp4')}"
    if target.is_file() and target.stat().st_size == source.stat().st_size:
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    return place_copy(source, target)
