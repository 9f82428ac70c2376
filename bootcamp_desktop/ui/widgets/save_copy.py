"""Saving a copy of a file from the blob store where the person chooses (a lesson's resource, the work
a peer reviews): one dialog, one copy, one message, the same everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from bootcamp_desktop.services import lessons
from bootcamp_desktop.services.safe_names import safe_file_name

from .common import Notice


def save_blob_copy(
    parent: QWidget, notice: Notice, blobs_root: Path, url: str, file_name: str | None, fallback: str = "file"
) -> Path | None:
    """Ask where, copy the blob there, and say how it went; the path saved, or None."""
    suggested = Path.home() / safe_file_name(file_name, fallback)
    target, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("save_copy", "Save a copy"), str(suggested)
    )
    if not target:
        return None
    try:
        saved = lessons.export_blob(blobs_root, url, Path(target))
    except OSError as exc:
        notice.show_message(
            QCoreApplication.translate("save_copy", "Could not save the file: {0}").format(exc), "error"
        )
        return None
    notice.show_message(QCoreApplication.translate("save_copy", "Saved {0}.").format(target), "info")
    return saved
