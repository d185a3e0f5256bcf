"""The provision classifier: which sentence of an agreement states a provision buyers screen for.

A second model of the clause model's kind (TF-IDF words and character n-grams, one calibrated
linear SVM per label, scored with numpy alone), trained by ``clausecheck train`` on
``corpus/provisions/``: sentences written for the project, each labelled with every provision it
states, hard negatives among them, over a background of the clause corpus's sentences. It reads
every sentence once; ``key_terms`` weighs what it says beside the rules (``weigh``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from clausecheck.classify import (
    DEFAULT_MODEL_DIR,
    ClauseModel,
    default_model_dir,
    load_labelled_model,
)
from clausecheck.terms.convenience import names_a_condition
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.provisions import RULES
from clausecheck.terms.rules import is_definition, vetoes

PROVISION_LABELS: tuple[str, ...] = (
    "termination_for_convenience",
    "exclusivity",
    "non_compete",
    "non_solicitation",
    "anti_assignment",
    "change_of_control",
    "audit_rights",
    "minimum_commitment",
    "insurance",
    "most_favoured_nation",
    "liquidated_damages",
    "ip_assignment",
    "uncapped_liability",
    "post_termination_services",
)
"""The yes/no key terms the provision classifier scores, in its column order."""
PROVISION_MODEL_FILE = "clausecheck-provisions.npz"
PROVISION_METADATA_FILE = "clausecheck-provisions.json"
PROVISION_MODEL_FILES = (PROVISION_MODEL_FILE, PROVISION_METADATA_FILE)
SURE: dict[str, float] = {
    "termination_for_convenience": 0.3,
    "non_compete": 0.3,
    "non_solicitation": 0.2,
    "anti_assignment": 0.2,
    "audit_rights": 0.3,
    "minimum_commitment": 0.2,
    "insurance": 0.2,
}
"""Per provision, the least probability at which the classifier's finding stands where the rule
found none; a provision not listed is the rule's alone.

Chosen on the CUAD study half only, from the grid 0.2, 0.3, ... 0.9: the lowest probability at
which the classifier alone (with the guards of ``_stands``), over at least ``SURE_HITS``
contracts, is right about a contract at least ``SURE_PRECISION`` of the time
(docs/key-terms.md, "The provision classifier"). Where it never is (exclusivity, change of
control, most-favoured-nation, liquidated damages, IP assignment, uncapped liability,
post-termination services), it adds nothing."""
STANDS_ONLY_IF: dict[str, Callable[[str], bool]] = {
    "termination_for_convenience": lambda text: not names_a_condition(text),
    "insurance": re.compile(
        r"\b(?:maintain|carry|procure|obtain|keep|take\s+out|effect|purchase|provide|furnish|"
        r"polic(?:y|ies)|insurers?|coverage|cover|certificates?|additional(?:ly)?\s+insured)\b",
        re.I,
    ).search,
    "minimum_commitment": re.compile(
        r"\b(?:purchase|buy|order|procure|acquire|volume|units?|quantit(?:y|ies)|spend|revenue|"
        r"royalt(?:y|ies)|fees?|charges?|payments?|commit\w*|take[-\s]or[-\s]pay|shortfall|FTEs?|"
        r"minutes|hours|seats|calls|sales)\b",
        re.I,
    ).search,
}
"""Words without which the classifier's reading of a sentence does not stand, for provisions
where a bag of words is fooled: a right to terminate tied to an event is not one for
convenience; 'deposits are insured by the FDIC' imposes no duty to insure; 'at least the
minimum wage' buys nothing. They are necessary words of the provision, not a rule for it."""
DOUBTS: dict[str, float] = {
    "non_solicitation": 0.1,
    "anti_assignment": 0.02,
}
"""Per provision, the probability below which the classifier overrules the rule: where the rule
finds the provision but no sentence of the agreement scores even this much for it, the rule's
finding does not stand. A provision not listed is the rule's alone whenever the rule finds it.

Chosen on the CUAD study half only, from the grid ``DOUBT_GRID``: the highest probability at which
the contracts so overruled are ones CUAD says lack the provision at least ``DOUBT_PRECISION`` of
the time, over at least ``DOUBT_HITS`` contracts (docs/key-terms.md, "The provision
classifier")."""
DOUBT_GRID = (0.01, 0.02, 0.05, 0.1)
DOUBT_PRECISION = 0.75
DOUBT_HITS = 3
MIN_WORDS = 6
"""Fewer words than this are a heading or a line of the contents ('Limitation of Liability.',
'9.2 Assignment and Change of Control;'), which state no provision."""
SURE_PRECISION = 0.95
"""The contract-level precision the classifier alone must reach on the study half."""
SURE_HITS = 10
"""The fewest contracts it must flag there for that precision to count."""


