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
