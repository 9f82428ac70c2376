"""What replica and server agree on about releases of the app (docs/sync-protocol.md, "Releases").

A release is an installer for one platform, named by a PEP 440 version, stored as a blob (sha256). It may
carry an Ed25519 signature of ``signed_message``: the platform, version, sha256 and size in one text, so
a signature vouches for exactly that installer as exactly that version for exactly that platform.
"""

from __future__ import annotations

import base64
import re
import sys
from dataclasses import dataclass
from typing import Any

from packaging.version import InvalidVersion, Version

PLATFORMS = ("linux-deb", "windows-exe", "macos-dmg")
PLATFORM_HEADER = "Bootcamp-Platform"  # sent by the app: which installers it can use
RELEASE_HEADER = "Bootcamp-Release"  # answered on pulls: the newest release's version for that platform
FILENAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+~-]{0,199}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
SIGNATURE_CONTEXT = "bootcamp-release:v1"


def current_platform() -> str:
    """Which installers this app can use: the kind of package it is shipped as on this system."""
    if sys.platform.startswith("win"):
        return "windows-exe"
    if sys.platform == "darwin":
        return "macos-dmg"
    return "linux-deb"


class ReleaseError(ValueError):
    """A release description that does not validate; nothing was done with it."""


def parse_version(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        raise ReleaseError(f"{text!r} is not a version (PEP 440, e.g. 1.4.0)") from None


def signed_message(platform: str, version: str, sha256: str, size: int) -> bytes:
    return f"{SIGNATURE_CONTEXT}\n{platform}\n{version}\n{sha256}\n{size}\n".encode()


@dataclass(frozen=True)
class ReleaseInfo:
    platform: str
    version: str
    sha256: str
    size: int
    filename: str
    protocol: int
    url: str  # where the installer is served, relative to the server's base URL
    signature: str | None = None
    notes: str | None = None
    published_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "version": self.version,
            "sha256": self.sha256,
            "size": self.size,
            "filename": self.filename,
            "protocol": self.protocol,
            "url": self.url,
            "signature": self.signature,
            "notes": self.notes,
            "published_at": self.published_at,
        }

    @classmethod
    def from_json(cls, data: object) -> ReleaseInfo:
        """A release as the server describes it, checked field by field (``ReleaseError`` otherwise)."""
        if not isinstance(data, dict):
            raise ReleaseError("a release must be a JSON object")

        def text(key: str, *, optional: bool = False, limit: int = 10_000) -> str | None:
            value = data.get(key)
            if value is None and optional:
                return None
            if not isinstance(value, str) or len(value) > limit:
                raise ReleaseError(f"release field {key!r} must be a text of at most {limit} characters")
            return value

        platform, version = text("platform", limit=32), text("version", limit=64)
        sha, filename, url = text("sha256", limit=64), text("filename", limit=200), text("url", limit=1000)
        size, protocol = data.get("size"), data.get("protocol")
        assert platform is not None and version is not None and sha is not None
        assert filename is not None and url is not None
        parse_version(version)
        if not SHA_RE.match(sha):
            raise ReleaseError("release field 'sha256' must be 64 lowercase hex digits")
        if not FILENAME_RE.match(filename):
            raise ReleaseError(f"release file name {filename!r} is not a plain file name")
        if not url.startswith("/") or url.startswith("//"):
            raise ReleaseError("a release is downloaded from its own server: 'url' must be a path")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ReleaseError("release field 'size' must be a number of bytes")
        if not isinstance(protocol, int) or isinstance(protocol, bool):
            raise ReleaseError("release field 'protocol' must be an integer")
        signature = text("signature", optional=True, limit=200)
        if signature is not None:
            try:
                base64.b64decode(signature, validate=True)
            except ValueError:
                raise ReleaseError("release field 'signature' must be base64") from None
        return cls(
            platform,
            version,
            sha,
            size,
            filename,
            protocol,
            url,
            signature,
            text("notes", optional=True),
            text("published_at", optional=True, limit=64),
        )
