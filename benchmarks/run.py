"""Speed and memory of clausecheck, side by side in one run (``make bench``).

    .venv/bin/python benchmarks/run.py [--count 20] [--workers N] [--repeat 3] [--cuad ../shared/cuad]

Every figure is measured in this run, each throughput in a fresh process of its own, and the
ones that depend on the machine are given as ratios to something measured beside them:

1. reading the first ``--count`` CUAD PDFs (by name): raw pdfplumber ``extract_text`` (nothing
   else loaded), raw pypdfium2 text (for reference), and the whole ``analyze`` pipeline with
   each engine (model and spaCy loaded first; each PDF parsed in a forked child as always, which
   freezes the inherited heap with ``gc.freeze()``, so neither side pays for the other's garbage
   collector). Pages per second by wall and by CPU time (the process and its children);
2. ``clausecheck analyze`` as a user runs it (a fresh process, start-up included): on a small
   text agreement and on a 15-page PDF with each engine; the median of ``--repeat`` runs, and
   the peak resident memory of the largest process (``os.wait4``: the command or its parsing
   child, whichever is larger; the child shares the command's pages, so they are not added);
3. ``clausecheck batch`` on the same PDFs with all cores and with one worker;
4. a re-run of ``clausecheck batch`` in which every report is cached, on the CUAD text files
   (414 documents), beside the time to read and hash those files alone.

Prints a Markdown section (machine, load, goals); docs/benchmarks.md records it. The goals are
issue 20's. Nothing here is asserted by the test suite: timings belong to the machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CUAD = ROOT.parent / "shared" / "cuad"
SMALL_TEXT = ROOT / "corpus" / "samples" / "contact-centre-vague.txt"
"""The small text agreement: the shortest sample (about 1,400 words)."""
LONG_PDF_PAGES = 15
CACHE_FOLDER = ROOT / "build" / "bench" / "cached-batch"
"""A batch output folder of the CUAD text files, kept between runs: filling it takes minutes,
re-running over it is what is measured."""
CLI = [sys.executable, "-m", "clausecheck.cli"]
GOALS = {
    "small_text_s": 1.5,
    "long_pdf_s": {"pdfplumber": 3.0, "pdfium": 1.5},
    "peak_mib": 250,
    "vs_extract": {"pdfplumber": 0.95, "pdfium": 8.0},
    "batch_speedup": 1.8,
    "cached_rerun_s": 10.0,
}
"""Issue 20's goals."""

READ_PROBE = r"""
import json, os, sys, time
mode, paths = sys.argv[1], json.loads(sys.argv[2])

def cpu():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system

if mode == "extract_text":
    import pdfplumber

    def read(path):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()
            return len(pdf.pages)
elif mode == "pdfium_text":
    import pypdfium2

    def read(path):
        document = pypdfium2.PdfDocument(path)
        for page in document:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pages = len(document)
        document.close()
        return pages
else:
    from clausecheck.analysis import analyze
    from clausecheck.batch import warm_worker
    from clausecheck.errors import ClausecheckError

    warm_worker()  # model and spaCy, as a batch worker or the page has them

    def read(path):
        try:
            return analyze(path, engine=mode).document.pages
        except ClausecheckError:
            return 0  # a scanned PDF still costs its reading time

wall, used = time.perf_counter(), cpu()
pages = sum(read(path) for path in paths)
print(json.dumps({"pages": pages, "wall": time.perf_counter() - wall, "cpu": cpu() - used}))
"""


STARTUP_PROBE = r"""
import json, sys, time
clock = time.perf_counter
marks = [("start", clock())]
import clausecheck.cli
marks.append(("the command line", clock()))
import clausecheck.analysis
marks.append(("the pipeline's modules (spaCy among them)", clock()))
from clausecheck.nlp import get_nlp
get_nlp()
marks.append(("building the spaCy pipeline", clock()))
from clausecheck.classify import load_model
model = load_model()
marks.append(("loading the model", clock()))
clausecheck.analysis.analyze(sys.argv[1], model=model)
marks.append(("analysing the agreement", clock()))
print(json.dumps([(name, end - start) for (_, start), (name, end) in zip(marks, marks[1:])]))
"""
"""Where a fresh ``analyze`` of the small text agreement spends its time, step by step."""


@dataclass(slots=True)
class Throughput:
    pages: int
    wall: float
    cpu: float

    @property
    def rate(self) -> float:
        return self.pages / self.wall

    @property
    def cpu_rate(self) -> float:
        return self.pages / self.cpu


