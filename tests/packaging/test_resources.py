"""The app's assets: what ``resources/`` holds is what the app loads, and a stale compiled copy fails CI.

``packaging/resources.py --check`` is run as CI and a developer run it (a subprocess, with this
environment's PySide6 tools), on the real repository and on a copy of ``resources/`` edited the ways
people edit it: a translation changed, an icon added.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "resources.py"


def check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--check", *args], capture_output=True, text=True, timeout=120
    )


def test_the_committed_resources_are_compiled_from_the_current_sources() -> None:
    result = check()
    assert result.returncode == 0, result.stderr


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    copy = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", copy)
    return copy


def test_a_translation_changed_without_recompiling_fails_the_check(sources: Path) -> None:
    ts = sources / "translations" / "bootcamp_fr.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        if message.findtext("source") == "Home":
            message.find("translation").text = "Page d'accueil"  # type: ignore[union-attr]
    tree.write(ts, encoding="utf-8", xml_declaration=True)

    result = check("--sources", str(sources))

    assert result.returncode == 1
    assert "i18n/bootcamp_fr.qm: differs from its source" in result.stderr
    assert "bootcamp_mg" not in result.stderr  # only what changed is named


def test_an_icon_added_without_recompiling_fails_the_check(sources: Path) -> None:
    shutil.copy(sources / "icons" / "org.fataplus.BootcampDesktop.svg", sources / "icons" / "new-icon.svg")

    result = check("--sources", str(sources))

    assert result.returncode == 1
    assert "icons/new-icon.svg: missing from rc_bootcamp.py" in result.stderr


def test_compiling_the_same_sources_twice_gives_the_same_bytes(sources: Path, tmp_path: Path) -> None:
    """Reproducible whatever the files' dates (rcc would embed them), so regenerating after a fresh
    checkout changes nothing in git."""
    first, second = tmp_path / "first", tmp_path / "second"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--sources", str(sources), "--output", str(first)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    for path in sources.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    subprocess.run(
        [sys.executable, str(SCRIPT), "--sources", str(sources), "--output", str(second)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert (first / "rc_bootcamp.py").read_bytes() == (second / "rc_bootcamp.py").read_bytes()


def test_the_app_shows_its_icon_and_speaks_french_from_the_compiled_resources(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from bootcamp_desktop.ui.app_identity import APP_ID, ICON, apply_identity
    from bootcamp_desktop.ui.i18n import install_translator

    apply_identity(qapp)
    assert not qapp.windowIcon().pixmap(64, 64).isNull()
    assert qapp.desktopFileName() == APP_ID
    assert ICON.endswith(f"{APP_ID}.svg")
    translator = install_translator(qapp, "fr")
    try:
        assert translator is not None
        assert QCoreApplication.translate("Screens", "Home") == "Accueil"
    finally:
        qapp.removeTranslator(translator)
