"""The same key terms from a PDF as from its text: signature blocks, cover pages and page
numbers laid out on the page must not cost a party or a date.

Every PDF here is drawn by the test from sentences written for it; each drawing is checked
against the same words read from a plain-text file.
"""

from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from clausecheck.ingest import PDF_ENGINES, read_document
from clausecheck.segment import segment
from clausecheck.terms import extract_key_terms

GAP = object()
"""A blank stretch of the page between two lines (a signature block's spacing)."""
PAGE = object()
"""A page break."""


def _draw(path, items, size=10):
    """A PDF of ``items``: text, (text, font) or (text, font, x) lines, GAP and PAGE."""
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    y = 600
    for item in items:
        if item is PAGE:
            pdf.showPage()
            y = 600
            continue
        if item is GAP:
            y -= size * 3
            continue
        text, font, x = (item, "Helvetica", 72) if isinstance(item, str) else (*item, 72)[:3]
        pdf.setFont(font, size)
        pdf.drawString(x, y, text)
        y -= size * 1.4
    pdf.save()
    return path


def _text_of(items) -> str:
    return " ".join(i if isinstance(i, str) else i[0] for i in items if i not in (GAP, PAGE))


def _terms(path, engine=None):
    document = read_document(path, engine=engine) if engine else read_document(path)
    return extract_key_terms(segment(document))


def _value(terms, name):
    found = terms.get(name)
    return found.value if found else None


def _parity(tmp_path, items, engine, term):
    pdf = _draw(tmp_path / "agreement.pdf", items)
    text = tmp_path / "agreement.txt"
    text.write_text(_text_of(items), encoding="utf-8")
    return _value(_terms(pdf, engine), term), _value(_terms(text), term)


B = "Helvetica-Bold"
RIGHT = 320

SIGNATURE_PAGES = [
    pytest.param(
        [
            ("JOINT FILING AGREEMENT", B),
            "The undersigned agree that the statement on Schedule 13G to which this agreement",
            "is attached is filed on behalf of each of them.",
            ("March 3, 2021", "Helvetica", RIGHT),
            ("(Date)", "Helvetica", RIGHT),
            GAP,
            ("KESTREL HARBOUR TRUST", "Helvetica", RIGHT),
            ("/s/ Olwen Price", "Helvetica", RIGHT),
            ("(Signature)", "Helvetica", RIGHT),
            GAP,
            ("OLWEN PRICE", "Helvetica", RIGHT),
            ("/s/ Olwen Price", "Helvetica", RIGHT),
            ("(Signature)", "Helvetica", RIGHT),
        ],
        ["KESTREL HARBOUR TRUST", "OLWEN PRICE"],
        id="joint-filing-names-in-capitals",
    ),
    pytest.param(
        [
            "Each of the undersigned agrees that the Schedule 13D is filed on its behalf.",
            "Dated: 9 February 2020",
            GAP,
            ("Larchmont Value Fund II, LP", B),
            "By: /s/ Dev Anand",
            ("Title: Partner", B),
            GAP,
            ("Heron Street Advisers, LLC", B),
            "By: /s/ Dev Anand",
            "Name: Dev Anand",
        ],
        ["Larchmont Value Fund II, LP", "Heron Street Advisers, LLC"],
        id="bold-fund-names-with-general-partners",
    ),
    pytest.param(
        [
            "IN WITNESS WHEREOF, the parties have signed this Agreement.",
            GAP,
            ("PURCHASER:", B),
            ("Tamsin Ridge Holdings LLC", B),
            "By: /s/ Ivo Marsh",
            "Name: Ivo Marsh",
            GAP,
            ("SPONSOR:", B),
            ("Quarry Lane Opportunity Fund L.P.", B),
            "By: /s/ Rhea Collins",
            "Title: Managing Member",
        ],
        ["Tamsin Ridge Holdings LLC", "Quarry Lane Opportunity Fund L.P."],
        id="labelled-blocks-in-bold",
    ),
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("items", "parties"), SIGNATURE_PAGES)
def test_parties_named_only_in_signature_blocks(tmp_path, engine, items, parties):
    from_pdf, from_text = _parity(tmp_path, items, engine, "parties")
    assert from_pdf == from_text
    blocks = read_document(tmp_path / "agreement.pdf", engine=engine).blocks
    assert not any(b.kind == "heading" and b.text in parties for b in blocks), blocks
    assert from_pdf in (parties, None), from_pdf