def machine() -> str:
    """CPU model, cores, memory, Python and library versions."""
    from importlib.metadata import version

    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    kib = int(Path("/proc/meminfo").read_text().split()[1])
    return (
        f"{cpu}, {os.cpu_count()} cores, {kib / 1024 / 1024:.0f} GiB RAM, {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, pdfplumber "
        f"{version('pdfplumber')}, pypdfium2 {version('pypdfium2')}"
    )


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def read_in_fresh_process(mode: str, paths: list[Path]) -> Throughput:
    out = subprocess.run(
        [sys.executable, "-c", READ_PROBE, mode, json.dumps([str(p) for p in paths])],
        capture_output=True,
        text=True,
    )
    if out.returncode != 0:
        sys.exit(f"{mode} failed: {out.stderr.strip()[-500:]}")
    return Throughput(**json.loads(out.stdout.strip().splitlines()[-1]))


@dataclass(slots=True)
class Command:
    wall: float
    peak_mib: float


def timed_command(argv: list[str], cwd: Path | None = None) -> Command:
    """Wall time and the peak resident memory of the largest process of one command run."""
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, text=True
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 2):
        sys.exit(f"{' '.join(argv)} failed: {process.stderr.read()[-500:]}")
    return Command(wall, usage.ru_maxrss / 1024)


