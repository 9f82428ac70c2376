"""The login page of the authorization endpoint: email and password, CSRF-protected, rate-limited.

CSRF: a double-submit token (a random value in an HttpOnly, SameSite=Strict cookie and in the form).
Rate limit: at most ``Settings.login_attempts_per_minute`` password checks per (client IP, email) in any
minute that did not end in a sign-in; the next try is answered 429, a right password included. The count
lives in the database, so every worker agrees, and is decided atomically: ``reserve_attempt`` counts and
records an attempt in one transaction that holds a lock on the key (a transaction-level advisory lock on
PostgreSQL; on SQLite the write transaction itself, ``BEGIN IMMEDIATE``), *before* the password is checked.
A dozen requests arriving at the same instant therefore get at most the limit of checks, not a dozen; a
right password gives its attempt back (``forget_attempt``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import html
import secrets
from importlib import resources
from string import Template

import sqlalchemy as sa

from bootcamp_core.models import User

from ..db import SERVICE, ServerDB
from ..models import LoginAttempt, PasswordCredential
from .grants import UserRef
from .passwords import verify_password
from .tokens import now

CSRF_COOKIE = "bootcamp_csrf"


def _template(name: str) -> Template:
    return Template(resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8"))


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie: str | None, form_value: str | None) -> bool:
    return bool(cookie and form_value and hmac.compare_digest(cookie, form_value))


def login_page(*, action: str, csrf: str, client: str, email: str = "", error: str | None = None) -> str:
    return _template("login.html").substitute(
        action=html.escape(action, quote=True),
        csrf=html.escape(csrf, quote=True),
        client=html.escape(client),
        email=html.escape(email, quote=True),
        error=f'<p class="error" role="alert">{html.escape(error)}</p>' if error else "",
    )


def message_page(title: str, message: str) -> str:
    return _template("message.html").substitute(title=html.escape(title), message=html.escape(message))


def _key(ip: str, email: str) -> str:
    return hashlib.sha256(f"{ip}|{email.strip().lower()}".encode()).hexdigest()


def reserve_attempt(sdb: ServerDB, ip: str, email: str, limit: int) -> int | None:
    """Record an attempt for (``ip``, ``email``) and return its id, or None when ``limit`` attempts were
    recorded in the last minute already: counted and recorded under one lock on the key (module doc)."""
    key = _key(ip, email)
    with sdb.write(SERVICE) as s:
        if sdb.is_pg:
            lock = int.from_bytes(bytes.fromhex(key[:16]), "big", signed=True)
            s.execute(sa.select(sa.func.pg_advisory_xact_lock(lock)))
        count = s.execute(
            sa.select(sa.func.count()).where(
                LoginAttempt.key_hash == key, LoginAttempt.attempted_at > now() - dt.timedelta(minutes=1)
            )
        ).scalar()
        if (count or 0) >= limit:
            return None
        attempt = LoginAttempt(key_hash=key, attempted_at=now())
        s.add(attempt)
        s.flush()
        # Forget attempts older than a day.
        s.execute(sa.delete(LoginAttempt).where(LoginAttempt.attempted_at < now() - dt.timedelta(days=1)))
        return attempt.id


def forget_attempt(sdb: ServerDB, attempt_id: int) -> None:
    """A sign-in succeeded: its attempt does not count against the limit."""
    with sdb.write(SERVICE) as s:
        s.execute(sa.delete(LoginAttempt).where(LoginAttempt.id == attempt_id))


def check_credentials(sdb: ServerDB, email: str, password: str) -> UserRef | None:
    if "\x00" in email:  # no address holds one, and PostgreSQL text cannot compare with one
        verify_password(None, password)  # the same time as an unknown address
        return None
    with sdb.read(SERVICE) as s:
        row = s.execute(
            sa.select(User.id, User.is_active, PasswordCredential.password_hash)
            .join(PasswordCredential, PasswordCredential.user_id == User.id, isouter=True)
            .where(sa.func.lower(User.email) == email.strip().lower())
        ).first()
    stored = row.password_hash if row is not None else None
    if not verify_password(stored, password) or row is None or row.is_active is False:
        return None
    return UserRef(row.id)
