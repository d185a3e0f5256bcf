"""A saved review as a JSON file: what ``clausecheck review export`` writes and ``review
import`` reads back, to keep a review beside the agreement or move it to another database."""

from __future__ import annotations

import json
from typing import Any

from clausecheck.decisions import Review
from clausecheck.errors import ClausecheckError, StoreError
from clausecheck.escaping import display_name
from clausecheck.types import Report

FORMAT = "clausecheck-review"
VERSION = 1
"""Bumped when a field changes meaning; readers refuse versions they do not know."""
MAX_IMPORT_BYTES = 64 * 1024 * 1024
"""A review export is kilobytes, or a few MiB with the agreement's text: larger is not one."""


def review_to_json(review: Review, report: Report | None = None) -> str:
    """The review (and the analysed report, when its text was kept) as indented JSON."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "review": review.to_dict()}
    if report is not None:
        data["report"] = report.to_dict()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def review_from_json(data: bytes, source: str) -> tuple[Review, Report | None]:
    """Read an export back, checking it as untrusted input; ``StoreError`` E817 if it is not one."""
    from clausecheck.report.schema import validate_report

    shown = display_name(source)

    def refuse(detail: str) -> StoreError:
        return StoreError("E817", path=shown, detail=detail)

    if len(data) > MAX_IMPORT_BYTES:
        raise refuse(f"larger than {MAX_IMPORT_BYTES // 2**20} MiB")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refuse(f"not JSON: {str(exc).splitlines()[0][:80]}") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise refuse(f'no "format": "{FORMAT}"')
    if raw.get("version") != VERSION:
        raise refuse(f"version {str(raw.get('version'))[:20]}, this clausecheck reads {VERSION}")
    try:
        review = Review.from_dict(raw["review"])
    except ClausecheckError as exc:
        raise refuse(str(exc)) from None
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise refuse(
            f"a review field is missing or wrong ({type(exc).__name__}: {str(exc)[:60]})"
        ) from None
    report = None
    if raw.get("report") is not None:
        try:
            validate_report(raw["report"])
            report = Report.from_dict(raw["report"])
        except Exception as exc:  # jsonschema and the dataclasses raise many types
            raise refuse(f"its report is invalid ({str(exc).splitlines()[0][:80]})") from None
        if report.document.sha256 != review.document_sha256:
            raise StoreError("E820", path=shown)
    return review, report
