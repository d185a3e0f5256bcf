"""A reviewer's corrections: findings rebuilt from corrected labels, and corrections for the corpus.

Nothing here reads the document again: a correction changes clause labels, and the findings for
any playbook follow from the labelled clauses alone (``clausecheck.checks.build_findings``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from clausecheck.checks import build_findings
from clausecheck.playbooks import Playbook
from clausecheck.terms import extract_key_terms
from clausecheck.types import CATEGORIES, Report

Corrections = dict[str, list[str]]
"""Clause id -> the labels the reviewer gave it (an empty list: no category applies)."""
CORRECTION_ID_PREFIX = "review"
"""Corpus ids of corrected clauses: 'review-<first 8 of the document sha256>-<clause id>'."""


def playbook_fingerprint(playbook: Playbook) -> str:
    """A short hash of everything in a playbook, so an edited file with the same name differs."""
    text = json.dumps(asdict(playbook), sort_keys=True, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def corrections_key(corrections: Corrections) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The corrections as a hashable, order-independent cache key."""
    return tuple(sorted((clause_id, tuple(labels)) for clause_id, labels in corrections.items()))


def ordered_labels(labels: list[str]) -> list[str]:
    """Labels without repeats, in the report's category order."""
    return sorted(set(labels), key=CATEGORIES.index)


def review_report(report: Report, playbook: Playbook, corrections: Corrections) -> Report:
    """A copy of ``report`` with the corrected labels and the findings ``playbook`` gives them."""
    reviewed = Report.from_dict(report.to_dict())
    for clause in reviewed.clauses:
        if clause.id in corrections:
            clause.labels = ordered_labels(corrections[clause.id])
    # Labels steer where some terms are read (payment from pricing clauses): read them again.
    reviewed.key_terms = extract_key_terms(reviewed.clauses)
    reviewed.findings, reviewed.issues = build_findings(
        reviewed.clauses, playbook, reviewed.key_terms
    )
    reviewed.playbook = playbook.name
    return reviewed


def corrections_jsonl(report: Report, corrections: Corrections) -> str:
    """The corrected clauses as JSON Lines in the corpus format (corpus/README.md).

    ``id``, ``text``, ``heading`` and ``labels`` come from the review; ``kind`` is the first
    label (the corpus names a labelled clause's kind after its label) and is left empty for a
    clause with no label, as are ``style``, ``register`` and ``domain``: the page cannot know
    them, and whoever adds the file to ``corpus/clauses/`` fills them in.
    """
    lines = []
    for clause in report.clauses:
        if clause.id not in corrections:
            continue
        labels = ordered_labels(corrections[clause.id])
        row = {
            "id": f"{CORRECTION_ID_PREFIX}-{report.document.sha256[:8]}-{clause.id}",
            "text": clause.text,
            "heading": clause.heading or "",
            "labels": labels,
            "kind": labels[0] if labels else "",
            "style": "",
            "register": "",
            "domain": "",
        }
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(lines)
