"""``bootcamp-desktop pack`` and ``bundle``: work on foot with a USB drive (README, "Without a network").

- ``pack export COURSE DIR`` (online): the course's signed pack and its files onto the drive.
- ``pack import DIR|FILE`` (offline): every pack on the drive, verified, resumable.
- ``bundle export DIR`` (a learner, offline): the work waiting to be sent, encrypted to the server.
- ``bundle import DIR``: on an app with a network (the facilitator's), hands in every learner's bundle and
  writes the answers beside them; on the learner's laptop, takes back the answers meant for it.

Exit codes: 0 done; 1 other error; 2 bad arguments or nothing to do it with; 3 offline; 4 signed out;
10 the pack or bundle was refused (altered, from elsewhere, incomplete): nothing was changed.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

REFUSED = 10


def _progress(prefix: str):  # type: ignore[no-untyped-def]
    def show(done: int, total: int) -> None:
        if sys.stderr.isatty() and total:
            print(f"\r{prefix} {done / total:6.1%} of {total} bytes", end="", file=sys.stderr, flush=True)

    return show


def _run(args: argparse.Namespace, work: Any) -> int:
    from bootcamp_desktop.cli import _workspace
    from bootcamp_desktop.services.course_pack import PackError
    from bootcamp_desktop.services.work_bundle import BundleError
    from bootcamp_desktop.sync.errors import SyncError

    ws = _workspace(args)
    try:
        return int(work(ws) or 0)
    except (PackError, BundleError) as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return REFUSED
    except SyncError as exc:
        print(f"\nerror: {exc.user_message}", file=sys.stderr)
        return exc.exit_code
    finally:
        ws.close()


def cmd_pack_export(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.course_pack import export_pack

    try:
        course_id = uuid.UUID(args.course)
    except ValueError:
        print("error: COURSE is the course's id (a UUID)", file=sys.stderr)
        return 2

    def work(ws: Any) -> int:
        if not ws.settings.server_url:
            print("error: exporting a pack needs the bootcamp's server: sign in first", file=sys.stderr)
            return 2
        result = export_pack(ws, course_id, Path(args.directory), _progress("exporting"))
        print(
            f"\nwrote {result.path}: {result.rows} rows, {result.files} files ({result.bytes} bytes, "
            f"{result.copied} copied now)"
            + (
                f"; {result.unavailable} files its lessons name are not on the server"
                if result.unavailable
                else ""
            ),
            file=sys.stderr,
        )
        return 0

    return _run(args, work)


def cmd_pack_import(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.course_pack import PackError, find_packs, import_pack

    def work(ws: Any) -> int:
        packs = find_packs(Path(args.source))
        if not packs:
            raise PackError(f"no course pack (*.bootcamp-pack) in {args.source}")
        for path in packs:
            result = import_pack(ws, path, _progress(f"importing {path.name}"))
            print(
                f"\nimported {result.title!r}: {result.rows} rows, {result.files} files "
                f"({result.copied} copied now)",
                file=sys.stderr,
            )
        return 0

    return _run(args, work)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.work_bundle import export_bundle

    def work(ws: Any) -> int:
        report = export_bundle(ws, Path(args.directory))
        print(
            f"wrote {report.written[0]}: {report.changes} changes, {report.files} files"
            + (
                ""
                if report.changes
                else " (nothing waits to be sent: its answer brings your grades and feedback)"
            ),
            file=sys.stderr,
        )
        return 0

    return _run(args, work)


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from bootcamp_desktop.services.work_bundle import hand_in, take_back

    def work(ws: Any) -> int:
        drive = Path(args.directory)
        back = take_back(ws, drive) if ws.settings.server_url else None
        if back is not None and (back.counts or back.pages):
            print(
                f"took back an answer: {sum(back.counts.values())} changes answered, {back.pages} pages of "
                "news (grades, feedback)",
                file=sys.stderr,
            )
        if args.take_back_only:
            return 0
        report = hand_in(ws, drive)
        for line in report.skipped:
            print(line, file=sys.stderr)
        for line in report.refused:
            print(f"refused: {line}", file=sys.stderr)
        print(f"handed in {report.handed_in} bundles; answers written beside them", file=sys.stderr)
        return REFUSED if report.refused else 0

    return _run(args, work)


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    pack = sub.add_parser("pack", help="course packs on a USB drive: export (online), import (offline)")
    pack_sub = pack.add_subparsers(title="pack commands", metavar="ACTION", required=True)
    p = pack_sub.add_parser(
        "export",
        parents=[common],
        help="write a course's signed pack and files to DIR",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("course", metavar="COURSE", help="the course's id")
    p.add_argument("directory", metavar="DIR", help="a folder, or a mounted USB drive")
    p.set_defaults(func=cmd_pack_export)
    p = pack_sub.add_parser("import", parents=[common], help="import every course pack in DIR (or one FILE)")
    p.add_argument("source", metavar="DIR")
    p.set_defaults(func=cmd_pack_import)

    bundle = sub.add_parser("bundle", help="hand in work on a USB drive and take the answers back")
    bundle_sub = bundle.add_subparsers(title="bundle commands", metavar="ACTION", required=True)
    p = bundle_sub.add_parser("export", parents=[common], help="write the work waiting to be sent to DIR")
    p.add_argument("directory", metavar="DIR")
    p.set_defaults(func=cmd_bundle_export)
    p = bundle_sub.add_parser(
        "import",
        parents=[common],
        help="take back answers for this laptop; with a network, hand in others' bundles",
    )
    p.add_argument("directory", metavar="DIR")
    p.add_argument("--take-back-only", action="store_true", help="do not hand in bundles (no network needed)")
    p.set_defaults(func=cmd_bundle_import)
