"""``bootcamp-desktop`` as a child process of the fault tests: the real command line (``cli.main``), with
the pull's page size taken from ``BOOTCAMP_TEST_PAGE_LIMIT`` (and a first sync's from
``BOOTCAMP_TEST_BOOTSTRAP_ROWS``) so that a kill can land between pages.

    python -m tests.sync.sync_child --data-dir DIR sync
"""

from __future__ import annotations

import os
import sys

from bootcamp_desktop.cli import main
from bootcamp_desktop.sync import bootstrap, pull

if __name__ == "__main__":
    if os.environ.get("BOOTCAMP_TEST_PAGE_LIMIT"):
        pull.PAGE_LIMIT = int(os.environ["BOOTCAMP_TEST_PAGE_LIMIT"])
    if os.environ.get("BOOTCAMP_TEST_BOOTSTRAP_ROWS"):
        bootstrap.PAGE_ROWS = int(os.environ["BOOTCAMP_TEST_BOOTSTRAP_ROWS"])
    sys.exit(main(sys.argv[1:]))
