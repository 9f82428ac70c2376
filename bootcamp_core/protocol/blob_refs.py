"""Where rows refer to blobs: the columns that may hold ``blob:sha256:<hex>`` references, and finding them.

The server uses this to decide who may download a blob (whoever may read a row that refers to it);
the replica uses it to learn which blobs its rows need, so it can show their sizes before a download.
"""

from __future__ import annotations

import re
from typing import Any

BLOB_REF_RE = re.compile(r"blob:sha256:([0-9a-f]{64})")

# Columns that may refer to a blob, per table (JSON columns are searched as text).
REFERENCING: dict[str, tuple[str, ...]] = {
    "lessons": ("content_url", "resources", "interactive_elements"),
    "submissions": ("submission_content",),
    "design_assets": ("file_url",),
    "users": ("avatar_url",),
    "certificate_templates": ("design_file_url", "background_image_url"),
    "certificates": ("metadata",),
    "assignments": ("instructions", "submission_format"),
    "discussions": ("content",),
    "discussion_replies": ("content",),
    "courses": ("description",),
}


def refs_in(value: Any) -> set[str]:
    """Every sha256 referenced anywhere inside ``value`` (a string, or JSON of lists and objects)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "blob:sha256:" in item:
                found.update(BLOB_REF_RE.findall(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def ordered_refs(value: Any) -> list[str]:
    """The sha256 referenced inside ``value``, in the order they appear (depth first), each once: for lists
    a person reads in order (a lesson's files as its page shows them)."""
    found: dict[str, None] = {}

    def walk(item: Any) -> None:
        if isinstance(item, str):
            if "blob:sha256:" in item:
                found.update(dict.fromkeys(BLOB_REF_RE.findall(item)))
        elif isinstance(item, dict):
            for v in item.values():
                walk(v)
        elif isinstance(item, list):
            for v in item:
                walk(v)

    walk(value)
    return list(found)
