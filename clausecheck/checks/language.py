"""Wording problems: vague standards, unfilled placeholders, redaction marks."""

from __future__ import annotations

import re

from clausecheck.checks.base import REDACTION, Context, clause_ref, issue
from clausecheck.terms import NUMBER_WORD
from clausecheck.types import Clause, Issue

CODE_VAGUE = "vague_language"
CODE_MIXED_EFFORTS = "mixed_efforts"
CODE_PLACEHOLDER = "placeholder"
CODE_REDACTION = "redaction"

VAGUE_PHRASES: dict[str, str] = {
    "reasonable endeavours": r"\b(?:all |commercially )?reasonable endeavou?rs\b",
    "reasonable efforts": r"\b(?:all |commercially )?reasonable efforts\b",
    "promptly": r"\bpromptly\b",
    "as soon as practicable": r"\bas soon as (?:reasonably )?practicable\b",
    "as soon as possible": r"\bas soon as (?:reasonably )?possible\b",
    "good industry practice": r"\bgood industry practice\b",
    "from time to time": r"(?<!amended )(?<!updated )(?<!supplemented )(?<!modified )(?<!effect )(?<!force )(?<!revised )(?<!replaced )\bfrom time to time\b",
    "to be agreed": r"\bto be (?:mutually )?agreed\b",
    "satisfactory": r"\b(?:reasonably )?satisfactory\b",
    "in a timely manner": r"\bin a timely (?:manner|fashion)\b",
    "within a reasonable time": r"\bwithin a reasonable (?:time|period)\b",
}
TIMING_PHRASES = {
    "promptly",
    "as soon as practicable",
    "as soon as possible",
    "in a timely manner",
    "within a reasonable time",
}
"""Vague only where the deadline is the one the category needs: payment in pricing, breach
notification in confidentiality, cure in termination, response and repair in service levels.
'Shall promptly notify the other of a subpoena', 'promptly return all materials' and 'shall
promptly sign further documents' are ordinary drafting. Measured on CUAD: 'promptly' alone
appeared in 41% of contracts; with any timed action in the sentence, still in 36%."""
_SERVICE_ACTION = (
    r"respon[ds]|resol|repair|correct|fix|restor|deliver|replac|escalat|investigat|answer|report"
)
TIMED_ACTION: dict[str, re.Pattern[str]] = {
    "pricing": re.compile(r"\b(?:pa(?:y|id|yment|yable)|invoic|refund|reimburs|remit)\w*", re.I),
    "confidentiality": re.compile(
        r"\b(?:notif|inform|report)\w*[^.;]{0,120}?\b(?:breach|unauthori[sz]ed|security (?:incident|event)"
        r"|incident|loss|compromise|misuse)",
        re.I,
    ),
    "termination": re.compile(r"\b(?:cure|remed(?:y|ied|ies)|correct|fix|rectif)\w*", re.I),
    "sla": re.compile(rf"\b(?:{_SERVICE_ACTION}|notif)\w*", re.I),
    "scope": re.compile(rf"\b(?:{_SERVICE_ACTION})\w*", re.I),
}
"""The actions whose deadline each category needs; categories not listed need none."""
_STATED_PERIOD = re.compile(
    r"\b(?:within|no later than|not later than|in any event|at the latest)\b[^.;]{0,40}?"
    rf"\b(?:\d+|{NUMBER_WORD})\b",
    re.I,
)
"""'Promptly, and in any event within five (5) days' sets the deadline it needs."""
DISCRETION_PHRASES = {"from time to time"}
"""Vague only where it lets one party change the deal at will ('may from time to time change
the fees'); 'as amended from time to time' and 'meet from time to time' are ordinary drafting."""
UNILATERAL_CHANGE = re.compile(
    r"\bmay\b[^.;]{0,60}?\b(?:chang|amend|modif|updat|adjust|revis|increas|vary|substitut)\w*"
    r"[^.;]{0,80}?\b(?:fees?|prices?|pricing|rates?|charges|service levels?|services|"
    r"specifications?|scope|policies|requirements)\b",
    re.IGNORECASE,
)
DEFERRING_PHRASES = {"to be agreed"}
"""Phrases that put off the number itself: high severity in service levels, pricing and term."""
NUMERIC_CATEGORIES = {"sla", "pricing", "termination"}
"""Categories where a vague phrase stands in for a number a reviewer needs."""
EFFORTS = {
    "best efforts": r"\bbest (?:efforts|endeavou?rs)\b",
    # Plain 'reasonable efforts', not the 'reasonable efforts' inside 'commercially reasonable efforts'.
    "reasonable efforts": r"(?<!commercially )\breasonable (?:efforts|endeavou?rs)\b",
    "commercially reasonable efforts": r"\bcommercially reasonable (?:efforts|endeavou?rs)\b",
}

