"""The icons of navigation and main actions: Material Design Icons 6 from ``qtawesome`` (an icon font in
its package, Apache 2.0 licence), drawn in the theme's colours so they follow light and dark.

Why a font library and not SVGs of our own: docs/visual-design.md ("Icons").
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")  # qtawesome reaches Qt through QtPy: make it take PySide6

import qtawesome  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402

from .theme import colour  # noqa: E402

NAMES = {
    # navigation: the screens
    "home": "mdi6.home-outline",
    "catalogue": "mdi6.bookshelf",
    "my_courses": "mdi6.book-open-page-variant-outline",
    "lesson": "mdi6.play-box-outline",
    "assignments": "mdi6.clipboard-text-outline",
    "peer_review": "mdi6.account-check-outline",
    "discussions": "mdi6.forum-outline",
    "projects": "mdi6.palette-outline",
    "certificates": "mdi6.certificate-outline",
    "profile": "mdi6.account-circle-outline",
    "grading": "mdi6.checkbox-marked-circle-outline",
    "rubrics": "mdi6.table-check",
    "authoring": "mdi6.file-document-edit-outline",
    "peer_review_admin": "mdi6.account-switch-outline",
    "certificates_admin": "mdi6.certificate",
    "analytics": "mdi6.chart-box-outline",
    "cohort": "mdi6.account-group-outline",
    "presenter": "mdi6.projector-screen-outline",
    "audit": "mdi6.shield-search",
    "first_sync": "mdi6.cloud-sync-outline",
    # main actions
    "sign_in": "mdi6.login",
    "sign_out": "mdi6.logout",
    "sync": "mdi6.sync",
    "sync_panel": "mdi6.cloud-check-outline",
    "backup": "mdi6.content-save-outline",
    "restore": "mdi6.backup-restore",
    "quit": "mdi6.exit-to-app",
    "update": "mdi6.update",
    "submit": "mdi6.check-bold",
    "revision": "mdi6.undo-variant",
    "download": "mdi6.tray-arrow-down",
    "send": "mdi6.send-outline",
    "search": "mdi6.magnify",
    "pdf": "mdi6.file-pdf-box",
    "add": "mdi6.plus",
    "delete": "mdi6.delete-outline",
    "edit": "mdi6.pencil-outline",
    "usb": "mdi6.usb-flash-drive-outline",
    "help": "mdi6.help-circle-outline",
    "preview": "mdi6.eye-outline",
    "offline": "mdi6.cloud-off-outline",
    "empty": "mdi6.inbox-outline",
}


def icon(name: str, tone: str = "ink") -> QIcon:
    """The icon called ``name`` (a key of NAMES), in a token's colour; on the accent when selected."""
    return qtawesome.icon(
        NAMES[name],
        color=colour(tone),
        color_active=colour(tone),
        color_selected=colour("on_accent"),
        color_disabled=colour("muted"),
    )
