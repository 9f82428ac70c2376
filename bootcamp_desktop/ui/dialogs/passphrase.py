"""The passphrase vault in the window: unlocking it at start, choosing it at sign-in where no OS
keyring exists (``services/secret_storage.py`` says why a vault and not a plain file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import secret_storage as ss

from .. import format as fmt


class PassphraseDialog(QDialog):
    """Asks for the vault's passphrase; ``new``: asks twice, for a vault about to be made."""

    def __init__(self, parent: QWidget | None = None, *, new: bool = False, message: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Unlock your sign-in"))
        self.new = new
        self.message = QLabel(
            message
            or (
                self.tr(
                    "Choose a passphrase of at least {0} characters. The app asks for it each time it starts; "
                    "if you forget it, sign in again and your data comes back with the next sync."
                ).format(ss.MIN_PASSPHRASE)
                if new
                else self.tr(
                    "This computer keeps your sign-in under a passphrase. Type it to open your bootcamp."
                )
            )
        )
        self.message.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))
        self.error = QLabel()
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        if new:
            form.addRow(self.tr("&Again"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def passphrase(self) -> str:
        return self.first.text()

    def on_buttons_accepted(self) -> None:
        if self.new and len(self.first.text()) < ss.MIN_PASSPHRASE:
            self.error.setText(
                fmt.plural(
                    self.tr("Too short: at least %n character(s).", "", ss.MIN_PASSPHRASE), ss.MIN_PASSPHRASE
                )
            )
            return
        if self.new and self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.accept()


def unlock_at_start(directory: Path, parent: QWidget | None = None) -> bool:
    """Unlock the replica's vault, asking up to three times; False when the user gives up."""
    message = ""
    for _ in range(3):
        dialog = PassphraseDialog(parent, message=message)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            ss.unlock_vault(directory, dialog.passphrase())
            return True
        except ss.VaultError as exc:
            message = QCoreApplication.translate(
                "PassphraseDialog", "That did not open it: {0}. Try again."
            ).format(exc)
    return False


def offer_vault(directory: Path, parent: QWidget | None = None) -> bool:
    """No OS keyring: explain, and make a vault if the user chooses one. True when sign-in may go on."""
    box = QMessageBox(parent)
    box.setObjectName("NoKeyringChoice")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PassphraseDialog", "No keyring on this computer"))
    box.setText(
        QCoreApplication.translate(
            "PassphraseDialog", "This computer has no system keyring to keep your sign-in safely."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "PassphraseDialog",
            "You can protect your sign-in and your data with a passphrase instead: they are kept encrypted in "
            "your bootcamp folder, and the app asks for the passphrase when it starts. Or cancel, install GNOME "
            "Keyring or KWallet, and sign in again.",
        )
    )
    protect = box.addButton(
        QCoreApplication.translate("PassphraseDialog", "Protect with a &passphrase…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not protect:
        return False
    dialog = PassphraseDialog(parent, new=True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    ss.create_vault(directory, dialog.passphrase())
    return True
