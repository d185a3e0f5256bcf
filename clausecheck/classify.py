"""The clause classifier: spaCy tokens -> TF-IDF words and characters -> calibrated linear SVMs.

``train_model`` builds ``models/`` from the corpus reproducibly; ``load_model`` loads it with
skops (never pickle) after checking the file's sha256 against its metadata.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import threading
import zipfile
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from clausecheck.corpus import REPO_ROOT, CorpusClause, corpus_sha256, load_corpus
from clausecheck.docs import replace_marked
from clausecheck.errors import ModelError
from clausecheck.nlp import get_nlp
from clausecheck.types import CATEGORIES, Clause

DEFAULT_MODEL_DIR = REPO_ROOT / "models"
MODEL_FILE = "clausecheck-model.skops"
METADATA_FILE = "clausecheck-model.json"
SEED = 20261122
CV_FOLDS = 5
CALIBRATION_FOLDS = 3
SVM_C = 0.5
CHAR_FEATURES = 60000
"""The most frequent character n-grams kept; more adds size, not accuracy."""
THRESHOLD_GRID = tuple(round(float(x), 3) for x in np.arange(0.15, 0.86, 0.025))
DEFAULT_THRESHOLD = 0.5
NEAR_BEST_F1 = 0.005
"""Cross-validated F1 within this of the best counts as equally good."""
LOWEST_NEAR_BEST = frozenset({"pricing", "termination"})
"""Labels whose threshold is the lowest near-best one rather than the middle of the near-best.

On the corpus, F1 is flat over a wide range of thresholds for most labels, so the single best
grid point jumps from one end of that range to the other between corpus rounds (waiver went
from 0.55 to 0.425 when files 34-36 were added) with no change in what the model knows. The
middle of the near-best range does not jump. For each label, the lowest, middle and best
thresholds were compared on the CUAD study half (never the held-out half): the lowest gave the
best F1 for pricing and termination, the middle was best or level for the others.
"""
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""Fixed timestamp for zip entries, so the same corpus gives the same model bytes."""
HEADING_PREFIX = "h_"
ALLOWED_MODEL_TYPES = frozenset(
    {
        "builtins.dict",
        "builtins.float",
        "builtins.int",
        "builtins.list",
        "builtins.str",
        "builtins.tuple",
        "numpy.dtype",
        "numpy.float32",
        "numpy.float64",
        "numpy.int64",
        "numpy.ndarray",
        "scipy.sparse._csr.csr_matrix",
        "sklearn.calibration.CalibratedClassifierCV",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.feature_extraction.text.TfidfTransformer",
        "sklearn.feature_extraction.text.TfidfVectorizer",
        "sklearn.multiclass.OneVsRestClassifier",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.pipeline.Pipeline",
        "sklearn.preprocessing._label.LabelBinarizer",
        "sklearn.svm._classes.LinearSVC",
    }
)
"""Types a model file may contain; anything else is refused before loading."""


def clause_features(
    texts: Sequence[str], headings: Sequence[str | None] | None = None
) -> list[str]:
    """Turn clause texts (and optional headings) into normalised token strings.

    Tokens come from the spaCy tokenizer, lower-cased, with digits folded to 0 so that
    'Section 9.07' and 'Section 12.3' look alike. Heading tokens carry the prefix ``h_``, so the
    model can weigh a heading as evidence apart from the body.

    spaCy tokenizes each whitespace-separated chunk of a text on its own (its special cases hold
    no spaces), so a body is tokenized chunk by chunk through a cache: contracts repeat the same
    words, and the result is the same as tokenizing the whole text at once.
    """
    headings = headings if headings is not None else [None] * len(texts)
    features = []
    for text, heading in zip(texts, headings, strict=True):
        tokens = [token for chunk in text.split() for token in _chunk_tokens(chunk)]
        if heading:
            tokens = [*_heading_tokens(heading), *tokens]
        features.append(" ".join(t for t in tokens if t))
    return features


TOKEN_CACHE_SIZE = 1 << 16
"""Distinct words (and headings) whose tokens are remembered; clause texts repeat their words."""


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The normalised tokens of one chunk of text that holds no whitespace."""
    return tuple(_normalise(t.lower_) for t in get_nlp().tokenizer(chunk) if not t.is_space)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _heading_tokens(heading: str) -> tuple[str, ...]:
    """A heading's tokens with the heading prefix (whitespace tokens kept, as trained)."""
    return tuple(HEADING_PREFIX + _normalise(t.lower_) for t in get_nlp().tokenizer(heading))


