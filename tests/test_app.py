"""The review page, driven through Streamlit's AppTest with real rendered agreements.

Uploads go through the page's real file uploader (AppTest can set its files); every expectation
is computed from ``clausecheck.analyze`` on the same bytes, not written down by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from clausecheck.analysis import analyze
from clausecheck.checks import build_findings
from clausecheck.compare import compare_reports
from clausecheck.corpus import load_corpus
from clausecheck.playbooks import load_playbook
from clausecheck.types import CATEGORY_TITLES, Report
from clausecheck.ui.playbook import OWN_PLAYBOOK
from clausecheck.ui.review import corrections_jsonl, review_report

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT_S = 180
BADGE = re.compile(r"^\*\*(?P<title>[^*]+)\*\*  \n:\w+-badge\[\S+ (?P<status>\w+)\]$")
TITLE_TO_CATEGORY = {title: category for category, title in CATEGORY_TITLES.items()}


def start() -> AppTest:
    return AppTest.from_file(APP, default_timeout=TIMEOUT_S).run()


def upload(at: AppTest, *paths: Path, extra: list[tuple[str, bytes]] = ()) -> AppTest:
    files = [(p.name, p.read_bytes(), "application/octet-stream") for p in paths]
    files += [(name, data, "application/octet-stream") for name, data in extra]
    at.file_uploader(key="uploads").set_value(files)
    return at.run()


def statuses(at: AppTest) -> dict[str, str]:
    """The summary row as {category: status}, read from the page."""
    found = {}
    for element in at.markdown:
        match = BADGE.match(element.value)
        if match:
            found[TITLE_TO_CATEGORY[match["title"]]] = match["status"]
    return found


@pytest.fixture(scope="module")
def call_centre(rendered, model) -> tuple[Path, Report]:
    path = rendered["call-centre-services"]["pdf"]
    return path, analyze(path, model=model)


def test_page_starts_without_error():
    at = start()
    assert not at.exception
    assert at.title[0].value == "clausecheck"
    assert at.selectbox(key="playbook").value == "call-centre"
    assert not at.tabs  # nothing to show before an upload


def test_upload_shows_the_statuses_of_the_analysis(call_centre):
    path, report = call_centre
    at = upload(start(), path)
    assert not at.exception
    assert not at.error
    assert statuses(at) == {f.category: f.status for f in report.findings}
    assert at.subheader[0].value == report.document.name
    labels = [e.label for e in at.expander]
    for finding in report.findings:
        assert any(CATEGORY_TITLES[finding.category] in label for label in labels)
    assert {b.label for b in at.download_button} >= {"PDF", "Word", "Markdown", "HTML", "JSON"}


def test_a_label_correction_changes_the_finding_without_reading_the_file_again(call_centre):
    path, report = call_centre
    at = upload(start(), path)
    sha = report.document.sha256
    waiver_clauses = [c.id for c in report.clauses if "waiver" in c.labels]
    assert waiver_clauses and statuses(at)["waiver"] != "missing"
    analysed_before = at.session_state["analysed"][sha]
    for clause_id in waiver_clauses:
        at.selectbox(key=f"correct-{sha[:12]}").set_value(clause_id).run()
        widget = at.multiselect(key=f"labels-{sha[:12]}-{clause_id}")
        assert "waiver" in widget.value
        widget.set_value([label for label in widget.value if label != "waiver"]).run()
    assert not at.exception
    assert statuses(at)["waiver"] == "missing"
    assert at.session_state["analysed"][sha] is analysed_before  # not analysed again
    assert set(at.session_state["corrections"][sha]) == set(waiver_clauses)
    count = len(waiver_clauses)
    assert f"Download {count} correction" in at.download_button(key=f"corrections-{sha[:12]}").label
    at.button(key=f"undo-{sha[:12]}").click().run()
    assert statuses(at)["waiver"] == report.finding("waiver").status


def test_switching_playbook_changes_the_categories(call_centre):
    path, report = call_centre
    at = upload(start(), path)
    at.selectbox(key="playbook").set_value("nda").run()
    assert not at.exception
    nda = load_playbook("nda")
    findings, _ = build_findings(report.clauses, nda)
    assert statuses(at) == {f.category: f.status for f in findings}
    assert list(statuses(at)) == list(nda.require)


def test_an_own_playbook_is_used_and_a_bad_one_is_explained(call_centre):
    path, report = call_centre
    at = upload(start(), path)
    at.selectbox(key="playbook").set_value(OWN_PLAYBOOK).run()
    assert not at.tabs  # no playbook yet: no findings
    own = b"name: law-only\nrequire: [governing_law, waiver]\n"
    at.file_uploader(key="playbook_file").set_value(("law-only.yaml", own, "text/yaml")).run()
    assert not at.exception
    assert list(statuses(at)) == ["governing_law", "waiver"]
    bad = b"name: broken\nrequire: [governing_law, nonsense]\n"
    at.file_uploader(key="playbook_file").set_value(("broken.yaml", bad, "text/yaml")).run()
    assert not at.exception
    assert any("unknown category 'nonsense'" in e.value for e in at.sidebar.error)
    assert not statuses(at)


def test_two_agreements_are_compared_and_a_bad_file_does_not_stop_them(rendered, model):
    paths = [rendered["call-centre-services"]["pdf"], rendered["bpo-outsourcing-uk"]["docx"]]
    reports = [analyze(p, model=model) for p in paths]
    at = upload(start(), *paths, extra=[("scan.pdf", b"%PDF-1.4 not really a pdf")])
    assert not at.exception
    assert len(at.error) == 1 and at.error[0].value.startswith("scan.pdf: ")
    assert "\n" not in at.error[0].value
    compare_tab = next(tab for tab in at.tabs if tab.label == "Compare agreements")
    (matrix,) = [table.value for table in compare_tab.dataframe]
    assert list(matrix.index) == [r.document.name for r in reports]  # one row per agreement
    for report in reports:
        for finding in report.findings:
            assert (
                finding.status
                in matrix.loc[report.document.name, CATEGORY_TITLES[finding.category]]
            )
    expected = compare_reports(reports)
    assert matrix["Law chosen"].tolist() == [
        row.cells["governing_law"].text for row in expected.rows
    ]
    assert {b.label for b in at.download_button} >= {"Comparison (CSV)", "Comparison (XLSX)"}
    at.selectbox(key="agreement").set_value(1).run()
    assert at.subheader[0].value == reports[1].document.name
    assert statuses(at) == {f.category: f.status for f in reports[1].findings}


def test_corrections_download_is_a_corpus_file_the_loader_accepts(call_centre, tmp_path):
    _, report = call_centre
    clause = next(c for c in report.clauses if "waiver" in c.labels)
    unlabelled = next(c for c in report.clauses if c.text.strip() and not c.labels)
    corrections = {clause.id: [], unlabelled.id: ["waiver", "termination"]}
    (tmp_path / "clauses").mkdir()
    (tmp_path / "clauses" / "review.jsonl").write_text(corrections_jsonl(report, corrections))
    rows = {row.text: row for row in load_corpus(tmp_path)}
    assert rows[clause.text].labels == ()
    assert rows[unlabelled.text].labels == ("termination", "waiver")
    assert rows[unlabelled.text].kind == "termination"
    assert len({row.id for row in rows.values()}) == 2


def test_reviewed_findings_are_the_findings_of_the_corrected_labels(call_centre):
    _, report = call_centre
    clause = next(c for c in report.clauses if c.text.strip() and not c.labels)
    playbook = load_playbook("services")
    reviewed = review_report(report, playbook, {clause.id: ["governing_law"]})
    relabelled = Report.from_dict(report.to_dict())
    relabelled.clause(clause.id).labels = ["governing_law"]
    expected, _ = build_findings(relabelled.clauses, playbook)
    assert [f.to_dict() for f in reviewed.findings] == [f.to_dict() for f in expected]
    assert clause.id in reviewed.finding("governing_law").clause_ids
    assert report.clause(clause.id).labels == []  # the analysed report is left as it was


def test_analysis_reports_its_progress_in_order(rendered, model):
    seen: list[tuple[float, str]] = []
    analyze(rendered["mutual-nda"]["docx"], model=model, progress=lambda d, s: seen.append((d, s)))
    fractions = [done for done, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert len(seen) >= 4
