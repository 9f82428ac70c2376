"""Blob transfer: resumable, verified downloads (HTTP Range) and uploads (by offset).

A download appends to ``partial/<sha>.part`` and asks for ``bytes=<what we have>-``, so a cut
connection never fetches finished bytes again; the file is hashed as it arrives and only a file whose
sha256 matches becomes ``<sha[:2]>/<sha>``. An upload asks the server how much it has and sends the
rest in chunks. Progress is reported in bytes.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bootcamp_core.models.blobstore import blob_path, check_sha256, file_sha256, has_blob, partial_path

from .client import API, SyncClient, raise_for_problem
from .errors import CorruptPageError, SyncError
from .progress import ProgressCallback, ProgressEvent, ignore

UPLOAD_CHUNK = 1024 * 1024
STAT_BATCH = 1000


class BlobHashMismatchError(CorruptPageError):
    pass


class BlobUnavailableError(SyncError):
    """The server does not give this blob to this user (unknown, or no row they may read refers to it)."""


@dataclass(frozen=True)
class BlobInfo:
    sha256: str
    size: int | None
    mime_type: str | None


async def stat(client: SyncClient, shas: Iterable[str]) -> dict[str, BlobInfo | None]:
    wanted = sorted({check_sha256(s) for s in shas})
    out: dict[str, BlobInfo | None] = {}
    for i in range(0, len(wanted), STAT_BATCH):
        chunk = wanted[i : i + STAT_BATCH]
        answer = await client.json("POST", f"{API}/blobs/stat", json={"sha256": chunk})
        blobs = answer.get("blobs") if isinstance(answer.get("blobs"), dict) else {}
        for sha in chunk:
            info = blobs.get(sha)
            if isinstance(info, dict) and isinstance(info.get("size"), int):
                out[sha] = BlobInfo(sha, info["size"], info.get("mime_type"))
            else:
                out[sha] = None
    return out


async def download(
    client: SyncClient,
    root: Path,
    sha: str,
    progress: ProgressCallback = ignore,
    expected_size: int | None = None,
    *,
    path: str | None = None,
    stage: str = "blobs",
) -> Path:
    """Fetch one blob into the store, resuming a partial file; returns its final path. ``path``: where the
    server serves it when not as a blob (an installer of the app, ``updates``: public, so no sign-in)."""
    final = blob_path(root, sha)
    if final.is_file():
        return final
    part = partial_path(root, sha)
    part.parent.mkdir(parents=True, exist_ok=True)
    have = part.stat().st_size if part.exists() else 0
    digest = hashlib.sha256()
    if have:
        with part.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                digest.update(chunk)
    headers = {"Range": f"bytes={have}-"} if have else {}
    if path is None:
        headers["Authorization"] = f"Bearer {await client.access_token()}"
    try:
        async with client._http.stream("GET", path or f"{API}/blobs/{sha}", headers=headers) as response:  # noqa: SLF001
            client.requests += 1
            if response.status_code == 416 and have:
                part.unlink()  # our partial file is longer than the blob: start over next time
                raise BlobHashMismatchError(f"partial download of {sha} was longer than the blob")
            if response.status_code == 404:
                await response.aread()
                raise BlobUnavailableError(f"the server does not offer blob {sha[:12]} to this user")
            if response.status_code not in (200, 206):
                await response.aread()
                raise_for_problem(response)
                raise SyncError(f"download of {sha} answered {response.status_code}")
            if response.status_code == 200 and have:
                have, digest = 0, hashlib.sha256()  # the server ignored Range: start over
                part.write_bytes(b"")
            total = expected_size
            length = response.headers.get("content-length")
            if length is not None and total is None:
                total = have + int(length)
            with part.open("ab") as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
                    digest.update(chunk)
                    have += len(chunk)
                    client.bytes_received += len(chunk)
                    progress(ProgressEvent(stage, have, total, sha[:12]))
                out.flush()
                os.fsync(out.fileno())
    except BaseException as exc:
        from httpx import TransportError

        if isinstance(exc, TransportError):
            from .errors import OfflineError
            from .tls import certificate_problem, transport_error

            if certificate_problem(exc) is not None:
                raise transport_error(exc, client.server_url) from exc
            raise OfflineError(
                f"the download of {sha[:12]} was cut after {have} bytes; it resumes next time"
            ) from exc
        raise
    if digest.hexdigest() != sha:
        part.unlink(missing_ok=True)
        raise BlobHashMismatchError(f"blob {sha[:12]} arrived with another sha256; discarded")
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(part, final)
    return final


async def upload(client: SyncClient, root: Path, sha: str, progress: ProgressCallback = ignore) -> None:
    """Send one local blob to the server, from wherever the server's copy stops."""
    path = blob_path(root, sha)
    if not path.is_file():
        raise SyncError(f"blob {sha[:12]} is referenced by a local change but is not in the local store")
    size = path.stat().st_size
    status = await client.json("GET", f"{API}/blobs/{sha}/upload")
    if status.get("complete"):
        return
    offset = int(status.get("received") or 0)
    with path.open("rb") as f:
        while offset < size:
            f.seek(offset)
            chunk = f.read(UPLOAD_CHUNK)
            response = await client.request(
                "PUT",
                f"{API}/blobs/{sha}/upload",
                params={"offset": offset, "size": size},
                content=chunk,
                headers={"Content-Type": "application/octet-stream"},
            )
            if response.status_code == 409:
                body: dict[str, Any] = response.json() if response.content else {}
                offset = int(body.get("received", 0))
                continue
            raise_for_problem(response)
            answer = response.json()
            offset = int(answer.get("received", offset + len(chunk)))
            progress(ProgressEvent("push", offset, size, f"uploading {sha[:12]}"))
            if answer.get("complete"):
                return


