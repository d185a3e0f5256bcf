"""The numpy scorer gives bit-for-bit the scores of the scikit-learn pipeline it was exported
from: on the corpus, on awkward text and on real contract clauses."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from clausecheck import classify
from clausecheck.classify import (
    FeatureIndex,
    char_wb_ngrams,
    clause_features,
    load_model,
    sequential_sums,
)
from clausecheck.corpus import load_corpus
from clausecheck.ingest import Limits, read_document
from clausecheck.segment import segment

train = pytest.importorskip("clausecheck.train")

AWKWARD = [
    (
        "Fees are  due\twithin 30 days;\u00a0late fees 1.5%/month (see §4.2(a)).",
        "4. FEES\n\nAND  PAYMENT",
    ),
    ("The Supplier's SLA: 80/20 — answered within 20s. E-mail: ops@vendor.example", None),
    ("This Agreement is governed by the laws of England and Wales.", "Governing\u2028Law"),
    ("", "Waiver"),
    ("", None),
    ("U.S.A. Inc., Ltd. vs. co-operative e.g. i.e. can't won't", "  "),
    ("payment " * 3000, "Fees"),  # one long clause among short ones
]
SUBSET_STEP = 5
"""Every fifth corpus clause trains the small pipeline the tests compare against (seconds to
fit, where the full corpus takes minutes); its vocabulary misses many words, which the scorer
must then skip exactly as scikit-learn does."""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """(scikit-learn pipeline, the numpy model exported from it)."""
    pipeline = train.fit_pipeline(load_corpus()[::SUBSET_STEP])
    folder = tmp_path_factory.mktemp("small-model")
    thresholds = dict.fromkeys(classify.CATEGORIES, 0.5)
    train.write_model(pipeline, thresholds, {}, folder)
    return pipeline, load_model(folder)


def _assert_identical(pipeline, model, texts, headings):
    expected = pipeline.predict_proba(clause_features(texts, headings))
    got = model.scores(texts, headings)
    assert got.shape == expected.shape
    differ = np.flatnonzero((got != expected).any(axis=1))
    assert not len(differ), f"{len(differ)} clauses differ, first {texts[differ[0]][:80]!r}"


def test_identical_on_the_corpus_and_awkward_text(small):
    pipeline, model = small
    clauses = load_corpus()
    texts = [c.text for c in clauses] + [t for t, _ in AWKWARD]
    headings = [c.heading for c in clauses] + [h for _, h in AWKWARD]
    _assert_identical(pipeline, model, texts, headings)
    _assert_identical(pipeline, model, texts[::-1], headings[::-1])  # now from warm caches


def test_identical_after_the_caches_start_again(small, monkeypatch):
    pipeline, model = small
    monkeypatch.setattr(classify, "MAX_CACHED_TOKENS", 10)
    unseen = " ".join(f"qzxunseen{letter}" for letter in "abcdefghijklmnopqrst")
    texts = [t for t, _ in AWKWARD] * 3 + [unseen]
    headings = [h for _, h in AWKWARD] * 3 + [None]
    first = model.scores(texts, headings)
    assert len(model.features.token_ids) > model.features.known_tokens + 10
    before = model.features.chunk_ids
    second = model.scores(texts, headings)
    assert model.features.chunk_ids is not before  # started again
    assert np.array_equal(first, second)
    _assert_identical(pipeline, model, texts, headings)


@pytest.mark.cuad
def test_identical_on_real_contract_clauses(small, cuad_dir: Path):
    pipeline, model = small
    texts, headings = [], []
    for path in sorted((cuad_dir / "txt").glob("*.txt"))[:25]:
        for clause in segment(read_document(path, limits=Limits(isolate=False))):
            if clause.text.strip():
                texts.append(clause.text)
                headings.append(clause.context_heading)
    assert len(texts) > 1000
    _assert_identical(pipeline, model, texts, headings)


def test_character_ngrams_are_scikit_learns(small):
    pipeline, _ = small
    chars = pipeline.named_steps["features"].transformer_list[1][1]
    rng = random.Random(7)
    alphabet = "ab c\t\n\u00a0é-'.0"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert char_wb_ngrams(text, 3, 5) == chars._char_wb_ngrams(text), repr(text)


def test_sums_add_in_storage_order():
    # 1e16 + 1 + 1 is 1e16 when added in order (each 1 is lost), 1e16 + 2 when the ones are
    # added first: the order scipy and scikit-learn use must be kept.
    values = np.array([1e16, 1.0, 1.0, 3.0, 0.5, 0.25])
    indptr = np.array([0, 3, 3, 6])
    assert sequential_sums(values, indptr).tolist() == [1e16, 0.0, 3.75]
    many = np.random.default_rng(3).normal(size=(1000, 2))
    expected = [0.0, 0.0]
    for row in many:
        expected = [expected[0] + row[0], expected[1] + row[1]]
    assert sequential_sums(many, np.array([0, 1000])).tolist() == [expected]


def test_chunks_tokenized_together_are_split_as_when_alone(model):
    # Joined by a single space, spaCy's special cases (":))" here) matched across the two
    # chunks and split "x:)" differently; which chunks meet depends on a set's order.
    fresh = FeatureIndex(model.features.words, model.features.chars, model.features.idf)
    pairs = [["x:)", ")"], ["(:-", "))"], ["x:(", "(("], ["follows:", "(a)"]]
    for chunks in pairs:
        fresh._learn_chunks(chunks)
        for chunk in chunks:
            tokens = [t for t in classify._chunk_tokens(chunk) if t]
            assert [fresh.token_texts[i] for i in fresh.chunk_ids[chunk]] == tokens, chunk


def test_a_pipeline_the_scorer_cannot_follow_is_not_exported(small):
    pipeline, _ = small
    words = pipeline.named_steps["features"].transformer_list[0][1]
    words.binary = True
    try:
        with pytest.raises(ValueError, match="settings"):
            train.export_arrays(pipeline)
    finally:
        words.binary = False


@pytest.mark.slow
def test_the_shipped_model_is_the_export_of_the_corpus_pipeline():
    """Fit the full corpus (minutes): its export is the shipped file, byte for byte, and its
    scores on the corpus are the shipped model's."""
    clauses = load_corpus()
    pipeline = train.fit_pipeline(clauses)
    shipped = classify.DEFAULT_MODEL_DIR
    data = classify.model_bytes(train.export_arrays(pipeline))
    assert data == (shipped / classify.MODEL_FILE).read_bytes()
    metadata = json.loads((shipped / classify.METADATA_FILE).read_text())
    assert metadata["features"] == train.pipeline_settings(pipeline)
    texts, headings = [c.text for c in clauses], [c.heading for c in clauses]
    _assert_identical(pipeline, load_model(), texts, headings)
