"""Every write the window can make, read from the UI's source: the coverage guard's list.

A widget changes data only through ``ui.operations.write(ctx, fn, ...)`` (docs/DESIGN.md, "Operations, not
widgets, change data"). This module finds every such call in ``bootcamp_desktop/ui`` and names the
``services`` function it runs (``"discussions.reply"``), following a function handed through a parameter
(``self._finish(grading_write.submit_grade)`` -> ``_finish(fn)`` -> ``operations.write(ctx, fn, ...)``) back
to the places that name it. A call whose function cannot be traced to a ``services`` function is reported
as unknown, so a new write cannot hide behind a variable.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import bootcamp_desktop

UI = Path(bootcamp_desktop.__file__).parent / "ui"
SERVICES = "bootcamp_desktop.services"


@dataclass(frozen=True)
class Site:
    file: str  # relative to bootcamp_desktop/ui, e.g. "screens/discussions.py"
    line: int
    action: str  # "discussions.reply", or "?<expression>" when it could not be traced


def _service_aliases(tree: ast.Module) -> dict[str, str]:
    """Local names of ``services`` modules in one file: ``{"authoring": "authoring"}``."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == SERVICES:
            for alias in node.names:
                out[alias.asname or alias.name] = alias.name
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(SERVICES + "."):
            pass  # a name imported from a services module is a helper, not a module of operations
    return out


def _writes_via_bare_name(tree: ast.Module) -> bool:
    return any(
        isinstance(n, ast.ImportFrom)
        and (n.module or "").endswith("operations")
        and any(a.name == "write" for a in n.names)
        for n in ast.walk(tree)
    )


def _functions(tree: ast.Module) -> Iterator[ast.FunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            yield node


def _write_calls(fn: ast.FunctionDef, bare: bool) -> Iterator[tuple[ast.Call, ast.expr]]:
    """``operations.write(ctx, X, ...)`` (or ``write(ctx, X, ...)``) calls in ``fn``, with X."""
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        f = node.func
        if (
            isinstance(f, ast.Attribute)
            and f.attr == "write"
            and isinstance(f.value, ast.Name)
            and f.value.id == "operations"
        ) or (bare and isinstance(f, ast.Name) and f.id == "write"):
            yield node, node.args[1]


def _param_index(fn: ast.FunctionDef, name: str) -> int | None:
    names = [a.arg for a in fn.args.args]
    if name not in names:
        return None
    index = names.index(name)
    return index - 1 if names and names[0] == "self" else index


def _calls_of(tree: ast.Module, method: str) -> Iterator[tuple[ast.FunctionDef, ast.Call]]:
    for fn in _functions(tree):
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == method
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "self"
            ):
                yield fn, node


def _resolve(
    tree: ast.Module, aliases: dict[str, str], where: ast.FunctionDef, expr: ast.expr, depth: int = 0
) -> set[str]:
    """The services functions ``expr`` (inside ``where``) can be."""
    found = {
        f"{aliases[n.value.id]}.{n.attr}"
        for n in ast.walk(expr)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in aliases
    }
    if found:
        return found
    if isinstance(expr, ast.Name) and depth < 5:
        index = _param_index(where, expr.id)
        if index is not None:  # handed in by the callers of ``where``: follow each of them
            out: set[str] = set()
            for caller, call in _calls_of(tree, where.name):
                if index < len(call.args):
                    out |= _resolve(tree, aliases, caller, call.args[index], depth + 1)
            return out
        for node in ast.walk(where):  # a local: ``fn = a.x if ... else a.y``
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == expr.id for t in node.targets
            ):
                return _resolve(tree, aliases, where, node.value, depth + 1)
    return set()


def write_sites() -> list[Site]:
    sites = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = _service_aliases(tree)
        bare = _writes_via_bare_name(tree)
        rel = path.relative_to(UI).as_posix()
        for fn in _functions(tree):
            for call, expr in _write_calls(fn, bare):
                actions = _resolve(tree, aliases, fn, expr) or {f"?{ast.unparse(expr)}"}
                sites.extend(Site(rel, call.lineno, a) for a in sorted(actions))
    return sites


def action_name(fn: object) -> str:
    """The name ``write_sites`` gives the services function ``fn``."""
    module = getattr(fn, "__module__", "")
    return f"{module.removeprefix(SERVICES + '.')}.{getattr(fn, '__name__', repr(fn))}"
