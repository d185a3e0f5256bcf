"""Measure the model on real contracts it has never seen: CUAD v1 in ``../shared/cuad``.

Two measurements (CUAD v1, The Atticus Project, CC BY 4.0; evaluation only):

1. Clauses: a heading-labelled set built the way LEDGAR was. A section headed "Governing Law" is a
   governing-law clause; its heading is stripped and the body classified. Headings that name none
   of our labels but a known other kind (notices, assignment, ...) are negatives; headings naming
   two of our labels, or nothing we know, are skipped.
2. Whole contracts: does ``analyze`` find a governing-law clause exactly when CUAD's
   ``Governing Law`` column has one, and does ``terms.jurisdiction`` name CUAD's answer?

Both are reported for all contracts and for two fixed halves (``split_of``): a *study* half,
whose misclassified sections may be read to decide what the corpus needs, and a *held-out* half,
which nobody reads. ``--dump`` writes the study half's sections only.

Figures are written to ``models/evaluation.json`` and ``models/MODEL_CARD.md`` with
``--write-card``; ``--check`` fails when any figure drops more than two points below them.
"""

from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clausecheck.corpus import REPO_ROOT
from clausecheck.docs import replace_marked
from clausecheck.errors import ClausecheckError
from clausecheck.evaluate_terms import (
    check_key_terms_against_record,
    key_term_metrics,
    key_terms_section,
    record_terms,
    write_key_terms,
)
from clausecheck.ingest.isolation import DEFAULT_TIME_LIMIT_S, Limits
from clausecheck.types import CATEGORIES, Clause

DEFAULT_CUAD_DIR = REPO_ROOT.parent / "shared" / "cuad"
EVALUATION_FILE = REPO_ROOT / "models" / "evaluation.json"
MODEL_CARD = REPO_ROOT / "models" / "MODEL_CARD.md"
ALLOWED_DROP = 0.02
"""--check fails when a figure falls more than this below the recorded one."""
EVALUATION_LIMITS = Limits(seconds=DEFAULT_TIME_LIMIT_S * 4)
"""Each contract's limits in the evaluation: four times a user's processor-time limit. The
slowest CUAD PDF needs about half the user's limit on an idle machine and reached all of it on a
slower day, which dropped it from the figures; a measurement must not depend on the machine's
speed. Memory and page limits are a user's."""
SPLIT_SALT = "clausecheck CUAD split, fixed 2026-11-22"
"""Mixed into each contract's name to put it in a half; changing it reshuffles the halves."""
STUDY, HELD_OUT = "study", "held_out"
SPLITS = (STUDY, HELD_OUT)

STATUS_COLUMNS: tuple[str, ...] = ("present", "deviates", "ambiguous", "missing")
"""The status columns of the check-rate table, best first."""

CARD_START = "<!-- evaluation:start -->"
CARD_END = "<!-- evaluation:end -->"

