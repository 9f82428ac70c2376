"""Server-only tables of the sign-in service (``bootcamp_server.oauth``). Never synced, never on a replica.

- ``auth_passwords``: the argon2id hash of a user's password (one per user).
- ``oauth_codes``: authorization codes of the code + PKCE flow, stored as sha256 hashes; single use. A used
  code is kept (``used_at``, and the sign-in ``family_id`` it started) for a day after it expires, so that
  presenting it again revokes every token issued from it (RFC 6749 §4.1.2, RFC 9700 §4.2.4 of the BCP).
- ``oauth_token_families``: one per sign-in; every refresh rotates inside the family, and a refresh
  token used twice revokes the whole family (reuse detection, RFC 9700 §4.14.2).
- ``oauth_tokens``: issued access tokens (and the refresh token issued with them), stored as sha256
  hashes only: a database leak does not leak usable tokens.
- ``auth_login_attempts``: failed sign-ins per (IP, email) key, for rate limiting across workers.
- ``blob_uploads``: who uploaded which blob (all its bytes, verified by sha256): what lets a push name it.

Their metadata is the server's own (``ServerBase``), so no replica ever creates, migrates or backs them up;
their references to ``users`` point at the core's table object.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from bootcamp_core.models.base import now_default, uuid_pk

from .base import USERS_ID, ServerBase


class PasswordCredential(ServerBase):
    __tablename__ = "auth_passwords"

    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(USERS_ID, ondelete="CASCADE"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    updated_at: Mapped[dt.datetime] = mapped_column(**now_default())


class OAuthCode(ServerBase):
    __tablename__ = "oauth_codes"

    code_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    client_id: Mapped[str] = mapped_column(sa.String(100))
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(USERS_ID, ondelete="CASCADE"), index=True)
    redirect_uri: Mapped[str]
    scope: Mapped[str | None]
    code_challenge: Mapped[str] = mapped_column(sa.String(128))
    code_challenge_method: Mapped[str] = mapped_column(sa.String(10))
    created_at: Mapped[dt.datetime] = mapped_column(**now_default())
    expires_at: Mapped[dt.datetime]
    used_at: Mapped[dt.datetime | None]
    family_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("oauth_token_families.id", ondelete="SET NULL")
    )


class OAuthTokenFamily(ServerBase):
    __tablename__ = "oauth_token_families"

    id: Mapped[uuid.UUID] = uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(USERS_ID, ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(sa.String(100))
    created_at: Mapped[dt.datetime] = mapped_column(**now_default())
    revoked_at: Mapped[dt.datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(sa.String(100))


class OAuthToken(ServerBase):
    __tablename__ = "oauth_tokens"

    id: Mapped[uuid.UUID] = uuid_pk()
    family_id: Mapped[uuid.UUID | None] = mapped_column(
        sa.ForeignKey("oauth_token_families.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(sa.ForeignKey(USERS_ID, ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(sa.String(100))
    scope: Mapped[str | None]
    access_token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    refresh_token_hash: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    issued_at: Mapped[dt.datetime] = mapped_column(**now_default())
    access_expires_at: Mapped[dt.datetime]
    refresh_expires_at: Mapped[dt.datetime | None]
    # Set when the refresh token was exchanged for a new pair (rotation); a second use is reuse.
    refresh_used_at: Mapped[dt.datetime | None]
    # Set on the first request made with the access token: proof the app received this pair
    # (``bootcamp_server.oauth.grants.answer_lost``).
    access_used_at: Mapped[dt.datetime | None]
    # Set when a refresh was answered again because this pair evidently never arrived.
    withdrawn_at: Mapped[dt.datetime | None]
    revoked_at: Mapped[dt.datetime | None]


class LoginAttempt(ServerBase):
    __tablename__ = "auth_login_attempts"
    __table_args__ = (sa.Index("ix_auth_login_attempts_key_at", "key_hash", "attempted_at"),)

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True)
    key_hash: Mapped[str] = mapped_column(sa.String(64))
    attempted_at: Mapped[dt.datetime] = mapped_column(**now_default())


class BlobUpload(ServerBase):
    """One person's complete, verified upload of a blob. A push may name (``blob:sha256:``) only blobs its
    author uploaded or may already download (``bootcamp_server/blob_access.py``)."""

    __tablename__ = "blob_uploads"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(
        sa.ForeignKey(USERS_ID, ondelete="CASCADE"), primary_key=True, index=True
    )
    uploaded_at: Mapped[dt.datetime] = mapped_column(**now_default())
