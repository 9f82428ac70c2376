"""Per-replica settings kept beside the replica (``settings.json``): never secrets, never personal data.

Tokens live in the OS keyring; the replica holds the data. Here: which server this replica syncs
with, which user last signed in (so the app works offline with that identity), and UI preferences.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    server_url: str | None = None
    user_id: str | None = None
    language: str = "en"
    theme: str = "system"  # light, dark, or system: follow the OS (ui/style/theme.py)
    replica_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def current_user_id(self) -> uuid.UUID | None:
        return uuid.UUID(self.user_id) if self.user_id else None


def load_settings(directory: Path) -> Settings:
    path = directory / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known})


def save_settings(directory: Path, settings: Settings) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    os.replace(tmp, path)
