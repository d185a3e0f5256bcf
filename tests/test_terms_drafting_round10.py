"""Key terms in the shapes the tenth round's drafted probes found misread, written for these tests
(invented names, no text from any real contract): a term counted from a date the agreement
defines elsewhere, ends counted in calendar months, quarters and years, a start moved to the next
month or year, a term that starts on an undated event, signature-page dates, a cover's field
beside another agreement's date; and parties named through a division, in a letter, or under a
signature page's heading. Each case fails on the code before the round; the near misses guard
the readings the round kept."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

OPENING = (
    "",
    "This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. "
    '("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
)
DATED = (
    "",
    'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate '
    'Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
)


def _values(expected: dict, *clauses: tuple[str, str]) -> dict:
    found = agreement_terms(*clauses)
    return {name: found.get(name) for name in expected}


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        (  # an anniversary of a date the definitions give a day
            [
                OPENING,
                ("1. Definitions", '"Commencement Date" means September 1, 2016.'),
                (
                    "7. Term",
                    "The term of this Agreement shall commence on the Commencement Date and "
                    "continue until the fourth anniversary of the Commencement Date.",
                ),
            ],
            {"expiration_date": "2020-09-01", "initial_term_days": 1460},
        ),
        (  # the definition comes after the term clause
            [
                OPENING,
                (
                    "2. Term",
                    "The term of this Agreement begins on the Commencement Date and ends on the "
                    "second anniversary of the Commencement Date.",
                ),
                (
                    "3. Commencement",
                    'For this Agreement the "Commencement Date" shall be May 4, 2018.',
                ),
            ],
            {"expiration_date": "2020-05-04", "initial_term_days": 730},
        ),
        (  # a length counted from a defined date, with its day named after it
            [
                OPENING,
                (
                    "1. Interpretation",
                    'The Services shall start on 1 June 2020 (the "Service Start Date").',
                ),
                (
                    "2. Duration",
                    "This Agreement shall continue for a period of three (3) years from the "
                    "Service Start Date.",
                ),
            ],
            {"expiration_date": "2023-06-01"},
        ),
        (  # from the effective date to an anniversary of another defined date
            [
                DATED,
                ("1. Definitions", '"Go-Live Date" means 1 July 2021.'),
                (
                    "2. Term",
                    '"Term" means the period commencing on the Effective Date and ending on the '
                    "third anniversary of the Go-Live Date.",
                ),
            ],
            {
                "effective_date": "2021-03-12",
                "expiration_date": "2024-07-01",
                "initial_term_days": 1207,
            },
        ),
    ],
)
def test_a_term_counted_from_a_date_the_agreement_defines(clauses, expected):
    assert _values(expected, *clauses) == expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (
            "The initial term shall commence on the Effective Date and end on the last day of the "
            "eighteenth (18th) full calendar month following the Effective Date.",
            {"expiration_date": "2022-09-30", "initial_term_days": 567},
        ),
        (
            "This Agreement shall remain in force until the last day of the fourth full calendar "
            "quarter following the Effective Date.",
            {"expiration_date": "2022-03-31", "initial_term_days": 384},
        ),
        (
            "This Agreement shall continue until December 31 of the third calendar year following "
            "the year in which the Effective Date occurs.",
            {"expiration_date": "2024-12-31", "initial_term_days": 1390},
        ),
        (
            "The term shall end at the end of the second full calendar year after the Effective "
            "Date.",
            {"expiration_date": "2023-12-31", "initial_term_days": 1024},
        ),
        (
            "This Agreement shall continue until the last day of the month falling twelve (12) "
            "months after the Effective Date.",
            {"expiration_date": "2022-03-31", "initial_term_days": 384},
        ),
        (
            "The Initial Term shall expire on the last day of the calendar month in which the "
            "second anniversary of the Effective Date occurs.",
            {"expiration_date": "2023-03-31", "initial_term_days": 749},
        ),
        (  # the start moves to the next month
            "The term of this Agreement shall be twelve (12) months commencing on the first day "
            "of the calendar month following the Effective Date.",
            {"expiration_date": "2022-04-01"},
        ),
        (  # the start moves to the next year
            "The Agreement shall have a term of two full calendar years commencing on January 1 "
            "of the calendar year immediately following the Effective Date.",
            {"expiration_date": "2024-01-01"},
        ),
    ],
)
def test_an_end_counted_in_calendar_periods(term, expected):
    assert _values(expected, DATED, ("Term", term)) == expected


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (  # a start on an undated event: the length is known, the end is not
            "The term of this Agreement shall commence on the date of Marketing Approval and "
            "continue for seven (7) years thereafter.",
            {"initial_term_days": 2555, "expiration_date": None},
        ),
        (  # an event the agreement names but does not date
            "The term shall begin upon Closing and continue for five (5) years.",
            {"initial_term_days": 1825, "expiration_date": None},
        ),
        (  # near miss: a start on a date is a start
            "The term shall commence on 1 April 2021 and continue for two (2) years.",
            {"expiration_date": "2023-04-01"},
        ),
        (  # near miss: a start on the effective date
            "The term shall commence on the Effective Date and continue for two (2) years.",
            {"expiration_date": "2023-03-12"},
        ),
    ],
)
def test_a_term_that_starts_on_an_event(term, expected):
    assert _values(expected, DATED, ("Term", term)) == expected


TWO_YEARS = ("Term", "This Agreement shall continue for two (2) years from the date hereof.")


@pytest.mark.parametrize(
    ("clauses", "effective"),
    [
        (  # effective when both have signed, named after the rule: the later signature
            [
                OPENING,
                (
                    "1. Commencement",
                    "This Agreement shall become effective on the date on which it has been "
                    'signed by both parties (the "Effective Date").',
                ),
                (
                    "Execution",
                    "Signed for and on behalf of Harrowgate Freight Systems, Inc.\nSigned on 3 "
                    "June 2019\n\nSigned for and on behalf of Dunmore Retail Holdings LLC\n"
                    "Signed on 11 June 2019",
                ),
            ],
            "2019-06-11",
        ),
        (  # no other date: the one day every party signed
            [
                OPENING,
                TWO_YEARS,
                (
                    "Signatures",
                    "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nDate: October 2, 2017\n\n"
                    "DUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nDate: October 2, 2017",
                ),
            ],
            "2017-10-02",
        ),
        (  # 'dated as of the date last signed below'
            [
                (
                    "",
                    "Dated as of the date last signed below, this Lease is entered into by "
                    'Harrowgate Freight Systems, Inc. ("Lessor") and Dunmore Retail Holdings LLC '
                    '("Lessee").',
                ),
                (
                    "Signatures",
                    "LESSOR: HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nDate: the 9th day "
                    "of May, 2016\n\nLESSEE: DUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nDate: "
                    "the 2nd day of May, 2016",
                ),
            ],
            "2016-05-09",
        ),
        (  # a cover's field beside another agreement's date
            [
                (
                    "Statement of Work No. 4",
                    "This Statement of Work is issued under the Master Services Agreement between "
                    "Harrowgate Freight Systems, Inc. and Dunmore Retail Holdings LLC.\nMaster "
                    "Agreement Date: June 9, 2018\nSOW Effective Date: March 1, 2022",
                ),
            ],
            "2022-03-01",
        ),
        (  # the definitions either side name other dates
            [
                (
                    "",
                    "THIS AGREEMENT is dated 5 May 2015 and is made between Harrowgate Freight "
                    'Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
                ),
                (
                    "1. Definitions",
                    '"Cutover Date" means 1 August 2015. "Effective Date" means the date of this '
                    'Agreement. "Review Date" means 1 February 2016.',
                ),
            ],
            "2015-05-05",
        ),
        (  # near miss: a definition that names its date after 'i.e.'
            [
                OPENING,
                (
                    "1. Definitions",
                    "EFFECTIVE DATE shall mean the date the System is installed at the Site, i.e. "
                    "March 14, 2005.",
                ),
            ],
            "2005-03-14",
        ),
    ],
)
def test_the_effective_date_from_signatures_and_fields(clauses, effective):
    assert agreement_terms(*clauses).get("effective_date") == effective


@pytest.mark.parametrize(
    ("opening", "parties"),
    [
        (
            "This Supply Agreement is made between the Industrial Coatings division of Marwick "
            'Chemical Corp. ("Supplier") and Teesdale Fabrication Ltd ("Buyer").',
            ["Marwick Chemical Corp.", "Teesdale Fabrication Ltd"],
        ),
        (
            "This Agreement is between Blue Heron Bakeries, an operating division of Calloway Foods "
            'Inc. ("Seller"), and Pinecrest Grocers LLC ("Buyer").',
            ["Calloway Foods Inc.", "Pinecrest Grocers LLC"],
        ),
        (
            "This Agreement is between Pellworth Chemical Company - Specialty Coatings Division "
            '("Seller") and Aldermoor Paints Pty Ltd ("Buyer").',
            ["Pellworth Chemical Company", "Aldermoor Paints Pty Ltd"],
        ),
        (  # near miss: a department in an address is no division of a party
            'This Agreement is made by and between Ferrow Labs, Inc. ("Ferrow") and The Regents of '
            "Eastmoor University, located at c/o Division of Research Services, 4 Elm Hall "
            '("University").',
            ["Ferrow Labs, Inc.", "The Regents of Eastmoor University"],
        ),
        (
            'Private & Confidential\nDear Sirs,\nWe, Pemberton Bank plc (the "Lender"), are '
            'pleased to offer Ashcombe Estates Limited (the "Borrower") a term loan facility.',
            ["Pemberton Bank plc", "Ashcombe Estates Limited"],
        ),
        (
            'As an inducement to Greyfriars Kiosks, Inc. ("Franchisor") to enter into a Franchise '
            'Agreement with ______________ ("Franchisee"), the undersigned guarantee it.',
            ["Greyfriars Kiosks, Inc."],
        ),
    ],
)
def test_parties_through_a_division_a_letter_or_a_lead_in(opening, parties):
    assert agreement_terms(("", opening)).get("parties") == parties


def test_a_signature_pages_heading_is_not_part_of_the_first_name():
    found = agreement_terms(
        ("", "AGREEMENT made this 2nd day of June, 2020."),
        ("Services", "The Contractor shall drill the wells described in Exhibit A."),
        (
            "Signatures",
            "ORMSBY DRILLING CO.\nBy: ______ President\n\nKELLAND ENERGY PARTNERS, L.P.\nBy: "
            "Kelland GP, LLC, its general partner\nBy: ______",
        ),
    )
    assert found.get("parties") == ["ORMSBY DRILLING CO.", "KELLAND ENERGY PARTNERS, L.P."]


COVER = """MASTER SUBSCRIPTION AGREEMENT

