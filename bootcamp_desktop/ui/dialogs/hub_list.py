"""The workshop hubs found on the room's network, in the sign-in dialog.

Each hub shows its name, its address and its certificate fingerprint in groups of four, to compare with
the fingerprint the facilitator reads out. "Trust this hub" pins the certificate the hub presents, and
only if it has that fingerprint (``services.server_trust``): an announcement is only a hint, anyone on
the network can make one. Browsing runs in ``zeroconf``'s threads (``sync.discovery``); the list is
updated here, on the GUI thread, through a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from bootcamp_desktop.sync.discovery import FoundHub, HubBrowser
from bootcamp_desktop.sync.tls import readable_fingerprint

QUIET_MS = 5000


class HubList(QWidget):
    sig_trust_requested = Signal(object)  # the FoundHub the person compared and chose
    _sig_found = Signal(list)
    _sig_error = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, interfaces: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hubList")
        self.title = QLabel(self.tr("Looking for workshop hubs on this network…"))
        self.title.setWordWrap(True)
        self.hubs = QListWidget()
        self.hubs.setObjectName("hubs")
        self.hubs.setAccessibleName(self.tr("Workshop hubs found on this network"))
        self.hubs.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.hubs.currentItemChanged.connect(self.on_hubs_current_item_changed)
        self.hubs.hide()
        self.trust_button = QPushButton(self.tr("The fingerprints match: trust this hub"))
        self.trust_button.setObjectName("trustHub")
        self.trust_button.setEnabled(False)
        self.trust_button.clicked.connect(self.on_trust_button_clicked)
        self.trust_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hubs)
        layout.addWidget(self.trust_button)
        self._sig_found.connect(self.on_found, Qt.ConnectionType.QueuedConnection)
        self._sig_error.connect(self.title.setText, Qt.ConnectionType.QueuedConnection)
        self._browser = HubBrowser(
            lambda hubs: self._emit(self._sig_found, hubs),
            on_error=lambda message: self._emit(self._sig_error, message),
            interfaces=interfaces,
        )
        self._browser.start()
        # Hubs answer within a second or two: after a few quiet seconds, say none was found (still listening).
        QTimer.singleShot(QUIET_MS, self, self._none_yet)
        browser = self._browser  # not self: the slot runs when this widget is already gone
        self.destroyed.connect(lambda *_: threading.Thread(target=browser.close, daemon=True).start())

    def _none_yet(self) -> None:
        if self.hubs.count() == 0 and self.title.text() == self.tr(
            "Looking for workshop hubs on this network…"
        ):
            self.title.setText(self.tr("No workshop hub found on this network yet."))

    @staticmethod
    def _emit(signal: object, value: object) -> None:
        try:
            signal.emit(value)  # type: ignore[attr-defined]  # from zeroconf's thread, queued to this one
        except RuntimeError:
            pass  # the dialog is gone: nobody is looking any more

    def on_found(self, hubs: list[FoundHub]) -> None:
        chosen = self.chosen()
        self.hubs.clear()
        for hub in hubs:
            text = f"{hub.name} — {hub.url}\n{readable_fingerprint(hub.fingerprint)}"
            if not hub.record.compatible:
                text += "\n" + self.tr("(needs another version of this app)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hub)
            item.setToolTip(self.tr("Compare this fingerprint with the one the facilitator reads out"))
            self.hubs.addItem(item)
            if chosen is not None and hub.instance == chosen.instance:
                self.hubs.setCurrentItem(item)
        self.hubs.setVisible(bool(hubs))
        self.trust_button.setVisible(bool(hubs))
        self.title.setText(
            self.tr(
                "Workshop hubs on this network. Compare the fingerprint with the one the facilitator reads "
                "out, then trust the hub:"
            )
            if hubs
            else self.tr("No workshop hub found on this network yet.")
        )

    def chosen(self) -> FoundHub | None:
        item = self.hubs.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def on_hubs_current_item_changed(self, *_args: object) -> None:
        hub = self.chosen()
        self.trust_button.setEnabled(hub is not None and hub.record.compatible)

    def on_trust_button_clicked(self) -> None:
        hub = self.chosen()
        if hub is not None:
            self.sig_trust_requested.emit(hub)

    def stop(self) -> None:
        """Stop browsing (in a thread: closing sends goodbyes and waits for zeroconf's threads)."""
        threading.Thread(target=self._browser.close, name="hub-browser-close", daemon=True).start()
