"""Segmentation: numbering styles, inline headings in flattened text, and real CUAD text."""

from __future__ import annotations

import statistics

import pytest

from clausecheck.ingest import read_document
from clausecheck.segment import segment, split_heading, split_number


def _clauses(text: str):
    return segment(read_document(text.encode(), name="t.txt"))


@pytest.mark.parametrize(
    ("line", "number", "depth"),
    [
        ("1. Services", "1.", 1),
        ("1.1 Provision", "1.1", 2),
        ("12.3.4 Detail", "12.3.4", 3),
        ("(a) the Supplier", "(a)", 10),
        ("(iv) the Supplier", "(iv)", 10),
        ("Article IV TERM", "Article IV", 0),
        ("ARTICLE 5 FEES", "ARTICLE 5", 0),
        ("Section 9.07 Choice of Law", "Section 9.07", 2),
        ("Clause 14 Notices", "Clause 14", 1),
    ],
)
def test_split_number(line, number, depth):
    got_number, _, got_depth = split_number(line)
    assert (got_number, got_depth) == (number, depth)


def test_no_number_in_ordinary_sentences():
    assert split_number("The Supplier shall provide 24 agents.")[0] is None
    assert split_number("2019 was a good year")[0] is None


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Choice of Law; Venue. This Agreement shall be governed", "Choice of Law; Venue"),
        ("GOVERNING LAW. This Agreement shall be governed", "GOVERNING LAW"),
        ("Term and Termination: The term is two years.", "Term and Termination"),
        ("This Agreement shall be governed by Ohio law.", None),
        ("Fees are payable monthly. Invoices follow.", None),
        ("the supplier. It shall act.", None),
    ],
)
def test_split_heading(text, heading):
    assert split_heading(text, numbered=True)[0] == heading


def test_flattened_text_splits_at_inline_numbers_and_headings():
    text = (
        "MASTER SUPPLY AGREEMENT This agreement is made between Acme and Beta. "
        "1. Definitions. 1.1 Products. The goods listed in Exhibit A. 1.2 Territory. The United States. "
        "ARTICLE IX MISCELLANEOUS Section 9.06 Notices. All notices shall be in writing. "
        "Section 9.07 Choice of Law; Venue. This Agreement shall be governed by the laws of Ohio. "
        "Section 9.08 Waiver. No waiver shall be effective unless in writing."
    )
    clauses = _clauses(text)
    by_number = {c.number: c for c in clauses if c.number}
    assert by_number["Section 9.07"].heading == "Choice of Law; Venue"
    assert by_number["Section 9.07"].text == "This Agreement shall be governed by the laws of Ohio."
    assert by_number["Section 9.08"].heading == "Waiver"
    assert by_number["1.2"].heading == "Territory"
    assert by_number["1.2"].parent == by_number["1."].id
    assert by_number["Section 9.07"].context_heading == "MISCELLANEOUS / Choice of Law; Venue"


def test_sub_clauses_on_their_own_lines_get_their_parents_heading():
    text = (
        "14. TERMINATION\n"
        "14.1 Either party may terminate this Agreement:\n"
        "(a) on ninety days' notice; or\n"
        "(b) immediately if the other party becomes insolvent.\n"
        "\n"
        "Unnumbered closing paragraph about the effects of termination.\n"
    )
    clauses = _clauses(text)
    sub = [c for c in clauses if c.number == "(b)"][0]
    assert sub.context_heading == "TERMINATION"
    assert sub.parent == [c for c in clauses if c.number == "14.1"][0].id


def test_cuad_text_segments_into_sensible_clauses(cuad_dir):
    files = sorted((cuad_dir / "txt").glob("*.txt"))[:60]
    counts, lengths, headed = [], [], 0
    for path in files:
        clauses = [c for c in segment(read_document(path)) if c.text]
        counts.append(len(clauses))
        lengths += [len(c.text) for c in clauses]
        headed += any(c.heading and "govern" in c.heading.lower() for c in clauses)
    assert statistics.median(counts) >= 20
    assert 100 <= statistics.median(lengths) <= 1500
    assert sum(c < 5 for c in counts) <= len(files) * 0.1
    assert headed >= len(files) * 0.3


