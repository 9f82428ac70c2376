"""Seeded data made once per test run and copied by every test session that needs it.

Seeding the demo bootcamp takes most of a minute on these machines. The suite runs in several
pytest-xdist workers (``./run-tests``), each its own pytest session with its own session fixtures, so
without this each worker would seed the same demo again. Instead the first worker that needs a seeded
thing builds it in a folder all workers of the run share, under a file lock; the others wait for it and
copy it: a SQLite replica or a server's data folder as files, a PostgreSQL database with
``CREATE DATABASE ... TEMPLATE`` (a file-level copy, well under a second). Every copy is private to the
session that made it, so tests never see another worker's changes.

The PostgreSQL templates are dropped when the run ends (``drop_templates``, called from the run's
``pytest_sessionfinish`` in the controlling process).
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from filelock import FileLock

TEMPLATES_FILE = "pg-templates.txt"  # in the run's folder: one template database name a line


def run_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the whole run: shared by all xdist workers (each has its own under it)."""
    base = tmp_path_factory.getbasetemp()
    worker = os.environ.get("PYTEST_XDIST_WORKER")  # also set in processes a worker starts: check the name
    return base.parent if worker and base.name == f"popen-{worker}" else base


def once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], dict[str, Any]]
) -> tuple[Path, dict[str, Any]]:
    """``(folder, facts)``: ``build(folder)`` run once per run, by whichever session asks first; the
    others wait for it. ``facts`` is what ``build`` returned (JSON). A failed build is tried again by the
    next session that asks, so one failure shows in every test that needed it, with its own error."""
    root = run_folder(tmp_path_factory)
    folder = root / name
    record = root / f"{name}.json"
    with FileLock(str(root / f"{name}.lock")):
        if not record.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            record.write_text(json.dumps(build(folder)))
    return folder, json.loads(record.read_text())


def copy_folder(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, dirs_exist_ok=True)
    return target


def _admin() -> sa.Engine:
    from tests.conftest import pg_admin_url

    return sa.create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")


def pg_template(
    tmp_path_factory: pytest.TempPathFactory, name: str, seed: Callable[[sa.URL, Path], dict[str, Any]]
) -> tuple[Path, dict[str, Any]]:
    """A PostgreSQL database seeded once per run by ``seed(url, folder)`` (which must close every
    connection it opened: a template cannot be copied while anyone is connected to it), and the folder
    beside it. ``facts["database"]`` is the template's name, for ``clone_pg``."""

    def build(folder: Path) -> dict[str, Any]:
        from tests.conftest import create_pg_database, drop_pg_database

        url = create_pg_database(f"bootcamp_tpl_{name.replace('-', '_')}")
        with (run_folder(tmp_path_factory) / TEMPLATES_FILE).open("a") as out:
            out.write(f"{url.database}\n")
        try:
            facts = seed(url, folder)
        except BaseException:
            drop_pg_database(url)
            raise
        return {**facts, "database": url.database}

    return once(tmp_path_factory, name, build)


def clone_pg(tmp_path_factory: pytest.TempPathFactory, template: str, prefix: str) -> sa.URL:
    """A new database holding what ``template`` holds; the caller drops it (``drop_pg_database``)."""
    from tests.conftest import pg_admin_url

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    engine = _admin()
    try:
        # Two copies of one template made at once can trip over each other ("being accessed by other
        # users"): one at a time, it takes a fraction of a second.
        with FileLock(str(run_folder(tmp_path_factory) / "pg-clone.lock")), engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    finally:
        engine.dispose()
    return pg_admin_url().set(database=name)


def drop_templates(config: pytest.Config) -> None:
    """Drop the run's template databases: at the end of the run, in the process that owns the run (the
    xdist controller, or the only process without xdist)."""
    if hasattr(config, "workerinput"):
        return
    factory = getattr(config, "_tmp_path_factory", None)
    # No temporary folder made in this run means no template either (and none is made just to look).
    base = getattr(factory, "_basetemp", None)
    if base is None:
        return
    listing = Path(base) / TEMPLATES_FILE
    if not listing.exists():
        return
    engine = _admin()
    try:
        with engine.connect() as conn:
            for name in filter(None, listing.read_text().split()):
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        engine.dispose()
