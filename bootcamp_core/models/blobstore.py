"""The content-addressed blob store on disk, shared by the replica, the demo generator and the server.

Bytes live in ``<root>/<sha[:2]>/<sha>``, written to a temporary file and renamed into place, so a
crash never leaves a half-written blob under its final name. A hash is checked to be 64 lowercase hex
digits before it becomes part of a path, so no value from a server or a row can reach outside the
store. Partial downloads and uploads live in ``<root>/partial/``.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from .sync_meta import BLOB_URL_PREFIX

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


class BadBlobReferenceError(ValueError):
    pass


def check_sha256(value: str) -> str:
    if not isinstance(value, str) or not SHA256_RE.match(value):
        raise BadBlobReferenceError(f"not a sha256 hex digest: {value!r:.80}")
    return value


def parse_blob_url(url: object) -> str | None:
    """The sha256 of a ``blob:sha256:<hex>`` URL, or None when ``url`` is not one."""
    if not isinstance(url, str) or not url.startswith(BLOB_URL_PREFIX):
        return None
    sha = url[len(BLOB_URL_PREFIX) :]
    return sha if SHA256_RE.match(sha) else None


def blob_url(sha256: str) -> str:
    return BLOB_URL_PREFIX + check_sha256(sha256)


def blob_path(root: Path, sha256: str) -> Path:
    check_sha256(sha256)
    return root / sha256[:2] / sha256


def partial_path(root: Path, sha256: str) -> Path:
    check_sha256(sha256)
    return root / "partial" / f"{sha256}.part"


def has_blob(root: Path, sha256: str) -> bool:
    return blob_path(root, sha256).is_file()


def write_blob(root: Path, data: bytes) -> str:
    """Store ``data`` under its sha256 (idempotent) and return the hex digest."""
    sha = hashlib.sha256(data).hexdigest()
    target = blob_path(root, sha)
    if target.exists() and target.stat().st_size == len(data):
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{sha[:8]}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def import_file(root: Path, source: Path) -> tuple[str, int]:
    """Copy a file into the store (streamed, verified); returns its sha256 and size."""
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".import-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        target = blob_path(root, sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return sha, size


def place_copy(source: Path, target: Path) -> Path:
    """``target`` becomes a copy of ``source`` at once or not at all: a hard link where the file system
    allows (no bytes copied), a copy otherwise, written beside ``target`` and renamed over it."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        os.link(source, tmp)
    except OSError:
        shutil.copyfile(source, tmp)
    os.replace(tmp, target)
    return target
