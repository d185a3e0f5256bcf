"""'clausecheck review list|export|delete|import' and 'clausecheck annotate' on real files and
real databases (SQLite and PostgreSQL), run through the real entry point."""

from __future__ import annotations

import io
import json
import shutil

import docx
import pytest

from clausecheck.analysis import analyze
from clausecheck.cli import main
from clausecheck.decisions import Review, add_issue, apply_review, decide, new_review
from clausecheck.playbooks import load_playbook
from clausecheck.report.schema import validate_report
from clausecheck.store import DB_ENV, open_store

HOSTILE_NAME = "\x1b[31mred\x1b[0m <b>deal</b>.docx"


@pytest.fixture(scope="module")
def playbook():
    return load_playbook("call-centre")


@pytest.fixture(scope="module")
def agreement(rendered):
    return rendered["contact-centre-vague"]["docx"]


@pytest.fixture(scope="module")
def report(agreement, model, playbook):
    return analyze(agreement, playbook=playbook, model=model)


@pytest.fixture(scope="module")
def review(report, playbook) -> Review:
    plain = apply_review(report, None, playbook)
    first = plain.findings[0].issues[0]
    review = new_review(report, playbook, reviewer="Ada Reviewer")
    review.document_name = HOSTILE_NAME
    decide(review, first, "dismiss", reason="Covered by schedule 2.")
    add_issue(review, category="pricing", text="No expenses cap.", severity="high")
    return review


@pytest.fixture
def saved(db_url, review) -> str:
    with open_store(db_url) as store:
        store.save(review)
    return db_url


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_list_shows_each_review_with_escaped_names(capsys, saved, review):
    code, out, err = run(capsys, "review", "list", "--db", saved)
    assert code == 0, err
    assert review.document_sha256[:12] in out and "1 (1 dismissed)" in out
    # Control characters are dropped when the review is saved: nothing reaches the terminal.
    assert "\x1b" not in out and "[31mred[0m <b>deal</b>.docx" in out
    code, out, _ = run(capsys, "review", "list", "--db", saved, "--format", "json")
    listed = json.loads(out)
    assert [r["sha256"] for r in listed] == [review.document_sha256]
    assert listed[0]["added_issues"] == 1 and listed[0]["keeps_text"] is False


def test_export_writes_the_review_that_import_reads_back(capsys, saved, review, tmp_path):
    out_file = tmp_path / "review.json"
    code, _, err = run(
        capsys,
        "review",
        "export",
        review.document_sha256[:8],
        "--db",
        saved,
        "--output",
        str(out_file),
    )
    assert code == 0, err
    exported = json.loads(out_file.read_text())
    assert exported["format"] == "clausecheck-review" and "report" not in exported
    assert Review.from_dict(exported["review"]).decisions.keys() == review.decisions.keys()

    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    code, _, err = run(capsys, "review", "import", str(out_file), "--db", other)
    assert code == 0 and "imported the review" in err
    with open_store(other) as store:
        assert store.load(review.document_sha256).to_dict() == exported["review"]
    code, _, err = run(capsys, "review", "import", str(out_file), "--db", other)
    assert code == 0 and "replaced the review" in err


def test_export_with_the_agreement_applies_the_decisions(
    capsys, saved, review, agreement, tmp_path
):
    code, out, err = run(
        capsys, "review", "export", str(agreement), "--db", saved, "--format", "json"
    )
    assert code == 0, err
    data = json.loads(out)
    validate_report(data)
    outcomes = [
        i["decision"]["outcome"] for f in data["findings"] for i in f["issues"] if "decision" in i
    ]
    assert sorted(outcomes) == ["added", "dismissed"]
    assert data["review"]["reviewer"] == "Ada Reviewer"

    target = tmp_path / "gap.docx"
    code, _, err = run(
        capsys,
        "review",
        "export",
        str(agreement),
        "--db",
        saved,
        "--format",
        "docx",
        "--output",
        str(target),
    )
    assert code == 0, err
    written = "\n".join(p.text for p in docx.Document(target).paragraphs)
    assert "No expenses cap." in written