def verify_local(root: Path, sha: str) -> bool:
    return has_blob(root, sha) and file_sha256(blob_path(root, sha)) == sha


async def download_many(
    client: SyncClient, root: Path, infos: list[BlobInfo], progress: ProgressCallback = ignore
) -> int:
    """Download every blob of ``infos`` not yet here; progress counts bytes over the whole set. The first
    blob that cannot be fetched stops it (``fetch_many`` goes on past blobs the server will not give)."""
    outcome = await fetch_many(client, root, infos, progress, skip_unavailable=False)
    return len(outcome.fetched)


@dataclass
class FetchOutcome:
    fetched: list[str] = field(default_factory=list)
    fetched_bytes: int = 0
    unavailable: list[str] = field(default_factory=list)  # refused (404) or arrived corrupt: not kept


async def fetch_many(
    client: SyncClient,
    root: Path,
    infos: list[BlobInfo],
    progress: ProgressCallback = ignore,
    *,
    skip_unavailable: bool = True,
) -> FetchOutcome:
    """Download every blob of ``infos`` not yet here, in order. A blob the server will not give (or that
    arrives with another hash) is listed in ``unavailable`` and the others still come; a lost connection
    stops it (``OfflineError``: what arrived is kept, and resumes next time)."""
    total = sum(i.size or 0 for i in infos)
    done = 0
    outcome = FetchOutcome()
    for info in infos:
        if has_blob(root, info.sha256):
            done += info.size or 0
            continue
        base = done

        def relay(event: ProgressEvent, base: int = base) -> None:
            progress(ProgressEvent("blobs", base + event.done, total, event.message))

        try:
            path = await download(client, root, info.sha256, relay, info.size)
        except (BlobUnavailableError, BlobHashMismatchError):
            if not skip_unavailable:
                raise
            outcome.unavailable.append(info.sha256)
        else:
            outcome.fetched.append(info.sha256)
            outcome.fetched_bytes += path.stat().st_size
        done += info.size or 0
        await asyncio.sleep(0)
    progress(ProgressEvent("blobs", total, total, "done"))
    return outcome
