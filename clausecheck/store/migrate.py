"""Bring a review database to the schema this clausecheck knows, with Alembic, from code.

There is no alembic.ini: ``alembic_config`` builds the configuration around the migrations
shipped in this package. Every ``ReviewStore.open`` upgrades to head, so a fresh database is
created and an older one is brought forward; a database written by a newer clausecheck is
refused rather than touched. A developer adds a revision with
``alembic.command.revision(alembic_config(), "message", autogenerate=True)`` against a database
at head (``sqlalchemy.url`` set on the config).
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, pointing at the shipped migrations (and at ``connection``)."""
    config = Config()
    # Config values are interpolated: a '%' in the install path must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision shipped with this clausecheck."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations shipped"
    return head


def known_revisions() -> set[str]:
    """Every revision shipped with this clausecheck."""
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database without our tables."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Run the migrations down to ``revision`` ('base' removes every table)."""
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
