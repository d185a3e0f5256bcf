"""Clause numbering: gaps ('5.2' then '5.4') and duplicates (two clauses '7.3').

Judged only where the document's own numbering is unambiguous: dotted numbers among siblings
with the same prefix ('5.1', '5.2', '5.4'), sections and articles that head their text, and
lettered or roman sub-clauses under one parent. A plain '1.', '2.' list inside a clause restarts
at 1 and is left alone; attachments (exhibits, schedules) number themselves afresh; a number
missing from the list but written inline in the previous clause's text ('(b)' in a PDF line the
reader split elsewhere) is not a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck.checks.base import clause_ref, document_parts, issue, upper_first
from clausecheck.types import Clause, Issue

CODE_NUMBERING_GAP = "numbering_gap"
CODE_NUMBERING_DUPLICATE = "numbering_duplicate"

MIN_SIBLINGS = 3
"""A run of numbers is judged once it has this many members: two numbers are too few to tell a
list from a coincidence."""
MAX_GAP = 3
"""A jump of more than this many numbers is a new list or another document, not a gap."""

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_WORD_NUMBER = re.compile(
    r"^(?P<word>section|article|clause|part)\s+(?P<num>\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,7})\.?$",
    re.I,
)
_DOTTED = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3})+)\.?$")
_SIMPLE = re.compile(r"^(?P<num>\d{1,3})\.$")
_PAREN = re.compile(r"^\(?(?P<label>[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)$", re.I)
_ATTACHMENT = re.compile(
    r"^\s*(?:exhibit|schedule|annex|appendix|attachment|addendum|part)\b", re.IGNORECASE
)


@dataclass(slots=True)
class _Numbered:
    clause: Clause
    family: str
    """Which list the number belongs to: 'top', 'dotted:5', 'paren:<parent id>:alpha'..."""
    value: int
    label: str
    """The number as the reader sees it ('5.4', '(c)', 'Article IV')."""


def roman_value(text: str) -> int | None:
    """'iv' -> 4; None when the text is not a well-formed roman number."""
    text = text.lower()
    if not text or any(ch not in _ROMAN_VALUES for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value else value
    return total if _to_roman(total) == text else None


def _to_roman(value: int) -> str:
    numerals = (
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    out = []
    for amount, numeral in numerals:
        count, value = divmod(value, amount)
        out.append(numeral * count)
    return "".join(out)


def _numbered(clauses: list[Clause]) -> list[_Numbered]:
    """The clauses of the agreement itself (not its attachments) whose numbers can be judged."""
    found: list[_Numbered] = []
    last_alpha: dict[str, int] = {}
    part_of = document_parts(clauses)
    for clause in clauses:
        if part_of[clause.id] > 0:
            break  # the agreement ends at its signatures or its first attachment
        if not clause.number:
            if clause.heading and _ATTACHMENT.match(clause.heading):
                break
            continue
        number = " ".join(clause.number.split()).rstrip(".") + (
            "." if clause.number.rstrip().endswith(".") else ""
        )
        if _ATTACHMENT.match(number):
            break  # the agreement ends where its attachments begin
        if match := _WORD_NUMBER.match(number.rstrip(".")):
            num = match.group("num")
            word = match.group("word").lower()
            if "." in num:
                parts = [int(p) for p in num.split(".")]
                found.append(
                    _Numbered(clause, f"dotted:{'.'.join(map(str, parts[:-1]))}", parts[-1], num)
                )
            elif num.isdigit():
                found.append(_Numbered(clause, f"top:{word}", int(num), number.rstrip(".")))
            elif (value := roman_value(num)) is not None:
                found.append(_Numbered(clause, f"top:{word}-roman", value, number.rstrip(".")))
        elif match := _DOTTED.match(number):
            parts = [int(p) for p in match.group("num").split(".")]
            found.append(
                _Numbered(
                    clause,
                    f"dotted:{'.'.join(map(str, parts[:-1]))}",
                    parts[-1],
                    match.group("num"),
                )
            )
        elif (match := _SIMPLE.match(number)) and clause.heading:
            found.append(
                _Numbered(clause, "top:plain", int(match.group("num")), match.group("num"))
            )
        elif match := _PAREN.match(number):
            label = match.group("label")
            parent = clause.parent or "-"
            if label.isdigit():
                found.append(_Numbered(clause, f"paren:{parent}:digit", int(label), number))
                continue
            lower = label.lower()
            previous = last_alpha.get(parent, 0)
            roman = roman_value(lower)
            is_letter = len(lower) == 1 and (roman is None or previous == ord(lower) - ord("a"))
            if is_letter:
                value = ord(lower) - ord("a") + 1
                last_alpha[parent] = value
                found.append(_Numbered(clause, f"paren:{parent}:alpha", value, number))
            elif roman is not None:
                found.append(_Numbered(clause, f"paren:{parent}:roman", roman, number))
    return found


def numbering_issues(clauses: list[Clause]) -> list[Issue]:
    """Gaps and duplicates in each run of sibling numbers."""
    families: dict[str, list[_Numbered]] = {}
    for item in _numbered(clauses):
        families.setdefault(item.family, []).append(item)
    order = {c.id: i for i, c in enumerate(clauses)}
    deeper = {
        re.sub(r"^\D+", "", c.number).rstrip(".") for c in clauses if c.number and "." in c.number
    }
    issues = []
    for items in families.values():
        if len(items) < MIN_SIBLINGS:
            continue
        for previous, current in zip(items, items[1:], strict=False):
            if current.value == previous.value:
                if current.family.startswith("paren:") or not _true_twin(previous, current):
                    continue  # '(1)' may count things in a table; lettered lists nest unseen
                issues.append(_duplicate(previous, current))
            elif (
                previous.value < current.value <= previous.value + MAX_GAP + 1
                and current.value > previous.value + 1
            ):
                if _across_pages(previous.clause, current.clause):
                    continue
                missing = [_label_for(current, v) for v in range(previous.value + 1, current.value)]
                if _written_inline(missing, clauses, order, previous.clause, current.clause):
                    continue
                if any(n.startswith(m.rstrip(".") + ".") for m in missing for n in deeper):
                    continue  # '17.2.1' is there: 17.2 was written, as a heading the reader lost
                issues.append(_gap(previous, current, missing))
    return issues


def _across_pages(first: Clause, second: Clause) -> bool:
    """A gap across a page break in a PDF: a heading at the top of a page is where a reader most
    often loses a line (it looks like a running header), so such a gap is not trusted."""
    return first.page is not None and second.page is not None and first.page != second.page


def _label_for(item: _Numbered, value: int) -> str:
    """The label a missing number would have had, in its siblings' style."""
    if item.family.startswith("dotted:"):
        last = item.label.rstrip(".").split(".")[-1]
        width = len(last) if last.startswith("0") else 1  # '6.05' numbering keeps its zero
        prefix = item.label.rstrip(".").rsplit(".", 1)[0]
        return f"{prefix}.{value:0{width}d}"
    if item.family.endswith(":alpha"):
        letter = chr(ord("a") + value - 1)
        return f"({letter})" if item.label.startswith("(") else f"{letter})"
    if item.family.endswith("roman"):
        roman = _to_roman(value)
        if item.family.startswith("paren:"):
            return f"({roman})"
        return re.sub(r"\S+$", roman.upper(), item.label)
    if item.family.startswith("paren:"):
        return f"({value})"
    return re.sub(r"\d+$", str(value), item.label)