_DIGITS = str.maketrans("123456789", "000000000")


def _normalise(token: str) -> str:
    return token.translate(_DIGITS)


def build_pipeline(seed: int = SEED) -> Pipeline:
    """The untrained scikit-learn pipeline over feature strings."""
    words = TfidfVectorizer(
        token_pattern=r"\S+",
        lowercase=False,
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        dtype=np.float32,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        min_df=2,
        max_features=CHAR_FEATURES,
        sublinear_tf=True,
        lowercase=False,
        dtype=np.float32,
    )
    svm = LinearSVC(C=SVM_C, class_weight="balanced", random_state=seed, max_iter=5000)
    classifier = OneVsRestClassifier(
        CalibratedClassifierCV(svm, method="sigmoid", cv=CALIBRATION_FOLDS, ensemble=False)
    )
    return Pipeline(
        [("features", FeatureUnion([("words", words), ("chars", chars)])), ("classify", classifier)]
    )


HEADING_WORDS: dict[str, re.Pattern[str]] = {
    "scope": re.compile(r"scope|services|statement of work|deliverables|description", re.I),
    "sla": re.compile(
        r"service levels?|\bkpis?\b|performance|service credits?|availability|uptime|response time",
        re.I,
    ),
    "pricing": re.compile(
        r"fees?\b|pric|payment|charges|invoic|royalt|expenses|tax|compensation|commission|rates?\b|costs?\b",
        re.I,
    ),
    "confidentiality": re.compile(
        r"confiden|non-?disclosure|privacy|data protection|data security|personal data|security",
        re.I,
    ),
    "termination": re.compile(r"\bterm\b|terminat|expir|renewal|duration|exit", re.I),
    "governing_law": re.compile(r"governing law|choice of law|applicable law|\blaw\b", re.I),
    "waiver": re.compile(r"waiver", re.I),
}
"""Words by which a heading names a label (used only to decide which headings train alone)."""


def heading_names(heading: str) -> set[str]:
    """The labels a heading names by its words."""
    return {label for label, pattern in HEADING_WORDS.items() if pattern.search(heading)}


@dataclass(slots=True)
class TrainingSet:
    features: list[str]
    targets: np.ndarray
    groups: list[str]
    with_heading: list[bool]


def training_set(clauses: Iterable[CorpusClause]) -> TrainingSet:
    """One example per clause body; where it has a heading, one with it and one of it alone.

    The heading-alone example teaches the model what a heading is evidence of by itself, so a
    neutral sentence under 'Governing Law' is still read as governing law. It is added only
    where the heading names exactly the clause's labels: an 'Amendment' heading over a clause
    that also rules on waivers must not teach that 'Amendment' means waiver.
    """
    texts, headings, targets, groups, flags = [], [], [], [], []
    for clause in clauses:
        row = [1 if c in clause.labels else 0 for c in CATEGORIES]
        variants = [(clause.text, None)]
        if clause.heading:
            variants.append((clause.text, clause.heading))
            if heading_names(clause.heading) == set(clause.labels):
                variants.append(("", clause.heading))
        for text, heading in variants:
            texts.append(text)
            headings.append(heading)
            targets.append(row)
            groups.append(clause.id)
            flags.append(heading is not None)
    return TrainingSet(clause_features(texts, headings), np.array(targets), groups, flags)