def test_cuad_governing_law_sections_are_found_with_their_text(cuad_dir):
    """Where a contract has an inline 'Governing Law.' heading, a clause carries it and its text."""
    import re

    checked = 0
    for path in sorted((cuad_dir / "txt").glob("*.txt"))[:150]:
        raw = path.read_text(errors="replace")
        if not re.search(r"\d\.?\s+Governing Law\.\s+This Agreement", raw):
            continue
        clauses = segment(read_document(path))
        match = [c for c in clauses if c.heading and c.heading.startswith("Governing Law")]
        assert match, path.name
        assert any("laws of" in c.text for c in match), path.name
        checked += 1
    assert checked >= 5


def test_table_of_contents_lines_are_not_clauses():
    text = (
        "SERVICES AGREEMENT\n\nTABLE OF CONTENTS\n\n1. Definitions 1\n2. Services 2\n"
        "3. Fees and Payment 4\n4. Term and Termination 6\n5. Governing Law 9\n\n"
        "1. Definitions. Capitalised terms have the meanings given in Schedule 1.\n\n"
        "2. Services. The Supplier shall provide the inbound call services.\n\n"
        "3. Fees and Payment. The Client shall pay each invoice within 30 days.\n\n"
        "4. Term and Termination. This Agreement continues for two years.\n\n"
        "5. Governing Law. This Agreement is governed by the laws of Ohio.\n"
    )
    clauses = [c for c in _clauses(text) if c.number]
    assert [c.number.rstrip(".") for c in clauses] == ["1", "2", "3", "4", "5"]
    assert all(c.text for c in clauses)


def test_two_title_lines_ending_in_numbers_are_kept():
    text = "1. Fees 30\n\n2. Notice period 14\n\nThe Client shall pay within 30 days.\n"
    assert any(c.number and "Fees" in (c.heading or c.text) for c in _clauses(text))


def test_run_in_title_headings_start_sibling_clauses():
    text = (
        "12. GENERAL\n"
        "12.1 Notices. All notices shall be in writing. Governing Law. This Agreement is "
        "governed by the laws of England. No Waiver. No failure to exercise a right is a waiver.\n"
        "12.2 Severability. An invalid provision does not affect the rest.\n"
    )
    clauses = _clauses(text)
    by_heading = {c.heading: c for c in clauses if c.heading}
    general = by_heading["GENERAL"]
    assert by_heading["Notices"].text == "All notices shall be in writing."
    assert by_heading["Governing Law"].text.startswith("This Agreement is governed")
    assert by_heading["No Waiver"].text.startswith("No failure")
    # Siblings of 12.1 under 12, so that 12.2 still belongs to 12 and not to 'No Waiver'.
    for heading in ("Governing Law", "No Waiver", "Severability"):
        assert by_heading[heading].parent == general.id, heading
    assert by_heading["Severability"].context_heading == "GENERAL / Severability"


@pytest.mark.parametrize("break_", ["\n", "\n\n"])
def test_run_in_heading_after_a_paragraph_is_a_child_of_the_open_section(break_):
    text = (
        f"ARTICLE 9 MISCELLANEOUS{break_}"
        "The parties further agree as follows. Assignment. Neither party may assign this "
        "Agreement without consent.\n"
    )
    clauses = _clauses(text)
    article = [c for c in clauses if c.number == "ARTICLE 9"][0]
    assignment = [c for c in clauses if c.heading == "Assignment"][0]
    assert assignment.parent == article.id
    assert assignment.text == "Neither party may assign this Agreement without consent."


