"""Annotated copies of real sample PDF and DOCX files, read back with python-docx and pdfplumber:
each comment must sit on the clause it is about."""

from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from clausecheck.analysis import analyze
from clausecheck.annotate import annotate_document
from clausecheck.annotate.docx import key
from clausecheck.decisions import add_issue, apply_review, decide, new_review
from clausecheck.errors import ClausecheckError
from clausecheck.playbooks import load_playbook
from clausecheck.types import Report

WORDS_CHECKED = 8
"""Leading words of a clause that must lie under its comment or highlight."""


@pytest.fixture(scope="module")
def playbook():
    return load_playbook("call-centre")


@pytest.fixture(scope="module")
def reports(rendered, model, playbook) -> dict[tuple[str, str], Report]:
    """(sample, format) -> report, for an agreement with many issues and one with gaps."""
    return {
        (stem, kind): analyze(rendered[stem][kind], playbook=playbook, model=model)
        for stem in ("contact-centre-vague", "mutual-nda")
        for kind in ("pdf", "docx")
    }


def _decided(report: Report, playbook):
    """The report with a review: a clause's only issue dismissed, a note, an added issue."""
    plain = apply_review(report, None, playbook)
    issues = [i for f in plain.findings for i in f.issues] + plain.issues
    per_clause: dict[str, list] = {}
    for issue in issues:
        if issue.clause_id:
            per_clause.setdefault(issue.clause_id, []).append(issue)
    lone = next(i for i in issues if i.clause_id and len(per_clause[i.clause_id]) == 1)
    noted = next(i for i in issues if i.clause_id and i.clause_id != lone.clause_id)
    quiet = next(c for c in report.clauses if c.id not in per_clause and len(c.text.split()) > 12)
    review = new_review(report, playbook, reviewer="Ada Reviewer")
    decide(review, lone, "dismiss", reason="DISMISSED-REASON: the schedule covers it.")
    decide(review, noted, "note", note="NOTE-TEXT <w:t>&amp; \x0bask the vendor")
    add_issue(review, category="pricing", clause_id=quiet.id, text="ADDED-TEXT: no expenses cap.")
    return apply_review(report, review, playbook), lone, noted, quiet


def _anchored_text(document) -> dict[int, str]:
    """Comment id -> the document text between its range start and end."""
    open_ranges: dict[str, list[str]] = {}
    anchored: dict[int, str] = {}
    for element in document.element.body.iter():
        if element.tag == qn("w:commentRangeStart"):
            open_ranges[element.get(qn("w:id"))] = []
        elif element.tag == qn("w:commentRangeEnd"):
            comment_id = element.get(qn("w:id"))
            anchored[int(comment_id)] = " ".join(open_ranges.pop(comment_id))
        elif element.tag == qn("w:t"):
            for pieces in open_ranges.values():
                pieces.append(element.text or "")
    return anchored


def _lead(text: str) -> str:
    return key(" ".join(text.split()[:WORDS_CHECKED]))


def test_each_word_comment_sits_on_its_clause_and_follows_the_review(rendered, reports, playbook):
    report = reports[("contact-centre-vague", "docx")]
    reviewed, lone, noted, quiet = _decided(report, playbook)
    annotated = annotate_document(rendered["contact-centre-vague"]["docx"].read_bytes(), reviewed)
    document = docx.Document(io.BytesIO(annotated.data))
    comments = sorted(document.comments, key=lambda c: c.comment_id)
    anchored = _anchored_text(document)
    placed = annotated.placed
    assert placed.not_found == []
    assert len(comments) == len(placed.clauses) + placed.closing
    for comment, clause_id in zip(comments, placed.clauses, strict=False):
        clause = reviewed.clause(clause_id)
        assert _lead(clause.text) in key(anchored[comment.comment_id]), clause_id
        assert comment.author == "Ada Reviewer" and comment.initials == "AR"
        for issue in [i for f in reviewed.findings for i in f.issues] + reviewed.issues:
            if issue.clause_id == clause_id and not issue.dismissed:
                assert issue.message in comment.text
    texts = {clause_id: c.text for c, clause_id in zip(comments, placed.clauses, strict=False)}
    assert lone.clause_id not in texts
    assert not any("DISMISSED-REASON" in c.text for c in comments)
    assert "NOTE-TEXT <w:t>&amp; ask the vendor" in texts[noted.clause_id]
    assert "ADDED-TEXT: no expenses cap." in texts[quiet.id]
    assert texts[quiet.id].startswith("Added by the reviewer.")
    # The agreement's own words are untouched.
    original = docx.Document(rendered["contact-centre-vague"]["docx"])
    assert [p.text for p in document.paragraphs] == [p.text for p in original.paragraphs]


