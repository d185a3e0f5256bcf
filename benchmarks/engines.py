"""Do the two PDF engines give the same reports? Both engines on CUAD PDFs, side by side.

    .venv/bin/python benchmarks/engines.py [--every 1] [--workers 2] [--cuad ../shared/cuad]

For each PDF (every ``--every``-th of ``../shared/cuad/pdf`` by name; 1 means all 414), analyses
it with ``engine="pdfplumber"`` and ``engine="pdfium"`` (the real ``analyze``, parsing child and
all) and compares the reports: the status of each category, the governing-law figures of
``clausecheck evaluate`` (presence and jurisdiction against CUAD's answers), the key-term figures
of ``clausecheck evaluate`` (each term scored against CUAD as ``evaluate_terms`` does), the clause headings
(which shows the heading rules) and the clause texts (a running header or footer that one
engine failed to drop shows up in the text of the clauses around it), and the time each took.

Figures are printed per half (``evaluate.split_of``): the study half's disagreements are listed
by contract, the held-out half's only counted. Results are cached per PDF in
``build/engines/`` so an interrupted run resumes; docs/benchmarks.md records a run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from clausecheck.evaluate import (
    HELD_OUT,
    STUDY,
    contract_metrics,
    load_annotations,
    split_of,
)
from clausecheck.evaluate_terms import key_term_metrics, record_terms
from clausecheck.types import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CUAD = ROOT.parent / "shared" / "cuad"
CACHE = ROOT / "build" / "engines"
ENGINES = ("pdfplumber", "pdfium")


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def analyse_both(path: str) -> dict[str, Any]:
    """Worker: one PDF through both engines; what the comparison needs of each report."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.errors import ClausecheckError

    out: dict[str, Any] = {"name": Path(path).stem}
    for engine in ENGINES:
        started, wall = _cpu_seconds(), time.perf_counter()
        try:
            report = analyze(path, model=load_model(), engine=engine)
        except ClausecheckError as exc:
            out[engine] = {"error": exc.code}
            continue
        law = report.finding("governing_law")
        out[engine] = {
            "cpu": _cpu_seconds() - started,
            "wall": time.perf_counter() - wall,
            "pages": report.document.pages,
            "engine": report.document.engine,
            "statuses": {f.category: f.status for f in report.findings},
            "law_found": bool(law and law.clause_ids),
            "jurisdiction": (law.terms.get("jurisdiction") or []) if law else [],
            "headings": sorted({_normal(c.heading) for c in report.clauses if c.heading}),
            "texts": sorted({_normal(c.text)[:200] for c in report.clauses if c.text.strip()}),
            "key_terms": record_terms(report.key_terms),
        }
    return out


