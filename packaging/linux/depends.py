"""The Debian packages a frozen bundle needs from the system: its ``Depends:`` line.

    python packaging/linux/depends.py BUNDLE_DIR [EXTRA_PACKAGE ...]

Reads every ELF file of the bundle (``readelf -d``), keeps the libraries it links that the bundle does
not carry itself (``packaging/freeze_rules.py`` leaves the desktop's libraries to the system), finds
each one on this machine (``ldconfig -p``) and the package that owns it (``dpkg -S``). glibc gets the
lowest version that has every symbol version the bundle asks for (``GLIBC_2.x``), since running on an
older one fails at start; the others are unversioned, so that Ubuntu's renamed ``t64`` packages, which
provide the old names, satisfy them. A library found nowhere is an error: the package would not start.
``dpkg-shlibdeps`` does the same with more precision but took 80 s here, most of the budget of CI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")
GLIBC = re.compile(r"Name: GLIBC_([0-9.]+)")


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return sorted(found)


def _readelf(args: list[str], files: list[Path]) -> str:
    out = []
    for start in range(0, len(files), 200):  # keep each command line short
        chunk = [str(f) for f in files[start : start + 200]]
        out.append(
            subprocess.run(["readelf", *args, *chunk], capture_output=True, text=True, check=True).stdout
        )
    return "\n".join(out)


def system_libraries() -> dict[str, str]:
    """soname -> path, for this machine's architecture, as the dynamic loader sees them."""
    found: dict[str, str] = {}
    for line in subprocess.run(
        ["ldconfig", "-p"], capture_output=True, text=True, check=True
    ).stdout.splitlines():
        m = re.match(r"\s+(\S+) \(([^)]*)\) => (\S+)", line)
        if m and ("x86-64" in m.group(2) or os.uname().machine != "x86_64"):
            found.setdefault(m.group(1), m.group(3))
    return found


def owners(paths: list[str]) -> dict[str, str]:
    """path -> the package owning it, in one ``dpkg -S`` (trying both sides of the /usr merge)."""
    variants = {}
    for path in paths:
        for candidate in (path, path.removeprefix("/usr") if path.startswith("/usr/") else "/usr" + path):
            variants[candidate] = path
    out = subprocess.run(["dpkg", "-S", *variants], capture_output=True, text=True).stdout
    found: dict[str, str] = {}
    for line in out.splitlines():
        package, _, file = line.partition(": ")
        if file in variants:
            found.setdefault(variants[file], package.split(",")[0].split(":")[0].strip())
    return found


def depends(bundle: Path, extra: list[str]) -> tuple[list[str], list[str]]:
    """(the Depends entries, the problems). Problems are libraries nothing provides."""
    files = elf_files(bundle)
    carried = {f.name for f in bundle.rglob("*")}
    wanted = set(NEEDED.findall(_readelf(["-d", "-W"], files))) - carried
    system = system_libraries()
    packages: set[str] = set(extra)
    problems = []
    owned = owners(sorted({system[s] for s in wanted if s in system}))
    for soname in sorted(wanted):
        package = owned.get(system.get(soname, ""))
        if package is None:
            problems.append(
                f"{soname}: linked by the bundle, but neither in it nor owned by a system package"
            )
        else:
            packages.add(package)
    glibc = max(
        (tuple(int(p) for p in v.split(".")) for v in GLIBC.findall(_readelf(["-V", "-W"], files))),
        default=None,
    )
    entries = sorted(packages - {"libc6"})
    if glibc:
        entries.insert(0, f"libc6 (>= {'.'.join(map(str, glibc))})")
    return entries, problems


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    entries, problems = depends(Path(argv[0]), argv[1:])
    for line in problems:
        print(f"error: {line}", file=sys.stderr)
    print(", ".join(entries))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
