"""The interface language: English in the code, French and Malagasy from the catalogues compiled into
the app's Qt resources (sources in ``resources/translations``; ``scripts/translations.py`` updates them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from bootcamp_desktop.resources import rc_bootcamp  # noqa: F401 - registers :/bootcamp with Qt

LANGUAGES = ("en", "fr", "mg")
CATALOGUES = ":/bootcamp/i18n"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``bootcamp_<language>.qm`` into ``app``; English (the source) needs none."""
    if language not in LANGUAGES or language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"bootcamp_{language}", CATALOGUES):
        return None
    app.installTranslator(translator)
    return translator
