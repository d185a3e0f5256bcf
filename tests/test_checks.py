"""Each check on sentences written for these tests, with positive and negative cases.

Clauses are built directly with their labels so that the checks are tested apart from the
model; the sample-agreement tests run the whole pipeline.
"""

from __future__ import annotations

import pytest

from clausecheck.checks import build_findings, status_for
from clausecheck.checks.consistency import conflicting_laws, conflicting_notice, inverted_waivers
from clausecheck.checks.language import mixed_efforts, placeholders, redactions, vague_language
from clausecheck.playbooks import load_playbook, parse_playbook
from clausecheck.types import CATEGORY_TITLES, Clause, Issue


def clause(
    text: str, *labels: str, number: str | None = None, cid: str = "c1", heading: str | None = None
) -> Clause:
    return Clause(
        id=cid,
        text=text,
        number=number,
        heading=heading,
        labels=list(labels),
        scores={label: 0.9 for label in labels},
    )


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("This Agreement is made between [NAME] and Acme Ltd.", "[NAME]"),
        ("The services are delivered by [call centre name] from its site.", "[call centre name]"),
        ("The Supplier's registered office is at [●].", "[●]"),
        ("The start date is ____ and the fee is fixed.", "____"),
        ("The service levels are TBD.", "TBD"),
        ("The rate is $XX per hour.", "XX"),
        ("This Agreement is dated as of , 2012 between the parties.", "dated as of , 2012"),
    ],
)
def test_placeholders_found(text, quote):
    issues = placeholders(clause(text))
    assert [i.quote for i in issues] == [quote]
    assert issues[0].severity == "high"
    assert f'"{quote}" ({quote})' not in issues[0].message  # says what kind of blank, once


@pytest.mark.parametrize(
    "text",
    [
        "The price per unit is [***] and is fixed for the Term.",
        "By: ______________ Name: ______________ Title: ______________",
        "[SIGNATURE PAGE FOLLOWS]",
        "Article XX of the Treaty applies.",
        "The parties signed on 3 March 2012 in London.",
    ],
)
def test_placeholders_not_found(text):
    assert placeholders(clause(text)) == []


def test_redactions_are_reported_once_as_information():
    clauses = [clause("Price: [***].", cid="c1"), clause("Volume: [* * *] units.", cid="c2")]
    issues = redactions(clauses)
    assert len(issues) == 1 and issues[0].severity == "info" and issues[0].code == "redaction"
    assert redactions([clause("No redactions here.")]) == []


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        (
            "reasonable endeavours",
            "The Supplier shall use reasonable endeavours to meet the Service Levels.",
        ),
        (
            "reasonable efforts",
            "Supplier will use reasonable efforts to achieve the response targets.",
        ),
        ("promptly", "The Supplier shall respond promptly to each request."),
        ("as soon as practicable", "The Supplier shall repair faults as soon as practicable."),
        ("good industry practice", "Service levels will follow good industry practice."),
        ("to be agreed", "The service levels are to be agreed by the parties."),
        ("satisfactory", "The Supplier shall perform the services to a satisfactory standard."),
    ],
)
def test_vague_phrases_are_flagged_by_phrase(phrase, text):
    issues = vague_language("sla", clause(text), needs_number=True)
    assert len(issues) == 1
    assert phrase in issues[0].quote.lower()
    assert issues[0].severity == "high"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The Supplier may from time to time change the service levels on notice.", True),
        ("Client may from time to time adjust the fees payable for each channel.", True),
        (
            "The Services are described in the Statement of Work, as amended from time to time.",
            False,
        ),
        ("The steering committee shall meet from time to time to review performance.", False),
        ("Provider shall promptly notify Client of any security incident.", True),
        ("Each party shall promptly execute such further documents as are needed.", False),
        ("The parties shall confer as soon as practicable about the launch plan.", False),
        ("Supplier shall repair the fault as soon as practicable.", True),
        ("Supplier shall promptly, and in any event within four hours, repair the fault.", False),
    ],
)
def test_timing_and_discretion_words_are_vague_only_where_they_matter(text, flagged):
    assert bool(vague_language("sla", clause(text), needs_number=False)) is flagged


