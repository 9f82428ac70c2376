"""The interface language: English in the code, French and Malagasy from the catalogues in
``bootcamp_desktop/resources/translations`` (``scripts/translations.py`` updates them)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = ("en", "fr", "mg")


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``bootcamp_<language>.qm`` into ``app``; English (the source) needs none."""
    if language not in LANGUAGES or language == "en":
        return None
    folder = resources.files("bootcamp_desktop.resources").joinpath("translations")
    translator = QTranslator(app)
    if not translator.load(f"bootcamp_{language}", str(folder)):
        return None
    app.installTranslator(translator)
    return translator
