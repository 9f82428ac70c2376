"""Course packs: a course and its files carried on a USB drive to laptops with no network.

On the drive::

    <drive>/<course title>.bootcamp-pack      the manifest, signed by the server (application/x-bootcamp-course-pack)
    <drive>/bootcamp-media/<sha[:2]>/<sha>     the files, shared by every pack on the drive

**Export** (online): the server signs the manifest of a published course (``GET
/api/v1/usb/course-pack/<id>``: its rows as a learner reads them, and its files' hashes, sizes and
types); the files come from this replica's blob store, downloading what is missing first. Each file is
written to a temporary name and renamed, and one already on the drive with the right size is kept, so an
export cut short is finished by running it again. The manifest is written last.

**Import** (offline): the manifest's signature is checked against the server keys this replica pinned
at its last sync (``sync/usb_keys.py``), and its issuer and server id against the replica's server: a
pack from elsewhere, or altered, changes nothing. Then every file is copied into the blob store through
``<blobs>/partial/<sha>.part``, continued from where it stopped when the drive was pulled out earlier,
and its sha256 checked before it takes its place; a file in the store is invisible to the app until its
``blobs`` row says ``complete``. Only when every file is in and verified are the rows applied and the
files recorded, in **one** local transaction (``sync/apply.py`` ``apply_changes``, the pull's own rules:
an older ``sync_version`` never replaces a newer one, pending local edits are rebased). The next sync
brings the same versions and changes nothing; the checkpoint agrees, since the rows are the server's.
"""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from bootcamp_core.models import Blob, User, utcnow
from bootcamp_core.models.blobstore import CHUNK, SHA256_RE, blob_path, file_sha256, has_blob, partial_path
from bootcamp_core.protocol.usb import UsbError, verified
from bootcamp_desktop.sync import page_scope
from bootcamp_desktop.sync.apply import apply_changes
from bootcamp_desktop.sync.changes import parse_changes
from bootcamp_desktop.sync.client import API
from bootcamp_desktop.sync.errors import CorruptPageError
from bootcamp_desktop.sync.usb_keys import pinned

from .downloads import MediaItem
from .safe_names import safe_file_name
from .workspace import Workspace

PACK_SUFFIX = ".bootcamp-pack"
MEDIA_DIR = "bootcamp-media"
ProgressFn = Callable[[int, int], None]  # bytes done, bytes total


class PackError(ValueError):
    """A pack that cannot be made or taken in: said plainly, nothing changed."""


@dataclass
class PackResult:
    path: Path
    course_id: uuid.UUID
    title: str
    files: int = 0
    bytes: int = 0
    rows: int = 0
    copied: int = 0  # files copied this time (the others were already there)
    unavailable: int = 0  # files the lessons name that the server itself does not hold


def _media_path(drive: Path, sha: str) -> Path:
    return drive / MEDIA_DIR / sha[:2] / sha


def _write_atomic(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)


def _copy_file(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    with source.open("rb") as src, tmp.open("wb") as out:
        while chunk := src.read(CHUNK):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)


# -- export ----------------------------------------------------------------------------------------------
def fetch_manifest(ws: Workspace, course_id: uuid.UUID) -> dict[str, Any]:
    from .sync_ops import client_for

    async def run() -> dict[str, Any]:
        async with client_for(ws) as client:
            return await client.json("GET", f"{API}/usb/course-pack/{course_id}")

    return asyncio.run(run())


def export_pack(
    ws: Workspace,
    course_id: uuid.UUID,
    drive: Path,
    progress: ProgressFn = lambda _d, _t: None,
    *,
    downloader: Callable[[list[MediaItem], ProgressFn], int] | None = None,
) -> PackResult:
    """Write the course's pack to ``drive`` (a folder or a mounted USB drive). Needs the server."""
    from .sync_ops import downloader_for

    envelope = fetch_manifest(ws, course_id)
    manifest = _checked(ws, envelope)
    media = manifest["media"]
    missing = [
        MediaItem(m["sha256"], m["size"], m.get("mime_type"), False)
        for m in media
        if not has_blob(ws.blobs_dir, m["sha256"])
    ]
    if missing:
        (downloader or downloader_for(ws))(missing, lambda _d, _t: None)
    absent = [m["sha256"] for m in media if not has_blob(ws.blobs_dir, m["sha256"])]
    if absent:
        raise PackError(f"{len(absent)} files of the course could not be downloaded; nothing was written")
    total = sum(m["size"] for m in media)
    result = PackResult(
        Path(),
        course_id,
        str(manifest["title"]),
        files=len(media),
        bytes=total,
        rows=len(manifest["rows"]),
        unavailable=int(manifest.get("unavailable") or 0),
    )
    done = 0
    for m in media:
        target = _media_path(drive, m["sha256"])
        if not (target.is_file() and target.stat().st_size == m["size"]):
            _copy_file(blob_path(ws.blobs_dir, m["sha256"]), target)
            result.copied += 1
        done += m["size"]
        progress(done, total)
    name = safe_file_name(manifest["title"], "course") + PACK_SUFFIX
    result.path = drive / name
    _write_atomic(result.path, json.dumps(envelope, ensure_ascii=False).encode("utf-8"))
    return result


