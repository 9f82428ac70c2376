"""The schema against the seed: every table, column, type, NOT NULL, default, enum set, unique pair,
index and foreign key of ../shared/seed-data-model.md is in ``Base.metadata`` under the seed's names.

The seed is parsed from the document itself (docs/seed-data-model.md), so a table or column missing from the code fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from bootcamp_core.models import SEED_TABLES, Base, synced_models

# A verbatim copy of ../shared/seed-data-model.md, kept in the repository so CI can read it.
SEED_DOC = Path(__file__).resolve().parents[2] / "docs" / "seed-data-model.md"


def _seed_tables() -> dict[str, list[str]]:
    text = SEED_DOC.read_text(encoding="utf-8")
    return {
        name: body.split("\n") for name, body in re.findall(r"CREATE TABLE (\w+) \((.*?)\n\);", text, re.S)
    }


def _seed_columns() -> list[tuple[str, str, str]]:
    out = []
    for table, lines in _seed_tables().items():
        for line in lines:
            line = line.split("--")[0].strip().rstrip(",")
            if not line or line.startswith(("INDEX", "UNIQUE")):
                continue
            name, rest = line.split(None, 1)
            out.append((table, name, rest))
    return out


SEED = _seed_tables()
SEED_COLUMNS = _seed_columns()


def test_seed_document_parsed_completely() -> None:
    assert len(SEED) == 22
    assert len(SEED_COLUMNS) == 269


def test_all_seed_tables_present() -> None:
    assert tuple(SEED) == SEED_TABLES
    assert set(SEED) <= set(Base.metadata.tables)


def test_every_seed_table_is_synced() -> None:
    synced = {m.__tablename__ for m in synced_models()}
    assert set(SEED) <= synced
    for name in synced:
        cols = Base.metadata.tables[name].c
        assert "sync_version" in cols and "sync_seq" in cols


def _pg_type(column: sa.Column) -> str:
    return column.type.compile(dialect=postgresql.dialect())


TYPE_MAP = {
    "UUID": "UUID",
    "TEXT": "TEXT",
    "JSONB": "JSONB",
    "TEXT[]": "TEXT[]",
    "INET": "INET",
    "BOOLEAN": "BOOLEAN",
    "INTEGER": "INTEGER",
    "BIGINT": "BIGINT",
    "DATE": "DATE",
    "TIMESTAMP": "TIMESTAMP WITHOUT TIME ZONE",
}


@pytest.mark.parametrize(
    ("table", "column", "decl"), SEED_COLUMNS, ids=[f"{t}.{c}" for t, c, _ in SEED_COLUMNS]
)
def test_column_matches_seed(table: str, column: str, decl: str) -> None:
    col = Base.metadata.tables[table].c[column]
    seed_type = decl.split()[0]
    pg = _pg_type(col)
    if seed_type.startswith("ENUM("):
        values = tuple(re.findall(r"'([^']*)'", decl[: decl.index(")") + 1]))
        assert isinstance(col.type, sa.Enum)
        assert tuple(col.type.enums) == values
    elif seed_type.startswith("VARCHAR"):
        assert pg == seed_type
    elif seed_type.startswith("DECIMAL"):
        precision, scale = map(int, re.findall(r"\d+", seed_type))
        assert pg == f"NUMERIC({precision}, {scale})"
    else:
        assert pg == TYPE_MAP[seed_type], f"{table}.{column}: {pg} vs seed {seed_type}"

    upper = decl.upper()
    assert col.nullable is not ("NOT NULL" in upper or "PRIMARY KEY" in upper)
    if "PRIMARY KEY" in upper:
        assert col.primary_key
    if " UNIQUE" in upper:
        assert (
            any(
                isinstance(c, sa.UniqueConstraint) and [x.name for x in c.columns] == [column]
                for c in col.table.constraints
            )
            or col.unique
        )
    default = re.search(r"DEFAULT (\S+)", decl)
    if default:
        assert col.server_default is not None, f"{table}.{column} lacks its DEFAULT"
        rendered = str(getattr(col.server_default.arg, "text", col.server_default.arg)).lower()
        expected = default.group(1).strip("'").rstrip(",").lower()
        if expected == "gen_random_uuid()":
            assert "gen_random_uuid" in type(col.server_default.arg).__name__ or "uuid" in rendered
        elif expected == "current_timestamp":
            assert "current_timestamp" in rendered
        else:
            assert rendered.strip("'") == expected
    ref = re.search(r"REFERENCES (\w+)\((\w+)\)( ON DELETE CASCADE)?", decl)
    if ref:
        fks = list(col.foreign_keys)
        assert len(fks) == 1
        assert fks[0].column.table.name == ref.group(1)
        assert fks[0].column.name == ref.group(2)
        assert (fks[0].ondelete == "CASCADE") == bool(ref.group(3))


def _seed_constraints(kind: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    out = []
    for table, lines in SEED.items():
        for line in lines:
            line = line.strip()
            if kind == "INDEX" and (m := re.match(r"INDEX (\w+) \(([^)]*)\)", line)):
                out.append((table, m.group(1), tuple(c.strip() for c in m.group(2).split(","))))
            if kind == "UNIQUE" and (m := re.match(r"UNIQUE\(([^)]*)\)", line)):
                out.append((table, None, tuple(c.strip() for c in m.group(1).split(","))))
    return out


@pytest.mark.parametrize(("table", "name", "cols"), _seed_constraints("INDEX"))
def test_seed_indexes_present_under_seed_names(table: str, name: str, cols: tuple[str, ...]) -> None:
    indexes = {ix.name: tuple(c.name for c in ix.columns) for ix in Base.metadata.tables[table].indexes}
    assert indexes.get(name) == cols


@pytest.mark.parametrize(("table", "name", "cols"), _seed_constraints("UNIQUE"))
def test_seed_unique_pairs_present(table: str, name: None, cols: tuple[str, ...]) -> None:
    uniques = {
        tuple(c.name for c in uc.columns)
        for uc in Base.metadata.tables[table].constraints
        if isinstance(uc, sa.UniqueConstraint)
    }
    assert cols in uniques


def test_portable_types_on_sqlite() -> None:
    from sqlalchemy.dialects import sqlite

    users = Base.metadata.tables["users"]
    assert users.c.language_preferences.type.compile(dialect=sqlite.dialect()) == "JSON"
    assert users.c.location.type.compile(dialect=sqlite.dialect()) == "JSON"
    analytics = Base.metadata.tables["learning_analytics"]
    assert analytics.c.ip_address.type.compile(dialect=sqlite.dialect()) == "VARCHAR(45)"


def test_constraint_names_follow_the_convention() -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"


def test_all_mappers_configure() -> None:
    """Every relationship resolves its join (the Key Relationships Summary of the seed)."""
    sa.orm.configure_mappers()
    from bootcamp_core.models import Course, Enrollment, Lesson, Module, Submission, User

    assert Course.modules.property.mapper.class_ is Module
    assert Module.lessons.property.mapper.class_ is Lesson
    assert User.enrollments.property.mapper.class_ is Enrollment
    assert Submission.instructor_feedback.property.mapper.class_.__tablename__ == "instructor_feedback"