class CachedFeatureUnion:
    """The fitted feature union's ``transform`` for clause texts, with each word analysed once.

    scikit-learn builds and looks up every n-gram of every document in Python, which made
    vectorizing most of the time of ``classify``. Here each distinct whitespace-separated chunk
    of text is tokenized once (``_chunk_tokens``) and each distinct token gets an id with its
    word column and its character n-gram columns (found once, with the vectorizer's own n-gram
    function, since a word's ``char_wb`` n-grams do not depend on its neighbours). A batch of
    clauses then becomes one array of token ids, and unigrams, bigrams and character n-grams are
    looked up with numpy. The counts, and so the TF-IDF matrix, are exactly those of
    ``FeatureUnion.transform(clause_features(texts, headings))``.
    """

    def __init__(self, union: FeatureUnion) -> None:
        self.words, self.chars = (vectorizer for _, vectorizer in union.transformer_list)
        # One model serves every thread of a process (Dask workers run several): the caches
        # grow during ``transform``, so one thread at a time.
        self.lock = threading.Lock()
        self.clear()

    @staticmethod
    def supports(union: FeatureUnion) -> bool:
        """True for the union ``build_pipeline`` makes: words (1-2 grams), then char_wb."""
        vectorizers = [v for _, v in union.transformer_list]
        return (
            union.transformer_weights is None
            and len(vectorizers) == 2
            and all(
                isinstance(v, TfidfVectorizer)
                and not v.lowercase
                and v.preprocessor is None
                and v.tokenizer is None
                and v.strip_accents is None
                and v.stop_words is None
                and not v.binary
                for v in vectorizers
            )
            and vectorizers[0].analyzer == "word"
            and vectorizers[0].token_pattern == r"\S+"
            and vectorizers[0].ngram_range == (1, 2)
            and vectorizers[1].analyzer == "char_wb"
        )

    def clear(self) -> None:
        """Forget every cached chunk and token (the vocabulary stays)."""
        self.chunk_ids: dict[str, tuple[int, ...]] = {}
        self.heading_ids: dict[str, tuple[int, ...]] = {}
        self.token_ids: dict[str, int] = {}
        self.word_column = array("i")
        self.char_start = array("q")
        self.char_count = array("i")
        self.char_columns = array("i")
        bigrams = []
        for term, column in self.words.vocabulary_.items():
            if " " in term:
                first, second = term.split(" ")
                bigrams.append(
                    (self._token_id(first) * BIGRAM_BASE + self._token_id(second), column)
                )
        bigrams.sort()
        self.bigram_keys = np.array([key for key, _ in bigrams], dtype=np.int64)
        self.bigram_columns = np.array([column for _, column in bigrams], dtype=np.int64)
        self.known_tokens = len(self.token_ids)

    def _token_id(self, token: str) -> int:
        found = self.token_ids.get(token)
        if found is not None:
            return found
        found = self.token_ids[token] = len(self.token_ids)
        self.word_column.append(self.words.vocabulary_.get(token, -1))
        vocabulary = self.chars.vocabulary_
        columns = [vocabulary[g] for g in self.chars._char_wb_ngrams(token) if g in vocabulary]
        self.char_start.append(len(self.char_columns))
        self.char_count.append(len(columns))
        self.char_columns.extend(columns)
        return found

    def _learn_chunks(self, chunks: Iterable[str]) -> None:
        """Tokenize new chunks in one spaCy call, each exactly as when it stands alone, its
        tokens keeping its character span.

        The chunks are joined by ``CHUNK_SEPARATOR``, not a single space: spaCy matches its
        special cases over the tokens of the whole text, so an emoticon such as ":))" could
        match across two neighbouring chunks ("x:)" and ")") and change how the first is split.
        The newline token between chunks keeps every match inside one chunk."""
        chunks = list(chunks)
        if not chunks:
            return
        tokens_of: list[list[str]] = [[] for _ in chunks]
        index, end = 0, len(chunks[0])
        for token in get_nlp().tokenizer(CHUNK_SEPARATOR.join(chunks)):
            while token.idx > end:  # past this chunk and the separator after it
                index += 1
                end += len(chunks[index]) + len(CHUNK_SEPARATOR)
            if not token.is_space:
                tokens_of[index].append(_normalise(token.lower_))
        for chunk, tokens in zip(chunks, tokens_of, strict=True):
            self.chunk_ids[chunk] = tuple(self._token_id(t) for t in tokens if t)

    def _heading(self, heading: str) -> tuple[int, ...]:
        # The vectorizers split the joined feature string on whitespace, and a heading's
        # whitespace tokens ('h_\n') hold some: split the heading's part the same way.
        text = " ".join(token for token in _heading_tokens(heading) if token)
        ids = tuple(self._token_id(token) for token in text.split())
        self.heading_ids[heading] = ids
        return ids

    def transform(self, texts: Sequence[str], headings: Sequence[str | None]):
        """The feature matrix of clause texts and their headings."""
        with self.lock:
            return self._transform(texts, headings)

    def _transform(self, texts: Sequence[str], headings: Sequence[str | None]):
        if len(self.token_ids) > self.known_tokens + MAX_CACHED_TOKENS:
            self.clear()  # bound the memory of a long batch of varied documents
        chunk_ids, heading_ids = self.chunk_ids, self.heading_ids
        self._learn_chunks({c for text in texts for c in text.split() if c not in chunk_ids})
        ids: list[int] = []
        lengths = []
        for text, heading in zip(texts, headings, strict=True):
            before = len(ids)
            if heading:
                ids.extend(heading_ids.get(heading) or self._heading(heading))
            for chunk in text.split():
                ids.extend(chunk_ids[chunk])
            lengths.append(len(ids) - before)
        tokens = np.array(ids, dtype=np.int64)
        rows = np.repeat(np.arange(len(texts)), lengths)
        size = len(texts)
        same_row = rows[:-1] == rows[1:]
        keys = (tokens[:-1] * BIGRAM_BASE + tokens[1:])[same_row]
        at = np.searchsorted(self.bigram_keys, keys).clip(max=max(len(self.bigram_keys) - 1, 0))
        bigrams = self.bigram_keys[at] == keys if len(self.bigram_keys) else keys < 0
        bigram_rows, bigram_columns = rows[:-1][same_row][bigrams], self.bigram_columns[at[bigrams]]
        # Each distinct token of a clause once, with how often it occurs there: a word repeated
        # in a clause has its character n-grams expanded once, weighted by its count.
        known = len(self.token_ids)
        pairs, repeats = np.unique(rows * known + tokens, return_counts=True)
        rows, tokens = pairs // known, pairs % known
        word_column = np.frombuffer(self.word_column, dtype=np.int32)[tokens]
        unigrams = word_column >= 0
        words = _occurrences(
            rows[unigrams], word_column[unigrams], repeats[unigrams], size, self.words
        )
        words += _occurrences(bigram_rows, bigram_columns, None, size, self.words)
        words.sum_duplicates()  # a no-op unless the sum left its columns unsorted
        counts = np.frombuffer(self.char_count, dtype=np.int32)[tokens]
        starts = np.frombuffer(self.char_start, dtype=np.int64)[tokens]
        offsets = np.cumsum(counts) - counts
        flat = np.repeat(starts - offsets, counts) + np.arange(int(counts.sum()))
        chars = _occurrences(
            np.repeat(rows, counts),
            np.frombuffer(self.char_columns, dtype=np.int32)[flat],
            np.repeat(repeats, counts),
            size,
            self.chars,
        )
        return sparse.hstack(
            [
                self.words._tfidf.transform(words, copy=False),
                self.chars._tfidf.transform(chars, copy=False),
            ],
            format="csr",
        )