# -- import ----------------------------------------------------------------------------------------------
def _checked(ws: Workspace, envelope: Any) -> dict[str, Any]:
    server_url = ws.settings.server_url
    keys = pinned(ws.db, server_url) if server_url else None
    if keys is None:
        raise PackError(
            "this computer cannot check a course pack yet: sign in to the bootcamp's server and "
            "sync once while online, then import the pack"
        )
    try:
        manifest = verified(envelope, keys["sign_key"])
    except UsbError as exc:
        raise PackError(f"this course pack cannot be trusted: {exc}. Nothing was imported.") from None
    if manifest.get("format") != "bootcamp-course-pack" or manifest.get("version") != 1:
        raise PackError("this file is not a course pack this app can read")
    if manifest.get("issuer") != keys["issuer"] or manifest.get("server_id") != keys["server_id"]:
        raise PackError("this course pack comes from another bootcamp server than this computer's")
    media = manifest.get("media")
    if not isinstance(media, list) or not all(
        isinstance(m, dict)
        and isinstance(m.get("sha256"), str)
        and SHA256_RE.match(m["sha256"])
        and isinstance(m.get("size"), int)
        and m["size"] >= 0
        for m in media
    ):
        raise PackError("the course pack's list of files is malformed")
    if not isinstance(manifest.get("rows"), list):
        raise PackError("the course pack's rows are malformed")
    return manifest


def read_pack(ws: Workspace, path: Path) -> dict[str, Any]:
    try:
        envelope = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise PackError(f"cannot read {path.name}: {exc}") from None
    return _checked(ws, envelope)


def find_packs(drive: Path) -> list[Path]:
    if drive.is_file():
        return [drive]
    return sorted(p for p in drive.glob(f"*{PACK_SUFFIX}") if p.is_file())


def _take_in(blobs_root: Path, drive: Path, sha: str, size: int, progress: Callable[[int], None]) -> bool:
    """Copy one file from the drive into the store, continuing a partial copy; True when copied now."""
    if has_blob(blobs_root, sha):
        return False
    source = _media_path(drive, sha)
    part = partial_path(blobs_root, sha)
    part.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    try:
        with source.open("rb") as src, part.open("ab") as out:
            src.seek(have)
            while have < size and (chunk := src.read(min(CHUNK, size - have))):
                out.write(chunk)
                have += len(chunk)
                progress(len(chunk))
            out.flush()
            os.fsync(out.fileno())
    except FileNotFoundError:
        raise PackError(
            f"the file {sha[:12]}… is not on the drive (was it removed?). What was copied is kept: "
            "put the drive back and import again to continue"
        ) from None
    except OSError as exc:
        raise PackError(
            f"reading the drive failed ({exc.strerror or exc}). What was copied is kept: "
            "import again to continue"
        ) from None
    if have < size:
        raise PackError(
            f"the file {sha[:12]}… on the drive is incomplete ({have} of {size} bytes): "
            "export the pack again, or import again once the drive is whole"
        )
    if file_sha256(part) != sha:
        part.unlink()
        raise PackError(
            f"the file {sha[:12]}… on the drive does not match the signed pack; nothing was imported"
        )
    target = blob_path(blobs_root, sha)
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, target)
    return True


def import_pack(ws: Workspace, path: Path, progress: ProgressFn = lambda _d, _t: None) -> PackResult:
    """Take a course pack in: verified, files first (resumable), then every row in one transaction."""
    manifest = read_pack(ws, path)
    drive = path.parent
    media = manifest["media"]
    try:
        changes = parse_changes(
            [
                {"seq": 0, "op": "upsert", "table": r["table"], "id": r["row"]["id"], "row": r["row"]}
                for r in manifest["rows"]
            ]
        )
    except (CorruptPageError, KeyError, TypeError) as exc:
        raise PackError(f"the course pack's rows are malformed: {exc}") from None
    if any(c.table not in ("users", "courses", "modules", "lessons", "assignments") for c in changes):
        raise PackError("the course pack holds more than a course's content")
    try:
        page_scope.check(changes, page_scope.scope_for(ws.db, ws.settings.current_user_id))
    except CorruptPageError as exc:
        raise PackError(f"the course pack holds what this replica may not: {exc}") from None
    result = PackResult(
        path,
        uuid.UUID(str(manifest["course_id"])),
        str(manifest["title"]),
        files=len(media),
        bytes=sum(m["size"] for m in media),
        rows=len(changes),
    )
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        progress(done, result.bytes)

    for m in media:
        before = done
        if _take_in(ws.blobs_dir, drive, m["sha256"], m["size"], step):
            result.copied += 1
        done = before + m["size"]
        progress(done, result.bytes)
    with ws.db.write() as s:
        known = set(
            s.scalars(
                sa.select(User.id).where(User.id.in_([c.row_id for c in changes if c.table == "users"]))
            )
        )
        apply_changes(s, [c for c in changes if not (c.table == "users" and c.row_id in known)])
        now = utcnow()
        for m in media:
            blob = s.get(Blob, m["sha256"]) or Blob(sha256=m["sha256"], size_bytes=m["size"])
            blob.size_bytes = blob.stored_bytes = m["size"]
            blob.mime_type = m.get("mime_type") if isinstance(m.get("mime_type"), str) else blob.mime_type
            blob.state, blob.verified_at = "complete", now
            s.add(blob)
    return result
