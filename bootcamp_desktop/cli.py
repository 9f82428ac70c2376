"""``bootcamp-desktop``: the application, and its headless commands (DESIGN.md "Commands")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _data_dir(args: argparse.Namespace) -> Path | None:
    return Path(args.data_dir).resolve() if getattr(args, "data_dir", None) else None


def _ask(prompt: str, *, secret: bool = True) -> str | None:
    """A line typed at the terminal, or None when there is no one to ask (a script, a pipe)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    try:
        return getpass.getpass(prompt) if secret else input(prompt)
    except (EOFError, KeyboardInterrupt):
        return None


def _new_passphrase() -> str | None:
    import os

    from bootcamp_desktop.services import secret_storage as ss

    if os.environ.get(ss.PASSPHRASE_ENV):
        return os.environ[ss.PASSPHRASE_ENV]
    for _ in range(3):
        first = _ask(f"New passphrase (at least {ss.MIN_PASSPHRASE} characters): ")
        if first is None:
            return None
        if len(first) < ss.MIN_PASSPHRASE:
            print(f"too short: at least {ss.MIN_PASSPHRASE} characters", file=sys.stderr)
            continue
        if _ask("The same passphrase again: ") == first:
            return first
        print("the two passphrases differ; again", file=sys.stderr)
    return None


def _secrets(args: argparse.Namespace, *, signing_in: bool = False) -> int | None:
    """Unlock this replica's passphrase vault before the replica opens (its key is inside); signing in
    on a computer with no keyring, offer the vault before the browser opens. An exit code when the
    command cannot go on (4, as for any sign-in problem)."""
    import os

    from bootcamp_desktop.replica import data_dir
    from bootcamp_desktop.services import secret_storage as ss

    directory = _data_dir(args) or data_dir().resolve()
    state = ss.storage_state(directory)
    if state is ss.Storage.VAULT_LOCKED:
        for attempt in range(3):
            passphrase = os.environ.get(ss.PASSPHRASE_ENV) if attempt == 0 else None
            passphrase = passphrase or _ask("Passphrase of this replica's sign-in: ")
            if passphrase is None:
                print(
                    f"error: this replica's sign-in is protected by a passphrase; type it at the prompt or set "
                    f"{ss.PASSPHRASE_ENV}",
                    file=sys.stderr,
                )
                return 4
            try:
                ss.unlock_vault(directory, passphrase)
                return None
            except ss.VaultError as exc:
                print(f"error: {exc}", file=sys.stderr)
                if os.environ.get(ss.PASSPHRASE_ENV) and not sys.stdin.isatty():
                    return 4
        return 4
    if state is ss.Storage.NONE and signing_in:
        print(ss.no_keyring_message(), file=sys.stderr)
        chosen = getattr(args, "passphrase_vault", False) or (
            (_ask("Protect your sign-in with a passphrase? [y/N] ", secret=False) or "").strip().lower()
            in ("y", "yes")
        )
        passphrase = _new_passphrase() if chosen else None
        if passphrase is None:
            print(
                "error: not signed in: this computer has nowhere safe to keep the sign-in. Run again with "
                f"--passphrase-vault (the passphrase typed at the prompt or in {ss.PASSPHRASE_ENV}), "
                "or install GNOME Keyring or KWallet.",
                file=sys.stderr,
            )
            return 4
        try:
            ss.create_vault(directory, passphrase)
        except ss.VaultError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 4
        print(
            f"your sign-in and your replica's key will be kept encrypted in {directory}; the app asks for "
            "the passphrase when it starts",
            file=sys.stderr,
        )
    return None


def _progress_printer(prefix: str):  # type: ignore[no-untyped-def]
    last = {"stage": None}

    def report(stage: str, fraction: float) -> None:
        if sys.stderr.isatty():
            print(f"\r{prefix} {stage:<28} {fraction:6.1%}", end="", file=sys.stderr, flush=True)
        elif stage != last["stage"]:
            print(f"{prefix} {stage}", file=sys.stderr)
        last["stage"] = stage

    return report


