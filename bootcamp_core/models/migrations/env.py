"""Alembic environment shared by the replica, the workshop hub and the central server.

Run through ``bootcamp_core.models.migrate`` (which passes an open connection), never with a
config file: the same scripts serve every database the application opens.
"""

from alembic import context

from bootcamp_core.models import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