HEADING_LABELS: dict[str, re.Pattern[str]] = {
    "governing_law": re.compile(
        r"^(?!.*compliance).*(?:governing law|choice of law|controlling law|(?<!with )applicable law\b(?!s)|governing laws|law and jurisdiction|jurisdiction and law|^law$)",
        re.I,
    ),
    "waiver": re.compile(
        r"^(?!.*(?:jury|punitive|class action|tort|immunit|subrogation|venue|rule of construction|defen[cs]es|consequential|claims?\b|notice|management|trial)).*(?:\bwaivers?\b|non-?waiver)",
        re.I,
    ),
    # The agreement's own term: "Term", "Term and Termination", "Initial Term", not "long-term
    # forecast", "shipping terms" or "term of guaranty"; "terminat" at a word start, so that
    # "determination" does not count.
    "termination": re.compile(
        r"^(?!.*(?:covenant|guarant|forecast|shipping|exclusiv|not-to-compete|employment|dates?\b))"
        r".*(?:\bterminat|\bexpiration\b|\bexpiry\b|\brenewal|duration of (?:the )?agreement"
        r"|^\W*(?:initial |agreement |contract )?term\b(?!-))",
        re.I,
    ),
    # SEC legends ("confidential treatment", "confidential portions") name no clause.
    "confidentiality": re.compile(
        r"confidential(?!\s*(?:treat|portion))|non-?disclosure|data protection|privacy|"
        r"data security|personal data",
        re.I,
    ),
    "pricing": re.compile(
        r"^(?!.*(?:attorney|legal fees|insurance|reliance|notice|arbitration|litigation)).*(?:\bprices?\b|pricing|\bfees?\b|payments?|compensation|royalt|invoic|\bcharges\b|expenses|\btaxes\b|consideration)",
        re.I,
    ),
    "sla": re.compile(
        r"service levels?|performance standards|service credits|\bkpis?\b|uptime|availability", re.I
    ),
    "scope": re.compile(
        r"scope of (?:services|work)|description of services|statement of work|^services$|provision of services",
        re.I,
    ),
}
OTHER_KINDS: dict[str, re.Pattern[str]] = {
    # "Notice" names the notices clause on its own or first, not in "Notice of Disclosure" or
    # "Copyright Notice".
    "notices": re.compile(r"\bnotices\b|^[\W\d]*notice\b(?!\s+of\b)", re.I),
    "assignment": re.compile(r"assign", re.I),
    "severability": re.compile(r"severab|invalidity|partial invalid", re.I),
    "entire_agreement": re.compile(r"entire agreement|integration|whole agreement", re.I),
    "indemnity": re.compile(r"indemni", re.I),
    "liability": re.compile(r"limitation of liability|limitation on liability|liabilit", re.I),
    "force_majeure": re.compile(r"force majeure", re.I),
    "intellectual_property": re.compile(
        r"intellectual property|trademarks?|patents?|copyright|ownership", re.I
    ),
    "warranties": re.compile(r"warrant|representations", re.I),
    "insurance": re.compile(r"insurance", re.I),
    "audit": re.compile(r"audit|inspection|records", re.I),
    "definitions": re.compile(r"definitions?|defined terms", re.I),
    "counterparts": re.compile(r"counterparts?", re.I),
    "dispute_resolution": re.compile(
        r"\bdisputes\b|dispute resolution|resolution of disputes?|^[\W\d]*dispute\b|arbitration|mediation",
        re.I,
    ),
    "jurisdiction_venue": re.compile(r"jurisdiction|venue|forum", re.I),
    "jury_trial": re.compile(r"jury", re.I),
    "non_solicitation": re.compile(r"solicit|non-?compet|exclusivity", re.I),
    "relationship": re.compile(
        r"independent contractor|relationship of the parties|relationship between|no partnership"
        r"|\bagency\b(?!\s+agreement)",
        re.I,
    ),
    "survival": re.compile(r"surviv", re.I),
    "publicity": re.compile(r"publicity|press release|announcement", re.I),
    "headings": re.compile(r"headings|captions|interpretation|construction", re.I),
    "further_assurances": re.compile(r"further assurances", re.I),
    "amendment": re.compile(r"amendments?|modifications?", re.I),
    "third_parties": re.compile(
        r"third[- ]part(?:y|ies)\W+(?:beneficiar|rights)|no third[- ]part|rights of third parties",
        re.I,
    ),
    "remedies": re.compile(r"remed|injunctive|equitable relief|specific performance", re.I),
    "compliance": re.compile(r"compliance with laws|compliance", re.I),
    "successors": re.compile(r"successors", re.I),
    "costs": re.compile(
        r"attorneys?'?s?'? fees|legal fees|costs of (?:enforcement|litigation|arbitration)", re.I
    ),
}


@dataclass(slots=True)
class Example:
    contract: str
    heading: str
    text: str
    gold: str | None  # one of our labels, or None for a known other kind


def heading_label(heading: str) -> tuple[bool, str | None]:
    """(usable, label): the one label a heading names, None for a known other kind."""
    ours = [label for label, pattern in HEADING_LABELS.items() if pattern.search(heading)]
    if (
        "governing_law" in ours
        and "termination" in ours
        and not re.search(r"terminat|\bterm\b", heading, re.I)
    ):
        ours.remove("termination")
    if ours and OTHER_KINDS["survival"].search(heading):
        return False, None  # "Survival upon Termination" names two kinds; the guide splits them
    if len(ours) == 1:
        return True, ours[0]
    if not ours and any(p.search(heading) for p in OTHER_KINDS.values()):
        return True, None
    return False, None


