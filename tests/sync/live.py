"""A real server for the sync tests: PostgreSQL with the demo bootcamp, uvicorn on 127.0.0.1, and a
browser stand-in that signs people in through the server's own login form."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa
import uvicorn

from bootcamp_core.demo import DEMO_PASSWORD, generate_demo
from bootcamp_core.models import User
from bootcamp_desktop.services import sync_ops
from bootcamp_desktop.services.account import sign_in
from bootcamp_desktop.services.workspace import Workspace, open_workspace
from bootcamp_desktop.sync.engine import SyncReport
from bootcamp_server.app import create_app
from bootcamp_server.cli import set_password
from bootcamp_server.db import ServerDB
from bootcamp_server.schema import migrate
from bootcamp_server.settings import Settings

DEMO_DAY = __import__("datetime").date(2026, 11, 25)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Uvicorn(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()


@dataclass
class LiveServer:
    settings: Settings
    sdb: ServerDB
    port: int
    users: dict[str, uuid.UUID] = field(default_factory=dict)  # email -> id
    _server: _Uvicorn | None = None
    _thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.settings.issuer

    def start(self) -> None:
        config = uvicorn.Config(
            create_app(self.settings), host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self._server = _Uvicorn(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        if not self._server.ready.wait(30):
            raise RuntimeError("the test server did not start")

    def stop(self, *, force: bool = False) -> None:
        """Stop serving; ``force``: as a crash would, without waiting for requests in flight to finish."""
        if self._server is not None:
            self._server.force_exit = force
            self._server.should_exit = True
            assert self._thread is not None
            self._thread.join(30)
            self._server = None

    def restart(self, *, force: bool = False) -> None:
        self.stop(force=force)
        self.start()

    def email_of(self, user_id: uuid.UUID) -> str:
        return next(e for e, u in self.users.items() if u == user_id)


def seed_demo_server(database_url: str, data_dir: Path, *, learners: int = 12) -> None:
    """The server's database migrated and holding the demo bootcamp, every demo user's password set."""
    sdb = ServerDB(Settings(database_url=database_url, data_dir=data_dir))
    try:
        migrate(sdb.database, sdb.settings.db_app_role)
        with sdb.owner() as s:
            generate_demo(s, blobs_dir=sdb.settings.blobs_dir, seed=1, learners=learners, today=DEMO_DAY)
        with sdb.owner() as s:
            user_ids = list(s.scalars(sa.select(User.id)))
        for user_id in user_ids:
            set_password(sdb, user_id, DEMO_PASSWORD)
    finally:
        sdb.dispose()


def serve_demo(database_url: str, data_dir: Path) -> LiveServer:
    """A server on a free port for a database ``seed_demo_server`` filled (or a copy of one)."""
    port = free_port()
    settings = Settings(database_url=database_url, data_dir=data_dir, issuer=f"http://127.0.0.1:{port}")
    sdb = ServerDB(settings)
    with sdb.owner() as s:
        users = dict(s.execute(sa.select(User.email, User.id)).all())
    live = LiveServer(settings, sdb, port, users)
    live.start()
    return live


def start_demo_server(database_url: str, data_dir: Path, *, learners: int = 12) -> LiveServer:
    seed_demo_server(database_url, data_dir, learners=learners)
    return serve_demo(database_url, data_dir)


def start_from_template(
    tmp_path_factory: Any, template: tuple[Path, str], prefix: str, data_dir: Path
) -> LiveServer:
    """A server of its own on a copy of the run's seeded demo (the ``demo_server_template`` fixture): a
    PostgreSQL ``CREATE DATABASE ... TEMPLATE`` and a copy of its files, instead of generating it again."""
    from tests.seeded import clone_pg, copy_folder

    files, database = template
    url = clone_pg(tmp_path_factory, database, prefix)
    return serve_demo(url.render_as_string(hide_password=False), copy_folder(files, data_dir))


def browser(email: str, password: str = DEMO_PASSWORD) -> Callable[[str], None]:
    """What a person does with the sign-in address: open it, fill the form, follow the redirect home."""

    def visit(url: str) -> None:
        def run() -> None:
            with httpx.Client(follow_redirects=False, timeout=30) as b:
                page = b.get(url)
                csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
                action = re.search(r'<form method="post" action="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
                action = action.replace("&amp;", "&")
                answer = b.post(
                    httpx.URL(url).join(action),
                    data={"csrf_token": csrf, "email": email, "password": password},
                )
                if answer.status_code in (302, 303):
                    b.get(answer.headers["location"])

        threading.Thread(target=run, daemon=True).start()

    return visit


def new_replica(live: LiveServer, directory: Path, email: str, password: str = DEMO_PASSWORD) -> Workspace:
    ws = open_workspace(directory, demo_if_empty=False)
    sign_in(ws, live.url, open_browser=False, show_url=browser(email, password), timeout=60)
    return ws


def sync(ws: Workspace, **kwargs: Any) -> SyncReport:
    """One whole sync of ``ws``, blocking; in its own thread when a Qt-driven loop is running here."""
    import concurrent.futures

    engine = sync_ops.engine_for(ws, **kwargs)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(engine.run())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, engine.run()).result()


def fresh_submission(live: LiveServer, instructor_email: str) -> uuid.UUID:
    """A new piece of work handed in, waiting to be graded by ``instructor_email``, so tests sharing the
    server never compete for the demo's few waiting submissions."""
    from bootcamp_core.models import Assignment, CourseStaff, Enrollment, Lesson, Module, Submission, uuid7

    staff = live.users[instructor_email]
    with live.sdb.owner() as s:
        assignment, learner = s.execute(
            sa.select(Assignment.id, Enrollment.user_id)
            .join(Lesson, Lesson.id == Assignment.lesson_id)
            .join(Module, Module.id == Lesson.module_id)
            .join(CourseStaff, CourseStaff.course_id == Module.course_id)
            .join(Enrollment, Enrollment.course_id == Module.course_id)
            .where(
                CourseStaff.user_id == staff,
                CourseStaff.staff_role == "instructor",
                Enrollment.user_id != staff,
            )
            # one submission per learner and assignment (protocol.tables.MERGE_KEYS): a pair with none yet
            .where(
                ~sa.exists().where(
                    Submission.assignment_id == Assignment.id, Submission.user_id == Enrollment.user_id
                )
            )
            .order_by(Assignment.id, Enrollment.user_id)
            .limit(1)
        ).one()
        sid = uuid7()
        s.add(
            Submission(
                id=sid,
                assignment_id=assignment,
                user_id=learner,
                status="submitted",
                submission_content={"text": f"work {sid.hex[:6]}"},
            )
        )
    return sid