def provision_model_dir(beside: Path | None = None) -> Path:
    """The folder of the provision classifier: the clause model's folder (``beside``, else the
    one named by default) where it holds one, as ``clausecheck train --model-dir`` writes both;
    else the one that ships."""
    named = beside or default_model_dir()
    return named if (named / PROVISION_METADATA_FILE).exists() else DEFAULT_MODEL_DIR


def load_provision_model(model_dir: Path | None = None) -> ClauseModel:
    """The provision classifier of ``model_dir`` (else ``provision_model_dir()``), checked as
    the clause model is, loaded once per process."""
    return load_labelled_model(
        model_dir or provision_model_dir(), PROVISION_METADATA_FILE, PROVISION_LABELS
    )


def provision_model_beside(clause_model: ClauseModel) -> ClauseModel:
    """The provision classifier that goes with a loaded clause model."""
    return load_provision_model(provision_model_dir(clause_model.folder))


@dataclass(slots=True)
class ProvisionScores:
    """The classifier's probability that each sentence states each provision."""

    found: list[Sentence]
    matrix: np.ndarray
    """(sentences, provisions), columns in PROVISION_LABELS order"""
    thresholds: dict[str, float]

    def likely(self, label: str, floor: float) -> list[tuple[float, Sentence]]:
        """The sentences scored at least ``floor`` for ``label``, surest first (ties: in order)."""
        if not self.found:
            return []
        column = self.matrix[:, PROVISION_LABELS.index(label)]
        rows = sorted(np.flatnonzero(column >= floor).tolist(), key=lambda r: (-column[r], r))
        return [(float(column[r]), self.found[r]) for r in rows]

    def surest(self, label: str) -> tuple[float, Sentence | None]:
        """The highest probability of ``label`` and its sentence (ties: the first)."""
        if not self.found:
            return 0.0, None
        column = self.matrix[:, PROVISION_LABELS.index(label)]
        row = int(column.argmax())
        return float(column[row]), self.found[row]


def score_provisions(found: list[Sentence], model: ClauseModel | None = None) -> ProvisionScores:
    """Score every sentence for every provision at once."""
    model = model or load_provision_model()
    if not found:
        matrix = np.zeros((0, len(PROVISION_LABELS)))
    else:
        matrix = model.scores([s.text for s in found], [s.heading or None for s in found])
    return ProvisionScores(found, matrix, dict(model.thresholds))


def weigh(label: str, by_rule: Found | None, scores: ProvisionScores) -> Found | None:
    """A provision as the rule and the classifier read it together: the rule's finding unless
    the classifier finds no trace of the provision anywhere (``DOUBTS``), else the surest
    sentence the classifier is sure of (``SURE``) that holds the provision's necessary words
    (``STANDS_ONLY_IF``)."""
    if by_rule is not None:
        doubt = DOUBTS.get(label)
        return None if doubt is not None and scores.surest(label)[0] < doubt else by_rule
    if label not in SURE:
        return None
    for _, sentence in scores.likely(label, SURE[label]):
        if _stands(label, sentence.text):
            return Found(True, sentence)
    return None


def _stands(label: str, text: str) -> bool:
    """Whether the classifier's reading of a sentence can stand: a sentence, not a heading or a
    contents line; not a definition; not vetoed by the words the provision's rule knows mean
    another provision ('exclusive property', 'nothing prevents'); with the necessary words."""
    if len(text.split()) < MIN_WORDS or is_definition(text):
        return False
    rule = RULES.get(label)
    if rule is not None and vetoes(text, rule):
        return False
    stands = STANDS_ONLY_IF.get(label)
    return stands is None or stands(text)
