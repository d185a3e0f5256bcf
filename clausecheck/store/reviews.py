"""Saved reviews: open the database, save a review, find it again by the agreement's sha256.

One review per agreement. Saving replaces what was saved before for the same sha256, so the
page can save after every decision and the command line can import an exported review again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from clausecheck.decisions import (
    AddedIssue,
    Decision,
    Review,
    playbook_from_dict,
    playbook_to_dict,
)
from clausecheck.errors import StoreError
from clausecheck.escaping import terminal_text
from clausecheck.store.location import database_url, default_database_path, shown_url
from clausecheck.store.migrate import current_revision, known_revisions, upgrade
from clausecheck.store.models import AddedIssueRow, CorrectionRow, DecisionRow, ReviewRow
from clausecheck.types import Report

CONNECT_TIMEOUT_SECONDS = 5
"""How long to wait for a PostgreSQL server before saying it cannot be reached."""
SQLITE_BUSY_SECONDS = 15
"""How long SQLite waits for another process (a second page tab, the command line) to finish
writing before it gives up."""
MIN_REF_CHARS = 6
"""Characters of a sha256 that name a review on the command line ('review list' shows 12)."""
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
"""The default database is the user's alone: reviews say what a lawyer thinks of a contract."""


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """One line of ``clausecheck review list``."""

    sha256: str
    name: str
    playbook: str | None
    reviewer: str | None
    decisions: int
    dismissed: int
    added: int
    corrections: int
    keeps_text: bool
    created_at: datetime
    updated_at: datetime

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "name": self.name,
            "playbook": self.playbook,
            "reviewer": self.reviewer,
            "decisions": self.decisions,
            "dismissed": self.dismissed,
            "added_issues": self.added,
            "corrections": self.corrections,
            "keeps_text": self.keeps_text,
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


class ReviewStore:
    """The review database: SQLite or PostgreSQL, migrated to this version's schema on open."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, db: str | None = None) -> ReviewStore:
        """Open (creating and migrating as needed) the database ``db``, ``CLAUSECHECK_DB`` or
        the default SQLite file. Raises ``StoreError`` when it cannot be reached or is newer."""
        url = database_url(db)
        if url.get_backend_name() == "sqlite":
            _prepare_sqlite_file(url)
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
            event.listen(engine, "connect", _sqlite_pragmas)
        else:
            engine = create_engine(
                url, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}, pool_pre_ping=True
            )
        try:
            revision = current_revision(engine)
            if revision is not None and revision not in known_revisions():
                raise StoreError("E814", url=shown_url(url), revision=terminal_text(revision))
            upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError("E811", url=shown_url(url), detail=_first_line(exc)) from None
        except StoreError:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> URL:
        return self.engine.url

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save(
        self,
        review: Review,
        *,
        report: Report | None = None,
        keep_text: bool = False,
        touch: bool = True,
    ) -> Review:
        """Save ``review`` in place of any earlier one for its document, and return it with its
        timestamps set. With ``keep_text``, ``report`` (the report as analysed, with the
        agreement's text) is kept too; without it, any text kept before is removed. ``touch``
        False keeps the review's own ``updated_at`` (an import is not a new decision)."""
        if keep_text and (report is None or report.document.sha256 != review.document_sha256):
            raise ValueError("keep_text needs the report of the review's document")
        # Checked at the database's door as if typed in (ids, limits, no NUL), whatever path the
        # values took into the Review: PostgreSQL refuses NUL, and a store never keeps junk.
        checked = Review.from_dict(review.to_dict())
        now = datetime.now(UTC) if touch or review.updated_at is None else review.updated_at
        with self._session() as session, session.begin():
            row = self._row(session, review.document_sha256)
            if row is None:
                row = ReviewRow(
                    document_sha256=review.document_sha256, created_at=review.created_at or now
                )
                session.add(row)
            row.document_name = checked.document_name
            row.playbook_name = checked.playbook.name if checked.playbook else None
            row.playbook_content = (
                json.dumps(playbook_to_dict(checked.playbook), sort_keys=True)
                if checked.playbook
                else None
            )
            row.reviewer = checked.reviewer
            row.note = checked.note
            row.report_json = (
                json.dumps(report.to_dict(), ensure_ascii=False) if keep_text and report else None
            )
            row.updated_at = now
            # Old rows go before new ones come: the same issue or clause may come back, and
            # the unique constraints must not see both at once.
            row.decisions.clear()
            row.added_issues.clear()
            row.corrections.clear()
            session.flush()
            row.decisions.extend(_decision_row(d) for d in checked.decisions.values())
            row.added_issues.extend(_added_row(a) for a in checked.added)
            row.corrections.extend(
                CorrectionRow(clause_id=clause_id, labels=json.dumps(labels))
                for clause_id, labels in checked.corrections.items()
            )
            review.created_at = _utc(row.created_at)
            review.updated_at = now
        return review

    def load(self, sha256: str) -> Review | None:
        """The saved review of the document with this sha256, or None."""
        with self._session() as session:
            row = self._row(session, sha256)
            return _review(row) if row is not None else None

    def load_report(self, sha256: str) -> Report | None:
        """The analysed report kept with the review, or None when its text was not kept."""
        with self._session() as session:
            row = self._row(session, sha256)
            if row is None or row.report_json is None:
                return None
            return Report.from_dict(json.loads(row.report_json))

    def delete(self, sha256: str) -> bool:
        """Delete the review of this document (and any text kept with it); False if none."""
        with self._session() as session, session.begin():
            row = self._row(session, sha256)
            if row is None:
                return False
            session.delete(row)
            return True

    def summaries(self) -> list[ReviewSummary]:
        """Every saved review, most recently changed first."""
        with self._session() as session:
            rows = session.scalars(
                select(ReviewRow)
                .options(
                    selectinload(ReviewRow.decisions),
                    selectinload(ReviewRow.added_issues),
                    selectinload(ReviewRow.corrections),
                )
                .order_by(ReviewRow.updated_at.desc(), ReviewRow.id.desc())
            ).all()
            return [
                ReviewSummary(
                    sha256=row.document_sha256,
                    name=row.document_name,
                    playbook=row.playbook_name,
                    reviewer=row.reviewer,
                    decisions=len(row.decisions),
                    dismissed=sum(d.action == "dismiss" for d in row.decisions),
                    added=len(row.added_issues),
                    corrections=len(row.corrections),
                    keeps_text=row.report_json is not None,
                    created_at=_utc(row.created_at),
                    updated_at=_utc(row.updated_at),
                )
                for row in rows
            ]

    def resolve(self, ref: str) -> str:
        """The sha256 of the one saved review that ``ref`` (a sha256 or its start) names."""
        wanted = ref.strip().lower()
        if len(wanted) < MIN_REF_CHARS or any(c not in "0123456789abcdef" for c in wanted):
            raise StoreError("E818", minimum=MIN_REF_CHARS, ref=terminal_text(ref[:80]))
        with self._session() as session:
            found = session.scalars(
                select(ReviewRow.document_sha256)
                .where(ReviewRow.document_sha256.startswith(wanted, autoescape=True))
                .limit(2)
            ).all()
        if not found:
            raise StoreError("E815", ref=terminal_text(ref[:80]))
        if len(found) > 1:
            raise StoreError("E816", ref=terminal_text(ref[:80]), count="several")
        return found[0]

    def _session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _row(self, session: Session, sha256: str) -> ReviewRow | None:
        return session.scalar(select(ReviewRow).where(ReviewRow.document_sha256 == sha256))


def open_store(db: str | None = None) -> ReviewStore:
    """``ReviewStore.open``: the review database named by ``db``, the environment or default."""
    return ReviewStore.open(db)


def _prepare_sqlite_file(url: URL) -> None:
    """Create the default database's folder, and any new database file, for the user alone."""
    if not url.database or url.database == ":memory:":
        return
    path = Path(url.database)
    if path == default_database_path():
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if path.parent.is_dir() and not path.exists():
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE_MODE))
        except OSError:
            pass  # SQLite then says why it cannot open the file, in the E811 message


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Per connection: SQLite checks foreign keys (and so cascades deletes) only when asked, and
    overwrites deleted content with zeros only with secure_delete; without it a deleted review
    or agreement text would stay readable in the file's free pages."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _first_line(exc: SQLAlchemyError) -> str:
    """The driver's own message, on one line, without SQLAlchemy's statement dump."""
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return terminal_text(lines[0][:200]) if lines else type(exc).__name__


