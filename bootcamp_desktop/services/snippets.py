"""Reusable comment snippets: sentences a grader writes again and again, kept on this machine.

Stored in ``<workspace>/comment-snippets.json`` as ``{"format": 1, "snippets": [{"id", "text",
"uses"}]}``, most used first. The first start offers a few starters. A snippet is inserted into
whichever comment field the grader is in.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

SNIPPETS_FILE = "comment-snippets.json"
MAX_LENGTH = 2000
STARTERS = (
    "Clear, well-argued work: your decisions trace back to what farmers told you.",
    "Show the numbers first: farmers read the totals before anything else.",
    "Test this with two or three farmers and note what changed.",
    "Consider shared phones: who else sees this screen, and what should they not see?",
    "Explain the offline state: what happens when there is no signal?",
    "Label units the way farmers say them (sacks, tins, bundles).",
)


@dataclass
class Snippet:
    id: str
    text: str
    uses: int = 0


class SnippetError(ValueError):
    pass


def _path(directory: Path) -> Path:
    return directory / SNIPPETS_FILE


def load_snippets(directory: Path) -> list[Snippet]:
    path = _path(directory)
    if not path.exists():
        return [Snippet(str(uuid.uuid5(uuid.NAMESPACE_URL, t)), t) for t in STARTERS]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = [Snippet(str(s["id"]), str(s["text"]), int(s.get("uses", 0))) for s in data["snippets"]]
    except (OSError, ValueError, KeyError, TypeError):
        return [Snippet(str(uuid.uuid5(uuid.NAMESPACE_URL, t)), t) for t in STARTERS]
    return sorted(items, key=lambda s: (-s.uses, s.text.lower()))


def _save(directory: Path, snippets: list[Snippet]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    path = _path(directory)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"format": 1, "snippets": [asdict(s) for s in snippets]}, ensure_ascii=False, indent=1),
        encoding="utf-8",
    )
    os.replace(tmp, path)


def add_snippet(directory: Path, text: str) -> Snippet:
    text = text.strip()
    if not text:
        raise SnippetError("a snippet needs some text")
    if len(text) > MAX_LENGTH:
        raise SnippetError(f"a snippet is at most {MAX_LENGTH} characters")
    snippets = load_snippets(directory)
    for s in snippets:
        if s.text == text:
            return s
    snippet = Snippet(str(uuid.uuid4()), text)
    _save(directory, [*snippets, snippet])
    return snippet


def remove_snippet(directory: Path, snippet_id: str) -> None:
    _save(directory, [s for s in load_snippets(directory) if s.id != snippet_id])


def record_use(directory: Path, snippet_id: str) -> None:
    snippets = load_snippets(directory)
    for s in snippets:
        if s.id == snippet_id:
            s.uses += 1
    _save(directory, snippets)


def search(snippets: list[Snippet], text: str) -> list[Snippet]:
    words = text.lower().split()
    return [s for s in snippets if all(w in s.text.lower() for w in words)]
