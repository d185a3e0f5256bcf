"""Training the clause classifier with scikit-learn, and exporting it as plain arrays.

``train_model`` builds ``models/`` from the corpus reproducibly: a TF-IDF (words and character
n-grams) + calibrated linear SVM pipeline per label, thresholds chosen by cross-validation, then
``export_arrays`` turns the fitted pipeline into the arrays ``clausecheck.classify`` scores with
numpy alone. Only ``clausecheck train`` (and evaluation scripts) import this module.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import precision_recall_fscore_support
from sklearn.model_selection import GroupKFold, cross_val_predict
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from clausecheck.classify import (
    CHECKOUT_MODEL_DIR,
    FEATURE_SETTINGS,
    METADATA_FILE,
    MODEL_FILE,
    MODEL_FORMAT,
    bigram_table,
    clause_features,
    forget_loaded_models,
    model_bytes,
    vocabulary_bytes,
)
from clausecheck.corpus import PROVISIONS, CorpusClause, corpus_files, corpus_sha256, load_corpus
from clausecheck.docs import replace_marked
from clausecheck.errors import ClausecheckError
from clausecheck.types import CATEGORIES

SEED = 20261122
CV_FOLDS = 5
CALIBRATION_FOLDS = 3
SVM_C = 0.5
CHAR_FEATURES = 60000
"""The most frequent character n-grams kept; more adds size, not accuracy."""
THRESHOLD_GRID = tuple(round(float(x), 3) for x in np.arange(0.15, 0.86, 0.025))
NEAR_BEST_F1 = 0.005
"""Cross-validated F1 within this of the best counts as equally good."""
CALIBRATION_DIGITS = 10
"""Significant digits kept of each label's sigmoid calibration (its slope and offset).

The optimiser that fits them sums with the BLAS library, whose order of addition depends on the
number of threads, so the same corpus gave calibrations differing in the last bit or two from
machine to machine, and so different model bytes. Ten digits is far more than the scores need
(they are reported to four decimals) and far less than that noise."""
LOWEST_NEAR_BEST = frozenset({"pricing", "termination"})
"""Labels whose threshold is the lowest near-best one rather than the middle of the near-best.

