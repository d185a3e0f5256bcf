"""The provision classifier: which sentence of an agreement states a provision buyers screen for.

A second model of the clause model's kind (TF-IDF words and character n-grams, one calibrated
linear SVM per label, scored with numpy alone), trained by ``clausecheck train`` on
``corpus/provisions/``: sentences written for the project, each labelled with every provision it
states, hard negatives among them, over a background of the clause corpus's sentences. It reads
every sentence once; ``key_terms`` weighs what it says beside the rules (``weigh``).
"""

from __future__ import annotations

import math
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
    "termination_for_convenience": 0.6,
    "non_solicitation": 0.4,
    "anti_assignment": 0.2,
    "audit_rights": 0.2,
    "minimum_commitment": 0.2,
    "insurance": 0.2,
}
"""Per provision, the least probability at which the classifier's finding stands where the rule
found none; a provision not listed is the rule's alone.

Chosen on the CUAD study half only by ``benchmarks/provision_thresholds.py``: the lowest
probability of ``SURE_GRID`` at which the classifier alone (with the guards of ``stands``) is
right about the contracts it flags with a lower confidence bound (``wilson_lower_bound``) of at
least ``SURE_BOUND``. A bound, not the share itself: a share of 10 out of 10 contracts and one of
100 out of 100 are not the same evidence, and a choice made on a few contracts of the study
half did not carry over to the held-out half (docs/key-terms.md, "The provision classifier").
Where the bound is never reached (exclusivity, non-compete, change of control,
most-favoured-nation, liquidated damages, IP assignment, uncapped liability, post-termination
services), the classifier adds nothing."""
SURE_GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SURE_BOUND = 0.85
"""The lower confidence bound the classifier's contract-level precision must reach."""
CONFIDENCE_Z = 1.645
"""The bound is one-sided at 95%: the share is at least the bound with 95% confidence."""
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
WINDOW_WORDS = 30
"""A long sentence is also read in windows of this many words: the classifier's probability of
a provision stated in one part of a sentence of 50 to 130 words falls with every word around it
(TF-IDF features are scaled to the sentence), and the corpus's sentences have a median of 30
words. Measured on the CUAD study half by the classifier alone (docs/key-terms.md)."""
MIN_WORDS = 6
"""Fewer words than this are a heading or a line of the contents ('Limitation of Liability.',
'9.2 Assignment and Change of Control;'), which state no provision."""


def wilson_lower_bound(right: int, flagged: int, z: float = CONFIDENCE_Z) -> float:
    """The Wilson score lower bound of a share ``right / flagged``: 0 where nothing is flagged,
    below the share where it is (0.79 for 10 of 10, 0.97 for 100 of 100)."""
    if flagged <= 0:
        return 0.0
    share = right / flagged
    spread = z * math.sqrt(share * (1 - share) / flagged + z * z / (4 * flagged * flagged))
    return (share + z * z / (2 * flagged) - spread) / (1 + z * z / flagged)


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


def windows(text: str, words: int = WINDOW_WORDS) -> list[str]:
    """A sentence and, where it runs past one and a half windows, its overlapping windows of
    ``words`` words (each starting half a window after the last), the last one reaching its end."""
    split = text.split()
    if len(split) <= words + words // 2:
        return [text]
    step = words // 2
    starts = range(0, len(split) - step, step)
    return [text, *(" ".join(split[start : start + words]) for start in starts)]


def score_provisions(found: list[Sentence], model: ClauseModel | None = None) -> ProvisionScores:
    """Score every sentence for every provision at once: each sentence's probability is the
    highest of the sentence and its ``windows``."""
    model = model or load_provision_model()
    if not found:
        return ProvisionScores(found, np.zeros((0, len(PROVISION_LABELS))), dict(model.thresholds))
    texts: list[str] = []
    headings: list[str | None] = []
    owners: list[int] = []
    for row, sentence in enumerate(found):
        for text in windows(sentence.text):
            texts.append(text)
            headings.append(sentence.heading or None)
            owners.append(row)
    matrix = np.zeros((len(found), len(PROVISION_LABELS)))
    np.maximum.at(matrix, np.array(owners), model.scores(texts, headings))
    return ProvisionScores(found, matrix, dict(model.thresholds))


def weigh(label: str, by_rule: Found | None, scores: ProvisionScores) -> Found | None:
    """A provision as the rule and the classifier read it together: the rule's finding where it
    has one, else the surest sentence the classifier is sure of (``SURE``) that can stand
    (``stands``)."""
    if by_rule is not None:
        return by_rule
    if label not in SURE:
        return None
    for _, sentence in scores.likely(label, SURE[label]):
        if stands(label, sentence.text):
            return Found(True, sentence)
    return None


def stands(label: str, text: str) -> bool:
    """Whether the classifier's reading of a sentence can stand: a sentence, not a heading or a
    contents line; not a definition; not vetoed by the words the provision's rule knows mean
    another provision ('exclusive property', 'nothing prevents'); with the necessary words."""
    if len(text.split()) < MIN_WORDS or is_definition(text):
        return False
    rule = RULES.get(label)
    if rule is not None and vetoes(text, rule):
        return False
    necessary = STANDS_ONLY_IF.get(label)
    return necessary is None or necessary(text)
