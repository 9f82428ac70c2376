"""Laptops find the hub (issue 20, must-have 2): ``bootcamp-server serve --announce`` in its own process
announces itself on the network; a laptop's browse finds it with its sign-in address and the fingerprint of
the certificate it serves; stopping the server withdraws it. Records that are not a hub's are ignored."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bootcamp_core.protocol import PROTOCOL_VERSION
from bootcamp_core.protocol.hub_txt import parse, properties
from bootcamp_desktop.cli import main as desktop
from bootcamp_desktop.sync import tls
from bootcamp_desktop.sync.discovery import HubBrowser
from bootcamp_server.tls_cert import make_certificate
from tests.sync.live import free_port

from .mdns import LOOPBACK, ROOT, hub_at, require_multicast, serve_hub, wait_for


@pytest.mark.slow
def test_a_served_hub_is_found_with_its_certificate_fingerprint_and_leaves_when_it_stops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    require_multicast()
    made = make_certificate(tmp_path / "tls", ["127.0.0.1"])
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    browser = HubBrowser(lambda hubs: None, interfaces=LOOPBACK)
    browser.start()
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
    try:
        assert wait_for(lambda: hub_at(browser, url) is not None, 60), "the hub was not found on the network"
        found = hub_at(browser, url)
        assert found is not None
        assert found.name == "Room 4 hub"
        assert tls.format_fingerprint(found.fingerprint) == made.fingerprint
        assert found.record.protocol == PROTOCOL_VERSION and found.record.compatible
        assert "127.0.0.1" in found.addresses
        # What the hub serves is what it announced: the certificate it presents has that fingerprint.
        assert tls.fingerprint_of_pem(tls.fetch_certificate(url)) == found.fingerprint
        # The same list on the command line, with the trust command to run once the fingerprints match.
        assert desktop(["hubs", "--wait", "3", "--interface", "127.0.0.1"]) == 0
        listed = capsys.readouterr().out
        assert "Room 4 hub" in listed and tls.readable_fingerprint(made.fingerprint).split("\n")[0] in listed
        assert f"bootcamp-desktop trust --server {url} --fingerprint {made.fingerprint}" in listed

        hub.send_signal(signal.SIGTERM)
        output, _ = hub.communicate(timeout=60)
        assert hub.returncode in (0, -signal.SIGTERM), output
        assert "hub announcement withdrawn" in output
        assert tls.readable_fingerprint(made.fingerprint) in output, (
            "the facilitator's terminal shows what to read out"
        )
        assert wait_for(lambda: hub_at(browser, url) is None, 15), (
            "the hub's goodbye did not remove it from the list"
        )
    finally:
        if hub.poll() is None:
            hub.kill()
            hub.communicate()
        browser.close()


def test_announce_without_a_certificate_is_refused_before_serving(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bootcamp_server",
            "serve",
            "--database-url",
            f"sqlite:///{tmp_path / 'hub.db'}",
            "--data-dir",
            str(tmp_path),
            "--host",
            "127.0.0.1",
            "--port",
            str(free_port()),
            "--announce",
        ],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 2
    assert "cannot announce this hub" in done.stderr and "--tls-cert" in done.stderr
    assert not (tmp_path / "hub.db").exists(), "nothing was started or migrated"


def test_announce_with_a_loopback_sign_in_address_on_the_lan_is_refused(tmp_path: Path) -> None:
    from bootcamp_server.announce import refusal

    assert refusal(True, "0.0.0.0", "https://127.0.0.1:8443", True) is not None
    assert "--issuer" in (refusal(True, "0.0.0.0", "https://127.0.0.1:8443", True) or "")
    assert refusal(None, "127.0.0.1", "https://127.0.0.1:8443", True) == "not asked to"
    assert refusal(None, "0.0.0.0", "https://10.0.0.5:8443", True) is None, "on the LAN with TLS: announced"
    assert refusal(False, "0.0.0.0", "https://10.0.0.5:8443", True) == "not asked to"
    assert "not https" in (refusal(True, "0.0.0.0", "http://10.0.0.5:8443", True) or "")


@pytest.mark.parametrize(
    "txt",
    [
        {},
        {b"txtvers": b"1", b"url": b"http://10.0.0.5:8000", b"fp": b"ab" * 32, b"proto": b"2"},  # not https
        {
            b"txtvers": b"1",
            b"url": b"https://10.0.0.5:8443",
            b"fp": b"abcd",
            b"proto": b"2",
        },  # short fingerprint
        {
            b"txtvers": b"2",
            b"url": b"https://10.0.0.5:8443",
            b"fp": b"ab" * 32,
            b"proto": b"2",
        },  # another format
        {b"txtvers": b"1", b"url": b"https://10.0.0.5:8443", b"fp": b"ab" * 32, b"proto": b"two"},
        {b"txtvers": b"1", b"url": b"\xff\xfe", b"fp": b"ab" * 32, b"proto": b"2"},
    ],
)
def test_a_record_that_is_not_a_hubs_is_ignored(txt: dict[bytes, bytes]) -> None:
    assert parse(txt) is None


def test_a_hubs_record_round_trips() -> None:
    fp = "SHA256:" + ":".join(["AB"] * 32)
    record = parse(
        {k.encode(): v.encode() for k, v in properties("Room\n 4", "https://10.0.0.5:8443/", fp).items()}
    )
    assert record is not None
    assert (record.name, record.url, record.fingerprint) == ("Room 4", "https://10.0.0.5:8443", "ab" * 32)
    assert (
        tls.readable_fingerprint(fp)
        == "ABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB\nABAB ABAB ABAB ABAB ABAB ABAB ABAB ABAB"
    )
