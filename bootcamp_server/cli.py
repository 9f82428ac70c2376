"""``bootcamp-server``: serve, migrate, seed-demo, create-user, issue-token, make-cert, check-backup,
publish-release (and list-releases, withdraw-release, release-key: ``cli_releases.py``).
Every command takes
``--database-url`` (PostgreSQL ``postgresql://...`` through psycopg 3, or SQLite; default: SQLite in the
data directory, for a workshop hub)."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

import sqlalchemy as sa

from bootcamp_core.models import User, UserRole, uuid7
from bootcamp_core.models.enums import ROLE

from . import logging as server_logging
from .audit import record
from .db import ServerDB
from .models import PasswordCredential
from .oauth.passwords import WeakPasswordError, hash_password
from .oauth.tokens import issue_access_token, now
from .schema import migrate
from .settings import Settings

if TYPE_CHECKING:
    from .announce import Announcer

log = logging.getLogger("bootcamp_server.cli")
KEEP_ALIVE_SECONDS = 75


class CliError(Exception):
    pass


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, object] = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = args.data_dir
    if getattr(args, "issuer", None):
        overrides["issuer"] = args.issuer
    if getattr(args, "insecure_http", False):
        overrides["allow_insecure_http"] = True
    if not getattr(args, "issuer", None) and not os.environ.get("BOOTCAMP_ISSUER") and hasattr(args, "port"):
        host = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
        scheme = "https" if getattr(args, "tls_cert", None) else "http"
        overrides["issuer"] = f"{scheme}://{host}:{args.port}"
    settings = Settings.from_env(args.database_url, **overrides)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return settings


def _read_password(confirm: bool = True) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password again: ") != first:
        raise CliError("the two passwords differ")
    return first


def set_password(sdb: ServerDB, user_id: uuid.UUID, password: str) -> None:
    hashed = hash_password(password)
    with sdb.owner() as s:
        existing = s.get(PasswordCredential, user_id)
        if existing is None:
            s.add(PasswordCredential(user_id=user_id, password_hash=hashed, updated_at=now()))
        else:
            existing.password_hash = hashed
            existing.updated_at = now()


def create_user(
    sdb: ServerDB, email: str, roles: Sequence[str], password: str, full_name: str | None
) -> uuid.UUID:
    hash_password(password)  # refuse a weak password before writing anything
    with sdb.owner() as s:
        if s.execute(sa.select(User.id).where(sa.func.lower(User.email) == email.lower())).first():
            raise CliError(f"a user with email {email} exists")
        user = User(
            id=uuid7(), fataplus_user_id=uuid.uuid4(), email=email, full_name=full_name or email.split("@")[0]
        )
        s.add(user)
        s.flush()
        for role in roles:
            s.add(UserRole(id=uuid7(), user_id=user.id, role=role))
            s.flush()
            record(
                s,
                actor_id=None,
                action="user_roles.grant",
                table="user_roles",
                row_id=user.id,
                after={"user_id": str(user.id), "role": role},
                reason="bootcamp-server create-user",
                raw=True,
            )
        user_id = user.id
    set_password(sdb, user_id, password)
    return user_id


def _user_id(sdb: ServerDB, email: str) -> uuid.UUID:
    with sdb.owner() as s:
        found = s.execute(sa.select(User.id).where(sa.func.lower(User.email) == email.lower())).scalar()
    if found is None:
        raise CliError(f"no user with email {email}")
    return found


def _tls_options(args: argparse.Namespace) -> dict[str, str]:
    if bool(args.tls_cert) != bool(args.tls_key):
        raise CliError("--tls-cert and --tls-key go together")
    if not args.tls_cert:
        return {}
    for path in (args.tls_cert, args.tls_key):
        if not os.path.isfile(path):
            raise CliError(
                f"{path} does not exist (make one with: bootcamp-server make-cert --host <address>)"
            )
    return {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key}


def cmd_serve(args: argparse.Namespace) -> int:
    tls = _tls_options(args)
    settings = _settings(args)
    announcer = _announcer(args, settings, tls)  # refused before anything starts when it cannot be
    if announcer is None:
        _migrate_and_run(args, settings, tls)
        return 0
    from .announce import announced

    # registered once the port accepts connections; the goodbye at the end drops it from the laptops' lists
    with announced(announcer):
        _migrate_and_run(args, settings, tls)
    return 0


def _migrate_and_run(args: argparse.Namespace, settings: Settings, tls: dict[str, str]) -> None:
    if args.migrate:
        sdb = ServerDB(settings)
        migrate(sdb.database, settings.db_app_role)
        sdb.dispose()
    _run_uvicorn(args, settings, tls)


def _announcer(args: argparse.Namespace, settings: Settings, tls: dict[str, str]) -> Announcer | None:
    """The hub's announcement on the room's network (``announce.py``), or None when it is not announced."""
    from .announce import Announcer, HubAnnouncement, default_name, refusal
    from .tls_cert import fingerprint_of_pem_file

    why_not = refusal(args.announce, args.host, settings.issuer, bool(tls))
    if why_not is not None:
        if args.announce:
            raise CliError(f"cannot announce this hub: {why_not}")
        if why_not != "not asked to":
            log.warning("hub not announced", extra={"fields": {"reason": why_not}})
        return None
    from pathlib import Path

    fingerprint = fingerprint_of_pem_file(Path(tls["ssl_certfile"]))
    return Announcer(
        HubAnnouncement(args.hub_name or default_name(), settings.issuer, fingerprint, args.port, args.host)
    )


def _run_uvicorn(args: argparse.Namespace, settings: Settings, tls: dict[str, str]) -> None:
    import uvicorn

    from .serving import HTTP_PROTOCOL

    if args.workers > 1:
        os.environ["BOOTCAMP_DATABASE_URL"] = settings.database_url
        os.environ["BOOTCAMP_SERVER_DATA_DIR"] = str(settings.data_dir)
        os.environ["BOOTCAMP_ISSUER"] = settings.issuer
        if settings.allow_insecure_http:
            os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
        uvicorn.run(
            "bootcamp_server.asgi:app",
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_config=server_logging.log_config(),
            timeout_graceful_shutdown=args.graceful_timeout,
            proxy_headers=True,
            http=HTTP_PROTOCOL,  # TCP_NODELAY on every connection, with any number of workers (serving.py)
            # A replica polls every minute or so: its connection (and TLS session) stays open between polls,
            # and is not closed by the server just as the next request goes out (uvicorn's default is 5 s).
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            **tls,
        )
    else:
        from .app import create_app, settle_heap

        app = create_app(settings)
        settle_heap()
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_config=server_logging.log_config(),
            timeout_graceful_shutdown=args.graceful_timeout,
            proxy_headers=True,
            http=HTTP_PROTOCOL,  # TCP_NODELAY on every connection, with any number of workers (serving.py)
            # A replica polls every minute or so: its connection (and TLS session) stays open between polls,
            # and is not closed by the server just as the next request goes out (uvicorn's default is 5 s).
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            **tls,
        )


def cmd_migrate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    sdb.dispose()
    print("database is up to date")
    return 0


def cmd_seed_demo(args: argparse.Namespace) -> int:
    from bootcamp_core.demo import (
        DEMO_ADMIN_EMAIL,
        DEMO_FACILITATOR_EMAIL,
        DEMO_INSTRUCTOR_EMAIL,
        DEMO_LEARNER_EMAIL,
        DEMO_PASSWORD,
        generate_demo,
    )

    DEMO_ACCOUNTS = (
        ("learner", DEMO_LEARNER_EMAIL),
        ("instructor", DEMO_INSTRUCTOR_EMAIL),  # noqa: N806
        ("facilitator", DEMO_FACILITATOR_EMAIL),
        ("admin", DEMO_ADMIN_EMAIL),
    )

    settings = _settings(args)
    sdb = ServerDB(settings)
    migrate(sdb.database, settings.db_app_role)
    with sdb.owner() as s:
        before = set(s.scalars(sa.select(User.id)))
        summary = generate_demo(s, blobs_dir=settings.blobs_dir, seed=args.seed, learners=args.learners)
    with sdb.owner() as s:
        user_ids = set(s.scalars(sa.select(User.id))) - before  # the demo's people only
    for user_id in sorted(user_ids):
        set_password(sdb, user_id, DEMO_PASSWORD)
    with sdb.owner() as s:
        names = dict(
            s.execute(
                sa.select(User.email, User.full_name).where(
                    User.email.in_([email for _, email in DEMO_ACCOUNTS])
                )
            ).all()
        )
    sdb.dispose()
    print(
        f"demo bootcamp seeded: {summary.total_rows} rows, {summary.blob_count} blobs; "
        f"every demo user's password is {DEMO_PASSWORD!r}"
    )
    print("sign in as:")
    for role, email in DEMO_ACCOUNTS:
        print(f"  {role:<12} {email:<44} {names.get(email, '')}")
    return 0


def cmd_create_user(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sdb = ServerDB(settings)
    roles = sorted(set(args.role or ["learner"]))
    password = _read_password()
    user_id = create_user(sdb, args.email, roles, password, args.name)
    sdb.dispose()
    print(f"created {args.email} ({', '.join(roles)}): {user_id}")
    return 0


def cmd_issue_token(args: argparse.Namespace) -> int:
    settings = _settings(args)
    sdb = ServerDB(settings)
    user_id = _user_id(sdb, args.email)
    seconds = args.ttl or settings.access_token_seconds
    with sdb.owner() as s:
        issued = issue_access_token(s, user_id, seconds)
    sdb.dispose()
    print(issued.access_token)
    return 0


def cmd_make_cert(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bootcamp_core.protocol.fingerprints import readable_fingerprint

    from .tls_cert import make_certificate

    settings = _settings(args)
    out = Path(args.out) if args.out else settings.data_dir / "tls"
    try:
        made = make_certificate(out, args.host, days=args.days, overwrite=args.overwrite)
    except (FileExistsError, ValueError) as exc:
        raise CliError(str(exc)) from None
    print(f"certificate: {made.cert_path}\nprivate key: {made.key_path} (mode 600; keep it on this machine)")
    print(f"fingerprint: {made.fingerprint}")
    print(readable_fingerprint(made.fingerprint))
    first = args.host[0]
    print(
        "\nServe with (the hub announces itself on the network; the laptops' sign-in dialog lists it):\n"
        f"  bootcamp-server serve --host 0.0.0.0 --port 8443 --issuer https://{first}:8443 "
        f"--tls-cert {made.cert_path} --tls-key {made.key_path}\n"
        "Read the fingerprint out to the room: each person compares it with the one their sign-in dialog\n"
        "shows beside the hub and clicks Trust. Or, without the dialog, each laptop runs once:\n"
        f"  bootcamp-desktop trust --server https://{first}:8443 --fingerprint {made.fingerprint}"
    )
    return 0


def cmd_check_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .backup_check import BackupCheckError, check_backup, format_report

    url = args.database_url or os.environ.get("BOOTCAMP_DATABASE_URL")
    try:
        report = check_backup(Path(args.file), cluster_url=url, app_role=args.app_role)
    except BackupCheckError as exc:
        raise CliError(str(exc)) from None
    print(format_report(report))
    return 0 if report.ok else 1


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bootcamp-server", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_)
        c.add_argument("--database-url", help="postgresql://user@host/db or sqlite:///path (default: SQLite)")
        c.add_argument("--data-dir", help="blobs and server files (default: ./bootcamp-server-data)")
        c.add_argument("--issuer", help="public base URL of this server (OAuth issuer)")
        c.add_argument("--log-level", default="info")
        return c

    s = command("serve", "run the API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--workers", type=int, default=1)
    s.add_argument("--graceful-timeout", type=int, default=30, help="seconds to finish requests in flight")
    s.add_argument("--no-migrate", dest="migrate", action="store_false", help="do not migrate at start")
    s.add_argument(
        "--insecure-http",
        action="store_true",
        help="allow sign-in over plain http on a non-loopback address (a workshop hub on a LAN)",
    )
    s.add_argument("--tls-cert", help="serve https with this PEM certificate (see make-cert)")
    s.add_argument("--tls-key", help="the certificate's PEM private key")
    s.add_argument(
        "--announce",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="announce the hub on the room's network so laptops list it (mDNS/DNS-SD); default: "
        "announced when serving https on a non-loopback address",
    )
    s.add_argument("--hub-name", help="the name laptops see for this hub (default: this machine's name)")
    s.set_defaults(func=cmd_serve)

    m = command(
        "make-cert", "make a self-signed TLS certificate for a workshop hub and print its fingerprint"
    )
    m.add_argument(
        "--host",
        action="append",
        required=True,
        help="an IP address or name the laptops use to reach the hub (repeat for several)",
    )
    m.add_argument("--days", type=int, default=365, help="validity in days (default 365)")
    m.add_argument("--out", help="folder for hub-cert.pem and hub-key.pem (default: <data dir>/tls)")
    m.add_argument("--overwrite", action="store_true", help="replace an existing certificate")
    m.set_defaults(func=cmd_make_cert)

    b = command("check-backup", "restore a backup somewhere disposable and check it; exit 1 when it fails")
    b.add_argument(
        "file", help="a pg_dump archive (-Fc, -Ft, -Fd or plain SQL, .gz allowed) or a hub's SQLite file"
    )
    b.add_argument("--app-role", default="bootcamp_app", help="the request role the dump's policies name")
    b.set_defaults(func=cmd_check_backup)

    command("migrate", "create or upgrade the schema, triggers and policies").set_defaults(func=cmd_migrate)

    d = command("seed-demo", "insert the demo bootcamp (users get the demo password)")
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--learners", type=int, default=12)
    d.set_defaults(func=cmd_seed_demo)

    u = command("create-user", "create a user; the password is read from standard input or prompted for")
    u.add_argument("email")
    u.add_argument("--role", action="append", choices=ROLE, help="repeat for several roles (default learner)")
    u.add_argument("--name", help="full name (default: the part of the email before @)")
    u.set_defaults(func=cmd_create_user)

    t = command("issue-token", "print an access token for EMAIL (automation, service accounts)")
    t.add_argument("email")
    t.add_argument("--ttl", type=int, help="lifetime in seconds (default: the access token lifetime)")
    t.set_defaults(func=cmd_issue_token)

    from .cli_releases import register

    register(command, sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    server_logging.configure(args.log_level)
    try:
        return int(args.func(args))
    except (CliError, WeakPasswordError) as exc:
        print(f"bootcamp-server: {exc}", file=sys.stderr)
        return 2
