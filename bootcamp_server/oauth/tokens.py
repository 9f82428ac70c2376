"""Access and refresh tokens: opaque random strings (256 bits), stored only as sha256 hashes.

An access token lives ``Settings.access_token_seconds`` (15 minutes); a refresh token
``refresh_token_seconds`` (30 days) and is single-use: each refresh rotates it within its family, and a
refresh token presented a second time revokes the whole family (every token of that sign-in).
``issue_access_token`` makes a token without a refresh token, for automation (``bootcamp-server
issue-token``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from bootcamp_core.models import uuid7

from ..access.principal import Principal, load_principal
from ..db import SERVICE, ServerDB
from ..models import OAuthToken, OAuthTokenFamily

CLI_CLIENT_ID = "bootcamp-server-cli"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class IssuedToken:
    access_token: str
    expires_in: int
    refresh_token: str | None = None


def store_token(
    session: Session,
    *,
    user_id: uuid.UUID,
    client_id: str,
    scope: str | None,
    family_id: uuid.UUID | None,
    access_seconds: int,
    refresh_seconds: int | None,
    access_token: str,
    refresh_token: str | None,
) -> OAuthToken:
    t = now()
    row = OAuthToken(
        id=uuid7(),
        family_id=family_id,
        user_id=user_id,
        client_id=client_id,
        scope=scope,
        access_token_hash=token_hash(access_token),
        refresh_token_hash=token_hash(refresh_token) if refresh_token else None,
        issued_at=t,
        access_expires_at=t + dt.timedelta(seconds=access_seconds),
        refresh_expires_at=t + dt.timedelta(seconds=refresh_seconds)
        if refresh_token and refresh_seconds
        else None,
    )
    session.add(row)
    session.flush()
    return row


def issue_access_token(
    session: Session, user_id: uuid.UUID, seconds: int, scope: str = "sync"
) -> IssuedToken:
    token = new_token()
    store_token(
        session,
        user_id=user_id,
        client_id=CLI_CLIENT_ID,
        scope=scope,
        family_id=None,
        access_seconds=seconds,
        refresh_seconds=None,
        access_token=token,
        refresh_token=None,
    )
    return IssuedToken(access_token=token, expires_in=seconds)


def revoke_family(session: Session, family_id: uuid.UUID, reason: str) -> None:
    t = now()
    session.execute(
        sa.update(OAuthTokenFamily)
        .where(OAuthTokenFamily.id == family_id, OAuthTokenFamily.revoked_at.is_(None))
        .values(revoked_at=t, revoked_reason=reason)
    )
    session.execute(
        sa.update(OAuthToken)
        .where(OAuthToken.family_id == family_id, OAuthToken.revoked_at.is_(None))
        .values(revoked_at=t)
    )


def principal_for_token(sdb: ServerDB, token: str) -> Principal | None:
    """The user an access token was issued to, if it is valid now. The token's first use is recorded
    (``OAuthToken.access_used_at``): one write per token, proof that its pair reached the app."""
    h = token_hash(token)
    with sdb.read(SERVICE) as s:
        row = s.execute(
            sa.select(
                OAuthToken.id, OAuthToken.user_id, OAuthToken.family_id, OAuthToken.access_used_at
            ).where(
                OAuthToken.access_token_hash == h,
                OAuthToken.revoked_at.is_(None),
                OAuthToken.access_expires_at > now(),
            )
        ).first()
        if row is None:
            return None
        if row.family_id is not None:
            revoked = s.execute(
                sa.select(OAuthTokenFamily.revoked_at).where(OAuthTokenFamily.id == row.family_id)
            ).scalar()
            if revoked is not None:
                return None
        principal = load_principal(s, row.user_id)
    if row.access_used_at is None and row.family_id is not None:
        with sdb.write(SERVICE) as w:
            w.execute(
                sa.update(OAuthToken)
                .where(OAuthToken.id == row.id, OAuthToken.access_used_at.is_(None))
                .values(access_used_at=now())
            )
    return principal