@pytest.mark.parametrize(
    ("category", "text", "flagged"),
    [
        ("pricing", "Client shall pay each invoice promptly.", True),
        ("pricing", "Client shall pay each invoice promptly and within 30 days.", False),
        ("pricing", "Supplier shall promptly notify Client of any change of address.", False),
        (
            "confidentiality",
            "Recipient shall promptly notify Discloser of any unauthorised disclosure.",
            True,
        ),
        ("confidentiality", "Recipient shall promptly notify Discloser of a subpoena.", False),
        ("confidentiality", "On termination Recipient shall promptly return all materials.", False),
        ("termination", "The defaulting party shall cure the breach as soon as practicable.", True),
        ("termination", "On expiry each party shall promptly return the other's equipment.", False),
        ("governing_law", "The parties shall promptly agree a venue.", False),
    ],
)
def test_timing_words_are_vague_where_the_category_needs_a_deadline(category, text, flagged):
    assert bool(vague_language(category, clause(text), needs_number=False)) is flagged


def test_vague_phrase_is_medium_where_no_number_is_missing():
    issues = vague_language(
        "sla", clause("The Supplier shall promptly report each failure."), needs_number=False
    )
    assert issues[0].severity == "medium"


def test_precise_wording_is_not_vague():
    assert (
        vague_language("sla", clause("Supplier shall answer 80% of calls within 20 seconds."), True)
        == []
    )
    assert (
        vague_language(
            "pricing",
            clause("Customer pays reasonable attorneys' fees of the prevailing party."),
            True,
        )
        == []
    )


def test_mixed_efforts_standards():
    clauses = [
        clause("Supplier shall use best efforts to recruit.", cid="c1"),
        clause("Client shall use reasonable efforts to forecast.", cid="c2"),
    ]
    assert [i.code for i in mixed_efforts(clauses)] == ["mixed_efforts"]
    assert mixed_efforts([clause("Supplier shall use commercially reasonable efforts.")]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Any delay by a party in enforcing a right shall be deemed a waiver of that right.",
        "A failure to insist on strict performance will constitute a waiver of the relevant term.",
        "A breach or delay in the application of a right is considered a waiver of that right.",
        "A party that does not exercise a right within a reasonable time is taken to have waived it.",
        "A course of dealing between the parties operates as a waiver of strict compliance.",
        "Any forbearance by the Customer shall be regarded as a waiver of its rights.",
    ],
)
def test_inverted_waiver_found(text):
    assert [i.code for i in inverted_waivers([clause(text, "waiver")])] == ["inverted_waiver"]


@pytest.mark.parametrize(
    "text",
    [
        "No failure or delay by either party in exercising any right shall operate as a waiver of it.",
        "A failure to enforce any provision shall not be deemed a waiver of that provision.",
        "Neither party's delay in exercising a right shall be construed as a waiver.",
        "8. No condoning or overlooking of any breach shall operate as a waiver of any right.",
        "Waivers must be in writing, and no failure to enforce a right shall be deemed a waiver.",
        "Buyer's failure to give notice of a defect within 10 days shall constitute a waiver of it.",
        "Any delay in enforcing payment shall in no event be deemed a waiver of it.",
    ],
)
def test_no_waiver_clauses_are_not_inverted(text):
    assert inverted_waivers([clause(text, "waiver")]) == []


def test_two_governing_laws_contradict():
    clauses = [
        clause(
            "This Agreement is governed by the laws of the Province of Ontario.",
            "governing_law",
            cid="c1",
        ),
        clause(
            "This Agreement shall be construed under the laws of the State of New York.",
            "governing_law",
            cid="c2",
        ),
    ]
    issues = conflicting_laws(clauses)
    assert len(issues) == 1 and "Ontario" in issues[0].message and "New York" in issues[0].message
    same = [
        clauses[0],
        clause(
            "The laws of the Province of Ontario apply to any dispute.", "governing_law", cid="c3"
        ),
    ]
    assert conflicting_laws(same) == []


