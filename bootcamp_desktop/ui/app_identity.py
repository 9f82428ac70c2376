"""How the desktop knows the app: its id (the name of the desktop entry, the AppStream id and the
icon's name in the installed packages, from ``resources/linux``) and its icon, from the Qt resources."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QIcon

from bootcamp_desktop.resources import rc_bootcamp  # noqa: F401 - registers :/bootcamp with Qt

APP_ID = "org.fataplus.BootcampDesktop"
ICON = f":/bootcamp/icons/{APP_ID}.svg"


def apply_identity(app: QGuiApplication) -> None:
    """The window icon, and the desktop file name that lets Wayland and docks match windows to the
    installed entry (and so to its icon) instead of showing a generic one."""
    app.setWindowIcon(QIcon(ICON))
    app.setDesktopFileName(APP_ID)
