"""The machinery of a yes/no provision rule: the words that say it, the words that veto it, and
the search of a contract's sentences for the first one where it holds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.terms.evidence import Found, Sentence


@dataclass(frozen=True, slots=True)
class Rule:
    """A yes/no provision: it holds where ``says`` matches and ``unless`` does not."""

    says: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    heading: re.Pattern[str] | None = None
    """A heading that, with ``in_heading`` matching the sentence, also says it."""
    in_heading: re.Pattern[str] | None = None
    vetoed_by: re.Pattern[str] | None = None
    """Words anywhere in the sentence that make it another provision (a right of first refusal
    that matches a third party's offer is not a most-favoured-nation promise)."""
    needs: re.Pattern[str] | None = None
    """Words the sentence must also hold: 'this Section does not apply' is about liability only
    where the sentence speaks of liability or damages."""


def rule_pattern(pattern: str) -> re.Pattern[str]:
    """A rule pattern: case does not matter in contracts."""
    return re.compile(pattern, re.I)


SPAN = r"(?:[^.;]|(?<=\d)\.(?=\d))"
"""Any character within one sentence, the point in 'Section 4.2' included."""


def word_gap(words: int) -> str:
    """Up to ``words`` whole words of one sentence and the space after them, each word taken once
    (a span read word by word costs a sixth of one read character by character)."""
    return rf"(?:[^\w.;]{{1,12}}+[\w'’-]{{1,40}}+){{0,{words}}}?[^\w.;]{{1,12}}+"


MUST_NOT = (
    r"\b(?:(?:shall|will|may)\s+not|agrees?\s+not\s+to|covenants?\s+not\s+to|"
    r"undertakes?\s+not\s+to|(?:no|neither)\s+\w+\s+(?:shall|will|may))\b"
)
"""A party's promise not to do something: 'shall not', 'agrees not to', 'no Participant will'."""
_DEFINITION = re.compile(
    r"^\W*(?:\(\w+\)\s*)?[\"“][^\"”]{1,60}[\"”]\s+(?:\([^()]{1,200}\)\s*,?\s*)?"
    r"(?:shall\s+)?(?:means?|has\s+the\s+meaning|"
    r"includes?|refers?\s+to)\b",
    re.I,
)
"""'"Confidential Information" means ...', '"Control" (including "controlled by") shall mean ...':
a definition grants and forbids nothing."""


def is_definition(text: str) -> bool:
    """Whether a sentence defines a term ('"Change of Control" means ...')."""
    return _DEFINITION.match(text) is not None


def vetoes(text: str, rule: Rule) -> bool:
    """Whether words of the sentence make it another provision than the rule's, read over the
    whole sentence: the rule's ``unless`` and ``vetoed_by``."""
    return any(p is not None and p.search(text) for p in (rule.unless, rule.vetoed_by))


def _holds(text: str, rule: Rule) -> bool:
    """Whether some match of the rule in ``text`` is not vetoed by the words around it.

    The rule's own words are looked for first: most sentences lack them, and the vetoes, which
    read the whole sentence, then cost nothing (profiled: they were half the key terms' time)."""
    for match in rule.says.finditer(text):
        window = text[max(0, match.start() - 60) : match.end() + 40]
        if rule.unless and rule.unless.search(window):
            continue
        if rule.vetoed_by is not None and rule.vetoed_by.search(text):
            return False
        return rule.needs is None or bool(rule.needs.search(text))
    return False


def provision(sentences: list[Sentence], rule: Rule) -> Found | None:
    """The first sentence where the rule holds, as a yes with its evidence."""
    for sentence in sentences:
        if not is_definition(sentence.text) and _holds(sentence.text, rule):
            return Found(True, sentence)
    if rule.heading is not None and rule.in_heading is not None:
        for sentence in sentences:
            heading = sentence.heading
            if (
                rule.heading.search(heading)
                and rule.in_heading.search(sentence.text)
                and not (rule.vetoed_by and rule.vetoed_by.search(sentence.text))
                and not (rule.unless and rule.unless.search(sentence.text))
            ):
                return Found(True, sentence)
    return None