def _cpu_seconds() -> float:
    """Processor seconds of this process and its reaped children (the parsing child)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def cached_results(paths: list[Path], workers: int, cache: Path = CACHE) -> list[dict[str, Any]]:
    cache.mkdir(parents=True, exist_ok=True)
    todo = [p for p in paths if not (cache / f"{p.stem}.json").exists()]
    if todo:
        print(f"analysing {len(todo)} PDFs with both engines ({workers} workers)", file=sys.stderr)
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for done, result in enumerate(pool.map(analyse_both, map(str, todo)), start=1):
                (cache / f"{result['name']}.json").write_text(json.dumps(result))
                print(f"  {done}/{len(todo)} {result['name'][:70]}", file=sys.stderr)
    return [json.loads((cache / f"{p.stem}.json").read_text()) for p in paths]


def jaccard(a: list[str], b: list[str]) -> float:
    union = set(a) | set(b)
    return len(set(a) & set(b)) / len(union) if union else 1.0


def compare(results: list[dict[str, Any]], annotations: dict, show: bool) -> dict[str, Any]:
    """The figures of one half."""
    both = [r for r in results if all("error" not in r[e] for e in ENGINES)]
    errors = {e: sorted(r[e]["error"] for r in results if "error" in r[e]) for e in ENGINES}
    same_errors = sum(
        1
        for r in results
        if any("error" in r[e] for e in ENGINES) and r[ENGINES[0]] == r[ENGINES[1]]
    )
    agree = total = 0
    differing: list[str] = []
    for r in both:
        a, b = (r[e]["statuses"] for e in ENGINES)
        for category in CATEGORIES:
            total += 1
            if a.get(category) == b.get(category):
                agree += 1
            elif show:
                differing.append(
                    f"{r['name'][:60]}: {category} {a.get(category)} -> {b.get(category)}"
                )
    law = {
        e: contract_metrics([{"name": r["name"], **r[e]} for r in both], annotations)
        for e in ENGINES
    }
    terms = {
        e: key_term_metrics(
            [{"name": r["name"], "key_terms": r[e].get("key_terms", {})} for r in both],
            annotations,
        )
        for e in ENGINES
    }
    pages = sum(r[ENGINES[0]]["pages"] for r in both)
    cpu = {e: sum(r[e]["cpu"] for r in both) for e in ENGINES}
    return {
        "contracts": len(results),
        "read_by_both": len(both),
        "errors": errors,
        "same_error": same_errors,
        "statuses_agree": agree,
        "statuses_total": total,
        "contracts_all_same": sum(
            1 for r in both if r[ENGINES[0]]["statuses"] == r[ENGINES[1]]["statuses"]
        ),
        "law": {e: {k: v for k, v in law[e].items() if k != "misses"} for e in ENGINES},
        "headings_jaccard": sum(jaccard(*(r[e]["headings"] for e in ENGINES)) for r in both)
        / max(len(both), 1),
        "texts_jaccard": sum(jaccard(*(r[e]["texts"] for e in ENGINES)) for r in both)
        / max(len(both), 1),
        "pages": pages,
        "cpu": cpu,
        "differing": differing,
        "key_terms": terms,
    }


def key_term_gaps(terms: dict[str, Any]) -> list[tuple[str, float, float]]:
    """Per key term: (name, pdfplumber figure, pdfium figure), accuracy or F1, in points."""
    rows = []
    for kind, field in (("values", "accuracy"), ("flags", "f1")):
        for name, plumber in terms[ENGINES[0]][kind].items():
            pdfium = terms[ENGINES[1]][kind][name]
            if kind == "values" and not plumber["contracts"]:
                continue
            rows.append((name, 100 * plumber[field], 100 * pdfium[field]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=int, default=1, help="every N-th PDF by name (1: all)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cuad", default=str(DEFAULT_CUAD))
    parser.add_argument("--cache", default=str(CACHE), help="folder of per-PDF results")
    args = parser.parse_args()
    cuad = Path(args.cuad)
    paths = sorted((cuad / "pdf").glob("*.pdf"))[:: args.every]
    if not paths:
        sys.exit(f"no PDFs in {cuad / 'pdf'}; this benchmark needs ../shared/cuad")
    results = cached_results(paths, args.workers, Path(args.cache))
    annotations = load_annotations(cuad)
    print(f"{date.today().isoformat()}: {len(paths)} CUAD PDFs (every {args.every}), both engines.")
    print()
    print(
        "| Half | PDFs | Statuses the same | Contracts with all 7 the same | Headings (Jaccard) | Clause texts (Jaccard) | Governing law found right: pdfplumber / pdfium | Jurisdiction right: pdfplumber / pdfium | Refused: pdfplumber / pdfium | CPU s per page: pdfplumber / pdfium |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    halves = {}
    for half in (STUDY, HELD_OUT):
        part = [r for r in results if split_of(r["name"]) == half]
        figures = halves[half] = compare(part, annotations, show=half == STUDY)
        law = figures["law"]
        print(
            f"| {half} | {figures['contracts']} | {figures['statuses_agree']}/{figures['statuses_total']} "
            f"({100 * figures['statuses_agree'] / max(figures['statuses_total'], 1):.1f}%) "
            f"| {figures['contracts_all_same']}/{figures['read_by_both']} "
            f"| {figures['headings_jaccard']:.3f} | {figures['texts_jaccard']:.3f} "
            f"| {100 * law['pdfplumber']['presence_accuracy']:.1f}% / {100 * law['pdfium']['presence_accuracy']:.1f}% "
            f"| {100 * law['pdfplumber']['jurisdiction_accuracy']:.1f}% / {100 * law['pdfium']['jurisdiction_accuracy']:.1f}% "
            f"({law['pdfium']['contracts_with_jurisdiction']} with an answer) "
            f"| {len(figures['errors']['pdfplumber'])} / {len(figures['errors']['pdfium'])} "
            f"| {figures['cpu']['pdfplumber'] / max(figures['pages'], 1):.3f} / "
            f"{figures['cpu']['pdfium'] / max(figures['pages'], 1):.3f} |"
        )
    print()
    print()
    print("| Half | Key terms | Mean: pdfplumber / pdfium | Largest difference |")
    print("|---|---|---|---|")
    for half, figures in halves.items():
        gaps = key_term_gaps(figures["key_terms"])
        worst = max(gaps, key=lambda g: abs(g[1] - g[2]))
        mean = [sum(g[i] for g in gaps) / len(gaps) for i in (1, 2)]
        print(
            f"| {half} | {len(gaps)} | {mean[0]:.1f} / {mean[1]:.1f} "
            f"| {abs(worst[1] - worst[2]):.1f} points (`{worst[0]}`: {worst[1]:.1f} / {worst[2]:.1f}) |"
        )
    study = halves[STUDY]
    print(
        f"Refusals (study half): pdfplumber {study['errors']['pdfplumber']}, pdfium {study['errors']['pdfium']}."
    )
    print("Status differences in the study half (pdfplumber -> pdfium):")
    for line in study["differing"]:
        print(f"- {line}")


if __name__ == "__main__":
    main()
