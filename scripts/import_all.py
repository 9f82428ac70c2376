"""Import every module of a package: run in an environment with only the app's own dependencies
(`pip install .`, no extras), it proves that nothing the app imports hides behind an extra."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


def main(package_name: str) -> int:
    package = importlib.import_module(package_name)
    failed = []
    count = 0
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        if ".migrations.versions." in info.name or info.name.endswith((".migrations.env", ".__main__")):
            continue  # Alembic loads these itself, with its context set up; __main__ runs the app
        try:
            importlib.import_module(info.name)
            count += 1
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none hides another
            failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
    for line in failed:
        print(f"error: {line}", file=sys.stderr)
    print(f"{count} modules of {package_name} imported, {len(failed)} failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "bootcamp_desktop"))