# The label guide decides where a heading misleads: a section headed as another kind that
# states a choice of law is a governing-law clause; one that says failure or delay is no
# waiver, or that waivers must be in writing, is a waiver clause; one that gives a right to
# terminate the agreement (after prolonged force majeure, on a change of control) is a
# termination clause. These patterns are the evaluation's own, kept apart on purpose from the
# product's (terms.states_choice_of_law, checks.elements._WRITTEN_WAIVER): gold built from the
# rules under test would score them against themselves.
_NAMED_LAW = r"laws? of (?:the )?(?:State|Commonwealth|Province|Republic|[A-Z])"
CHOICE_OF_LAW = re.compile(
    rf"(?:\b(?:governed|governs|construed|constructed|interpreted|enforced)\b|\b(?i:its|their) "
    rf"(?:interpretation|construction)\b)[^.]{{0,140}}\b{_NAMED_LAW}"
    rf"|\bapply (?:and follow )?(?:the )?(?:substantive |internal )?{_NAMED_LAW}"
    r"|\blaws of [^.]{0,60}(?:shall|will) govern|(?:governed by|subject to|in accordance with) (?:the )?[A-Z][a-z]+ law\b",
)
NO_WAIVER = re.compile(
    r"\bno (?:failure|delay|waiver|course of (?:dealing|conduct))"
    r"|(?:shall|will) not (?:operate|be deemed|be construed|constitute|act)[^.]{0,30}waiver"
    r"|waive[drs]?\b[^.]{0,200}(?:in writing|written|signed)|(?:in writing|written)[^.]{0,80}\bwaive",
    re.I,
)
TERMINATION_RIGHT_WORDING = re.compile(
    r"\b(?:may|can|shall|will|right|option|entitled|entitle)\b[^.;]{0,80}?\bterminat(?:e|es|ed|ing)"
    r"(?: (?:this|the)(?: [A-Z]\w+)? (?:Agreement|Contract)\b)"
    r"|\b(?:this|the)(?: [A-Z]\w+)? (?:Agreement|Contract)\b[^.;]{0,60}?\b(?:shall|will|may) (?:immediately |"
    r"automatically |forthwith )?(?:be )?terminat",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:neither|nor|nothing|cannot)\b|\b(?:no|any) right\b|\bno party\b|n't\b"
    r"|\b(?:may|shall|will|can|not) not\b|\bnot (?:have|be entitled|entitle)",
    re.I,
)
NEGATION_WINDOW = 40
"""Characters before 'terminate' in which a negation governs it."""


def grants_termination_right(body: str) -> bool:
    """A sentence that gives a right to terminate the agreement, or ends it on an event; not
    'neither party shall have any right to terminate' or 'Licensor may not terminate'. Only the
    words just before the verb count, so 'Neither party is liable for delay, provided that if
    it lasts 90 days the other party may terminate this Agreement' is a right."""
    for match in TERMINATION_RIGHT_WORDING.finditer(body):
        verb = match.start() + match.group(0).lower().find("terminat")
        clause_start = max(body.rfind(c, 0, verb) for c in ".;,")
        before = body[max(clause_start + 1, verb - NEGATION_WINDOW) : verb]
        if not _NEGATED.search(before):
            return True
    return False


RELABEL_KINDS = {
    "amendment",
    "entire_agreement",
    "remedies",
    "headings",
    "jurisdiction_venue",
    "dispute_resolution",
    "jury_trial",
    "compliance",
}
"""Other kinds that commonly carry a no-waiver rule inside them (a choice of law counts anywhere)."""
CONFIDENTIAL_STAMP = re.compile(
    r"^\W*(?:EXECUTION VERSION\W+)?CONFIDENTIAL\b(?!\W*(?:INFORMATION|NATURE|MATERIALS?|OBLIGATIONS|AND\b|$))"
)
"""A capitalised 'CONFIDENTIAL' stamp run into the next heading or a document title
('CONFIDENTIAL 5. SALES, MARKETING', 'CONFIDENTIAL TERM SHEET'); case matters."""
NOT_A_CLAUSE = re.compile(
    r"confidential treatment|execution copy|^\W*confidential\W*$|\bconfidential\W*$|page \d"
    rf"|(?-i:{CONFIDENTIAL_STAMP.pattern})",
    re.I,
)
"""Page stamps and SEC legends that flattened text turns into pseudo-headings."""
DEFINITIONS_HEADING = re.compile(r"definition", re.I)


def other_kind(heading: str) -> str | None:
    """The first known other kind a heading names."""
    return next((kind for kind, pattern in OTHER_KINDS.items() if pattern.search(heading)), None)


