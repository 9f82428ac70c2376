"""Small local-only state kept beside the replica, never synced: video positions, unsent text drafts,
helpful votes already given from this replica.

- ``playback.json``: where the learner stopped in each video, ``{user_id: {lesson_id: milliseconds}}``.
  Resume positions are a comfort of this computer, not learning data: they stay out of the replica
  (``lesson_progress.notes`` is the learner's own text, never a place for machine state).
- ``drafts.json``: text typed into forms that have no draft state in the data model (a reply, a new
  thread, a peer review being written), ``{user_id: {key: {field: value}}}``, saved as the learner
  types and removed when the text is posted, so nothing typed is lost to a crash.
- ``votes.json``: replies this user marked helpful here, so one person's vote counts once.

Each file is rewritten whole through a temporary file and ``os.replace``, so a crash leaves either the
old or the new version.
"""

from __future__ import annotations

import json
import os
import threading
import uuid
from pathlib import Path
from typing import Any

PLAYBACK_FILE = "playback.json"
DRAFTS_FILE = "drafts.json"
VOTES_FILE = "votes.json"
_LOCK = threading.Lock()


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def _update(path: Path, user_id: uuid.UUID, key: str, value: Any) -> None:
    with _LOCK:
        data = _read(path)
        mine = data.setdefault(str(user_id), {})
        if value is None:
            mine.pop(key, None)
        else:
            mine[key] = value
        _write(path, data)


def _get(path: Path, user_id: uuid.UUID, key: str) -> Any:
    return _read(path).get(str(user_id), {}).get(key)


# -- video positions ---------------------------------------------------------------------------------


def save_position(directory: Path, user_id: uuid.UUID, lesson_id: uuid.UUID, position_ms: int) -> None:
    _update(directory / PLAYBACK_FILE, user_id, str(lesson_id), max(0, int(position_ms)) or None)


def load_position(directory: Path, user_id: uuid.UUID, lesson_id: uuid.UUID) -> int:
    value = _get(directory / PLAYBACK_FILE, user_id, str(lesson_id))
    return int(value) if isinstance(value, int) else 0


# -- text drafts ------------------------------------------------------------------------------------


def save_draft(directory: Path, user_id: uuid.UUID, key: str, fields: dict[str, Any]) -> None:
    empty = all(not v for v in fields.values())
    _update(directory / DRAFTS_FILE, user_id, key, None if empty else fields)


def load_draft(directory: Path, user_id: uuid.UUID, key: str) -> dict[str, Any]:
    value = _get(directory / DRAFTS_FILE, user_id, key)
    return value if isinstance(value, dict) else {}


def clear_draft(directory: Path, user_id: uuid.UUID, key: str) -> None:
    _update(directory / DRAFTS_FILE, user_id, key, None)


# -- helpful votes ----------------------------------------------------------------------------------


def has_voted(directory: Path, user_id: uuid.UUID, reply_id: uuid.UUID) -> bool:
    return bool(_get(directory / VOTES_FILE, user_id, str(reply_id)))


def remember_vote(directory: Path, user_id: uuid.UUID, reply_id: uuid.UUID) -> None:
    _update(directory / VOTES_FILE, user_id, str(reply_id), True)
