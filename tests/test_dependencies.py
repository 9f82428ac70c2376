"""What each distribution imports is what installing it brings, and the server's install brings no Qt.

The repository holds three distributions (docs/ARCHITECTURE.md, "Packages"): the shared core
(``packages/core``), the server (``packages/server``) and the desktop app (the root ``pyproject.toml``).
A new user runs ``./run-app`` (core and app, no test tools) or ``./run-server`` (core and server); the
tests install everything, so a module that imports a package only another distribution brings (Authlib
once) passes here and crashes there. This reads every import statement of each package (function-level
ones included) and checks that the distribution providing it is among what that install pulls in.
CI also imports every module in a venv of the app alone, and of the server alone (``.ci/run``).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
# The repository's own distributions: where each is declared, and the package it installs.
OWN_DISTRIBUTIONS = {
    "bootcamp-core": (ROOT / "packages" / "core" / "pyproject.toml", "bootcamp_core"),
    "bootcamp-server": (ROOT / "packages" / "server" / "pyproject.toml", "bootcamp_server"),
    "bootcamp-desktop": (ROOT / "pyproject.toml", "bootcamp_desktop"),
}
OWN = {"bootcamp_core", "bootcamp_desktop", "bootcamp_server", "tests"}
QT = {"pyside6", "pyside6-essentials", "pyside6-addons", "pyside6-pdf", "shiboken6", "qasync"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(req: Requirement, extra: str | None = None) -> bool:
    if req.marker is None:
        return True
    return req.marker.evaluate({"extra": extra or ""})


def _project(distribution: str) -> dict:
    return tomllib.loads(OWN_DISTRIBUTIONS[distribution][0].read_text())["project"]


def _requires(name: str, extra: str | None) -> list[Requirement]:
    if name in OWN_DISTRIBUTIONS:  # read from the repository: the test venv need not have it installed
        return [Requirement(r) for r in _project(name)["dependencies"]]
    return [child for sub in metadata.requires(name) or [] if _applies(child := Requirement(sub), extra)]


@cache
def closure(distribution: str) -> frozenset[str]:
    """The distributions installing ``distribution`` installs: itself and its dependencies, transitively."""
    todo = [Requirement(distribution)]
    seen: set[str] = set()
    while todo:
        req = todo.pop()
        if not _applies(req):
            continue
        name = _normal(req.name)
        if name in seen:
            continue
        seen.add(name)
        for extra in req.extras or [None]:
            todo.extend(_requires(name, extra))
    return frozenset(seen)


def imported_top_levels(package: str) -> dict[str, set[str]]:
    """Top-level module name -> the files importing it, for every absolute import in ``package``."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], set()).add(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("distribution", sorted(OWN_DISTRIBUTIONS))
def test_every_import_comes_with_the_install(distribution: str) -> None:
    package = OWN_DISTRIBUTIONS[distribution][1]
    providers = metadata.packages_distributions()
    brought = closure(distribution)
    own = {OWN_DISTRIBUTIONS[d][1] for d in brought if d in OWN_DISTRIBUTIONS}
    missing = []
    for module, files in sorted(imported_top_levels(package).items()):
        if module in sys.stdlib_module_names or module == "__future__":
            continue
        if module in OWN:
            if module not in own:
                missing.append(
                    f"{module} (another distribution of this repository) imported by {sorted(files)}"
                )
            continue
        dists = {_normal(d) for d in providers.get(module, [])}
        assert dists, f"{module} (imported by {sorted(files)[0]}) is not installed at all"
        if not dists & brought:
            missing.append(f"{module} from {sorted(dists)} imported by {sorted(files)}")
    assert not missing, (
        f"{package} imports packages that installing {distribution} does not bring:\n" + "\n".join(missing)
    )


def test_the_server_install_brings_no_qt_and_no_app() -> None:
    assert not closure("bootcamp-server") & QT
    assert "bootcamp-desktop" not in closure("bootcamp-server")
    assert "bootcamp-core" in closure("bootcamp-server")


def test_the_app_install_brings_no_server() -> None:
    assert not {"bootcamp-server", "fastapi", "uvicorn", "psycopg"} & closure("bootcamp-desktop")
    assert "pyside6-essentials" in closure("bootcamp-desktop")


def test_the_core_brings_neither_application_nor_qt() -> None:
    assert not closure("bootcamp-core") & (QT | {"bootcamp-server", "bootcamp-desktop", "fastapi"})


def test_the_three_distributions_share_one_version_and_pin_it() -> None:
    version = _project("bootcamp-core")["version"]
    assert {_project(d)["version"] for d in OWN_DISTRIBUTIONS} == {version}
    for distribution in ("bootcamp-server", "bootcamp-desktop"):
        dependencies = _project(distribution)["dependencies"]
        pins = [Requirement(r) for r in dependencies if r.startswith("bootcamp-core")]
        assert [str(p.specifier) for p in pins] == [f"=={version}"], distribution


def test_the_app_knows_its_own_version() -> None:
    """Updates compare a release with ``bootcamp_desktop.__version__``; the frozen app has no metadata."""
    import bootcamp_desktop

    assert bootcamp_desktop.__version__ == _project("bootcamp-desktop")["version"]