EFFECTIVE_ON_SIGNING = [
    pytest.param(
        [
            "14. Effective Date. This Agreement becomes effective on the date of the last",
            "signature below.",
            GAP,
            ("ALDER MILLS LIMITED", B),
            "By: /s/ Nia Okoro",
            "Title: Director",
            GAP,
            "Date: 4/11/2019",
            GAP,
            ("BIRCH FOODS PLC", B),
            "By: /s/ Sam Reyes",
            "Title: Secretary",
            GAP,
            "Date: 4/18/2019",
        ],
        "2019-04-18",
        id="dates-set-apart-under-each-block",
    ),
    pytest.param(
        [
            "9.4 This Agreement shall enter into force on the later of the dates of signature",
            "shown below.",
            GAP,
            "Signed for Cedar Line Inc.                    Signed for Pike Valley Corp.",
            GAP,
            "By: ____________________                    By: ____________________",
            "Name: Ada Klein                                Name: Joel Mays",
            GAP,
            "Date: June 2, 2022                            Date: June 9, 2022",
        ],
        "2022-06-09",
        id="side-by-side-blocks",
    ),
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("items", "date"), EFFECTIVE_ON_SIGNING)
def test_a_clause_dating_the_agreement_by_its_signatures_keeps_them(tmp_path, engine, items, date):
    # The signature blocks, however spaced, stay in one paragraph with the clause that points
    # to them, as a text file gives them: the dates of signing are read from there.
    from_pdf, from_text = _parity(tmp_path, items, engine, "effective_date")
    assert from_pdf == from_text
    blocks = [b.text for b in read_document(tmp_path / "agreement.pdf", engine=engine).blocks]
    assert len(blocks) == 1, blocks
    assert blocks[0].startswith(items[0]) and blocks[0].endswith(items[-1].split()[-1]), blocks
    assert date[:4] in blocks[0]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_page_number_ending_a_short_page_does_not_open_the_next_page(tmp_path, engine):
    # A cover page whose text ends halfway down: its page number sits outside any margin.
    items = [
        ("DISTRIBUTION AGREEMENT", B, 220),
        GAP,
        ("1", "Helvetica", 300),
        PAGE,
        ("THIS AGREEMENT IS MADE ON 3 JUNE 2019", B),
        "between Juniper Coast Limited, a company registered in England, and Osprey Lane",
        "Trading Inc., a Delaware corporation.",
        GAP,
        ("2", "Helvetica", 300),
        PAGE,
        "1. The Distributor shall buy the Products only from the Supplier.",
    ]
    path = _draw(tmp_path / "cover.pdf", items)
    blocks = [b.text for b in read_document(path, engine=engine).blocks]
    assert not any(b.startswith(("1 THIS", "2 1.")) for b in blocks), blocks
    assert not any(b.strip() in {"1", "2"} for b in blocks), blocks
    terms = _terms(path, engine)
    assert _value(terms, "parties") == ["Juniper Coast Limited", "Osprey Lane Trading Inc."]


COVERS = [
    pytest.param(
        ["by and between", "MERIDIAN WORKS LTD.", "and", "FALCON RIDGE CORPORATION"],
        "by and between MERIDIAN WORKS LTD. and FALCON RIDGE CORPORATION",
        id="by-and-between",
    ),
    pytest.param(
        ["HOLLIS BAY PLC", "- and -", "TERN DATA LIMITED"],
        "HOLLIS BAY PLC - and - TERN DATA LIMITED",
        id="dashed-and",
    ),
    pytest.param(
        ["among", "Wren Capital LLC, Stoat Partners LP", "and", "Vole Industries, Inc."],
        "among Wren Capital LLC, Stoat Partners LP and Vole Industries, Inc.",
        id="among-three",
    ),
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("lines", "title"), COVERS)
def test_a_cover_page_naming_the_parties_is_one_title(tmp_path, engine, lines, title):
    items = [("SUPPLY AGREEMENT", B, 230), GAP]
    items += [(line, B, 230) for line in lines]
    items += [GAP, "1. The Supplier shall deliver the Goods to the Buyer's warehouse."]
    path = _draw(tmp_path / "cover.pdf", items)
    blocks = [b.text for b in read_document(path, engine=engine).blocks]
    assert any(title in b for b in blocks), blocks
    assert not any(b.strip() in {"and", "- and -", "among"} for b in blocks), blocks