CHUNK_SEPARATOR = " \n "
"""Between chunks tokenized together: a whitespace token that no special case spans."""
BIGRAM_BASE = 1 << 31
"""Token ids below this pair into one int64 key per bigram."""
MAX_CACHED_TOKENS = 1 << 18
"""New tokens remembered beyond the vocabulary's before the caches start again (about 40 MB)."""


def _occurrences(
    rows: np.ndarray,
    columns: np.ndarray,
    weights: np.ndarray | None,
    documents: int,
    vectorizer: TfidfVectorizer,
) -> sparse.csr_array:
    """Counts of n-grams given as (document, column, times) in document order: the matrix
    ``CountVectorizer.transform`` makes (sorted columns, repeats summed)."""
    index = np.int32 if len(columns) < np.iinfo(np.int32).max else np.int64
    indptr = np.zeros(documents + 1, dtype=index)
    np.cumsum(np.bincount(rows, minlength=documents), out=indptr[1:])
    data = np.ones(len(columns), vectorizer.dtype) if weights is None else weights
    counts = sparse.csr_array(
        (data.astype(vectorizer.dtype, copy=False), columns.astype(index, copy=False), indptr),
        shape=(documents, len(vectorizer.vocabulary_)),
    )
    counts.sum_duplicates()
    return counts


