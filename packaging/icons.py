"""Render the icon sizes every platform wants from the SVG sources in ``resources/icons``, at build time.

    python packaging/icons.py OUT_DIR

Writes ``OUT_DIR/hicolor/<n>x<n>/apps/<id>.png`` (Linux icon theme sizes), ``<id>.ico`` (Windows:
16 to 256 pixels in one file) and ``<id>.icns`` (macOS: 16 to 1024). Nothing here is committed:
the packages are built from the SVG, so an edited icon cannot ship with stale PNGs. Qt's own SVG
renderer draws them (already a dependency of the app); Pillow, also one, writes the ICO and ICNS files.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.fataplus.BootcampDesktop"
SOURCE = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def _render(svg: Path, size: int, target: Path) -> Path:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"error: could not write {target}")
    return target


def render(out_dir: Path, svg: Path = SOURCE, name: str = APP_ID) -> dict[str, Path]:
    """Every size into ``out_dir``; returns {"hicolor": folder, "ico": file, "icns": file}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter wants one
    pngs = {
        n: _render(svg, n, out_dir / "hicolor" / f"{n}x{n}" / "apps" / f"{name}.png") for n in HICOLOR_SIZES
    }
    for n in set(ICO_SIZES + ICNS_SIZES) - set(HICOLOR_SIZES):
        pngs[n] = _render(svg, n, out_dir / "sizes" / f"{n}.png")
    ico, icns = out_dir / f"{name}.ico", out_dir / f"{name}.icns"
    images = {n: Image.open(p).convert("RGBA") for n, p in pngs.items()}
    largest = max(ICO_SIZES)
    images[largest].save(
        ico, sizes=[(n, n) for n in ICO_SIZES], append_images=[images[n] for n in ICO_SIZES if n != largest]
    )
    images[max(ICNS_SIZES)].save(icns, append_images=[images[n] for n in ICNS_SIZES[:-1]])
    return {"hicolor": out_dir / "hicolor", "ico": ico, "icns": icns}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__.split("\n\n")[1])
    for kind, path in render(Path(sys.argv[1])).items():
        print(f"{kind}: {path}")
