"""Alembic migrations of the saved-review database, run by ``clausecheck.store.migrate``."""
