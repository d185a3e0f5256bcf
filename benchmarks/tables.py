"""What reading ruled tables costs each PDF engine, in one run (``make bench-tables``).

    .venv/bin/python benchmarks/tables.py [--count 20] [--repeat 3] [--cuad ../shared/cuad]

Reads the first ``--count`` CUAD PDFs (by name) with ``read_document``, with each engine, twice
over, the order alternating from pass to pass: as shipped, and with the engines' rule reading switched off (the page's
rules replaced by none, so no grid is looked for). The median of ``--repeat`` passes of each;
the ratio of the two is the cost of tables. Also counts the table rows each engine read, which
must be the same for both. Prints a Markdown table; docs/benchmarks.md records it.
"""

from __future__ import annotations

import argparse
import os
import statistics
from contextlib import contextmanager
from pathlib import Path

from clausecheck.ingest import PDF_ENGINES, pdf, pdfium, read_document


@contextmanager
def _without_rules():
    """Both engines as if pages drew no rules."""
    plumber_rules, strokes_add = pdf._rules, pdfium._Strokes.add
    pdf._rules = lambda page: []
    pdfium._Strokes.add = lambda self, path, matrix: None
    try:
        yield
    finally:
        pdf._rules, pdfium._Strokes.add = plumber_rules, strokes_add


def _cpu() -> float:
    """CPU seconds of this process and its waited-for children (each PDF is parsed in a forked
    child, which inherits the switched-off rule reading)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _read_all(paths: list[Path], engine: str) -> tuple[float, int, int]:
    """(CPU seconds, pages, table rows) for reading every path."""
    start = _cpu()
    pages = rows = 0
    for path in paths:
        document = read_document(path, engine=engine)
        pages += document.pages or 0
        rows += sum(block.kind == "table" for block in document.blocks)
    return _cpu() - start, pages, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cuad", type=Path, default=Path("../shared/cuad"))
    args = parser.parse_args()
    paths = sorted((args.cuad / "pdf").glob("*.pdf"))[: args.count]
    print(f"{len(paths)} PDFs from {args.cuad / 'pdf'}; load average {os.getloadavg()[0]:.1f}\n")
    print("| Engine | Pages | CPU s with tables | CPU s without | Cost of tables | Table rows |")
    print("|---|---|---|---|---|---|")
    for engine in PDF_ENGINES:
        _read_all(paths[:2], engine)  # imports and caches warm
        with_tables, without = [], []
        for n in range(args.repeat):
            for switched_off in (n % 2 == 1, n % 2 == 0):  # alternate which pass goes first
                if switched_off:
                    with _without_rules():
                        without.append(_read_all(paths, engine)[0])
                else:
                    seconds, pages, rows = _read_all(paths, engine)
                    with_tables.append(seconds)
        shipped, bare = statistics.median(with_tables), statistics.median(without)
        print(
            f"| {engine} | {pages} | {shipped:.2f} | {bare:.2f} | "
            f"{(shipped / bare - 1) * 100:+.1f}% | {rows} |"
        )


if __name__ == "__main__":
    main()
