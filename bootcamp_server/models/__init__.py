"""The server's own tables, never on a replica: sign-in (``auth``), who uploaded which blob, the app's
releases, and the server's side of the sync with the audit log (``sync_log``). The shared tables are
``bootcamp_core.models``; ``METADATA`` is everything a server database holds, and ``MIGRATIONS`` what
makes it: the shared chain and the server's own branch (``bootcamp_server/migrations/versions``, label
``server``)."""

from __future__ import annotations

from pathlib import Path

from bootcamp_core.models import Base
from bootcamp_core.models.migrate import Migrations

from .auth import BlobUpload, LoginAttempt, OAuthCode, OAuthToken, OAuthTokenFamily, PasswordCredential
from .base import ServerBase
from .releases import Release
from .sync_clients import SyncClientRecord
from .sync_log import AppliedMutation, AuditLog, ChangeLogEntry, SyncCounter

METADATA = (Base.metadata, ServerBase.metadata)
MIGRATIONS = Migrations(
    branches=(Path(__file__).resolve().parents[1] / "migrations" / "versions",), metadata=METADATA
)

__all__ = [
    "METADATA",
    "MIGRATIONS",
    "AppliedMutation",
    "AuditLog",
    "BlobUpload",
    "ChangeLogEntry",
    "LoginAttempt",
    "OAuthCode",
    "OAuthToken",
    "OAuthTokenFamily",
    "PasswordCredential",
    "Release",
    "ServerBase",
    "SyncClientRecord",
    "SyncCounter",
]
