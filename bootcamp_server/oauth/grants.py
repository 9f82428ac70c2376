"""Authlib grants backed by the ``oauth_*`` tables: authorization code with PKCE (S256 only), refresh
with rotation and reuse detection, and revocation (RFC 7009).

An authorization code is single use, and a code presented again revokes every token issued from its first
use (RFC 6749 §4.1.2; OAuth 2.0 Security BCP, RFC 9700 §4.2.4): someone holds a copy of it. The code row is
claimed (``used_at``) in the same transaction that creates the sign-in's token family and records it on
the row (``family_id``), so a second presentation, sequential or concurrent, always finds the family to
revoke; tokens saved into a revoked family are dead from the start (``tokens.principal_for_token``).
Used codes are kept for ``USED_CODE_DAYS`` after they expire, then forgotten.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, ClassVar

import sqlalchemy as sa
from authlib.oauth2.rfc6749 import InvalidRequestError, grants
from authlib.oauth2.rfc6749.models import AuthorizationCodeMixin, TokenMixin
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge

from bootcamp_core.models import User

from ..db import SERVICE
from ..models import OAuthCode, OAuthToken, OAuthTokenFamily
from .tokens import now, revoke_family, token_hash, uuid7

USED_CODE_DAYS = 1


@dataclass
class UserRef:
    id: uuid.UUID

    def get_user_id(self) -> str:
        return str(self.id)


@dataclass
class CodeRecord(AuthorizationCodeMixin):
    code_hash: str
    user_id: uuid.UUID
    redirect_uri: str
    scope: str | None
    code_challenge: str
    code_challenge_method: str
    client_id: str = ""
    family_id: uuid.UUID | None = None  # the sign-in this code started, once claimed

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope or ""


@dataclass
class TokenRecord(TokenMixin):
    id: uuid.UUID
    family_id: uuid.UUID | None
    user_id: uuid.UUID
    client_id: str
    scope: str | None
    expires_at: dt.datetime | None
    kind: str  # "access_token" or "refresh_token"

    def check_client(self, client: Any) -> bool:
        return client.get_client_id() == self.client_id

    def get_scope(self) -> str:
        return self.scope or ""

    def get_expires_in(self) -> int:
        if self.expires_at is None:
            return 0
        return max(0, int((self.expires_at - now()).total_seconds()))

    def is_expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= now()

    def is_revoked(self) -> bool:
        return False

    def get_user(self) -> UserRef:
        return UserRef(self.user_id)

    def get_client(self) -> Any:
        from .clients import query_client

        return query_client(self.client_id)


class S256Only(CodeChallenge):
    """PKCE required, S256 only (RFC 9700 §2.1.1): a request without a challenge is refused up front."""

    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar[list[str]] = ["S256"]
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send code_challenge with code_challenge_method=S256")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("Unsupported 'code_challenge_method': only S256 is accepted")
        super().validate_code_challenge(grant, redirect_uri)


def _server(grant: Any) -> Any:
    return grant.server


class AuthorizationCodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]

    def save_authorization_code(self, code: str, request: Any) -> None:
        server = _server(self)
        data = request.payload.data
        with server.sdb.write(SERVICE) as s:
            s.execute(
                sa.delete(OAuthCode).where(OAuthCode.expires_at < now() - dt.timedelta(days=USED_CODE_DAYS))
            )
            s.add(
                OAuthCode(
                    code_hash=token_hash(code),
                    client_id=request.client.get_client_id(),
                    user_id=uuid.UUID(request.user.get_user_id()),
                    redirect_uri=request.payload.redirect_uri,
                    scope=request.scope,
                    code_challenge=data.get("code_challenge"),
                    code_challenge_method=data.get("code_challenge_method") or "S256",
                    created_at=now(),
                    expires_at=now() + dt.timedelta(seconds=server.settings.authorization_code_seconds),
                )
            )

    def query_authorization_code(self, code: str, client: Any) -> CodeRecord | None:
        h = token_hash(code)
        with _server(self).sdb.read(SERVICE) as s:
            row = s.get(OAuthCode, h)
            if row is None or row.client_id != client.get_client_id():
                return None
            if row.used_at is not None:
                used = True
            elif row.expires_at <= now():
                return None
            else:
                return CodeRecord(
                    row.code_hash,
                    row.user_id,
                    row.redirect_uri,
                    row.scope,
                    row.code_challenge,
                    row.code_challenge_method,
                    row.client_id,
                )
        if used:
            self._reused(h)
        return None

    def _reused(self, code_hash: str) -> None:
        """A used code came back: revoke the sign-in it started (module doc)."""
        with _server(self).sdb.write(SERVICE) as s:
            family = s.execute(
                sa.select(OAuthCode.family_id).where(OAuthCode.code_hash == code_hash)
            ).scalar()
            if family is not None:
                revoke_family(s, family, "authorization code reused")

    def delete_authorization_code(self, authorization_code: CodeRecord) -> None:
        """Kept, marked used (``authenticate_user``): a second presentation must find it to revoke."""

    def authenticate_user(self, authorization_code: CodeRecord) -> UserRef | None:
        # Single use: whoever claims the code first gets the tokens, in a family recorded on the code in the
        # same transaction (the claim locks the row until then); a later claim finds the code used and
        # revokes that family.
        with _server(self).sdb.write(SERVICE) as s:
            claimed = s.execute(
                sa.update(OAuthCode)
                .where(OAuthCode.code_hash == authorization_code.code_hash, OAuthCode.used_at.is_(None))
                .values(used_at=now())
            )
            if claimed.rowcount == 1:  # type: ignore[attr-defined]
                family = OAuthTokenFamily(
                    id=uuid7(),
                    user_id=authorization_code.user_id,
                    client_id=authorization_code.client_id,
                    created_at=now(),
                )
                s.add(family)
                s.flush()
                s.execute(
                    sa.update(OAuthCode)
                    .where(OAuthCode.code_hash == authorization_code.code_hash)
                    .values(family_id=family.id)
                )
                authorization_code.family_id = family.id
                active = s.execute(
                    sa.select(User.is_active).where(User.id == authorization_code.user_id)
                ).first()
        if authorization_code.family_id is None:
            self._reused(authorization_code.code_hash)
            return None
        if active is None or active.is_active is False:
            return None
        return UserRef(authorization_code.user_id)


def answer_lost(s: Any, row: OAuthToken) -> bool:
    """Was the rotation that spent ``row`` never received by the app that asked for it?

    A sync killed (or a link cut) after the server rotated the refresh token but before the app saved the
    new pair leaves the app holding the spent token. Revoking the sign-in for that would sign a learner out
    in a field for a flat battery. So when the spent token is the immediate predecessor of the family's
    newest token, and that successor was never used at all (neither its access token on a request nor its
    refresh token), the answer is taken as lost: the successor is withdrawn and the caller gets a fresh
    rotation. A withdrawn token does not count as a successor, so an answer may be lost again. Any use of
    the successor proves the answer arrived, and a later presentation of the spent token is reuse as
    before; a withdrawn refresh token presented later proves the answer reached someone, and revokes the
    sign-in too, so a thief who replays a spent token ahead of the app is cut off when the app next
    refreshes. RFC 9700 section 4.14.2 allows such a grace; Okta and Auth0 use a time window instead,
    which a link cut for hours would outlast. The caller holds the family row's lock, so two
    presentations are judged one after the other.
    """
    later = (
        s.execute(
            sa.select(OAuthToken)
            .where(OAuthToken.family_id == row.family_id, OAuthToken.issued_at >= row.issued_at)
            .where(OAuthToken.id != row.id, OAuthToken.withdrawn_at.is_(None))
            .order_by(OAuthToken.issued_at, OAuthToken.id)
        )
        .scalars()
        .all()
    )
    if len(later) != 1:
        return False
    successor = later[0]
    if successor.refresh_used_at or successor.access_used_at or successor.revoked_at:
        return False
    s.execute(
        sa.update(OAuthToken)
        .where(OAuthToken.id == successor.id)
        .values(withdrawn_at=now(), revoked_at=now())
    )
    return True


class RefreshTokenGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = ["none"]
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> TokenRecord | None:
        h = token_hash(refresh_token)
        with _server(self).sdb.write(SERVICE) as s:
            row = s.execute(
                sa.select(OAuthToken).where(OAuthToken.refresh_token_hash == h)
            ).scalar_one_or_none()
            if row is None or row.family_id is None:
                return None
            # One refresh of a sign-in at a time: the family row is locked until this transaction ends.
            family = s.get(OAuthTokenFamily, row.family_id, with_for_update=True)
            if family is None or family.revoked_at is not None:
                return None
            s.refresh(row)  # as it stands now that the family is locked
            if row.withdrawn_at is not None:
                revoke_family(s, family.id, "a withdrawn refresh token was presented")
                return None
            # Claim the token atomically: a second presentation of a rotated token is reuse, and
            # revokes every token of the family (a thief and the app cannot both keep going) -- unless
            # the answer to the first presentation was evidently lost (``answer_lost``).
            claimed = s.execute(
                sa.update(OAuthToken)
                .where(OAuthToken.id == row.id, OAuthToken.refresh_used_at.is_(None))
                .values(refresh_used_at=now())
            )
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                if not answer_lost(s, row):
                    revoke_family(s, family.id, "refresh token reused")
                    return None
            elif row.revoked_at is not None:
                return None
            if row.refresh_expires_at is None or row.refresh_expires_at <= now():
                return None
            return TokenRecord(
                row.id,
                row.family_id,
                row.user_id,
                row.client_id,
                row.scope,
                row.refresh_expires_at,
                "refresh_token",
            )

    def authenticate_user(self, refresh_token: TokenRecord) -> UserRef | None:
        with _server(self).sdb.read(SERVICE) as s:
            active = s.execute(sa.select(User.is_active).where(User.id == refresh_token.user_id)).first()
        return (
            UserRef(refresh_token.user_id) if active is not None and active.is_active is not False else None
        )

    def revoke_old_credential(self, refresh_token: TokenRecord) -> None:
        # The refresh token was marked used when it was claimed; its access token ends with it.
        with _server(self).sdb.write(SERVICE) as s:
            s.execute(sa.update(OAuthToken).where(OAuthToken.id == refresh_token.id).values(revoked_at=now()))


class Revocation(RevocationEndpoint):
    CLIENT_AUTH_METHODS: ClassVar[list[str]] = ["none"]

    def query_token(self, token_string: str, token_type_hint: str | None) -> TokenRecord | None:
        h = token_hash(token_string)
        with self.server.sdb.read(SERVICE) as s:
            order = (
                ("refresh_token", "access_token")
                if token_type_hint == "refresh_token"
                else ("access_token", "refresh_token")
            )
            for kind in order:
                column = (
                    OAuthToken.refresh_token_hash if kind == "refresh_token" else OAuthToken.access_token_hash
                )
                row = s.execute(sa.select(OAuthToken).where(column == h)).scalar_one_or_none()
                if row is not None:
                    return TokenRecord(
                        row.id,
                        row.family_id,
                        row.user_id,
                        row.client_id,
                        row.scope,
                        row.access_expires_at,
                        kind,
                    )
        return None

    def revoke_token(self, token: TokenRecord, request: Any) -> None:
        with self.server.sdb.write(SERVICE) as s:
            if token.kind == "refresh_token" and token.family_id is not None:
                revoke_family(s, token.family_id, "revoked by the client")
            else:
                s.execute(sa.update(OAuthToken).where(OAuthToken.id == token.id).values(revoked_at=now()))
