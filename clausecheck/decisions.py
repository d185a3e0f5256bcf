"""A reviewer's decisions on a report: accept, dismiss or note each issue, add the ones the tool
missed, correct clause labels; and the reviewed report those decisions give.

A ``Review`` is plain data the page edits and ``clausecheck.store`` keeps. ``apply_review`` is
the one place that turns it into a report: findings rebuilt from the corrected labels, every
issue given its stable id and the reviewer's decision, added issues placed in their findings,
and statuses that count only the issues not dismissed.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from clausecheck.checks import SEVERITY_ORDER, build_findings, status_for
from clausecheck.checks.base import excerpt
from clausecheck.errors import ReviewError
from clausecheck.playbooks import Playbook, validate_playbook
from clausecheck.terms import extract_key_terms
from clausecheck.terms.base import one_parse_per_text
from clausecheck.types import (
    CATEGORIES,
    Issue,
    IssueDecision,
    LabelCorrection,
    Report,
    ReviewInfo,
    Severity,
)

Action = Literal["accept", "dismiss", "note"]
ACTIONS: dict[str, str] = {"accept": "accepted", "dismiss": "dismissed", "note": "noted"}
"""Each decision a reviewer can take, and the outcome an issue then carries."""
SEVERITIES: tuple[str, ...] = tuple(SEVERITY_ORDER)
ADDED_CODE = "reviewer_added"
"""The code of an issue a reviewer wrote: exports name it as the reviewer's, not the tool's."""
ISSUE_ID_CHARS = 12
"""Hex digits of an issue id: 48 bits, so two of a report's few hundred issues never share one."""
TEXT_LIMIT = 5000
"""Characters in a note, reason or added issue: a few paragraphs, enough for any comment a
lawyer writes beside a clause, and a bound on what a hostile upload can make us store."""
NAME_LIMIT = 200
"""Characters in a reviewer's name."""
DOCUMENT_NAME_LIMIT = 500
"""Characters of a file name kept with a review; longer names are cut, not refused."""
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
"""What clause, issue and added-issue ids look like (segment.py writes 'c12')."""
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
"""NULs, other control characters and lone surrogates: PostgreSQL refuses NUL in text, UTF-8
cannot encode a lone surrogate, and neither means anything in a note. Tabs and newlines stay."""


def _now() -> datetime:
    return datetime.now(UTC)


def clean_text(text: str | None, field_name: str, limit: int = TEXT_LIMIT) -> str | None:
    """Typed text as it is kept: control characters dropped, ends trimmed, None when empty.

    Raises ``ReviewError`` when it is longer than ``limit``."""
    if text is None:
        return None
    cleaned = _UNWANTED.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(cleaned) > limit:
        raise ReviewError("E804", field=field_name, limit=limit)
    return cleaned or None


def required_text(text: str | None, field_name: str, limit: int = TEXT_LIMIT) -> str:
    """Like ``clean_text``, but an empty value is an error."""
    cleaned = clean_text(text, field_name, limit)
    if cleaned is None:
        raise ReviewError("E803", field=field_name)
    return cleaned


def document_name(name: str) -> str:
    """A file name as kept with a review: one line, no control characters, at most
    ``DOCUMENT_NAME_LIMIT`` characters."""
    flat = " ".join(_UNWANTED.sub("", name).split())
    return flat[:DOCUMENT_NAME_LIMIT] or "agreement"


def check_id(value: str, field_name: str) -> str:
    """``value`` when it looks like an id; a ``ReviewError`` otherwise."""
    if not isinstance(value, str) or not _ID.match(value):
        raise ReviewError("E807", field=field_name, value=str(value)[:40])
    return value


@dataclass(slots=True)
class Decision:
    """A reviewer's decision on one issue the tool raised.

    ``code`` and ``clause_id`` repeat what the issue was, so a saved review can be read without
    the agreement (they are identifiers, never the agreement's words)."""

    issue_id: str
    action: Action
    reason: str | None = None
    """Why the issue is dismissed; required for ``dismiss``."""
    note: str | None = None
    code: str | None = None
    clause_id: str | None = None
    decided_at: datetime | None = None


@dataclass(slots=True)
class AddedIssue:
    """An issue the tool missed, written by the reviewer."""

    id: str
    text: str
    category: str | None = None
    """The playbook category it belongs to; None for the agreement as a whole."""
    severity: Severity = "medium"
    clause_id: str | None = None
    suggestion: str | None = None
    added_at: datetime | None = None