_SIGNATURE_LINE = re.compile(
    r"(?:By|Name|Title|Date|Signature|Signed|Its|Witness|Print(?:ed)? Name)\s*:?\s*_{3,}",
    re.IGNORECASE,
)
PLACEHOLDER_WORDS = (
    r"name|insert|address|date|amount|number|party|company|supplier|customer|client|vendor|"
    r"jurisdiction|details?|tbd|tbc|title|price|fee|rate|percentage"
)
PLACEHOLDER_PATTERNS: dict[str, re.Pattern[str]] = {
    # A bracketed blank: '[NAME]', '[call centre name]', '[insert date]'; not '[INDEMNIFICATION BY X]'.
    "bracketed name": re.compile(
        rf"\[[^\]\[]{{0,40}}\b(?:{PLACEHOLDER_WORDS})\b[^\]\[]{{0,40}}\]", re.IGNORECASE
    ),
    # '[●]' or '[•]'; a bare bullet is a list marker in real filings.
    "bullet": re.compile(r"\[\s*[●•…]+\s*\]"),
    # A blank inside a sentence ('the ____ day of', '$____'); form labels ('Date: ____') are not.
    "blank line": re.compile(
        r"(?<=[a-z,$£€])\s?_{4,}|_{4,}(?=\s?(?:day|days|percent|%|,\s*(?:19|20)))"
    ),
    "TBD": re.compile(r"\b(?:TBD|TBC|TBA)\b"),
    "XX": re.compile(r"(?<!Article )(?<!Section )(?<!Schedule )(?<!Exhibit )(?<!Part )\bX{2,}\b"),
    "blank date": re.compile(
        r"\b(?:dated|as of|effective|made on|entered into on|day of)\s+(?:as of\s+)?,\s*(?:19|20)\d\d\b"
        r"|\b(?:19|20)__\b",
        re.IGNORECASE,
    ),
}
BRACKETED_LEGENDS = re.compile(
    r"\[[^\]]*(?:signature|page follows|intentionally|left blank|remainder of|omitted|confidential"
    r"|redacted|reserved|deleted)[^\]]*\]",
    re.IGNORECASE,
)


def vague_language(category: str, clause: Clause, needs_number: bool) -> list[Issue]:
    """Flag each vague phrase in a required clause; high where it stands in for a missing number."""
    issues = []
    for name, pattern in VAGUE_PHRASES.items():
        for match in re.finditer(pattern, clause.text, re.IGNORECASE):
            sentence = _sentence_around(clause.text, match.start(), match.end())
            if name in TIMING_PHRASES and not _needs_deadline(category, sentence):
                continue
            if name in DISCRETION_PHRASES and not UNILATERAL_CHANGE.search(sentence):
                continue
            defers_number = name in DEFERRING_PHRASES
            severity = (
                "high"
                if category in NUMERIC_CATEGORIES and (needs_number or defers_number)
                else "medium"
            )
            issues.append(
                issue(
                    CODE_VAGUE,
                    severity,
                    f'Vague standard "{match.group(0)}" in {clause_ref(clause)}: it sets no measurable obligation.',
                    clause,
                    quote=match.group(0),
                    suggestion="Replace it with a number or an objective test (a time limit, a percentage, a named standard).",
                )
            )
            break  # one issue per phrase per clause
    return issues


def _needs_deadline(category: str, sentence: str) -> bool:
    """Whether a timing word in this sentence stands in for a deadline the category needs."""
    action = TIMED_ACTION.get(category)
    return bool(action and action.search(sentence)) and not _STATED_PERIOD.search(sentence)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or semicolon-separated part) holding text[start:end]."""
    left = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find(";", end)) if i != -1]
    return text[left : min(stops) if stops else len(text)]


def mixed_efforts(clauses: list[Clause]) -> list[Issue]:
    """One issue when a document uses more than one efforts standard."""
    used: dict[str, Clause] = {}
    for clause in clauses:
        for name, pattern in EFFORTS.items():
            if name not in used and re.search(pattern, clause.text, re.IGNORECASE):
                used[name] = clause
    if len(used) < 2:
        return []
    names = sorted(used)
    first = used[names[0]]
    return [
        issue(
            CODE_MIXED_EFFORTS,
            "medium",
            f"The agreement mixes efforts standards ({', '.join(names)}); courts may read them differently.",
            first,
            quote=", ".join(names),
            suggestion="Use one efforts standard throughout, and define it if it matters.",
        )
    ]


def placeholders(clause: Clause) -> list[Issue]:
    """Unfilled template text: [NAME], [●], ____, TBD, XX, blank dates."""
    text = _SIGNATURE_LINE.sub(" ", clause.text)
    text = BRACKETED_LEGENDS.sub(" ", REDACTION.sub(" ", text))
    issues = []
    for kind, pattern in PLACEHOLDER_PATTERNS.items():
        for match in pattern.finditer(text):
            issues.append(
                issue(
                    CODE_PLACEHOLDER,
                    "high",
                    f'Unfilled placeholder "{match.group(0).strip()}" ({kind}) in {clause_ref(clause)}.',
                    clause,
                    quote=match.group(0).strip(),
                    suggestion="Fill in or delete the placeholder before the agreement is signed.",
                )
            )
    return issues


def redactions(clauses: list[Clause]) -> list[Issue]:
    """One information item for the whole document when it carries redaction marks."""
    hits = [(c, m) for c in clauses for m in REDACTION.finditer(c.text)]
    if not hits:
        return []
    clause, match = hits[0]
    return [
        issue(
            CODE_REDACTION,
            "info",
            f'The document contains {len(hits)} redaction mark(s) such as "{match.group(0)}"; redacted terms cannot be checked.',
            clause,
            quote=match.group(0),
        )
    ]


def check_language(ctx: Context) -> tuple[dict[str, list[Issue]], list[Issue]]:
    """Issues per category (for its evidence clauses) and for the document as a whole."""
    per_category: dict[str, list[Issue]] = {}
    for category in ctx.playbook.require:
        per_category[category] = []
        for clause in ctx.evidence.get(category, []):
            per_category[category] += placeholders(clause)
    assigned = {c.id for cs in ctx.evidence.values() for c in cs}
    document = [i for c in ctx.clauses if c.id not in assigned for i in placeholders(c)]
    document += redactions(ctx.clauses)
    required = [c for cat in ctx.playbook.require for c in ctx.evidence.get(cat, [])]
    document += mixed_efforts(_unique(required))
    return per_category, document


def _unique(clauses: list[Clause]) -> list[Clause]:
    seen: dict[str, Clause] = {}
    for clause in clauses:
        seen.setdefault(clause.id, clause)
    return list(seen.values())
