"""Which files a course or module needs offline, how big they are, what is already here, and fetching them.

A lesson refers to files by ``blob:sha256:<hex>`` URLs (``demo/formats.py``): its ``content_url``
(video, Markdown, illustration), anything in its ``interactive_elements`` (the exercise's ``image``, media
of a question), its ``resources`` (downloads and templates, and ``embedded``: the files its Markdown text
shows), and whatever its Markdown text refers to. ``lesson_refs`` is the one list of them; the outline,
home, the lesson viewer's download state and the download itself all read it.

Why the ``embedded`` list in the row: a picture inside a Markdown text is otherwise known only once the
text itself is here, so a download could not say its size first; and the server lets a person download a
blob only when a row they may read refers to it (``bootcamp_server/routes/blobs.py``), so a picture that
only a text refers to would never be served. With the list in the lesson row, the sync's blob index learns
every picture's size with the lesson (``sync/blob_index.py``), the server's existing rule serves it, and an
author's push uploads it with the text. Lessons written before the list existed still work as far as
the server allows: the download is done in rounds (texts first, then what the texts that arrived refer
to, recursively), and what the server will not give is reported, never claimed to be here.

Sizes and states come from the local ``blobs`` table (a row arrives with the lesson; its bytes arrive when
downloaded); a blob counts as present when its row is ``complete`` and the file is in the store.

The transfer itself belongs to the sync engine: the window passes a ``Downloader`` callable in
(``services.sync_ops.downloader_for``); with no server configured there is nothing to download from,
and ``no_server_downloader`` says so plainly.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Blob, Lesson, Module, utcnow
from bootcamp_core.models.blobstore import blob_path, has_blob, parse_blob_url
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.blob_refs import ordered_refs

MARKDOWN_MIME = "text/markdown"
MAX_TEXT_BYTES = 4 * 1024 * 1024  # a lesson text larger than this is not searched for pictures
MAX_ROUNDS = 5  # texts, then what they show, then texts those refer to, ...


@dataclass(frozen=True)
class MediaItem:
    sha256: str
    size: int
    mime_type: str | None
    present: bool
    known: bool = True  # the replica knows its size (a ``blobs`` row); False: learnt from the server first


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


@dataclass(frozen=True)
class DownloadPlan:
    """What "download for offline" will fetch, as far as the replica can tell before it starts."""

    items: list[MediaItem]
    texts_unread: int = 0  # texts not here that list no ``embedded`` files: what they show is known later

    @property
    def missing(self) -> list[MediaItem]:
        return [i for i in self.items if not i.present]

    @property
    def missing_bytes(self) -> int:
        return sum(i.size for i in self.missing)

    @property
    def unknown_sizes(self) -> int:
        return sum(not i.known for i in self.missing)


@dataclass
class DownloadResult:
    fetched: int = 0
    fetched_bytes: int = 0
    rounds: int = 0
    not_fetched: list[MediaItem] = field(default_factory=list)  # the server did not give them

    @property
    def complete(self) -> bool:
        return not self.not_fetched


ProgressFn = Callable[[int, int], None]  # bytes done, bytes total
# Fetches the items it is given into the blob store (learning the size of those not ``known`` first) and
# returns how many it fetched. A file the server will not give is skipped, not an error; a lost
# connection is an error (what arrived is kept, and the next download resumes it).
Downloader = Callable[[list[MediaItem], ProgressFn], int]


class DownloadNeedsServerError(RuntimeError):
    """Downloading needs a server, and none is configured for this replica."""


def no_server_downloader(items: list[MediaItem], progress: ProgressFn) -> int:
    raise DownloadNeedsServerError(
        "Downloading needs a server, and this replica has none configured. "
        "The demo bootcamp's media is already on this computer."
    )


def lesson_blob_refs(content_url: str | None, elements: Any, resources: Any) -> list[str]:
    """The sha256 of every blob a lesson row refers to, its ``content_url`` first, without duplicates."""
    shas: list[str] = []
    main = parse_blob_url(content_url)
    if main:
        shas.append(main)
    for sha in ordered_refs([elements, resources]):
        if sha not in shas:
            shas.append(sha)
    return shas


def markdown_blob_refs(blobs_root: Path, sha: str) -> list[str]:
    """Blobs referred to inside a Markdown blob that is here (none when it is not)."""
    path = blob_path(blobs_root, sha)
    if not path.is_file() or path.stat().st_size > MAX_TEXT_BYTES:
        return []
    return ordered_refs(path.read_bytes().decode("utf-8", errors="replace"))


def _markdown_shas(session: Session, shas: Iterable[str]) -> set[str]:
    wanted = list(dict.fromkeys(shas))
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        found.update(
            session.scalars(
                sa.select(Blob.sha256).where(
                    Blob.sha256.in_(wanted[i : i + 500]), Blob.mime_type.like(f"{MARKDOWN_MIME}%")
                )
            )
        )
    return found


def lesson_refs(session: Session, rows: Iterable[Any], blobs_root: Path | None) -> dict[Any, list[str]]:
    """Every blob each lesson shows, keyed by the row's ``id``: the row's references, then what its
    Markdown text (when here) refers to, and recursively what Markdown texts among those refer to.

    ``rows`` have ``id``, ``content_type``, ``content_url``, ``interactive_elements``, ``resources``."""
    out: dict[Any, list[str]] = {}
    texts: dict[Any, list[str]] = {}
    for r in rows:
        refs = lesson_blob_refs(r.content_url, r.interactive_elements, r.resources)
        out[r.id] = refs
        if r.content_type == "text" and parse_blob_url(r.content_url):
            texts[r.id] = [refs[0]]
    if blobs_root is None:
        return out
    read: dict[str, list[str]] = {}
    frontier = {sha for shas in texts.values() for sha in shas}
    for _ in range(MAX_ROUNDS):
        if not frontier:
            break
        for sha in frontier:
            read[sha] = markdown_blob_refs(blobs_root, sha)
        found = {ref for sha in frontier for ref in read[sha]} - set(read)
        frontier = _markdown_shas(session, found) if found else set()
    for key, roots in texts.items():
        stack, seen = list(roots), set(roots)
        while stack:
            for ref in read.get(stack.pop(0), []):
                if ref not in seen:
                    seen.add(ref)
                    stack.append(ref)
                    if ref not in out[key]:
                        out[key].append(ref)
    return out


def _lesson_rows(session: Session, course_id: uuid.UUID, module_id: uuid.UUID | None) -> list[Any]:
    query = (
        sa.select(
            Lesson.id,
            Lesson.content_type,
            Lesson.content_url,
            Lesson.interactive_elements,
            Lesson.resources,
            Lesson.module_id,
        )
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
        items.append(MediaItem(sha, size or 0, blob.mime_type if blob else None, present, blob is not None))
    return items


def course_media(
    session: Session, course_id: uuid.UUID, module_id: uuid.UUID | None = None, blobs_root: Path | None = None
) -> list[MediaItem]:
    """Every file the lessons of a course (or of one of its modules) need, with size and presence."""
    return [
        i
        for items in course_media_by_module(session, course_id, blobs_root, module_id).values()
        for i in items
    ]


def course_media_by_module(
    session: Session, course_id: uuid.UUID, blobs_root: Path | None = None, module_id: uuid.UUID | None = None
) -> dict[uuid.UUID, list[MediaItem]]:
    """The files of each module of a course (a file shared by two modules is listed in the first)."""
    rows = _lesson_rows(session, course_id, module_id)
    refs = lesson_refs(session, rows, blobs_root)
    by_module: dict[uuid.UUID, list[str]] = {}
    seen: set[str] = set()
    for r in rows:
        mine = by_module.setdefault(r.module_id, [])
        for sha in refs[r.id]:
            if sha not in seen:
                seen.add(sha)
                mine.append(sha)
    items = {i.sha256: i for i in items_for(session, list(seen), blobs_root)}
    return {mid: [items[s] for s in shas] for mid, shas in by_module.items()}


def plan_download(
    session: Session, course_id: uuid.UUID, module_id: uuid.UUID | None, blobs_root: Path
) -> DownloadPlan:
    """Everything a download of the course (or module) fetches, with sizes, before it starts."""
    rows = _lesson_rows(session, course_id, module_id)
    unread = sum(
        1
        for r in rows
        if r.content_type == "text"
        and (sha := parse_blob_url(r.content_url)) is not None
        and not has_blob(blobs_root, sha)
        and not (isinstance(r.resources, dict) and isinstance(r.resources.get("embedded"), list))
    )
    return DownloadPlan(course_media(session, course_id, module_id, blobs_root), unread)


def download_for_offline(
    db: Database,
    blobs_root: Path,
    course_id: uuid.UUID,
    module_id: uuid.UUID | None,
    downloader: Downloader,
    progress: ProgressFn = lambda _done, _total: None,
) -> DownloadResult:
    """Fetch every file the course's (or module's) lessons show, in rounds: what the rows name first, then
    what the texts that arrived refer to, until nothing new turns up. Resumable: a round fetches only
    what is missing, and a cut download continues from its partial file. Runs off the GUI thread."""
    result = DownloadResult()
    tried: set[str] = set()
    done_bytes = 0
    for _ in range(MAX_ROUNDS):
        with db.session() as s:
            plan = plan_download(s, course_id, module_id, blobs_root)
            todo = [i for i in plan.missing if i.sha256 not in tried]
        if not todo:
            break
        result.rounds += 1
        tried.update(i.sha256 for i in todo)
        base = done_bytes
        result.fetched += downloader(todo, lambda done, total, base=base: progress(base + done, base + total))
        with db.write() as s:
            record_downloaded(s, blobs_root, [i.sha256 for i in todo])
            arrived = [i for i in items_for(s, [i.sha256 for i in todo], blobs_root) if i.present]
        done_bytes += sum(i.size for i in arrived)
        result.fetched_bytes += sum(i.size for i in arrived)
    with db.session() as s:
        result.not_fetched = plan_download(s, course_id, module_id, blobs_root).missing
    return result


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
    return int(
        session.scalar(
            sa.select(sa.func.coalesce(sa.func.sum(Blob.size_bytes), 0)).where(Blob.state == "complete")
        )
        or 0
    )


def record_downloaded(session: Session, blobs_root: Path, shas: Iterable[str]) -> int:
    """Mark the blobs whose files arrived as complete; returns how many changed."""
    changed = 0
    for sha in shas:
        blob = session.get(Blob, sha)
        if blob is not None and blob.state != "complete" and has_blob(blobs_root, sha):
            blob.state, blob.stored_bytes, blob.verified_at = "complete", blob.size_bytes, utcnow()
            changed += 1
    return changed