NAMES_A_LAW = re.compile(r"\blaws?\b|\bgovern(?:ed|s)\b", re.I)
APPLICABLE_LAW = re.compile(r"\bapplicable laws?\b", re.I)
""""Applicable law" names no law: a duty to comply with it chooses none (the guide's ruling)."""
NAMES_A_WAIVER = re.compile(r"\bwaive", re.I)


def guide_label_of_headed(label: str, body: str) -> str | None:
    """The label of a section headed as one of ours, where the guide overrules the heading.

    The guide says a forum or arbitration clause that chooses no law is not governing law, and
    an amendment clause with no waiver language is not waiver: a section headed "Governing Law"
    whose body never mentions a law (other than "applicable law", which names none), or
    "Amendments and Waivers" whose body never mentions a waiver, is a negative.
    """
    if label == "governing_law" and not NAMES_A_LAW.search(APPLICABLE_LAW.sub("", body)):
        return None
    if label == "waiver" and not NAMES_A_WAIVER.search(body):
        return None
    return label


def guide_label(kind: str | None, body: str) -> str | None:
    """The label the guide gives a section headed as another ``kind``, if its body decides."""
    # A choice of law counts whatever the heading: notices and assignment sections carry them too.
    if CHOICE_OF_LAW.search(body):
        return "governing_law"
    if kind in RELABEL_KINDS and NO_WAIVER.search(body):
        return "waiver"
    # A right to end the agreement is a termination clause under any heading ("Health Care
    # Compliance: This Agreement may be terminated by ...").
    if grants_termination_right(body):
        return "termination"
    return None


def section_text(clause: Clause, children: dict[str, list[Clause]]) -> str:
    """The clause's body with all of its descendants' text, heading excluded."""
    parts = [clause.text]
    for child in children.get(clause.id, []):
        if child.heading:
            continue  # a headed child is its own example
        parts.append(section_text(child, children))
    return " ".join(p for p in parts if p).strip()


def heading_examples(name: str, clauses: list[Clause]) -> list[Example]:
    """The heading-labelled examples of one contract."""
    children: dict[str, list[Clause]] = {}
    for clause in clauses:
        if clause.parent:
            children.setdefault(clause.parent, []).append(clause)
    examples = []
    for clause in clauses:
        if not clause.heading or len(clause.heading) > 80:
            continue
        if clause.context_heading and DEFINITIONS_HEADING.search(clause.context_heading):
            continue  # 'Law' inside a definitions article is a defined term, not a clause
        if NOT_A_CLAUSE.search(clause.heading):
            continue
        usable, label = heading_label(clause.heading)
        body = section_text(clause, children)
        if not usable or len(body) < 40:
            continue
        if label is None:
            label = guide_label(other_kind(clause.heading), body)
        else:
            label = guide_label_of_headed(label, body)
        examples.append(Example(name, clause.heading, body, label))
    return examples


def split_of(name: str) -> str:
    """The half a contract belongs to, from a hash of its file name: fixed, about half each."""
    digest = hashlib.sha256(f"{SPLIT_SALT}\0{name}".encode()).digest()
    return STUDY if digest[0] % 2 == 0 else HELD_OUT


def normalise_answer(answer: str) -> set[str]:
    """CUAD's 'England, United Kingdom; Wales, United Kingdom' -> {'England and Wales'}."""
    from clausecheck.terms import CANONICAL_JURISDICTION

    names = set()
    for part in answer.split(";"):
        name = re.sub(
            r"^(?:the\s+)?(?:(?:Federal\s+)?(?:State|Province|Commonwealth|Republic|Kingdom)\s+of\s+)",
            "",
            part.split(",")[0].strip(),
            flags=re.I,
        )
        if name:
            names.add(CANONICAL_JURISDICTION.get(name, name))
    return names


