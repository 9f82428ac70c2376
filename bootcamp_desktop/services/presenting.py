"""A course's lessons as the presenter view shows them on a projector: in course order, each with its
text (Markdown from the blob store), its questions (without answers until revealed) or its task."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Assignment, Course, Lesson, Module
from bootcamp_core.models.blobstore import blob_path, parse_blob_url


@dataclass(frozen=True)
class Slide:
    lesson_id: uuid.UUID
    course_title: str
    module_title: str
    number: str  # "2.3"
    title: str
    content_type: str | None
    description: str | None = None
    markdown: str | None = None
    questions: list[dict[str, Any]] = field(default_factory=list)
    intro: str | None = None
    task: str | None = None  # an assignment's description and instructions
    missing: bool = False  # its text is not downloaded yet


def lesson_sequence(session: Session, course_id: uuid.UUID) -> list[tuple[uuid.UUID, str, str | None]]:
    """(lesson id, "1.2 Title", content type) of every lesson of the course, in course order."""
    rows = session.execute(
        sa.select(Lesson.id, Lesson.title, Module.id, Lesson.content_type)
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    ).all()
    out, m_pos, l_pos, last = [], 0, 0, None
    for lid, title, mid, kind in rows:
        if mid != last:
            m_pos, l_pos, last = m_pos + 1, 0, mid
        l_pos += 1
        out.append((lid, f"{m_pos}.{l_pos} {title}", kind))
    return out


def slide(session: Session, lesson_id: uuid.UUID, blobs_root: Path) -> Slide:
    row = session.execute(
        sa.select(Lesson, Module.title, Module.id, Course.title, Course.id)
        .join(Module, Module.id == Lesson.module_id)
        .join(Course, Course.id == Module.course_id)
        .where(Lesson.id == lesson_id)
    ).first()
    if row is None:
        raise LookupError("this lesson is no longer in the replica")
    lesson, module_title, _module_id, course_title, course_id = row
    number = next(
        (
            label.split(" ", 1)[0]
            for lid, label, _k in lesson_sequence(session, course_id)
            if lid == lesson_id
        ),
        "",
    )
    markdown, missing = None, False
    sha = parse_blob_url(lesson.content_url)
    if lesson.content_type == "text" and sha:
        path = blob_path(blobs_root, sha)
        if path.is_file():
            markdown = path.read_text(encoding="utf-8", errors="replace")
        else:
            missing = True
    elements = lesson.interactive_elements or {}
    task = None
    assignment = session.scalars(sa.select(Assignment).where(Assignment.lesson_id == lesson_id)).first()
    if assignment is not None:
        task = "\n\n".join(t for t in (assignment.description, assignment.instructions) if t)
    return Slide(
        lesson.id,
        course_title,
        module_title,
        number,
        lesson.title,
        lesson.content_type,
        lesson.description,
        markdown,
        list(elements.get("questions") or []),
        elements.get("intro"),
        task,
        missing,
    )
