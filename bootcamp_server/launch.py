"""The ``bootcamp-server`` command's entry: says plainly what to install when the server's own
dependencies are missing (a copy installed without them, ``pip install --no-deps``), then runs the CLI."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

# import name -> what pip installs it as (packages/server/pyproject.toml)
SERVER_MODULES = {
    "fastapi": "fastapi",
    "uvicorn": "uvicorn",
    "argon2": "argon2-cffi",
    "authlib": "Authlib",
    "multipart": "python-multipart",
    "psycopg": "psycopg[binary]",
}


def missing_modules() -> list[str]:
    return [package for module, package in SERVER_MODULES.items() if importlib.util.find_spec(module) is None]


def main(argv: Sequence[str] | None = None) -> int:
    missing = missing_modules()
    if missing:
        print(
            f"error: the server's dependencies are not installed ({', '.join(missing)}).\n"
            "Run ./run-server from the source folder (it installs them once), or: "
            "pip install -e packages/core -e packages/server",
            file=sys.stderr,
        )
        return 2
    from .cli import main as cli_main

    return cli_main(argv)