On the corpus, F1 is flat over a wide range of thresholds for most labels, so the single best
grid point jumps from one end of that range to the other between corpus rounds (waiver went
from 0.55 to 0.425 when files 34-36 were added) with no change in what the model knows. The
middle of the near-best range does not jump. For each label, the lowest, middle and best
thresholds were compared on the CUAD study half (never the held-out half): the lowest gave the
best F1 for pricing and termination, the middle was best or level for the others.
"""


def build_pipeline(seed: int = SEED) -> Pipeline:
    """The untrained scikit-learn pipeline over feature strings."""
    words = TfidfVectorizer(
        token_pattern=FEATURE_SETTINGS["words"]["token_pattern"],
        lowercase=False,
        ngram_range=tuple(FEATURE_SETTINGS["words"]["ngram_range"]),
        min_df=2,
        sublinear_tf=True,
        dtype=np.float32,
    )
    chars = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=tuple(FEATURE_SETTINGS["chars"]["ngram_range"]),
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


def pipeline_settings(pipeline: Pipeline) -> dict[str, Any]:
    """The settings of a fitted pipeline, in the shape of ``classify.FEATURE_SETTINGS``; a
    setting the scorer does not implement shows as "unsupported"."""
    union = pipeline.named_steps["features"]
    words, chars = (vectorizer for _, vectorizer in union.transformer_list)

    def shared(value_of) -> Any:
        values = {value_of(words), value_of(chars)}
        return values.pop() if len(values) == 1 else "unsupported"

    plain = union.transformer_weights is None and all(
        v.use_idf
        and not v.binary
        and v.preprocessor is None
        and v.tokenizer is None
        and v.strip_accents is None
        and v.stop_words is None
        for v in (words, chars)
    )
    methods = {getattr(e, "method", None) for e in pipeline.named_steps["classify"].estimators_}
    return {
        "words": {
            "analyzer": words.analyzer,
            "token_pattern": words.token_pattern,
            "ngram_range": list(words.ngram_range),
        },
        "chars": {"analyzer": chars.analyzer, "ngram_range": list(chars.ngram_range)},
        "lowercase": shared(lambda v: v.lowercase),
        "sublinear_tf": shared(lambda v: v.sublinear_tf),
        "norm": shared(lambda v: v.norm),
        "dtype": shared(lambda v: np.dtype(v.dtype).name),
        "calibration": methods.pop() if plain and len(methods) == 1 else "unsupported",
    }


def export_arrays(pipeline: Pipeline) -> dict[str, np.ndarray]:
    """The fitted pipeline as the named arrays of ``classify.MODEL_ARRAYS``.

    Raises ValueError for a pipeline the numpy scorer would not score exactly like
    scikit-learn (other settings, an ensemble of calibrated classifiers, a label that was
    constant in training)."""
    settings = pipeline_settings(pipeline)
    if settings != FEATURE_SETTINGS:
        raise ValueError(f"pipeline settings {settings} differ from {FEATURE_SETTINGS}")
    words, chars = (v for _, v in pipeline.named_steps["features"].transformer_list)
    coefficients, intercepts, slopes, offsets = [], [], [], []
    for estimator in pipeline.named_steps["classify"].estimators_:
        if not isinstance(estimator, CalibratedClassifierCV):
            raise ValueError(f"a label was fitted as {type(estimator).__name__} (constant?)")
        (calibrated,) = estimator.calibrated_classifiers_
        (sigmoid,) = calibrated.calibrators
        svm = calibrated.estimator
        if list(svm.classes_) != [0, 1] or svm.coef_.shape[0] != 1:
            raise ValueError("each label needs one binary linear classifier")
        coefficients.append(svm.coef_[0])
        intercepts.append(float(svm.intercept_[0]))
        slopes.append(float(sigmoid.a_))
        offsets.append(float(sigmoid.b_))
    bigrams = bigram_table(words.vocabulary_)
    return {
        "words_vocabulary": vocabulary_bytes(_terms(words)),
        "chars_vocabulary": vocabulary_bytes(_terms(chars)),
        "bigram_tokens": vocabulary_bytes(bigrams.tokens),
        "bigram_keys": bigrams.keys,
        "bigram_columns": bigrams.columns,
        "words_idf": words.idf_,
        "chars_idf": chars.idf_,
        "coef": np.vstack(coefficients),
        "intercept": np.array(intercepts),
        "sigmoid_a": np.array(slopes),
        "sigmoid_b": np.array(offsets),
    }


def _terms(vectorizer: TfidfVectorizer) -> list[str]:
    vocabulary = vectorizer.vocabulary_
    return sorted(vocabulary, key=vocabulary.__getitem__)


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


def choose_thresholds(
    targets: np.ndarray, probabilities: np.ndarray, labels: tuple[str, ...] = CATEGORIES
) -> dict[str, float]:
    """Per label, the middle of the grid thresholds whose cross-validated F1 is within
    NEAR_BEST_F1 of the best (for labels in LOWEST_NEAR_BEST, the lowest of them)."""
    thresholds = {}
    for k, category in enumerate(labels):
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
    targets: np.ndarray, predicted: np.ndarray, labels: tuple[str, ...] = CATEGORIES
) -> dict[str, dict[str, float | int]]:
    """Precision, recall, F1 and support per label."""
    metrics = {}
    for k, category in enumerate(labels):
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


def fit_pipeline(clauses: Iterable[CorpusClause]) -> Pipeline:
    """The pipeline fitted on every example of the clauses (no cross-validation)."""
    data = training_set(clauses)
    return settle_calibration(build_pipeline().fit(data.features, data.targets))


def settle_calibration(pipeline: Pipeline) -> Pipeline:
    """Round each sigmoid calibration to ``CALIBRATION_DIGITS`` in the fitted pipeline itself,
    so the pipeline and its export keep scoring alike; returns the pipeline."""
    for estimator in pipeline.named_steps["classify"].estimators_:
        for calibrated in getattr(estimator, "calibrated_classifiers_", []):
            for sigmoid in calibrated.calibrators:
                sigmoid.a_ = float(f"{sigmoid.a_:.{CALIBRATION_DIGITS}g}")
                sigmoid.b_ = float(f"{sigmoid.b_:.{CALIBRATION_DIGITS}g}")
    return pipeline


def cross_validate(
    data: TrainingSet, labels: tuple[str, ...] = CATEGORIES
) -> tuple[dict[str, float], np.ndarray]:
    """Each label's threshold, chosen on predictions cross-validated by group, and what those
    predictions say at it (examples x labels, boolean)."""
    probabilities = cross_val_predict(
        build_pipeline(),
        data.features,
        data.targets,
        groups=data.groups,
        cv=GroupKFold(n_splits=CV_FOLDS),
        method="predict_proba",
    )
    thresholds = choose_thresholds(data.targets, probabilities, labels)
    predicted = np.column_stack(
        [probabilities[:, k] >= thresholds[c] for k, c in enumerate(labels)]
    )
    return thresholds, predicted


def provenance() -> dict[str, Any]:
    """The seed and the versions a model was trained with."""
    import sklearn
    import spacy

    from clausecheck import __version__

    return {
        "seed": SEED,
        "versions": {
            "clausecheck": __version__,
            "scikit-learn": sklearn.__version__,
            "spacy": spacy.__version__,
        },
    }


def train_model(corpus_dir: Path | None = None, model_dir: Path | None = None) -> dict[str, Any]:
    """Train on the corpus, choose thresholds by cross-validation, export model and metadata."""
    from clausecheck.corpus import DEFAULT_CORPUS_DIR

    checkout = DEFAULT_CORPUS_DIR.is_dir()
    if not checkout and (corpus_dir is None or model_dir is None):
        missing = "a corpus" if corpus_dir is None else "a folder for the model"
        raise ClausecheckError("E402", missing=missing)
    corpus_dir = corpus_dir or DEFAULT_CORPUS_DIR
    model_dir = model_dir or CHECKOUT_MODEL_DIR
    clauses = load_corpus(corpus_dir)
    data = training_set(clauses)
    thresholds, predicted = cross_validate(data)
    body_only = np.array([not h for h in data.with_heading])
    pipeline = settle_calibration(build_pipeline().fit(data.features, data.targets))
    model_dir.mkdir(parents=True, exist_ok=True)
    metadata = {
        "corpus_sha256": corpus_sha256(corpus_dir),
        "corpus_clauses": len(clauses),
        "training_examples": len(data.features),
        **provenance(),
        "cross_validation": {
            "folds": CV_FOLDS,
            "grouped_by": "clause id (a clause and its headed copy stay in one fold)",
            "all_examples": per_label_metrics(data.targets, predicted),
            "body_only": per_label_metrics(data.targets[body_only], predicted[body_only]),
        },
    }
    metadata = write_model(pipeline, thresholds, metadata, model_dir)
    write_cv_section(model_dir / "MODEL_CARD.md", metadata)
    if corpus_files(corpus_dir, PROVISIONS):
        from clausecheck.train_provisions import train_provision_model

        provisions = train_provision_model(corpus_dir, clauses, model_dir)
        metadata = {**metadata, "provision_model": provisions}
    return metadata


def write_model(
    pipeline: Pipeline,
    thresholds: dict[str, float],
    provenance: dict[str, Any],
    model_dir: Path,
    files: tuple[str, str] = (MODEL_FILE, METADATA_FILE),
    labels: tuple[str, ...] = CATEGORIES,
) -> dict[str, Any]:
    """Export a fitted pipeline into ``model_dir`` as ``files`` (arrays, then the JSON that
    vouches for them); returns the metadata written."""
    model_file, metadata_file = files
    data = model_bytes(export_arrays(pipeline))
    (model_dir / model_file).write_bytes(data)
    metadata = {
        **provenance,
        "format": MODEL_FORMAT,
        "features": FEATURE_SETTINGS,
        "model_file": model_file,
        "sha256": hashlib.sha256(data).hexdigest(),
        "labels": list(labels),
        "thresholds": thresholds,
    }
    (model_dir / metadata_file).write_text(json.dumps(metadata, indent=2, sort_keys=True) + "\n")
    forget_loaded_models()
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