def test_notice_periods_for_the_same_right_contradict():
    clauses = [
        clause(
            "Client may terminate for convenience on 60 days' written notice.",
            "termination",
            cid="c1",
        ),
        clause(
            "Either party may terminate this Agreement for convenience on ninety (90) days' notice.",
            "termination",
            cid="c2",
        ),
    ]
    assert [i.code for i in conflicting_notice(clauses)] == ["contradiction"]
    different_rights = [
        clause(
            "Client may terminate for convenience on 90 days' written notice.",
            "termination",
            cid="c1",
        ),
        clause(
            "Either party may elect not to renew by giving 60 days' notice before expiry.",
            "termination",
            cid="c2",
        ),
    ]
    assert conflicting_notice(different_rights) == []


def _findings(clauses, playbook="call-centre"):
    return build_findings(clauses, load_playbook(playbook))


def test_missing_category_is_missing_with_a_suggestion():
    findings, _ = _findings([clause("The Supplier shall provide inbound call handling.", "scope")])
    law = next(f for f in findings if f.category == "governing_law")
    assert law.status == "missing" and law.issues[0].code == "missing" and law.issues[0].suggestion


@pytest.mark.parametrize(
    ("category", "weak", "strong"),
    [
        (
            "sla",
            "The Supplier shall meet the service levels.",
            "The Supplier shall answer 80% of calls within 20 seconds.",
        ),
        (
            "termination",
            "Either party may terminate this Agreement for convenience.",
            "Either party may terminate on 30 days' written notice.",
        ),
        (
            "governing_law",
            "This Agreement is governed by the applicable law.",
            "This Agreement is governed by the laws of Texas.",
        ),
        (
            "confidentiality",
            "Each party shall keep the other's information confidential.",
            "Each party shall keep the other's information confidential for five (5) years after termination.",
        ),
        (
            "waiver",
            "No delay in exercising a right is a waiver of it.",
            "No waiver is effective unless made in writing.",
        ),
    ],
)
def test_missing_elements(category, weak, strong):
    heading = CATEGORY_TITLES[category]
    weak_finding = next(
        f for f in _findings([clause(weak, category, heading=heading)])[0] if f.category == category
    )
    assert weak_finding.status == "ambiguous"
    assert "missing_element" in [i.code for i in weak_finding.issues]
    strong_finding = next(
        f
        for f in _findings([clause(strong, category, heading=heading)])[0]
        if f.category == category
    )
    assert "missing_element" not in [i.code for i in strong_finding.issues]


def test_a_missing_element_is_sure_only_where_a_clause_is_headed_as_the_category():
    unheaded = next(
        f
        for f in _findings([clause("Either party may terminate for convenience.", "termination")])[
            0
        ]
        if f.category == "termination"
    )
    element = next(i for i in unheaded.issues if i.code == "missing_element")
    assert element.severity == "low" and unheaded.status != "ambiguous"
    under_a_section = clause(
        "Either party may terminate for convenience.", "termination", heading=None
    )
    under_a_section.context_heading = "TERM AND TERMINATION"
    headed = next(f for f in _findings([under_a_section])[0] if f.category == "termination")
    assert headed.status == "ambiguous"


def test_pricing_needs_amount_and_payment_term():
    weak = next(
        f
        for f in _findings([clause("Fees will be set out in an order form.", "pricing")])[0]
        if f.category == "pricing"
    )
    assert [i.code for i in weak.issues].count("missing_element") == 2
    strong = next(
        f
        for f in _findings(
            [clause("Client pays $30 per hour; invoices are due within 30 days.", "pricing")]
        )[0]
        if f.category == "pricing"
    )
    assert strong.status == "present"


