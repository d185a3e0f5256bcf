"""Defined terms as lawyers write them, and three checks on them: used but never defined,
defined but never used, defined twice.

A definition may be written '"Services" means', '"Services" shall mean', 'Services means',
'"Services." The services ...' (full stop inside the quotes), '(the "Services")',
'(hereinafter "Services")', '(each a "Service")', 'referred to as the "Services"', or by
reference ('Services (as defined in the Master Agreement)'); a term split by a line-end hyphen
('Wind- down Period') is the same term as 'Wind-down Period'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.checks.base import clause_ref, document_parts, issue
from clausecheck.types import Clause, Issue

CODE_UNDEFINED_TERM = "undefined_term"
CODE_UNUSED_DEFINITION = "unused_definition"
CODE_DUPLICATE_DEFINITION = "duplicate_definition"

MIN_DEFINED_TERMS = 5
"""Undefined terms are looked for only in documents that define at least this many terms."""
MIN_TERM_USES = 3
"""A capitalised phrase must be used this often, always as a defined term is, to be reported."""
MAX_TERM_WORDS = 8
MAX_UNUSED_REPORTED = 8
"""More unused definitions than this means a glossary shared by a family of deal documents
(an 'Appendix A - Usage and Definitions'): each term is used elsewhere, so none is reported."""

_TERM_BODY = r"[A-Z0-9](?:[^\"“”‘\n]|’(?=[A-Za-z]))*?"
QUOTED = re.compile(
    rf"(?:“\s?(?P<term>{_TERM_BODY})\s?”|\"\s?(?P<term2>{_TERM_BODY})\s?\"|‘(?P<term3>{_TERM_BODY})’(?![A-Za-z])"
    rf"|(?:(?<=[\s(])|^)'(?P<term4>[A-Z0-9][^'\n]{{0,80}}?)'(?![A-Za-z]))"
)
"""A quoted term opening with a capital or a digit, in double or single curly quotes or straight
double quotes; an apostrophe inside it ('PAPA JOHN’S') does not close it."""
_MEANS = re.compile(
    r"^\s*(?:\)\s*)?(?:,\s*)?(?:shall\s+|will\s+|as\s+used\s+(?:herein|in\s+this\s+\w+),?\s+|"
    r"when\s+used[^,]{0,40},\s*)?(?:mean|means|has\s+the\s+meaning|shall\s+have\s+the\s+meaning|have\s+the\s+meaning|"
    r"refers?\s+to|includes?|is\s+defined|are\s+defined|shall\s+be\s+defined|:|[-–—]\s)",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\([^()]{0,160}$")
"""An open parenthesis before the quoted term, not yet closed: '(the "Services"', '(each, a "'."""
_REFERENCE_LABEL = re.compile(
    r"\b(?:Sections?|Clauses?|Articles?|Exhibits?|Schedules?|Annex(?:es)?|Appendix|Appendices|"
    r"Attachments?|Paragraphs?|Parts?)\s+[\w.()-]{1,12}\s*\(\s*$",
    re.IGNORECASE,
)
"""'Section 8 ("Liability")' and 'Exhibit 14 ("Price Conditions")' name a cross-reference."""
_NAMING_WORDS = re.compile(
    r"\b(?:hereinafter|herein|collectively|together|individually|jointly|each|referred\s+to\s+as|"
    r"called|known\s+as|designated(?:\s+as)?|defined\s+as|termed)\W+(?:(?:the|a|an|as)\s+)?$",
    re.IGNORECASE,
)
_UNQUOTED = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=^\(\w\)\s))(?P<term>[A-Z][\w&/-]*(?:\s+(?:of|and|for|to|the|in|"
    r"on|[A-Z][\w&/-]*)){0,5})\s+(?:shall\s+)?(?:means?|shall\s+have\s+the\s+meaning|has\s+the\s+meaning)\b"
)
"""'Effective Date means ...' at the start of a sentence or a definitions entry."""
_NOT_UNQUOTED_TERMS = frozenset(
    "The This That These Those Each Any All Such Which What Who Where When It By In On If As "
    "No Nothing Neither A An Its Their Our Your His Her".split()
)
"""Words that open a sentence with 'means' in it ('By means of ...', 'This means ...') without
defining anything."""
_BY_REFERENCE = re.compile(
    r"(?P<term>[A-Z][\w-]*(?:\s+(?:of|and|for|[A-Z][\w-]*)){0,5})\s*\(\s*(?:each\s+)?(?:as\s+)?"
    r"(?:such\s+term\s+is\s+)?(?:defined|hereinafter\s+defined|later\s+defined|described|set\s+forth)",
)
"""'the Closing (as defined in the Merger Agreement)': a term defined somewhere else."""
DEFINED_ELSEWHERE = re.compile(
    r"capitali[sz]ed\s+terms?\b[^.]{0,160}?\b(?:meanings?|defined)\b[^.]{0,160}?"
    r"\b(?:agreement|indenture|plan|contract|schedule|appendix|annex|exhibit|definitions)",
    re.IGNORECASE,
)
"""'Capitalised terms not defined here have the meanings given in the Master Agreement': the
document borrows another's definitions, so a term it does not define may still be defined."""
_LINE_END_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[a-z])")