@dataclass(slots=True)
class ClauseModel:
    """A trained pipeline with its per-label thresholds and provenance."""

    pipeline: Pipeline
    thresholds: dict[str, float]
    metadata: dict[str, Any] = field(default_factory=dict)
    cached_features: CachedFeatureUnion | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        union = self.pipeline.named_steps["features"]
        if CachedFeatureUnion.supports(union):
            self.cached_features = CachedFeatureUnion(union)

    def scores(
        self, texts: Sequence[str], headings: Sequence[str | None] | None = None
    ) -> np.ndarray:
        """Calibrated probabilities, shape (n, 7), columns in CATEGORIES order."""
        if not texts:
            return np.zeros((0, len(CATEGORIES)))
        if self.cached_features is None:
            return self.pipeline.predict_proba(clause_features(texts, headings))
        headings = headings if headings is not None else [None] * len(texts)
        matrix = self.cached_features.transform(texts, headings)
        return self.pipeline.named_steps["classify"].predict_proba(matrix)

    def predict(
        self, texts: Sequence[str], headings: Sequence[str | None] | None = None
    ) -> list[tuple[list[str], dict[str, float]]]:
        """Labels over threshold and rounded scores for each text."""
        results = []
        for row in self.scores(texts, headings):
            scores = {c: round(float(p), 4) for c, p in zip(CATEGORIES, row, strict=True)}
            labels = [
                c for c in CATEGORIES if scores[c] >= self.thresholds.get(c, DEFAULT_THRESHOLD)
            ]
            results.append((labels, scores))
        return results


SIGNATURE_FIELD = re.compile(
    r"\b(By|Name|Title|Date|Its|Signature|Witness|Print(?:ed)? Name)\s*:", re.IGNORECASE
)
SIGNATURE_BLOCK_CHARS = 400
"""A short text with two or more different signature fields, one of them 'By:', 'Name:',
'Signature:' or 'Its:', is a signature block: it states no clause, whatever the company name
above it says ('Tidewater Payments Corp'). 'Invoice Date: ... Payment Date: ...' is not one."""
_SIGNER_FIELDS = {"by", "name", "signature", "its", "printed name", "print name"}


def is_signature_block(text: str) -> bool:
    if len(text) > SIGNATURE_BLOCK_CHARS:
        return False
    fields = {f.lower() for f in SIGNATURE_FIELD.findall(text)}
    return len(fields) >= 2 and bool(fields & _SIGNER_FIELDS)


def classify_clauses(clauses: list[Clause], model: ClauseModel) -> None:
    """Set ``labels`` and ``scores`` on each clause that has text, in place.

    Signature blocks keep their scores but carry no label. One rule backs the model: a clause
    that chooses a named law ("governed by the laws of Delaware") is a governing-law clause even
    where the model missed it, typically a choice of law buried in a long dispute or
    miscellaneous clause. Its score stays the model's.
    """
    from clausecheck.terms import states_choice_of_law

    with_text = [c for c in clauses if c.text.strip()]
    predictions = model.predict([c.text for c in with_text], [c.context_heading for c in with_text])
    for clause, (labels, scores) in zip(with_text, predictions, strict=True):
        clause.labels, clause.scores = labels, scores
        if is_signature_block(clause.text):
            clause.labels = []
            continue
        if "governing_law" not in labels and states_choice_of_law(clause.text):
            clause.labels = sorted([*labels, "governing_law"], key=CATEGORIES.index)


def choose_thresholds(targets: np.ndarray, probabilities: np.ndarray) -> dict[str, float]:
    """Per label, the middle of the grid thresholds whose cross-validated F1 is within
    NEAR_BEST_F1 of the best (for labels in LOWEST_NEAR_BEST, the lowest of them)."""
    thresholds = {}
    for k, category in enumerate(CATEGORIES):
        scores = [
            precision_recall_fscore_support(
                targets[:, k], probabilities[:, k] >= t, average="binary", zero_division=0
            )[2]
            for t in THRESHOLD_GRID
        ]
        best = max(scores)
        near_best = [
            t for t, f1 in zip(THRESHOLD_GRID, scores, strict=True) if f1 >= best - NEAR_BEST_F1
        ]
        if category in LOWEST_NEAR_BEST:
            chosen = min(near_best)
        else:
            chosen = round((min(near_best) + max(near_best)) / 2, 4)
        thresholds[category] = float(chosen)
    return thresholds