Key Terms
Customer: Halden Veterinary Partners LLP
Provider: Corvane Practice Systems, Inc.
Effective Date: September 1, 2022
Term of Agreement: Three (3) years from the Effective Date
Fees: As set out in Schedule 2

1. Services. Provider shall provide the hosted practice software to Customer.

2. Governing Law. This Agreement is governed by the laws of the State of Ohio.
"""


def test_a_cover_pages_term_field_is_read_from_a_text_file(tmp_path, model):
    """Each date or term field of a cover page is a clause of its own: run into the field
    before it, 'Provider: ... Effective Date: ... Term of Agreement: ...' read as one sentence in
    which no term was found."""
    from clausecheck.analysis import analyze

    path = tmp_path / "cover.txt"
    path.write_text(COVER, encoding="utf-8")
    terms = {name: term.value for name, term in analyze(str(path), model=model).key_terms.items()}
    assert terms["effective_date"] == "2022-09-01"
    assert terms["expiration_date"] == "2025-09-01"
    assert terms["initial_term_days"] == 1095


def test_a_signature_blocks_date_line_stays_with_its_block():
    from clausecheck.numbering import starts_a_term_field

    assert not starts_a_term_field("Title: Chief Executive Officer", "Date: 4/15/2020")
    assert starts_a_term_field("Provider: Corvane Inc.", "Initial Term: 36 months")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            "Renewal: Automatic for successive 12-month periods unless either party gives 60 "
            "days' notice",
            {"auto_renewal": True, "renewal_term_days": 360, "renewal_notice_days": 60},
        ),
        (
            "Renewal Term: 12 months\nNon-Renewal Notice: 90 days",
            {"auto_renewal": True, "renewal_term_days": 360, "renewal_notice_days": 90},
        ),
        (
            "Auto-Renew: No",
            {"auto_renewal": False, "renewal_term_days": None, "renewal_notice_days": None},
        ),
        (
            "Renewal: By mutual written agreement only",
            {"auto_renewal": False, "renewal_term_days": None, "renewal_notice_days": None},
        ),
    ],
)
def test_a_cover_pages_renewal_fields(tmp_path, model, fields, expected):
    from clausecheck.analysis import analyze

    path = tmp_path / "cover.txt"
    path.write_text(COVER.replace("Fees:", f"{fields}\nFees:"), encoding="utf-8")
    terms = {name: term.value for name, term in analyze(str(path), model=model).key_terms.items()}
    assert {name: terms.get(name) for name in expected} == expected
    assert ("renewal_notice_deadline" in terms) is bool(expected["renewal_notice_days"])


def test_a_role_label_set_as_the_clauses_heading_opens_the_first_name():
    """A PDF sets 'The Licensor:' apart as the clause's heading: without it, the name that
    holds 'and' was cut at it ('Orchard Lane Farms and Creamery Inc.')."""
    found = agreement_terms(
        ("", "Supply Contract for Raw Milk"),
        (
            "The Licensor",
            "Orchard Lane Farms and Creamery Inc. (hereinafter referred to as Party A) and the "
            "Licensee: Brook Hollow Dairy Co. (hereinafter referred to as Party B) hereby agree "
            "to the following terms.",
        ),
    )
    assert found.get("parties") == [
        "Orchard Lane Farms and Creamery Inc.",
        "Brook Hollow Dairy Co.",
    ]


def test_a_schedules_renewal_policies_field_is_not_a_renewal_field():
    """A schedule's line about policies that renew ('Renewal Contracts: 6% of the first-year
    fee') is no renewal field: set apart as a clause of its own, its heading made a rate change
    dated below it the agreement's start."""
    from clausecheck.numbering import starts_a_term_field

    assert not starts_a_term_field(
        "First-Year Contracts: 9% of the first-year fee",
        "Renewal Contracts: 6% of the first-year fee",
    )