# Near misses: the layout rules must leave these as they were.


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_heading_in_capitals_over_a_clause_stays_a_heading(tmp_path, engine):
    items = [
        ("GOVERNING LAW", B),
        "This Agreement is governed by the laws of the State of New York.",
        GAP,
        ("NOTICES", B),
        "Notices shall be sent to the addresses on the first page.",
    ]
    blocks = read_document(_draw(tmp_path / "h.pdf", items), engine=engine).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["GOVERNING LAW", "NOTICES"]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_field_named_in_a_sentence_is_not_a_signature_block(tmp_path, engine):
    items = [
        ("DELIVERY", B),
        "The Supplier shall mark each parcel with the order number.",
        GAP,
        ("PRICES", B),
        "Prices are those of the price list in force on the order date.",
    ]
    blocks = read_document(_draw(tmp_path / "f.pdf", items), engine=engine).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "heading", "paragraph"]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(
    "middle",
    [
        pytest.param(["12"], id="a-figure-in-mid-page"),
        pytest.param(["Units per pallet:", "40"], id="a-table-value"),
    ],
)
def test_a_number_inside_a_page_is_kept(tmp_path, engine, middle):
    items = ["Schedule 2. Packing.", *middle, "The Buyer may reject short pallets.", "3"]
    blocks = " ".join(
        b.text for b in read_document(_draw(tmp_path / "n.pdf", items), engine=engine).blocks
    )
    assert middle[-1] in blocks.split()
    assert not blocks.endswith(" 3")


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "and the Buyer shall pay the price within thirty days.", id="and-opening-a-line"
        ),
        pytest.param("between the parties, this Agreement prevails.", id="between-opening-a-line"),
    ],
)
def test_a_line_opening_with_a_connector_is_not_a_cover_link(tmp_path, engine, line):
    items = [
        ("PAYMENT", B),
        "The Supplier shall invoice on delivery,",
        line,
        GAP,
        ("TERM", B),
        "This Agreement runs for two (2) years.",
    ]
    blocks = read_document(_draw(tmp_path / "c.pdf", items), engine=engine).blocks
    assert [b.kind for b in blocks] == ["heading", "paragraph", "heading", "paragraph"]