def test_status_rule():
    high = Issue(code="placeholder", severity="high", message="m")
    low = Issue(code="vague_language", severity="medium", message="m")
    assert status_for([], []) == "missing"
    assert status_for(["c1"], [low]) == "present"
    assert status_for(["c1"], [low, high]) == "ambiguous"
    position = Issue(code="position", severity="medium", message="m")
    assert status_for(["c1"], [low, position]) == "deviates"
    assert status_for(["c1"], [position, high]) == "ambiguous"


def test_user_playbook_positions_become_issues():
    playbook = parse_playbook(
        b"""
name: strict
require: [governing_law, pricing, termination, sla]
positions:
  governing_law: {jurisdiction: England and Wales}
  pricing: {max_payment_days: 45}
  termination: {max_notice_days: 90}
  sla: {required_metrics: [average_speed_of_answer, abandonment_rate]}
""",
        "strict.yaml",
    )
    clauses = [
        clause("This Agreement is governed by the laws of New York.", "governing_law", cid="c1"),
        clause("Client pays $30 per hour within sixty (60) days of invoice.", "pricing", cid="c2"),
        clause("Either party may terminate on 120 days' written notice.", "termination", cid="c3"),
        clause("Average speed of answer shall not exceed 30 seconds.", "sla", cid="c4"),
    ]
    findings, _ = build_findings(clauses, playbook)
    positions = {
        f.category: [i.message for i in f.issues if i.code == "position"] for f in findings
    }
    assert "England and Wales" in positions["governing_law"][0]
    assert "60 days" in positions["pricing"][0]
    assert "120 days" in positions["termination"][0]
    assert "abandonment rate" in positions["sla"][0]
    statuses = {f.category: f.status for f in findings}
    assert statuses["governing_law"] == "deviates"  # found and complete, but New York law
    compliant = [
        clause(
            "This Agreement is governed by the laws of England and Wales.",
            "governing_law",
            cid="c1",
        ),
        clause("Client pays £30 per hour within thirty (30) days of invoice.", "pricing", cid="c2"),
        clause("Either party may terminate on 90 days' written notice.", "termination", cid="c3"),
        clause(
            "Average speed of answer under 30 seconds; abandonment rate below 5%.", "sla", cid="c4"
        ),
    ]
    findings, _ = build_findings(compliant, playbook)
    assert all(i.code != "position" for f in findings for i in f.issues)
    assert all(f.status != "deviates" for f in findings)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (b"name: x\nrequire: [scope, nonsense]\n", "unknown category 'nonsense'"),
        (b"name: x\nelements:\n  sla: [colour]\n", "unknown element 'colour'"),
        (b"name: x\npositions:\n  pricing: {max_payment_days: soon}\n", "wrong type"),
        (b"require: [scope]\n", "'name' must be"),
        (b"name: x\nextra: 1\n", "unknown key"),
        (b"name: [unclosed\n", "cannot parse"),
    ],
)
def test_bad_playbooks_give_one_clear_line(text, fragment):
    from clausecheck.errors import PlaybookError

    with pytest.raises(PlaybookError) as info:
        parse_playbook(text, "mine.yaml")
    message = str(info.value)
    assert fragment in message and "\n" not in message and "mine.yaml" in message


def test_toml_playbooks_are_accepted():
    playbook = parse_playbook(
        b'name = "t"\nrequire = ["waiver"]\n[positions.pricing]\nmax_payment_days = 30\n', "t.toml"
    )
    assert (
        playbook.require == ("waiver",) and playbook.positions["pricing"]["max_payment_days"] == 30
    )


def test_shipped_playbooks_load():
    for name in ("call-centre", "services", "nda"):
        assert load_playbook(name).name == name


def test_undefined_terms():
    from clausecheck.checks.consistency import undefined_terms

    defined = " ".join(f'"Term {n}" means item {n}.' for n in "ABCDE")
    clauses = [
        clause(defined, cid="c1"),
        clause(
            "The Supplier shall pay the Service Credits monthly, and the Service Credits are capped. "
            "The Service Credits are the sole remedy.",
            cid="c2",
        ),
    ]
    issues = undefined_terms(clauses)
    assert [i.quote for i in issues] == ["Service Credits"] and issues[0].severity == "low"
    clauses[0] = clause(defined + ' "Service Credit" means a credit against the fees.', cid="c1")
    assert undefined_terms(clauses) == []
    assert (
        undefined_terms([clauses[1]]) == []
    )  # a document that defines almost nothing is not judged


