"""clausecheck: find missing and ambiguous sections in commercial agreements."""

from clausecheck.types import CATEGORIES, Clause, Finding, Issue, Report

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "Clause",
    "Finding",
    "Issue",
    "Report",
    "__version__",
    "analyze",
    "load_model",
]


def __getattr__(name: str):
    # Heavy imports (spaCy, scikit-learn) load on first use, so `import clausecheck` stays fast.
    if name == "analyze":
        from clausecheck.analysis import analyze

        return analyze
    if name == "load_model":
        from clausecheck.classify import load_model

        return load_model
    raise AttributeError(f"module 'clausecheck' has no attribute {name!r}")
