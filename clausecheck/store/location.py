"""Where saved reviews live: a SQLite file in the user's data folder, or the database named by
``--db`` or ``CLAUSECHECK_DB``."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from clausecheck.errors import StoreError
from clausecheck.escaping import terminal_text

DB_ENV = "CLAUSECHECK_DB"
"""The review database's URL (or a SQLite file path) when ``--db`` is not given."""
KEEP_TEXT_ENV = "CLAUSECHECK_KEEP_TEXT"
"""Set to 1 to keep the analysed agreement's text with its review by default (off: only the
review is kept, and the agreement is needed again to export a gap report)."""
DATA_FOLDER = "clausecheck"
DATABASE_FILE = "reviews.sqlite3"
DRIVERS = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
"""Database kinds we open, and the SQLAlchemy driver for each: psycopg 3 for PostgreSQL, so a
bare 'postgresql://' URL works without naming it."""


def default_database_path() -> Path:
    """``$XDG_DATA_HOME/clausecheck/reviews.sqlite3``, or under ``~/.local/share`` (XDG's default)."""
    base = os.environ.get("XDG_DATA_HOME") or ""
    root = Path(base) if Path(base).is_absolute() else Path.home() / ".local" / "share"
    return root / DATA_FOLDER / DATABASE_FILE


def keep_text_default() -> bool:
    """Whether the user asked, through ``CLAUSECHECK_KEEP_TEXT``, to keep agreement text."""
    return os.environ.get(KEEP_TEXT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def database_url(db: str | None = None) -> URL:
    """The database to open: ``db`` (``--db``), else ``CLAUSECHECK_DB``, else the default file.

    A value without '://' is a SQLite file path. Raises ``StoreError`` for anything else than
    SQLite or PostgreSQL."""
    value = db or os.environ.get(DB_ENV) or ""
    if not value.strip():
        return URL.create("sqlite", database=str(default_database_path()))
    if "://" not in value:
        return URL.create("sqlite", database=str(Path(value).expanduser()))
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise StoreError("E812", url=terminal_text(_without_password(value))) from None
    dialect = url.get_backend_name()
    if dialect not in DRIVERS:
        raise StoreError("E813", dialect=terminal_text(dialect))
    if "+" not in url.drivername:  # no driver named: ours, not SQLAlchemy's default psycopg2
        url = url.set(drivername=DRIVERS[dialect])
    return url


def shown_url(url: URL) -> str:
    """The URL for a message: password hidden, control characters escaped."""
    return terminal_text(url.render_as_string(hide_password=True))


def _without_password(text: str) -> str:
    """A URL that did not parse, with anything between ':' and '@' of its user part hidden."""
    head, sep, tail = text.partition("://")
    if "@" in tail:
        user, _, rest = tail.rpartition("@")
        tail = user.split(":", 1)[0] + ":***@" + rest
    return head + sep + tail
