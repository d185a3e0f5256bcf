"""Score the key terms (``Report.key_terms``) against CUAD's lawyers' answers, term by term.

The scoring is defined in ``docs/key-terms.md``. In short:

- value terms are scored on the contracts where CUAD states a usable answer: days right within
  2%, dates exactly, the governing law among CUAD's answer, both principal parties named;
- yes/no terms get precision, recall and F1 over all contracts, from CUAD's ``-Answer`` column
  (or, where a column has none, from whether its lawyers marked any text).

``evaluate.py`` runs the analysis once per contract; the worker records each contract's key
terms as plain values (``record_terms``) and this module scores them per half.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from clausecheck.corpus import REPO_ROOT
from clausecheck.types import KeyTerm

DAYS_TOLERANCE = 0.02
"""A period is right within 2% of CUAD's (a year of 365 days against 12 months of 30)."""

DAYS_PER_UNIT = {"day": 1, "week": 7, "month": 30, "year": 365}
"""The issue's rule (a month 30 days, a year 365). The scorer keeps its own small tables on
purpose instead of importing the extractor's (``terms.numbers``, ``terms.lengths``): an answer
key read by the code under test would hide that code's mistakes."""
_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
_PERIOD = re.compile(
    r"\(?(\d+|" + "|".join(_NUMBER_WORDS) + r")\)?\s*(?:\(\d+\)\s*)?(day|week|month|year)s?\b", re.I
)
"""CUAD's period answers: '1 year', 'successive 1 year', 'two (2) years', and the ones its
annotators cut inside the parenthesis, '(6) months' and '60) days'."""
_FULL_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_COMPANY_WORDS = frozenset(
    "the inc incorporated llc l l c ltd limited corp corporation co company plc lp l p "
    "sa s a ag gmbh bv b v nv n v llp pte pty se spa s p a de ab as oy".split()
)

FLAG_COLUMNS: dict[str, tuple[str, ...]] = {
    "auto_renewal": ("Renewal Term",),
    "termination_for_convenience": ("Termination for Convenience",),
    "liability_cap": ("Cap on Liability",),
    "uncapped_liability": ("Uncapped Liability",),
    "exclusivity": ("Exclusivity",),
    "non_compete": ("Non-Compete",),
    "non_solicitation": ("No-Solicit of Customers", "No-Solicit of Employees"),
    "anti_assignment": ("Anti-Assignment",),
    "change_of_control": ("Change of Control",),
    "audit_rights": ("Audit Rights",),
    "minimum_commitment": ("Minimum Commitment",),
    "insurance": ("Insurance",),
    "most_favoured_nation": ("Most Favored Nation",),
    "liquidated_damages": ("Liquidated Damages",),
    "ip_assignment": ("IP Ownership Assignment",),
    "post_termination_services": ("Post-Termination Services",),
}
"""Each yes/no term and the CUAD column(s) that answer it (any 'Yes' is yes)."""
CORE_FLAGS = ("auto_renewal", "termination_for_convenience", "liability_cap")
"""The yes/no terms whose goal is F1 >= 0.90; the others are provision flags (>= 0.85)."""


def gold_days(answer: str) -> set[int]:
    """'successive 1 year' -> {365}; '180 days / 6 months' -> {180}; 'perpetual' -> set()."""
    days = set()
    for number, unit in _PERIOD.findall(answer):
        count = int(number) if number.isdigit() else _NUMBER_WORDS[number.lower()]
        days.add(count * DAYS_PER_UNIT[unit.lower()])
    return days


SPREADSHEET_CENTURY_FLIP = (1930, 1949)
"""CUAD's dates in these years are 2030-2049: a spreadsheet read the annotators' two-digit years
with the usual 1930 pivot. Every CUAD agreement was filed after 1990, and the five such answers
(expiry dates of long terms) all say the 2030s in the contract itself."""


def gold_date(answer: str) -> str | None:
    """'6/1/1998' -> '1998-06-01'; '12/31/1934' -> '2034-12-31'; partial dates ('[]/[]/2000')
    and 'perpetual' -> None."""
    match = _FULL_DATE.match(answer)
    if not match:
        return None
    month, day, year = (int(g) for g in match.groups())
    if SPREADSHEET_CENTURY_FLIP[0] <= year <= SPREADSHEET_CENTURY_FLIP[1]:
        year += 100
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def gold_parties(answer: str) -> list[str]:
    """The named parties of CUAD's answer, principal ones first, defined names dropped."""
    names = []
    for entry in answer.split(";"):
        name = re.split(r"[(\"“”]", entry.strip().lstrip("("), maxsplit=1)[0]
        name = name.strip(" ,.;:")
        if name and re.search(r"[A-Za-z]{2}", name) and not name.lower().startswith("the "):
            names.append(name)
        elif name.lower().startswith("the ") and len(name.split()) > 2:
            names.append(name)
    return names