def test_missing_sections_are_suggested_in_comments_at_the_end(rendered, reports, playbook):
    report = reports[("mutual-nda", "docx")]
    reviewed = apply_review(report, None, playbook)
    missing = [f for f in reviewed.findings if f.status == "missing"]
    assert missing
    annotated = annotate_document(rendered["mutual-nda"]["docx"].read_bytes(), reviewed)
    document = docx.Document(io.BytesIO(annotated.data))
    comments = sorted(document.comments, key=lambda c: c.comment_id)
    closing = comments[len(annotated.placed.clauses) :]
    last_text = next(p.text for p in reversed(document.paragraphs) if p.text.strip())
    anchored = _anchored_text(document)
    for finding in missing:
        title = {"sla": "Service levels", "pricing": "Pricing and payment"}.get(finding.category)
        matching = [c for c in closing if finding.issues[0].suggestion in c.text]
        assert len(matching) == 1, finding.category
        assert matching[0].text.startswith("Missing section: ")
        if title:
            assert title in matching[0].text
        assert key(last_text) in key(anchored[matching[0].comment_id])


def test_each_pdf_highlight_covers_its_clause_and_carries_its_note(rendered, reports, playbook):
    report = reports[("contact-centre-vague", "pdf")]
    reviewed, lone, noted, quiet = _decided(report, playbook)
    original = rendered["contact-centre-vague"]["pdf"].read_bytes()
    annotated = annotate_document(original, reviewed)
    # An incremental update: the agreement's bytes come first, unchanged.
    assert annotated.data.startswith(original)
    assert annotated.placed.not_found == []
    with pdfplumber.open(io.BytesIO(annotated.data)) as pdf:
        highlights = [
            (page, a)
            for page in pdf.pages
            for a in page.annots
            if a["data"].get("Subtype").name == "Highlight"
        ]
        notes = {}
        for page, annot in highlights:
            if annot["contents"].startswith("Continued from page"):
                continue
            crop = page.crop((annot["x0"], annot["top"], annot["x1"], annot["bottom"]))
            notes[key(crop.extract_text() or "")] = annot["contents"]
        assert len(notes) == len(annotated.placed.clauses)
        for clause_id in annotated.placed.clauses:
            clause = reviewed.clause(clause_id)
            under = [text for area, text in notes.items() if _lead(clause.text) in area]
            assert under, f"no highlight over {clause_id}"
        texts = list(notes.values())
        assert not any("DISMISSED-REASON" in t for t in texts)
        assert any("NOTE-TEXT <w:t>&amp; ask the vendor" in t for t in texts)
        assert any(t.startswith("Added by the reviewer.") for t in texts)
        assert all(a["title"] == "Ada Reviewer" for _, a in highlights)


def test_pdf_missing_sections_are_notes_on_the_last_page(rendered, reports, playbook):
    report = reports[("mutual-nda", "pdf")]
    reviewed = apply_review(report, None, playbook)
    missing = [f for f in reviewed.findings if f.status == "missing"]
    annotated = annotate_document(rendered["mutual-nda"]["pdf"].read_bytes(), reviewed)
    with pdfplumber.open(io.BytesIO(annotated.data)) as pdf:
        last = pdf.pages[-1]
        stickies = [a for a in last.annots if a["data"].get("Subtype").name == "Text"]
        assert len(stickies) == annotated.placed.closing >= len(missing)
        for finding in missing:
            assert sum(finding.issues[0].suggestion in a["contents"] for a in stickies) == 1
        for earlier in pdf.pages[:-1]:
            assert not [a for a in earlier.annots if a["data"].get("Subtype").name == "Text"]


