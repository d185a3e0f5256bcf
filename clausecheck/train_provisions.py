"""Training the provision classifier (``terms/provision_model``) from ``corpus/provisions/``.

The same pipeline, export and threshold choice as the clause classifier (``train``), over other
examples: each provision sentence written for the project (with and without its heading), and as
background every sentence of the clause corpus that no provision rule reads as a provision. The
background is what an agreement mostly is; without it the classifier would only have seen
provisions and their near misses. A background sentence the rules read as a provision is left
out rather than taught as a 'no': the clause corpus was not labelled for provisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from clausecheck.classify import clause_features
from clausecheck.corpus import PROVISIONS, CorpusClause, corpus_sha256, load_corpus
from clausecheck.terms.convenience import convenience
from clausecheck.terms.evidence import sentences
from clausecheck.terms.provision_model import PROVISION_LABELS, PROVISION_MODEL_FILES
from clausecheck.terms.provisions import RULES
from clausecheck.terms.rules import provision
from clausecheck.train import (
    CV_FOLDS,
    TrainingSet,
    build_pipeline,
    cross_validate,
    per_label_metrics,
    provenance,
    settle_calibration,
    write_model,
)
from clausecheck.types import Clause


@dataclass(frozen=True, slots=True)
class ProvisionCorpus:
    """The provision sentences and the background sentences drawn from the clause corpus."""

    provisions: list[CorpusClause]
    background: list[tuple[str, str, str]]
    """(group id, sentence, heading) of each background sentence."""


def _read_as_provision(clause: Clause) -> bool:
    found = list(sentences([clause]))
    return convenience(found)[0] is not None or any(
        provision(found, rule) is not None for rule in RULES.values()
    )


def provision_corpus(corpus_dir: Path, clauses: list[CorpusClause]) -> ProvisionCorpus:
    """The provision part of the corpus and the background sentences of ``clauses``."""
    written = load_corpus(corpus_dir, PROVISIONS, PROVISION_LABELS)
    background = []
    for clause in clauses:
        for n, sentence in enumerate(sentences([Clause(clause.id, clause.text)])):
            if not _read_as_provision(Clause(f"{clause.id}.{n}", sentence.text)):
                background.append((clause.id, sentence.text, clause.heading))
    return ProvisionCorpus(written, background)


def provision_training_set(corpus: ProvisionCorpus) -> TrainingSet:
    """Each written sentence alone and under its heading; each background sentence under its
    clause's heading, as it is read in an agreement. Groups keep a clause's examples in one fold."""
    texts, headings, targets, groups, flags = [], [], [], [], []
    for clause in corpus.provisions:
        row = [1 if label in clause.labels else 0 for label in PROVISION_LABELS]
        for heading in (None, clause.heading or None) if clause.heading else (None,):
            texts.append(clause.text)
            headings.append(heading)
            targets.append(row)
            groups.append(clause.id)
            flags.append(heading is not None)
    empty = [0] * len(PROVISION_LABELS)
    for group, text, heading in corpus.background:
        texts.append(text)
        headings.append(heading or None)
        targets.append(empty)
        groups.append(group)
        flags.append(bool(heading))
    return TrainingSet(clause_features(texts, headings), np.array(targets), groups, flags)


def train_provision_model(
    corpus_dir: Path, clauses: list[CorpusClause], model_dir: Path
) -> dict[str, Any]:
    """Train on the provision corpus over the clause corpus's background, choose thresholds by
    cross-validation, and export the classifier into ``model_dir``; returns its metadata."""
    corpus = provision_corpus(corpus_dir, clauses)
    data = provision_training_set(corpus)
    thresholds, predicted = cross_validate(data, PROVISION_LABELS)
    written_ids = {c.id for c in corpus.provisions}
    written = np.array([g in written_ids for g in data.groups])
    pipeline = settle_calibration(build_pipeline().fit(data.features, data.targets))
    metadata = {
        "corpus_sha256": corpus_sha256(corpus_dir, PROVISIONS),
        "background_corpus_sha256": corpus_sha256(corpus_dir),
        "corpus_clauses": len(corpus.provisions),
        "background_sentences": len(corpus.background),
        "training_examples": len(data.features),
        **provenance(),
        "cross_validation": {
            "folds": CV_FOLDS,
            "grouped_by": "clause id (a sentence and its headed copy stay in one fold)",
            "all_examples": per_label_metrics(data.targets, predicted, PROVISION_LABELS),
            "written_only": per_label_metrics(
                data.targets[written], predicted[written], PROVISION_LABELS
            ),
        },
    }
    return write_model(
        pipeline, thresholds, metadata, model_dir, PROVISION_MODEL_FILES, PROVISION_LABELS
    )