def _analyse_one(path: str) -> dict[str, Any]:
    """Worker: analyse one contract; return what both measurements need."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model

    model = load_model()
    started = time.perf_counter()
    try:
        report = analyze(path, model=model, limits=EVALUATION_LIMITS)
    except ClausecheckError as exc:
        return {"name": Path(path).stem, "error": str(exc)}
    elapsed = time.perf_counter() - started
    examples = heading_examples(Path(path).stem, report.clauses)
    predictions = model.predict([e.text for e in examples]) if examples else []
    law = report.finding("governing_law")
    issues = [i for f in report.findings for i in f.issues] + report.issues
    return {
        "issues": [
            {
                "code": i.code,
                "severity": i.severity,
                "quote": (i.quote or "")[:160],
                "message": i.message[:200],
                "element": i.element,
            }
            for i in issues
            if i.code != "missing"
        ],
        "statuses": {f.category: f.status for f in report.findings},
        "name": Path(path).stem,
        "seconds": elapsed,
        "examples": [
            {"heading": e.heading, "gold": e.gold, "predicted": labels, "text": e.text[:400]}
            for e, (labels, _) in zip(examples, predictions, strict=True)
        ],
        "key_terms": record_terms(report.key_terms),
        "law_found": bool(law and law.clause_ids),
        "jurisdiction": (law.terms.get("jurisdiction") or []) if law else [],
    }


def load_annotations(cuad_dir: Path) -> dict[str, dict[str, str]]:
    csv.field_size_limit(1 << 30)
    with open(cuad_dir / "master_clauses.csv", encoding="utf-8") as stream:
        return {os.path.splitext(row["Filename"])[0]: row for row in csv.DictReader(stream)}


def has_annotation(value: str) -> bool:
    try:
        return bool(ast.literal_eval(value)) if value.strip() else False
    except (ValueError, SyntaxError):
        return value.strip() not in ("", "[]")


def clause_metrics(
    results: list[dict[str, Any]], strict: bool = False
) -> dict[str, dict[str, Any]]:
    """Per label precision, recall and F1 over the heading-labelled examples.

    As the evaluation is defined, a false positive is a section headed as another known kind
    (notices, assignment, ...) that is predicted as one of ours. A section headed as one of our
    labels may legitimately carry a second (a termination clause that makes fees fall due is
    pricing too), so a second label there is not counted; ``strict=True`` counts it as wrong.
    """
    metrics = {}
    examples = [e for r in results for e in r.get("examples", [])]
    for label in CATEGORIES:
        tp = sum(1 for e in examples if e["gold"] == label and label in e["predicted"])
        fn = sum(1 for e in examples if e["gold"] == label and label not in e["predicted"])
        fp = sum(
            1
            for e in examples
            if e["gold"] != label and label in e["predicted"] and (strict or e["gold"] is None)
        )
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": tp + fn,
            "false_positives": fp,
        }
    metrics["_examples"] = {
        "total": len(examples),
        "negatives": sum(1 for e in examples if e["gold"] is None),
    }
    return metrics


def contract_metrics(
    results: list[dict[str, Any]], annotations: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """Governing-law presence and jurisdiction accuracy per contract."""
    presence_right = jurisdiction_right = with_answer = 0
    misses: list[dict[str, Any]] = []
    scored = [r for r in results if "error" not in r and r["name"] in annotations]
    for result in scored:
        row = annotations[result["name"]]
        gold_present = has_annotation(row["Governing Law"])
        if result["law_found"] == gold_present:
            presence_right += 1
        else:
            misses.append(
                {
                    "contract": result["name"],
                    "kind": "presence",
                    "gold": gold_present,
                    "found": result["law_found"],
                }
            )
        answer = normalise_answer(row.get("Governing Law-Answer", ""))
        if gold_present and answer:
            with_answer += 1
            if result["jurisdiction"] and result["jurisdiction"][0] in answer:
                jurisdiction_right += 1
            else:
                misses.append(
                    {
                        "contract": result["name"],
                        "kind": "jurisdiction",
                        "gold": sorted(answer),
                        "found": result["jurisdiction"],
                    }
                )
    return {
        "contracts": len(scored),
        "presence_accuracy": round(presence_right / len(scored), 4) if scored else 0.0,
        "jurisdiction_accuracy": round(jurisdiction_right / with_answer, 4) if with_answer else 0.0,
        "contracts_with_jurisdiction": with_answer,
        "misses": misses,
    }


def check_rates(results: list[dict[str, Any]]) -> dict[str, Any]:
    """How many contracts each check fires on, and how often each category is missing or ambiguous."""
    scored = [r for r in results if "error" not in r]
    codes: dict[str, int] = {}
    for result in scored:
        fired = {i["code"] for i in result["issues"]}
        # Each element of missing_element is a check of its own; the code counts them together.
        fired |= {f"{i['code']}: {i['element']}" for i in result["issues"] if i.get("element")}
        for code in fired:
            codes[code] = codes.get(code, 0) + 1
    statuses: dict[str, dict[str, int]] = {}
    for result in scored:
        for category, status in result["statuses"].items():
            counts = statuses.setdefault(category, dict.fromkeys(STATUS_COLUMNS, 0))
            counts[status] = counts.get(status, 0) + 1
    return {"contracts": len(scored), "fires_on": dict(sorted(codes.items())), "statuses": statuses}


def evaluate(
    cuad_dir: Path, limit: int | None = None, workers: int | None = None
) -> dict[str, Any]:
    """Run both measurements over the CUAD text files."""
    from clausecheck.classify import load_model

    paths = sorted((cuad_dir / "txt").glob("*.txt"))[:limit]
    workers = workers or max(1, min(os.cpu_count() or 1, 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_analyse_one, map(str, paths), chunksize=4))
    annotations = load_annotations(cuad_dir)
    metadata = load_model().metadata
    halves = {split: [r for r in results if split_of(r["name"]) == split] for split in SPLITS}
    half_contracts = {split: contract_metrics(half, annotations) for split, half in halves.items()}
    return {
        "dataset": "CUAD v1 (The Atticus Project, CC BY 4.0), ../shared/cuad/txt",
        "model_sha256": metadata.get("sha256"),
        "corpus_sha256": metadata.get("corpus_sha256"),
        "contracts": len(paths),
        "errors": [r for r in results if "error" in r],
        "clauses": clause_metrics(results),
        "clauses_strict": clause_metrics(results, strict=True),
        "whole_contracts": {
            **contract_metrics(results, annotations),
            # Which contracts were missed is study material: listed for the study half only.
            "misses": half_contracts[STUDY]["misses"],
        },
        "splits": {
            split: {
                "contracts": len(half),
                "clauses": clause_metrics(half),
                "whole_contracts": {
                    k: v for k, v in half_contracts[split].items() if k != "misses"
                },
            }
            for split, half in halves.items()
        },
        "checks": check_rates(results),
        # Key terms are measured in the same pass (one analysis per contract): per half only,
        # since the goals and the guard are about contracts never studied.
        "key_terms": {split: key_term_metrics(half, annotations) for split, half in halves.items()},
        "samples": sample_figures(),
        "_results": results,
    }


def evaluate_key_terms(
    cuad_dir: Path, kind: str = "pdf", limit: int | None = None, workers: int | None = None
) -> dict[str, Any]:
    """The key-term measurement alone, over CUAD's ``pdf`` (or ``txt``) files: the PDF check."""
    paths = sorted((cuad_dir / kind).glob(f"*.{kind}"))[:limit]
    workers = workers or max(1, min(os.cpu_count() or 1, 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(_analyse_one, map(str, paths), chunksize=2))
    annotations = load_annotations(cuad_dir)
    halves = {split: [r for r in results if split_of(r["name"]) == split] for split in SPLITS}
    return {
        "contracts": len(paths),
        "errors": [r for r in results if "error" in r],
        "key_terms": {split: key_term_metrics(half, annotations) for split, half in halves.items()},
    }


SAMPLE_LABELS = ("scope", "sla")
"""Rare in CUAD's SEC filings, so also measured on our own sample agreements."""


def sample_figures() -> dict[str, dict[str, Any]]:
    """Clause precision and recall for scope and SLA on the sample agreements (text form), by
    the same heading rule as on CUAD. The samples were written with the corpus but are not in
    the training data."""
    from clausecheck.samples import sample_paths

    results = [_analyse_one(str(path)) for path in sample_paths()]
    metrics = clause_metrics(results)
    return {label: metrics[label] for label in SAMPLE_LABELS}


GOAL_LABELS = ("governing_law", "waiver", "termination", "confidentiality", "pricing")


def headline_figures(evaluation: dict[str, Any]) -> dict[str, float]:
    """The figures --check guards: per-label clause P/R and the two contract accuracies, over
    all contracts and over the held-out half."""
    figures = {}
    scopes = [("", evaluation)]
    if "splits" in evaluation:
        scopes.append((f"{HELD_OUT}.", evaluation["splits"][HELD_OUT]))
    for prefix, scope in scopes:
        for label in GOAL_LABELS:
            for metric in ("precision", "recall"):
                figures[f"{prefix}clauses.{label}.{metric}"] = scope["clauses"][label][metric]
        for metric in ("presence_accuracy", "jurisdiction_accuracy"):
            figures[f"{prefix}contracts.{metric}"] = scope["whole_contracts"][metric]
    return figures


def card_section(evaluation: dict[str, Any]) -> str:
    """The model card's real-contract section, as Markdown."""
    clauses = evaluation["clauses"]
    contracts = evaluation["whole_contracts"]
    lines = [
        CARD_START,
        f"Measured on {evaluation['contracts']} contracts of CUAD v1 (The Atticus Project, CC BY 4.0) by "
        "`clausecheck evaluate`; the model has never seen them.",
        "",
        f"**Clauses** ({clauses['_examples']['total']} heading-labelled sections, "
        f"{clauses['_examples']['negatives']} of them other known kinds used as negatives; headings stripped):",
        "",
        "| Label | Precision | Recall | F1 | Support | False positives |",
        "|---|---|---|---|---|---|",
    ]
    for label in CATEGORIES:
        m = clauses[label]
        lines.append(
            f"| {label} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} | {m['false_positives']} |"
        )
    strict = evaluation["clauses_strict"]
    lines += [
        "",
        "Strict single-label precision (a second label of ours on a section headed as one of ours "
        "also counted wrong): "
        + ", ".join(f"{label} {strict[label]['precision']:.3f}" for label in CATEGORIES)
        + ".",
    ]
    lines += [
        "",
        f"**Whole contracts** ({contracts['contracts']}): governing-law presence right in "
        f"{contracts['presence_accuracy']:.1%}; jurisdiction named correctly in "
        f"{contracts['jurisdiction_accuracy']:.1%} of the {contracts['contracts_with_jurisdiction']} contracts "
        "whose CUAD answer names one.",
    ]
    splits = evaluation.get("splits")
    if splits:
        study, held = splits[STUDY], splits[HELD_OUT]
        lines += [
            "",
            f"**By half.** The contracts are split in two by a hash of their file names: a study "
            f"half ({study['contracts']} contracts), whose errors may be read to decide what the "
            f"corpus needs, and a held-out half ({held['contracts']}), which is never read. "
            "Precision / recall:",
            "",
            "| Label | Study half | Held-out half |",
            "|---|---|---|",
        ]
        for label in CATEGORIES:
            a, b = study["clauses"][label], held["clauses"][label]
            lines.append(
                f"| {label} | {a['precision']:.3f} / {a['recall']:.3f} | "
                f"{b['precision']:.3f} / {b['recall']:.3f} |"
            )
        for metric, name in (
            ("presence_accuracy", "governing-law presence"),
            ("jurisdiction_accuracy", "jurisdiction"),
        ):
            lines.append(
                f"| {name} (contracts) | {study['whole_contracts'][metric]:.1%} | "
                f"{held['whole_contracts'][metric]:.1%} |"
            )
    samples = evaluation.get("samples")
    if samples:
        lines += [
            "",
            "**Sample agreements** (`corpus/samples`, not in the training data; the same heading "
            "rule): "
            + "; ".join(
                f"{label} P {m['precision']:.3f} / R {m['recall']:.3f} (n={m['support']})"
                for label, m in samples.items()
            )
            + ".",
        ]
    lines.append(CARD_END)
    return "\n".join(lines)


def write_card(evaluation: dict[str, Any]) -> None:
    record = {k: v for k, v in evaluation.items() if not k.startswith("_")}
    record["headline"] = headline_figures(evaluation)
    EVALUATION_FILE.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    card = MODEL_CARD.read_text() if MODEL_CARD.exists() else ""
    MODEL_CARD.write_text(replace_marked(card, CARD_START, CARD_END, card_section(evaluation)))
    doc = CHECKS_DOC.read_text() if CHECKS_DOC.exists() else ""
    CHECKS_DOC.write_text(replace_marked(doc, CHECKS_START, CHECKS_END, checks_section(evaluation)))
    if "key_terms" in evaluation:
        write_key_terms(evaluation)


CHECKS_DOC = REPO_ROOT / "docs" / "checks.md"
CHECKS_START = "<!-- check-rates:start -->"
CHECKS_END = "<!-- check-rates:end -->"


def checks_section(evaluation: dict[str, Any]) -> str:
    """How often each check fires on real contracts, as Markdown (counts only, no CUAD text)."""
    checks = evaluation["checks"]
    total = checks["contracts"]
    lines = [
        CHECKS_START,
        f"Measured by `clausecheck evaluate --write-card` on {total} contracts of CUAD v1 "
        "(The Atticus Project, CC BY 4.0), call-centre playbook.",
        "",
        "| Check | Contracts it fires on | Share |",
        "|---|---|---|",
    ]
    fires_on = checks["fires_on"]
    families = {code: n for code, n in fires_on.items() if ": " not in code}
    for code, count in sorted(families.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"| `{code}` | {count} | {count / total:.0%} |")
        parts = {k: n for k, n in fires_on.items() if k.startswith(f"{code}: ")}
        for part, n in sorted(parts.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(
                f"| &nbsp;&nbsp;of which `{part.split(': ')[1]}` | {n} | {n / total:.0%} |"
            )
    lines += [
        "",
        "| Category | " + " | ".join(STATUS_COLUMNS) + " |",
        "|---|" + "---|" * len(STATUS_COLUMNS),
    ]
    for category, counts in checks["statuses"].items():
        lines.append(
            f"| {category} | " + " | ".join(str(counts.get(s, 0)) for s in STATUS_COLUMNS) + " |"
        )
    lines.append(CHECKS_END)
    return "\n".join(lines)


def check_against_record(evaluation: dict[str, Any]) -> list[str]:
    """Figures that dropped more than ALLOWED_DROP below the recorded ones."""
    recorded = json.loads(EVALUATION_FILE.read_text())["headline"]
    current = headline_figures(evaluation)
    return [
        f"{key}: {current[key]:.4f} < recorded {value:.4f} - {ALLOWED_DROP}"
        for key, value in recorded.items()
        if current.get(key, 0.0) < value - ALLOWED_DROP
    ]


def run_evaluation(args: argparse.Namespace) -> int:
    cuad_dir = Path(args.cuad) if args.cuad else DEFAULT_CUAD_DIR
    if not (cuad_dir / "txt").is_dir():
        raise ClausecheckError("E501", path=cuad_dir)
    started = time.perf_counter()
    if getattr(args, "pdf", False):
        measured = evaluate_key_terms(cuad_dir, "pdf", limit=args.limit)
        print(key_terms_section(measured["key_terms"]).split("\n", 1)[1].rsplit("\n", 1)[0])
        print(f"\n({time.perf_counter() - started:.0f} s; {len(measured['errors'])} unreadable)")
        if args.write_card:
            write_key_terms(measured, source="pdf")
        return 0
    evaluation = evaluate(cuad_dir, limit=args.limit)
    print(card_section(evaluation).replace(CARD_START, "").replace(CARD_END, "").strip())
    print("\n" + key_terms_section(evaluation["key_terms"]).split("\n", 1)[1].rsplit("\n", 1)[0])
    print(f"\n({time.perf_counter() - started:.0f} s; {len(evaluation['errors'])} unreadable)")
    if args.write_card:
        write_card(evaluation)
        print(
            f"recorded in {EVALUATION_FILE.relative_to(REPO_ROOT)} and {MODEL_CARD.relative_to(REPO_ROOT)}"
        )
    if args.check:
        drops = check_against_record(evaluation) + check_key_terms_against_record(evaluation)
        for line in drops:
            print(f"regression: {line}", file=sys.stderr)
        if drops:
            return 1
    if getattr(args, "dump", None):
        Path(args.dump).write_text(json.dumps(study_only(evaluation), indent=1))
    return 0


def study_only(evaluation: dict[str, Any]) -> dict[str, Any]:
    """The evaluation with the held-out half's sections and findings taken out, for reading."""
    return {
        **evaluation,
        "_results": [r for r in evaluation["_results"] if split_of(r["name"]) == STUDY],
    }


def misclassified(evaluation: dict[str, Any], label: str, kind: str = "fp") -> list[dict[str, Any]]:
    """Examples to study (study half only): false positives or false negatives for one label."""
    out = []
    for result in study_only(evaluation)["_results"]:
        for e in result.get("examples", []):
            if kind == "fp" and e["gold"] is None and label in e["predicted"]:
                out.append({"contract": result["name"], **e})
            if kind == "fn" and e["gold"] == label and label not in e["predicted"]:
                out.append({"contract": result["name"], **e})
    return out


__all__ = ["evaluate", "run_evaluation", "heading_label"]
