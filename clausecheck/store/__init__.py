"""Saved reviews in a real database: SQLite in the user's data folder by default, PostgreSQL
when a URL is given (``--db`` or ``CLAUSECHECK_DB``); SQLAlchemy models, Alembic migrations."""

from clausecheck.store.location import (
    DB_ENV,
    KEEP_TEXT_ENV,
    database_url,
    default_database_path,
    keep_text_default,
)
from clausecheck.store.reviews import ReviewStore, ReviewSummary, open_store

__all__ = [
    "DB_ENV",
    "KEEP_TEXT_ENV",
    "ReviewStore",
    "ReviewSummary",
    "database_url",
    "default_database_path",
    "keep_text_default",
    "open_store",
]
