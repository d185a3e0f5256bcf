"""The README's commands and its report excerpt are real."""

from __future__ import annotations

import re
from pathlib import Path

from clausecheck.analysis import analyze
from clausecheck.report import to_markdown

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_report_excerpt_is_the_real_output(model):
    block = README.split("<!-- report-excerpt:start -->", 1)[1].split(
        "<!-- report-excerpt:end -->", 1
    )[0]
    excerpt = [
        line for line in block.strip().splitlines() if line.strip() and not line.startswith("```")
    ]
    assert len(excerpt) >= 10
    output = to_markdown(
        analyze(ROOT / "corpus/samples/contact-centre-vague.txt", model=model)
    ).splitlines()
    for line in excerpt:
        if line.strip() == "…":
            continue
        assert line in output, line


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"^make (\w+)", README, flags=re.MULTILINE)
    assert "test" in commands and "run" in commands
    assert "make test" in (ROOT / ".ci" / "run").read_text()
