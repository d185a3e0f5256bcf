"""Choose the provision classifier's thresholds (``provision_model.SURE``) on the CUAD study half.

    .venv/bin/python benchmarks/provision_thresholds.py [--cuad ../shared/cuad]

For each provision, every study-half contract (text files) is analysed once and the classifier's
surest sentence that can stand (``provision_model.stands``) is noted. The threshold chosen is
the lowest of ``SURE_GRID`` at which the classifier alone is right about the contracts it flags
(CUAD's answer is yes) with a lower confidence bound (``wilson_lower_bound``, one-sided 95%) of
at least ``SURE_BOUND``; a provision that never reaches it is left to its rule. The classifier was
trained on none of CUAD, so its figures here are an honest estimate of how it reads unseen
contracts; the held-out half is not read. Prints a Markdown table and whether the shipped
``SURE`` is what the criterion chooses (exit code 1 if not), then a second table: the classifier
alone at its best threshold of ``SURE_GRID`` by F1, with precision and recall (the table
"classifier alone on the study half" in docs/key-terms.md).
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from clausecheck.evaluate import STUDY, load_annotations, split_of
from clausecheck.evaluate_terms import FLAG_COLUMNS, gold_flag
from clausecheck.terms import provision_model as pm

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CUAD = ROOT.parent / "shared" / "cuad"


def surest_standing(path: str) -> tuple[str, dict[str, float]]:
    """Worker: per provision, the classifier's highest probability on a sentence that can stand."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.terms.evidence import sentences

    report = analyze(path, model=load_model())
    every = list(sentences([c for c in report.clauses if c.text]))
    scores = pm.score_provisions(every)
    surest = {}
    for label in pm.PROVISION_LABELS:
        standing = (
            p for p, s in scores.likely(label, min(pm.SURE_GRID)) if pm.stands(label, s.text)
        )
        surest[label] = next(standing, 0.0)
    return Path(path).stem, surest


def choose(label: str, contracts: list[tuple[float, bool]]) -> dict[str, float] | None:
    """The lowest threshold whose flagged contracts are right with a bound of ``SURE_BOUND``."""
    for threshold in pm.SURE_GRID:
        flagged = [gold for surest, gold in contracts if surest >= threshold]
        right = sum(flagged)
        bound = pm.wilson_lower_bound(right, len(flagged))
        if bound >= pm.SURE_BOUND:
            yes = sum(gold for _, gold in contracts)
            return {
                "threshold": threshold,
                "flagged": len(flagged),
                "right": right,
                "bound": bound,
                "recall": right / yes if yes else 0.0,
            }
    return None


def best_f1(contracts: list[tuple[float, bool]]) -> tuple[float, float, float, float]:
    """The classifier alone at its best threshold: (F1, precision, recall, threshold)."""
    best = (0.0, 0.0, 0.0, pm.SURE_GRID[0])
    yes = sum(gold for _, gold in contracts)
    for threshold in pm.SURE_GRID:
        flagged = [gold for surest, gold in contracts if surest >= threshold]
        right = sum(flagged)
        precision = right / len(flagged) if flagged else 0.0
        recall = right / yes if yes else 0.0
        f1 = 2 * precision * recall / (precision + recall) if right else 0.0
        if f1 > best[0]:
            best = (f1, precision, recall, threshold)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cuad", type=Path, default=DEFAULT_CUAD)
    args = parser.parse_args()
    if not (args.cuad / "master_clauses.csv").exists():
        print(f"error: no CUAD at {args.cuad}", file=sys.stderr)
        return 2
    annotations = load_annotations(args.cuad)
    paths = [
        str(p)
        for p in sorted((args.cuad / "txt").glob("*.txt"))
        if split_of(p.stem) == STUDY and p.stem in annotations
    ]
    with ProcessPoolExecutor(max_workers=2) as pool:
        surest = dict(pool.map(surest_standing, paths, chunksize=4))
    by_label = {
        label: [
            (surest[name][label], gold_flag(annotations[name], FLAG_COLUMNS[label]))
            for name in sorted(surest)
        ]
        for label in pm.PROVISION_LABELS
    }
    chosen: dict[str, float] = {}
    print(f"Study half: {len(surest)} contracts; bound {pm.SURE_BOUND} (z = {pm.CONFIDENCE_Z})\n")
    print("| Provision | stands at | flagged | right | lower bound | recall alone |")
    print("|---|---|---|---|---|---|")
    for label, contracts in by_label.items():
        choice = choose(label, contracts)
        if choice is None:
            print(f"| `{label}` | rule only | – | – | – | – |")
            continue
        chosen[label] = choice["threshold"]
        print(
            f"| `{label}` | {choice['threshold']} | {choice['flagged']} | {choice['right']} | "
            f"{choice['bound']:.3f} | {choice['recall']:.2f} |"
        )
    print("\n| Provision | CUAD yes | best F1 alone (precision / recall) | at |")
    print("|---|---|---|---|")
    for label, contracts in by_label.items():
        f1, precision, recall, threshold = best_f1(contracts)
        yes = sum(gold for _, gold in contracts)
        print(f"| `{label}` | {yes} | {f1:.2f} ({precision:.2f} / {recall:.2f}) | {threshold} |")
    same = chosen == pm.SURE
    print(
        f"\nprovision_model.SURE {'is' if same else 'is NOT'} what the criterion chooses: {chosen}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
