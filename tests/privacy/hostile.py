"""Hostile files, made by hand: decompression bombs, impostors, PDFs that try to run something."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(path: Path, width: int = 50_000, height: int = 50_000) -> Path:
    """A PNG of a few hundred bytes that claims ``width`` × ``height`` pixels (2.5 billion by default)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 4096, 9)  # the start of an all-black picture; the header is the bomb
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")
    )
    return path


def small_png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (32, 24), (20, 120, 90)).save(path, format="PNG")
    return path


def pdf(path: Path, *objects: bytes) -> Path:
    """A PDF whose body is ``objects`` (numbered from 1), with a valid enough structure for the scanner."""
    body = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    for number, obj in enumerate(objects, start=1):
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    path.write_bytes(body + b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return path


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"
WITH_SCRIPT = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert('hi')) >> >>"
ESCAPED_SCRIPT = b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> >>"


def object_stream(content: bytes) -> bytes:
    packed = zlib.compress(content)
    return (
        b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
        + str(len(packed)).encode()
        + b" >>\nstream\n"
        + packed
        + b"\nendstream"
    )


def elf(path: Path) -> Path:
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 56 + b"\x90" * 4000)
    return path


def zip_file(path: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("payload.exe", b"MZ" + b"\x00" * 200)
    return path
