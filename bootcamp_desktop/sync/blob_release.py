"""Files leave the replica with the rows that referred to them.

When a pulled change deletes a row, or replaces a reference (``blob:sha256:``) in one, the blobs the
local row referred to are noted (in the same local transaction as the change, in ``sync_state``).
At the end of the sync (``collect``), each noted blob that no row and no pending local change refers
to any more is deleted from the blob store, with its partial download and the files derived from it
in the caches (thumbnails, playable videos). So an erasure on the server, whose tombstones remove a
person's submissions and posts, also removes their files from every replica that syncs; and a course
no longer visible takes its media with it. Only blobs that a row lost are considered, never the rest
of the store (a file just attached, not yet in a row, is never touched).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Blob, OutboxEntry, SyncState
from bootcamp_core.models.blobstore import blob_path, check_sha256, partial_path
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in
from bootcamp_core.protocol.tables import spec

MARK = "released_blobs"
CHUNK = 500


def held_refs(session: Session, by_table: Mapping[str, Iterable[Any]]) -> set[str]:
    """Blobs the local rows about to change refer to and their new versions (if any) do not."""
    out: set[str] = set()
    for table, changes in by_table.items():
        columns = REFERENCING.get(table)
        if not columns:
            continue
        new: dict[Any, set[str]] = {}
        for change in changes:
            row = change.row if change.op == "upsert" else None
            new[change.row_id] = refs_in([row.get(c) for c in columns]) if row else set()
        t = spec(table).table
        ids = list(new)
        for i in range(0, len(ids), CHUNK):
            query = sa.select(t.c.id, *[t.c[c] for c in columns]).where(t.c.id.in_(ids[i : i + CHUNK]))
            for row in session.execute(query):
                out |= refs_in(list(row[1:])) - new.get(row[0], set())
    return out


def note(session: Session, shas: set[str]) -> None:
    if not shas:
        return
    for state in session.scalars(sa.select(SyncState)):
        marks = dict(state.checksums or {})
        marks[MARK] = sorted(set(marks.get(MARK, [])) | shas)
        state.checksums = marks


def outbox_refs(session: Session) -> set[str]:
    found: set[str] = set()
    for payload in session.scalars(sa.select(OutboxEntry.payload)):
        found |= refs_in(payload)
    return found


def _noted(db: Database) -> set[str]:
    with db.session() as s:
        return {
            sha for marks in s.scalars(sa.select(SyncState.checksums)) if marks for sha in marks.get(MARK, [])
        }


def _remove_files(root: Path, sha: str, cache_dirs: Iterable[Path]) -> None:
    blob_path(root, sha).unlink(missing_ok=True)
    partial_path(root, sha).unlink(missing_ok=True)
    for cache in cache_dirs:
        if cache.is_dir():
            for derived in cache.rglob(f"{sha}*"):
                if derived.is_file():
                    derived.unlink(missing_ok=True)


def collect(db: Database, root: Path, cache_dirs: Iterable[Path] = ()) -> list[str]:
    """Delete the noted blobs nothing refers to any more; returns their hashes."""
    from .blob_index import referenced_blobs  # the network side of blobs, kept out of apply's imports

    noted = _noted(db)
    if not noted:
        return []
    with db.session() as s:
        still = referenced_blobs(db) | outbox_refs(s)
    gone = sorted(sha for sha in noted - still if _valid(sha))
    caches = list(cache_dirs)
    for sha in gone:
        _remove_files(root, sha, caches)
    with db.write() as s:
        for i in range(0, len(gone), CHUNK):
            s.execute(sa.delete(Blob).where(Blob.sha256.in_(gone[i : i + CHUNK])))
        for state in s.scalars(sa.select(SyncState)):
            marks = dict(state.checksums or {})
            if MARK in marks:
                left = sorted(set(marks[MARK]) - noted)
                if left:
                    marks[MARK] = left
                else:
                    marks.pop(MARK)
                state.checksums = marks
    return gone


def _valid(sha: str) -> bool:
    try:
        check_sha256(sha)
        return True
    except ValueError:
        return False
