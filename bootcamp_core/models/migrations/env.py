"""Alembic environment shared by the replica, the workshop hub and the central server.

Run through ``bootcamp_core.models.migrate.Migrations`` (which passes an open connection and the
metadata of the database's tables), never with a config file: the same shared scripts serve every
database, each application adding its own branch.
"""

from alembic import context

from bootcamp_core.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=config.attributes.get("target_metadata", Base.metadata),
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
