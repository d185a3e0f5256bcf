"""Alembic's environment: run the migrations on the connection ``clausecheck.store.migrate``
hands over (there is no alembic.ini: the configuration is built in code)."""

from __future__ import annotations

from alembic import context

from clausecheck.store.models import Base

config = context.config
connection = config.attributes.get("connection")

if context.is_offline_mode():
    # 'alembic upgrade --sql': the SQL a database administrator can read and run by hand.
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()
elif connection is None:
    raise RuntimeError("clausecheck migrations run through clausecheck.store.migrate")
else:
    # Batch mode lets later revisions alter tables on SQLite, which has no ALTER COLUMN.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
