"""A newer version of the app, from the server it syncs with (docs/sync-protocol.md, "Releases").

Every pull answer names the newest version the server holds for this platform (``Bootcamp-Release``,
kept in ``SyncClient.release_hint``); a server that refuses the app as too old describes the installer in
its problem document (``ProtocolTooOldError.release``). ``latest`` asks for the description;
``fetch`` downloads the installer with the blob downloader (resumable by HTTP Range, hashed as it
arrives, kept only when its sha256 is the announced one) and checks the signature first when the app
trusts release keys (``release_keys``). What is left is a verified file named as the server named it.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path

from bootcamp_core.models.blobstore import place_copy
from bootcamp_core.protocol.releases import (
    ReleaseError,
    ReleaseInfo,
    current_platform,
    parse_version,
    signed_message,
)

from .blobs import download
from .client import API, SyncClient, raise_for_problem
from .errors import CorruptPageError, SyncError
from .progress import ProgressCallback, ignore
from .release_keys import TRUSTED_KEYS


class UpdateRejectedError(CorruptPageError):
    """An installer that did not check out (wrong signature, no signature, wrong size); it was not kept."""


def app_version() -> str:
    from bootcamp_desktop import __version__

    return __version__


def is_newer(version: str | None, current: str | None = None) -> bool:
    if not version:
        return False
    try:
        return parse_version(version) > parse_version(current or app_version())
    except ReleaseError:
        return False


def release_of(data: object) -> ReleaseInfo | None:
    """A release description from a server's answer, or None when there is none or it does not validate."""
    if data is None:
        return None
    try:
        return ReleaseInfo.from_json(data)
    except ReleaseError:
        return None


async def latest(client: SyncClient, platform: str | None = None) -> ReleaseInfo | None:
    """The newest release the server holds for ``platform`` (this system's by default), or None."""
    response = await client.request(
        "GET", f"{API}/releases/latest", auth=False, params={"platform": platform or current_platform()}
    )
    if response.status_code == 404:
        return None
    raise_for_problem(response)
    try:
        return ReleaseInfo.from_json(response.json())
    except (ValueError, ReleaseError) as exc:
        raise CorruptPageError(
            f"the server's description of the newest release does not validate: {exc}"
        ) from None


def check_signature(info: ReleaseInfo, trusted: Sequence[str] = TRUSTED_KEYS) -> bool:
    """Whether ``info`` is signed by one of ``trusted`` (True when the app trusts no key: the sha256 then
    vouches for the bytes); ``UpdateRejectedError`` when it is not."""
    if not trusted:
        return True
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not info.signature:
        raise UpdateRejectedError(
            f"version {info.version} is not signed; this app installs only signed releases"
        )
    message = signed_message(info.platform, info.version, info.sha256, info.size)
    signature = base64.b64decode(info.signature)
    for key in trusted:
        try:
            Ed25519PublicKey.from_public_bytes(base64.b64decode(key)).verify(signature, message)
            return True
        except (InvalidSignature, ValueError):
            continue
    raise UpdateRejectedError(
        f"version {info.version} is not signed by the app's publisher; it was not downloaded"
    )


def _store(directory: Path) -> Path:
    return directory / "store"


def target_path(directory: Path, info: ReleaseInfo) -> Path:
    return directory / info.filename


def downloaded(directory: Path, info: ReleaseInfo) -> Path | None:
    """The installer of ``info`` when it is here already, verified (it was kept only if its hash matched)."""
    path = target_path(directory, info)
    if (
        path.is_file()
        and path.stat().st_size == info.size
        and (_store(directory) / info.sha256[:2] / info.sha256).is_file()
    ):
        return path
    return None


def have_bytes(directory: Path, info: ReleaseInfo) -> int:
    """How much of the installer a cut download left (it resumes from there)."""
    from bootcamp_core.models.blobstore import partial_path

    part = partial_path(_store(directory), info.sha256)
    return part.stat().st_size if part.is_file() else 0


async def fetch(
    client: SyncClient,
    info: ReleaseInfo,
    directory: Path,
    progress: ProgressCallback = ignore,
    trusted: Sequence[str] = TRUSTED_KEYS,
) -> Path:
    """Download the installer of ``info`` into ``directory`` (resuming what a cut left), verified; its path.
    ``OfflineError`` when the link is cut (what arrived is kept), ``UpdateRejectedError`` or
    ``BlobHashMismatchError`` when the file is not the announced one (nothing is kept)."""
    check_signature(info, trusted)
    ready = downloaded(directory, info)
    if ready is not None:
        return ready
    store = _store(directory)
    final = await download(client, store, info.sha256, progress, info.size, path=info.url, stage="update")
    if final.stat().st_size != info.size:
        final.unlink(missing_ok=True)
        raise UpdateRejectedError(
            f"version {info.version} arrived with {final.stat().st_size if final.exists() else 0} "
            f"bytes, not the announced {info.size}"
        )
    target = place_copy(final, target_path(directory, info))
    for old in [*directory.iterdir(), *store.glob("??/*")]:  # older installers are no longer needed
        if old.is_file() and old not in (target, final) and not old.name.startswith("."):
            old.unlink(missing_ok=True)
    return target


__all__ = [
    "SyncError",
    "UpdateRejectedError",
    "app_version",
    "check_signature",
    "downloaded",
    "fetch",
    "have_bytes",
    "is_newer",
    "latest",
    "release_of",
]
