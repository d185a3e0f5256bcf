"""One module per schema revision, oldest first (Alembic reads them; it skips this file)."""
