"""The corpus meets its targets: counts per label, other kinds, and no near-duplicates."""

from __future__ import annotations

from collections import Counter

import pytest

from clausecheck.corpus import load_corpus, near_duplicates
from clausecheck.types import CATEGORIES

MIN_PER_LABEL = 120
MIN_OTHER = 1000
MIN_OTHER_KINDS = 30


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_every_label_has_enough_distinct_clauses(corpus):
    counts = Counter(label for clause in corpus for label in clause.labels)
    for label in CATEGORIES:
        assert counts[label] >= MIN_PER_LABEL, (label, counts[label])


def test_enough_other_clauses_across_enough_kinds(corpus):
    other = [c for c in corpus if not c.labels]
    assert len(other) >= MIN_OTHER
    assert len({c.kind for c in other}) >= MIN_OTHER_KINDS


def test_hard_negatives_are_present(corpus):
    kinds = Counter(c.kind for c in corpus if not c.labels)
    for kind in (
        "jury_trial_waiver",
        "notices",
        "survival",
        "force_majeure",
        "severability",
        "entire_agreement",
    ):
        assert kinds[kind] >= 10, kind
    assert sum(k.startswith("sec_") or "legend" in k for k in kinds) >= 1


def test_no_near_duplicates(corpus):
    assert near_duplicates(corpus) == []


def test_near_duplicate_detector_can_fire(corpus):
    first = corpus[0]
    twin = type(first)(
        **{
            **{f: getattr(first, f) for f in first.__slots__},
            "id": "twin",
            "text": first.text.replace("the", "a", 1),
        }
    )
    assert near_duplicates([first, twin])


def test_styles_are_varied(corpus):
    styles = Counter(c.style for c in corpus)
    registers = Counter(c.register for c in corpus)
    assert styles["uk"] >= 0.25 * len(corpus) and styles["us"] >= 0.25 * len(corpus)
    assert registers["plain"] >= 0.1 * len(corpus)
    assert len({c.domain for c in corpus}) >= 8


def test_datasheet_counts_are_current(corpus):
    from clausecheck.corpus import DEFAULT_CORPUS_DIR, corpus_tables

    readme = (DEFAULT_CORPUS_DIR / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- counts:start -->\n", 1)[1].split("<!-- counts:end -->", 1)[0]
    assert block == corpus_tables(corpus), (
        "run: python -m clausecheck.corpus and paste into corpus/README.md"
    )