@dataclass(slots=True)
class Review:
    """Everything a reviewer decided about one document, keyed by the document's sha256."""

    document_sha256: str
    document_name: str
    playbook: Playbook | None = None
    """The playbook the review was made against (its content, so an edited file still differs)."""
    reviewer: str | None = None
    note: str | None = None
    """A note on the agreement as a whole."""
    decisions: dict[str, Decision] = field(default_factory=dict)
    """Issue id -> the decision on it."""
    added: list[AddedIssue] = field(default_factory=list)
    corrections: dict[str, list[str]] = field(default_factory=dict)
    """Clause id -> the labels the reviewer gave it (an empty list: no category applies)."""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """The review as JSON-ready data (what ``clausecheck review export`` writes)."""
        return {
            "document": {"sha256": self.document_sha256, "name": self.document_name},
            "playbook": playbook_to_dict(self.playbook) if self.playbook else None,
            "reviewer": self.reviewer,
            "note": self.note,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "decisions": [
                {**asdict(d), "decided_at": _iso(d.decided_at)} for d in self.decisions.values()
            ],
            "added_issues": [{**asdict(a), "added_at": _iso(a.added_at)} for a in self.added],
            "corrections": [
                {"clause_id": clause_id, "labels": labels}
                for clause_id, labels in self.corrections.items()
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        """Read ``to_dict`` output back, validating every value as if it had been typed in."""
        document = data["document"]
        sha256 = str(document["sha256"])
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ReviewError("E807", field="document sha256", value=sha256[:40])
        review = cls(
            document_sha256=sha256,
            document_name=document_name(str(document["name"])),
            playbook=playbook_from_dict(data["playbook"]) if data.get("playbook") else None,
            reviewer=clean_text(data.get("reviewer"), "reviewer name", NAME_LIMIT),
            note=clean_text(data.get("note"), "review note"),
            created_at=_parse_time(data.get("created_at")),
            updated_at=_parse_time(data.get("updated_at")),
        )
        for item in data.get("decisions", []):
            decision = make_decision(
                item["issue_id"],
                item["action"],
                reason=item.get("reason"),
                note=item.get("note"),
                code=item.get("code"),
                clause_id=item.get("clause_id"),
                decided_at=_parse_time(item.get("decided_at")),
            )
            review.decisions[decision.issue_id] = decision
        for item in data.get("added_issues", []):
            review.added.append(
                make_added_issue(
                    text=item["text"],
                    category=item.get("category"),
                    severity=item.get("severity", "medium"),
                    clause_id=item.get("clause_id"),
                    suggestion=item.get("suggestion"),
                    added_id=item.get("id"),
                    added_at=_parse_time(item.get("added_at")),
                )
            )
        for item in data.get("corrections", []):
            set_correction(review, item["clause_id"], item["labels"])
        review.updated_at = _parse_time(data.get("updated_at"))  # set_correction touched it
        return review


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        raise ReviewError("E807", field="timestamp", value=str(text)[:40]) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def playbook_to_dict(playbook: Playbook) -> dict[str, Any]:
    """A playbook as the data of its YAML file (name, require, elements, positions)."""
    return json.loads(json.dumps(asdict(playbook), default=list))


def playbook_from_dict(data: dict[str, Any]) -> Playbook:
    """A playbook from ``playbook_to_dict`` data, validated like a file (``PlaybookError``)."""
    return validate_playbook(data, f"saved playbook {str(data.get('name', ''))[:60]!r}")


def new_review(
    report: Report, playbook: Playbook | None = None, reviewer: str | None = None
) -> Review:
    """An empty review of the report's document."""
    return Review(
        document_sha256=report.document.sha256,
        document_name=document_name(report.document.name),
        playbook=playbook,
        reviewer=clean_text(reviewer, "reviewer name", NAME_LIMIT),
    )


def make_decision(
    issue_id: str,
    action: str,
    *,
    reason: str | None = None,
    note: str | None = None,
    code: str | None = None,
    clause_id: str | None = None,
    decided_at: datetime | None = None,
) -> Decision:
    """A validated decision: a known action, a reason for a dismissal, text for a note."""
    if action not in ACTIONS:
        raise ReviewError("E802", action=str(action)[:40])
    reason = clean_text(reason, "the reason")
    note = clean_text(note, "the note")
    if action == "dismiss" and reason is None:
        raise ReviewError("E801")
    if action == "note" and note is None:
        raise ReviewError("E803", field="the note")
    return Decision(
        issue_id=check_id(issue_id, "issue id"),
        action=action,  # type: ignore[arg-type]
        reason=reason,
        note=note,
        code=check_id(code, "issue code") if code is not None else None,
        clause_id=check_id(clause_id, "clause id") if clause_id is not None else None,
        decided_at=decided_at or _now(),
    )


def decide(
    review: Review,
    issue: Issue | str,
    action: str,
    *,
    reason: str | None = None,
    note: str | None = None,
) -> Decision:
    """Record a decision on an issue (an ``Issue`` of a reviewed report, or its id); a second
    decision on the same issue replaces the first."""
    if isinstance(issue, Issue):
        if issue.id is None:
            raise ReviewError("E807", field="issue id", value="None")
        decision = make_decision(
            issue.id,
            action,
            reason=reason,
            note=note,
            code=issue.code,
            clause_id=issue.clause_id,
        )
    else:
        decision = make_decision(issue, action, reason=reason, note=note)
    review.decisions[decision.issue_id] = decision
    review.updated_at = _now()
    return decision


def undo_decision(review: Review, issue_id: str) -> None:
    """Forget the decision on an issue: it counts again as the tool raised it."""
    review.decisions.pop(issue_id, None)
    review.updated_at = _now()


def make_added_issue(
    *,
    text: str,
    category: str | None = None,
    severity: str = "medium",
    clause_id: str | None = None,
    suggestion: str | None = None,
    added_id: str | None = None,
    added_at: datetime | None = None,
) -> AddedIssue:
    """A validated added issue; a new one gets a fresh random id ('added-1a2b3c4d')."""
    if category is not None and category not in CATEGORIES:
        raise ReviewError("E805", category=str(category)[:40], known=", ".join(CATEGORIES))
    if severity not in SEVERITIES:
        raise ReviewError("E806", severity=str(severity)[:40])
    return AddedIssue(
        id=check_id(added_id, "added issue id") if added_id else f"added-{secrets.token_hex(4)}",
        text=required_text(text, "the issue's text"),
        category=category,
        severity=severity,  # type: ignore[arg-type]
        clause_id=check_id(clause_id, "clause id") if clause_id else None,
        suggestion=clean_text(suggestion, "the suggestion"),
        added_at=added_at or _now(),
    )


def add_issue(
    review: Review,
    *,
    text: str,
    category: str | None = None,
    severity: str = "medium",
    clause_id: str | None = None,
    suggestion: str | None = None,
) -> AddedIssue:
    """Add an issue the tool missed; it counts towards its category's status like any other."""
    added = make_added_issue(
        text=text, category=category, severity=severity, clause_id=clause_id, suggestion=suggestion
    )
    review.added.append(added)
    review.updated_at = _now()
    return added


def remove_added_issue(review: Review, added_id: str) -> None:
    """Delete an issue the reviewer added."""
    review.added = [a for a in review.added if a.id != added_id]
    review.updated_at = _now()


def set_review_note(review: Review, text: str | None) -> None:
    """The reviewer's note on the agreement as a whole (None or blank removes it)."""
    review.note = clean_text(text, "the review note")
    review.updated_at = _now()


def set_correction(review: Review, clause_id: str, labels: list[str] | None) -> None:
    """Give a clause the labels the reviewer chose; None undoes the correction."""
    check_id(clause_id, "clause id")
    if labels is None:
        review.corrections.pop(clause_id, None)
    else:
        for label in labels:
            if label not in CATEGORIES:
                raise ReviewError("E805", category=str(label)[:40], known=", ".join(CATEGORIES))
        review.corrections[clause_id] = sorted(set(labels), key=CATEGORIES.index)
    review.updated_at = _now()


def issue_id(category: str | None, issue: Issue) -> str:
    """A short hash of what makes an issue the same one when the same bytes are analysed again.

    Its category (or none: the whole document), code, clause and quote; an issue about a missing
    element is keyed on the element instead of the clause and quote, because which clause it
    points at moves when a reviewer adds evidence to the category. Messages are left out so
    that rewording a message keeps the reviewer's decisions."""
    if issue.element:
        parts = [category or "", issue.code, "element", issue.element]
    else:
        quote = " ".join((issue.quote or "").split())
        parts = [category or "", issue.code, issue.clause_id or "", quote]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:ISSUE_ID_CHARS]


def assign_issue_ids(report: Report) -> None:
    """Give every issue of the report its id, in place; a repeat gets '-2', '-3' after it."""
    seen: Counter[str] = Counter()
    located = [(f.category, i) for f in report.findings for i in f.issues]
    located += [(None, i) for i in report.issues]
    for category, issue in located:
        base = issue_id(category, issue)
        seen[base] += 1
        issue.id = base if seen[base] == 1 else f"{base}-{seen[base]}"


def apply_review(report: Report, review: Review | None, playbook: Playbook) -> Report:
    """A copy of ``report`` with the review applied (``report`` itself is left as it was).

    - clause labels as the reviewer corrected them, and findings rebuilt from them with
      ``playbook`` (``checks.build_findings``);
    - every issue with its stable ``id``; decided issues with their ``decision``;
    - the reviewer's added issues in their category's finding (the whole document's issues
      when the category is not in the playbook or not given), marked ``added``;
    - each status by the usual rule (``checks.status_for``) over the issues not dismissed: a
      dismissed issue stays in the report, with its reason, for every export to show;
    - ``report.review``: who, when, the label corrections, and the decisions and clauses of
      the review that this report does not have.

    With ``review=None``, the report only gains its issue ids (what the page shows before any
    decision)."""
    reviewed = Report.from_dict(report.to_dict())
    review = review or Review(report.document.sha256, document_name(report.document.name))
    clause_ids = {c.id for c in reviewed.clauses}
    corrections: list[LabelCorrection] = []
    for clause in reviewed.clauses:
        if clause.id in review.corrections:
            labels = list(review.corrections[clause.id])
            if labels != clause.labels:
                corrections.append(LabelCorrection(clause.id, list(clause.labels), labels))
            clause.labels = labels
    with one_parse_per_text():  # the key terms and the checks share each clause's parse
        if corrections:  # labels steer where some terms are read (payment from pricing clauses)
            reviewed.key_terms = extract_key_terms(reviewed.clauses)
        reviewed.findings, reviewed.issues = build_findings(
            reviewed.clauses, playbook, reviewed.key_terms
        )
    reviewed.playbook = playbook.name
    assign_issue_ids(reviewed)
    matched: set[str] = set()
    for issue in _all_issues(reviewed):
        decision = review.decisions.get(issue.id or "")
        if decision is not None:
            matched.add(decision.issue_id)
            issue.decision = IssueDecision(
                outcome=ACTIONS[decision.action],  # type: ignore[arg-type]
                reason=decision.reason,
                note=decision.note,
                reviewer=review.reviewer,
                decided_at=_iso(decision.decided_at),
            )
    unmatched_clauses = sorted(set(review.corrections) - clause_ids)
    for added in review.added:
        clause = reviewed.clause(added.clause_id) if added.clause_id else None
        if added.clause_id and clause is None:
            unmatched_clauses.append(added.clause_id)
        issue = Issue(
            code=ADDED_CODE,
            severity=added.severity,
            message=added.text,
            clause_id=clause.id if clause else None,
            quote=excerpt(clause.text) if clause is not None and clause.text else None,
            page=clause.page if clause else None,
            suggestion=added.suggestion,
            id=added.id,
            decision=IssueDecision(
                outcome="added", reviewer=review.reviewer, decided_at=_iso(added.added_at)
            ),
        )
        finding = reviewed.finding(added.category) if added.category else None
        (finding.issues if finding is not None else reviewed.issues).append(issue)
    for finding in reviewed.findings:
        finding.issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
        finding.status = status_for(
            finding.clause_ids, [i for i in finding.issues if not i.dismissed]
        )
    reviewed.issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
    reviewed.review = ReviewInfo(
        reviewer=review.reviewer,
        created_at=_iso(review.created_at),
        updated_at=_iso(review.updated_at),
        note=review.note,
        corrections=corrections,
        unmatched_decisions=sorted(set(review.decisions) - matched),
        unmatched_clauses=sorted(set(unmatched_clauses)),
    )
    return reviewed


def _all_issues(report: Report) -> list[Issue]:
    return [i for f in report.findings for i in f.issues] + list(report.issues)


def open_issues(report: Report) -> list[Issue]:
    """Every issue a reviewer has not dismissed: what an annotated copy or a client sees."""
    return [i for i in _all_issues(report) if not i.dismissed]


def without_dismissed(report: Report) -> Report:
    """A copy without the dismissed issues, for exporters that cannot yet show a decision."""
    kept = Report.from_dict(report.to_dict())
    for finding in kept.findings:
        finding.issues = [i for i in finding.issues if not i.dismissed]
    kept.issues = [i for i in kept.issues if not i.dismissed]
    return kept
