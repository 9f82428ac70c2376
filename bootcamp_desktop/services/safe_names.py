"""Names and links that come from other people (a server, a learner's file name) made safe to use.

- ``safe_file_name``: a file name to suggest when saving a copy (a submission's or a resource's
  ``name``/``file_name`` is whatever someone typed: ``../../.bashrc``, ``C:\\x``, ``CON``, control
  characters); only the last path component survives, cleaned.
- ``target_in(folder, name)``: a path inside ``folder`` for that name, never outside it.
- ``safe_link``: a link opened in the system browser only when it is ``http(s)`` or ``mailto``
  (never ``file:``, ``smb:`` or an application's own scheme, which would open local files or leak
  credentials on a network share).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

MAX_NAME = 180
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')
LINK_SCHEMES = ("http", "https", "mailto")


def safe_file_name(name: object, fallback: str = "file") -> str:
    text = unicodedata.normalize("NFC", str(name or ""))
    text = re.split(r"[/\\]", text)[-1]  # the last component only, whatever the separator
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc"))  # bidi overrides etc.
    # Stripped after the invisible characters go (or "\u200b.profile" would become a hidden ".profile"),
    # of spaces and dots until neither is left at either end (" . .profile").
    text = _UNSAFE.sub("_", text)
    while text != (text := text.strip().strip(".")):
        pass
    if not text:
        return fallback
    stem, dot, ext = text.partition(".")
    if stem.strip().lower() in WINDOWS_RESERVED:
        text = f"{fallback}.{ext}" if dot else fallback
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        text = (stem[: MAX_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) <= 16 else text[:MAX_NAME]
    return text


def target_in(folder: Path, name: object, fallback: str = "file") -> Path:
    """``folder/<safe name>``; ``ValueError`` if it would somehow resolve outside ``folder``."""
    base = folder.resolve()
    target = (base / safe_file_name(name, fallback)).resolve()
    if target.parent != base:
        raise ValueError(f"{name!r} does not name a file inside {folder}")
    return target


def safe_link(url: object) -> str | None:
    """The link when it may be opened in the browser, else None."""
    if not isinstance(url, str) or len(url) > 4096 or any(ch in url for ch in "\x00\r\n"):
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in LINK_SCHEMES:
        return None
    if parts.scheme.lower() != "mailto" and not parts.hostname:
        return None
    return url.strip()