def test_places_and_unquoted_definitions_are_not_undefined_terms():
    from clausecheck.checks.consistency import undefined_terms

    defined = " ".join(f'"Term {n}" means item {n}.' for n in "ABCDE")
    used = "Data stays in the European Union. The Effective Date is fixed. " * 3
    clauses = [clause(defined, cid="c1"), clause(used, cid="c2")]
    assert [i.quote for i in undefined_terms(clauses)] == ["Effective Date"]
    clauses[0] = clause(defined + " Effective Date means 1 May 2026.", cid="c1")
    assert undefined_terms(clauses) == []


def _element_codes(text: str, category: str) -> list[str]:
    finding = next(f for f in _findings([clause(text, category)])[0] if f.category == category)
    return [i.code for i in finding.issues]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A right for cause takes effect on its notice: only rights at will need a period.
        (
            "Either party may terminate this Agreement if the other commits a material breach.",
            False,
        ),
        ("Either party may terminate this Agreement for convenience.", True),
        ("This Agreement runs from the Effective Date until the end of the 2027 season.", False),
        ("Either party may terminate on [* * *] Business Days' written notice.", False),
        ("Either party may terminate on [***] days' prior written notice to the other.", False),
        ("Licensor may terminate this Agreement at any time by written notice.", True),
        (
            "Licensor may terminate this Agreement immediately upon written notice for any reason.",
            False,
        ),
        (
            "Licensor may terminate this Agreement at any time if Licensee is in material breach "
            "and the breach continues uncured for thirty days after notice.",
            False,
        ),
    ],
)
def test_notice_period_is_needed_only_where_a_right_to_terminate_is_given(text, flagged):
    assert ("missing_element" in _element_codes(text, "termination")) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Upon execution of this Agreement, Sponsor will pay the Up-Front Fee of $50,000.",
        "Licensee shall pay the annual fee of $12,000 on or before January 31 of each year.",
        "The retainer of $4,000 is payable monthly in arrears.",
        "Client shall pay $5,000 per quarter, due on the first day of each quarter.",
    ],
)
def test_payment_terms_stated_as_events_dates_or_rhythms_count(text):
    assert "missing_element" not in _element_codes(text, "pricing")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Licensee shall pay royalties on Net Sales.", True),
        (
            "Licensee shall pay a royalty of [***] of Net Sales within [***] after each quarter.",
            False,
        ),
        ("Prices and payment terms for the Products are set out in Schedule 2.", False),
        ("Heritage shall invoice Premier at the prices set forth in Schedule C.", True),
        ("Distributor shall buy at Supplier's then-current list prices, payable net 45.", False),
        ("Client shall pay [REDACTED] per agent hour, payable net 30.", False),
        ("Client shall pay $40 per hour. Payment terms are stated in the Order Form.", False),
        ("Client shall pay for the Services described in Exhibit A within 30 days.", True),
    ],
)
def test_pricing_stated_by_reference_or_redacted_is_not_missing(text, flagged):
    assert ("missing_element" in _element_codes(text, "pricing")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vendor shall respond to each support request within one Business Day.", False),
        ("Vendor shall provide excellent support and report on its performance.", True),
        ("Vendor shall restore the service within seven days and report within two weeks.", False),
    ],
)
def test_an_sla_with_any_time_limit_has_a_measurable_target(text, flagged):
    assert ("missing_element" in _element_codes(text, "sla")) is flagged