_USED = re.compile(r"(?<=\b[Tt]he )((?:[A-Z][a-z][\w-]*\s+){1,3}[A-Z][a-z][\w-]*)")
_NOT_TERMS = re.compile(
    r"\b(?:Section|Sections|Article|Schedule|Exhibit|Annex|Appendix|Clause|Part|United|States|State|"
    r"Court|Courts|Inc|Ltd|LLC|Limited|Corporation|Company|Act|Code|Rules|Commission|Association|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Internal|Revenue|Federal|Department|Office|Bank|University|Republic|Kingdom|Province|County|"
    r"Union|Islands?|Nations|Administration|Chamber|Web|Occupational|Government|"
    r"Officer|Director|President|Secretary|Treasurer|Chairman|Chairperson|Manager|Counsel|Controller|"
    r"Executive|Vice|Foundation|Authority|Agency|Institute|Ministry|Bureau|Council|Trust|Fund|"
    r"Partners|Group|Holdings|Society|Exchange|Organi[sz]ation|Center|Centre|Hospital|School|College|"
    r"Street|Avenue|Road|City|Kingdom|Board|Agreement|Amendment)\b"
)
"""Names of offices, institutions, places and documents: capitalised, but not defined terms."""


@dataclass(slots=True)
class Definition:
    """One place a term is defined: the term as written, its clause, and how it was written."""

    term: str
    clause: Clause
    start: int
    end: int
    form: str
    """'means' (a definitions entry), 'parenthetical' ('(the "X")'), 'unquoted' or 'reference'."""


def mend_hyphens(text: str) -> str:
    """'Wind- down Period' (a word split at a line end) -> 'Wind-down Period'."""
    return _LINE_END_HYPHEN.sub("-", text)


def normalise_term(term: str) -> str:
    """How terms are compared: words and case, full stops and 'the' aside, singular, US spelling."""
    term = re.sub(r"\((?:s|es|ies)\)$", "", mend_hyphens(term).strip().rstrip(".,:;").strip())
    term = re.sub(r"^(?:the|a|an)\s+", "", term, flags=re.IGNORECASE)
    words = term.lower().replace("’", "'").split()
    if not words:
        return ""
    last = re.sub(r"'s$", "", words[-1])
    if re.search(r"[^aeiou]ies$", last):
        last = last[:-3] + "y"
    elif re.search(r"(?:ss|us|is)$", last):
        pass
    elif last.endswith("s") and len(last) > 3:
        last = last[:-1]
    words[-1] = last
    text = " ".join(words)
    return text.replace("licence", "license").replace("isation", "ization")


def find_definitions(clauses: list[Clause]) -> list[Definition]:
    """Every definition in the clauses, in document order."""
    found: list[Definition] = []
    for clause in clauses:
        text = mend_hyphens(clause.text)
        for match in QUOTED.finditer(text):
            raw = next((g for g in match.groups() if g), "")
            term = raw.strip().rstrip(".,").strip()
            if not term or len(term.split()) > MAX_TERM_WORDS or not _looks_like_term(term):
                continue
            after = text[match.end() : match.end() + 60]
            before = text[max(0, match.start() - 160) : match.start()]
            dotted = raw.rstrip().endswith(".")
            if _MEANS.match(after) or (dotted and match.start() < 12):
                form = "means"
            elif _REFERENCE_LABEL.search(before):
                continue  # 'Exhibit 14 ("Price Conditions")': a label on a cross-reference
            elif _PARENTHETICAL.search(before) or _NAMING_WORDS.search(before):
                form = "parenthetical"
            else:
                continue
            found.append(Definition(term, clause, match.start(), match.end(), form))
        for match in _UNQUOTED.finditer(text):
            term = match.group("term").strip()
            if _looks_like_term(term) and term.split()[0] not in _NOT_UNQUOTED_TERMS:
                found.append(Definition(term, clause, match.start(), match.end(), "unquoted"))
        for match in _BY_REFERENCE.finditer(text):
            term = re.sub(r"^(?:The|A|An|Such|Each)\s+", "", match.group("term").strip())
            if _looks_like_term(term):
                found.append(Definition(term, clause, match.start(), match.end(), "reference"))
    return found


