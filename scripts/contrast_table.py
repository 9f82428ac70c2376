"""Write the contrast table of the app's colours into docs/visual-design.md (between its markers).

    .venv/bin/python scripts/contrast_table.py

Run it after changing a colour in ``bootcamp_desktop/ui/style/tokens.py``: the table shows every pair of
text and background the interface uses, with its WCAG 2.2 contrast ratio in the light and the dark theme.
``tests/ui/test_visual_design.py`` fails while the document's table differs from the tokens' (and while a
pair falls below AA).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "visual-design.md"
START, END = "<!-- contrast table: scripts/contrast_table.py -->", "<!-- end of the contrast table -->"


def tokens():  # type: ignore[no-untyped-def]
    """tokens.py alone (plain data), without the style package's Qt imports."""
    spec = importlib.util.spec_from_file_location(
        "tokens", ROOT / "bootcamp_desktop" / "ui" / "style" / "tokens.py"
    )
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["tokens"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    before, rest = text.split(START, 1)
    _old, after = rest.split(END, 1)
    DOC.write_text(f"{before}{START}\n{tokens().contrast_table()}\n{END}{after}", encoding="utf-8")
    print(f"wrote the contrast table into {DOC.relative_to(ROOT)}")
    failures = tokens().failures()
    for failure in failures:
        print(f"below AA: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