@pytest.mark.parametrize(
    "text",
    [
        # A person's initial, a company's name and a title-case sentence are not headings.
        "The Supplier shall report to Alan R. Smith. The Client shall pay monthly.",
        "The goods were shipped. Acme Services, Inc. The Supplier shall provide the services.",
        "The goods are described in the attached list. Ship Them Quickly. The Client shall pay.",
        "The device is marked as required. Patent No. RE12345 covers its design.",
        # The second heading of a numbered clause follows a semicolon, not a full stop.
        "11.11 Governing Law; Submission to Jurisdiction. This Agreement is governed by Ohio law.",
    ],
)
def test_no_run_in_heading_where_none_is_meant(text):
    clauses = _clauses(text)
    assert len(clauses) == 1, [(c.heading, c.text) for c in clauses]


def test_a_title_case_heading_alone_on_its_line_heads_the_paragraph_below():
    text = (
        "Privacy. The Agent shall protect all end-user data against unauthorised disclosure.\n\n"
        "Non-assignment.\n\n"
        "The Agent may not assign this Agreement.\n\n"
        "It may not subcontract either.\n\n"
        "Amendment; Waiver.\n\n"
        "No amendment is binding unless in writing.\n\n"
        "By: Jane Doe\n\nTitle:\n\nDirector\n"
    )
    clauses = _clauses(text)
    by_heading = {c.heading: c for c in clauses if c.heading}
    assert by_heading["Privacy"].text.endswith("unauthorised disclosure.")
    assert by_heading["Non-assignment"].text == "The Agent may not assign this Agreement."
    assert by_heading["Amendment; Waiver"].text == "No amendment is binding unless in writing."
    # Siblings: 'Amendment; Waiver' does not become a part of 'Non-assignment'.
    assert by_heading["Amendment; Waiver"].parent == by_heading["Non-assignment"].parent
    assert "Title" not in by_heading  # a signature field, not a heading


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word_numbered_docx(path, paragraphs, levels, *, restart_second_list=False):
    """A Word file whose paragraphs are numbered by Word itself (numbering.xml), not typed.

    ``levels``: (numFmt, lvlText, start[, legal]) per level; ``paragraphs``: (level or None, text).
    """
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{level[2]}"/><w:numFmt w:val="{level[0]}"/>'
        + ("<w:isLgl/>" if level[3:] and level[3] else "")
        + f'<w:lvlText w:val="{level[1]}"/></w:lvl>'
        for i, level in enumerate(levels)
    )
    numbering.append(
        parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="90">{lvls}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {W_NS} w:numId="91"><w:abstractNumId w:val="90"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
    )
    list_id = "90"
    for level, text in paragraphs:
        if text == "--restart--":
            list_id = "91" if restart_second_list else "90"
            continue
        paragraph = document.add_paragraph(text)
        if level is not None:
            p_pr = paragraph._p.get_or_add_pPr()
            p_pr.append(
                parse_xml(
                    f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{list_id}"/></w:numPr>'
                )
            )
    document.save(str(path))
    return path


def test_word_automatic_numbering_gives_the_numbers_word_shows(tmp_path):
    path = _word_numbered_docx(
        tmp_path / "numbered.docx",
        [
            (None, "MASTER SERVICES AGREEMENT"),
            (0, "Services"),
            (1, "The Supplier shall provide the inbound call handling services described here."),
            (1, "The Supplier shall staff the service desk from 8am to 8pm."),
            (2, "on each Business Day; and"),
            (2, "on Saturdays during the peak season."),
            (0, "Fees"),
            (1, "The Client shall pay the fees within thirty (30) days of invoice."),
            (0, "Governing Law"),
            (1, "This Agreement is governed by the laws of England and Wales."),
        ],
        [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("lowerLetter", "(%3)", 1)],
    )
    clauses = segment(read_document(path))
    numbers = [c.number for c in clauses if c.number]
    assert numbers == ["1.", "1.1", "1.2", "(a)", "(b)", "2.", "2.1", "3.", "3.1"]
    by_number = {c.number: c for c in clauses}
    assert by_number["2."].heading == "Fees"
    assert by_number["(b)"].parent == by_number["1.2"].id