def per_label_metrics(
    targets: np.ndarray, predicted: np.ndarray
) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support per label."""
    metrics = {}
    for k, category in enumerate(CATEGORIES):
        p, r, f1, _ = precision_recall_fscore_support(
            targets[:, k], predicted[:, k], average="binary", zero_division=0
        )
        metrics[category] = {
            "precision": round(float(p), 4),
            "recall": round(float(r), 4),
            "f1": round(float(f1), 4),
            "support": int(targets[:, k].sum()),
        }
    return metrics


def train_model(corpus_dir: Path | None = None, model_dir: Path | None = None) -> dict[str, Any]:
    """Train on the corpus, choose thresholds by cross-validation, save model and metadata."""
    import sklearn
    import skops
    import spacy

    from clausecheck import __version__
    from clausecheck.corpus import DEFAULT_CORPUS_DIR

    corpus_dir = corpus_dir or DEFAULT_CORPUS_DIR
    model_dir = model_dir or DEFAULT_MODEL_DIR
    clauses = load_corpus(corpus_dir)
    data = training_set(clauses)
    folds = GroupKFold(n_splits=CV_FOLDS)
    probabilities = cross_val_predict(
        build_pipeline(),
        data.features,
        data.targets,
        groups=data.groups,
        cv=folds,
        method="predict_proba",
    )
    thresholds = choose_thresholds(data.targets, probabilities)
    predicted = np.column_stack(
        [probabilities[:, k] >= thresholds[c] for k, c in enumerate(CATEGORIES)]
    )
    body_only = np.array([not h for h in data.with_heading])
    pipeline = build_pipeline().fit(data.features, data.targets)
    model_dir.mkdir(parents=True, exist_ok=True)
    model_path = model_dir / MODEL_FILE
    model_path.write_bytes(_reproducible_zip(_dump(pipeline)))
    metadata = {
        "model_file": MODEL_FILE,
        "sha256": hashlib.sha256(model_path.read_bytes()).hexdigest(),
        "corpus_sha256": corpus_sha256(corpus_dir),
        "corpus_clauses": len(clauses),
        "training_examples": len(data.features),
        "labels": list(CATEGORIES),
        "thresholds": thresholds,
        "seed": SEED,
        "versions": {
            "clausecheck": __version__,
            "scikit-learn": sklearn.__version__,
            "spacy": spacy.__version__,
            "skops": skops.__version__,
        },
        "cross_validation": {
            "folds": CV_FOLDS,
            "grouped_by": "clause id (a clause and its headed copy stay in one fold)",
            "all_examples": per_label_metrics(data.targets, predicted),
            "body_only": per_label_metrics(data.targets[body_only], predicted[body_only]),
        },
    }
    (model_dir / METADATA_FILE).write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    write_cv_section(model_dir / "MODEL_CARD.md", metadata)
    load_model.cache_clear()
    return metadata


def write_cv_section(card: Path, metadata: dict[str, Any]) -> None:
    """Put the cross-validated figures into the model card between its markers."""
    if not card.exists():
        return
    text = card.read_text(encoding="utf-8")
    start, end = "<!-- cv:start -->", "<!-- cv:end -->"
    if start not in text or end not in text:
        return
    rows = [
        f"{metadata['corpus_clauses']} clauses, corpus sha256 `{metadata['corpus_sha256'][:12]}`, "
        f"model sha256 `{metadata['sha256'][:12]}`.",
        "",
        "| Label | Precision | Recall | F1 | Support | Threshold |",
        "|---|---|---|---|---|---|",
    ]
    for label in CATEGORIES:
        m = metadata["cross_validation"]["body_only"][label]
        rows.append(
            f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} "
            f"| {metadata['thresholds'][label]:.3f} |"
        )
    card.write_text(
        replace_marked(text, start, end, "\n".join([start, *rows, end])), encoding="utf-8"
    )


VOCABULARY_TERMS = "clausecheck_vocabulary_terms_"
"""Where a saved vectorizer keeps its vocabulary: one array of terms in column order.

