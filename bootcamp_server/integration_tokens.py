"""A user's tokens for external services (Figma, GitHub, LinkedIn) and for the Fataplus platform, kept
encrypted (``secretbox``) in the seed's token columns, written only here.

Reads that leave the server (the sync change log, snapshots, exports, ``/me``) never include these
columns: they are ``info={"secret": True}`` in the schema, which the shared table registry leaves out.
``stored_tokens`` is the one way back to clear text, for the server's own calls to those services.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import ExternalServiceToken, FataplusIntegration, uuid7

from .audit import record
from .secretbox import SecretBox

SERVICE_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")
MAX_TOKEN_CHARS = 8192
TABLE = "external_service_tokens"
METADATA = (
    "id",
    "user_id",
    "service_name",
    "token_expires_at",
    "service_user_id",
    "is_active",
    "created_at",
    "updated_at",
)


class TokenInputError(ValueError):
    pass


@dataclass(frozen=True)
class TokenInput:
    access_token: str
    refresh_token: str | None
    expires_at: dt.datetime | None
    service_user_id: str | None


def check_service(name: str) -> str:
    if not SERVICE_RE.match(name):
        raise TokenInputError("a service name is 1-100 lowercase letters, digits, '.', '_' or '-'")
    return name


def parse_input(body: Any) -> TokenInput:
    if not isinstance(body, dict):
        raise TokenInputError("the body must be a JSON object")
    access = body.get("access_token")
    refresh = body.get("refresh_token")
    if not isinstance(access, str) or not access or len(access) > MAX_TOKEN_CHARS:
        raise TokenInputError(
            f"access_token must be a non-empty string of at most {MAX_TOKEN_CHARS} characters"
        )
    if refresh is not None and (
        not isinstance(refresh, str) or not refresh or len(refresh) > MAX_TOKEN_CHARS
    ):
        raise TokenInputError("refresh_token must be null or a non-empty string")
    expires: dt.datetime | None = None
    raw = body.get("expires_at")
    if raw is not None:
        try:
            expires = dt.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            raise TokenInputError("expires_at must be an ISO 8601 timestamp") from None
        if expires.tzinfo is None:
            raise TokenInputError("expires_at needs a time zone (end it with Z)")
        try:
            expires = expires.astimezone(dt.UTC)
        except OverflowError:  # year 1 at +01:00 is before year 1 in UTC
            raise TokenInputError("expires_at is out of range") from None
    service_user = body.get("service_user_id")
    if service_user is not None and (
        not isinstance(service_user, str) or len(service_user) > 255 or "\x00" in service_user
    ):
        raise TokenInputError("service_user_id must be null or a string of at most 255 characters (no NUL)")
    return TokenInput(access, refresh, expires, service_user)


def metadata(row: ExternalServiceToken) -> dict[str, Any]:
    def iso(v: dt.datetime | None) -> str | None:
        return None if v is None else v.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    return {
        "id": str(row.id),
        "service": row.service_name,
        "service_user_id": row.service_user_id,
        "token_expires_at": iso(row.token_expires_at),
        "is_active": bool(row.is_active),
        "has_refresh_token": row.refresh_token is not None,
        "updated_at": iso(row.updated_at),
    }


def _snapshot(row: ExternalServiceToken) -> dict[str, Any]:
    return {c: getattr(row, c) for c in METADATA}


def store(
    session: Session, box: SecretBox, user_id: uuid.UUID, service: str, given: TokenInput
) -> ExternalServiceToken:
    """Create or replace the caller's token for ``service`` (ciphertext only), audited without the secret."""
    row = session.scalar(
        sa.select(ExternalServiceToken).where(
            ExternalServiceToken.user_id == user_id, ExternalServiceToken.service_name == service
        )
    )
    before = None if row is None else _snapshot(row)
    now = dt.datetime.now(dt.UTC)
    if row is None:
        row = ExternalServiceToken(id=uuid7(), user_id=user_id, service_name=service, created_at=now)
        session.add(row)
    row.access_token = box.seal_column(TABLE, "access_token", row.id, given.access_token)
    row.refresh_token = box.seal_column(TABLE, "refresh_token", row.id, given.refresh_token)
    row.token_expires_at = given.expires_at
    row.service_user_id = given.service_user_id
    row.is_active = True
    row.updated_at = now
    session.flush()
    record(
        session,
        actor_id=user_id,
        action=f"{TABLE}.{'insert' if before is None else 'update'}",
        table=TABLE,
        row_id=row.id,
        before=before,
        after=_snapshot(row),
    )
    return row


def remove(session: Session, user_id: uuid.UUID, service: str) -> bool:
    row = session.scalar(
        sa.select(ExternalServiceToken).where(
            ExternalServiceToken.user_id == user_id, ExternalServiceToken.service_name == service
        )
    )
    if row is None:
        return False
    before = _snapshot(row)
    session.delete(row)
    session.flush()
    record(
        session, actor_id=user_id, action=f"{TABLE}.delete", table=TABLE, row_id=before["id"], before=before
    )
    return True


def stored_tokens(
    session: Session, box: SecretBox, user_id: uuid.UUID, service: str
) -> tuple[str, str | None] | None:
    """The clear tokens, for the server's own calls to the service; never sent to a client."""
    row = session.scalar(
        sa.select(ExternalServiceToken).where(
            ExternalServiceToken.user_id == user_id, ExternalServiceToken.service_name == service
        )
    )
    if row is None or row.access_token is None:
        return None
    access = box.open_column(TABLE, "access_token", row.id, row.access_token)
    assert access is not None
    return access, box.open_column(TABLE, "refresh_token", row.id, row.refresh_token)


def store_fataplus(
    session: Session,
    box: SecretBox,
    integration_id: uuid.UUID,
    access: str | None,
    refresh: str | None,
    expires_at: dt.datetime | None,
) -> None:
    """The platform link's tokens, encrypted the same way (for the Fataplus account sync)."""
    row = session.get(FataplusIntegration, integration_id)
    if row is None:
        raise LookupError("no such integration")
    row.access_token = box.seal_column("fataplus_integration", "access_token", row.id, access)
    row.refresh_token = box.seal_column("fataplus_integration", "refresh_token", row.id, refresh)
    row.token_expires_at = expires_at
    row.updated_at = dt.datetime.now(dt.UTC)
    session.flush()