def test_word_numbering_formats_roman_articles_legal_style_and_restarts(tmp_path):
    path = _word_numbered_docx(
        tmp_path / "articles.docx",
        [
            (0, "DEFINITIONS"),
            (1, "Words defined in the Schedule have the same meaning here."),
            (0, "TERM AND TERMINATION"),
            (1, "This Agreement starts on the Effective Date and runs for three years."),
            (None, "--restart--"),
            (0, "SCHEDULE TERMS"),
        ],
        [("upperRoman", "Article %1", 1), ("decimal", "Section %1.%2", 1, "legal")],
        restart_second_list=True,
    )
    blocks = [b.text for b in read_document(path).blocks]
    assert blocks[0] == "Article I DEFINITIONS"
    assert blocks[1].startswith("Section 1.1 Words defined")  # legal style: all levels decimal
    assert blocks[2] == "Article II TERM AND TERMINATION"
    assert blocks[4] == "Article I SCHEDULE TERMS"  # a list that restarts at 1
    plain = _word_numbered_docx(
        tmp_path / "plain.docx",
        [(0, "DEFINITIONS"), (1, "Words defined in the Schedule have the same meaning here.")],
        [("upperRoman", "Article %1", 1), ("decimal", "Section %1.%2", 1)],
    )
    # Without legal style Word shows the article's own roman number inside the section number.
    assert read_document(plain).blocks[1].text.startswith("Section I.1 Words")


def test_word_number_formats():
    from clausecheck.ingest.docx import format_list_number

    assert [format_list_number(n, "lowerLetter") for n in (1, 2, 26, 27)] == ["a", "b", "z", "aa"]
    assert [format_list_number(n, "upperRoman") for n in (1, 4, 9, 14, 40)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XL",
    ]
    assert format_list_number(3, "lowerRoman") == "iii"
    assert format_list_number(7, "decimalZero") == "07"


def _blocks(*items):
    from clausecheck.types import Block

    return [Block(text=text, page=page) for page, text in items]


def test_page_numbers_legends_and_exhibit_labels_are_not_clauses():
    from clausecheck.furniture import drop_furniture

    blocks = _blocks(
        (1, "Exhibit 10.4"),
        (1, "1. Services. The Supplier shall answer calls for the Client."),
        (1, "- 1 -"),
        (
            2,
            "[***] Confidential treatment requested; certain information omitted and filed separately with the SEC.",
        ),
        (2, "2. Fees. The Client shall pay $30 per hour."),
        (2, "Page 2 of 3"),
        (20, "20 promptly after each month, the Supplier shall report its performance."),
        (20, "5."),
        (20, "Source: ACME CORP, 10-K, 3/2/2020"),
    )
    kept = [b.text for b in drop_furniture(blocks, pages=20)]
    assert kept == [
        "1. Services. The Supplier shall answer calls for the Client.",
        "2. Fees. The Client shall pay $30 per hour.",
        "promptly after each month, the Supplier shall report its performance.",
        "5.",
    ]


def test_running_titles_are_cut_even_where_a_pdf_glued_them_to_the_text():
    from clausecheck.furniture import drop_furniture

    header = "Northwind Master Services Agreement Page {n}/12"
    blocks = []
    for page in range(1, 13):
        blocks += _blocks((page, header.format(n=page)))
        blocks += _blocks((page, f"{page}.1 The Supplier shall perform duty number {page}."))
    blocks += _blocks((5, header.format(n=5) + " The Client shall pay on time."))
    kept = [b.text for b in drop_furniture(blocks, pages=12)]
    assert all("Northwind" not in text for text in kept)
    assert "The Client shall pay on time." in kept
    assert "3.1 The Supplier shall perform duty number 3." in kept


