"""Server-only: the app's installers a server holds (``releases``), so replicas that sync with it learn of
a newer version and download it from it (docs/sync-protocol.md, "Releases"). Never synced, never on a replica
(``ServerBase``). The installer's bytes are a blob of the server's store (by sha256); a release names them.

``signature`` is an Ed25519 signature (base64) of ``bootcamp_core.protocol.releases.signed_message``: the
platform, version, sha256 and size together, so a server cannot pass an old signed installer off as a new
one, nor one platform's as another's. ``protocol`` is the sync protocol the release speaks: a server that
refuses an app as too old offers only releases that it will accept.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from bootcamp_core.models.base import now_default, uuid_pk

from .base import ServerBase


class Release(ServerBase):
    __tablename__ = "releases"
    __table_args__ = (sa.UniqueConstraint("platform", "version"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    platform: Mapped[str] = mapped_column(sa.String(32), index=True)  # linux-deb, windows-exe, macos-dmg
    version: Mapped[str] = mapped_column(sa.String(64))  # a PEP 440 version, compared as one
    sha256: Mapped[str] = mapped_column(sa.String(64))
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger())
    filename: Mapped[str] = mapped_column(sa.String(255))
    protocol: Mapped[int] = mapped_column(sa.Integer())
    signature: Mapped[str | None] = mapped_column(sa.Text())
    notes: Mapped[str | None] = mapped_column(sa.Text())
    published_at: Mapped[dt.datetime] = mapped_column(**now_default())