def _draw_runs(path, runs, size=10):
    """One line of (text, font) runs, each drawn a word space after the one before: a font
    change where the producer left a gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    x = 72
    for text, font in runs:
        pdf.setFont(font, size)
        pdf.drawString(x, 600, text)
        x += stringWidth(text, font, size) + size * 0.5
    pdf.save()
    return path


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(
    ("runs", "reads"),
    [
        pytest.param(
            [
                ("Kestrel Yard Limited", "Helvetica"),
                ("(", "Helvetica"),
                ("\u201cLandlord\u201d", B),
                ("), and", "Helvetica"),
            ],
            "Kestrel Yard Limited (\u201cLandlord\u201d), and",
            id="curly-quotes-in-bold",
        ),
        pytest.param(
            [("Osprey Lane Inc. (the", "Helvetica"), ("\u201c", "Helvetica"), ("Tenant\u201d)", B)],
            "Osprey Lane Inc. (the \u201cTenant\u201d)",
            id="an-opening-quote-apart",
        ),
        pytest.param(
            [
                ("Heron Mills LLC", "Helvetica"),
                ('("', "Helvetica"),
                ("Buyer", B),
                ('")', "Helvetica"),
            ],
            'Heron Mills LLC ("Buyer")',
            id="straight-quotes-apart",
        ),
    ],
)
def test_a_defined_name_in_another_font_keeps_its_quotes_tight(tmp_path, engine, runs, reads):
    document = read_document(_draw_runs(tmp_path / "q.pdf", runs), engine=engine)
    assert reads in " ".join(b.text for b in document.blocks)


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_lone_straight_quote_is_left_where_it_stands(tmp_path, engine):
    # A straight quote alone may open or close: it is not joined to either side.
    runs = [
        ("The mark", "Helvetica"),
        ('"', "Helvetica"),
        ("ORCA", B),
        ("is licensed.", "Helvetica"),
    ]
    document = read_document(_draw_runs(tmp_path / "q.pdf", runs), engine=engine)
    assert 'The mark " ORCA is licensed.' in " ".join(b.text for b in document.blocks)


PREAMBLES = [
    pytest.param(
        [
            "THIS AGREEMENT is made on the 2nd day of April, 2018",
            "BETWEEN:",
            "HOLLOW CREEK MINERALS, INC., a company having its registered office at 40 Ridge",
            'Road, Reno, Nevada ("Hollow Creek")',
            "AND:",
            "DR. MAEVE FINCH CONSULTING LTD., a company having an office at 9 Elm Row,",
            'Dublin 2 (the "Consultant")',
        ],
        ["HOLLOW CREEK MINERALS, INC.", "DR. MAEVE FINCH CONSULTING LTD."],
        id="a-capitals-name-opening-with-dr",
    ),
    pytest.param(
        [
            "THIS DEED is dated 14 September 2016",
            ("PARTIES", B),
            "(1) ORCHARD VALE LIMITED, incorporated in England whose registered office is at Unit 7,",
            "Kiln Yard (\u201cOrchard\u201d); and Mill House, 5 Church Street, Bath",
            "(2) TIDEWAY HOLDINGS PLC incorporated in Jersey whose registered office is at 22",
            "Esplanade, St Helier (\u201cTideway\u201d), each a \u201cParty\u201d.",
        ],
        ["ORCHARD VALE LIMITED", "TIDEWAY HOLDINGS PLC"],
        id="parties-numbered-on-lines-of-their-own",
    ),
    pytest.param(
        [
            "9 March 2022",
            GAP,
            "Attention: Nkem Okafor, Chief Executive Officer",
            GAP,
            "Dear Ms. Okafor: The undersigned, Lantern Quay Securities Ltd. (the \u201cLead Agent\u201d)",
            "and Marram Point Capital Inc. (with the Lead Agent, the \u201cAgents\u201d) understand",
            "that the Company proposes to issue shares.",
        ],
        ["Lantern Quay Securities Ltd.", "Marram Point Capital Inc."],
        id="the-undersigned-after-a-salutation",
    ),
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("items", "parties"), PREAMBLES)
def test_a_preamble_laid_out_line_by_line_names_its_parties(tmp_path, engine, items, parties):
    # Labels, list numbers and salutations on lines of their own become headings and clause
    # numbers in a PDF; the text file runs them into the preamble. Both name the parties.
    from_pdf, from_text = _parity(tmp_path, items, engine, "parties")
    assert from_pdf == from_text == parties


def _font(name, path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(name, str(path)))
    return name


def _vera():
    from pathlib import Path

    import reportlab

    return _font("Vera", Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_ligatures_read_as_their_letters(tmp_path, engine):
    font = _vera()
    drawn = "The \ufb01rst delivery \ufb02ows from the \ufb01xed schedule."
    document = read_document(_draw(tmp_path / "l.pdf", [(drawn, font)]), engine=engine)
    assert "The first delivery flows from the fixed schedule." in document.blocks[0].text


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_greek_question_mark_divides_parties_as_a_semicolon(tmp_path, engine):
    from pathlib import Path

    path = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not path.exists():
        pytest.skip("no font with a Greek question mark")
    font = _font("DejaVuSans", path)
    lines = [
        'This Services Agreement ("Agreement") made 3 May 2021, between Northfield',
        'Rowing Club ("NRC"), a charity having its office at 4 Quay Street, Leeds LS1 9QT\u037e',
        'Harbour Light Trust Inc. ("HLT"), a charity having its office at 8 Pier Road, Hull',
        'HU1 2AB and Saltmarsh Foods, Inc. (together with HLT, the "Sponsors").',
    ]
    pdf = _draw(tmp_path / "g.pdf", [(line, font) for line in lines])
    text = tmp_path / "g.txt"
    text.write_text(" ".join(lines).replace("\u037e", ";"), encoding="utf-8")
    from_pdf, from_text = _value(_terms(pdf, engine), "parties"), _value(_terms(text), "parties")
    assert from_pdf == from_text
    assert "Harbour Light Trust Inc." in from_pdf


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_typographic_apostrophe_reads_as_the_text_files(tmp_path, engine, model):
    from clausecheck.classify import classify_clauses

    items = [
        ("GOVERNING LAW", B),
        "This Agreement and any claim arising from it are governed by the laws of the People\u2019s",
        "Republic of China, without regard to the Supplier\u2019s place of business.",
    ]
    pdf = _draw(tmp_path / "a.pdf", items)
    text = tmp_path / "a.txt"
    text.write_text(_text_of(items).replace("\u2019", "'"), encoding="utf-8")
    read = []
    for document in (read_document(pdf, engine=engine), read_document(text)):
        clauses = segment(document)
        classify_clauses(clauses, model)
        read.append(_value(extract_key_terms(clauses), "governing_law"))
    assert read == ["China", "China"]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_an_apostrophe_set_apart_from_its_s_is_joined(tmp_path, engine):
    runs = [("IN NO EVENT SHALL EITHER PARTY\u2019", "Helvetica"), ("S LIABILITY", "Helvetica")]
    document = read_document(_draw_runs(tmp_path / "s.pdf", runs), engine=engine)
    assert "EITHER PARTY'S LIABILITY" in document.blocks[0].text


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_closing_quote_after_a_word_is_left_alone(tmp_path, engine):
    items = ["Greyfield Ltd (the \u2018Seller\u2019) sells the \u2018Goods\u2019 to Ambleside plc."]
    document = read_document(_draw(tmp_path / "q.pdf", items), engine=engine)
    assert items[0] in document.blocks[0].text


CAPITAL_CAPS = [
    pytest.param(
        [
            ("11.5 Limitation of Liability.", B),
            "EXCEPT FOR A BREACH OF ARTICLE 12 (CONFIDENTIALITY), THE TOTAL LIABILITY OF EITHER",
            "PARTY UNDER THIS AGREEMENT, IN CONTRACT, TORT OR OTHERWISE, SHALL NOT EXCEED AN",
            "AMOUNT EQUAL TO $250,000.",
            "11.6 Insurance. Each Party shall keep adequate insurance in force.",
        ],
        "$250,000",
        id="the-sum-on-the-last-line",
    ),
    pytest.param(
        [
            "9. CAP. NEITHER PARTY'S AGGREGATE LIABILITY ARISING OUT OF OR RELATING TO THIS",
            "AGREEMENT WILL IN ANY CASE EXCEED THE FEES PAID BY CUSTOMER IN THE",
            "TWELVE MONTHS BEFORE THE CLAIM.",
            "10. NOTICES. Notices are given in writing to the addresses above.",
        ],
        "fees paid by customer in the twelve months before the claim",
        id="the-measure-on-the-last-line",
    ),
]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(("items", "cap"), CAPITAL_CAPS)
def test_the_last_line_of_a_paragraph_in_capitals_is_not_a_heading(tmp_path, engine, items, cap):
    from_pdf, from_text = _parity(tmp_path, items, engine, "liability_cap")
    assert from_pdf == from_text
    assert cap.lower() in str(from_pdf).lower()
    blocks = read_document(tmp_path / "agreement.pdf", engine=engine).blocks
    assert items[-2] not in [b.text for b in blocks if b.kind == "heading"], blocks


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("gap", [pytest.param([], id="no-gap"), pytest.param([GAP], id="a-gap")])
def test_a_heading_under_a_capitals_sentence_that_ends_stays_a_heading(tmp_path, engine, gap):
    # Near miss: the paragraph in capitals ends with its full stop; the next line is a heading.
    items = [
        "THE SUPPLIER GIVES NO WARRANTY OTHER THAN THOSE SET OUT IN THIS AGREEMENT.",
        *gap,
        ("GOVERNING LAW", "Helvetica"),
        "This Agreement is governed by the laws of Ontario.",
    ]
    blocks = read_document(_draw(tmp_path / "g.pdf", items), engine=engine).blocks
    assert [b.text for b in blocks if b.kind == "heading"] == ["GOVERNING LAW"]


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize(
    ("signed", "date"),
    [
        pytest.param("Signed and effective this 14th day of June, 2003.", "2003-06-14", id="us"),
        pytest.param("Executed and effective on 2 February 2011.", "2011-02-02", id="uk"),
    ],
)
def test_a_dated_last_sentence_above_the_signatures_is_kept(tmp_path, engine, signed, date):
    # The sentence sits where a party's name would, right above the first block: it is not the
    # name, and it stays when the blocks, a short run of fields, are left out.
    items = [
        "7. Records. The Broker shall keep its records of each policy for six years.",
        GAP,
        signed,
        "BROKER",
        "By: /s/ Lena Voss",
        "Its: President",
        GAP,
        "INSURER",
        "By: /s/ Omar Haddad",
        "Its: Secretary",
    ]
    pdf = _draw(tmp_path / "signed.pdf", items)
    text = tmp_path / "signed.txt"
    text.write_text(
        "\n".join("" if i is GAP else i for i in items).replace(signed, f"\n{signed}\n"),
        encoding="utf-8",
    )
    from_pdf = _value(_terms(pdf, engine), "effective_date")
    assert from_pdf == _value(_terms(text), "effective_date") == date


BODY_LINES = [
    "1.1 The Supplier shall provide the Services to the Customer from the Start Date in accordance",
    "with this Agreement, the Service Description and the reasonable instructions of the Customer,",
    "and shall ensure that each of its personnel engaged in the Services holds every qualification,",
    "licence and permit that the law or the Service Description requires of a person doing the work.",
] * 5
"""Twenty full lines of an earlier clause, drawn before each case: the body text's right margin
is taken from the lines of the document, not from the handful under test."""
WRAPPED_AT_AN_ENUMERATOR = [
    "12.3 Limitation. Save for liability under Clause 9 or for death, personal injury or fraud, and",
    "(a) neither Party shall be liable for indirect or consequential loss or for lost revenue, and",
    "(b) each Party's total liability under this Agreement shall not exceed the Charges paid in the",
    "twelve (12) months before the claim arose, and neither Party excludes what the law forbids.",
]


def _justified(path, lines):
    """A PDF of ``lines``, each stretched to the full measure as a justified paragraph's are."""
    pdf = canvas.Canvas(str(path), pagesize=LETTER)
    y = 740
    for line in lines:
        words = line.split()
        text = pdf.beginText(72, y)
        text.setFont("Helvetica", 9)
        natural = pdf.stringWidth(line, "Helvetica", 9)
        text.setWordSpace(max(0.0, (468 - natural) / max(1, len(words) - 1)))
        text.textLine(line)
        pdf.drawText(text)
        y -= 12
        if y < 72:
            pdf.showPage()
            y = 740
    pdf.save()
    return path