def startup_steps(repeat: int) -> list[tuple[str, float]]:
    """The median seconds of each step of a fresh analysis of ``SMALL_TEXT``."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", STARTUP_PROBE, str(SMALL_TEXT)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return [
        (name, statistics.median(run[i][1] for run in runs)) for i, (name, _) in enumerate(runs[0])
    ]


def median_command(argv: list[str], repeat: int) -> Command:
    runs = [timed_command(argv) for _ in range(repeat)]
    return Command(
        statistics.median(r.wall for r in runs), statistics.median(r.peak_mib for r in runs)
    )


def page_count(path: Path) -> int:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


def batch_seconds(paths: list[Path], workers: int, engine: str) -> float:
    """Wall seconds of ``clausecheck batch`` into a fresh folder (a fresh process)."""
    with tempfile.TemporaryDirectory() as scratch:
        argv = [*CLI, "batch", *map(str, paths), "--out", scratch, "--workers", str(workers)]
        return timed_command([*argv, "--engine", engine]).wall


def hash_seconds(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()
    return time.perf_counter() - started


def verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20, help="PDFs to read (first by name)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3, help="runs per command timing")
    parser.add_argument("--cuad", default=str(DEFAULT_CUAD))
    parser.add_argument("--cache", default=str(CACHE_FOLDER), help="cached batch folder")
    args = parser.parse_args()
    cache = Path(args.cache)
    cuad = Path(args.cuad)
    every_pdf = sorted((cuad / "pdf").glob("*.pdf"))
    texts = sorted((cuad / "txt").glob("*.txt"))
    if not every_pdf or not texts:
        sys.exit(f"no CUAD files in {cuad}; the benchmarks need ../shared/cuad")
    paths = every_pdf[: args.count]
    long_pdf = next(p for p in every_pdf if page_count(p) == LONG_PDF_PAGES)
    print(f"{date.today().isoformat()}: {machine()}.", flush=True)
    print(f"Load average at the start: {load()}.\n", flush=True)

    reads = {
        mode: read_in_fresh_process(mode, paths)
        for mode in ("extract_text", "pdfium_text", "pdfplumber", "pdfium")
    }
    raw = reads["extract_text"]
    small = median_command([*CLI, "analyze", str(SMALL_TEXT)], args.repeat)
    steps = startup_steps(args.repeat)
    long = {
        engine: median_command([*CLI, "analyze", str(long_pdf), "--engine", engine], args.repeat)
        for engine in ("pdfplumber", "pdfium")
    }
    batches = {
        (engine, workers): batch_seconds(paths, workers, engine)
        for engine in ("pdfplumber", "pdfium")
        for workers in (1, args.workers)
    }
    cache.parent.mkdir(parents=True, exist_ok=True)
    filled_before = (cache / "summary.csv").is_file()
    fill = timed_command([*CLI, "batch", str(cuad / "txt"), "--out", str(cache)])
    hashing = hash_seconds(texts)
    rerun = median_command([*CLI, "batch", str(cuad / "txt"), "--out", str(cache)], args.repeat)

    pages = raw.pages
    print(
        f"Reading: the first {len(paths)} CUAD PDFs by name ({pages} pages), each way in a "
        "fresh process.\n"
    )
    print("| Reader | Pages/s (wall) | Pages/s (CPU) | × `extract_text` (wall; CPU) | Goal | |")
    print("|---|---|---|---|---|---|")
    names = {
        "extract_text": "pdfplumber `extract_text` alone",
        "pdfium_text": "pypdfium2 text alone (reference)",
        "pdfplumber": "`analyze`, engine pdfplumber (whole pipeline)",
        "pdfium": "`analyze`, engine pdfium (whole pipeline)",
    }
    for mode, result in reads.items():
        ratio, cpu_ratio = result.rate / raw.rate, result.cpu_rate / raw.cpu_rate
        goal = GOALS["vs_extract"].get(mode)
        mark = f"≥ {goal}×" if goal else ""
        met = verdict(ratio >= goal) if goal else ""
        print(
            f"| {names[mode]} | {result.rate:.1f} | {result.cpu_rate:.1f} | {ratio:.2f}×; "
            f"{cpu_ratio:.2f}× | {mark} | {met} |"
        )
    print()
    print(f"`clausecheck analyze` in a fresh process, median of {args.repeat} runs.\n")
    print("| Command | Wall | Peak memory | Goal | |")
    print("|---|---|---|---|---|")
    print(
        f"| small text agreement ({SMALL_TEXT.name}, {SMALL_TEXT.stat().st_size // 1024} KB) "
        f"| {small.wall:.2f} s | {small.peak_mib:.0f} MiB | < {GOALS['small_text_s']} s, "
        f"< {GOALS['peak_mib']} MiB | {verdict(small.wall < GOALS['small_text_s'])}, "
        f"{verdict(small.peak_mib < GOALS['peak_mib'])} |"
    )
    for engine, result in long.items():
        goal = GOALS["long_pdf_s"][engine]
        print(
            f"| {LONG_PDF_PAGES}-page PDF ({long_pdf.name[:40]}…), `--engine {engine}` "
            f"| {result.wall:.2f} s | {result.peak_mib:.0f} MiB | < {goal} s, "
            f"< {GOALS['peak_mib']} MiB | {verdict(result.wall < goal)}, "
            f"{verdict(result.peak_mib < GOALS['peak_mib'])} |"
        )
    print()
    print(
        "Where the small text agreement's time goes (a fresh Python process, median of "
        f"{args.repeat}; the interpreter's own start is not included):\n"
    )
    print("| Step | Seconds |")
    print("|---|---|")
    for name, seconds in steps:
        print(f"| {name} | {seconds:.2f} |")
    print()
    print(f"`clausecheck batch` on the same {len(paths)} PDFs, into a fresh folder.\n")
    print("| Engine | 1 worker | " + f"{args.workers} workers | Speed-up | Goal | |")
    print("|---|---|---|---|---|---|")
    for engine in ("pdfplumber", "pdfium"):
        one, many = batches[(engine, 1)], batches[(engine, args.workers)]
        print(
            f"| {engine} | {one:.1f} s ({pages / one:.1f} pages/s) | {many:.1f} s "
            f"({pages / many:.1f} pages/s) | {one / many:.2f}× | ≥ {GOALS['batch_speedup']}× "
            f"| {verdict(one / many >= GOALS['batch_speedup'])} |"
        )
    print()
    filled = (
        "by an earlier run; this run's first pass reused what it could"
        if filled_before
        else f"by this run, in {fill.wall:.0f} s"
    )
    print(
        f"A cached re-run: `clausecheck batch` over the {len(texts)} CUAD text files into a "
        f"folder that already holds their reports (filled {filled}).\n"
    )
    print("| Measure | Result | Goal | |")
    print("|---|---|---|---|")
    print(
        f"| re-run, every report reused (fresh process, median of {args.repeat}) "
        f"| {rerun.wall:.2f} s ({rerun.wall / hashing:.1f}× the hashing below), "
        f"{rerun.peak_mib:.0f} MiB | < {GOALS['cached_rerun_s']} s "
        f"| {verdict(rerun.wall < GOALS['cached_rerun_s'])} |"
    )
    print(f"| reading and hashing the {len(texts)} files alone | {hashing:.2f} s | | |")
    print()
    print(f"Load average at the end: {load()}.")


if __name__ == "__main__":
    main()
