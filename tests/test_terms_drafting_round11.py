"""Key terms in two shapes the drafted probes still misread, written for these tests (invented
names, no text from any real contract): an agreement dated by its last signature where one
signature's date is left blank, and a term counted "from and including" its first day. Each case
fails on the code before the round; the near misses guard the readings it kept."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

BY_LAST_SIGNATURE = (
    "",
    "This Supply Agreement takes effect on the date of the last signature below (the "
    '"Effective Date") and is made between Orrin Valley Creamery Ltd and Talbot Grocers plc.',
)
TWO_YEARS = ("4. Term", "This Agreement continues for two (2) years from the Effective Date.")


def _values(expected: dict, *clauses: tuple[str, str]) -> dict:
    found = agreement_terms(*clauses)
    return {name: found.get(name) for name in expected}


@pytest.mark.parametrize(
    ("signatures", "expected"),
    [
        (  # one date line left blank: which signature came last is not known
            "ORRIN VALLEY CREAMERY LTD\nBy: /s/ Maeve Orrin\nDate: ______________\n\n"
            "TALBOT GROCERS PLC\nBy: /s/ Hugh Talbot\nDate: 14 October 2024",
            {"effective_date": None, "expiration_date": None},
        ),
        (  # near miss: both dates given, the later one dates the agreement
            "ORRIN VALLEY CREAMERY LTD\nBy: /s/ Maeve Orrin\nDate: 2 October 2024\n\n"
            "TALBOT GROCERS PLC\nBy: /s/ Hugh Talbot\nDate: 14 October 2024",
            {"effective_date": "2024-10-14", "expiration_date": "2026-10-14"},
        ),
    ],
    ids=["one-date-blank", "both-dated"],
)
def test_an_agreement_dated_by_its_last_signature(signatures, expected):
    clauses = [BY_LAST_SIGNATURE, TWO_YEARS, ("Signatures", signatures)]
    assert _values(expected, *clauses) == expected


def test_a_blank_date_in_an_attached_form_leaves_the_signatures_dates_alone():
    signed = (
        "Signatures",
        "ORRIN VALLEY CREAMERY LTD\nBy: /s/ Maeve Orrin\nDate: 2 October 2024\n\n"
        "TALBOT GROCERS PLC\nBy: /s/ Hugh Talbot\nDate: 14 October 2024",
    )
    form = (
        "Schedule 3 - Form of Delivery Note",
        "Delivery Note No. ____ under the Supply Agreement. Goods received in good order.\n"
        "Signed for Talbot Grocers plc: ____________\nDate: ____________",
    )
    expected = {"effective_date": "2024-10-14", "expiration_date": "2026-10-14"}
    assert _values(expected, BY_LAST_SIGNATURE, TWO_YEARS, signed, form) == expected


@pytest.mark.parametrize(
    ("grant", "expected"),
    [
        (
            "The Landlord lets the Unit to the Tenant for a term of ten years from and including "
            "29 September 2022.",
            {"expiration_date": "2032-09-28", "initial_term_days": 3650},
        ),
        (
            "The Term of this Agreement is five (5) years from and including the Effective Date.",
            {"expiration_date": "2030-01-31", "initial_term_days": 1825},
        ),
        (  # near miss: 'from' alone counts to the anniversary
            "The Landlord lets the Unit to the Tenant for a term of ten years from 29 September "
            "2022.",
            {"expiration_date": "2032-09-29", "initial_term_days": 3650},
        ),
    ],
    ids=["from-and-including-a-date", "from-and-including-the-effective-date", "from-only"],
)
def test_a_term_counted_from_and_including_its_first_day(grant, expected):
    opening = (
        "",
        'This Agreement is dated 1 February 2025 (the "Effective Date") and made between Quenby '
        "Estates Limited and Farrant Instruments Limited.",
    )
    assert _values(expected, opening, ("3. Grant", grant)) == expected


@pytest.mark.parametrize(
    ("opening", "parties"),
    [
        (
            "This Research Agreement is entered into by Lindqvist Batteri AB (reg. no. "
            "556987-1234), Korhonen Laboratoriot Oy (business ID 7654321-0) and Brennvik Subsea AS "
            '(org. no. 987 654 321) (each a "Party").',
            ["Lindqvist Batteri AB", "Korhonen Laboratoriot Oy", "Brennvik Subsea AS"],
        ),
        (
            "This Agreement is made between Stavanger Kabel ASA, a Norwegian public company "
            '("Supplier"), and Holt & Pryor Cables Limited ("Customer").',
            ["Stavanger Kabel ASA", "Holt & Pryor Cables Limited"],
        ),
        (  # near miss: 'AS' a word in a sentence set in capitals
            "THIS DISTRIBUTION AGREEMENT, DATED AS OF 1 MAY 2024, IS MADE BETWEEN KESTON FILTERS "
            'LTD ("KESTON") AND MARLOW PUMPS INC. ("MARLOW").',
            ["KESTON FILTERS LTD", "MARLOW PUMPS INC."],
        ),
        (
            "THIS AGREEMENT is made BETWEEN GOLDCREST SHIPPING CO. LTD., a company incorporated "
            'in Singapore ("OWNER") AND PERTH BULK CARRIERS PTY. LTD., a company incorporated in '
            'Western Australia ("CHARTERER").',
            ["GOLDCREST SHIPPING CO. LTD.", "PERTH BULK CARRIERS PTY. LTD."],
        ),
        (
            "This Supply Agreement is made between Jarrah Timber Pty. Ltd. (ABN 11 222 333 444) "
            '("Supplier") and Coolabah Homes Pty Ltd ("Builder").',
            ["Jarrah Timber Pty. Ltd.", "Coolabah Homes Pty Ltd"],
        ),
    ],
    ids=[
        "norwegian-as",
        "norwegian-asa",
        "as-a-word-in-capitals",
        "co-ltd-and-pty-ltd-in-capitals",
        "pty-ltd-with-full-stops",
    ],
)
def test_company_forms_the_probes_missed(opening, parties):
    assert agreement_terms(("", opening)).get("parties") == parties


def test_a_labelled_party_ends_at_its_form_before_its_company_number():
    found = agreement_terms(
        ("", "MUTUAL NON-DISCLOSURE AGREEMENT. The parties listed below agree to these terms."),
        (
            "Parties",
            "Party A: Tregaron Analytics Ltd, company no. 08812345\n"
            "Party B: Oakhurst Diagnostics, Inc., a Delaware corporation",
        ),
    )
    assert found.get("parties") == ["Tregaron Analytics Ltd", "Oakhurst Diagnostics, Inc."]