def test_every_status_has_its_own_mark_in_every_export_and_view():
    from clausecheck.compare import COVERAGE_STATUSES
    from clausecheck.report import docx, html, markdown, pdf, terminal
    from clausecheck.report.statuses import STATUS_STYLES
    from clausecheck.types import STATUSES
    from clausecheck.ui import agreement, comparison

    # One table of marks and colours (report/statuses.py) that every export and view reads.
    assert set(STATUS_STYLES) == set(STATUSES)
    for part in ("icon", "fill", "ink", "badge"):
        looks = {getattr(style, part) for style in STATUS_STYLES.values()}
        assert len(looks) == len(STATUSES), part  # each status looks different
    tables = {
        "terminal": terminal.STATUS_WORD,
        "page badge": agreement.STATUS_COLOUR,
        "page label": agreement.STATUS_LABEL,
        "comparison fill": comparison.STATUS_FILL,
    }
    for name, table in tables.items():
        assert set(table) == set(STATUSES), name
        assert len(set(table.values())) == len(STATUSES), name
    for module in (docx, markdown, pdf, html):
        assert module.STATUS_STYLES is STATUS_STYLES, module.__name__
    assert set(COVERAGE_STATUSES) == set(comparison.STATUS_ORDER) == set(STATUSES)
    assert all(f".st-{status} {{" in html.STYLE for status in STATUSES)


def test_clauses_are_named_as_the_reader_finds_them():
    from clausecheck.checks.base import clause_ref

    numbered = Clause(id="c7", text="x", number="9.2", heading="Termination", page=4)
    headed = Clause(id="c8", text="x", heading="Waiver", page=5)
    bare = Clause(id="c9", text="The Supplier shall answer all calls in English.", page=6)
    assert clause_ref(numbered) == "clause 9.2 (Termination)"
    assert clause_ref(headed) == "the clause headed Waiver (page 5)"
    assert (
        clause_ref(bare) == 'the clause beginning "The Supplier shall answer all calls …" (page 6)'
    )
    assert "c9" not in clause_ref(bare) and "unnumbered" not in clause_ref(bare)


def test_one_issue_per_phrase_per_clause_the_highest_severity_wins():
    text = "The service credits and the fees for each month are to be agreed by the parties."
    both = clause(text, "pricing", "sla")
    both.scores = {"pricing": 0.9, "sla": 0.6}
    findings, _ = build_findings([both], load_playbook("call-centre"))
    vague = {
        f.category: [(i.severity, i.quote) for i in f.issues if i.code == "vague_language"]
        for f in findings
    }
    full = [(c, s) for c, items in vague.items() for s, _ in items if s != "info"]
    pointers = [(c, s) for c, items in vague.items() for s, _ in items if s == "info"]
    assert len(full) == 1 and full[0][0] == "pricing"  # same severity: the surer category
    assert pointers == [("sla", "info")]


@pytest.mark.parametrize(
    ("category", "text", "flagged"),
    [
        ("termination", "Either party may terminate this Agreement on reasonable notice.", True),
        (
            "termination",
            "Client may terminate this Agreement on notice of a suitable length.",
            True,
        ),
        (
            "termination",
            "Upon termination, on reasonable notice, Supplier may enter the site.",
            False,
        ),
        (
            "termination",
            "If the breach is not cured within a reasonable period, either party may terminate.",
            True,
        ),
        ("pricing", "Additional fees shall be paid in due course.", True),
        ("pricing", "Client shall make timely payment of the fees.", False),  # when due
        ("pricing", "Provider shall refund any overpayment as soon as possible.", True),
        ("pricing", "Client shall promptly pay all sales taxes to the authorities.", False),
        (
            "confidentiality",
            "Supplier shall notify Client without undue delay of any security incident.",
            True,
        ),
        (
            "confidentiality",
            "Notify Client without undue delay, and in any event within 24 hours, of any breach.",
            False,
        ),
        ("sla", "Supplier shall restore service within a reasonable time after an outage.", True),
        (
            "sla",
            "Supplier shall resolve faults promptly and not later than four hours after a report.",
            False,
        ),
    ],
)
def test_vague_periods_where_the_category_needs_a_number(category, text, flagged):
    assert bool(vague_language(category, clause(text), needs_number=False)) is flagged


