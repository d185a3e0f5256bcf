"""The cached feature path gives exactly the matrix and scores of scikit-learn's own transform."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from clausecheck import classify
from clausecheck.classify import CachedFeatureUnion, clause_features
from clausecheck.corpus import load_corpus
from clausecheck.ingest import Limits, read_document
from clausecheck.segment import segment

AWKWARD = [
    (
        "Fees are  due\twithin 30 days;\u00a0late fees 1.5%/month (see §4.2(a)).",
        "4. FEES\n\nAND  PAYMENT",
    ),
    ("The Supplier's SLA: 80/20 — answered within 20s. E-mail: ops@vendor.example", None),
    ("This Agreement is governed by the laws of England and Wales.", "Governing\u2028Law"),
    ("", "Waiver"),
    ("U.S.A. Inc., Ltd. vs. co-operative e.g. i.e. can't won't", "  "),
]


def _sklearn_matrix(model, texts, headings):
    return model.pipeline.named_steps["features"].transform(clause_features(texts, headings))


def _differences(model, cached, plain, texts) -> str:
    """Which clauses differ, and in which features: enough to trace a mismatch to its words."""
    union = model.pipeline.named_steps["features"]
    names = np.concatenate([v.get_feature_names_out() for _, v in union.transformer_list])
    rows = sorted(set((cached != plain).nonzero()[0]))
    lines = []
    for row in rows[:3]:
        mine, theirs = set(cached[[row]].indices), set(plain[[row]].indices)
        lines.append(
            f"clause {row} ({texts[row][:80]!r}): only cached {sorted(names[list(mine - theirs)])[:10]}, "
            f"only scikit-learn {sorted(names[list(theirs - mine)])[:10]}"
        )
    return f"{len(rows)} clauses differ; " + "; ".join(lines)


def _assert_identical(model, texts, headings):
    cached = model.cached_features.transform(texts, headings)
    plain = _sklearn_matrix(model, texts, headings)
    assert cached.shape == plain.shape
    assert (cached != plain).nnz == 0, _differences(model, cached, plain, texts)
    classifier = model.pipeline.named_steps["classify"]
    assert np.array_equal(classifier.predict_proba(cached), classifier.predict_proba(plain))


def test_the_shipped_model_uses_the_cached_path(model):
    assert isinstance(model.cached_features, CachedFeatureUnion)


def test_identical_on_the_corpus_and_awkward_text(model):
    clauses = load_corpus()
    texts = [c.text for c in clauses] + [t for t, _ in AWKWARD]
    headings = [c.heading for c in clauses] + [h for _, h in AWKWARD]
    _assert_identical(model, texts, headings)
    _assert_identical(model, texts[::-1], headings[::-1])  # now from warm caches


def test_identical_after_the_caches_start_again(model, monkeypatch):
    fresh = CachedFeatureUnion(model.pipeline.named_steps["features"])
    monkeypatch.setattr(classify, "MAX_CACHED_TOKENS", 10)
    # Words no vocabulary holds, so the token cache outgrows its limit whatever the model.
    unseen = " ".join(f"qzxunseen{letter}" for letter in "abcdefghijklmnopqrst")
    texts = [t for t, _ in AWKWARD] * 3 + [unseen]
    headings = [h for _, h in AWKWARD] * 3 + [None]
    first = fresh.transform(texts, headings)
    before = fresh.chunk_ids
    assert len(fresh.token_ids) > fresh.known_tokens + 10
    second = fresh.transform(texts, headings)
    assert fresh.chunk_ids is not before  # started again
    assert (first != second).nnz == 0
    assert (second != _sklearn_matrix(model, texts, headings)).nnz == 0


def test_chunks_tokenized_together_are_split_as_when_alone(model):
    # Joined by a single space, spaCy's special cases (":))" here) matched across the two
    # chunks and split "x:)" differently; which chunks meet depends on a set's order.
    fresh = CachedFeatureUnion(model.pipeline.named_steps["features"])
    pairs = [["x:)", ")"], ["(:-", "))"], ["x:(", "(("], ["follows:", "(a)"]]
    for chunks in pairs:
        fresh._learn_chunks(chunks)
        for chunk in chunks:
            tokens = [t for t in classify._chunk_tokens(chunk) if t]
            assert [_token_text(fresh, i) for i in fresh.chunk_ids[chunk]] == tokens, chunk


def _token_text(union: CachedFeatureUnion, token_id: int) -> str:
    return next(token for token, i in union.token_ids.items() if i == token_id)


@pytest.mark.cuad
def test_identical_on_real_contract_clauses(model, cuad_dir: Path):
    texts, headings = [], []
    for path in sorted((cuad_dir / "txt").glob("*.txt"))[:25]:
        for clause in segment(read_document(path, limits=Limits(isolate=False))):
            if clause.text.strip():
                texts.append(clause.text)
                headings.append(clause.context_heading)
    assert len(texts) > 1000
    _assert_identical(model, texts, headings)
