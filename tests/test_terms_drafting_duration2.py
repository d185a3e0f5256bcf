"""The agreement's effective date, term and expiry, round 2: sentences written for these tests
(not taken from any real contract), each a different drafting of a term stated through what is
done, an end tied to an anniversary or a calendar year, years and dates written other ways, and
near misses that must not be read as them."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms as _agreement

OPENING = (
    'This Services Agreement is made on 3 March 2025 (the "Effective Date") between Calloway '
    'Systems Ltd ("Calloway") and Brightwater Logistics LLC ("Brightwater").'
)
"""An opening that dates the agreement 2025-03-03."""
UNDATED = "This Agreement is between Marlowe Instruments GmbH and Pennant Grove Inc."
"""An opening that dates nothing."""


def _dated(*clauses: tuple[str, str]) -> dict:
    """Key-term values of ``clauses`` after the opening that dates the agreement 2025-03-03."""
    return _agreement(("", OPENING), *clauses)


# --- The effective date, in dates written other ways -------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "THIS LICENCE AGREEMENT is made the 1st day of July in the year 2009 between Ardent "
            "Media Limited and Corvus Pictures Inc.",
            "2009-07-01",
        ),
        (
            "This Supply Agreement is entered into as of July 1st 2009 by and between Halvard "
            "Chemicals Corp. and Pinecrest Labs LLC.",
            "2009-07-01",
        ),
        (
            "This Reseller Agreement is dated 1-Jul-2009 and is made between Tamsin Devices plc "
            "and Orrin Retail Ltd.",
            "2009-07-01",
        ),
        (
            'This Agreement (the "Agreement") is effective as of 2009-07-01 between Quill '
            "Analytics Inc. and Sorrel Bank N.A.",
            "2009-07-01",
        ),
        (
            "THIS AGREEMENT is made this twelfth day of March, two thousand and ten, by and "
            "between Bexley Motors Inc. and Carrow Parts Co.",
            "2010-03-12",
        ),
        (
            "This Deed of Agreement is made on the fifth day of June in the year two thousand "
            "and eighteen between Loxley Farms Pty Ltd and Wren Foods Pty Ltd.",
            "2018-06-05",
        ),
        (
            "This Consulting Agreement, dated 15 Sept. 2016, is between Aster Health LLC and Dr. "
            "Mina Okafor.",
            "2016-09-15",
        ),
        (
            "Effective this 3rd day of Feb, 2014, Norland Energy Inc. and Vesper Drilling LLC "
            "agree as follows.",
            "2014-02-03",
        ),
        (
            "This Agreement is made on 01-Aug-2012 between Keel Marine Ltd and Fathom Ports SA.",
            "2012-08-01",
        ),
        (
            "This Agreement is made on the 30th of November 2011 between Roan Audio Ltd and "
            "Sable Records Ltd.",
            "2011-11-30",
        ),
        (
            "This Agreement is made on the 2nd day of October, nineteen ninety-nine, between "
            "Glenmore Textiles Inc. and Lark Apparel Inc.",
            "1999-10-02",
        ),
    ],
)
def test_effective_date_in_dates_written_other_ways(text, iso):
    assert _agreement(("", text))["effective_date"] == iso


def test_effective_date_from_the_first_signature_block():
    terms = _agreement(
        ("", UNDATED),
        (
            "Commencement",
            "This Agreement shall take effect on the date on which it is signed in the first "
            "signature block below.",
        ),
        ("Signatures", "Marlowe Instruments GmbH By: /s/ K. Adler Title: CEO Date: May 4, 2021"),
        ("", "Pennant Grove Inc. By: /s/ R. Ortiz Title: President Date: May 11, 2021"),
    )
    assert terms["effective_date"] == "2021-05-04"


@pytest.mark.parametrize(
    "clauses",
    [
        (
            ("", UNDATED),
            (
                "Conditions",
                'The "Effective Date" shall be the date on which the last of the conditions '
                "precedent in Clause 3 has been satisfied or waived.",
            ),
            ("Conditions", "Each condition shall be satisfied by no later than 30 June 2024."),
        ),
        (
            ("", UNDATED),
            (
                "Conditions",
                "This Agreement shall come into force on the date when all the conditions set "
                "out in Schedule 1 are fulfilled, which the parties expect to be before 1 "
                "October 2023.",
            ),
        ),
        (
            ("", UNDATED),
            ("Prices", "The Supplier's price list effective 1-Jan-2025 applies to all orders."),
        ),
    ],
)
def test_no_effective_date_from_a_condition_or_a_price_list(clauses):
    assert "effective_date" not in _agreement(*clauses)


# --- The term and the expiry -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "text", "days", "expiry"),
    [
        (
            "Services",
            "The Services shall be provided for a period of twelve (12) months commencing on "
            "the Effective Date.",
            365,
            "2026-03-03",
        ),
        (
            "Engagement",
            "The Consultant will be engaged for a period of eighteen months from the Effective "
            "Date.",
            547,
            "2026-09-03",
        ),
        (
            "",
            "The Supplier shall supply the Products for a period of two (2) years from the "
            "Effective Date.",
            730,
            "2027-03-03",
        ),
        (
            "",
            "This Agreement shall have a term of five years from the date hereof.",
            1826,
            "2030-03-03",
        ),
        (
            "",
            "This Agreement shall continue for 3 years from the date first above written.",
            1096,
            "2028-03-03",
        ),
        (
            "Duration",
            "This Agreement shall remain in force until the third anniversary of the Effective "
            "Date.",
            1096,
            "2028-03-03",
        ),
        (
            "",
            "The term of this Agreement shall run until the tenth (10th) anniversary of the "
            "Effective Date, unless terminated earlier.",
            3653,
            "2035-03-03",
        ),
        (
            "Term",
            "This Agreement continues through the end of the calendar year in which the second "
            "anniversary of the Effective Date occurs.",
            1034,
            "2027-12-31",
        ),
        (
            "Term",
            "The initial term shall be a period of four (4) Contract Years.",
            1461,
            "2029-03-03",
        ),
        ("", "Term: 36 months", 1096, "2028-03-03"),
        (
            "Key Details",
            "Initial Term: Twenty-four (24) months from the Effective Date",
            731,
            "2027-03-03",
        ),
        (
            "",
            "This Agreement shall terminate three (3) years after the Effective Date.",
            1096,
            "2028-03-03",
        ),
        (
            "",
            "This Agreement will automatically terminate two years after the date of this "
            "Agreement.",
            731,
            "2027-03-03",
        ),
        (
            "",
            "This Agreement shall continue in force until the date falling twenty-four (24) "
            "months after the Effective Date.",
            731,
            "2027-03-03",
        ),
        (
            "Term",
            "The Licence is granted for a term of ten years commencing on the 1st day of January "
            "in the year 2026.",
            3652,
            "2036-01-01",
        ),
        (
            "Term",
            "The term of this Agreement runs from 1-Apr-2025 to 31-Mar-2028.",
            1095,
            "2028-03-31",
        ),
        (
            "",
            "The Term shall expire on the thirtieth day of June, two thousand and twenty-eight.",
            1215,
            "2028-06-30",
        ),
        (
            "Period of Performance",
            "The Contractor shall perform the Work during the period beginning 2025-04-01 and "
            "ending 2026-03-31.",
            364,
            "2026-03-31",
        ),
        (
            "",
            "Licensee is granted the licence for a period of 5 years from the Effective Date.",
            1826,
            "2030-03-03",
        ),
        (
            "",
            "Unless sooner terminated, this Agreement shall be valid until December 31st 2026.",
            668,
            "2026-12-31",
        ),
        (
            "",
            "This Agreement shall commence on the Effective Date and shall continue until the "
            "fifth (5th) anniversary thereof.",
            1826,
            "2030-03-03",
        ),
        (
            "Appointment",
            "The Distributor's appointment shall last for a period of thirty-six (36) months.",
            1096,
            "2028-03-03",
        ),
        ("", "Contract Period: 1 April 2025 to 31 March 2027", 729, "2027-03-31"),
        (
            "Commencement and Duration",
            "This Agreement shall commence on the Commencement Date and shall continue for an "
            "initial period of 2 years.",
            731,
            "2027-03-03",
        ),
        (
            "",
            "The Services will be rendered for six (6) months from the date first written above.",
            180,
            "2025-09-03",
        ),
        (
            "",
            "The term of this Agreement shall end on the last day of the calendar year in which "
            "the Effective Date falls.",
            303,
            "2025-12-31",
        ),
        ("Expiry", "This Agreement expires at midnight on 30 June 2027.", 849, "2027-06-30"),
        (
            "",
            "The Consultant is engaged for an initial term of one (1) year, renewable by mutual "
            "agreement.",
            365,
            "2026-03-03",
        ),
    ],
)
def test_term_and_expiry_written_other_ways(heading, text, days, expiry):
    terms = _dated((heading, text))
    assert terms.get("expiration_date") == expiry
    assert abs(terms.get("initial_term_days", 0) - days) <= days * 0.02


def test_the_later_of_a_date_and_an_event_ends_no_earlier_than_the_date():
    """'The later of 31 December 2027 and the last delivery': the agreement's stated end is the
    date, which it runs at least until; the event may carry it on."""
    terms = _dated(
        (
            "Term",
            "This Agreement shall expire on the later of 31 December 2027 and the date on which "
            "the last Product has been delivered.",
        )
    )
    assert terms["expiration_date"] == "2027-12-31"


def test_an_anniversary_of_the_agreement_counts_from_its_date_not_the_named_start():
    terms = _dated(
        (
            "Term",
            "The Term shall begin on 1 April 2025 and end on the second anniversary of the date "
            "of this Agreement.",
        )
    )
    assert terms["expiration_date"] == "2027-03-03"


@pytest.mark.parametrize(
    ("heading", "text", "days"),
    [
        (
            "Engagement",
            "The Agency shall be retained for twelve months following the Launch Date.",
            365,
        ),
        (
            "Term",
            "This Agreement shall remain in force for five (5) years after the first commercial "
            "sale of a Product.",
            1826,
        ),
    ],
)
def test_term_counted_from_an_event_has_no_expiry(heading, text, days):
    terms = _dated((heading, text))
    assert "expiration_date" not in terms
    assert abs(terms.get("initial_term_days", 0) - days) <= days * 0.02


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("Term", "This Agreement shall remain in effect until the completion of the Project."),
        ("", "The Services shall be provided within twelve (12) months of each Order."),
        ("", "The Consultant will be engaged for twenty hours per week on the Project."),
        (
            "",
            "The fees in Schedule 2 shall be fixed until the second anniversary of the Effective "
            "Date.",
        ),
        ("Warranty", "Warranty Period: 12 months from delivery."),
        ("", "Support shall be provided for ninety (90) days after acceptance of each release."),
        ("", "Each invoice shall be paid within thirty days of the date hereof."),
        (
            "",
            "Licensee shall keep books of account for five years from the date hereof and make "
            "them available for audit.",
        ),
        (
            "",
            "No party may assign this Agreement before the third anniversary of the Effective "
            "Date.",
        ),
        ("", "The Products shall be delivered by 1-Jul-2025."),
        (
            "",
            "The prices for the Services shall be reviewed at the end of the calendar year in "
            "which the Effective Date falls.",
        ),
        ("", "Payment Terms: 45 days"),
        (
            "",
            "The non-solicitation covenant continues until the second anniversary of the end "
            "of this Agreement.",
        ),
        ("", "The Term Sheet dated 1 February 2025 is superseded by this Agreement."),
    ],
)
def test_no_term_or_expiry_from_near_misses(heading, text):
    terms = _dated((heading, text))
    assert "expiration_date" not in terms
    assert "initial_term_days" not in terms


# --- More subjects, fields and ends: order forms, leases, times of day, the eve of an anniversary


@pytest.mark.parametrize(
    ("heading", "text", "days", "expiry"),
    [
        (
            "Order Form",
            "Subscription Term: twelve (12) months from the Order Start Date of 1 May 2025",
            360,
            "2026-05-01",
        ),
        ("Schedule 1", "Initial Subscription Period: 3 years", 1095, "2028-03-03"),
        (
            "",
            "The Lease Term shall be a period of five years commencing on the Commencement Date.",
            1825,
            "2030-03-03",
        ),
        (
            "",
            "The parties agree that this Agreement shall be in force for a period of 3 (three) "
            "years.",
            1095,
            "2028-03-03",
        ),
        (
            "",
            "The Sponsorship shall run from 1 January 2026 through 31 December 2028.",
            1095,
            "2028-12-31",
        ),
        (
            "",
            "The engagement of the Consultant hereunder shall be for a term of six (6) months.",
            180,
            "2025-09-03",
        ),
        (
            "",
            "This Agreement shall continue in effect until 11:59 p.m. on 31st March, 2029.",
            1489,
            "2029-03-31",
        ),
        (
            "",
            "Manufacturer shall manufacture the Products for Distributor for a period of seven "
            "(7) years.",
            2555,
            "2032-03-03",
        ),
        (
            "",
            "This Agreement shall remain in force until midnight (London time) on the 28th day of "
            "February 2027.",
            727,
            "2027-02-28",
        ),
    ],
)
def test_term_from_fields_subjects_and_times_of_day(heading, text, days, expiry):
    terms = _dated((heading, text))
    assert terms.get("expiration_date") == expiry
    assert abs(terms.get("initial_term_days", 0) - days) <= days * 0.02


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        ("", "Notice Period: 3 months"),
        ("", "Confidentiality Period: five (5) years"),
        (
            "",
            "The restriction in this Clause shall run for 2 years after the end of this Agreement.",
        ),
        ("", "The Services shall be supplied at the rates in Schedule 3."),
        ("", "At 5:00 p.m. on 1 June 2025 the Supplier shall deliver the first batch."),
        (
            "",
            "The provision of the transition services shall continue for ninety (90) days after "
            "termination.",
        ),
        ("", "Licensee shall maintain such records for a period of seven (7) years."),
    ],
)
def test_no_term_from_other_fields_and_subjects(heading, text):
    terms = _dated((heading, text))
    assert "expiration_date" not in terms
    assert "initial_term_days" not in terms


@pytest.mark.parametrize(
    ("clauses", "iso"),
    [
        (
            (
                (
                    "",
                    "This Agreement is made and entered into on this the 1st day of July, 2009 "
                    "by Alder Co. and Birch LLC.",
                ),
            ),
            "2009-07-01",
        ),
        (
            (("", "AGREEMENT dated as of 2009-07-01 between Alder Co. and Birch LLC."),),
            "2009-07-01",
        ),
        (
            (("", UNDATED), ("", "This Agreement shall be effective from 1st July 2009.")),
            "2009-07-01",
        ),
        (
            (
                ("", UNDATED),
                ("Effective Date", "The Effective Date of this Agreement is July 1st, 2009."),
            ),
            "2009-07-01",
        ),
        (
            (("", UNDATED), ("", "This Agreement shall come into force on 1 July 2009.")),
            "2009-07-01",
        ),
        ((("", "Agreement Date: 1-Jul-2009"), ("", UNDATED)), "2009-07-01"),
        (
            (
                (
                    "",
                    "This Agreement, effective as of the first day of July, two thousand nine, is "
                    "between Alder Co. and Birch LLC.",
                ),
            ),
            "2009-07-01",
        ),
        (
            (
                ("", UNDATED),
                ("Signatures", "Alder Co. By: /s/ A. Smith Title: CEO Date: 4 May 2021"),
                ("", "Birch LLC By: /s/ B. Jones Title: CFO Date: 11 May 2021"),
                ("", "This Agreement is effective as of the date of the last signature above."),
            ),
            "2021-05-11",
        ),
        (
            (
                (
                    "",
                    "This Agreement is entered into this 1st day of July in the year of our Lord "
                    "two thousand and nine between Alder Co. and Birch LLC.",
                ),
            ),
            "2009-07-01",
        ),
    ],
)
def test_effective_date_stated_other_ways(clauses, iso):
    assert _agreement(*clauses)["effective_date"] == iso


def test_a_blank_date_dates_nothing():
    terms = _agreement(
        (
            "",
            "THIS AGREEMENT is made on the            day of                    2019 between "
            "Alder Co. and Birch LLC.",
        )
    )
    assert "effective_date" not in terms


@pytest.mark.parametrize(
    ("heading", "text", "days", "expiry"),
    [
        (
            "",
            "The Term shall be five (5) Contract Years, where a Contract Year is each period of "
            "twelve months from the Effective Date.",
            1825,
            "2030-03-03",
        ),
        ("Duration", "Five years.", 1825, "2030-03-03"),
        ("", "The Agreement will lapse on 30.06.2027 unless renewed.", 849, "2027-06-30"),
        (
            "",
            "This Agreement shall be for an initial period of three (3) years following the "
            "Effective Date.",
            1095,
            "2028-03-03",
        ),
        (
            "",
            "The term of the Agreement is from the Effective Date to and including 31 Dec 2027.",
            1033,
            "2027-12-31",
        ),
        (
            "",
            "Distributor is hereby appointed for a term expiring on 31/12/2027.",
            1033,
            "2027-12-31",
        ),
        (
            "",
            "This Contract shall be valid until the expiration of thirty-six (36) months from the "
            "date of its signature.",
            1080,
            "2028-03-03",
        ),
        ("", "This agreement will remain in effect for 2 yrs.", 730, "2027-03-03"),
        (
            "",
            "This Agreement shall terminate on the fifth anniversary of the date hereof.",
            1825,
            "2030-03-03",
        ),
        (
            "",
            "Unless terminated earlier, the Agreement continues in force for one hundred and "
            "twenty (120) months.",
            3600,
            "2035-03-03",
        ),
        (
            "",
            "This Agreement shall continue for a period ending on the date which is three years "
            "after the Effective Date.",
            1095,
            "2028-03-03",
        ),
    ],
)
def test_term_lapsing_appointed_abbreviated_and_after_a_proviso(heading, text, days, expiry):
    terms = _dated((heading, text))
    assert terms.get("expiration_date") == expiry
    assert abs(terms.get("initial_term_days", 0) - days) <= days * 0.02


@pytest.mark.parametrize(
    "text",
    [
        "This Agreement shall continue through the end of the calendar year in which the first "
        "Product is launched.",
        "Unless otherwise agreed, the Agreement Manager shall meet the Supplier every 3 months.",
        "Any unused credits lapse on 31 December 2025.",
        "The option lapses on 30 June 2026 if not exercised.",
    ],
)
def test_no_expiry_from_an_event_year_or_other_lapses(text):
    terms = _dated(("", text))
    assert "expiration_date" not in terms