def _looks_like_term(term: str) -> bool:
    """A defined term: mostly capitalised words, not a sentence, not a bare number."""
    words = term.split()
    if not words or not re.search(r"[A-Za-z]{2}", term):
        return False
    if re.search(r"[.;:!?]\s", term) or len(term) > 80:
        return False
    capitalised = [w for w in words if w[:1].isupper() or w[:1].isdigit()]
    return len(capitalised) * 2 >= len(words)


def undefined_terms(
    clauses: list[Clause], definitions: list[Definition] | None = None
) -> list[Issue]:
    """Capitalised terms used as defined terms ('the Service Credits') but never defined.

    ``definitions``: ``find_definitions(clauses)``, where the caller already has it."""
    text = mend_hyphens(" ".join(c.text for c in clauses))
    if DEFINED_ELSEWHERE.search(text):
        return []
    if definitions is None:
        definitions = find_definitions(clauses)
    defined = {normalise_term(d.term) for d in definitions}
    if len(defined) < MIN_DEFINED_TERMS:
        return []
    headings = {normalise_term(c.heading or "") for c in clauses}
    uses: dict[str, int] = {}
    for term in _USED.findall(text):
        uses[term.strip()] = uses.get(term.strip(), 0) + 1
    issues = []
    for term, count in uses.items():
        key = normalise_term(term)
        if count < MIN_TERM_USES or key in defined or key in headings or _NOT_TERMS.search(term):
            continue
        if any(_derived(key, d) for d in defined if len(d) > 3):
            continue  # 'Closing' defined, 'the Closing Date' used
        if re.search(rf"(?<![Tt]he )(?<!\w){re.escape(term)}\b", text) or re.search(
            rf"{re.escape(term)},?\s+(?:Inc|LLC|L\.?L\.?C|Ltd|Limited|Corp|Corporation|Co|plc|L\.?P|GmbH|S\.?A)\b",
            text,
        ):
            continue  # used without 'the' too, or with a company suffix: a name, not a term
        clause = next((c for c in clauses if term in mend_hyphens(c.text)), clauses[0])
        issues.append(
            issue(
                CODE_UNDEFINED_TERM,
                "low",
                f'"{term}" is used as a defined term ({count} times) but is never defined.',
                clause,
                quote=term,
                suggestion=f'Define "{term}" or write it in lower case.',
            )
        )
    return issues


GENERIC_SUFFIXES = frozenset(
    "date dates period periods notice notices amount amounts fee fees price prices day days "
    "party parties term terms year years month months time times deadline".split()
)
"""Words that make a new term of a defined one without needing a definition ('the Closing Date'
where 'Closing' is defined)."""


def _derived(key: str, defined: str) -> bool:
    """Whether the term is a defined term plus one generic word ('closing date' from 'closing')."""
    if not key.startswith(defined + " "):
        return False
    rest = key[len(defined) + 1 :].split()
    return len(rest) == 1 and rest[0] in GENERIC_SUFFIXES


