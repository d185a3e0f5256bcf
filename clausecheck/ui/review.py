"""A reviewer's label corrections on the page, through the same Review as every decision, and
the corrected clauses as a corpus file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

from clausecheck.decisions import Review, apply_review
from clausecheck.playbooks import Playbook
from clausecheck.types import CATEGORIES, Report

Corrections = dict[str, list[str]]
"""Clause id -> the labels the reviewer gave it (an empty list: no category applies)."""
CORRECTION_ID_PREFIX = "review"
"""Corpus ids of corrected clauses: 'review-<first 8 of the document sha256>-<clause id>'."""


def playbook_fingerprint(playbook: Playbook) -> str:
    """A short hash of everything in a playbook, so an edited file with the same name differs."""
    text = json.dumps(asdict(playbook), sort_keys=True, default=list)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def review_fingerprint(review: Review) -> str:
    """A short hash of what a review decides (not its playbook or times): the cache key of the
    reviewed report, which changes with every decision."""
    data = review.to_dict()
    data.pop("playbook", None)
    text = json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def ordered_labels(labels: list[str]) -> list[str]:
    """Labels without repeats, in the report's category order."""
    return sorted(set(labels), key=CATEGORIES.index)


def review_report(report: Report, playbook: Playbook, corrections: Corrections) -> Report:
    """A copy of ``report`` with the corrected labels and the findings ``playbook`` gives them
    (``decisions.apply_review`` with a review holding only these corrections)."""
    review = Review(report.document.sha256, report.document.name)
    review.corrections = {k: ordered_labels(v) for k, v in corrections.items()}
    return apply_review(report, review, playbook)


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
