"""What a file really is, from its first bytes (and Pillow for images), not from its name.

``sniff(path)`` returns the file's type as an extension-like name (``pdf``, ``png``, ``jpg``, ``zip``,
``pptx``, ``xlsx``, ``docx``, ``fig``, ``mp4``, ``mp3``, ``gif``, ``webp``, ``text``) and a MIME type.
``check_file(path, allowed, max_bytes)`` says whether a file may be attached where ``allowed`` types
(``submission_format.file_types``) are accepted: its content must be one of them, its name must not
claim another type, and it must not be larger than ``max_bytes``. Plain-text types (``md``, ``py``,
``txt``, ``csv``, ``json``) are recognised as valid UTF-8 without NUL bytes and then named by their
extension. Images over ``MAX_IMAGE_PIXELS`` (decompression bombs) and PDFs with active content
(``pdf_safety``) are refused with a message that says why.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from .pdf_safety import active_content

TEXT_TYPES = {
    "md": "text/markdown",
    "txt": "text/plain",
    "py": "text/x-python",
    "csv": "text/csv",
    "json": "application/json",
}
MIME = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "gif": "image/gif",
    "webp": "image/webp",
    "zip": "application/zip",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "fig": "application/vnd.figma",
    "mp4": "video/mp4",
    "mov": "video/quicktime",
    "mp3": "audio/mpeg",
    **TEXT_TYPES,
}
ALIASES = {"jpeg": "jpg", "markdown": "md", "text": "txt"}
NAMES = {
    "pdf": "a PDF document",
    "png": "a PNG image",
    "jpg": "a JPEG image",
    "gif": "a GIF image",
    "webp": "a WebP image",
    "zip": "a ZIP archive",
    "pptx": "a PowerPoint presentation",
    "xlsx": "an Excel spreadsheet",
    "docx": "a Word document",
    "fig": "a Figma file",
    "mp4": "an MP4 video",
    "mov": "a QuickTime video",
    "mp3": "an MP3 audio file",
    "text": "a text file",
}


class FileCheckError(ValueError):
    """A file that cannot be accepted; the message says why, in words for the learner."""


# Pillow's own limit, set here explicitly so nothing can have lifted it (None would decode any size):
# 89.5 million pixels (about 256 MB decoded as RGB). Images above it are refused, not decoded.
MAX_IMAGE_PIXELS = 89_478_485
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


@dataclass(frozen=True)
class FileCheck:
    path: Path
    kind: str  # the accepted type, e.g. pdf, png, md
    mime_type: str
    size: int


def canonical(ext: str) -> str:
    ext = ext.lower().lstrip(".")
    return ALIASES.get(ext, ext)


class ImageTooLargeError(FileCheckError):
    """An image with more pixels than the app decodes (a decompression bomb, or simply too big)."""


def image_pixels_ok(width: int, height: int) -> bool:
    return width > 0 and height > 0 and width * height <= MAX_IMAGE_PIXELS


def open_image(path: Path) -> Image.Image:
    """``Image.open`` that refuses images over ``MAX_IMAGE_PIXELS`` with ``ImageTooLargeError`` (Pillow only
    warns below twice its limit); only the header has been read when it returns."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        img = None
    if img is None:
        raise ImageTooLargeError(
            f"{path.name} claims more than {MAX_IMAGE_PIXELS // 1_000_000} million pixels, more than this app "
            "opens (it may be a decompression bomb); export it smaller"
        )
    if not image_pixels_ok(*img.size):
        w, h = img.size
        img.close()
        raise ImageTooLargeError(
            f"{path.name} is {w} × {h} pixels; images of at most {MAX_IMAGE_PIXELS // 1_000_000} million pixels "
            "are accepted (this may be a decompression bomb); export it smaller"
        )
    return img


def _image_ok(path: Path) -> bool:
    try:
        with open_image(path) as img:
            img.verify()
        return True
    except ImageTooLargeError:
        return True  # an image by its header, too large to decode: check_file says so in words
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return False


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
    except (zipfile.BadZipFile, OSError):
        return "unknown"
    if "[Content_Types].xml" in names:
        for prefix, kind in (("ppt/", "pptx"), ("xl/", "xlsx"), ("word/", "docx")):
            if any(n.startswith(prefix) for n in names):
                return kind
    if "canvas.fig" in names:
        return "fig"
    return "zip"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut by the sample's end is still text
        return exc.start >= len(data) - 3
    return True


def sniff(path: Path) -> tuple[str, str | None]:
    """(type, MIME type) from the content; type ``unknown`` when nothing matches."""
    with path.open("rb") as f:
        head = f.read(8192)
    kind = "unknown"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        kind = "png" if _image_ok(path) else "unknown"
    elif head.startswith(b"\xff\xd8\xff"):
        kind = "jpg" if _image_ok(path) else "unknown"
    elif head[:6] in (b"GIF87a", b"GIF89a"):
        kind = "gif" if _image_ok(path) else "unknown"
    elif head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        kind = "webp" if _image_ok(path) else "unknown"
    elif head.startswith(b"%PDF-"):
        kind = "pdf"
    elif head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(path)
    elif head.startswith(b"fig-kiwi"):
        kind = "fig"
    elif head[4:8] == b"ftyp":
        kind = "mov" if head[8:12] == b"qt  " else "mp4"
    elif head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        kind = "mp3"
    elif head and _is_text(head):
        kind = "text"
    return kind, MIME.get(kind)


def check_file(path: Path, allowed: list[str] | tuple[str, ...], max_bytes: int | None) -> FileCheck:
    if not path.is_file():
        raise FileCheckError(f"{path.name} is not a file that can be read")
    size = path.stat().st_size
    if size == 0:
        raise FileCheckError(f"{path.name} is empty")
    if max_bytes is not None and size > max_bytes:
        raise FileCheckError(
            f"{path.name} is {size / 1048576:.1f} MB; this assignment accepts files up to {max_bytes / 1048576:g} MB"
        )
    accepted = [canonical(a) for a in allowed]
    if not accepted:
        raise FileCheckError("this assignment does not take files")
    kind, mime = sniff(path)
    claimed = canonical(path.suffix)
    listed = ", ".join(accepted)
    if kind == "text":
        if claimed in TEXT_TYPES and claimed in accepted:
            return FileCheck(path, claimed, TEXT_TYPES[claimed], size)
        raise FileCheckError(f"{path.name} is a text file; this assignment accepts {listed}")
    if kind == "unknown":
        raise FileCheckError(
            f"the content of {path.name} is not a type this app recognises; accepted: {listed}"
        )
    if claimed and claimed != kind and claimed in MIME:
        raise FileCheckError(
            f"{path.name} is named .{claimed} but its content is {NAMES.get(kind, kind)}; rename or re-export it"
        )
    if kind not in accepted:
        raise FileCheckError(f"{path.name} is {NAMES.get(kind, kind)}; this assignment accepts {listed}")
    if kind in ("png", "jpg", "gif", "webp"):
        with open_image(path):  # a clear ImageTooLargeError for a decompression bomb
            pass
    if kind == "pdf":
        active = active_content(path)
        if active:
            raise FileCheckError(
                f"{path.name} contains content a PDF reader may run ({', '.join(active)}); export or print it to PDF "
                "again without scripts, attachments or forms"
            )
    return FileCheck(path, kind, mime or "application/octet-stream", size)
