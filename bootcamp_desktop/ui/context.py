"""What every screen gets: the workspace (replica, settings, blobs) and who is signed in."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa

from bootcamp_core.models import User, UserRole
from bootcamp_desktop.services import sync_ops
from bootcamp_desktop.services.workspace import Workspace


@dataclass
class AppContext:
    workspace: Workspace
    user_id: uuid.UUID | None
    full_name: str = ""
    roles: set[str] = field(default_factory=set)
    # False when signed in but the replica does not hold the user yet (before the first sync).
    ready: bool = True
    # The user's timezone (users.timezone): every time is stored in UTC and shown in this zone.
    timezone: str = "UTC"
    # How lesson media is fetched for offline use: ``services.downloads.Downloader``. The window sets it
    # when a server is configured (the sync engine's ``download_many``); None means "no server".
    downloader: Callable[..., int] | None = None

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> AppContext:
        uid = workspace.settings.current_user_id
        name, roles, timezone, ready = "", set(), "UTC", True
        if uid is not None:
            with workspace.db.session() as s:
                user = s.get(User, uid)
                if user is not None:
                    name = user.full_name
                    timezone = user.timezone or "UTC"
                    roles = set(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == uid)))
                else:
                    ready = False
        downloader = sync_ops.downloader_for(workspace) if workspace.settings.server_url else None
        return cls(
            workspace, uid, name, roles or {"learner"}, ready=ready, timezone=timezone, downloader=downloader
        )

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.workspace.db