skops stores a dict entry by entry as JSON nodes; a vocabulary of ~90,000 n-grams made a 70 MB
schema that took seconds to audit and load. One string array is a single ``.npy`` entry."""


def _vectorizers(pipeline: Pipeline) -> list:
    return [vectorizer for _, vectorizer in pipeline.named_steps["features"].transformer_list]


def _dump(pipeline: Pipeline) -> bytes:
    vocabularies = []
    for vectorizer in _vectorizers(pipeline):
        vectorizer.stop_words_ = None  # only needed for introspection; it is most of the file
        # A memory address scikit-learn caches to skip re-checking stop words: it differs from
        # process to process, so saved it made the same corpus give different model bytes.
        vectorizer.__dict__.pop("_stop_words_id", None)
        vocabulary = vectorizer.vocabulary_
        vocabularies.append(vocabulary)
        terms = sorted(vocabulary, key=vocabulary.__getitem__)
        setattr(vectorizer, VOCABULARY_TERMS, np.array(terms, dtype=str))
        del vectorizer.vocabulary_
    buffer = io.BytesIO()
    try:
        sio.dump(pipeline, buffer, compression=zipfile.ZIP_DEFLATED)
    finally:
        for vectorizer, vocabulary in zip(_vectorizers(pipeline), vocabularies, strict=True):
            vectorizer.vocabulary_ = vocabulary
            delattr(vectorizer, VOCABULARY_TERMS)
    return buffer.getvalue()


def _restore_vocabularies(pipeline: Pipeline) -> None:
    for vectorizer in _vectorizers(pipeline):
        terms = vectorizer.__dict__.pop(VOCABULARY_TERMS)
        vectorizer.vocabulary_ = {str(term): column for column, term in enumerate(terms)}


_SKOPS_ID = re.compile(r'("__id__": )(\d+)|("file": ")(\d+)(\.npy")')


def _reproducible_zip(data: bytes) -> bytes:
    """Rewrite a skops zip so identical content gives identical bytes.

    skops names entries and references after Python object ids, which change from run to run;
    they are renumbered in order of first appearance, and zip timestamps are fixed.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        schema = src.read("schema.json").decode("utf-8")
        order: dict[str, str] = {}
        for match in _SKOPS_ID.finditer(schema):
            key = match.group(2) or match.group(4)
            order.setdefault(key, str(len(order) + 1))

        def renumber(match: re.Match[str]) -> str:
            if match.group(2):
                return f"{match.group(1)}{order[match.group(2)]}"
            return f"{match.group(3)}{order[match.group(4)]}{match.group(5)}"

        entries = {"schema.json": _SKOPS_ID.sub(renumber, schema).encode("utf-8")}
        for info in src.infolist():
            if info.filename != "schema.json":
                stem = info.filename.removesuffix(".npy")
                entries[f"{order.get(stem, stem)}.npy"] = src.read(info.filename)
        compression = {info.filename: info.compress_type for info in src.infolist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(entries, key=lambda n: (n != "schema.json", len(n), n)):
            entry = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            entry.compress_type = compression.get("schema.json", zipfile.ZIP_DEFLATED)
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, entries[name])
    return out.getvalue()


@lru_cache(maxsize=4)
def load_model(model_dir: Path | str | None = None) -> ClauseModel:
    """Load the model after checking its sha256 and the types it contains."""
    model_dir = Path(model_dir) if model_dir else DEFAULT_MODEL_DIR
    meta_path = model_dir / METADATA_FILE
    if not meta_path.exists():
        raise ModelError("E201", path=model_dir)
    try:
        metadata = json.loads(meta_path.read_text())
        model_path = model_dir / metadata["model_file"]
        expected = metadata["sha256"]
        thresholds = {c: float(metadata["thresholds"][c]) for c in CATEGORIES}
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError("E203", path=meta_path, detail=str(exc)[:80]) from None
    if not model_path.exists():
        raise ModelError("E201", path=model_path)
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelError("E202", path=model_path)
    try:
        untrusted = sio.get_untrusted_types(data=data)
    except Exception as exc:
        raise ModelError("E203", path=model_path, detail=str(exc)[:80]) from None
    refused = sorted(set(untrusted) - ALLOWED_MODEL_TYPES)
    if refused:
        raise ModelError("E204", path=model_path, types=", ".join(refused[:5]))
    pipeline = sio.loads(data, trusted=untrusted)
    try:
        _restore_vocabularies(pipeline)
    except (KeyError, AttributeError) as exc:
        raise ModelError("E203", path=model_path, detail=f"no vocabulary ({exc})") from None
    return ClauseModel(pipeline=pipeline, thresholds=thresholds, metadata=metadata)
