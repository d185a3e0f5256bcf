"""Speed of what the review page does on every decision: apply a review, save it, load it,
write the annotated copy. One sample agreement with many issues, as PDF and DOCX.

    .venv/bin/python benchmarks/reviews.py [--postgres postgresql://USER@HOST:PORT/DB]

PostgreSQL is measured when a URL is given (or CLAUSECHECK_TEST_POSTGRES is set); the
database must be empty or hold clausecheck's tables. Figures are the best of five runs.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from clausecheck.analysis import analyze
from clausecheck.annotate import annotate_document
from clausecheck.decisions import add_issue, apply_review, decide, new_review
from clausecheck.playbooks import load_playbook
from clausecheck.samples import render_samples
from clausecheck.store import open_store

SAMPLE = "contact-centre-vague"
DECISIONS = 10
REPEATS = 5


def best_ms(run: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def _open_and_close(url: str) -> None:
    open_store(url).close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("CLAUSECHECK_TEST_POSTGRES"))
    args = parser.parse_args()
    playbook = load_playbook("call-centre")
    with tempfile.TemporaryDirectory() as folder:
        render_samples(Path(folder))
        review = None
        for kind in ("pdf", "docx"):
            data = (Path(folder) / f"{SAMPLE}.{kind}").read_bytes()
            report = analyze(data, name=f"{SAMPLE}.{kind}", playbook=playbook)
            plain = apply_review(report, None, playbook)
            review = new_review(report, playbook, reviewer="Benchmark")
            for issue in [i for f in plain.findings for i in f.issues][:DECISIONS]:
                decide(review, issue, "dismiss", reason="measured")
            add_issue(review, category="sla", text="measured", severity="high")
            reviewed = apply_review(report, review, playbook)
            applying = best_ms(partial(apply_review, report, review, playbook))
            annotating = best_ms(partial(annotate_document, data, reviewed))
            print(
                f"{kind.upper()}, {len(report.clauses)} clauses, {DECISIONS} decisions: "
                f"apply_review {applying:.0f} ms, annotate {annotating:.0f} ms"
            )
        urls = {"SQLite": f"sqlite:///{folder}/reviews.sqlite3"}
        if args.postgres:
            urls["PostgreSQL"] = args.postgres
        for label, url in urls.items():
            with open_store(url) as store:
                save = best_ms(partial(store.save, review))
                load = best_ms(partial(store.load, review.document_sha256))
                store.delete(review.document_sha256)
            opened = best_ms(partial(_open_and_close, url))
            print(f"{label}: open {opened:.0f} ms, save {save:.0f} ms, load {load:.0f} ms")


if __name__ == "__main__":
    main()
