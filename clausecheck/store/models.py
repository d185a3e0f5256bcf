"""The saved-review tables, as SQLAlchemy 2 models.

The schema itself is made by the Alembic migrations beside this module (``migrations/``);
``tests/test_store.py`` checks that these models and the migrated database agree. Only the
agreement's sha256 and name, and what the reviewer wrote, are kept; the agreement's text is kept
only in ``reviews.report_json``, and only when the user asked for it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Constraint names fixed by a convention, so migrations can name what they drop on any
database (SQLite leaves unnamed constraints unnamed)."""

ID_LENGTH = 64
"""Clause ids, issue ids and codes: short identifiers (decisions.check_id enforces it)."""


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ReviewRow(Base):
    """One review per agreement, found again by the agreement's sha256."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    document_name: Mapped[str] = mapped_column(Text)
    playbook_name: Mapped[str | None] = mapped_column(Text)
    playbook_content: Mapped[str | None] = mapped_column(Text)
    """The playbook as JSON (decisions.playbook_to_dict)."""
    reviewer: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    report_json: Mapped[str | None] = mapped_column(Text)
    """The analysed report (the agreement's clause text), only when the user keeps text."""
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    decisions: Mapped[list[DecisionRow]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="DecisionRow.id"
    )
    added_issues: Mapped[list[AddedIssueRow]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="AddedIssueRow.id"
    )
    corrections: Mapped[list[CorrectionRow]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="CorrectionRow.id"
    )


class DecisionRow(Base):
    """A decision on one issue the tool raised."""

    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("review_id", "issue_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    issue_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    action: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    clause_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    review: Mapped[ReviewRow] = relationship(back_populates="decisions")


class AddedIssueRow(Base):
    """An issue the reviewer wrote."""

    __tablename__ = "added_issues"
    __table_args__ = (UniqueConstraint("review_id", "added_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    added_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    category: Mapped[str | None] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    clause_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    text: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    review: Mapped[ReviewRow] = relationship(back_populates="added_issues")


class CorrectionRow(Base):
    """The labels a reviewer gave one clause."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("review_id", "clause_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    clause_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    labels: Mapped[str] = mapped_column(Text)
    """The categories as a JSON list (an empty list: none applies)."""

    review: Mapped[ReviewRow] = relationship(back_populates="corrections")
