"""Signing in where the computer has no keyring, and where it has a real one (issue 13, must-have 2).

Each replica is a separate ``bootcamp-desktop`` process, signed in through the real server's login
form: with no keyring backend at all (``keyring.backends.fail.Keyring``, what a Linux without a Secret
Service gets), and with a real Secret Service (gnome-keyring under ``dbus-run-session``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked

from bootcamp_core.demo import DEMO_LEARNER_EMAIL
from bootcamp_core.models.db import is_sqlite_file
from bootcamp_desktop.replica import replica_path
from bootcamp_desktop.services.account import sign_in
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync.errors import SignedOutError

from .live import LiveServer, browser

ROOT = Path(__file__).resolve().parents[2]
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
PASSPHRASE = "mango season 2026"


def _env(directory: Path, extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "BOOTCAMP_PASSPHRASE"}
    env.update({"BOOTCAMP_DATA_DIR": str(directory), "PYTHONPATH": str(ROOT), **extra})
    return env


def cli(directory: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bootcamp_desktop", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(directory, env),
        stdin=subprocess.DEVNULL,
    )


def login(
    directory: Path, live: LiveServer, env: dict[str, str], *extra: str, prefix: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``bootcamp-desktop login --no-browser``, with a person signing in at the address it prints."""
    argv = [
        *(prefix or []),
        sys.executable,
        "-m",
        "bootcamp_desktop",
        "login",
        "--server",
        live.url,
        "--no-browser",
        "--timeout",
        "120",
        *extra,
    ]
    proc = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=_env(directory, env),
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    if url.startswith("http"):
        browser(DEMO_LEARNER_EMAIL)(url)
    out, err = proc.communicate(timeout=180)
    return subprocess.CompletedProcess(argv, proc.returncode, url + "\n" + out, err)


def test_no_keyring_is_said_before_the_browser_opens(live: LiveServer, tmp_path: Path) -> None:
    directory = tmp_path / "no-keyring"
    refused = login(directory, live, NO_KEYRING)
    assert refused.returncode == 4, refused.stderr
    assert not refused.stdout.strip(), "no sign-in address may be shown when the sign-in could not be kept"
    assert "no system keyring" in refused.stderr and "--passphrase-vault" in refused.stderr
    assert not (directory / "vault.json").exists()


def test_the_passphrase_vault_keeps_the_sign_in_and_encrypts_the_replica(
    live: LiveServer, tmp_path: Path
) -> None:
    directory = tmp_path / "vault"
    with_pass = {**NO_KEYRING, "BOOTCAMP_PASSPHRASE": PASSPHRASE}
    signed = login(directory, live, with_pass, "--passphrase-vault")
    assert signed.returncode == 0, signed.stderr
    vault = (directory / "vault.json").read_text()
    assert "access_token" not in vault and "refresh_token" not in vault and json.loads(vault)["ciphertext"]
    assert oct((directory / "vault.json").stat().st_mode & 0o777) == "0o600"

    synced = cli(directory, "sync", env=with_pass)
    assert synced.returncode == 0, synced.stderr
    assert "received" in synced.stderr
    assert not is_sqlite_file(replica_path(directory)), (
        "a signed-in replica is encrypted, its key in the vault"
    )

    locked = cli(directory, "sync", env=NO_KEYRING)
    assert locked.returncode == 4 and "protected by a passphrase" in locked.stderr
    wrong = cli(directory, "sync", env={**NO_KEYRING, "BOOTCAMP_PASSPHRASE": "not the passphrase"})
    assert wrong.returncode == 4 and "wrong passphrase" in wrong.stderr
    again = cli(directory, "sync", env=with_pass)
    assert again.returncode == 0 and "0 received" in again.stderr


class _LockedKeyring(KeyringBackend):
    """A keyring that can be read but refuses to store (a locked collection): the edge we cannot reach."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.offered: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.offered.append(password)
        raise KeyringLocked("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        return None


def test_a_sign_in_that_cannot_be_kept_is_revoked_at_the_server(live: LiveServer, tmp_path: Path) -> None:
    import keyring

    locked = _LockedKeyring()
    keyring.set_keyring(locked)
    ws = open_workspace(tmp_path / "locked", demo_if_empty=False)
    try:
        with pytest.raises(Exception):  # noqa: B017 - the keyring's own error reaches the caller
            sign_in(ws, live.url, open_browser=False, show_url=browser(DEMO_LEARNER_EMAIL), timeout=60)
    finally:
        ws.close()
    tokens = [json.loads(t) for t in locked.offered if t.startswith("{")]
    assert tokens, "the sign-in reached the token exchange"
    for t in tokens:
        me = httpx.get(f"{live.url}/api/v1/me", headers={"Authorization": f"Bearer {t['access_token']}"})
        assert me.status_code == 401, "the access token of a sign-in nobody holds must be revoked"
        refreshed = httpx.post(
            f"{live.url}/oauth/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": t["refresh_token"],
                "client_id": "bootcamp-desktop",
            },
        )
        assert refreshed.status_code == 400, "so must its refresh token"
    with pytest.raises(SignedOutError):
        from bootcamp_desktop.services.secret_storage import require_storage

        keyring.set_keyring(__import__("keyring.backends.fail", fromlist=["Keyring"]).Keyring())
        require_storage(tmp_path / "locked")


def _gnome_keyring() -> list[str]:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.fail(
                f"{tool} is missing: .ci/run installs gnome-keyring and dbus for this test", pytrace=False
            )
    return [
        "dbus-run-session",
        "--",
        "sh",
        "-c",
        'echo -n ring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"',
        "sh",
    ]


def test_a_real_secret_service_keeps_the_sign_in(live: LiveServer, tmp_path: Path) -> None:
    """Under a real Secret Service the same journey works with no passphrase, and no vault is made.

    The login, the sync and a look at the keyring share one D-Bus session, so one shell runs them; its
    first line of output is the sign-in address the login prints."""
    directory = tmp_path / "secret-service"
    runner = tmp_path / "journey.sh"
    runner.write_text(
        '#!/bin/sh\nset -e\n"$PY" -m bootcamp_desktop login --server "$SERVER" --no-browser --timeout 120\n'
        '"$PY" -m bootcamp_desktop sync\n'
        '"$PY" -c "import keyring; print(type(keyring.get_keyring()).__module__)"\n'
    )
    runner.chmod(0o755)
    env = _env(directory, {"SERVER": live.url, "PY": sys.executable})
    env.pop("PYTHON_KEYRING_BACKEND", None)
    proc = subprocess.Popen(
        [*_gnome_keyring(), str(runner)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().strip()
    assert url.startswith("http"), proc.communicate(timeout=60)
    browser(DEMO_LEARNER_EMAIL)(url)
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err
    assert "received" in err
    assert "SecretService" in out, f"the real Secret Service kept the sign-in, not {out!r}"
    assert not (directory / "vault.json").exists()
    assert not is_sqlite_file(replica_path(directory))
