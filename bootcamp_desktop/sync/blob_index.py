"""The blobs a replica's rows need, and their sizes, known before anything is downloaded.

After a pull, every ``blob:sha256:`` reference in the replica's rows that the local ``blobs`` table
does not know yet is looked up with one ``POST /api/v1/blobs/stat`` per thousand, and recorded with
its size and type (state ``missing`` until the bytes arrive, ``complete`` when they are already in
the store). So "download this course for offline use" can say how big it is, with no network.
"""

from __future__ import annotations

import asyncio

import sqlalchemy as sa

from bootcamp_core.models import Blob
from bootcamp_core.models.blobstore import has_blob
from bootcamp_core.models.db import Database
from bootcamp_core.protocol.blob_refs import REFERENCING, refs_in
from bootcamp_core.protocol.tables import spec

from .blobs import stat
from .client import SyncClient
from .progress import ProgressCallback, ProgressEvent


def referenced_blobs(db: Database) -> set[str]:
    found: set[str] = set()
    with db.session() as s:
        for table, columns in REFERENCING.items():
            t = spec(table).table
            cols = [t.c[c] for c in columns]
            cond = sa.or_(*[sa.cast(c, sa.Text).like("%blob:sha256:%") for c in cols])
            for row in s.execute(sa.select(*cols).where(cond)):
                found |= refs_in(list(row))
    return found


def unknown_blobs(db: Database, refs: set[str] | None = None) -> list[str]:
    """The referenced blobs the ``blobs`` table does not know: of ``refs`` (what a pull brought), or of every
    row of the replica (None: after a first sync, a repair or a verification)."""
    if refs is None:
        refs = referenced_blobs(db)
    if not refs:
        return []
    with db.session() as s:
        wanted = sorted(refs)
        known: set[str] = set()
        for i in range(0, len(wanted), 500):
            known |= set(s.scalars(sa.select(Blob.sha256).where(Blob.sha256.in_(wanted[i : i + 500]))))
    return sorted(refs - known)


def record(db: Database, root: object, infos: dict[str, object]) -> int:
    from pathlib import Path

    added = 0
    with db.write() as s:
        for sha, info in infos.items():
            if info is None or s.get(Blob, sha) is not None:
                continue
            present = has_blob(Path(str(root)), sha)
            size = info.size or 0  # type: ignore[attr-defined]
            s.add(
                Blob(
                    sha256=sha,
                    size_bytes=size,
                    mime_type=info.mime_type,  # type: ignore[attr-defined]
                    state="complete" if present else "missing",
                    stored_bytes=size if present else 0,
                )
            )
            added += 1
    return added


async def index_stage(
    db: Database, client: SyncClient, root: object, progress: ProgressCallback, refs: set[str] | None = None
) -> int:
    """Look up and record the blobs the replica's rows need: those ``refs`` name (a pull's rows: O(changes)),
    or, when None, those of every row (a scan of the replica)."""
    shas = await asyncio.to_thread(unknown_blobs, db, refs)
    if not shas:
        return 0
    progress(ProgressEvent("blobs", 0, len(shas), "looking up file sizes"))
    infos = await stat(client, shas)
    return await asyncio.to_thread(record, db, root, infos)


def mark_present(db: Database, root: object, shas: list[str]) -> None:
    """Record that these blobs' bytes are now in the store."""
    from pathlib import Path

    from bootcamp_core.models import utcnow

    with db.write() as s:
        for sha in shas:
            blob = s.get(Blob, sha)
            if blob is not None and has_blob(Path(str(root)), sha):
                blob.state, blob.stored_bytes, blob.verified_at = "complete", blob.size_bytes, utcnow()