def test_export_of_a_report_needs_the_agreement_or_its_kept_text(capsys, saved, review, report):
    code, out, err = run(
        capsys, "review", "export", review.document_sha256, "--db", saved, "--format", "md"
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "needs the agreement" in err
    with open_store(saved) as store:
        store.save(review, report=report, keep_text=True)
    code, out, err = run(
        capsys, "review", "export", review.document_sha256, "--db", saved, "--format", "md"
    )
    assert code == 0, err
    assert "No expenses cap." in out


def test_delete_removes_the_review_and_a_second_delete_is_an_error(capsys, saved, review):
    code, _, err = run(capsys, "review", "delete", review.document_sha256[:12], "--db", saved)
    assert code == 0 and "deleted the review" in err and "\x1b" not in err
    code, out, _ = run(capsys, "review", "list", "--db", saved, "--format", "json")
    assert json.loads(out) == []
    code, _, err = run(capsys, "review", "delete", review.document_sha256[:12], "--db", saved)
    assert code == 2 and err.startswith("clausecheck: error: no saved review matches")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["review", "list", "--db", "postgresql://reviewer:pw-123@127.0.0.1:1/reviews"],
        ["review", "list", "--db", "mysql://localhost/reviews"],
        ["review", "export", "abc", "--db", "sqlite://"],
        ["review", "export", "0123456789", "--db", "sqlite://"],
    ],
)
def test_bad_databases_and_unknown_reviews_are_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("clausecheck: error: ") and err.count("\n") == 1
    assert "pw-123" not in err and "Traceback" not in err


def test_a_bad_import_file_is_refused(capsys, tmp_path):
    bad = tmp_path / "bad.json"
    for content in (
        b"not json",
        b'{"format": "other"}',
        json.dumps(
            {
                "format": "clausecheck-review",
                "version": 1,
                "review": {"document": {"sha256": "x", "name": "n"}},
            }
        ).encode(),
    ):
        bad.write_bytes(content)
        code, _, err = run(capsys, "review", "import", str(bad), "--db", "sqlite://")
        assert code == 2 and "is not a clausecheck review export" in err, content


def test_the_database_comes_from_the_environment(capsys, monkeypatch, saved, review):
    monkeypatch.setenv(DB_ENV, saved)
    code, out, _ = run(capsys, "review", "list", "--format", "json")
    assert code == 0 and json.loads(out)[0]["sha256"] == review.document_sha256


def test_annotate_applies_the_saved_review(capsys, saved, review, agreement, tmp_path):
    copy = tmp_path / "draft.docx"
    shutil.copy(agreement, copy)
    target = tmp_path / "draft-annotated.docx"
    code, _, err = run(capsys, "annotate", str(copy), "--output", str(target), "--db", saved)
    assert code == 0, err
    assert "the saved review applied" in err
    comments = [c.text for c in docx.Document(io.BytesIO(target.read_bytes())).comments]
    assert any("No expenses cap." in c for c in comments)
    assert not any("Covered by schedule 2." in c for c in comments)

    code, _, err = run(
        capsys, "annotate", str(copy), "--output", str(target), "--db", saved, "--no-review"
    )
    assert code == 0 and "no saved review" in err
    comments = [c.text for c in docx.Document(io.BytesIO(target.read_bytes())).comments]
    assert not any("No expenses cap." in c for c in comments)


@pytest.mark.parametrize(
    ("source", "output", "message"),
    [
        ("txt", "out.txt", "is a text file"),
        ("pdf", "out.docx", "must end in .pdf"),
        ("pdf", None, "must be a new file"),
        ("missing", "out.pdf", "file not found"),
    ],
)
def test_annotate_refuses_what_it_cannot_do(capsys, rendered, tmp_path, source, output, message):
    files = rendered["mutual-nda"]
    path = files[source] if source in files else tmp_path / "missing.pdf"
    if output is None:
        path = tmp_path / "same.pdf"
        shutil.copy(files["pdf"], path)
    target = str(path) if output is None else str(tmp_path / output)
    code, out, err = run(capsys, "annotate", str(path), "--output", target, "--no-review")
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1
    if output is None:
        assert path.read_bytes() == files["pdf"].read_bytes()
