"""What the app imports is what a plain install of it brings.

A new user runs ``./run-app``, which installs the project with no extras; the tests install every
extra, so a client module that imports a server-only package (Authlib once) passes here and crashes
there. This reads every import statement of ``bootcamp_desktop`` (function-level ones included) and
checks that the distribution providing it is among the base dependencies or what they pull in.
CI also imports every module in a venv with the base install only (``scripts/import_all.py``).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
OWN = {"bootcamp_core", "bootcamp_desktop", "bootcamp_server", "tests"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _applies(req: Requirement, extra: str | None = None) -> bool:
    if req.marker is None:
        return True
    return req.marker.evaluate({"extra": extra or ""})


@cache
def base_closure() -> frozenset[str]:
    """The distributions a plain ``pip install .`` installs: the base dependencies, transitively."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    todo = [Requirement(r) for r in project["dependencies"]]
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
            for sub in metadata.requires(req.name) or []:
                child = Requirement(sub)
                if _applies(child, extra):
                    todo.append(child)
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


def test_every_client_import_comes_with_the_base_install() -> None:
    providers = metadata.packages_distributions()
    closure = base_closure()
    missing = []
    for module, files in sorted(imported_top_levels("bootcamp_desktop").items()):
        if module in sys.stdlib_module_names or module in OWN or module == "__future__":
            continue
        dists = {_normal(d) for d in providers.get(module, [])}
        assert dists, f"{module} (imported by {sorted(files)[0]}) is not installed at all"
        if not dists & closure:
            missing.append(f"{module} from {sorted(dists)} imported by {sorted(files)}")
    assert not missing, "the app imports packages its base install does not bring:\n" + "\n".join(missing)


def test_the_check_sees_a_server_only_package() -> None:
    """The check above would catch the Authlib crash: the server's web framework is outside the closure."""
    assert "fastapi" not in base_closure()
    assert "pyside6-essentials" in base_closure()


def test_the_app_knows_its_own_version() -> None:
    """Updates compare a release with ``bootcamp_desktop.__version__``; the frozen app has no metadata."""
    import bootcamp_desktop

    assert bootcamp_desktop.__version__ == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
