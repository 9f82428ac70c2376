"""Sign in to a server: the system browser shows the server's login page (OAuth 2.0, PKCE, loopback)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from bootcamp_desktop.services import account, secret_storage, server_trust
from bootcamp_desktop.sync.errors import CertificateError

from ..context import AppContext
from ..operations import Background
from .hub_list import HubList
from .passphrase import offer_vault, unlock_at_start


class SignInDialog(QDialog):
    sig_signed_in = Signal(object)  # the server's description of the user
    _sig_url_ready = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        open_browser: bool = True,
        hub_interfaces: Sequence[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.ctx = ctx
        self.open_browser = open_browser
        self._cancel = threading.Event()
        self._job: Background | None = None
        self.server = QLineEdit(ctx.workspace.settings.server_url or "https://")
        self.server.setObjectName("serverUrl")
        self.server.setAccessibleName(self.tr("Server address"))
        self.status = QLabel(self.tr("Your browser will open on the server's sign-in page."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setOpenExternalLinks(True)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setPlaceholderText("SHA256:3F:A2:…")
        self.fingerprint.setAccessibleName(self.tr("Certificate fingerprint"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in with browser"))
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.on_buttons_rejected)
        self._sig_url_ready.connect(self.on_url_ready)
        # The workshop hubs announced on the room's network (interfaces: where to look; default everywhere).
        self.hub_list = HubList(self, interfaces=hub_interfaces)
        self.hub_list.sig_trust_requested.connect(self.on_hub_list_trust_requested)
        self.finished.connect(self.hub_list.stop)
        self._trust_job: Background | None = None
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        self._form = form
        form.setRowVisible(1, False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hub_list)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def on_hub_list_trust_requested(self, hub: Any) -> None:
        """Pin the hub's certificate, and only if it is the one whose fingerprint the person just compared:
        the certificate the hub presents now is fetched and checked (``tls.trust``), not the announcement."""
        self.hub_list.trust_button.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Checking the certificate of {0}…").format(hub.name))

        def job(_progress: Any) -> dict[str, Any]:
            try:
                trusted = server_trust.trust_server(self.ctx.workspace, hub.url, hub.fingerprint)
            except CertificateError as exc:
                return {"hub": hub, "refused": exc.user_message}
            return {"hub": hub, "fingerprint": trusted.fingerprint}

        self._trust_job = Background(job, owner=self)
        self._trust_job.signals.sig_finished.connect(self.on_hub_trusted)
        self._trust_job.signals.sig_failed.connect(self.on_hub_trust_failed)
        self._trust_job.start()

    def on_hub_trusted(self, result: dict[str, Any]) -> None:
        hub = result["hub"]
        self.busy.hide()
        self.hub_list.on_hubs_current_item_changed()
        if "refused" in result:
            self.status.setText(self.tr("{0} was not trusted: {1}").format(hub.name, result["refused"]))
            return
        self.server.setText(hub.url)
        self.fingerprint.setText(result["fingerprint"])
        self._form.setRowVisible(1, True)
        self.status.setText(
            self.tr(
                "{0} is trusted: this computer will accept only the certificate you compared. Sign in now."
            ).format(hub.name)
        )

    def on_hub_trust_failed(self, message: str) -> None:
        self.busy.hide()
        self.hub_list.on_hubs_current_item_changed()
        self.status.setText(self.tr("The hub was not trusted: {0}").format(message))

    def on_buttons_accepted(self) -> None:
        url = self.server.text().strip()
        try:
            url = account.normalize_server_url(url)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        if not self._secrets_ready():
            return
        fingerprint = self.fingerprint.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Waiting for you to sign in in the browser…"))
        self._cancel.clear()

        def job(_progress: Any) -> dict[str, Any]:
            if fingerprint:
                server_trust.trust_server(self.ctx.workspace, url, fingerprint)
            try:
                return account.sign_in(
                    self.ctx.workspace,
                    url,
                    open_browser=self.open_browser,
                    show_url=self._sig_url_ready.emit,
                    cancelled=self._cancel,
                )
            except CertificateError as exc:
                return {"certificate_error": exc.user_message}

        self._job = Background(job, owner=self)
        self._job.signals.sig_finished.connect(self.on_job_finished)
        self._job.signals.sig_failed.connect(self.on_job_failed)
        self._job.start()

    def _secrets_ready(self) -> bool:
        """Before the browser opens: somewhere safe to keep the sign-in, or a clear choice to make one."""
        directory = self.ctx.workspace.directory
        state = secret_storage.storage_state(directory)
        ready = state.usable
        if state is secret_storage.Storage.VAULT_LOCKED:
            ready = unlock_at_start(directory, self)
        elif state is secret_storage.Storage.NONE:
            ready = offer_vault(directory, self)
        if not ready:
            self.status.setText(
                self.tr("Not signed in: this computer has nowhere safe to keep your sign-in yet.")
            )
        return ready

    def on_url_ready(self, url: str) -> None:
        self.status.setText(
            self.tr(
                "Waiting for you to sign in in the browser. If it did not open, "
                '<a href="{0}">open the sign-in page</a>.'
            ).format(url)
        )

    def on_job_finished(self, me: dict[str, Any]) -> None:
        self.busy.hide()
        if "certificate_error" in me:
            # A workshop hub with its own certificate: trust it only by the fingerprint read out in the room.
            self._form.setRowVisible(1, True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.status.setText(
                self.tr(
                    "{0}\nIf this is your workshop's hub, type the certificate fingerprint the "
                    "facilitator reads out, then sign in again."
                ).format(me["certificate_error"])
            )
            return
        self.sig_signed_in.emit(me)
        self.accept()

    def on_job_failed(self, message: str) -> None:
        self.busy.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.status.setText(self.tr("Sign-in did not complete: {0}").format(message))

    def on_buttons_rejected(self) -> None:
        self._cancel.set()
        self.reject()
