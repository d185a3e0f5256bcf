"""Plain dataclasses for everything that flows through the pipeline.

bytes -> Document (pages of blocks) -> [Clause] -> [Finding] -> Report
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

CATEGORIES: tuple[str, ...] = (
    "scope",
    "sla",
    "pricing",
    "confidentiality",
    "termination",
    "governing_law",
    "waiver",
)
"""The seven clause categories, in report order."""

CATEGORY_TITLES: dict[str, str] = {
    "scope": "Scope of services",
    "sla": "Service levels",
    "pricing": "Pricing and payment",
    "confidentiality": "Confidentiality and data protection",
    "termination": "Term and termination",
    "governing_law": "Governing law",
    "waiver": "Waiver",
}

BlockKind = Literal["heading", "paragraph", "table"]
Status = Literal["present", "missing", "ambiguous", "deviates"]
"""``missing``: no clause carries the category; ``ambiguous``: a high-severity issue applies;
``deviates``: found and complete, but against the active playbook's position; else ``present``."""
STATUSES: tuple[str, ...] = ("missing", "ambiguous", "deviates", "present")
"""The statuses in order of precedence: the first that applies is the category's status."""
Severity = Literal["high", "medium", "low", "info"]


@dataclass(slots=True)
class Box:
    """Where text sits on a PDF page: the page number and the rectangle as fractions of the
    page's width and height (0 at the top left), so any view can scale it to its own size."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Block:
    """One visual unit of a document: a heading line, a paragraph or a table row."""

    text: str
    page: int | None = None
    kind: BlockKind = "paragraph"
    boxes: list[Box] = field(default_factory=list)
    """Where the block sits, one rectangle per page it covers (PDF only)."""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Block:
        return cls(**{**data, "boxes": [Box(**b) for b in data.get("boxes", [])]})


@dataclass(slots=True)
class Document:
    """A document as read from its bytes, before segmentation."""

    name: str
    sha256: str
    format: Literal["pdf", "docx", "text"]
    pages: int | None
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Clause:
    """A numbered section, sub-clause, headed block or unheaded paragraph."""

    id: str
    text: str
    heading: str | None = None
    number: str | None = None
    page: int | None = None
    parent: str | None = None
    context_heading: str | None = None
    labels: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    boxes: list[Box] = field(default_factory=list)
    """Where the clause sits in a PDF, one rectangle per page it covers; empty elsewhere."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clause:
        fields = {**data, "boxes": [Box(**b) for b in data.get("boxes", [])]}
        return cls(**fields)


@dataclass(slots=True)
class KeyTerm:
    """One key term read from the agreement, with the words it was read from.

    ``value`` is typed: whole days as ``int``, dates as ISO ``YYYY-MM-DD`` strings, yes/no
    provisions as ``bool``, names as a list of strings, everything else as text. ``amount`` and
    ``currency`` stand beside ``value`` where the term states a sum (a liability cap)."""

    value: Any
    quote: str
    clause_id: str | None = None
    page: int | None = None
    amount: float | None = None
    currency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = {
            "value": self.value,
            "quote": self.quote,
            "clause_id": self.clause_id,
            "page": self.page,
        }
        if self.amount is not None:
            data["amount"] = self.amount
        if self.currency is not None:
            data["currency"] = self.currency
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KeyTerm:
        return cls(**data)


Outcome = Literal["accepted", "dismissed", "noted", "added"]
"""What a reviewer did with an issue: ``added`` marks an issue the reviewer wrote themselves."""


