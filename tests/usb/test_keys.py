"""The keys and envelopes of USB drives, without a server: signatures, HPKE to a recipient, and the device
key of a laptop shared by two people."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from bootcamp_core.protocol.usb import (
    RETURN_INFO,
    WORK_INFO,
    KeyPair,
    UsbError,
    canonical,
    open_sealed,
    seal,
    signed,
    verified,
)
from bootcamp_desktop.replica import open_replica
from bootcamp_desktop.sync.usb_keys import device_keys


def test_a_signature_holds_only_for_the_document_and_the_key() -> None:
    keys, other = KeyPair.from_seed(b"a" * 32), KeyPair.from_seed(b"b" * 32)
    envelope = signed({"user_id": "1", "mutations": [1, 2]}, keys)
    assert verified(envelope, keys.public["sign_key"]) == {"user_id": "1", "mutations": [1, 2]}
    with pytest.raises(UsbError, match="another key"):
        verified(envelope, other.public["sign_key"])
    with pytest.raises(UsbError, match="altered"):
        verified({**envelope, "signed": {"user_id": "2", "mutations": [1, 2]}}, keys.public["sign_key"])
    forged = signed({"user_id": "2"}, other)
    with pytest.raises(UsbError):
        verified({**forged, "key": envelope["key"]}, keys.public["sign_key"])


def test_sealed_bytes_open_only_for_the_recipient_and_their_purpose() -> None:
    server, learner = KeyPair.from_seed(b"s" * 32, b"server"), KeyPair.from_seed(b"l" * 32)
    secret = canonical({"text": "my field notes"})
    sealed = seal(secret, server.public["box_key"], WORK_INFO)
    assert b"field notes" not in sealed
    assert open_sealed(sealed, server.box, WORK_INFO) == secret
    with pytest.raises(UsbError):
        open_sealed(sealed, learner.box, WORK_INFO)  # not the recipient
    with pytest.raises(UsbError):
        open_sealed(sealed, server.box, RETURN_INFO)  # a bundle does not open as an answer
    flipped = bytearray(sealed)
    flipped[40] ^= 1
    with pytest.raises(UsbError):
        open_sealed(bytes(flipped), server.box, WORK_INFO)


def test_a_laptop_signed_in_by_someone_else_gets_a_new_device_key(tmp_path: Path) -> None:
    db = open_replica(tmp_path)
    try:
        a, b = uuid.uuid4(), uuid.uuid4()
        first = device_keys(db, a).fingerprint
        assert device_keys(db, a).fingerprint == first  # kept
        assert device_keys(db, b).fingerprint != first
        assert device_keys(db, a).fingerprint != first  # the one before is gone for good
    finally:
        db.dispose()
