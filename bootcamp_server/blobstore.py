"""The server's content-addressed blob store: ``<data_dir>/blobs/<sha[:2]>/<sha>``, uploads staged in
``<data_dir>/uploads/<sha>.<uploader>.part``, appended to by offset until complete, then verified by sha256.

Each uploader has their own staging file for a hash: no one learns from the upload routes that someone else
is uploading the same bytes, nor can anyone append to, or read the progress of, another person's upload.
An uploader who may not be told that a blob is already complete (``blob_access.may_have``) uploads every
byte like anyone else; once verified, their copy is dropped and the stored one kept."""

from __future__ import annotations

import hashlib
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .settings import Settings

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class OffsetMismatch(Exception):
    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class HashMismatch(Exception):
    pass


class TooLarge(Exception):
    pass


@dataclass
class UploadState:
    size: int | None
    received: int
    complete: bool


def lock_for(sha: str) -> threading.Lock:
    with _locks_guard:
        return _locks.setdefault(sha, threading.Lock())


class BlobStore:
    def __init__(self, settings: Settings) -> None:
        self.root = settings.blobs_dir
        self.uploads = settings.uploads_dir
        self.max_bytes = settings.max_blob_bytes

    def path(self, sha: str) -> Path:
        return self.root / sha[:2] / sha

    def part(self, sha: str, uploader: str) -> Path:
        return self.uploads / f"{sha}.{uploader}.part"

    def exists(self, sha: str) -> bool:
        return self.path(sha).is_file()

    def complete(self, sha: str) -> UploadState:
        n = self.path(sha).stat().st_size
        return UploadState(n, n, True)

    def state(self, sha: str, uploader: str) -> UploadState:
        """Where ``uploader``'s own upload of ``sha`` stands (whether the blob is stored is not said)."""
        part = self.part(sha, uploader)
        return UploadState(None, part.stat().st_size if part.exists() else 0, False)

    def append(
        self, sha: str, uploader: str, offset: int, size: int, chunk: bytes, *, known: bool = False
    ) -> UploadState:
        """Append ``chunk`` at ``offset`` of ``uploader``'s upload of ``size`` bytes; verify and store on the
        last one. ``known``: the uploader may be told the blob is complete: a stored blob ends it at once."""
        if size > self.max_bytes:
            raise TooLarge(f"a blob may not exceed {self.max_bytes} bytes")
        with lock_for(sha):
            if known and self.exists(sha):
                return self.complete(sha)
            part = self.part(sha, uploader)
            part.parent.mkdir(parents=True, exist_ok=True)
            received = part.stat().st_size if part.exists() else 0
            if offset != received:
                raise OffsetMismatch(received)
            if received + len(chunk) > size:
                raise TooLarge("the chunk goes past the announced size")
            with part.open("ab") as f:
                f.write(chunk)
                f.flush()
                os.fsync(f.fileno())
            received += len(chunk)
            if received < size:
                return UploadState(size, received, False)
            digest = hashlib.sha256()
            with part.open("rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    digest.update(block)
            if digest.hexdigest() != sha:
                part.unlink(missing_ok=True)
                raise HashMismatch(
                    "the uploaded bytes do not have the announced sha256; the upload was discarded"
                )
            target = self.path(sha)
            if target.is_file():  # the same bytes, verified: the stored copy stays
                part.unlink(missing_ok=True)
                return self.complete(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
            return UploadState(size, size, True)
