"""The labelled clause corpus in ``corpus/clauses/*.jsonl``: loading, validation, hashing."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from clausecheck.errors import ClausecheckError
from clausecheck.types import CATEGORIES

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = REPO_ROOT / "corpus"
REQUIRED_FIELDS = ("id", "text", "heading", "labels", "kind", "style", "register", "domain")
NEAR_DUPLICATE_JACCARD = 0.6
"""Two clauses sharing more than this share of character 5-grams are one clause."""


@dataclass(frozen=True, slots=True)
class CorpusClause:
    id: str
    text: str
    heading: str
    labels: tuple[str, ...]
    kind: str
    style: str
    register: str
    domain: str
    source: str


CLAUSES = "clauses"
"""The part of the corpus labelled with clause categories (the clause classifier's)."""
PROVISIONS = "provisions"
"""The part labelled with the provisions buyers screen for (the provision classifier's)."""


def corpus_files(corpus_dir: Path = DEFAULT_CORPUS_DIR, part: str = CLAUSES) -> list[Path]:
    """The files of one part of the corpus, in a stable order."""
    return sorted((corpus_dir / part).glob("*.jsonl"))


def load_corpus(
    corpus_dir: Path = DEFAULT_CORPUS_DIR,
    part: str = CLAUSES,
    labels: tuple[str, ...] = CATEGORIES,
) -> list[CorpusClause]:
    """Load and validate every clause of one part, labelled from ``labels``; raise
    ClausecheckError(E401) on the first bad line."""
    clauses: list[CorpusClause] = []
    seen: set[str] = set()
    files = corpus_files(corpus_dir, part)
    if not files:
        raise ClausecheckError("E401", detail=f"no clause files in {corpus_dir / part}")
    for path in files:
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{line_no}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ClausecheckError("E401", detail=f"{where}: bad JSON ({exc.msg})") from None
            missing = [f for f in REQUIRED_FIELDS if f not in row]
            if missing:
                raise ClausecheckError("E401", detail=f"{where}: missing {', '.join(missing)}")
            unknown = set(row["labels"]) - set(labels)
            if unknown:
                raise ClausecheckError("E401", detail=f"{where}: unknown labels {sorted(unknown)}")
            if row["id"] in seen:
                raise ClausecheckError("E401", detail=f"{where}: duplicate id {row['id']}")
            seen.add(row["id"])
            clauses.append(
                CorpusClause(
                    id=row["id"],
                    text=row["text"].strip(),
                    heading=(row["heading"] or "").strip(),
                    labels=tuple(sorted(set(row["labels"]), key=labels.index)),
                    kind=row["kind"],
                    style=row["style"],
                    register=row["register"],
                    domain=row["domain"],
                    source=path.name,
                )
            )
    return clauses


def corpus_sha256(corpus_dir: Path = DEFAULT_CORPUS_DIR, part: str = CLAUSES) -> str:
    """A hash over one part's files' names and bytes: its model's provenance."""
    digest = hashlib.sha256()
    for path in corpus_files(corpus_dir, part):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def near_duplicates(
    clauses: list[CorpusClause], threshold: float = NEAR_DUPLICATE_JACCARD
) -> list[tuple[str, str, float]]:
    """Pairs of clause ids whose character 5-gram Jaccard similarity exceeds the threshold."""
    import numpy as np
    from sklearn.feature_extraction.text import CountVectorizer

    flat = [re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", "", c.text.lower())) for c in clauses]
    grams = CountVectorizer(analyzer="char", ngram_range=(5, 5), binary=True).fit_transform(flat)
    sizes = np.asarray(grams.sum(axis=1)).ravel()
    shared = (grams @ grams.T).tocoo()
    pairs = []
    for i, j, inter in zip(shared.row, shared.col, shared.data, strict=True):
        if i < j:
            score = inter / (sizes[i] + sizes[j] - inter)
            if score > threshold:
                pairs.append((clauses[i].id, clauses[j].id, round(float(score), 3)))
    return sorted(pairs)


def corpus_tables(clauses: list[CorpusClause]) -> str:
    """Markdown tables of counts per label, style, register, domain and other kind."""
    from collections import Counter

    labels = Counter(label for c in clauses for label in c.labels)
    other = [c for c in clauses if not c.labels]
    lines = [
        f"Clauses: {len(clauses)}; with at least one label: {len(clauses) - len(other)}; "
        f"with none: {len(other)} across {len({c.kind for c in other})} other kinds; "
        f"with a heading: {sum(bool(c.heading) for c in clauses)}.",
        "",
        "| Label | Clauses |",
        "|---|---|",
        *[f"| {label} | {labels[label]} |" for label in CATEGORIES],
        "",
        "| Style | Register | Clauses |",
        "|---|---|---|",
    ]
    pairs = Counter((c.style, c.register) for c in clauses)
    lines += [f"| {style} | {register} | {n} |" for (style, register), n in sorted(pairs.items())]
    lines += ["", "| Domain | Clauses |", "|---|---|"]
    lines += [f"| {d} | {n} |" for d, n in Counter(c.domain for c in clauses).most_common()]
    lines += ["", "Other kinds (no label), clauses each:", ""]
    kinds = Counter(c.kind for c in other).most_common()
    lines.append(", ".join(f"{kind} {n}" for kind, n in kinds))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(corpus_tables(load_corpus()), end="")
