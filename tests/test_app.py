"""The review page, driven through Streamlit's AppTest with real rendered agreements.

Uploads go through the page's real file uploader (AppTest can set its files); every expectation
is computed from ``clausecheck.analyze`` on the same bytes, not written down by hand.
"""

from __future__ import annotations

import io
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


@pytest.fixture(autouse=True)
def review_database(tmp_path, monkeypatch) -> str:
    """Every page under test saves its reviews in a database of its own."""
    url = f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    monkeypatch.setenv("CLAUSECHECK_DB", url)
    monkeypatch.delenv("CLAUSECHECK_KEEP_TEXT", raising=False)
    return url


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


@pytest.fixture(scope="module")
def vague(rendered, model) -> tuple[Path, Report]:
    """A poorly drafted agreement: issues in every section, on every page."""
    path = rendered["contact-centre-vague"]["pdf"]
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
    assert set(at.session_state["reviews"][sha].corrections) == set(waiver_clauses)
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
    at.selectbox(key="agreement").set_value(reports[1].document.sha256).run()
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
    assert [(f.category, f.status, f.clause_ids) for f in reviewed.findings] == [
        (f.category, f.status, f.clause_ids) for f in expected
    ]
    assert [[i.message for i in f.issues] for f in reviewed.findings] == [
        [i.message for i in f.issues] for f in expected
    ]
    assert clause.id in reviewed.finding("governing_law").clause_ids
    assert report.clause(clause.id).labels == []  # the analysed report is left as it was


