"""Transport security against a workshop hub with a self-signed certificate (issue 7, part 7): the app
refuses it by default with a clear error; after ``trust`` with the right fingerprint, sign-in and sync
work; a wrong fingerprint, a changed certificate or an altered pin are refused."""

from __future__ import annotations

import re
import ssl
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from bootcamp_desktop.cli import main as desktop
from bootcamp_desktop.services.account import sign_in
from bootcamp_desktop.services.server_trust import trust_server, trusted_servers
from bootcamp_desktop.services.workspace import open_workspace
from bootcamp_desktop.sync import tls
from bootcamp_desktop.sync.errors import CertificateError, OfflineError
from bootcamp_server.app import create_app
from bootcamp_server.cli import main as server_cli
from bootcamp_server.settings import Settings
from bootcamp_server.tls_cert import make_certificate
from tests.sync.live import LiveServer, _Uvicorn, free_port, sync

from .conftest import PASSWORD, new_learner


@dataclass
class Hub:
    url: str
    fingerprint: str
    cert: Path


@pytest.fixture(scope="module")
def hub(live: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hub]:
    """The live server's database served over https with a self-signed certificate, as a hub would."""
    made = make_certificate(tmp_path_factory.mktemp("tls"), ["127.0.0.1", "localhost"])
    port = free_port()
    settings = Settings(
        database_url=live.settings.database_url,
        data_dir=live.settings.data_dir,
        issuer=f"https://127.0.0.1:{port}",
    )
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="on",
        ssl_certfile=str(made.cert_path),
        ssl_keyfile=str(made.key_path),
    )
    server = _Uvicorn(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    assert server.ready.wait(30)
    yield Hub(settings.issuer, made.fingerprint, made.cert_path)
    server.should_exit = True
    thread.join(30)


def browser(email: str) -> Callable[[str], None]:
    """The person's browser, where they accepted the hub's certificate after comparing its fingerprint."""

    def visit(url: str) -> None:
        def go() -> None:
            with httpx.Client(verify=False, follow_redirects=False, timeout=30) as b:
                page = b.get(url)
                csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
                action = (
                    re.search(r'<form method="post" action="([^"]+)"', page.text)
                    .group(1)
                    .replace("&amp;", "&")
                )  # type: ignore[union-attr]
                answer = b.post(
                    httpx.URL(url).join(action),
                    data={"csrf_token": csrf, "email": email, "password": PASSWORD},
                )
                if answer.status_code in (302, 303):
                    httpx.get(answer.headers["location"])  # the loopback redirect (plain http)

        threading.Thread(target=go, daemon=True).start()

    return visit


def test_the_default_client_refuses_a_self_signed_hub_clearly(
    hub: Hub, tmp_path: Path, live: LiveServer
) -> None:
    person = new_learner(live)
    ws = open_workspace(tmp_path / "r", demo_if_empty=False)
    try:
        with pytest.raises(CertificateError) as caught:
            sign_in(ws, hub.url, open_browser=False, show_url=browser(person.email), timeout=30)
        assert not isinstance(caught.value, OfflineError) and caught.value.exit_code == 9
        message = caught.value.user_message
        assert "certificate could not be verified" in message and "self-signed" in message
        assert "bootcamp-desktop trust" in message
        assert ws.settings.server_url is None
    finally:
        ws.close()


def test_a_wrong_fingerprint_trusts_nothing(hub: Hub, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "r", demo_if_empty=False)
    try:
        wrong = "SHA256:" + ":".join(["AB"] * 32)
        with pytest.raises(CertificateError, match="NOT trusted"):
            trust_server(ws, hub.url, wrong)
        assert trusted_servers(ws) == {} and not (ws.directory / tls.TRUST_DIR).exists()
        with pytest.raises(ValueError):
            trust_server(ws, hub.url, "not-a-fingerprint")
        with pytest.raises(ValueError):
            trust_server(ws, hub.url.replace("https", "http"), hub.fingerprint)
    finally:
        ws.close()


def test_after_trust_sign_in_and_sync_work(hub: Hub, tmp_path: Path, live: LiveServer) -> None:
    person = new_learner(live)
    ws = open_workspace(tmp_path / "r", demo_if_empty=False)
    try:
        trusted = trust_server(ws, hub.url, hub.fingerprint.lower().replace("sha256:", ""))
        assert trusted.fingerprint == hub.fingerprint and trusted_servers(ws) == {
            trusted.origin: hub.fingerprint
        }
        me = sign_in(ws, hub.url, open_browser=False, show_url=browser(person.email), timeout=60)
        assert me["email"] == person.email
        report = sync(ws)
        assert report.pull.changes > 50
        context = tls.verify_for(ws)
        assert isinstance(context, ssl.SSLContext) and context.verify_mode == ssl.CERT_REQUIRED
        assert tls.verify_for(ws, live.url) is True, "a pin applies to its own server only"

        # The pinned file altered on disk: refused, not silently trusted.
        pem = tls.cert_path(ws.directory, hub.url)
        pem.write_text(pem.read_text().replace("A", "B", 1))
        with pytest.raises(CertificateError, match="missing or was changed"):
            sync(ws)
    finally:
        ws.close()


def test_a_different_certificate_at_a_pinned_address_is_refused(hub: Hub, tmp_path: Path) -> None:
    other = make_certificate(tmp_path / "other", ["127.0.0.1"])
    ws = open_workspace(tmp_path / "r", demo_if_empty=False)
    try:
        # This replica trusts another certificate for the hub's address (as if the hub was impersonated).
        tls.trust(
            ws.directory, ws.settings.extra, hub.url, other.fingerprint, pem=other.cert_path.read_text()
        )
        ws.save_settings()
        with pytest.raises(CertificateError, match="could not be verified"):
            sign_in(ws, hub.url, open_browser=False, show_url=lambda url: None, timeout=10)
    finally:
        ws.close()


def test_the_commands(hub: Hub, tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        server_cli(["make-cert", "--host", "10.0.0.5", "--host", "hub.local", "--out", str(tmp_path / "c")])
        == 0
    )
    out = capsys.readouterr().out
    printed = re.search(r"fingerprint: (SHA256:[0-9A-F:]{95})", out)
    assert printed is not None and "bootcamp-desktop trust --server https://10.0.0.5:8443" in out
    from bootcamp_server.tls_cert import fingerprint_of_pem_file

    assert printed.group(1) == fingerprint_of_pem_file(tmp_path / "c" / "hub-cert.pem")
    assert (tmp_path / "c" / "hub-key.pem").stat().st_mode & 0o777 == 0o600
    assert server_cli(["make-cert", "--host", "10.0.0.5", "--out", str(tmp_path / "c")]) == 2, (
        "no silent overwrite"
    )
    capsys.readouterr()

    wrong = "SHA256:" + ":".join(["01"] * 32)
    assert desktop(["trust", "--data-dir", str(data_dir), "--server", hub.url, "--fingerprint", wrong]) == 9
    assert "NOT trusted" in capsys.readouterr().err
    assert (
        desktop(["trust", "--data-dir", str(data_dir), "--server", hub.url, "--fingerprint", hub.fingerprint])
        == 0
    )
    assert "trusted https://127.0.0.1:" in capsys.readouterr().err
    assert desktop(["trust", "--data-dir", str(data_dir), "--server", hub.url, "--remove"]) == 0
    assert server_cli(["serve", "--tls-cert", str(hub.cert)]) == 2, "a certificate without its key"
    assert (
        server_cli(
            ["serve", "--tls-cert", str(tmp_path / "nope.pem"), "--tls-key", str(tmp_path / "nope.key")]
        )
        == 2
    )
