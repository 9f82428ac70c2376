"""Server-only: the replicas that sync with this server, one row per user and replica (``sync_clients``).

What the facilitator's cohort screen shows of each learner live in the room: when their app last synced
with this server, how much it has received and sent, and which version of the app it runs. Written by the
sync routes (``bootcamp_server/sync/presence.py``): at most one upsert per pull or push request, and a pull
that brings nothing writes at most once a minute per replica. Never synced, never on a replica.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from bootcamp_core.models.base import now_default, uuid_pk

from .base import USERS_ID, ServerBase


class SyncClientRecord(ServerBase):
    __tablename__ = "sync_clients"
    __table_args__ = (sa.UniqueConstraint("user_id", "client_id"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(USERS_ID, ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(
        sa.String(64)
    )  # the replica's id (Bootcamp-Client), "" if not sent
    app_version: Mapped[str | None] = mapped_column(sa.String(64))  # from its User-Agent
    platform: Mapped[str | None] = mapped_column(sa.String(32))  # Bootcamp-Platform
    protocol: Mapped[int | None] = mapped_column(sa.Integer())
    first_seen_at: Mapped[dt.datetime] = mapped_column(**now_default())
    last_seen_at: Mapped[dt.datetime] = mapped_column(**now_default())  # its latest pull or push
    last_pull_at: Mapped[dt.datetime | None] = mapped_column()
    last_push_at: Mapped[dt.datetime | None] = mapped_column()
    pulled_changes: Mapped[int] = mapped_column(
        sa.BigInteger(), default=0, server_default="0"
    )  # rows received
    pushed_mutations: Mapped[int] = mapped_column(
        sa.BigInteger(), default=0, server_default="0"
    )  # applied here
    refused_mutations: Mapped[int] = mapped_column(sa.BigInteger(), default=0, server_default="0")