def unused_definitions(
    clauses: list[Clause], definitions: list[Definition] | None = None
) -> list[Issue]:
    """Terms defined in quotes ('"Services" means', '(the "Services")') but never used again."""
    everything = "\n".join(mend_hyphens(c.text) for c in clauses)
    if definitions is None:
        definitions = find_definitions(clauses)
    quoted = [d for d in definitions if d.form in ("means", "parenthetical")]
    mentions: dict[str, int] = {}
    for definition in quoted:
        key = normalise_term(definition.term)
        mentions[key] = mentions.get(key, 0) + 1
    issues = []
    reported: set[str] = set()
    for definition in quoted:
        key = normalise_term(definition.term)
        if key in reported or len(definition.term) < 2:
            continue
        if len(_term_pattern(definition.term).findall(everything)) > mentions[key]:
            continue
        reported.add(key)
        issues.append(
            issue(
                CODE_UNUSED_DEFINITION,
                "low",
                f'"{definition.term}" is defined in {clause_ref(definition.clause)} but never used.',
                definition.clause,
                quote=definition.term,
                suggestion=f'Delete the definition of "{definition.term}", or use the term where it is meant.',
            )
        )
    return issues if len(issues) <= MAX_UNUSED_REPORTED else []


def _term_pattern(term: str) -> re.Pattern[str]:
    """The term as used: case as defined, singular or plural, possessive."""
    term = re.sub(r"\((?:s|es)\)$", "", term)
    term = re.sub(r"y?\(ies\)$", "y", term)
    words = [re.escape(w) for w in term.split()]
    stem = r"\s+".join(words)
    if re.search(r"[^aeiou]ies$", term):
        stem = stem[:-3] + r"(?:y|ies)"
    elif re.search(r"[^aeiou]y$", term):
        stem = stem[:-1] + r"(?:y|ies)"
    elif term.endswith("s") and not term.endswith("ss"):
        stem = stem[:-1] + r"s?"
    else:
        stem += r"(?:s|es)?"
    return re.compile(rf"(?<![\w-]){stem}(?:['’]s?)?(?![\w-])")


def duplicate_definitions(
    clauses: list[Clause], definitions: list[Definition] | None = None
) -> list[Issue]:
    """A term defined twice in the same document part (attachments define their own terms).

    Low severity: on the CUAD study half most hits were a recital's definition repeated in the
    definitions clause, which a reviewer may tidy but need not fix (docs/checks.md)."""
    seen: dict[tuple[int, str], Definition] = {}
    reported: set[tuple[int, str]] = set()
    issues = []
    parts = document_parts(clauses)
    for definition in definitions if definitions is not None else find_definitions(clauses):
        if definition.form not in ("means", "parenthetical", "unquoted"):
            continue
        part = parts[definition.clause.id]
        key = (part, normalise_term(definition.term))
        first = seen.get(key)
        if first is None:
            seen[key] = definition
            continue
        if first.clause.id == definition.clause.id or key in reported:
            continue
        if _signpost(first, definition) or _signpost(definition, first):
            continue  # '"Exit Period" has the meaning given in clause 15.2'
        reported.add(key)
        issues.append(
            issue(
                CODE_DUPLICATE_DEFINITION,
                "low",
                f'"{definition.term}" is defined twice: in {clause_ref(first.clause)} and again in '
                f"{clause_ref(definition.clause)}.",
                definition.clause,
                quote=definition.term,
                suggestion="Keep one definition and refer to it elsewhere.",
            )
        )
    return issues


_SIGNPOST = re.compile(
    r"^[^.;]{0,60}?\b(?:has\s+the\s+meaning|have\s+the\s+meaning|meaning\s+(?:given|set|ascribed|assigned)|"
    r"(?:described|set\s+(?:out|forth)|defined|specified|referred\s+to)\s+in)\b[^.;]{0,40}?"
    r"\b(?:clause|section|article|schedule|exhibit|annex|appendix|paragraph|part|below|above|"
    r"preamble|recitals?|introduc\w+|heading|first paragraph)",
    re.IGNORECASE,
)
"""'"Exit Period" has the meaning given in clause 15.2': a signpost to the definition, not a
second one."""


def _signpost(definition: Definition, other: Definition) -> bool:
    """Whether one definition points to the other: 'has the meaning given in ...', or 'means
    the period described in clause 15.2' where clause 15.2 is the other definition."""
    text = mend_hyphens(definition.clause.text)
    match = _SIGNPOST.match(text[definition.end : definition.end + 160])
    if match is None:
        return False
    if re.search(r"\bmeaning\b|\b(?:is|are)\s+defined\b", match.group(0), re.IGNORECASE):
        return True
    cited = re.findall(r"\d+(?:\.\d+)*", text[definition.end : definition.end + 200])
    number = re.sub(r"^\D+", "", other.clause.number or "").rstrip(".")
    return bool(number) and number in cited
