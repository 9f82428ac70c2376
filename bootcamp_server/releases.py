"""The installers this server holds (``releases``, docs/sync-protocol.md "Releases").

``publish`` copies an installer into the blob store (verified by sha256 as it is copied), records its
``blobs`` row and a ``releases`` row, optionally signed with the project's Ed25519 key: the maintenance
command ``bootcamp-server publish-release``. ``latest`` is the newest release of a platform by PEP 440
order (a pre-release only when nothing final is newer). Installers are public: anyone who can reach the
server may fetch them (a workshop hub hands them round the room).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import os
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import Blob
from bootcamp_core.protocol import PROTOCOL_VERSION
from bootcamp_core.protocol.releases import (
    FILENAME_RE,
    PLATFORMS,
    ReleaseError,
    ReleaseInfo,
    parse_version,
    signed_message,
)

from .blobstore import BlobStore, lock_for
from .db import ANONYMOUS, ServerDB
from .models import Release
from .settings import Settings

API = "/api/v1"
MIME = {
    "linux-deb": "application/vnd.debian.binary-package",
    "windows-exe": "application/vnd.microsoft.portable-executable",
    "macos-dmg": "application/x-apple-diskimage",
}


def file_url(sha256: str, filename: str) -> str:
    return f"{API}/releases/files/{sha256}/{filename}"


def info_of(release: Release) -> ReleaseInfo:
    published = (
        release.published_at.astimezone(dt.UTC) if release.published_at.tzinfo else release.published_at
    )
    return ReleaseInfo(
        platform=release.platform,
        version=release.version,
        sha256=release.sha256,
        size=release.size_bytes,
        filename=release.filename,
        protocol=release.protocol,
        url=file_url(release.sha256, release.filename),
        signature=release.signature,
        notes=release.notes,
        published_at=published.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def latest(session: Session, platform: str, *, min_protocol: int | None = None) -> Release | None:
    """The newest release of ``platform`` (speaking at least ``min_protocol``), by version."""
    query = sa.select(Release).where(Release.platform == platform)
    if min_protocol is not None:
        query = query.where(Release.protocol >= min_protocol)
    releases = list(session.scalars(query))
    return max(releases, key=lambda r: parse_version(r.version), default=None)


NEWEST_TTL = 30.0  # seconds a server process keeps the newest version in mind: a poll costs no extra read
_newest: dict[tuple[str, str], tuple[float, str | None]] = {}  # (database URL, platform)


def kept_newest(sdb: ServerDB, platform: str) -> tuple[bool, str | None]:
    """(known, version): the newest version for ``platform`` if read less than ``NEWEST_TTL`` ago."""
    kept = _newest.get((str(sdb.settings.database_url), platform))
    if kept is None or time.monotonic() - kept[0] > NEWEST_TTL:
        return False, None
    return True, kept[1]


def newest_version(sdb: ServerDB, platform: str) -> str | None:
    """The newest version offered for ``platform`` (read, then kept for ``NEWEST_TTL``; publishing or
    withdrawing in this process forgets it at once, another process's within the TTL)."""
    with sdb.read(ANONYMOUS) as s:
        release = latest(s, platform)
    version = release.version if release is not None else None
    _newest[(str(sdb.settings.database_url), platform)] = (time.monotonic(), version)
    return version


def is_release_blob(session: Session, sha256: str, filename: str) -> bool:
    return (
        session.execute(
            sa.select(Release.id).where(Release.sha256 == sha256, Release.filename == filename).limit(1)
        ).first()
        is not None
    )


def load_signing_key(path: Path):  # type: ignore[no-untyped-def]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ReleaseError(f"cannot read the signing key {path}: {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ReleaseError(f"{path} is not an Ed25519 private key")
    return key


def new_signing_key(path: Path) -> str:
    """Write a new Ed25519 private key (PEM, mode 600) to ``path``; return its public key (base64), the line
    the app ships in ``bootcamp_desktop/sync/release_keys.py``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    if path.exists():
        raise ReleaseError(f"{path} exists; not overwritten")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def _store(settings: Settings, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the blob store, hashing it as it goes; its sha256 and size."""
    store = BlobStore(settings)
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with (
        tempfile.NamedTemporaryFile(
            dir=settings.uploads_dir, prefix="release.", suffix=".part", delete=False
        ) as out,
        source.open("rb") as src,
    ):
        tmp = Path(out.name)
        try:
            while block := src.read(1 << 20):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    sha = digest.hexdigest()
    size = tmp.stat().st_size
    if size > settings.max_blob_bytes:
        tmp.unlink(missing_ok=True)
        raise ReleaseError(
            f"the installer is {size} bytes; blobs may not exceed {settings.max_blob_bytes} "
            "(raise max_blob_bytes)"
        )
    with lock_for(sha):
        target = store.path(sha)
        if target.is_file():
            tmp.unlink(missing_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
    return sha, size


def publish(
    sdb: ServerDB,
    settings: Settings,
    source: Path,
    *,
    version: str,
    platform: str,
    protocol: int | None = None,
    signing_key: Path | None = None,
    notes: str | None = None,
    filename: str | None = None,
) -> ReleaseInfo:
    """Make ``source`` the installer of ``version`` for ``platform``. Bad input changes nothing."""
    if platform not in PLATFORMS:
        raise ReleaseError(f"unknown platform {platform!r}; one of {', '.join(PLATFORMS)}")
    version = str(parse_version(version))  # normalized: 1.04 is 1.4
    name = filename or source.name
    if not FILENAME_RE.match(name):
        raise ReleaseError(f"{name!r} is not a plain file name (letters, digits and ._+~-)")
    if not source.is_file():
        raise ReleaseError(f"{source} is not a file")
    if protocol is None:
        protocol = PROTOCOL_VERSION
    key = load_signing_key(signing_key) if signing_key is not None else None
    with sdb.owner() as s:
        published = s.scalars(sa.select(Release.version).where(Release.platform == platform))
        if any(parse_version(v) == parse_version(version) for v in published):
            raise ReleaseError(f"version {version} for {platform} is published already")
    sha, size = _store(settings, source)
    signature = (
        base64.b64encode(key.sign(signed_message(platform, version, sha, size))).decode() if key else None
    )
    try:
        _newest.clear()
        return _record(sdb, platform, version, sha, size, name, protocol, signature, notes)
    except sa.exc.IntegrityError:  # published by someone else in the meantime
        raise ReleaseError(f"version {version} for {platform} is published already") from None


def _record(
    sdb: ServerDB,
    platform: str,
    version: str,
    sha: str,
    size: int,
    name: str,
    protocol: int,
    signature: str | None,
    notes: str | None,
) -> ReleaseInfo:
    with sdb.owner() as s:
        blob = s.get(Blob, sha)
        if blob is None:
            s.add(
                Blob(
                    sha256=sha,
                    size_bytes=size,
                    stored_bytes=size,
                    state="complete",
                    mime_type=MIME[platform],
                    verified_at=dt.datetime.now(dt.UTC),
                )
            )
        release = Release(
            platform=platform,
            version=version,
            sha256=sha,
            size_bytes=size,
            filename=name,
            protocol=protocol,
            signature=signature,
            notes=notes,
        )
        s.add(release)
        s.flush()
        return info_of(release)


def withdraw(sdb: ServerDB, platform: str, version: str) -> bool:
    """Stop offering a release (its bytes stay in the store: another row may name them)."""
    _newest.clear()
    with sdb.owner() as s:
        wanted = parse_version(version)
        release = next(
            (
                r
                for r in s.scalars(sa.select(Release).where(Release.platform == platform))
                if parse_version(r.version) == wanted
            ),
            None,
        )
        if release is None:
            return False
        s.delete(release)
        return True


def listing(sdb: ServerDB) -> list[ReleaseInfo]:
    with sdb.owner() as s:
        rows = list(s.scalars(sa.select(Release)))
    rows.sort(key=lambda r: (r.platform, parse_version(r.version)))
    return [info_of(r) for r in rows]