def _last_blocks(path, engine, count):
    return [b.text for b in read_document(path, engine=engine).blocks][-count:]


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_sentence_wrapped_at_a_list_letter_stays_one_paragraph(tmp_path, engine):
    pdf = _justified(tmp_path / "wrapped.pdf", BODY_LINES + WRAPPED_AT_AN_ENUMERATOR)
    assert _last_blocks(pdf, engine, 1) == [" ".join(WRAPPED_AT_AN_ENUMERATOR)]


LIST_SET_OUT = [
    (  # the introduction ends with a colon
        "12.3 Limitation. Nothing in this Agreement limits either Party's liability for the following:",
        "(a) death or personal injury caused by its negligence or that of its employees or agents,",
        "(b) fraud or fraudulent misrepresentation by it or by any person acting on its behalf, or",
        "(c) any other liability which cannot be limited or excluded under the applicable law.",
    ),
    (  # a UK-style colon and dash, items ending 'and'
        "12.3 Obligations. On the Handover Date the Supplier shall do each of the following things:-",
        "(a) deliver up to the Customer every key, card and code for the premises and the systems and",
        "(b) deliver up every record of the Services that it holds, in whatever form it is kept.",
    ),
    (  # an em dash
        "12.3 Default. The Customer may end this Agreement at once by notice if the Supplier, or it —",
        "(a) commits a material breach of this Agreement that is incapable of remedy by the Supplier,",
        "(b) becomes insolvent or enters into any arrangement or composition with its creditors.",
    ),
]


