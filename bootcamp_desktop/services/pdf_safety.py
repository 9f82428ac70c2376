"""PDFs that try to run something are refused before anyone opens them.

A design submission is a picture of work; it has no business carrying scripts, launch actions or
interactive forms. ``active_content(path)`` lists what a PDF holds of the kind that a PDF reader may run
(``/JavaScript``, ``/JS``, ``/Launch``, ``/XFA``, ``/RichMedia``, ``/EmbeddedFile``), looking in the
file's text and inside its compressed object streams (where these names hide in newer PDFs), with a
budget on how much is decompressed, so a PDF "zip bomb" costs nothing; a file that exceeds the budget
or whose object streams do not decompress is reported too (it cannot be shown to be harmless). The app's own viewer (QtPdf, PDFium
without a JavaScript engine) would not run scripts anyway; this keeps such files from reaching
someone who opens them in another reader.
"""

from __future__ import annotations

import mmap
import re
import zlib
from pathlib import Path

ACTIVE = (b"/JavaScript", b"/JS", b"/Launch", b"/XFA", b"/RichMedia", b"/EmbeddedFile")
# A name ends at white space or a delimiter (PDF 32000 §7.2.2): /JS is a name, /JSX another one.
_NAME = re.compile(rb"/(JavaScript|JS|Launch|XFA|RichMedia|EmbeddedFile)(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_STREAM = re.compile(rb"stream\r?\n")
MAX_SCAN_BYTES = 256 * 1024 * 1024  # of the file itself (read through mmap, not into memory)
MAX_INFLATED = 64 * 1024 * 1024  # decompressed, in all
MAX_STREAMS = 20_000


_ESCAPED = re.compile(rb"/[A-Za-z]*#[0-9A-Fa-f]{2}[A-Za-z0-9#]*")


def _names(data: bytes | mmap.mmap) -> set[str]:
    found = {m.group(1).decode() for m in _NAME.finditer(data)}
    # Names may be written with "#xx" escapes (/J#53 is /JS).
    for m in _ESCAPED.finditer(data):
        plain = re.sub(rb"#([0-9A-Fa-f]{2})", lambda e: bytes([int(e.group(1), 16)]), m.group(0))
        found |= {n.group(1).decode() for n in _NAME.finditer(plain)}
    return found


def active_content(path: Path) -> list[str]:
    """The active features found (sorted), empty when none; a file too big to scan is reported as such."""
    size = path.stat().st_size
    if size > MAX_SCAN_BYTES:
        return ["too large to inspect"]
    if size == 0:
        return []
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return _scan(data)


def _scan(data: mmap.mmap) -> list[str]:
    found = _names(data)
    budget = MAX_INFLATED
    for count, match in enumerate(_STREAM.finditer(data)):
        if count >= MAX_STREAMS or budget <= 0:
            found.add("too many streams to inspect")
            break
        # Dictionaries (where these names live) are either in the file's text or in object streams;
        # images and page contents are left alone.
        head = data[max(0, match.start() - 512) : match.start()]
        head = re.sub(rb"#([0-9A-Fa-f]{2})", lambda e: bytes([int(e.group(1), 16)]), head)
        if b"/ObjStm" not in head[head.rfind(b"obj") :]:
            continue
        end = data.find(b"endstream", match.end())
        raw = data[match.end() : end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(raw, budget)
        except zlib.error:
            found.add("an object stream that does not decompress")
            break
        budget -= len(inflated)
        if inflater.unconsumed_tail:
            found.add("too much compressed content to inspect")
            break
        found |= _names(inflated)
    return sorted(found)
