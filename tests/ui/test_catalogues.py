"""French and Malagasy are complete and reach the screen: every string of the interface is in both
catalogues (``pyside6-lupdate`` finds nothing new), every message is translated with its placeholders,
tags and counts intact, ``tr()`` is only ever called on a literal (a variable would escape lupdate), and
the compiled catalogues speak with the right plural for a count."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "bootcamp_desktop" / "ui"
CATALOGUES = {lang: ROOT / "resources" / "translations" / f"bootcamp_{lang}.ts" for lang in ("fr", "mg")}
PLACEHOLDERS = re.compile(r"\{\d*(?::[^}]*)?\}|%n|%p|<[^>]+>")


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", m)
        for context in root.iter("context")
        for m in context.iter("message")
    ]


def forms(message: ET.Element) -> list[str]:
    t = message.find("translation")
    assert t is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in t.iter("numerusform")]
    return [t.text or ""]


@pytest.mark.parametrize("lang", CATALOGUES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    found = messages(CATALOGUES[lang])
    assert len(found) > 900
    unfinished = [
        m.findtext("source") for _c, m in found if m.find("translation").get("type") == "unfinished"
    ]  # type: ignore[union-attr]
    assert unfinished == []
    wrong = []
    for context, m in found:
        source = m.findtext("source") or ""
        for text in forms(m):
            if source.strip() and not text.strip():
                wrong.append((context, source, "empty"))
            elif sorted(PLACEHOLDERS.findall(text)) != sorted(PLACEHOLDERS.findall(source)):
                wrong.append((context, source, text))
            elif source.count("&") - source.count("&&") == 1 and text.count("&") - text.count("&&") != 1:
                wrong.append((context, source, text))  # the keyboard shortcut letter kept
    assert wrong == []


@pytest.mark.parametrize("lang", CATALOGUES)
def test_counts_have_their_plural_forms(lang: str) -> None:
    plural = [m for _c, m in messages(CATALOGUES[lang]) if m.get("numerus") == "yes"]
    assert len(plural) >= 15
    for m in plural:
        assert len(forms(m)) >= 2 and all("%n" in f for f in forms(m)), m.findtext("source")


def test_every_message_has_the_context_the_code_asks_in() -> None:
    """A module-level ``tr()`` helper lands in lupdate's empty context while the code asks another one:
    its words would never be translated."""
    assert [c for c, _m in messages(CATALOGUES["fr"]) if not c] == []


def _calls(tree: ast.AST):  # type: ignore[no-untyped-def]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if name == "tr":
                yield node


def test_tr_is_only_called_on_a_literal() -> None:
    """``self.tr(variable)`` hides its words from lupdate; tables of labels use QT_TRANSLATE_NOOP and
    ``labels.label()`` instead."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
        found += [
            f"{path.relative_to(ROOT)}:{n.lineno}: def tr"
            for n in ast.walk(tree)
            if isinstance(n, ast.FunctionDef) and n.name == "tr"
        ]
    assert found == []


def test_the_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """pyside6-lupdate over the code, into a copy of the catalogue, finds no message the catalogue lacks
    (and none it holds for nothing)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "resources" / "translations" / "bootcamp_fr.ts"
    copy.parent.mkdir(parents=True)
    shutil.copy(CATALOGUES["fr"], copy)
    sources = sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-silent", *sources, "-ts", str(copy)],
        check=True,
        cwd=ROOT,
        timeout=120,
    )

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(c, m.findtext("source") or "") for c, m in messages(ts)}

    assert keys(copy) == keys(CATALOGUES["fr"])
    assert keys(CATALOGUES["mg"]) == keys(CATALOGUES["fr"])


@pytest.mark.parametrize(
    ("lang", "one", "three", "completed"),
    [
        ("en", "1 day ago", "3 days ago", "Completed"),
        ("fr", "il y a 1 jour", "il y a 3 jours", "Terminé"),
        ("mg", "1 andro lasa izay", "3 andro lasa izay", "Vita"),
    ],
)
def test_the_compiled_catalogues_speak_each_language_with_its_plurals(
    qapp, lang: str, one: str, three: str, completed: str
) -> None:
    import datetime as dt

    from PySide6.QtCore import QCoreApplication

    from bootcamp_desktop.ui import format as fmt
    from bootcamp_desktop.ui.i18n import switch_language

    now = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)
    assert switch_language(qapp, lang)
    try:
        assert fmt.ago(now - dt.timedelta(days=1), now) == one
        assert fmt.ago(now - dt.timedelta(days=3), now) == three
        assert QCoreApplication.translate("Labels", "Completed") == completed
        assert QCoreApplication.translate("Screens", "Home") != "Home" or lang == "en"
    finally:
        switch_language(qapp, "en")


def _asked(tree: ast.AST) -> set[tuple[str, str]]:
    """(context, text) of each literal the code hands to tr() (its class's name is the context),
    translate() and QT_TRANSLATE_NOOP(), wherever the call is: f-strings included, where lupdate does not
    look."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            args = node.args
            texts = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in args[:2]
            ]
            if name == "tr" and texts and texts[0] and isinstance(f, ast.Attribute):
                found.add((cls, texts[0]))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2 and texts[0] and texts[1]:
                found.add((texts[0], texts[1]))
        for child in ast.iter_child_nodes(node):
            visit(child, cls)

    visit(tree, "")
    return found


def test_every_string_the_code_translates_is_in_the_catalogues() -> None:
    """What the code asks Qt to translate at run time, in the context it asks in, is a message of both
    catalogues; lupdate misses a tr() inside an f-string, for one, and that text would stay English."""
    catalogue = {(c, m.findtext("source") or "") for c, m in messages(CATALOGUES["fr"])}
    missing = sorted(
        f"{path.relative_to(ROOT)}: {pair}"
        for path in sorted(UI.rglob("*.py"))
        for pair in _asked(ast.parse(path.read_text(encoding="utf-8")))
        if pair not in catalogue
    )
    assert missing == []