def test_signature_pages_are_no_clauses_of_their_own_but_run_on_in_the_testimonium():
    from clausecheck.furniture import drop_furniture

    blocks = _blocks(
        (4, "12.3 This Agreement may be signed in counterparts."),
        (
            4,
            "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.",
        ),
        (4, "ACME SUPPORT LIMITED"),
        (4, "By: /s/ Jane Roe"),
        (4, "Name: Jane Roe"),
        (4, "Title: Chief Executive Officer"),
        (5, "By: /s/ John Poe Name: John Poe Title: President"),
        (5, "EXHIBIT A"),
        (5, "1. The Supplier shall staff the service desk from 8am to 8pm on each Business Day."),
    )
    kept = [b.text for b in drop_furniture(blocks, pages=5)]
    # The signing party and names are read by the key terms, as from a text file.
    assert kept == [
        "12.3 This Agreement may be signed in counterparts.",
        "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date."
        " ACME SUPPORT LIMITED By: /s/ Jane Roe Name: Jane Roe Title: Chief Executive Officer"
        " By: /s/ John Poe Name: John Poe Title: President",
        "EXHIBIT A",
        "1. The Supplier shall staff the service desk from 8am to 8pm on each Business Day.",
    ]


def test_signature_fields_with_no_testimonium_before_them_are_dropped():
    from clausecheck.furniture import drop_furniture

    blocks = _blocks(
        (3, "14.2 Notices shall be in writing."),
        (3, "By: /s/ Jane Roe Name: Jane Roe Title: Director"),
        (3, "15. Fees. The Client shall pay monthly."),
    )
    kept = [b.text for b in drop_furniture(blocks, pages=3)]
    assert kept == ["14.2 Notices shall be in writing.", "15. Fees. The Client shall pay monthly."]


def test_a_clause_number_split_from_its_capitals_heading_stays_with_it():
    clauses = _clauses(
        "1. SERVICES OF THE CONSULTANT. The Consultant shall advise the Client.\n"
        "2. COMPENSATION. The Client shall pay the Consultant monthly.\n"
    )
    assert [(c.number, c.heading) for c in clauses if c.number] == [
        ("1.", "SERVICES OF THE CONSULTANT"),
        ("2.", "COMPENSATION"),
    ]


def test_wrapped_cross_references_and_spaced_numbers():
    clauses = _clauses(
        "13.1 Confidentiality. Each party shall keep the terms confidential, subject to\n"
        "Section 13.2 (Permitted Disclosure) above, and to applicable law.\n"
        "13.2 Permitted Disclosure. Either party may disclose the terms to its advisers.\n"
        "10. 7 The warranty does not apply:\n"
        "10. 7. 1 if the software is modified by the Client; or\n"
    )
    assert [c.number for c in clauses if c.number] == ["13.1", "13.2", "10.7", "10.7.1"]
    assert "Section 13.2 (Permitted Disclosure) above" in clauses[0].text


def test_unheaded_paragraphs_are_found_in_pdfs_and_docx_as_in_text(tmp_path, model):
    """An agreement of short paragraphs with no headings: in a PDF the gap between paragraphs
    was taken for the gap between lines, every paragraph ran into the next, and the scope
    paragraph was lost. Each paragraph is a clause in every format, with the same labels."""
    from pathlib import Path

    from clausecheck.analysis import analyze
    from clausecheck.samples import parse_sample, render_docx, render_pdf

    source = Path(__file__).parent / "agreements" / "unheaded-support.txt"
    lines = parse_sample(source.read_text(encoding="utf-8"))
    paths = {
        "txt": source,
        "pdf": render_pdf(lines, tmp_path / "unheaded.pdf"),
        "docx": render_docx(lines, tmp_path / "unheaded.docx"),
    }
    found = {}
    for fmt, path in paths.items():
        report = analyze(path, model=model)
        texts = [c.text for c in report.clauses if c.text]
        assert len(texts) == 8, (fmt, [t[:40] for t in texts])
        assert not any(c.heading and "CONFIDENTIAL" in c.heading for c in report.clauses)
        found[fmt] = {f.category: f.status for f in report.findings}
    assert found["pdf"] == found["txt"] == found["docx"]
    assert found["pdf"]["scope"] == "present"
