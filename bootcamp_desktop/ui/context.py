"""What every screen gets: the workspace (replica, settings, blobs) and who is signed in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import sqlalchemy as sa

from bootcamp_desktop.models import User, UserRole
from bootcamp_desktop.services.workspace import Workspace


@dataclass
class AppContext:
    workspace: Workspace
    user_id: uuid.UUID | None
    full_name: str = ""
    roles: set[str] = field(default_factory=set)

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> AppContext:
        uid = workspace.settings.current_user_id
        name, roles = "", set()
        if uid is not None:
            with workspace.db.session() as s:
                user = s.get(User, uid)
                if user is not None:
                    name = user.full_name
                    roles = set(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == uid)))
        return cls(workspace, uid, name, roles or {"learner"})

    @property
    def db(self):  # type: ignore[no-untyped-def]
        return self.workspace.db
