"""The demo's use of the content-addressed blob store (``models.blobstore``).

Rows refer to blobs as ``blob:sha256:<hex>`` (``BLOB_URL_PREFIX``) and the ``blobs`` table records
size, type and state; ``BlobStore`` remembers what one run wrote so the rows go in at the end.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import BLOB_URL_PREFIX, Blob
from bootcamp_core.models.blobstore import write_blob


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    mime_type: str

    @property
    def url(self) -> str:
        return BLOB_URL_PREFIX + self.sha256


class BlobStore:
    """Writes blobs once per run and remembers them, so the ``blobs`` rows can be inserted at the end."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.blobs: dict[str, StoredBlob] = {}

    def put(self, data: bytes, mime_type: str) -> StoredBlob:
        sha = write_blob(self.root, data)
        blob = self.blobs.get(sha)
        if blob is None:
            blob = self.blobs[sha] = StoredBlob(sha, len(data), mime_type)
        return blob

    @property
    def total_bytes(self) -> int:
        return sum(b.size for b in self.blobs.values())

    def insert_rows(self, session: Session, created_at: dt.datetime) -> int:
        """Insert a ``blobs`` row for each blob not yet recorded; returns how many were inserted."""
        if not self.blobs:
            return 0
        shas = sorted(self.blobs)
        existing: set[str] = set()
        for i in range(0, len(shas), 500):
            chunk = shas[i : i + 500]
            existing.update(session.scalars(sa.select(Blob.sha256).where(Blob.sha256.in_(chunk))))
        rows: list[dict[str, Any]] = [
            {
                "sha256": sha,
                "size_bytes": self.blobs[sha].size,
                "mime_type": self.blobs[sha].mime_type,
                "state": "complete",
                "stored_bytes": self.blobs[sha].size,
                "created_at": created_at,
                "verified_at": created_at,
            }
            for sha in shas
            if sha not in existing
        ]
        if rows:
            session.execute(sa.insert(Blob), rows)
        return len(rows)
