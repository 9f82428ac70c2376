"""Grading drafts: what a grader has chosen and typed for a submission, saved as they work.

A draft is the grader's work in progress, not yet a grade: it stays on this machine (one small JSON
file per submission in ``<workspace>/grading-drafts/``, written atomically), so a crash, a closed
laptop or moving to the next submission loses nothing, and nothing half-done reaches the learner.
Submitting the grade (``grading_write``) writes the synced rows and removes the draft.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from bootcamp_core.models import utcnow

DRAFTS_DIR = "grading-drafts"


@dataclass
class GradeDraft:
    submission_id: str
    levels: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    overall: str = ""
    improvements: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    override_grade: str | None = None
    override_reason: str = ""
    saved_at: str = ""

    def is_empty(self) -> bool:
        return not (
            self.levels
            or any(v.strip() for v in self.comments.values())
            or self.overall.strip()
            or self.improvements
            or self.next_steps
            or self.override_grade
            or self.override_reason.strip()
        )


def _path(directory: Path, submission_id: uuid.UUID | str) -> Path:
    return directory / DRAFTS_DIR / f"{uuid.UUID(str(submission_id))}.json"


def save_draft(directory: Path, draft: GradeDraft) -> Path:
    """Write the draft (replacing the previous one); an empty draft removes the file instead."""
    path = _path(directory, draft.submission_id)
    if draft.is_empty():
        path.unlink(missing_ok=True)
        return path
    draft.saved_at = utcnow().isoformat()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(draft), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return path


def load_draft(directory: Path, submission_id: uuid.UUID | str) -> GradeDraft | None:
    path = _path(directory, submission_id)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    known = {f.name for f in fields(GradeDraft)}
    try:
        draft = GradeDraft(**{k: v for k, v in data.items() if k in known})
    except TypeError:
        return None
    draft.submission_id = str(uuid.UUID(str(submission_id)))
    return draft


def discard_draft(directory: Path, submission_id: uuid.UUID | str) -> None:
    _path(directory, submission_id).unlink(missing_ok=True)


def drafted_submissions(directory: Path) -> set[uuid.UUID]:
    folder = directory / DRAFTS_DIR
    if not folder.is_dir():
        return set()
    out = set()
    for p in folder.glob("*.json"):
        try:
            out.add(uuid.UUID(p.stem))
        except ValueError:
            continue
    return out
