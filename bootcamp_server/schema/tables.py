"""Which columns the triggers and policies need, read from the shared table registry."""

from __future__ import annotations

from bootcamp_core.protocol import registry
from bootcamp_core.protocol.tables import TableSpec


def synced_specs() -> list[TableSpec]:
    return list(registry().values())


def tombstone_columns(spec: TableSpec) -> list[str]:
    """What a ``delete`` entry keeps: the id and the foreign keys access rules decide by."""
    return ["id", *sorted(c for c in spec.foreign_keys if c in spec.columns)]


def image_columns(spec: TableSpec) -> list[str]:
    """The columns of an ``upsert`` row image: every column but the secret ones."""
    return list(spec.columns)
