"""What the frozen app leaves out, and why; read by ``bootcamp-desktop.spec`` on every platform.

PyInstaller's PySide6 hooks bring a Qt module with all of its plugins and every library those link,
and Qt's translations in 40 languages. The app needs far less (``grep -rn "from PySide6" bootcamp_desktop``:
QtCore, QtGui, QtWidgets, QtCharts, QtMultimedia(+Widgets) for video lessons, QtPdf(+Widgets) for
submissions and certificates), and size matters to people who download it on metered data.

On Linux the package also leaves out the desktop's own libraries (X11/xcb, OpenGL/EGL, fontconfig,
D-Bus, GLib, PulseAudio, the C++ runtime, ...): those must match the display server, the GPU driver
and the sound server of the computer it runs on, so they come from the system, and the Debian package
depends on them (``packaging/linux/build-deb.sh`` computes the list with ``dpkg-shlibdeps``). Bundling
them is the classic cause of frozen Qt apps failing on a newer distribution (an old ``libstdc++``
shadowing the one Mesa's driver needs). What the Python runtime itself links (OpenSSL, SQLite, libffi,
compression) stays bundled: small, and it spares the package the distributions' differing names.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path, PurePath

# Python modules nothing in the app uses, which the standard library or a hook would drag in.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "curses",
    "_curses",
    "readline",
    "pydoc_data",
    # Qt modules the app does not import (a library's optional import must not bring them back)
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtTextToSpeech",
    "PySide6.QtVirtualKeyboard",
    # Python bindings the hooks add for QtCharts and QtMultimedia, which import without them (9 MB);
    # their C++ libraries stay, as Qt links them
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
]

# Qt plugins and libraries the app never loads. Kept on purpose: the xcb, wayland, offscreen and
# minimal platforms; image formats (lesson pictures, thumbnails); the SVG icon engine (the app icon);
# the FFmpeg multimedia plugin (video lessons; it links QtQuick and QtQml, which therefore stay); TLS.
QT_LEFT_OUT = [
    r"plugins/platforminputcontexts/libqtvirtualkeyboardplugin",  # on-screen keyboard: QML, 10 MB
    r"plugins/egldeviceintegrations/",  # eglfs: Qt full screen on embedded boards, no window system
    r"plugins/platforms/lib(qeglfs|qlinuxfb|qvnc|qvkkhrdisplay|qminimalegl)\.",
    r"plugins/platformthemes/libqgtk3\.",  # pulls GTK 3 and its stack; Qt's portal theme stays
    r"plugins/(qmltooling|designer|sqldrivers|position|geoservices|sensors|texttospeech|webview)/",
    r"lib/libQt6(VirtualKeyboard|EglFS|EglFsKms|Designer|Help|Sql|Test|Bluetooth|Positioning|Location)",
    r"lib/libQt6(Quick3D|Quick(Controls|Templates|Dialogs|Layouts|Shapes|Particles|Effects|Timeline))",
    r"lib/libQt6(3D|Graphs|DataVisualization|WebEngine|WebChannel|WebView|Pdf(Quick)|Labs)",
]
# Qt's own catalogues (standard dialogs' buttons): only for the app's languages (no Malagasy exists).
QT_LANGUAGES = ("fr",)

# Libraries from the build machine's system that stay in the bundle: the Python runtime's own.
KEEP_SYSTEM = re.compile(r"lib(python3|ssl|crypto|sqlite3|ffi|lzma|bz2|z|expat|uuid|mpdec)[.-]")
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def _left_out(name: str, source: str) -> bool:
    path = PurePath(name).as_posix()
    if "PySide6/Qt/" in path or "PySide6\\Qt\\" in path:
        inside = path.split("PySide6/Qt/", 1)[-1]
        if any(re.search(rule, inside) for rule in QT_LEFT_OUT):
            return True
        if inside.startswith("translations/"):
            return not any(inside.endswith(f"_{lang}.qm") for lang in QT_LANGUAGES)
    if (
        sys.platform.startswith("linux")
        and source.startswith(SYSTEM_DIRS)
        and "/site-packages/" not in source
    ):
        return not KEEP_SYSTEM.match(PurePath(name).name)
    return False


def keep(toc: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries of a PyInstaller table of contents (name, source, type) that the app needs. A
    SYMLINK entry's source is the file it points to, inside the bundle: it goes when that file goes."""
    files = [e for e in toc if e[2] != "SYMLINK" and not _left_out(e[0], e[1] or "")]
    names = {PurePath(e[0]).as_posix() for e in files}
    return files + [e for e in toc if e[2] == "SYMLINK" and PurePath(e[1]).as_posix() in names]


def version(root: Path) -> str:
    """The app's version, from pyproject.toml (one place for the .deb, the installer and the bundle)."""
    return tomllib.loads((root / "pyproject.toml").read_text())["project"]["version"]


def windows_version_file(root: Path, work: Path) -> str:
    """The version resource Windows shows in a program's properties, written from pyproject.toml."""
    numbers = tuple(int(n) for n in re.findall(r"\d+", version(root))[:3]) + (0,) * 4
    quad = ", ".join(map(str, numbers[:4]))
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({quad}), prodvers=({quad}), mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1,
                    subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Fataplus'),
      StringStruct('FileDescription', 'Fataplus Bootcamp'),
      StringStruct('FileVersion', '{version(root)}'),
      StringStruct('ProductName', 'Fataplus Bootcamp'),
      StringStruct('ProductVersion', '{version(root)}')])]),
        VarFileInfo([VarStruct('Translation', [1033, 1200])])])
"""
    target = work / "version-info.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return str(target)
