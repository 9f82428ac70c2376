"""Coverage-guided fuzzing (atheris, libFuzzer) of the replica's page parser and scope check.

Not part of the test run (docs/security.md records the runs). Each input is read as JSON; a valid
pull page seeds the corpus. The parser must either accept a page or raise ``CorruptPageError``; any
other exception is a finding. Run it in a virtualenv that has atheris and sees the project:

    python -m venv /tmp/fz && /tmp/fz/bin/pip install atheris
    echo "$PWD/.venv/lib/python3.12/site-packages" > /tmp/fz/lib/python3.12/site-packages/project.pth
    echo "$PWD" >> /tmp/fz/lib/python3.12/site-packages/project.pth
    /tmp/fz/bin/python scripts/fuzz_page_parser.py -max_total_time=300 /tmp/page-corpus
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from bootcamp_desktop.sync import page_scope
    from bootcamp_desktop.sync.errors import CorruptPageError
    from bootcamp_desktop.sync.pull import _validate_page

ME = uuid.UUID("01900000-0000-7000-8000-000000000001")
SCOPE = page_scope.Scope(ME, frozenset({"learner"}))


def seed(corpus: Path) -> None:
    """A valid page to start from (the one the Hypothesis tests mutate)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.privacy.test_fuzz_parsers import base_page

    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "valid-page.json").write_text(json.dumps(base_page(), default=str))


def one_input(data: bytes) -> None:
    try:
        page = json.loads(data)
    except (ValueError, RecursionError):
        return
    try:
        changes, *_ = _validate_page(page)
        page_scope.check(changes, SCOPE)
    except CorruptPageError:
        pass


def main() -> None:
    dirs = [a for a in sys.argv[1:] if not a.startswith("-")]
    if dirs:
        seed(Path(dirs[0]))
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
