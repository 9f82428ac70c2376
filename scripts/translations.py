"""Update the translation catalogues from the code and compile them.

    .venv/bin/python scripts/translations.py

Runs ``pyside6-lupdate`` over bootcamp_desktop/ui (new strings join the .ts files in
resources/translations, translations kept, strings gone from the code dropped), fills in the starter
translations below where a catalogue has none yet, and compiles the catalogues into the Qt resource
module the app loads (``packaging/resources.py``). Translators work on the .ts files with Qt Linguist
(``pyside6-linguist``); tests/ui/test_catalogues.py fails until every message is translated.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = {"fr": "fr_FR", "mg": "mg_MG"}
BIN = Path(sys.executable).parent

# Starter translations of what every user sees first: the navigation, the menus, the sync status.
STARTER: dict[str, dict[str, str]] = {
    "fr": {
        "Home": "Accueil",
        "Catalogue": "Catalogue",
        "My courses": "Mes cours",
        "Lesson": "Leçon",
        "Assignments": "Devoirs",
        "Peer review": "Évaluation par les pairs",
        "Discussions": "Discussions",
        "My design projects": "Mes projets de design",
        "Certificates": "Certificats",
        "Profile": "Profil",
        "Grading": "Correction",
        "Rubrics": "Grilles d'évaluation",
        "Course authoring": "Création de cours",
        "Peer reviews": "Évaluations par les pairs",
        "Analytics": "Statistiques",
        "Workshop cohort": "Groupe de l'atelier",
        "Presenter": "Présentation",
        "Audit log": "Journal d'audit",
        "Fataplus Bootcamp": "Fataplus Bootcamp",
        "Navigation": "Navigation",
        "&View": "&Affichage",
        "&File": "&Fichier",
        "Sign &in…": "Se &connecter…",
        "Sign &out": "Se &déconnecter",
        "&Sync now": "&Synchroniser",
        "Sync &panel…": "&Panneau de synchronisation…",
        "&Back up now": "&Sauvegarder maintenant",
        "&Restore from a backup…": "&Restaurer une sauvegarde…",
        "&Quit": "&Quitter",
        "not signed in": "non connecté",
        "demo replica, offline": "réplique de démonstration, hors ligne",
        "First sync": "Première synchronisation",
        "Sync panel": "Panneau de synchronisation",
        "Offline demo replica: nothing to sync": "Réplique de démonstration hors ligne : rien à synchroniser",
        "Last sync: {0}": "Dernière synchronisation : {0}",
        "Syncing…": "Synchronisation…",
        "{0} pending": "{0} en attente",
        "{0} need your decision": "{0} attendent votre décision",
        "last attempt: {0}": "dernière tentative : {0}",
        "Sync panel ({0})": "Panneau de synchronisation ({0})",
        "Synced": "Synchronisé",
        "Synced; {0} changes need your decision": "Synchronisé ; {0} modifications attendent votre décision",
        "&Send mine again": "&Renvoyer ma version",
        "&Discard mine": "&Abandonner ma version",
        "Your version (kept here)": "Votre version (conservée ici)",
        "On the server": "Sur le serveur",
        "Conflict": "Conflit",
        "Rejected": "Refusé",
        "created": "créé",
        "changed": "modifié",
        "deleted": "supprimé",
        "Sign in": "Connexion",
        "Server": "Serveur",
        "Sign in with browser": "Se connecter avec le navigateur",
        "Your data": "Vos données",
        "E&xport my data…": "E&xporter mes données…",
        "Delete my account…": "Supprimer mon compte…",
    },
    "mg": {
        "Home": "Fandraisana",
        "Catalogue": "Katalaogy",
        "My courses": "Ny fianarako",
        "Lesson": "Lesona",
        "Assignments": "Asa atao",
        "Peer review": "Fanombanana ataon'ny mpiara-mianatra",
        "Discussions": "Resadresaka",
        "My design projects": "Ny tetikasako",
        "Certificates": "Taratasy fanamarinana",
        "Profile": "Momba ahy",
        "Grading": "Fanomezana naoty",
        "Analytics": "Antontan'isa",
        "Presenter": "Fampisehoana",
        "&File": "&Rakitra",
        "&View": "&Jery",
        "Sign &in…": "&Hiditra…",
        "Sign &out": "&Hivoaka",
        "&Sync now": "&Ampifanaraho izao",
        "&Quit": "&Hiala",
        "Synced": "Voaampifanaraka",
        "Sign in": "Hiditra",
        "Server": "Mpizara",
        "Your data": "Ny angonao",
    },
}


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


def fill(ts: Path, words: dict[str, str]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None or source not in words:
            continue
        if translation.get("type") == "unfinished" and not (translation.text or "").strip():
            translation.text = words[source]
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bootcamp_desktop" / "ui").rglob("*.py"))
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = CATALOGUES / f"bootcamp_{lang}.ts"
        run(str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts))
        print(f"{ts.name}: {fill(ts, STARTER[lang])} starter translations filled")
    run(sys.executable, str(ROOT / "packaging" / "resources.py"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