def name_words(name: str) -> frozenset[str]:
    """A party name as a set of words, without 'Inc.', 'Ltd' and the like."""
    words = re.sub(r"[^a-z0-9]+", " ", name.lower()).split()
    return frozenset(w for w in words if w not in _COMPANY_WORDS)


def same_party(gold: str, found: str) -> bool:
    """Whether two names are the same party: one's words contain the other's."""
    a, b = name_words(gold), name_words(found)
    return bool(a and b) and (a <= b or b <= a)


def parties_right(gold: list[str], found: list[str]) -> bool:
    """Both principal parties (CUAD's first two) are among the names found."""
    return all(any(same_party(g, f) for f in found) for g in gold[:2])


def marked(value: str) -> bool:
    """Whether CUAD's lawyers marked any text in a span column (a list literal)."""
    try:
        return bool(ast.literal_eval(value)) if value.strip() else False
    except (ValueError, SyntaxError):
        return value.strip() not in ("", "[]")


def gold_flag(row: dict[str, str], columns: tuple[str, ...]) -> bool:
    """CUAD's yes/no for a term: its -Answer column where there is one, else marked text."""
    answers = []
    for column in columns:
        answer = row.get(f"{column}-Answer", "").strip().lower()
        answers.append(answer == "yes" if answer in ("yes", "no") else marked(row.get(column, "")))
    return any(answers)


def _renewal_deadline(row: dict[str, str]) -> str | None:
    """The last day to stop the first renewal, from CUAD's expiry date and renewal notice."""
    expiry = gold_date(row.get("Expiration Date-Answer", ""))
    notice = gold_days(row.get("Notice Period to Terminate Renewal-Answer", ""))
    if not expiry or len(notice) != 1:
        return None
    return (date.fromisoformat(expiry) - timedelta(days=notice.pop())).isoformat()


def _initial_term(row: dict[str, str]) -> set[int]:
    """The initial term in days, from CUAD's effective and expiry dates where both are full."""
    start = gold_date(row.get("Effective Date-Answer", ""))
    end = gold_date(row.get("Expiration Date-Answer", ""))
    if not start or not end or end <= start:
        return set()
    return {(date.fromisoformat(end) - date.fromisoformat(start)).days}


def _days_right(gold: Any, found: Any) -> bool:
    return isinstance(found, int) and any(abs(found - g) <= DAYS_TOLERANCE * g for g in gold)


def _law_right(gold: Any, found: Any) -> bool:
    return isinstance(found, str) and found in gold


def _law_gold(row: dict[str, str]) -> set[str]:
    from clausecheck.evaluate import has_annotation, normalise_answer

    if not has_annotation(row.get("Governing Law", "")):
        return set()
    return normalise_answer(row.get("Governing Law-Answer", ""))


ValueScore = tuple[Callable[[dict[str, str]], Any], Callable[[Any, Any], bool]]
VALUE_TERMS: dict[str, ValueScore] = {
    "parties": (
        lambda row: gold_parties(row.get("Parties-Answer", "")),
        lambda gold, found: isinstance(found, list) and parties_right(gold, found),
    ),
    "effective_date": (
        lambda row: gold_date(row.get("Effective Date-Answer", "")),
        lambda gold, found: found == gold,
    ),
    "expiration_date": (
        lambda row: gold_date(row.get("Expiration Date-Answer", "")),
        lambda gold, found: found == gold,
    ),
    "initial_term_days": (_initial_term, _days_right),
    "renewal_term_days": (
        lambda row: gold_days(row.get("Renewal Term-Answer", "")),
        _days_right,
    ),
    "renewal_notice_days": (
        lambda row: gold_days(row.get("Notice Period to Terminate Renewal-Answer", "")),
        _days_right,
    ),
    "renewal_notice_deadline": (_renewal_deadline, lambda gold, found: found == gold),
    "governing_law": (_law_gold, _law_right),
}
"""Each value term: how CUAD's answer is read (empty: not stated) and when a value is right."""


def record_terms(key_terms: dict[str, KeyTerm]) -> dict[str, Any]:
    """The plain values of a report's key terms, as the evaluation worker returns them."""
    return {name: term.value for name, term in key_terms.items()}