def _written_inline(
    missing: list[str], clauses: list[Clause], order: dict[str, int], first: Clause, last: Clause
) -> bool:
    """Whether a missing number is written where it would be: for a section number anywhere in
    the document (inside a clause the reader did not split, in a line it read as something else,
    or cited), for a letter between its neighbours ('(c)' recurs in every list). Only a number
    written nowhere is a gap the reader can trust."""
    if missing and missing[0].startswith("("):
        clauses = clauses[order[first.id] : order[last.id]]
    text = " ".join(f"{c.number or ''} {c.heading or ''} {c.text}" for c in clauses)
    for label in missing:
        bare = label.rstrip(".")
        if re.search(rf"(?<![\w.]){re.escape(bare)}(?![\w]|\.\d)", text):
            return True
    return False


MAX_TWIN_PAGES = 2
"""Two clauses with one number this many pages apart or more belong to different lists (an
attachment the reader did not see begin), not to one list numbered twice."""


def _true_twin(first: _Numbered, second: _Numbered) -> bool:
    """Whether two clauses with the same number are a duplicate the drafter made: written the
    same way ('7.2' twice, not '7.2' and a wrapped cross-reference 'Section 7.2'), close
    together, and not the same clause read twice (a repeated page)."""
    a, b = first.clause, second.clause
    if _form(a.number) != _form(b.number):
        return False
    if _LETTER_SUFFIX.match(b.text) or _LETTER_SUFFIX.match(a.text):
        return False  # '12.3A Notwithstanding ...': a lettered clause whose letter was read as text
    if a.page is not None and b.page is not None and abs(a.page - b.page) >= MAX_TWIN_PAGES:
        return False
    return not ((a.heading or "") == (b.heading or "") and a.text[:80] == b.text[:80])


_LETTER_SUFFIX = re.compile(r"^[A-Z]\s+(?!(?:party|copy|notice|waiver|person)\b)[A-Z][a-z]")


def _form(number: str | None) -> str:
    """'Section 7.2' -> 'section', '7.2.' -> '', to compare how two numbers are written."""
    match = re.match(r"^\s*([A-Za-z]+)", number or "")
    return match.group(1).lower() if match else ""


def _duplicate(previous: _Numbered, current: _Numbered) -> Issue:
    """Low severity: a PDF reader takes many a wrapped reference ('... in this Section\n9.2 ...')
    or a lettered clause ('12.3A') for a second clause with the same number, and on the CUAD
    study half too few true duplicates remained to show the check earns a higher one."""
    return issue(
        CODE_NUMBERING_DUPLICATE,
        "low",
        f"Two clauses are numbered {current.label}: {clause_ref(previous.clause)}"
        + (f" on page {previous.clause.page}" if previous.clause.page else "")
        + f" and {clause_ref(current.clause)}"
        + (f" on page {current.clause.page}." if current.clause.page else "."),
        current.clause,
        quote=current.label,
        suggestion="Renumber the clauses and check the cross-references to them.",
    )


def _gap(previous: _Numbered, current: _Numbered, missing: list[str]) -> Issue:
    names = ", ".join(missing)
    return issue(
        CODE_NUMBERING_GAP,
        "medium",
        f"{upper_first(clause_ref(current.clause))} follows {previous.label}: there is no {names}.",
        current.clause,
        quote=current.label,
        suggestion="Renumber the clauses, or restore the missing one, and check the cross-references.",
    )