def test_a_dismissed_missing_section_is_not_suggested(rendered, reports, playbook):
    report = reports[("mutual-nda", "docx")]
    plain = apply_review(report, None, playbook)
    finding = next(f for f in plain.findings if f.status == "missing")
    review = new_review(report, playbook)
    decide(review, finding.issues[0], "dismiss", reason="In the master agreement.")
    reviewed = apply_review(report, review, playbook)
    annotated = annotate_document(rendered["mutual-nda"]["docx"].read_bytes(), reviewed)
    document = docx.Document(io.BytesIO(annotated.data))
    assert not any(finding.issues[0].suggestion in c.text for c in document.comments)
    assert reviewed.finding(finding.category).status == "missing"


def test_text_agreements_are_refused(rendered, model, playbook):
    report = analyze(rendered["mutual-nda"]["txt"], playbook=playbook, model=model)
    with pytest.raises(ClausecheckError) as caught:
        annotate_document(rendered["mutual-nda"]["txt"].read_bytes(), report)
    assert caught.value.code == "E821"


def test_an_encrypted_pdf_stays_encrypted_with_its_password(rendered, model, playbook, tmp_path):
    from pypdf import PdfWriter

    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=rendered["contact-centre-vague"]["pdf"])
    writer.encrypt("open-sesame", algorithm="AES-256")
    writer.write(locked)
    report = analyze(locked, playbook=playbook, model=model, password="open-sesame")
    reviewed = apply_review(report, None, playbook)
    annotated = annotate_document(locked.read_bytes(), reviewed, password="open-sesame")
    with pytest.raises(Exception):  # noqa: B017 - pdfminer's own error type for a missing password
        with pdfplumber.open(io.BytesIO(annotated.data)) as pdf:
            pdf.pages[0].extract_text()
    with pdfplumber.open(io.BytesIO(annotated.data), password="open-sesame") as pdf:
        areas = [
            key(page.crop((a["x0"], a["top"], a["x1"], a["bottom"])).extract_text() or "")
            for page in pdf.pages
            for a in page.annots
            if a["data"].get("Subtype").name == "Highlight"
            and not a["contents"].startswith("Continued")
        ]
    for clause_id in annotated.placed.clauses:
        assert any(_lead(reviewed.clause(clause_id).text) in area for area in areas), clause_id


def test_clauses_without_a_place_on_the_page_get_named_notes_at_the_end(model, playbook, rendered):
    """Turned pages give no clause boxes today: every note still reaches the reader, naming
    its clause, and no two notes share a spot."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=rendered["contact-centre-vague"]["pdf"])
    for page in writer.pages:
        page.rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    report = analyze(buffer.getvalue(), name="turned.pdf", playbook=playbook, model=model)
    reviewed = apply_review(report, None, playbook)
    annotated = annotate_document(buffer.getvalue(), reviewed)
    unplaced = annotated.placed.not_found
    assert unplaced and annotated.placed.closing >= len(unplaced)
    with pdfplumber.open(io.BytesIO(annotated.data)) as pdf:
        notes = [a for a in pdf.pages[-1].annots if a["data"].get("Subtype").name == "Text"]
    assert len({(round(a["x0"]), round(a["top"])) for a in notes}) == len(notes)
    texts = [a["contents"] for a in notes]
    for clause_id in unplaced:
        clause = reviewed.clause(clause_id)
        name = (
            f"clause {clause.number.rstrip('.')}"
            if clause.number
            else " ".join(clause.text.split()[:5])
        )
        assert any(t.startswith("About ") and name in t for t in texts), clause_id