@pytest.mark.parametrize("items", LIST_SET_OUT, ids=["colon", "colon-dash", "em-dash"])
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_list_set_out_item_by_item_keeps_its_items_apart(tmp_path, engine, items):
    """Each item opens a full line, and no item runs inside the sentence before it: they stay
    paragraphs of their own however the lines above them end."""
    pdf = _justified(tmp_path / "listed.pdf", BODY_LINES + list(items))
    assert _last_blocks(pdf, engine, len(items)) == list(items)


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_later_items_of_a_list_set_out_stay_apart_after_a_comma(tmp_path, engine):
    items = [
        "(a) the Supplier shall keep the Equipment in good repair and condition at its own cost,",
        "(b) the Supplier shall insure the Equipment against loss or damage for its full value, and",
        "(c) the Supplier shall return the Equipment to the Customer when this Agreement ends.",
    ]
    intro = (
        "12.3 Equipment. While this Agreement continues the following terms apply to the Equipment:"
    )
    pdf = _justified(tmp_path / "items.pdf", BODY_LINES + [intro, *items])
    assert _last_blocks(pdf, engine, 3) == items


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_a_short_document_of_short_items_keeps_them_apart(tmp_path, engine):
    items = [
        "The Licensed Materials comprise:",
        "(a) the Software in object code,",
        "(b) the Documentation,",
        "(c) the Training Materials, and",
        "(d) the API Keys.",
    ]
    pdf = _draw(tmp_path / "short.pdf", items)
    assert [b.text for b in read_document(pdf, engine=engine).blocks] == items
