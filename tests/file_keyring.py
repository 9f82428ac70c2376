"""A keyring backend in a JSON file, for tests that run the app in a subprocess.

Select it with ``PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring`` (and the repository root on
``PYTHONPATH``); ``BOOTCAMP_TEST_KEYRING_FILE`` names the file. Tests only: a real keyring encrypts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ["BOOTCAMP_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        self.path.write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)


def export_memory_keyring(entries: dict[tuple[str, str], str], path: Path) -> dict[str, str]:
    """Write the in-memory keyring's entries to ``path``; returns the environment a subprocess needs."""
    path.write_text(json.dumps({f"{s}\n{u}": p for (s, u), p in entries.items()}))
    root = str(Path(__file__).resolve().parents[1])
    return {
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "BOOTCAMP_TEST_KEYRING_FILE": str(path),
        "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
