"""``server_settings``: small key/value facts of one database. A server keeps its stable ``server_id``
there; a replica its USB device key and the server keys it pinned (``bootcamp_desktop/sync/usb_keys.py``).
Never synced."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ServerSetting(Base):
    __tablename__ = "server_settings"

    key: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    value: Mapped[str]