def test_numbering_gaps_and_duplicates():
    from clausecheck.checks.sequence import numbering_issues

    clauses = [
        Clause(id=f"c{i}", text=f"Text {i}.", number=n, heading=h, parent=p)
        for i, (n, h, p) in enumerate(
            [
                ("1.", "Services", None),
                ("1.1", None, "c0"),
                ("1.2", None, "c0"),
                ("1.4", None, "c0"),
                ("2.", "Fees", None),
                ("2.1", None, "c4"),
                ("2.1", None, "c4"),
                ("2.2", None, "c4"),
                ("3.", "Term", None),
            ]
        )
    ]
    issues = numbering_issues(clauses)
    assert [(i.code, i.quote) for i in issues] == [
        ("numbering_gap", "1.4"),
        ("numbering_duplicate", "2.1"),
    ]
    assert "there is no 1.3" in issues[0].message
    clauses[3].text = "Text 3, and see (as in the original) 1.3 of the old agreement."
    clauses[2].text = "Text 2. 1.3 The Supplier shall also staff weekends."  # 1.3 written inline
    assert [i.quote for i in numbering_issues(clauses)] == ["2.1"]


def test_definitions_in_every_form_and_their_checks():
    from clausecheck.checks.definitions import (
        duplicate_definitions,
        find_definitions,
        unused_definitions,
    )

    clauses = [
        clause('"Business Day." A day on which banks in London are open.', cid="c1"),
        clause("Client Data means all data the Supplier receives from the Client.", cid="c2"),
        clause('The parties appoint a board (the "Steering Board") to meet monthly.', cid="c3"),
        clause('"Wind- down Period" means the six months after expiry.', cid="c4"),
        clause('"Escrow Agent" means the escrow company named in Schedule 5.', cid="c5"),
        clause(
            "The Steering Board meets on a Business Day; Client Data is returned in the "
            "Wind-down Period.",
            cid="c6",
        ),
        clause('Each month the parties review the fees (the "Steering Board").', cid="c7"),
    ]
    terms = {d.term for d in find_definitions(clauses)}
    assert {"Business Day", "Client Data", "Steering Board", "Wind-down Period"} <= terms
    assert [i.quote for i in unused_definitions(clauses)] == ["Escrow Agent"]
    assert [i.quote for i in duplicate_definitions(clauses)] == ["Steering Board"]


def test_a_party_called_by_a_name_it_was_never_given():
    from clausecheck.checks.parties import party_name_issues

    clauses = [
        clause(
            'This Agreement is between Acme Inc. ("Supplier") and Beta LLC ("Customer").', cid="c1"
        ),
        clause(
            "The Vendor shall deliver the reports; any Vendor of Supplier must comply.", cid="c2"
        ),
        clause("Supplier shall not sell Customer Data to its other Customers.", cid="c3"),
    ]
    issues = party_name_issues(clauses)
    assert [(i.code, i.quote, i.clause_id) for i in issues] == [("party_name", "Vendor", "c2")]
    assert '"Supplier"' in issues[0].message and '"Customer"' in issues[0].message


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("This Agreement is dated 30 February 2026.", ["invalid_date"]),
        ("The Term shall commence on March 1, 2026 and end on February 28, 2025.", ["date_order"]),
        (
            "For a term of two years commencing on 1 May 2026 and ending on 30 April 2029.",
            ["term_mismatch"],
        ),
        ("For a term of two years commencing on 1 May 2026 and ending on 30 April 2028.", []),
        ("For a term of one (1) year from July 1, 2026 through July 1, 2027.", []),
        ("The review takes place on 29 February 2028.", []),
        ("The certificate dated 01/02/2026 is attached.", []),
    ],
)
def test_dates_that_cannot_be_right(text, codes):
    from clausecheck.checks.dates import date_issues

    assert [i.code for i in date_issues([clause(text)])] == codes