def cmd_open(args: argparse.Namespace) -> int:
    from bootcamp_desktop.app import run

    return run(data_dir=_data_dir(args), exit_after=args.exit_after)


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from bootcamp_desktop.replica import ReplicaError
    from bootcamp_desktop.services.workspace import is_empty, open_workspace, seed_demo

    code = _secrets(args)
    if code is not None:
        return code
    try:
        ws = open_workspace(_data_dir(args), demo_if_empty=False)
    except ReplicaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        if not is_empty(ws.db):
            print(
                f"error: the replica in {ws.directory} already holds data; demo content goes into an empty "
                "replica (set BOOTCAMP_DATA_DIR to a new folder).",
                file=sys.stderr,
            )
            return 1
        summary = seed_demo(ws, seed=args.seed, learners=args.learners, progress=_progress_printer("seeding"))
        if sys.stderr.isatty():
            print(file=sys.stderr)
        total = sum(summary.counts.values())
        print(f"demo bootcamp written to {ws.directory}: {total} rows in {len(summary.counts)} tables")
        return 0
    finally:
        ws.close()


class _Stop(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _workspace(args: argparse.Namespace, *, signing_in: bool = False):  # type: ignore[no-untyped-def]
    from bootcamp_desktop.services.workspace import open_workspace

    code = _secrets(args, signing_in=signing_in)
    if code is not None:
        raise _Stop(code)
    return open_workspace(_data_dir(args), demo_if_empty=False)


def cmd_login(args: argparse.Namespace) -> int:
    from bootcamp_desktop.replica import ReplicaError
    from bootcamp_desktop.services.account import sign_in
    from bootcamp_desktop.sync.errors import SyncError

    def show(url: str) -> None:
        if args.no_browser:
            print(url, flush=True)
        else:
            print(
                f"Opening your browser to sign in. If it does not open, visit:\n{url}",
                file=sys.stderr,
                flush=True,
            )

    try:
        ws = _workspace(args, signing_in=True)
    except ReplicaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        me = sign_in(ws, args.server, open_browser=not args.no_browser, show_url=show, timeout=args.timeout)
    except (SyncError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)
    finally:
        ws.close()
    print(f"signed in to {args.server} as {me.get('full_name') or me.get('email')}", file=sys.stderr)
    return 0


def cmd_logout(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.account import sign_out

    ws = _workspace(args)
    try:
        if not ws.settings.server_url:
            print("this replica is not signed in to any server", file=sys.stderr)
            return 0
        revoked = sign_out(ws)
    finally:
        ws.close()
    print(
        "signed out" + ("" if revoked else " here (the server could not be reached to revoke the tokens)"),
        file=sys.stderr,
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import asyncio

    from bootcamp_desktop.services import sync_ops, updates
    from bootcamp_desktop.sync.errors import SyncError
    from bootcamp_desktop.sync.progress import ProgressEvent

    ws = _workspace(args)
    tty = sys.stderr.isatty() and not args.quiet

    def show(event: ProgressEvent) -> None:
        if args.quiet:
            return
        if event.total:
            width = 30
            filled = int(width * min(event.done, event.total) / event.total)
            bar = "#" * filled + "-" * (width - filled)
            line = f"{event.stage:<12} [{bar}] {event.done}/{event.total} {event.message}"
        else:
            line = f"{event.stage:<12} {event.message}"
        if tty:
            print(f"\r{line[:100]:<100}", end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)

    try:
        engine = sync_ops.engine_for(ws)
        report = asyncio.run(engine.run(show))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SyncError as exc:
        if tty:
            print(file=sys.stderr)
        print(f"error: {exc.user_message}", file=sys.stderr)
        offer = updates.offer_from_error(exc)
        if offer is not None:
            print(
                f"version {offer.release.version} ({offer.megabytes}) is available from the server: "
                "run `bootcamp-desktop update`",
                file=sys.stderr,
            )
        return exc.exit_code
    finally:
        ws.close()
    if tty:
        print(file=sys.stderr)
    if updates.news_in(report.release_hint):
        print(
            f"version {report.release_hint} of the app is available: run `bootcamp-desktop update`",
            file=sys.stderr,
        )
    pushed = sum(report.pushed.values())
    files = report.blobs_fetched
    print(
        f"synced: {pushed} changes sent, {report.pull.changes} received in {report.pull.pages} pages"
        + (f", {len(report.repaired)} tables repaired" if report.repaired else "")
        + (f", {files.fetched} files to grade fetched ({files.fetched_bytes} bytes)" if files.fetched else "")
        + (
            f", {files.waiting} files to grade wait ({files.waiting_bytes} bytes over the data budget)"
            if files.waiting
            else ""
        )
        + (
            f"; {report.problems} changes need your decision (open the Sync panel)" if report.problems else ""
        ),
        file=sys.stderr,
    )
    return 6 if report.problems else 0


def cmd_backup(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.backup import BackupError, make_backup

    ws = _workspace(args)
    try:
        info = make_backup(ws)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        ws.close()
    print(info.path)
    print(f"backup verified (integrity check and test restore), {info.size} bytes", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.backup import BackupError, restore_backup

    source = Path(args.file)
    if not source.is_file():
        print(f"error: {source} does not exist", file=sys.stderr)
        return 2
    ws = _workspace(args)
    try:
        kept = restore_backup(ws, source)
    except BackupError as exc:
        print(f"error: {exc}; the replica was not changed", file=sys.stderr)
        return 1
    finally:
        ws.close()
    print(f"restored {source.name}; {kept} local changes made since were kept", file=sys.stderr)
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    from bootcamp_desktop.replica import ReplicaError
    from bootcamp_desktop.services.server_trust import forget_server, trust_server
    from bootcamp_desktop.sync.errors import SyncError

    try:
        ws = _workspace(args)
    except ReplicaError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        if args.remove:
            found = forget_server(ws, args.server)
            print(f"{args.server}: " + ("no longer trusted" if found else "was not trusted"), file=sys.stderr)
            return 0
        if not args.fingerprint:
            print(
                "error: give --fingerprint SHA256:... (the facilitator reads it out from make-cert)",
                file=sys.stderr,
            )
            return 2
        trusted = trust_server(ws, args.server, args.fingerprint)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SyncError as exc:
        print(f"error: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    finally:
        ws.close()
    print(f"trusted {trusted.origin} with certificate {trusted.fingerprint}", file=sys.stderr)
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    from bootcamp_desktop.ui.screenshots import PERSONAS, ShotOptions, parse_size, render_screenshots

    try:
        options = ShotOptions(
            size=parse_size(args.size),
            language=args.language,
            personas=tuple(args.persona or PERSONAS),
            screens=tuple(args.screen or ()),
            theme=args.theme,
            text_scale=args.text_scale,
        )
        paths = render_screenshots(Path(args.directory), options)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for path in paths:
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="folder of the replica (default: $BOOTCAMP_DATA_DIR or the user data folder)",
    )
    parser = argparse.ArgumentParser(
        parents=[common],
        prog="bootcamp-desktop",
        description="Fataplus Bootcamp Desktop. Without a command, opens the application. "
        "BOOTCAMP_DATA_DIR selects the replica's folder.",
    )
    parser.add_argument(
        "--exit-after", type=float, metavar="SECONDS", help="close the window after SECONDS (scripted checks)"
    )
    parser.set_defaults(func=cmd_open)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("seed-demo", parents=[common], help="fill an empty replica with the demo bootcamp")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same content)")
    p.add_argument("--learners", type=int, default=12, help="number of learners (2000 for benchmark size)")
    p.set_defaults(func=cmd_seed_demo)

    p = sub.add_parser(
        "login", parents=[common], help="sign in to a server through the browser (OAuth 2.0 with PKCE)"
    )
    p.add_argument("--server", required=True, help="the server's address, e.g. https://bootcamp.example.org")
    p.add_argument(
        "--no-browser", action="store_true", help="print the sign-in address instead of opening a browser"
    )
    p.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for the browser (default 300)"
    )
    p.add_argument(
        "--passphrase-vault",
        action="store_true",
        help="on a computer with no system keyring, keep the sign-in and the replica's key encrypted "
        "under a passphrase (typed at the prompt, or in BOOTCAMP_PASSPHRASE)",
    )
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("logout", parents=[common], help="revoke and forget this replica's sign-in")
    p.set_defaults(func=cmd_logout)

    p = sub.add_parser(
        "sync",
        parents=[common],
        help="sync the replica with its server",
        description="Exit codes: 0 synced; 1 other error; 2 no server configured or unusable replica; "
        "3 offline; 4 signed out; 5 protocol mismatch (update the app or the server); "
        "6 synced, but some changes were rejected or conflict; 7 the server sent invalid data; 8 server error; "
        "9 the server's certificate could not be verified (see `trust`).",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser(
        "backup", parents=[common], help="write a verified backup of the replica into its backups folder"
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", parents=[common], help="restore the replica from a backup, keeping unsynced changes"
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "trust",
        parents=[common],
        help="trust a workshop hub's self-signed certificate, after checking its SHA-256 fingerprint",
        description="Fetches the certificate the server presents and keeps it only when its SHA-256 fingerprint "
        "is the one given (the facilitator reads it out from `bootcamp-server make-cert`). From then on this "
        "replica trusts exactly that certificate for that server. Exit codes: 0 trusted; 2 bad arguments; "
        "3 server unreachable; 9 the fingerprint does not match (nothing trusted).",
    )
    p.add_argument("--server", required=True, help="the hub's address, e.g. https://10.0.0.5:8443")
    p.add_argument("--fingerprint", help="SHA256:AB:CD:... as printed by bootcamp-server make-cert")
    p.add_argument("--remove", action="store_true", help="stop trusting the server's certificate")
    p.set_defaults(func=cmd_trust)

    from .cli_update import register

    register(sub, common)

    p = sub.add_parser("screenshots", help="render every main screen offscreen with demo data into DIR")
    p.add_argument("directory", metavar="DIR")
    p.add_argument(
        "--size", default="1366x800", metavar="WxH", help="the window's size in pixels (default 1366x800)"
    )
    p.add_argument(
        "--language", default="en", choices=("en", "fr", "mg"), help="the interface language (default en)"
    )
    p.add_argument(
        "--persona",
        action="append",
        choices=("learner", "instructor", "facilitator", "admin"),
        help="only this persona's screens (repeatable; default all four)",
    )
    p.add_argument(
        "--screen", action="append", metavar="KEY", help="only this screen, e.g. grading (repeatable)"
    )
    p.add_argument(
        "--theme", default="light", choices=("light", "dark"), help="light (default) or dark colours"
    )
    p.add_argument(
        "--text-scale",
        type=float,
        default=1.0,
        metavar="FACTOR",
        help="every text this many times larger (1.25 to 2 for the OS's larger text settings)",
    )
    p.set_defaults(func=cmd_screenshots)

    from bootcamp_desktop.cli_usb import add_parsers

    add_parsers(sub, common)
    from bootcamp_desktop.cli_hubs import add_parsers as add_hub_parsers

    add_hub_parsers(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None):
        import os

        os.environ["BOOTCAMP_DATA_DIR"] = str(Path(args.data_dir).resolve())
    try:
        return int(args.func(args) or 0)
    except _Stop as stop:
        return stop.code


if __name__ == "__main__":
    sys.exit(main())
