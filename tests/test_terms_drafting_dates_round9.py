"""Dates and the term, round 9: an agreement effective on an undated event, a cited agreement's
date, a term counted from an event or running from one day to a day after another, a price's
date; and the near misses a review of this round's readings wrote against them. Every clause was
written for these tests, with invented names; None means the term must be absent."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

AS_OF = (
    "",
    'This Agreement is made and entered into as of March 3, 2025 (the "Effective Date") by and '
    'between Marlow Freight Systems, Inc. ("Company") and Pelham Logistics LLC ("Provider").',
)
"""An opening that dates the agreement 2025-03-03."""
MADE = (
    "",
    'This Agreement is made on 2 April 2024 (the "Effective Date") between Quillon Data Ltd and '
    "Sorrel Bay Partners LLC.",
)
"""An opening that dates the agreement 2024-04-02."""

CASES = [
    (  # effective on an undated event: the date it was signed is not its effective date
        [
            (
                "",
                "This Supply Agreement is dated as of May 4, 2015 by and between Ferris Labs Inc. "
                "and Quintara Pharma Ltd.",
            ),
            (
                "Effectiveness",
                "This Agreement shall become effective on the date the FDA approves the NDA for "
                'the Product (the "Effective Date").',
            ),
            ("Term", "This Agreement shall continue for five years from the Effective Date."),
        ],
        {"effective_date": None, "expiration_date": None, "initial_term_days": 1825},
    ),
    (
        [
            (
                "",
                "This Distribution Agreement is signed on 20 May 2010 in Shanghai by Huaxin "
                "Trading Co., Ltd. and Pemberton Instruments, Inc.",
            ),
            (
                "Effectiveness",
                "This Agreement shall become effective on the date it is approved by the Ministry "
                "of Commerce of the PRC.",
            ),
        ],
        {"effective_date": None},
    ),
    (  # a cited amendment's 'effective as of' and the date this amendment takes effect
        [
            ("", "FIRST AMENDMENT TO OUTSOURCING AGREEMENT"),
            (
                "",
                'This First Amendment (the "Amendment") to the Outsourcing Agreement dated as of '
                'January 5, 2009 (the "Agreement") between Vantor Systems, Inc. and Ridgeline '
                "Insurance Company is made effective as of April 1, 2011.",
            ),
        ],
        {"effective_date": "2011-04-01"},
    ),
    (
        [
            (
                "",
                "This Third Amendment to that certain License Agreement, effective as of June 1, "
                '2017 (the "Agreement"), is entered into as of August 5, 2019 by and between '
                'Corran Labs, Inc. ("Corran") and Tilbury Health LLC ("Tilbury").',
            )
        ],
        {"effective_date": "2019-08-05"},
    ),
    (  # a price's date is not the agreement's end
        [
            AS_OF,
            (
                "Term",
                "This Agreement shall continue until terminated by either party on ninety (90) "
                "days' written notice.",
            ),
            (
                "Exhibit A",
                "Prices under this Agreement shall remain fixed until June 30, 2026, and "
                "thereafter may be adjusted annually.",
            ),
        ],
        {"expiration_date": None, "initial_term_days": None},
    ),
    (  # from the Effective Date to a day after an event: neither length nor end is known
        [
            AS_OF,
            (
                "Term",
                "The term of this Agreement shall begin on the Effective Date and end two (2) "
                "years after the Launch Date.",
            ),
        ],
        {"expiration_date": None, "initial_term_days": None},
    ),
    (  # counted from an event's day: a length, no expiry
        [
            (
                "",
                "This Franchise Agreement is made this 12th day of January, 2005 by and between "
                "Golden Skillet Franchising, Inc. and Romero Family Restaurants LLC.",
            ),
            (
                "Term",
                "The term of this Agreement shall be ten (10) years commencing on the date the "
                "Franchised Restaurant opens for business.",
            ),
        ],
        {"expiration_date": None, "initial_term_days": 3650},
    ),
    (
        [
            AS_OF,
            (
                "Term",
                "This Agreement shall expire on the 10th anniversary of the first commercial sale "
                "of a Licensed Product.",
            ),
        ],
        {"expiration_date": None, "initial_term_days": None},
    ),
    (  # the close of the quarter in which an anniversary falls, not the anniversary
        [
            AS_OF,
            (
                "Term",
                "The Term shall expire on the last day of the calendar quarter in which the third "
                "anniversary of the Effective Date occurs.",
            ),
        ],
        {"expiration_date": "2028-03-31", "initial_term_days": 1124},
    ),
    (  # an end date after 'through' is not the day it takes effect
        [
            (
                "",
                "This Hosting Agreement is made between Cobaltline Networks, Inc. and Verity "
                "Health Partners, LLC.",
            ),
            (
                "Term",
                "The term of this Agreement shall commence as of the date of full execution and "
                "continue through December 31, 2016.",
            ),
        ],
        {"effective_date": None, "expiration_date": "2016-12-31"},
    ),
    ([AS_OF, ("Term", "This Agreement expires 12/31/2027.")], {"expiration_date": "2027-12-31"}),
    # --- near misses a review wrote against this round's readings ---
    (  # a day to review on is not the term
        [
            MADE,
            (
                "Term",
                "Subject to a review by the parties on the first anniversary of the Effective "
                "Date, this Agreement shall continue for a term of three (3) years.",
            ),
        ],
        {"expiration_date": "2027-04-02", "initial_term_days": 1095},
    ),
    (
        [
            MADE,
            (
                "Term",
                "Except that the pricing in Schedule 2 shall be fixed until the first anniversary "
                "of the Effective Date, this Agreement shall remain in force for a period of four "
                "(4) years.",
            ),
        ],
        {"expiration_date": "2028-04-02"},
    ),
    (  # months of their own after the years
        [
            MADE,
            (
                "Term",
                "The Initial Term shall be three (3) years, and six (6) months before its expiry "
                "the parties shall begin good-faith negotiations on renewal.",
            ),
        ],
        {"expiration_date": "2027-04-02", "initial_term_days": 1095},
    ),
    (  # another subject's end after the term's length
        [
            MADE,
            (
                "Term",
                "The Term shall be three (3) years, and the first Contract Year shall end on the "
                "last day of December 2024.",
            ),
        ],
        {"expiration_date": "2027-04-02", "initial_term_days": 1095},
    ),
    (
        [
            MADE,
            (
                "Term",
                "This Agreement shall continue for three (3) years from the Effective Date, save "
                "that the pilot phase shall run until 30 September 2024.",
            ),
        ],
        {"expiration_date": "2027-04-02"},
    ),
    (  # a notice's or an amendment's effectiveness is not the agreement's
        [
            (
                "",
                "This Services Agreement is made as of June 1, 2024 by and between Fernhill "
                'Analytics, Inc. ("Fernhill") and Oswin Logistics LLC ("Oswin").',
            ),
            ("Term", "This Agreement shall continue for three (3) years."),
            ("Notices", "All notices under this Agreement shall be effective upon receipt."),
            (
                "Amendments",
                "Any amendment to this Agreement shall become effective upon approval in writing "
                "by both parties.",
            ),
        ],
        {"effective_date": "2024-06-01", "expiration_date": "2027-06-01"},
    ),
    (  # an amendment's own date after the agreement it amends
        [
            (
                "",
                "This First Amendment to the Supply Agreement, effective June 1, 2024, is made by "
                'and between Fernhill Analytics, Inc. ("Fernhill") and Oswin Logistics LLC.',
            )
        ],
        {"effective_date": "2024-06-01"},
    ),
    (  # the same subject after the length: its stated end stands
        [
            MADE,
            (
                "Term",
                "The Distribution Term shall be three (3) years, and the Distribution Term shall "
                "expire on May 31, 2027.",
            ),
        ],
        {"expiration_date": "2027-05-31"},
    ),
    (
        [
            MADE,
            (
                "Term",
                "This Agreement shall expire two (2) years and six (6) months after the Effective "
                "Date.",
            ),
        ],
        {"expiration_date": "2026-10-02", "initial_term_days": 910},
    ),
    (  # an anniversary the agreement runs to, before a later period of something else
        [
            MADE,
            (
                "Term",
                "This Agreement, unless earlier terminated, shall continue until the third "
                "anniversary of the Effective Date, provided that any Statement of Work then in "
                "effect shall continue for six (6) months thereafter.",
            ),
        ],
        {"expiration_date": "2027-04-02", "initial_term_days": 1095},
    ),
    (  # fees in the sentence do not make its end a price's
        [
            MADE,
            (
                "Term",
                "The Fees in Schedule 1 are fixed and the Agreement continues in force until 31 "
                "December 2026.",
            ),
        ],
        {"expiration_date": "2026-12-31"},
    ),
    (  # the agreement's own day is not an event
        [
            MADE,
            (
                "Term",
                "The term of this Agreement shall be thirty-six (36) months commencing on the "
                "Agreement Date.",
            ),
        ],
        {"expiration_date": "2027-04-02"},
    ),
]


@pytest.mark.parametrize(("clauses", "expected"), CASES)
def test_dates_and_term_in_shapes_of_round_nine(clauses, expected):
    terms = agreement_terms(*clauses)
    assert {name: terms.get(name) for name in expected} == expected


def _terms_with_notice(notice: str) -> dict:
    """A three-year term renewing yearly, with ``notice`` after the renewal sentence."""
    return agreement_terms(
        MADE,
        (
            "Term",
            "This Agreement shall commence on the Effective Date and continue for an initial "
            "term of three (3) years. Thereafter, this Agreement shall automatically renew for "
            f"successive one (1) year renewal terms. {notice}",
        ),
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Either party may terminate this Agreement on any anniversary of the Effective Date by "
        "giving the other party ninety (90) days' prior written notice.",
        "Either party may terminate this Agreement without cause at the end of a renewal term by "
        "giving ninety (90) days' notice.",
    ],
)
def test_a_notice_tied_to_a_terms_end_still_stops_the_renewal(notice):
    terms = _terms_with_notice(notice)
    assert terms["renewal_notice_days"] == 90


@pytest.mark.parametrize(
    "notice",
    [
        "During any renewal term, either party may terminate this Agreement for any reason upon "
        "sixty (60) days' notice.",
        "If Fernhill announces the end-of-life of the Platform, Oswin may terminate this "
        "Agreement on ninety (90) days' notice.",
    ],
)
def test_an_at_will_or_event_notice_does_not_stop_the_renewal(notice):
    terms = _terms_with_notice(notice)
    assert "renewal_notice_days" not in terms