def _utc(moment: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _decision_row(decision: Decision) -> DecisionRow:
    return DecisionRow(
        issue_id=decision.issue_id,
        action=decision.action,
        reason=decision.reason,
        note=decision.note,
        code=decision.code,
        clause_id=decision.clause_id,
        decided_at=decision.decided_at or datetime.now(UTC),
    )


def _added_row(added: AddedIssue) -> AddedIssueRow:
    return AddedIssueRow(
        added_id=added.id,
        category=added.category,
        severity=added.severity,
        clause_id=added.clause_id,
        text=added.text,
        suggestion=added.suggestion,
        added_at=added.added_at or datetime.now(UTC),
    )


def _review(row: ReviewRow) -> Review:
    playbook = (
        playbook_from_dict(json.loads(row.playbook_content)) if row.playbook_content else None
    )
    return Review(
        document_sha256=row.document_sha256,
        document_name=row.document_name,
        playbook=playbook,
        reviewer=row.reviewer,
        note=row.note,
        decisions={
            d.issue_id: Decision(
                issue_id=d.issue_id,
                action=d.action,  # type: ignore[arg-type]
                reason=d.reason,
                note=d.note,
                code=d.code,
                clause_id=d.clause_id,
                decided_at=_utc(d.decided_at),
            )
            for d in row.decisions
        },
        added=[
            AddedIssue(
                id=a.added_id,
                text=a.text,
                category=a.category,
                severity=a.severity,  # type: ignore[arg-type]
                clause_id=a.clause_id,
                suggestion=a.suggestion,
                added_at=_utc(a.added_at),
            )
            for a in row.added_issues
        ],
        corrections={c.clause_id: json.loads(c.labels) for c in row.corrections},
        created_at=_utc(row.created_at),
        updated_at=_utc(row.updated_at),
    )
