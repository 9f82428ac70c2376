"""``bootcamp-server create-user`` (password on standard input) and ``issue-token`` (prints a token that
the API accepts), through a real subprocess and through ``main()``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from bootcamp_core.models import User, UserRole
from bootcamp_server.cli import main
from bootcamp_server.db import ServerDB
from bootcamp_server.models import AuditLog

from .conftest import auth

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _keep_logging() -> object:
    """``main()`` configures logging for a process; give the test run its handlers back."""
    import logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_create_user_then_issue_token(pg_url: str, sdb: ServerDB, http: httpx.Client) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bootcamp_server",
            "create-user",
            "ops@example.org",
            "--role",
            "instructor",
            "--role",
            "facilitator",
            "--name",
            "Ops Person",
            "--database-url",
            pg_url,
        ],
        input="a long enough password\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "created ops@example.org" in done.stdout
    with sdb.owner() as s:
        user = s.execute(sa.select(User).where(User.email == "ops@example.org")).scalar_one()
        roles = set(s.scalars(sa.select(UserRole.role).where(UserRole.user_id == user.id)))
        audited = s.execute(
            sa.select(sa.func.count()).where(
                AuditLog.action == "user_roles.grant", AuditLog.row_id == user.id
            )
        ).scalar()
    assert user.full_name == "Ops Person" and roles == {"instructor", "facilitator"} and audited == 2

    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        assert main(["issue-token", "ops@example.org", "--database-url", pg_url]) == 0
    finally:
        sys.stdout = old
    token = out.getvalue().strip()
    me = http.get("/api/v1/me", headers=auth(token))
    assert me.status_code == 200 and me.json()["roles"] == ["facilitator", "instructor"]


def test_cli_errors(pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["issue-token", "nobody@example.org", "--database-url", pg_url]) == 2
    assert "no user" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO("short\n"))
    assert main(["create-user", "weak@example.org", "--database-url", pg_url]) == 2
    assert "at least" in capsys.readouterr().err


def test_migrate_is_idempotent(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["migrate", "--database-url", pg_url]) == 0
    assert main(["migrate", "--database-url", pg_url]) == 0
    assert "up to date" in capsys.readouterr().out


@pytest.mark.slow
def test_seed_demo_says_who_to_sign_in_as(tmp_path: Path) -> None:
    """A new user trying a server needs an account per role; seed-demo prints them with the password, and
    each can sign in with it."""
    from bootcamp_core.demo import DEMO_PASSWORD
    from bootcamp_server.models.auth import PasswordCredential
    from bootcamp_server.oauth.passwords import verify_password

    url = f"sqlite:///{tmp_path / 'server.db'}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bootcamp_server",
            "seed-demo",
            "--database-url",
            url,
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    listed = {
        line.split()[0]: line.split()[1] for line in done.stdout.split("sign in as:")[1].strip().splitlines()
    }
    assert set(listed) == {"learner", "instructor", "facilitator", "admin"}
    assert repr(DEMO_PASSWORD) in done.stdout
    sdb = ServerDB(
        __import__("bootcamp_server.settings", fromlist=["Settings"]).Settings(
            database_url=url, data_dir=tmp_path / "data"
        )
    )
    with sdb.owner() as s:
        roles = {
            email: set(
                s.scalars(
                    sa.select(UserRole.role)
                    .join(User, User.id == UserRole.user_id)
                    .where(User.email == email)
                )
            )
            for email in listed.values()
        }
        hashes = dict(
            s.execute(
                sa.select(User.email, PasswordCredential.password_hash).join(
                    PasswordCredential, PasswordCredential.user_id == User.id
                )
            ).all()
        )
    sdb.dispose()
    assert all(verify_password(hashes.get(email), DEMO_PASSWORD) for email in listed.values())
    for role, email in listed.items():
        assert role in roles[email], f"{email} is listed as {role} but holds {roles[email]}"
