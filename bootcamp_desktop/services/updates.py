"""Updating the app from the server it syncs with: what the window's update offer and
``bootcamp-desktop update`` call (the protocol side is ``sync/updates.py``).

``offer_from_sync`` turns what a sync learnt (the version a pull answer named, or the installer a
refusal as too old described) into an ``Offer`` when it is newer than this app; ``check`` asks the
server; ``download`` fetches the installer into ``<replica>/updates`` (resumable, verified, its size known
before a byte comes); ``install_command`` is how this system installs it: on Linux a .deb through
``pkexec apt-get install`` (the system asks for an administrator's password), or the desktop's package
installer (``xdg-open``) where there is no pkexec; elsewhere the installer is opened.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bootcamp_core.protocol.releases import ReleaseInfo
from bootcamp_desktop.sync import updates as sync_updates
from bootcamp_desktop.sync.errors import ProtocolTooOldError
from bootcamp_desktop.sync.progress import ProgressCallback, ignore
from bootcamp_desktop.sync.release_keys import TRUSTED_KEYS

from . import sync_ops
from .workspace import Workspace


@dataclass(frozen=True)
class Offer:
    release: ReleaseInfo
    current: str  # the version running now
    required: bool = False  # the server no longer syncs with this version

    @property
    def megabytes(self) -> str:
        return f"{self.release.size / 1_000_000:.1f} MB"


def current_version() -> str:
    return sync_updates.app_version()


def updates_dir(ws: Workspace) -> Path:
    return ws.directory / "updates"


def offer_from_error(error: BaseException) -> Offer | None:
    """The installer a server offered when it refused this app as too old, if it described a newer one."""
    if not isinstance(error, ProtocolTooOldError):
        return None
    info = sync_updates.release_of(error.release)
    if info is None or not sync_updates.is_newer(info.version):
        return None
    return Offer(info, sync_updates.app_version(), required=True)


def news_in(release_hint: str | None) -> bool:
    """Whether the version a sync's pull answer named is newer than this app (then ``check`` says more)."""
    return sync_updates.is_newer(release_hint)


async def check(ws: Workspace, **engine_kwargs: Any) -> Offer | None:
    """The newest release the replica's server holds for this system, when it is newer than this app."""
    async with sync_ops.engine_for(ws, **engine_kwargs).client() as client:
        info = await sync_updates.latest(client)
    if info is None or not sync_updates.is_newer(info.version):
        return None
    return Offer(info, sync_updates.app_version())


async def download(
    ws: Workspace,
    offer: Offer,
    progress: ProgressCallback = ignore,
    trusted: Sequence[str] = TRUSTED_KEYS,
    **engine_kwargs: Any,
) -> Path:
    async with sync_ops.engine_for(ws, **engine_kwargs).client() as client:
        return await sync_updates.fetch(client, offer.release, updates_dir(ws), progress, trusted)


def downloaded(ws: Workspace, offer: Offer) -> Path | None:
    return sync_updates.downloaded(updates_dir(ws), offer.release)


def resumes_at(ws: Workspace, offer: Offer) -> int:
    return sync_updates.have_bytes(updates_dir(ws), offer.release)


def install_command(
    installer: Path, *, which: Any = shutil.which, platform: str = sys.platform, root: bool | None = None
) -> list[str]:
    """The command that installs ``installer`` on this system (it asks the user for what it needs): a .deb
    through apt (which checks its dependencies), as root already or through pkexec's password prompt."""
    path = str(installer.resolve())
    if platform.startswith("win"):
        return [path]
    if platform == "darwin":
        return ["open", path]
    if root is None:
        root = hasattr(os, "geteuid") and os.geteuid() == 0
    if installer.suffix == ".deb" and which("apt-get"):
        if root:
            return ["apt-get", "install", "-y", path]
        if which("pkexec"):
            return ["pkexec", "apt-get", "install", "-y", path]
    return ["xdg-open", path]


def install(installer: Path, *, run: Any = subprocess.Popen) -> Any:
    """Start installing ``installer``; the app should be restarted once it is done."""
    return run(install_command(installer))
