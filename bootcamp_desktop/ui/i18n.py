"""The interface language: English in the code, French and Malagasy from the catalogues compiled into
the app's Qt resources (sources in ``resources/translations``; ``scripts/translations.py`` updates them).

``switch_language`` changes it while the app runs: Qt sends every widget a LanguageChange event, and the
main window rebuilds its screens in the new language (``MainWindow.changeEvent``), keeping unsaved work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from bootcamp_desktop.resources import rc_bootcamp  # noqa: F401 - registers :/bootcamp with Qt

LANGUAGES = ("en", "fr", "mg")
CATALOGUES = ":/bootcamp/i18n"
_current: dict[str, object] = {"language": "en", "translator": None}


def current_language() -> str:
    return str(_current["language"])


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``bootcamp_<language>.qm`` into ``app``; English (the source) needs none."""
    if language not in LANGUAGES or language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"bootcamp_{language}", CATALOGUES):
        return None
    app.installTranslator(translator)
    return translator


def switch_language(app: QCoreApplication, language: str) -> bool:
    """Make ``language`` the interface language now, in place of the one installed by an earlier call.
    False (and nothing changed) for a language the app has no catalogue of."""
    if language not in LANGUAGES:
        return False
    previous = _current["translator"]
    translator = install_translator(app, language)
    if language != "en" and translator is None:
        return False
    if isinstance(previous, QTranslator):
        app.removeTranslator(previous)
        previous.deleteLater()
    _current.update(language=language, translator=translator)
    # Dates and numbers follow: the language's own locale, or the system's for English (as before any switch)
    QLocale.setDefault(QLocale.system() if language == "en" else QLocale(language))
    return True
