"""The law chosen and the courts named: 'governed by the laws of the State of New York'."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from clausecheck.nlp import CANADIAN_PROVINCES
from clausecheck.terms.base import entities, parse, unique

ADJECTIVE_JURISDICTIONS = {
    "english": "England and Wales",
    "scots": "Scotland",
    "scottish": "Scotland",
    "irish": "Ireland",
    "german": "Germany",
    "french": "France",
    "swiss": "Switzerland",
    "dutch": "Netherlands",
    "japanese": "Japan",
    "singapore": "Singapore",
    "israeli": "Israel",
    "indian": "India",
    "chinese": "China",
    "swedish": "Sweden",
    "italian": "Italy",
    "spanish": "Spain",
    "canadian": "Canada",
    "australian": "Australia",
    "belgian": "Belgium",
    "austrian": "Austria",
    "danish": "Denmark",
    "norwegian": "Norway",
    "finnish": "Finland",
    "korean": "Korea",
    "brazilian": "Brazil",
    "mexican": "Mexico",
}
CANONICAL_JURISDICTION = {
    "England": "England and Wales",
    "Wales": "England and Wales",
    "The Netherlands": "Netherlands",
    "United States of America": "United States",
    "People's Republic of China": "China",
    "PRC": "China",
    "Hong Kong SAR": "Hong Kong",
    "Republic of Korea": "Korea",
    "South Korea": "Korea",
    "Russian Federation": "Russia",
}

_LAW_OF = re.compile(
    r"\blaws?\s+(?:in\s+force\s+in\s+|of\s+|prevailing\s+in\s+|applicable\s+in\s+|in\s+)"
    r"(?:the\s+)?(?:(?:Federal\s+|United\s+|Special\s+Administrative\s+)?(?:State|Commonwealth|Province|Republic|Kingdom|Canton|Emirate)\s+of\s+)?",
    re.IGNORECASE,
)
_ADJECTIVE_LAW = re.compile(
    r"\b(" + "|".join(ADJECTIVE_JURISDICTIONS) + r")\s+(?:substantive\s+)?law\b", re.IGNORECASE
)

_CHOICE = re.compile(
    r"govern|constru|interpret|enforc|subject to|in accordance with|apply|applicable|pursuant to|under the|accordance",
    re.IGNORECASE,
)
_NOT_A_CHOICE = re.compile(
    r"\b(?:organi[sz]ed|incorporated|existing|formed|chartered|registered|comply|compliance|"
    r"licensed|qualified|in good standing|violat|duly)",
    re.IGNORECASE,
)
FEDERAL_OF = {"Canada": set(CANADIAN_PROVINCES)}
"""A country whose federal law sits beside a province's in one choice ('Ontario and the federal laws of Canada')."""


_SAME_PLACE = re.compile(
    r"\blaws?\s+of\s+(?:that|such|said|the\s+same)\s+(?:State|Commonwealth|Province|country|"
    r"jurisdiction)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"and", "of", "the", "in", "to", "by", "for", "a", "an", "or", "on", "at"})
UPPERCASE_SHARE = 0.6
"""Text with more than this share of capital letters is read in title case ('LAWS OF THE STATE
OF MINNESOTA'), since place names are matched as written."""


def title_case_shouting(text: str) -> str:
    """'THE LAWS OF THE STATE OF NEW YORK' -> 'the Laws of the State of New York'; other text as is."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) / len(letters) <= UPPERCASE_SHARE:
        return text
    return re.sub(
        r"[A-Za-z]+",
        lambda m: (
            m.group(0).lower() if m.group(0).lower() in _SMALL_WORDS else m.group(0).capitalize()
        ),
        text,
    )


def jurisdictions(text: str, doc: Doc | None = None) -> list[str]:
    """Jurisdictions whose law the text chooses ('the laws of the State of New York')."""
    readable = title_case_shouting(text)
    if readable is not text:
        text, doc = readable, None
    doc = doc if doc is not None else parse(text)
    found: list[str] = []
    places = entities(doc, "JURISDICTION")
    for match in _LAW_OF.finditer(text):
        before = text[max(0, match.start() - 160) : match.start()]
        clause_start = max(before.rfind(". "), before.rfind("; "))
        lead_in = before[clause_start + 1 :]
        if _NOT_A_CHOICE.search(lead_in) or not _CHOICE.search(
            lead_in + text[match.end() : match.end() + 120]
        ):
            continue
        for place in places:
            if place.start_char == match.end():
                found.append(_canonical(place.text))
                break
    for match in _SAME_PLACE.finditer(text):
        # 'entered into in the State of New Jersey and construed under the laws of that State'
        earlier = [p for p in places if p.end_char <= match.start()]
        if earlier and _CHOICE.search(text[max(0, match.start() - 160) : match.end() + 60]):
            found.append(_canonical(earlier[-1].text))
    for match in _ADJECTIVE_LAW.finditer(text):
        found.append(ADJECTIVE_JURISDICTIONS[match.group(1).lower()])
    # 'the laws of the United States and of the State of Texas': the state is the real choice.
    if len(set(found)) > 1 and "United States" in found:
        found = [f for f in found if f != "United States"] + ["United States"]
    if not found and re.search(r"\bgovern|construed|governing law", text, re.IGNORECASE):
        # "This Agreement is governed by New York law" and similar.
        for place in places:
            following = text[place.end_char : place.end_char + 12].lower()
            if following.lstrip().startswith("law"):
                found.append(_canonical(place.text))
    return unique(found)


_GOVERNING_VERB = re.compile(
    r"\b(?:governed|construed|interpreted|enforced)\b[^.;]{0,120}?\blaws?\b"
    r"|\blaws?\b[^.;]{0,120}?\b(?:shall|will)\s+govern\b",
    re.IGNORECASE,
)


def states_choice_of_law(text: str) -> bool:
    """Whether the text chooses a named law to govern ('governed by the laws of Delaware')."""
    return bool(_GOVERNING_VERB.search(text)) and bool(jurisdictions(text))


def _canonical(name: str) -> str:
    return CANONICAL_JURISDICTION.get(name, name)


def courts(text: str, doc: Doc | None = None) -> list[str]:
    """Places named as the seat of courts or arbitration."""
    doc = doc if doc is not None else parse(text)
    found = []
    for place in entities(doc, "JURISDICTION"):
        before = text[max(0, place.start_char - 120) : place.start_char].lower()
        if re.search(r"courts?|venue|forum|tribunal|arbitrat|seat", before) and not re.search(
            r"laws?\s+(?:of\s+)?(?:the\s+)?(?:state\s+of\s+)?$", before
        ):
            found.append(_canonical(place.text))
    return unique(found)