@dataclass(slots=True)
class IssueDecision:
    """What a reviewer decided on one issue, carried on the issue so every export can say it."""

    outcome: Outcome
    reason: str | None = None
    """Why the issue was dismissed (required for ``dismissed``)."""
    note: str | None = None
    reviewer: str | None = None
    decided_at: str | None = None
    """When, as an ISO 8601 timestamp in UTC."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Issue:
    """One problem found in a clause or in the document as a whole."""

    code: str
    severity: Severity
    message: str
    clause_id: str | None = None
    quote: str | None = None
    page: int | None = None
    suggestion: str | None = None
    element: str | None = None
    """For ``missing_element``: which element is missing (``payment_terms``, ``notice_period``...)."""
    id: str | None = None
    """A stable id (``clausecheck.decisions.issue_id``) that decisions refer to; set by a review."""
    decision: IssueDecision | None = None
    """What a reviewer decided, when the report has a review applied."""

    @property
    def dismissed(self) -> bool:
        """A dismissed issue stays in the report but no longer counts towards a status."""
        return self.decision is not None and self.decision.outcome == "dismissed"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        # Reports without a review keep the 2.0 shape: the review fields appear once set.
        for key in ("id", "decision"):
            if data[key] is None:
                del data[key]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Issue:
        decision = data.get("decision")
        return cls(
            **{
                **data,
                "decision": IssueDecision(**decision) if decision is not None else None,
            }
        )


@dataclass(slots=True)
class Finding:
    """The verdict on one playbook category."""

    category: str
    status: Status
    clause_ids: list[str] = field(default_factory=list)
    terms: dict[str, Any] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["issues"] = [i.to_dict() for i in self.issues]
        return d


@dataclass(slots=True)
class DocumentInfo:
    name: str
    sha256: str
    format: str
    pages: int | None
    engine: str | None = None
    """The PDF engine that read the document (``pdfplumber`` or ``pdfium``); None otherwise."""


@dataclass(slots=True)
class LabelCorrection:
    """A clause whose categories a reviewer changed: what the model said and what they chose."""

    clause_id: str
    model_labels: list[str]
    labels: list[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class ReviewInfo:
    """The review applied to a report: who, when, and what no longer matched the document."""

    reviewer: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    """ISO 8601 timestamps in UTC."""
    note: str | None = None
    """The reviewer's note on the agreement as a whole."""
    corrections: list[LabelCorrection] = field(default_factory=list)
    unmatched_decisions: list[str] = field(default_factory=list)
    """Issue ids the review decided on that this report does not have (checks changed?)."""
    unmatched_clauses: list[str] = field(default_factory=list)
    """Clause ids the review names (corrections, added issues) that this report does not have."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewInfo:
        corrections = [LabelCorrection(**c) for c in data.get("corrections", [])]
        return cls(**{**data, "corrections": corrections})


@dataclass(slots=True)
class Report:
    """Everything `analyze` found in one document; serialises to the JSON schema."""

    schema_version: str
    document: DocumentInfo
    playbook: str
    model: dict[str, Any]
    clauses: list[Clause]
    findings: list[Finding]
    issues: list[Issue] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    key_terms: dict[str, KeyTerm] = field(default_factory=dict)
    """Key terms by name (``docs/key-terms.md``); a term that was not found is absent."""
    review: ReviewInfo | None = None
    """The reviewer's decisions applied (``clausecheck.decisions.apply_review``); None before."""

    def to_dict(self) -> dict[str, Any]:
        data = {
            "schema_version": self.schema_version,
            "document": asdict(self.document),
            "playbook": self.playbook,
            "model": dict(self.model),
            "key_terms": {name: term.to_dict() for name, term in self.key_terms.items()},
            "clauses": [c.to_dict() for c in self.clauses],
            "findings": [f.to_dict() for f in self.findings],
            "issues": [i.to_dict() for i in self.issues],
            "warnings": list(self.warnings),
        }
        if self.review is not None:
            data["review"] = self.review.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        return cls(
            schema_version=data["schema_version"],
            document=DocumentInfo(**data["document"]),
            playbook=data["playbook"],
            model=data.get("model", {}),
            clauses=[Clause.from_dict(c) for c in data["clauses"]],
            findings=[
                Finding(
                    category=f["category"],
                    status=f["status"],
                    clause_ids=f["clause_ids"],
                    terms=f["terms"],
                    issues=[Issue.from_dict(i) for i in f["issues"]],
                )
                for f in data["findings"]
            ],
            issues=[Issue.from_dict(i) for i in data.get("issues", [])],
            warnings=data.get("warnings", []),
            key_terms={
                name: KeyTerm.from_dict(term) for name, term in data.get("key_terms", {}).items()
            },
            review=ReviewInfo.from_dict(data["review"]) if data.get("review") else None,
        )

    def clause(self, clause_id: str) -> Clause | None:
        """The clause with this id, or None."""
        return next((c for c in self.clauses if c.id == clause_id), None)

    def finding(self, category: str) -> Finding | None:
        """The finding for this category, or None if the playbook does not cover it."""
        return next((f for f in self.findings if f.category == category), None)