def value_metrics(
    results: list[dict[str, Any]], annotations: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """Per value term: contracts where CUAD states it, how many read right, how many answered."""
    metrics = {}
    scored = [r for r in results if "error" not in r and r["name"] in annotations]
    for name, (read_gold, right) in VALUE_TERMS.items():
        stated = correct = answered = 0
        for result in scored:
            gold = read_gold(annotations[result["name"]])
            if not gold:
                continue
            stated += 1
            found = result["key_terms"].get(name)
            answered += found is not None
            correct += found is not None and right(gold, found)
        metrics[name] = {
            "contracts": stated,
            "answered": answered,
            "right": correct,
            "accuracy": round(correct / stated, 4) if stated else 0.0,
        }
    return metrics


def flag_metrics(
    results: list[dict[str, Any]], annotations: dict[str, dict[str, str]]
) -> dict[str, dict[str, Any]]:
    """Per yes/no term: precision, recall and F1 against CUAD over every contract."""
    metrics = {}
    scored = [r for r in results if "error" not in r and r["name"] in annotations]
    for name, columns in FLAG_COLUMNS.items():
        tp = fp = fn = 0
        for result in scored:
            gold = gold_flag(annotations[result["name"]], columns)
            value = result["key_terms"].get(name)
            found = value is not None and value is not False
            tp += gold and found
            fp += found and not gold
            fn += gold and not found
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[name] = {
            "contracts": len(scored),
            "yes": tp + fn,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
        }
    return metrics


def key_term_metrics(
    results: list[dict[str, Any]], annotations: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """Both kinds of figures for one set of contracts."""
    return {
        "values": value_metrics(results, annotations),
        "flags": flag_metrics(results, annotations),
    }


def disagreements(
    results: list[dict[str, Any]], annotations: dict[str, dict[str, str]], name: str
) -> list[dict[str, Any]]:
    """Contracts where a term and CUAD disagree, to read by hand (pass the study half only)."""
    out = []
    for result in results:
        if "error" in result or result["name"] not in annotations:
            continue
        row = annotations[result["name"]]
        found = result["key_terms"].get(name)
        if name in VALUE_TERMS:
            read_gold, right = VALUE_TERMS[name]
            gold = read_gold(row)
            if gold and not (found is not None and right(gold, found)):
                out.append({"contract": result["name"], "gold": gold, "found": found})
        else:
            gold_yes = gold_flag(row, FLAG_COLUMNS[name])
            if gold_yes != (found is not None and found is not False):
                out.append({"contract": result["name"], "gold": gold_yes, "found": found})
    return out


def key_term_headline(figures: dict[str, Any], prefix: str) -> dict[str, float]:
    """The figures CI guards: each value term's accuracy and each yes/no term's F1."""
    headline = {
        f"{prefix}key_terms.{name}.accuracy": m["accuracy"]
        for name, m in figures["values"].items()
        if m["contracts"]
    }
    headline.update(
        {f"{prefix}key_terms.{name}.f1": m["f1"] for name, m in figures["flags"].items()}
    )
    return headline


KEY_TERMS_FILE = REPO_ROOT / "docs" / "key-terms.json"
"""The recorded figures per half ('after'), the figures of the extraction before issue 18
('before', kept as recorded), and what CI guards."""
KEY_TERMS_DOC = REPO_ROOT / "docs" / "key-terms.md"
FIGURES_START = "<!-- key-term-figures:start -->"
FIGURES_END = "<!-- key-term-figures:end -->"
ALLOWED_DROP = 0.02
"""A guarded figure may fall this much below the recorded one (two points)."""
SPLIT_TITLES = {"held_out": "held-out half", "study": "study half"}
"""The halves in the order the tables show them: the goals are about the held-out half."""


def _value_cell(m: dict[str, Any] | None) -> str:
    if not m:
        return "–"
    return f"{m['accuracy']:.1%} ({m['right']}/{m['contracts']})"


def _flag_cell(m: dict[str, Any] | None) -> str:
    if not m:
        return "–"
    return f"{m['f1']:.2f} ({m['precision']:.2f} / {m['recall']:.2f})"


def key_terms_section(
    figures: dict[str, Any], before: dict[str, Any] | None = None, note: str = ""
) -> str:
    """The figures per term and half as Markdown, before beside after where recorded."""
    before = before or {}
    splits = [split for split in SPLIT_TITLES if split in figures]
    lines = [
        FIGURES_START,
        note or "Measured by `clausecheck evaluate` on CUAD v1 (The Atticus Project, CC BY 4.0).",
        "",
        "**Values** (right / contracts where CUAD states one):",
        "",
        "| Term | "
        + " | ".join(f"{SPLIT_TITLES[s]} before | {SPLIT_TITLES[s]} after" for s in splits)
        + " |",
        "|---|" + "---|---|" * len(splits),
    ]
    for name in VALUE_TERMS:
        cells = []
        for split in splits:
            cells.append(_value_cell(before.get(split, {}).get("values", {}).get(name)))
            cells.append(_value_cell(figures[split]["values"].get(name)))
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    lines += [
        "",
        "**Yes/no terms**: F1 (precision / recall) over every contract of the half:",
        "",
        "| Term | CUAD column | "
        + " | ".join(f"{SPLIT_TITLES[s]} before | {SPLIT_TITLES[s]} after" for s in splits)
        + " |",
        "|---|---|" + "---|---|" * len(splits),
    ]
    for name, columns in FLAG_COLUMNS.items():
        cells = []
        for split in splits:
            cells.append(_flag_cell(before.get(split, {}).get("flags", {}).get(name)))
            cells.append(_flag_cell(figures[split]["flags"].get(name)))
        yes = " + ".join(columns)
        lines.append(f"| `{name}` | {yes} | " + " | ".join(cells) + " |")
    lines.append(FIGURES_END)
    return "\n".join(lines)


def write_key_terms(evaluation: dict[str, Any], source: str = "text") -> None:
    """Record the key-term figures (keeping the recorded 'before') and the doc's table."""
    import json

    from clausecheck.docs import replace_marked

    record = json.loads(KEY_TERMS_FILE.read_text()) if KEY_TERMS_FILE.exists() else {}
    figures = evaluation["key_terms"]
    record[source] = figures
    if source == "text":
        record["measured"] = date.today().isoformat()
    if source == "text":
        record["headline"] = {
            key: value
            for split, half in figures.items()
            for key, value in key_term_headline(half, f"{split}.").items()
        }
    KEY_TERMS_FILE.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    doc = KEY_TERMS_DOC.read_text() if KEY_TERMS_DOC.exists() else ""
    if FIGURES_START in doc and "text" in record:
        section = key_terms_section(record["text"], record.get("before"), _note(record))
        KEY_TERMS_DOC.write_text(replace_marked(doc, FIGURES_START, FIGURES_END, section))


def check_key_terms_against_record(evaluation: dict[str, Any]) -> list[str]:
    """Key-term figures that fell more than ALLOWED_DROP below the recorded ones."""
    import json

    if not KEY_TERMS_FILE.exists() or "key_terms" not in evaluation:
        return []
    recorded = json.loads(KEY_TERMS_FILE.read_text()).get("headline", {})
    current: dict[str, float] = {}
    for split, half in evaluation["key_terms"].items():
        current |= key_term_headline(half, f"{split}.")
    return [
        f"{key}: {current.get(key, 0.0):.4f} < recorded {value:.4f} - {ALLOWED_DROP}"
        for key, value in recorded.items()
        if current.get(key, 0.0) < value - ALLOWED_DROP
    ]


def _note(record: dict[str, Any]) -> str:
    """The line above the table: what was measured, and the PDF figures where recorded."""
    note = (
        f"Measured {record.get('measured', 'on')} by `clausecheck evaluate --write-card` on the "
        "414 text files of CUAD v1 (The Atticus Project, CC BY 4.0); *before* is the extraction "
        "as it was before issue 18."
    )
    pdf = record.get("pdf")
    if pdf:
        held = pdf.get("held_out", {})
        values = [m["accuracy"] for m in held.get("values", {}).values() if m["contracts"]]
        flags = [m["f1"] for m in held.get("flags", {}).values()]
        text = record["text"]["held_out"]
        gaps = {
            name: text["values"][name]["accuracy"] - m["accuracy"]
            for name, m in held.get("values", {}).items()
            if m["contracts"]
        } | {name: text["flags"][name]["f1"] - m["f1"] for name, m in held.get("flags", {}).items()}
        worst = max(gaps, key=gaps.__getitem__)
        note += (
            f" From the PDFs (`clausecheck evaluate --pdf --write-card`), held-out half: mean "
            f"value accuracy {sum(values) / len(values):.1%}, mean yes/no F1 "
            f"{sum(flags) / len(flags):.2f}; the largest drop from the text files is "
            f"{gaps[worst] * 100:.1f} points (`{worst}`); every figure is in `docs/key-terms.json`."
        )
    return note
