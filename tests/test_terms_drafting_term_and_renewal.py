"""The term and its renewal, round 9: clauses in shapes the earlier rounds did not cover -- a
right to end at any time beside a renewal (not the renewal notice), an anniversary before other
lengths, a term in years and months, a date whose lead is the date before it, a sentence that
speaks of the last signature (not a signature block), a term counted from an unknown start, a
notice window, 'like' renewals, a start set off by commas, 'the last day of June, 2013' and 'the
date that is three years thereafter'. Every clause was written for these tests, with invented
names; None means the term must be absent."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

AS_OF = (
    "",
    'This License Agreement is entered into as of March 15, 2010 (the "Effective Date") by and '
    'between Halcyon Media, Inc. ("Licensor") and Brightpath Software Corp. ("Licensee").',
)
"""An opening that dates the agreement 2010-03-15."""
DATED = (
    "",
    "THIS SUPPLY AGREEMENT is dated as of the 1st day of October, 2009 and is made by and between "
    'Vantrell Biologics, Inc. ("Vantrell") and Ostrander Contract Pharma LLC ("Ostrander").',
)
"""An opening that dates the agreement 2009-10-01."""
UNDATED = (
    "",
    "This Hosting Services Agreement is entered into by and between Cobaltline Networks, Inc. "
    "and Verity Health Partners, LLC.",
)
"""An opening that dates nothing."""

CASES = [
    (  # a right to end at any time is not the notice that stops a renewal
        AS_OF,
        "This Agreement shall continue for an initial term of three (3) years and shall "
        "thereafter automatically renew for successive one-year terms. Notwithstanding the "
        "foregoing, Customer may terminate this Agreement without cause upon sixty (60) days "
        "written notice to Provider.",
        {"expiration_date": "2013-03-15", "renewal_term_days": 365, "renewal_notice_days": None},
    ),
    (
        AS_OF,
        "The initial term of this Agreement is two (2) years from the Effective Date, and this "
        "Agreement shall automatically renew for successive one-year periods thereafter. Licensee "
        "may terminate this Agreement upon ninety (90) days prior written notice to Licensor.",
        {"expiration_date": "2012-03-15", "renewal_notice_days": None},
    ),
    (
        DATED,
        "The initial term of this Agreement shall be three (3) years and shall automatically "
        "renew for successive one (1) year periods. Either party may terminate this Agreement "
        "for any reason upon ninety (90) days written notice.",
        {"expiration_date": "2012-10-01", "renewal_notice_days": None},
    ),
    (  # the anniversary is the term, the later periods are not
        AS_OF,
        "This Agreement shall terminate on the fifth (5th) anniversary of the Effective Date, "
        "renewable upon mutual consent of the parties for additional one-year periods.",
        {"expiration_date": "2015-03-15", "initial_term_days": 1825},
    ),
    (
        DATED,
        "This Agreement shall remain in effect until the tenth (10th) anniversary of the "
        "Effective Date, followed by a wind-down period of six (6) months for the sale of "
        "remaining inventory.",
        {"expiration_date": "2019-10-01", "initial_term_days": 3650},
    ),
    (  # years and months: one length
        AS_OF,
        "This Agreement shall have an initial term of two (2) years and six (6) months from the "
        "Effective Date.",
        {"expiration_date": "2012-09-15", "initial_term_days": 910},
    ),
    (
        DATED,
        "The term of this Agreement shall be one (1) year and six (6) months from the Effective "
        "Date.",
        {"expiration_date": "2011-04-01", "initial_term_days": 545},
    ),
    (  # 'the first day of January' does not date the end as the day the agreement was made
        (
            "",
            "This Supply Agreement is made between Torrance Valve Company and Meridel Supply, Inc.",
        ),
        "The term of this Agreement shall run from the first day of January, two thousand and "
        "eleven, through the thirty-first day of December, two thousand and thirteen.",
        {"expiration_date": "2013-12-31", "effective_date": None},
    ),
    (  # a sentence about the last signature is not a signature block
        UNDATED,
        "This Agreement is effective on the date of the last signature below and shall remain "
        "in effect through June 30, 2015.",
        {"expiration_date": "2015-06-30", "effective_date": None},
    ),
    (
        UNDATED,
        "This Agreement shall take effect on the date of the last signature hereto and shall "
        "expire on December 31, 2014.",
        {"expiration_date": "2014-12-31", "effective_date": None},
    ),
    (  # counted from a start whose date is not known: a length, no expiry
        AS_OF,
        "The Subscription Term shall be thirty-six (36) months commencing on the Service Start "
        "Date.",
        {"initial_term_days": 1080, "expiration_date": None},
    ),
    (
        DATED,
        "The Service Term shall be twenty-four (24) months beginning on the Go-Live Date.",
        {"initial_term_days": 720, "expiration_date": None},
    ),
    (  # a window: the notice is its lesser bound
        DATED,
        "The initial term of this Agreement shall be five (5) years from the date hereof. This "
        "Agreement shall automatically renew for successive two (2) year terms unless either "
        "party gives written notice of non-renewal not more than one hundred eighty (180) days "
        "nor less than ninety (90) days prior to the expiration of the then-current term.",
        {"renewal_notice_days": 90, "renewal_notice_deadline": "2014-07-03"},
    ),
    (  # 'like' renewals are as long as the initial term
        AS_OF,
        "The initial term of this Agreement is two (2) years from the Effective Date. This "
        "Agreement shall automatically renew for like successive terms unless either party gives "
        "notice of non-renewal at least four months before expiration.",
        {"renewal_term_days": 730, "renewal_notice_days": 120},
    ),
    (
        DATED,
        'This Agreement shall commence on the Effective Date and end on 09/30/2011 (the "Initial '
        'Term"). This Agreement shall automatically renew for a like term unless either party '
        "gives written notice of non-renewal at least thirty (30) days prior to the end of the "
        "Initial Term.",
        {"renewal_term_days": 729, "renewal_notice_deadline": "2011-08-31"},
    ),
    (
        DATED,
        "This Agreement shall automatically renew for like successive periods unless either "
        "party gives written notice of non-renewal at least sixty (60) days before the end of the "
        "then-current term. The initial term of this Agreement is two (2) years from the "
        "Effective Date.",
        {"renewal_term_days": 730, "renewal_notice_deadline": "2011-08-02"},
    ),
    (  # a start set off by commas
        (
            "",
            "This Franchise Agreement is made between Copperkettle Franchising, Inc. and Dana Roe.",
        ),
        "The term of this Franchise shall commence on the date of this Agreement, June 1, 2009, "
        "and shall expire ten (10) years thereafter.",
        {"effective_date": "2009-06-01", "expiration_date": "2019-06-01"},
    ),
    (  # the last day of a month
        AS_OF,
        "This Co-Branding Agreement shall commence on the Effective Date and terminate on the "
        "last day of February, 2012.",
        {"expiration_date": "2012-02-29", "initial_term_days": 716},
    ),
    (
        DATED,
        "This Agreement shall expire on the last day of June, 2013.",
        {"expiration_date": "2013-06-30"},
    ),
    (  # 'ending on the date that is three years thereafter'
        DATED,
        "This Agreement shall remain in effect for the period commencing on the Effective Date "
        "and ending on the date that is three (3) years thereafter.",
        {"expiration_date": "2012-10-01", "initial_term_days": 1095},
    ),
]


@pytest.mark.parametrize(("opening", "text", "expected"), CASES)
def test_term_and_renewal_in_shapes_of_round_nine(opening, text, expected):
    terms = agreement_terms(opening, ("Term", text))
    assert {name: terms.get(name) for name in expected} == expected
