"""Seconds per page: the full `analyze` pipeline next to raw pdfplumber `extract_text`.

Same PDFs, same process, same run; the model is loaded before timing. Usage:

    .venv/bin/python benchmarks/analyze_vs_extract.py [--count 20] [--cuad ../shared/cuad]

Prints a Markdown table (`make bench`); docs/benchmarks.md records the results.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

import pdfplumber

from clausecheck.analysis import analyze
from clausecheck.classify import load_model
from clausecheck.errors import ClausecheckError

ROOT = Path(__file__).resolve().parent.parent


def extract_text_seconds(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_text()
            page.close()
    return time.perf_counter() - started, pages


def analyze_seconds(path: Path, model) -> float:
    started = time.perf_counter()
    try:
        analyze(path, model=model)
    except ClausecheckError:
        pass  # a scanned PDF still costs its reading time
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--cuad", default=str(ROOT.parent / "shared" / "cuad"))
    args = parser.parse_args()
    paths = sorted(Path(args.cuad, "pdf").glob("*.pdf"))[: args.count]
    model = load_model()
    analyze(paths[0], model=model)  # warm caches (spaCy pipeline, regexes) outside the timing
    rows = []
    for path in paths:
        raw, pages = extract_text_seconds(path)
        full = analyze_seconds(path, model)
        rows.append((path.name, pages, raw, full))
    pages = sum(r[1] for r in rows)
    raw_total = sum(r[2] for r in rows)
    full_total = sum(r[3] for r in rows)
    print(
        f"Machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}, "
        f"pdfplumber {pdfplumber.__version__}; {len(rows)} PDFs, {pages} pages (CUAD v1, first {len(rows)} by name)."
    )
    print()
    print("| Step | Total seconds | Seconds per page | Pages per second |")
    print("|---|---|---|---|")
    print(
        f"| pdfplumber `extract_text` | {raw_total:.1f} | {raw_total / pages:.3f} | {pages / raw_total:.1f} |"
    )
    print(
        f"| clausecheck `analyze` (one worker) | {full_total:.1f} | {full_total / pages:.3f} | {pages / full_total:.1f} |"
    )
    print()
    print(
        f"`analyze` / `extract_text` time ratio: {full_total / raw_total:.2f} "
        f"(median per document {statistics.median(r[3] / r[2] for r in rows):.2f})."
    )


if __name__ == "__main__":
    main()
