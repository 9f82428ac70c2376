"""Which files a course or module needs offline, how big they are, and what is already here.

A lesson refers to files by ``blob:sha256:<hex>`` URLs (``demo/formats.py``): its ``content_url``
(video, Markdown, illustration), the ``image`` of its ``interactive_elements``, the downloads and
templates in its ``resources``, and the images inside a downloaded Markdown text. Sizes and states come
from the local ``blobs`` table (a row arrives with the lesson; its bytes arrive when downloaded); a blob
counts as present when its row is ``complete`` and the file is in the store. (The images inside a
Markdown text are known only once the text itself is here.)

The transfer itself belongs to the sync engine (``sync.blobs.download_many``): the window passes a
``Downloader`` callable in; with no server configured there is nothing to download from, and
``no_server_downloader`` says so plainly.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_desktop.models import Blob, Lesson, Module, utcnow
from bootcamp_desktop.models.blobstore import blob_path, has_blob, parse_blob_url

BLOB_IN_MARKDOWN = re.compile(rb"blob:sha256:([0-9a-f]{64})")


@dataclass(frozen=True)
class MediaItem:
    sha256: str
    size: int
    mime_type: str | None
    present: bool


@dataclass(frozen=True)
class MediaSummary:
    total_bytes: int
    present_bytes: int
    count: int
    missing_count: int

    @property
    def missing_bytes(self) -> int:
        return self.total_bytes - self.present_bytes

    @property
    def complete(self) -> bool:
        return self.missing_count == 0


ProgressFn = Callable[[int, int], None]  # bytes done, bytes total
Downloader = Callable[[list[MediaItem], ProgressFn], int]  # returns how many files were fetched


class DownloadNeedsServerError(RuntimeError):
    """Downloading needs a server, and none is configured for this replica."""


def no_server_downloader(items: list[MediaItem], progress: ProgressFn) -> int:
    raise DownloadNeedsServerError(
        "Downloading needs a server, and this replica has none configured. "
        "The demo bootcamp's media is already on this computer."
    )


def lesson_blob_refs(content_url: str | None, elements: Any, resources: Any) -> list[str]:
    """The sha256 of every blob a lesson row refers to, in order, without duplicates."""
    shas: list[str] = []
    candidates: list[Any] = [content_url]
    if isinstance(elements, dict):
        candidates.append(elements.get("image"))
    if isinstance(resources, dict) and isinstance(resources.get("items"), list):
        candidates.extend(item.get("url") for item in resources["items"] if isinstance(item, dict))
    for url in candidates:
        sha = parse_blob_url(url)
        if sha and sha not in shas:
            shas.append(sha)
    return shas


def markdown_blob_refs(blobs_root: Path, sha: str) -> list[str]:
    """Blobs referred to inside a Markdown blob that is here (none when it is not)."""
    path = blob_path(blobs_root, sha)
    if not path.is_file():
        return []
    return list(dict.fromkeys(m.decode() for m in BLOB_IN_MARKDOWN.findall(path.read_bytes())))


def _lesson_rows(session: Session, course_id: uuid.UUID, module_id: uuid.UUID | None) -> list[Any]:
    query = (
        sa.select(Lesson.content_type, Lesson.content_url, Lesson.interactive_elements, Lesson.resources, Lesson.module_id)
        .join(Module, Module.id == Lesson.module_id)
        .where(Module.course_id == course_id)
        .order_by(Module.module_order, Lesson.lesson_order)
    )
    if module_id is not None:
        query = query.where(Lesson.module_id == module_id)
    return list(session.execute(query).all())


def items_for(session: Session, shas: Iterable[str], blobs_root: Path | None) -> list[MediaItem]:
    wanted = list(dict.fromkeys(shas))
    rows: dict[str, Blob] = {}
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows.update({b.sha256: b for b in session.scalars(sa.select(Blob).where(Blob.sha256.in_(chunk)))})
    items = []
    for sha in wanted:
        blob = rows.get(sha)
        size = blob.size_bytes if blob else 0
        present = blob is not None and blob.state == "complete"
        if present and blobs_root is not None:
            present = has_blob(blobs_root, sha)
        items.append(MediaItem(sha, size, blob.mime_type if blob else None, present))
    return items


def course_media(
    session: Session, course_id: uuid.UUID, module_id: uuid.UUID | None = None, blobs_root: Path | None = None
) -> list[MediaItem]:
    """Every file the lessons of a course (or of one of its modules) need, with size and presence."""
    return [i for items in course_media_by_module(session, course_id, blobs_root, module_id).values() for i in items]


def course_media_by_module(
    session: Session, course_id: uuid.UUID, blobs_root: Path | None = None, module_id: uuid.UUID | None = None
) -> dict[uuid.UUID, list[MediaItem]]:
    """The files of each module of a course (a file shared by two modules is listed in the first)."""
    by_module: dict[uuid.UUID, list[str]] = {}
    seen: set[str] = set()
    for content_type, url, elements, resources, mid in _lesson_rows(session, course_id, module_id):
        refs = lesson_blob_refs(url, elements, resources)
        if content_type == "text" and blobs_root is not None and refs:
            refs += markdown_blob_refs(blobs_root, refs[0])
        mine = by_module.setdefault(mid, [])
        for sha in refs:
            if sha not in seen:
                seen.add(sha)
                mine.append(sha)
    items = {i.sha256: i for i in items_for(session, list(seen), blobs_root)}
    return {mid: [items[s] for s in shas] for mid, shas in by_module.items()}


def summarise(items: Iterable[MediaItem]) -> MediaSummary:
    items = list(items)
    return MediaSummary(
        total_bytes=sum(i.size for i in items),
        present_bytes=sum(i.size for i in items if i.present),
        count=len(items),
        missing_count=sum(not i.present for i in items),
    )


def downloaded_bytes(session: Session) -> int:
    """Bytes of every blob complete in the local store (lesson media, submissions, project files)."""
    return int(session.scalar(sa.select(sa.func.coalesce(sa.func.sum(Blob.size_bytes), 0)).where(Blob.state == "complete")) or 0)


def record_downloaded(session: Session, blobs_root: Path, shas: Iterable[str]) -> int:
    """Mark the blobs whose files arrived as complete; returns how many changed."""
    changed = 0
    for sha in shas:
        blob = session.get(Blob, sha)
        if blob is not None and blob.state != "complete" and has_blob(blobs_root, sha):
            blob.state, blob.stored_bytes, blob.verified_at = "complete", blob.size_bytes, utcnow()
            changed += 1
    return changed
