"""One person's replica, run phase by phase, each phase a separate process with the same data folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "mango season 2026"


@dataclass
class Replica:
    """``keyring``: "secret-service" (gnome-keyring under dbus-run-session, its files in this replica's own
    HOME so they outlive each phase's D-Bus session) or "none" (no backend: the passphrase vault)."""

    name: str
    email: str
    home: Path
    server_url: str
    keyring: str = "secret-service"
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def data_dir(self) -> Path:
        return self.home / "bootcamp-data"

    def env(self, phase: str, out: Path, extra: dict[str, str]) -> dict[str, str]:
        for folder in (".cache", ".local/share", ".config"):  # a desktop user's home has these
            (self.home / folder).mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOOTCAMP_", "JOURNEY_"))}
        env.pop("PYTHON_KEYRING_BACKEND", None)
        env.update(
            {
                "HOME": str(self.home),
                "XDG_DATA_HOME": str(self.home / ".local/share"),
                "BOOTCAMP_DATA_DIR": str(self.data_dir),
                "PYTHONPATH": str(ROOT),
                "QT_QPA_PLATFORM": "offscreen",
                "BROWSER": f"{sys.executable} -m tests.journeys.browser_standin %s",
                "JOURNEY_PHASE": phase,
                "JOURNEY_OUT": str(out),
                "JOURNEY_EMAIL": self.email,
                "JOURNEY_SERVER": self.server_url,
                **extra,
            }
        )
        # Named, because keyring's own choice in a driver would see the test suite's stand-in backends
        # (they are KeyringBackend subclasses once tests/conftest.py is imported) and prefer them.
        if self.keyring == "none":
            env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
            env["BOOTCAMP_PASSPHRASE"] = PASSPHRASE
        else:
            env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
        return env

    def _wrap(self, argv: list[str]) -> list[str]:
        """Each process of a Secret Service replica gets its own D-Bus session with gnome-keyring unlocked
        (its keyring files live in this replica's HOME, so they outlive the session)."""
        if self.keyring != "secret-service":
            return argv
        for tool in ("dbus-run-session", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                pytest.fail(f"{tool} is missing (.ci/run installs gnome-keyring and dbus)", pytrace=False)
        return [
            "dbus-run-session",
            "--",
            "sh",
            "-c",
            'echo -n journey | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"',
            "sh",
            *argv,
        ]

    def login_cli(self, *extra: str) -> subprocess.CompletedProcess[str]:
        """``bootcamp-desktop login --server URL --no-browser``, as the README says, the person signing in
        at the address it prints."""
        from .browser_standin import sign_in

        self.home.mkdir(parents=True, exist_ok=True)
        argv = self._wrap(
            [
                sys.executable,
                "-m",
                "bootcamp_desktop",
                "login",
                "--server",
                self.server_url,
                "--no-browser",
                "--timeout",
                "120",
                *extra,
            ]
        )
        proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
            env=self.env("login", self.home / "login.json", {}),
        )
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        if url.startswith("http"):
            assert sign_in(url, self.email, "bootcamp-demo") == 0
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, f"{self.name}: login failed ({proc.returncode})\n{err[-3000:]}"
        return subprocess.CompletedProcess(argv, 0, url + "\n" + out, err)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        started = time.monotonic()
        done = subprocess.run(
            self._wrap([sys.executable, "-m", "bootcamp_desktop", *args]),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            stdin=subprocess.DEVNULL,
            env=self.env(args[0], self.home / "cli.json", {}),
        )
        self.timings[f"cli {args[0]}"] = time.monotonic() - started
        return done

    def run(self, driver: str, phase: str, **extra: Any) -> dict[str, Any]:
        """Run ``driver.py::test_<phase>`` as this person; returns what the phase wrote for the test."""
        self.home.mkdir(parents=True, exist_ok=True)
        out = self.home / f"{phase}.json"
        out.unlink(missing_ok=True)
        argv = [
            sys.executable,
            "-m",
            "pytest",
            f"tests/journeys/{driver}.py::test_{phase}",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            "--no-header",
        ]
        argv = self._wrap(argv)
        started = time.monotonic()
        done = subprocess.run(
            argv,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            env=self.env(phase, out, {f"JOURNEY_{k.upper()}": json.dumps(v) for k, v in extra.items()}),
        )
        self.timings[phase] = time.monotonic() - started
        assert done.returncode == 0, (
            f"{self.name}: phase {phase} failed\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}"
        )
        return json.loads(out.read_text()) if out.exists() else {}
