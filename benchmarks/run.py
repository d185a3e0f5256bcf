"""Speed and memory of clausecheck on CUAD PDFs, side by side in one run (``make bench``).

    .venv/bin/python benchmarks/run.py [--count 20] [--workers N] [--cuad ../shared/cuad]

Measures, on the first ``--count`` PDFs by name in ``../shared/cuad/pdf``:

1. pages per second of raw pdfplumber ``extract_text``;
2. pages per second of the full ``analyze`` pipeline on one worker (this process, model loaded);
3. pages per second of ``run_batch`` with all cores (a fresh output folder);
4. clauses per second of ``classify`` on the clauses of those PDFs (token caches emptied first);
5. peak memory of ``analyze`` on the largest PDF in the folder (a fresh process; parent and
   parsing child measured separately, since the child is forked and shares the parent's pages);
6. the time to re-open an analysed document from the batch folder (``load_cached``).

Prints a Markdown section with the machine and the goals; docs/benchmarks.md records it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import pdfplumber

from clausecheck.analysis import analyze
from clausecheck.batch import load_cached, run_batch
from clausecheck.classify import _chunk_tokens, _heading_tokens, load_model
from clausecheck.errors import ClausecheckError

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CUAD = ROOT.parent / "shared" / "cuad"
GOALS = {
    "analyze_vs_extract": 0.9,
    "batch_speedup": 1.8,
    "classify_per_s": 5000,
    "peak_mb": 600,
    "cache_hit_ms": 50,
}
"""The goals of issue 6."""


def machine() -> str:
    """CPU model, cores, memory, Python and pdfplumber versions, and the load at the time."""
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    kib = int(Path("/proc/meminfo").read_text().split()[1])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{cpu}, {os.cpu_count()} cores, {kib / 1024 / 1024:.0f} GiB RAM, {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"pdfplumber {pdfplumber.__version__}; load average {load} at the start"
    )


def extract_text_pages_per_second(paths: list[Path]) -> tuple[float, int]:
    started = time.perf_counter()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            pages += len(pdf.pages)
            for page in pdf.pages:
                page.extract_text()
                page.close()
    return time.perf_counter() - started, pages


def analyze_one_worker(paths: list[Path], model) -> tuple[float, list]:
    reports = []
    started = time.perf_counter()
    for path in paths:
        try:
            reports.append(analyze(path, model=model))
        except ClausecheckError:
            pass  # a scanned PDF still costs its reading time
    return time.perf_counter() - started, reports


def classify_clauses_per_second(reports: list, model) -> tuple[int, float]:
    clauses = [c for report in reports for c in report.clauses if c.text.strip()]
    texts = [c.text for c in clauses]
    headings = [c.context_heading for c in clauses]
    _chunk_tokens.cache_clear()
    _heading_tokens.cache_clear()
    if model.cached_features is not None:
        model.cached_features.word_columns.clear()
    started = time.perf_counter()
    model.predict(texts, headings)
    return len(texts), time.perf_counter() - started


def peak_memory(path: Path) -> dict[str, float]:
    """Peak resident memory of analyze on ``path`` in a fresh process, parent and child, in MB."""
    probe = (
        "import json, resource, sys\n"
        "from clausecheck.analysis import analyze\n"
        "from clausecheck.classify import load_model\n"
        "model = load_model()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "report = analyze(sys.argv[1], model=model)\n"
        "print(json.dumps({'model_loaded': before / 1024,"
        " 'parent': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'child': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,"
        " 'pages': report.document.pages, 'clauses': len(report.clauses)}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def cache_hit_ms(out_dir: Path, paths: list[Path]) -> list[float]:
    times = []
    for path in paths:
        data = path.read_bytes()
        started = time.perf_counter()
        report = load_cached(out_dir, data)
        elapsed = time.perf_counter() - started
        if report is not None:
            times.append(elapsed * 1000)
    return times


def verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20, help="PDFs to time (first by name)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cuad", default=str(DEFAULT_CUAD))
    args = parser.parse_args()
    folder = Path(args.cuad, "pdf")
    every_pdf = sorted(folder.glob("*.pdf"))
    if not every_pdf:
        sys.exit(f"no PDFs in {folder}; the benchmarks need ../shared/cuad")
    paths = every_pdf[: args.count]
    header = machine()
    model = load_model()
    analyze(paths[0], model=model)  # warm the spaCy pipeline and regexes outside the timing

    raw_seconds, pages = extract_text_pages_per_second(paths)
    one_seconds, reports = analyze_one_worker(paths, model)
    with tempfile.TemporaryDirectory() as scratch:
        out_dir = Path(scratch, "batch")
        batch = run_batch(paths, out_dir, workers=args.workers, progress=False)
        hits = cache_hit_ms(out_dir, paths)
    clause_count, classify_seconds = classify_clauses_per_second(reports, model)
    largest = max(every_pdf, key=lambda p: p.stat().st_size)
    memory = peak_memory(largest)

    raw_rate, one_rate = pages / raw_seconds, pages / one_seconds
    batch_rate = pages / batch.seconds
    ratio, speedup = one_rate / raw_rate, batch_rate / one_rate
    classify_rate = clause_count / classify_seconds
    peak = memory["parent"] + memory["child"]
    hit = statistics.median(hits)
    print(f"{date.today().isoformat()}: {header}.")
    print(
        f"{len(paths)} PDFs, {pages} pages (CUAD v1, first {len(paths)} by name); batch with "
        f"{args.workers} workers; {len(batch.failed)} of them failed in the batch."
    )
    print()
    print("| Measure | Result | Goal | |")
    print("|---|---|---|---|")
    print(f"| pdfplumber `extract_text` | {raw_rate:.2f} pages/s ({raw_seconds:.1f} s) | | |")
    print(
        f"| `analyze`, one worker | {one_rate:.2f} pages/s ({one_seconds:.1f} s); "
        f"{ratio:.2f}× `extract_text` | ≥ {GOALS['analyze_vs_extract']}× | "
        f"{verdict(ratio >= GOALS['analyze_vs_extract'])} |"
    )
    print(
        f"| `batch`, {args.workers} workers | {batch_rate:.2f} pages/s ({batch.seconds:.1f} s); "
        f"{speedup:.2f}× one worker | ≥ {GOALS['batch_speedup']}× | "
        f"{verdict(speedup >= GOALS['batch_speedup'])} |"
    )
    print(
        f"| `classify` | {classify_rate:,.0f} clauses/s ({clause_count} clauses, "
        f"{classify_seconds:.2f} s, cold caches) | ≥ {GOALS['classify_per_s']:,} | "
        f"{verdict(classify_rate >= GOALS['classify_per_s'])} |"
    )
    print(
        f"| peak memory, `analyze` on the largest PDF ({largest.stat().st_size / 1e6:.1f} MB, "
        f"{memory['pages']} pages) | {peak:.0f} MB: parent {memory['parent']:.0f} MB "
        f"(model loaded {memory['model_loaded']:.0f} MB) + parsing child {memory['child']:.0f} MB"
        f" | < {GOALS['peak_mb']} MB | {verdict(peak < GOALS['peak_mb'])} |"
    )
    print(
        f"| cache hit (`load_cached`) | median {hit:.1f} ms, worst {max(hits):.1f} ms "
        f"({len(hits)} documents) | < {GOALS['cache_hit_ms']} ms | "
        f"{verdict(hit < GOALS['cache_hit_ms'])} |"
    )
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print()
    print(f"Load average at the end: {load}.")


if __name__ == "__main__":
    main()
