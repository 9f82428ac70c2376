"""The sign-in dialog lists the hubs announced on the network with their fingerprints in groups of four;
after comparing, one click trusts the chosen hub (its certificate pinned, its address filled in). A hub
announced with a fingerprint that is not the one of the certificate it serves is refused, nothing pinned."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bootcamp_desktop.services.server_trust import trusted_servers
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync import tls
from bootcamp_desktop.ui.context import AppContext
from bootcamp_desktop.ui.dialogs.sign_in import SignInDialog
from bootcamp_server.announce import Announcer, HubAnnouncement
from bootcamp_server.tls_cert import make_certificate
from tests.sync.live import free_port

from .mdns import LOOPBACK, require_multicast, serve_hub

pytestmark = pytest.mark.slow


def _row(dialog: SignInDialog, fingerprint: str) -> int:
    shown = tls.readable_fingerprint(fingerprint)
    for row in range(dialog.hub_list.hubs.count()):
        if shown in dialog.hub_list.hubs.item(row).text():
            return row
    return -1


def test_the_dialog_lists_hubs_and_one_click_trusts_the_one_compared(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    require_multicast()
    made = make_certificate(tmp_path / "tls", ["127.0.0.1"])
    other = make_certificate(tmp_path / "other", ["127.0.0.1"])
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    hub = serve_hub(
        tmp_path,
        port,
        made.cert_path,
        made.key_path,
        "--announce",
        "--hub-name",
        "Room 4 hub",
        "--issuer",
        url,
    )
    # Someone else on the network announces the same address with another certificate's fingerprint.
    impostor = Announcer(HubAnnouncement("Room 4 hub", url, other.fingerprint, port, "127.0.0.1"))
    impostor.start()
    ws = open_workspace(tmp_path / "laptop", demo_if_empty=False)
    try:
        dialog = SignInDialog(AppContext.for_workspace(ws), hub_interfaces=LOOPBACK)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(
            lambda: _row(dialog, made.fingerprint) >= 0 and _row(dialog, other.fingerprint) >= 0,
            timeout=60000,
        )
        genuine = dialog.hub_list.hubs.item(_row(dialog, made.fingerprint))
        assert genuine.text().startswith(f"Room 4 hub — {url}")
        assert tls.readable_fingerprint(made.fingerprint) in genuine.text()
        assert dialog.hub_list.trust_button.isVisible()

        # The impostor's line: its fingerprint matches nothing the hub serves. Trusting it is refused.
        dialog.hub_list.hubs.setCurrentRow(_row(dialog, other.fingerprint))
        qtbot.mouseClick(dialog.hub_list.trust_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "was not trusted" in dialog.status.text(), timeout=30000)
        assert "NOT trusted" in dialog.status.text()
        assert trusted_servers(ws) == {} and not (ws.directory / tls.TRUST_DIR).exists()
        assert dialog.server.text() != url

        # The line whose fingerprint the facilitator read out: one click, and that certificate is pinned.
        dialog.hub_list.hubs.setCurrentRow(_row(dialog, made.fingerprint))
        assert dialog.hub_list.trust_button.isEnabled()
        qtbot.mouseClick(dialog.hub_list.trust_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "is trusted" in dialog.status.text(), timeout=30000)
        assert trusted_servers(ws) == {url: made.fingerprint}
        assert dialog.server.text() == url and dialog.fingerprint.text() == made.fingerprint
        context = tls.verify_for(ws, url)
        assert isinstance(context, ssl.SSLContext), "connections to the hub now trust exactly its certificate"
        dialog.reject()
    finally:
        impostor.close()
        hub.terminate()
        hub.communicate(timeout=60)
        ws.close()


def test_with_no_hub_on_the_network_the_dialog_says_so_and_sign_in_works_as_before(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bootcamp_desktop.ui.dialogs import hub_list

    ws = open_workspace(tmp_path / "laptop", demo_if_empty=False)
    try:
        # Another test of this suite may be announcing a hub on loopback at the same moment: then the list
        # shows it instead, which is right too.
        hub_list.QUIET_MS = 200
        dialog = SignInDialog(AppContext.for_workspace(ws), hub_interfaces=LOOPBACK)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(
            lambda: (
                "No workshop hub found" in dialog.hub_list.title.text() or dialog.hub_list.hubs.count() > 0
            ),
            timeout=10000,
        )
        if dialog.hub_list.hubs.count() == 0:
            assert not dialog.hub_list.hubs.isVisible() and not dialog.hub_list.trust_button.isVisible()
        assert dialog.server.isEnabled(), "typing an address still works"
        dialog.reject()
    finally:
        hub_list.QUIET_MS = 5000
        ws.close()
