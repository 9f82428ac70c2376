"""What ``bootcamp-server migrate`` installs after Alembic: change-log triggers, PostgreSQL row-level
security and the application role. Generated from the models' metadata, idempotent."""

from .install import migrate

__all__ = ["migrate"]