def test_analysis_reports_its_progress_in_order(rendered, model):
    seen: list[tuple[float, str]] = []
    analyze(rendered["mutual-nda"]["docx"], model=model, progress=lambda d, s: seen.append((d, s)))
    fractions = [done for done, _ in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert len(seen) >= 4


# --- The review workspace: document view, decisions, saved reviews -----------------------------


def reviewed(at: AppTest, sha: str) -> Report:
    """The report the page shows for this agreement (the review applied)."""
    cache = at.session_state["reviewed"]
    return [r for key, r in cache.items() if key[0] == sha][-1]


def show(at: AppTest, sha: str, issue_id: str) -> AppTest:
    at.button(key=f"show-{sha[:12]}-{issue_id}").click()
    return at.run()


def test_showing_an_issue_brings_the_document_view_to_its_page(vague):
    path, report = vague
    at = upload(start(), path)
    sha = report.document.sha256
    issue = next(
        i
        for f in reviewed(at, sha).findings
        for i in f.issues
        if i.clause_id and report.clause(i.clause_id).boxes[0].page > 1
    )
    at = show(at, sha, issue.id)
    assert not at.exception
    clause = report.clause(issue.clause_id)
    assert at.number_input(key=f"page-{sha[:12]}").value == clause.boxes[0].page
    selected = at.session_state["selected"][sha]
    assert selected.clause_ids == (clause.id,) and selected.issue_id == issue.id
    assert any(c.value.startswith("Highlighted: ") for c in at.caption)
    rendered_pages = [key for key in at.session_state["page_images"] if key[0] == sha]
    assert [key[1] for key in rendered_pages] == [1, clause.boxes[0].page]  # only those shown


def test_highlight_paints_the_clause_box_on_the_page(call_centre):
    from PIL import Image

    from clausecheck.ui.document import HIGHLIGHT_EDGE, highlight

    path, report = call_centre
    clause = next(c for c in report.clauses if c.boxes and c.text.strip())
    blank = Image.new("RGB", (600, 800), "white")
    buffer = io.BytesIO()
    blank.save(buffer, format="PNG")
    painted = Image.open(io.BytesIO(highlight(buffer.getvalue(), clause.boxes[:1]))).convert("RGB")
    box = clause.boxes[0]
    left, top = int(box.x0 * 600), int(box.top * 800)
    edge = [painted.getpixel((x, top - 3)) for x in range(left, int(box.x1 * 600))]
    assert sum(p == HIGHLIGHT_EDGE[:3] for p in edge) > 0.8 * len(edge)
    inside = painted.getpixel(((left + int(box.x1 * 600)) // 2, (top + int(box.bottom * 800)) // 2))
    assert inside != (255, 255, 255) and inside[0] > inside[2]  # a warm tint over white
    assert painted.getpixel((5, 5)) == (255, 255, 255)  # the rest of the page untouched


def test_dismiss_needs_a_reason_and_is_saved_at_once(vague, review_database):
    from clausecheck.store import open_store

    path, report = vague
    at = upload(start(), path)
    sha = report.document.sha256
    issue = next(i for f in reviewed(at, sha).findings for i in f.issues)
    at = show(at, sha, issue.id)
    at.button(key=f"decide-dismiss-{sha[:12]}").click().run()
    assert not at.exception
    assert any("reason" in e.value.lower() for e in at.error)
    assert reviewed(at, sha).findings[0].issues[0].decision is None
    at.text_input(key=f"reason-{sha[:12]}").input("The schedule covers it").run()
    at.button(key=f"decide-dismiss-{sha[:12]}").click().run()
    assert not at.exception and not at.error
    decided = next(i for f in reviewed(at, sha).findings for i in f.issues if i.id == issue.id)
    assert decided.dismissed and decided.decision.reason == "The schedule covers it"
    with open_store(review_database) as store:
        saved = store.load(sha)
        assert saved.decisions[issue.id].action == "dismiss"
        assert store.load_report(sha) is None  # the text is not kept unless asked
    at.button(key=f"decide-undo-{sha[:12]}").click().run()
    with open_store(review_database) as store:
        assert issue.id not in store.load(sha).decisions


def test_an_added_issue_counts_and_a_reload_brings_the_review_back(call_centre):
    path, report = call_centre
    sha = report.document.sha256
    at = upload(start(), path)
    clause = next(c for c in report.clauses if "waiver" in c.labels)
    at.selectbox(key=f"add-category-{sha[:12]}").set_value("waiver")
    at.selectbox(key=f"add-severity-{sha[:12]}").set_value("high")
    at.selectbox(key=f"add-clause-{sha[:12]}").set_value(clause.id)
    at.text_area(key=f"add-text-{sha[:12]}").input("The waiver must be signed by a director")
    form_button = [b for b in at.button if b.label == "Add the issue"][0]
    form_button.click().run()
    assert not at.exception
    added = [i for i in reviewed(at, sha).finding("waiver").issues if i.code == "reviewer_added"]
    assert [i.message for i in added] == ["The waiver must be signed by a director"]
    assert statuses(at)["waiver"] == "ambiguous"  # a high issue makes the section ambiguous

    again = start()  # a reload: a new session, nothing in memory
    assert any(b.key == f"open-{sha[:12]}" for b in again.sidebar.button)
    again.sidebar.button(key=f"open-{sha[:12]}").click().run()
    assert any("upload the agreement again" in i.value for i in again.info)
    again = upload(again, path)
    assert not again.exception
    assert any("saved review of this agreement is back" in s.value for s in again.success)
    restored = reviewed(again, sha).finding("waiver").issues
    assert [i.message for i in restored if i.code == "reviewer_added"] == [added[0].message]


def test_a_review_whose_text_was_kept_reopens_without_the_file(vague):
    path, report = vague
    sha = report.document.sha256
    at = start()
    at.toggle(key="keep_text").set_value(True)
    at = upload(at, path)
    issue = next(i for f in reviewed(at, sha).findings for i in f.issues)
    at = show(at, sha, issue.id)
    at.text_area(key=f"note-{sha[:12]}").input("Raise with the vendor")
    at.button(key=f"decide-note-{sha[:12]}").click().run()
    again = start()
    again.sidebar.button(key=f"open-{sha[:12]}").click().run()
    assert not again.exception
    assert again.subheader[0].value == report.document.name
    noted = next(i for f in reviewed(again, sha).findings for i in f.issues if i.id == issue.id)
    assert noted.decision.outcome == "noted" and noted.decision.note == "Raise with the vendor"


def test_a_word_agreement_is_shown_as_paragraphs_with_the_clause_marked(rendered, model):
    path = rendered["bpo-outsourcing-uk"]["docx"]
    report = analyze(path, model=model)
    sha = report.document.sha256
    at = upload(start(), path)
    issue = next(i for f in reviewed(at, sha).findings for i in f.issues if i.clause_id)
    at = show(at, sha, issue.id)
    assert not at.exception
    clause = report.clause(issue.clause_id)
    marked = [m.value for m in at.markdown if 'class="cc-para cc-selected"' in m.value]
    assert len(marked) == 1
    selected = marked[0].split('class="cc-para cc-selected"', 1)[1].split("</div></div>", 1)[0]
    first_words = " ".join(clause.text.split()[:4])
    assert first_words.replace('"', "&quot;").replace("'", "&#39;") in selected
    labels = {b.label for b in at.download_button}
    assert {
        "Your DOCX with comments",
        "Negotiation list (Excel)",
        "Negotiation list (Word)",
    } <= labels


def test_page_downloads_follow_the_decisions_and_settings(vague):
    path, report = vague
    sha = report.document.sha256
    at = start()
    at.sidebar.text_input(key="reviewer").input("Jane Counsel")
    at = upload(at, path)
    issue = next(i for f in reviewed(at, sha).findings for i in f.issues)
    at = show(at, sha, issue.id)
    at.text_input(key=f"reason-{sha[:12]}").input("Not relevant here")
    at.button(key=f"decide-dismiss-{sha[:12]}").click().run()
    from clausecheck.report import to_markdown

    page_report = reviewed(at, sha)
    markdown = to_markdown(page_report)
    assert "Dismissed by Jane Counsel: Not relevant here" in markdown.replace("\\", "")
    assert {"PDF", "Word", "Markdown", "HTML", "JSON", "Your PDF with comments"} <= {
        b.label for b in at.download_button
    }
