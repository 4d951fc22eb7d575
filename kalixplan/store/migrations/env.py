"""Alembic environment: always runs on the connection handed over by the caller."""

from alembic import context

from kalixplan.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    version_table=context.config.attributes.get("version_table", "alembic_version"),
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
