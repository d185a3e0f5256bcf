"""Every CUAD PDF through `analyze` with the default parsing limits: no crash, no hang, memory.

Each document is read in the isolation layer's child process (default time, memory and page
limits), then segmented, classified and checked. Usage:

    .venv/bin/python benchmarks/cuad_all_pdfs.py [--workers 2] [--cuad ../shared/cuad]
                                                 [--json build/cuad_all_pdfs.json]

Prints a Markdown summary: documents analysed, refused (by reason) and crashed; whether any
document outlived the hang guard; the peak resident memory of the parsing children
(``getrusage(RUSAGE_CHILDREN).ru_maxrss`` in each worker: the largest child it has waited for)
and of the workers; the 10 slowest documents. docs/benchmarks.md records a run.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import resource
import statistics
import time
from collections import Counter
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HANG_GUARD_S = 900.0
"""A document still running after this long counts as a hang (the parse limit is 300 s)."""
KIB = 1024


@dataclass(slots=True)
class Outcome:
    name: str
    status: str  # ok | refused | crashed
    seconds: float
    pages: int | None = None
    clauses: int = 0
    code: str | None = None
    reason: str | None = None
    worker_rss_mib: float = 0.0
    children_peak_rss_mib: float = 0.0


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / KIB  # ru_maxrss is in KiB on Linux


def analyze_one(path: str) -> Outcome:
    """Analyse one PDF in this worker; the document itself is parsed in a child process."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.errors import ClausecheckError

    model = load_model()  # cached: loaded once per worker
    started = time.perf_counter()
    try:
        report = analyze(path, model=model)
        outcome = Outcome(
            Path(path).name,
            "ok",
            0.0,
            pages=report.document.pages,
            clauses=len(report.clauses),
        )
    except ClausecheckError as exc:
        outcome = Outcome(Path(path).name, "refused", 0.0, code=exc.code, reason=str(exc))
    except Exception as exc:  # a crash is what this benchmark looks for: record, go on
        outcome = Outcome(Path(path).name, "crashed", 0.0, reason=f"{type(exc).__name__}: {exc}")
    outcome.seconds = time.perf_counter() - started
    outcome.worker_rss_mib = _peak_mib(resource.RUSAGE_SELF)
    outcome.children_peak_rss_mib = _peak_mib(resource.RUSAGE_CHILDREN)
    return outcome


def _warm_worker() -> None:
    from clausecheck.classify import load_model
    from clausecheck.nlp import get_nlp

    load_model()
    get_nlp()


def run(paths: list[Path], workers: int) -> tuple[list[Outcome], list[str]]:
    """Outcomes of every path, and the names of documents that outlived the hang guard."""
    outcomes: list[Outcome] = []
    hung: list[str] = []
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_warm_worker, maxtasksperchild=None) as pool:
        pending = {pool.apply_async(analyze_one, (str(p),)): p for p in paths}
        deadline_per_doc = HANG_GUARD_S
        for result, path in pending.items():
            try:
                outcomes.append(result.get(timeout=deadline_per_doc))
            except multiprocessing.TimeoutError:
                hung.append(path.name)
            done = len(outcomes) + len(hung)
            if done % 25 == 0:
                print(f"  {done}/{len(paths)} documents", flush=True)
        if hung:
            pool.terminate()
    return outcomes, hung


def summary(outcomes: list[Outcome], hung: list[str], workers: int, wall: float) -> str:
    import pdfplumber

    ok = [o for o in outcomes if o.status == "ok"]
    refused = [o for o in outcomes if o.status == "refused"]
    crashed = [o for o in outcomes if o.status == "crashed"]
    reasons = Counter(f"{o.code}: {_reason_kind(o.reason or '')}" for o in refused)
    pages = sum(o.pages or 0 for o in ok)
    out = [
        f"Machine: {platform.machine()}, {multiprocessing.cpu_count()} cores, "
        f"{platform.python_implementation()} {platform.python_version()}, pdfplumber "
        f"{pdfplumber.__version__}; {workers} worker processes; wall time {wall / 60:.1f} min.",
        "",
        "| Outcome | Documents |",
        "|---|---|",
        f"| analysed | {len(ok)} ({pages:,} pages, {sum(o.clauses for o in ok):,} clauses) |",
        f"| refused with a documented error | {len(refused)} |",
        f"| crashed (undocumented exception) | {len(crashed)} |",
        f"| hung (still running after {HANG_GUARD_S:.0f} s) | {len(hung)} |",
        "",
    ]
    if reasons:
        out += ["| Refused because | Documents |", "|---|---|"]
        out += [f"| {reason} | {count} |" for reason, count in reasons.most_common()]
        out.append("")
    for o in crashed:
        out.append(f"- crashed: `{o.name}`: {o.reason}")
    for name in hung:
        out.append(f"- hung: `{name}`")
    child_peak = max((o.children_peak_rss_mib for o in outcomes), default=0.0)
    worker_peak = max((o.worker_rss_mib for o in outcomes), default=0.0)
    # Each worker's figure only grows; the first document to show the peak is the one read
    # when it was reached (outcomes are in submission order).
    peak_doc = next((o for o in outcomes if o.children_peak_rss_mib == child_peak), None)
    seconds = [o.seconds for o in outcomes]
    out += [
        f"Peak resident memory of a parsing child: {child_peak:,.0f} MiB"
        + (f" (reached while reading `{peak_doc.name}`)" if peak_doc else "")
        + f"; of a worker (spaCy, model, one report at a time): {worker_peak:,.0f} MiB. "
        "A forked child shares its parent's pages, so its resident size includes the worker's.",
        "",
        f"Seconds per document: median {statistics.median(seconds):.1f}, "
        f"mean {statistics.fmean(seconds):.1f}, max {max(seconds):.1f}.",
        "",
        "| Slowest documents | Pages | Seconds | Outcome |",
        "|---|---|---|---|",
    ]
    for o in sorted(outcomes, key=lambda o: -o.seconds)[:10]:
        outcome = o.status if o.status == "ok" else f"{o.status} ({o.code})"
        out.append(f"| {o.name} | {o.pages or '–'} | {o.seconds:.1f} | {outcome} |")
    return "\n".join(out)


def _reason_kind(reason: str) -> str:
    """The message without its variable detail, so that refusals group by cause."""
    return reason.split(" (")[0].split(";")[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cuad", default=str(ROOT.parent / "shared" / "cuad"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N PDFs")
    parser.add_argument("--json", default=str(ROOT / "build" / "cuad_all_pdfs.json"))
    args = parser.parse_args()
    paths = sorted(Path(args.cuad, "pdf").glob("*.pdf"))[: args.limit]
    if not paths:
        raise SystemExit(f"no PDFs in {args.cuad}/pdf")
    print(f"{len(paths)} PDFs, {args.workers} workers", flush=True)
    started = time.perf_counter()
    outcomes, hung = run(paths, args.workers)
    wall = time.perf_counter() - started
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(
        json.dumps({"outcomes": [asdict(o) for o in outcomes], "hung": hung}, indent=1)
    )
    print()
    print(summary(outcomes, hung, args.workers, wall))


if __name__ == "__main__":
    main()
