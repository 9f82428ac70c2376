"""No secret on disk: every token issued during a real sign-in and sync, and an external service
token, is found neither in any file of the replica's data directory nor in a dump of the server's
whole database (issue 7, part 2)."""

from __future__ import annotations

import secrets
import shutil
import subprocess
from pathlib import Path

import sqlalchemy as sa

from bootcamp_core.models import Base, ExternalServiceToken
from bootcamp_desktop.services import external_tokens, sync_ops
from bootcamp_desktop.services.backup import make_backup
from bootcamp_desktop.sync.tokens import TokenStore
from bootcamp_server.secretbox import KEY_FILE
from tests.sync.live import LiveServer, new_replica, sync

from .conftest import PASSWORD, files_holding, new_learner, run


def server_dump(live: LiveServer) -> bytes:
    """Every row of every table of the server's database, as pg_dump writes it (plain SQL)."""
    url = sa.make_url(live.settings.database_url).set(drivername="postgresql")
    assert shutil.which("pg_dump"), "pg_dump is needed to dump the server database"
    done = subprocess.run(
        ["pg_dump", "--data-only", "--no-owner", "--dbname", url.render_as_string(hide_password=False)],
        capture_output=True,
        check=True,
        timeout=300,
    )
    assert b"COPY public.users" in done.stdout and b"COPY public.external_service_tokens" in done.stdout
    return done.stdout


def replica_text(ws) -> str:  # type: ignore[no-untyped-def]
    """Every value of every table of the replica, decrypted, as text."""
    out = []
    with ws.db.session() as s:
        for table in Base.metadata.sorted_tables:
            out += [repr(tuple(row)) for row in s.execute(sa.select(table))]
    return "\n".join(out)


def test_no_token_in_clear_in_the_data_directory_or_the_server_database(
    live: LiveServer, tmp_path: Path, memory_keyring
) -> None:  # type: ignore[no-untyped-def]
    person = new_learner(live)
    ws = new_replica(live, tmp_path / "replica", person.email, PASSWORD)
    try:
        store = TokenStore(live.url, ws.settings.replica_id)
        issued: dict[str, str] = {}

        def remember(when: str) -> None:
            tokens = store.load()
            assert tokens is not None and tokens.refresh_token
            issued[f"access token ({when})"] = tokens.access_token
            issued[f"refresh token ({when})"] = tokens.refresh_token

        remember("sign-in")
        sync(ws)

        async def refresh() -> None:
            async with sync_ops.client_for(ws) as client:
                await client.access_token(force_refresh=True)

        run(refresh())  # a rotation: a new access and refresh token
        remember("refresh")
        figma = external_tokens.ExternalToken(
            "figma",
            "figd_" + secrets.token_urlsafe(32),
            "figr_" + secrets.token_urlsafe(32),
            "2027-01-01T00:00:00Z",
            "hasina-f",
        )
        answer = run(external_tokens.connect(ws, figma))
        assert "access_token" not in answer and answer["has_refresh_token"] is True
        issued["external access token"] = figma.access_token
        issued["external refresh token"] = figma.refresh_token  # type: ignore[assignment]
        sync(ws)
        remember("after sync")
        make_backup(ws)  # backups are files of the data directory too

        # The current tokens exist (in the keyring; earlier ones were rotated away), and the replica knows
        # of the connection, as metadata only.
        ring = "\n".join(memory_keyring.entries.values())
        current = [
            issued["access token (after sync)"],
            issued["refresh token (after sync)"],
            figma.access_token,
        ]
        assert all(token in ring for token in current)
        assert external_tokens.load_local(ws, "figma") == figma
        with ws.db.session() as s:
            row = s.scalar(
                sa.select(ExternalServiceToken).where(ExternalServiceToken.user_id == person.user_id)
            )
        assert row is not None and row.service_name == "figma" and row.service_user_id == "hasina-f"
        assert row.access_token is None and row.refresh_token is None

        needles = {name: token.encode() for name, token in issued.items()}
        assert files_holding(ws.directory, needles) == []
        decrypted = replica_text(ws)
        assert [name for name, token in issued.items() if token in decrypted] == []

        dump = server_dump(live)
        assert [name for name, needle in needles.items() if needle in dump] == []
        assert b"enc:v1:" in dump, "the external token is in the server database, encrypted"
        assert files_holding(live.settings.data_dir, needles) == []
        key = live.settings.data_dir / KEY_FILE
        assert key.stat().st_mode & 0o777 == 0o600
    finally:
        ws.close()
