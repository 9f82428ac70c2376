"""Files a learner attaches or an instructor opens are judged by their content: impostors, oversize
files, decompression bombs and PDFs that try to run something are refused with a clear message,
and nothing crashes (issue 7, part 6)."""

from __future__ import annotations

import datetime as dt
import uuid
import warnings
import zlib
from pathlib import Path

import pytest
from PIL import Image

from bootcamp_desktop.services import filetypes, pdf_safety
from bootcamp_desktop.services.filetypes import FileCheckError, ImageTooLargeError, check_file, sniff
from bootcamp_desktop.services.projects import AssetVersion, thumbnail

from .hostile import (
    CATALOG,
    ESCAPED_SCRIPT,
    PAGES,
    WITH_SCRIPT,
    elf,
    object_stream,
    pdf,
    png_bomb,
    small_png,
    zip_file,
)


def test_pillows_limit_is_set() -> None:
    assert Image.MAX_IMAGE_PIXELS == filetypes.MAX_IMAGE_PIXELS and Image.MAX_IMAGE_PIXELS is not None


@pytest.mark.parametrize(
    "size", [(50_000, 50_000), (10_000, 9_000)]
)  # over twice Pillow's limit; just over it
def test_a_decompression_bomb_is_refused_in_words(tmp_path: Path, size: tuple[int, int]) -> None:
    bomb = png_bomb(tmp_path / "sunset.png", *size)
    assert bomb.stat().st_size < 2000
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # not even Pillow's warning escapes
        assert sniff(bomb)[0] == "png"
        with pytest.raises(ImageTooLargeError, match="pixels|too large"):
            check_file(bomb, ["png", "jpg"], 10 * 1048576)


def test_a_bomb_gets_a_card_for_its_thumbnail_not_a_crash(tmp_path: Path) -> None:
    import hashlib

    root = tmp_path / "blobs"
    data = png_bomb(tmp_path / "b.png").read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    (root / sha[:2]).mkdir(parents=True)
    (root / sha[:2] / sha).write_bytes(data)
    asset = AssetVersion(
        uuid.uuid4(),
        "sunset.png",
        "image",
        1,
        False,
        f"blob:sha256:{sha}",
        len(data),
        "image/png",
        "x",
        dt.datetime.now(dt.UTC),
        None,
    )
    path = thumbnail(root, tmp_path / "thumbs", asset)
    with Image.open(path) as img:
        assert img.size == (160, 160)


@pytest.mark.parametrize(
    ("make", "name", "message"),
    [
        (elf, "report.pdf", "not a type this app recognises"),
        (zip_file, "report.pdf", "named .pdf but its content is a ZIP archive"),
        (lambda p: (p.write_bytes(b"MZ\x90\x00" + b"\x00" * 500), p)[1], "slides.pdf", "not a type"),
        (lambda p: (p.write_text("<script>alert(1)</script>"), p)[1], "photo.png", "is a text file"),
        (small_png, "board.pdf", "named .pdf but its content is a PNG image"),
    ],
)
def test_impostors_are_refused_by_content(tmp_path: Path, make, name: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path / name)
    with pytest.raises(FileCheckError, match=message):
        check_file(path, ["pdf", "png"], 10 * 1048576)


def test_oversize_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as f:
        f.write(b"%PDF-1.7\n")
        f.truncate(30 * 1048576)  # sparse: 30 MB on paper
    with pytest.raises(FileCheckError, match="30.0 MB; this assignment accepts files up to 10 MB"):
        check_file(big, ["pdf"], 10 * 1048576)


def test_a_clean_pdf_passes(tmp_path: Path) -> None:
    from fpdf import FPDF

    doc = FPDF()
    doc.add_page()
    doc.set_font("helvetica", size=12)
    doc.cell(text="Irrigation dashboard, version 2")
    path = tmp_path / "design.pdf"
    doc.output(str(path))
    assert check_file(path, ["pdf"], 10 * 1048576).kind == "pdf"
    assert pdf_safety.active_content(pdf(tmp_path / "plain.pdf", CATALOG, PAGES)) == []


@pytest.mark.parametrize(
    "objects",
    [
        (WITH_SCRIPT, PAGES),
        (ESCAPED_SCRIPT, PAGES),
        (CATALOG, PAGES, object_stream(b"3 0 << /S /JavaScript /JS (this.exportDataObject()) >>")),
        (CATALOG, PAGES, b"<< /Type /Action /S /Launch /F (cmd.exe) >>"),
        (CATALOG, PAGES, b"<< /Type /Filespec /EF << /F 4 0 R >> /Type /EmbeddedFile >>"),
    ],
    ids=["open-action", "escaped-names", "hidden-in-object-stream", "launch", "embedded-file"],
)
def test_a_pdf_that_runs_something_is_refused(tmp_path: Path, objects: tuple[bytes, ...]) -> None:
    path = pdf(tmp_path / "portfolio.pdf", *objects)
    assert pdf_safety.active_content(path)
    with pytest.raises(FileCheckError, match="may run"):
        check_file(path, ["pdf"], 10 * 1048576)


def test_a_pdf_zip_bomb_costs_a_budget_not_the_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_safety, "MAX_INFLATED", 1 << 20)
    bomb = zlib.compress(b"\x00" * (8 << 20), 9)  # 8 MB of zeros in 8 KB
    stream = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n" + bomb + b"\nendstream"
    found = pdf_safety.active_content(pdf(tmp_path / "bomb.pdf", CATALOG, PAGES, stream))
    assert found == ["too much compressed content to inspect"]
