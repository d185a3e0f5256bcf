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
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(slots=True)
class Timing:
    """Wall-clock and CPU seconds (this process and its parsing children) of one step."""

    wall: float = 0.0
    cpu: float = 0.0

    def add(self, step: Callable[[], object]) -> object:
        wall, cpu = time.perf_counter(), _cpu_seconds()
        try:
            return step()
        finally:
            self.wall += time.perf_counter() - wall
            self.cpu += _cpu_seconds() - cpu


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def extract_text(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def analyze_or_none(path: Path, model):
    try:
        return analyze(path, model=model)
    except ClausecheckError:
        return None  # a scanned PDF still costs its reading time


def extract_and_analyze(paths: list[Path], model) -> tuple[Timing, Timing, int, list]:
    """Each PDF read by pdfplumber alone, then analysed, in turn, so that a change in the load
    of a shared machine falls on both alike."""
    raw, full = Timing(), Timing()
    pages = 0
    reports = []
    for path in paths:
        pages += raw.add(lambda path=path: extract_text(path))
        report = full.add(lambda path=path: analyze_or_none(path, model))
        if report is not None:
            reports.append(report)
    return raw, full, pages, reports


def classify_clauses(reports: list, model) -> tuple[int, Timing]:
    clauses = [c for report in reports for c in report.clauses if c.text.strip()]
    texts = [c.text for c in clauses]
    headings = [c.context_heading for c in clauses]
    _chunk_tokens.cache_clear()
    _heading_tokens.cache_clear()
    if model.cached_features is not None:
        model.cached_features.clear()
    timing = Timing()
    timing.add(lambda: model.predict(texts, headings))
    return len(texts), timing


def peak_memory(path: Path, isolate: bool = True) -> dict[str, float]:
    """Peak resident memory of analyze on ``path`` in a fresh process, parent and child, in MB.

    The parsing child is forked and shares the parent's pages until it writes to them, so the
    sum of the two peaks counts the shared pages twice; ``isolate=False`` parses in the one
    process, whose peak is the memory the pipeline itself needs. No time limit: a long document
    on a busy machine must be measured, not stopped."""
    probe = (
        "import json, resource, sys\n"
        "from clausecheck.analysis import analyze\n"
        "from clausecheck.classify import load_model\n"
        "from clausecheck.ingest import Limits\n"
        "model = load_model()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "limits = Limits(seconds=None, isolate=sys.argv[2] == 'isolate')\n"
        "report = analyze(sys.argv[1], model=model, limits=limits)\n"
        "print(json.dumps({'model_loaded': before / 1024,"
        " 'parent': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'child': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,"
        " 'pages': report.document.pages, 'clauses': len(report.clauses)}))\n"
    )
    mode = "isolate" if isolate else "in-process"
    out = subprocess.run(
        [sys.executable, "-c", probe, str(path), mode], capture_output=True, text=True
    )
    if out.returncode != 0:
        sys.exit(f"the memory probe failed on {path.name}: {out.stderr.strip().splitlines()[-1]}")
    return json.loads(out.stdout)


def page_count(path: Path) -> int:
    """Pages of a PDF, counted quickly with pypdfium2 (installed with pdfplumber)."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


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

    raw, full, pages, reports = extract_and_analyze(paths, model)
    with tempfile.TemporaryDirectory() as scratch:
        out_dir = Path(scratch, "batch")
        batch_time = Timing()
        batch = batch_time.add(
            lambda: run_batch(paths, out_dir, workers=args.workers, progress=False)
        )
        hits = cache_hit_ms(out_dir, paths)
    clause_count, classify_time = classify_clauses(reports, model)
    largest = max(every_pdf, key=lambda p: p.stat().st_size)
    longest = max(every_pdf, key=page_count)
    memories = {path: peak_memory(path) for path in dict.fromkeys([largest, longest])}
    single = {path: peak_memory(path, isolate=False)["parent"] for path in memories}

    raw_rate, one_rate = pages / raw.wall, pages / full.wall
    batch_rate = pages / batch.seconds
    ratio, speedup = one_rate / raw_rate, batch_rate / one_rate
    cpu_ratio = raw.cpu / full.cpu
    classify_rate = clause_count / classify_time.wall
    hit = statistics.median(hits)
    print(f"{date.today().isoformat()}: {header}.")
    print(
        f"{len(paths)} PDFs, {pages} pages (CUAD v1, first {len(paths)} by name); batch with "
        f"{args.workers} workers; {len(batch.failed)} of them failed in the batch."
    )
    print()
    print("| Measure | Result | Goal | |")
    print("|---|---|---|---|")
    print(
        f"| pdfplumber `extract_text` | {raw_rate:.2f} pages/s ({raw.wall:.1f} s; "
        f"{raw.cpu:.1f} s CPU) | | |"
    )
    print(
        f"| `analyze`, one worker | {one_rate:.2f} pages/s ({full.wall:.1f} s; {full.cpu:.1f} s "
        f"CPU); {ratio:.2f}× `extract_text` ({cpu_ratio:.2f}× by CPU time) | "
        f"≥ {GOALS['analyze_vs_extract']}× | {verdict(ratio >= GOALS['analyze_vs_extract'])} |"
    )
    print(
        f"| `batch`, {args.workers} workers | {batch_rate:.2f} pages/s ({batch.seconds:.1f} s); "
        f"{speedup:.2f}× one worker; it had {batch_time.cpu / batch_time.wall:.2f} cores busy "
        f"(CPU s / wall s) | ≥ {GOALS['batch_speedup']}× | "
        f"{verdict(speedup >= GOALS['batch_speedup'])} |"
    )
    print(
        f"| `classify` | {classify_rate:,.0f} clauses/s ({clause_count} clauses, "
        f"{classify_time.wall:.2f} s, cold caches; {clause_count / classify_time.cpu:,.0f} "
        f"by CPU time) | ≥ {GOALS['classify_per_s']:,} | "
        f"{verdict(classify_rate >= GOALS['classify_per_s'])} |"
    )
    for path, memory in memories.items():
        kind = "largest file" if path == largest else "most pages"
        total = memory["parent"] + memory["child"]
        needed = single[path]
        print(
            f"| peak memory, `analyze` on the PDF with the {kind} "
            f"({path.stat().st_size / 1e6:.1f} MB, {memory['pages']} pages) | {total:.0f} MB: "
            f"parent {memory['parent']:.0f} MB (model loaded {memory['model_loaded']:.0f} MB) "
            f"+ parsing child {memory['child']:.0f} MB; parsed in one process: {needed:.0f} MB "
            f"| < {GOALS['peak_mb']} MB | {verdict(total < GOALS['peak_mb'])} (sum), "
            f"{verdict(needed < GOALS['peak_mb'])} (one process) |"
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
