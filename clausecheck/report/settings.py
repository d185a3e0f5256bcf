"""What the person sending a report sets: who reviewed, when, and the disclaimer it carries."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from clausecheck.types import Report

DEFAULT_DISCLAIMER = (
    "This review was prepared with clausecheck, an automated clause checker, and checked by "
    "the reviewer. It points to what needs attention; it is not legal advice and does not "
    "replace reading the agreement."
)
"""The disclaimer when none is set: a client must know a tool was involved and what it is not."""
SETTING_CHARS = 1000
"""Longest reviewer name or disclaimer kept; a report is no place for an essay in the footer."""


@dataclass(frozen=True, slots=True)
class ExportSettings:
    """Reviewer, review date and disclaimer for one export; None means 'the default'."""

    reviewer: str | None = None
    """The reviewer's name; default: the name saved with the review, else none shown."""
    review_date: date | None = None
    """The date the report states; default: today."""
    disclaimer: str | None = None
    """The closing disclaimer; default ``DEFAULT_DISCLAIMER``; an empty string shows none."""

    def resolve(self, report: Report) -> ExportSettings:
        """These settings with every default filled in for ``report``."""
        reviewer = _one_line(self.reviewer) or (
            _one_line(report.review.reviewer) if report.review else None
        )
        disclaimer = DEFAULT_DISCLAIMER if self.disclaimer is None else self.disclaimer.strip()
        return replace(
            self,
            reviewer=reviewer or None,
            review_date=self.review_date or datetime.now(UTC).date(),
            disclaimer=disclaimer[:SETTING_CHARS],
        )

    @classmethod
    def make(
        cls,
        settings: ExportSettings | dict | None = None,
    ) -> ExportSettings:
        """Settings from None (all defaults), a dict of the fields, or settings themselves."""
        if settings is None:
            return cls()
        if isinstance(settings, dict):
            return cls(**settings)
        return settings


def _one_line(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split())[:SETTING_CHARS] or None


def long_date(day: date) -> str:
    """'6 December 2026': unambiguous on both sides of the Atlantic."""
    return f"{day.day} {day:%B %Y}"
