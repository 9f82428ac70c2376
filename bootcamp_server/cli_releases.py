"""``bootcamp-server publish-release``, ``list-releases``, ``withdraw-release`` and ``release-key``: the
installers a server offers to the replicas that sync with it (``releases.py``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from bootcamp_core.protocol.releases import PLATFORMS, ReleaseError

from . import releases
from .db import ServerDB
from .schema import migrate


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def cmd_publish(args: argparse.Namespace) -> int:
    from .cli import CliError, _settings

    settings = _settings(args)
    sdb = ServerDB(settings)
    try:
        migrate(sdb.database, settings.db_app_role)
        info = releases.publish(
            sdb,
            settings,
            Path(args.file),
            version=args.version,
            platform=args.platform,
            protocol=args.protocol,
            signing_key=Path(args.signing_key) if args.signing_key else None,
            notes=args.notes,
            filename=args.filename,
        )
    except (ReleaseError, OSError) as exc:
        raise CliError(str(exc)) from None
    finally:
        sdb.dispose()
    print(
        f"published {info.platform} {info.version}: {info.filename}, {_megabytes(info.size)}, sha256 {info.sha256}"
        f"{', signed' if info.signature else ', not signed'}; protocol {info.protocol}"
    )
    print(f"replicas that sync learn of it; it is served at {settings.issuer}{info.url}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from .cli import _settings

    settings = _settings(args)
    sdb = ServerDB(settings)
    try:
        found = releases.listing(sdb)
    finally:
        sdb.dispose()
    for info in found:
        print(
            f"{info.platform:<12} {info.version:<12} {_megabytes(info.size):>10}  {info.sha256[:12]}  "
            f"{'signed' if info.signature else 'unsigned'}  {info.filename}"
        )
    if not found:
        print("no releases published")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from .cli import CliError, _settings

    settings = _settings(args)
    sdb = ServerDB(settings)
    try:
        if not releases.withdraw(sdb, args.platform, args.version):
            raise CliError(f"no release {args.version} for {args.platform}")
    except ReleaseError as exc:
        raise CliError(str(exc)) from None
    finally:
        sdb.dispose()
    print(f"withdrawn: {args.platform} {args.version}")
    return 0


def cmd_release_key(args: argparse.Namespace) -> int:
    from .cli import CliError

    try:
        public = releases.new_signing_key(Path(args.file))
    except (ReleaseError, OSError) as exc:
        raise CliError(str(exc)) from None
    print(
        f"private key: {args.file} (mode 600: keep it off servers, sign with publish-release --signing-key)"
    )
    print(f"public key:  {public}")
    print(
        "add the public key to TRUSTED_KEYS in bootcamp_desktop/sync/release_keys.py; apps built from then on "
        "install only releases signed with it"
    )
    return 0


def register(command: Callable[[str, str], argparse.ArgumentParser], sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = command("publish-release", "offer an installer of the app to the replicas that sync with this server")
    p.add_argument("file", help="the installer (.deb, .exe, .dmg)")
    p.add_argument("--version", required=True, help="its version (PEP 440, e.g. 1.4.0)")
    p.add_argument("--platform", required=True, choices=PLATFORMS)
    p.add_argument(
        "--protocol", type=int, help="the sync protocol the release speaks (default: this server's newest)"
    )
    p.add_argument("--signing-key", help="sign it with this Ed25519 private key (see release-key)")
    p.add_argument("--notes", help="a line about what changed, shown with the offer")
    p.add_argument("--filename", help="the name it is downloaded as (default: the file's name)")
    p.set_defaults(func=cmd_publish)

    p = command("list-releases", "list the installers this server offers")
    p.set_defaults(func=cmd_list)

    p = command("withdraw-release", "stop offering a release")
    p.add_argument("--version", required=True)
    p.add_argument("--platform", required=True, choices=PLATFORMS)
    p.set_defaults(func=cmd_withdraw)

    k = sub.add_parser("release-key", help="make the Ed25519 key pair that signs releases")
    k.add_argument("file", help="where to write the private key (PEM); it must not exist")
    k.add_argument("--log-level", default="info")
    k.set_defaults(func=cmd_release_key)