def test_references_into_other_documents_are_not_dangling():
    from clausecheck.checks.references import dangling_references
    from clausecheck.playbooks import load_playbook as playbook

    sections = [clause(f"Text of section {n}.", number=f"{n}.1", cid=f"s{n}") for n in range(1, 9)]
    referring = clause(
        "Subject to Section 9.4, Section 8.2 of the Separation Agreement, Section 15 of the "
        "1933 Act, Section 4.6 or 4.7, respectively, of the Transfer Agreement and clause 6.3.",
        cid="r1",
    )
    from clausecheck.checks.base import Context

    ctx = Context(clauses=[*sections, referring], playbook=playbook("call-centre"))
    assert [i.quote for i in dangling_references(ctx)] == ["Section 9.4", "clause 6.3"]


def test_every_check_code_is_documented_with_its_precision():
    import importlib
    import pkgutil
    from pathlib import Path

    import clausecheck.checks as package

    codes = set()
    for module in pkgutil.iter_modules(package.__path__):
        loaded = importlib.import_module(f"clausecheck.checks.{module.name}")
        codes |= {
            v for k, v in vars(loaded).items() if k.startswith("CODE_") and isinstance(v, str)
        }
    doc = (Path(__file__).parent.parent / "docs" / "checks.md").read_text(encoding="utf-8")
    table = doc.split("## The checks", 1)[1].split("## Precision", 1)[0]
    assert {c for c in codes if f"| `{c}` |" not in table} == set()
    precision = doc.split("## Precision", 1)[1]
    shown = {c for c in codes if c not in ("redaction",)}
    assert {c for c in shown if f"`{c}`" not in precision} == set()


def test_precision_tables_are_counted_from_the_verdict_file():
    """docs/checks.md's precision figures are the hand verdicts in docs/verdicts, recounted."""
    import csv
    import re
    from pathlib import Path

    from clausecheck.evaluate import STUDY, split_of

    docs = Path(__file__).parent.parent / "docs"
    with (docs / "verdicts" / "checks-study-half.csv").open(encoding="utf-8") as handle:
        verdicts = list(csv.DictReader(handle))
    assert {r["verdict"] for r in verdicts} <= {"right", "wrong"}
    assert {split_of(r["contract"].removesuffix(".pdf")) for r in verdicts} == {STUDY}
    assert all(r["reason"] and "\n" not in r["reason"] for r in verdicts)

    def counted(code: str, phase: str, shown_only: bool) -> str:
        hits = [
            r
            for r in verdicts
            if r["code"] == code
            and r["phase"] == phase
            and (not shown_only or r["severity"] in ("high", "medium"))
        ]
        right = sum(r["verdict"] == "right" for r in hits)
        return f"{right}/{len(hits)} = {right / len(hits):.2f}" if hits else ""

    section = (docs / "checks.md").read_text(encoding="utf-8").split("## Precision", 1)[1]
    shown_table, low_table = section.split("Checks shown at low severity", 1)
    low_table = low_table.split("###", 1)[0]
    checked = 0
    for table, shown_only, first in ((shown_table, True, 2), (low_table, False, 1)):
        for line in table.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            code = re.match(r"`(\w+)`", cells[0])
            if not code or len(cells) < first + 2:
                continue
            for phase, cell in zip(("before", "after"), cells[first : first + 2], strict=True):
                figure = re.match(r"\d+/\d+ = \d\.\d\d", cell)
                if figure:
                    assert figure.group(0) == counted(code.group(1), phase, shown_only), line
                    checked += 1
    assert checked >= 20


def test_the_signature_page_run_on_in_a_testimonium_has_no_blanks_to_fill_but_its_sentence_may():
    signature_page = (
        " NORTHWIND CONTACT LTD By: /s/ Jane Roe Name: Jane Roe Title: Director"
        " [PROVIDER NAME] By: TBD Name: TBD Title: TBD"
    )
    signed = "IN WITNESS WHEREOF the parties have signed this Agreement." + signature_page
    assert placeholders(clause(signed)) == []
    undated = (
        "IN WITNESS WHEREOF the parties have signed this Agreement on [DATE]." + signature_page
    )
    assert [i.quote for i in placeholders(clause(undated))] == ["[DATE]"]
