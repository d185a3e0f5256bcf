"""Time and memory each hostile file of issue 17 costs ``clausecheck analyze`` (SECURITY.md).

    .venv/bin/python benchmarks/hostile.py [--only NAME ...] [--timeout 1500] [--json OUT]
    .venv/bin/python benchmarks/hostile.py --refusal     # the refusal alone, in one process

Each file is generated (``tests/hostile_files.py``) and analysed by a fresh ``clausecheck
analyze FILE --format json`` process. Measured: wall time, processor time (user + system) of
that process and every process it waited for, the peak resident memory of the largest of them
(``ru_maxrss`` of the children, which is what a parsing child or the command itself reached),
the exit code and the one-line message. To measure another checkout, run
this script from that checkout's folder (``-m`` puts the current folder first on the path).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import hostile_files  # noqa: E402

CASES = {
    "text-45mb.txt": hostile_files.big_text,
    "stream-240mb.pdf": hostile_files.inflating_pdf,
    "dense-150-pages.pdf": hostile_files.dense_pages_pdf,
    "xml-250mib.docx": hostile_files.xml_heavy_docx,
}
"""The attacks of issue 17, section 4, by the file name they are analysed under."""


def measure(path: Path, timeout: float) -> dict:
    """Run ``clausecheck analyze`` on ``path`` in a fresh process and measure it."""
    command = [sys.executable, "-m", "clausecheck.cli", "analyze", str(path), "--format", "json"]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        _, stderr = process.communicate(timeout=timeout)
        code: int | str = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, 9)
        _, stderr = process.communicate()
        code = f"killed after {timeout:g} s"
    wall = time.perf_counter() - started
    # The command was the only child of this process so far: its figures are the children's.
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "file": path.name,
        "bytes": path.stat().st_size,
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_mib": round(usage.ru_maxrss / 1024),
        "exit": code,
        "message": stderr.decode(errors="replace").strip().splitlines()[-1:] or [""],
    }


def refusal_cost(name: str) -> dict:
    """Processor time and memory of the refusal alone: ``read_bytes`` in this process, the
    readers imported first (their import is not the refusal's cost)."""
    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401

    from clausecheck.errors import ClausecheckError
    from clausecheck.ingest import read_bytes

    data = CASES[name]()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.process_time()
    try:
        read_bytes(data, name)
        code = "read"
    except ClausecheckError as exc:
        code = exc.code
    return {
        "file": name,
        "code": code,
        "cpu_s": round(time.process_time() - started, 2),
        "extra_peak_mib": round(
            (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), default=None)
    parser.add_argument("--timeout", type=float, default=1500.0)
    parser.add_argument("--json", default=None, help="also write the figures to this file")
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)  # internal: one case
    parser.add_argument(
        "--refusal", action="store_true", help="measure the refusal alone, in one process each"
    )
    parser.add_argument("--in-process", default=None, help=argparse.SUPPRESS)  # internal
    args = parser.parse_args()
    if args.in_process:
        print(json.dumps(refusal_cost(args.in_process)))
        return
    if args.refusal:
        for name in args.only or CASES:
            out = subprocess.run(
                [sys.executable, __file__, "--in-process", name],
                capture_output=True,
                text=True,
                check=True,
            )
            print(out.stdout.strip(), flush=True)
        return
    if args.one:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / args.one
            path.write_bytes(CASES[args.one]())
            print(json.dumps(measure(path, args.timeout)))
        return
    rows = []
    for name in args.only or CASES:
        # A fresh interpreter per case, so that RUSAGE_CHILDREN holds that case alone.
        out = subprocess.run(
            [sys.executable, __file__, "--one", name, "--timeout", str(args.timeout)],
            capture_output=True,
            text=True,
            check=True,
        )
        rows.append(json.loads(out.stdout))
        row = rows[-1]
        print(
            f"| {row['file']} | {row['bytes'] / 1e6:.2f} MB | {row['wall_s']} s | "
            f"{row['cpu_s']} s | {row['peak_mib']} MiB | {row['exit']} | {row['message'][0]} |",
            flush=True,
        )
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
