"""The agreement's dates, term and renewal as drafters state them, in sentences written for these
tests (not taken from any real contract): each one a different drafting of the same concepts, with
near misses that must not be read as them."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms as _agreement

OPENING = (
    'This Framework Agreement is made on 3 March 2025 (the "Effective Date") between Harrow '
    'Analytics Limited ("Harrow") and Quayside Freight Inc. ("Quayside").'
)
"""An opening that dates the agreement 2025-03-03, for the term and renewal sentences."""


def _dated(*clauses: tuple[str, str]) -> dict:
    """Key-term values of ``clauses`` after the opening that dates the agreement 2025-03-03."""
    return _agreement(("", OPENING), *clauses)


# --- The effective date ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clauses", "iso"),
    [
        (
            (
                (
                    "",
                    "THIS AGREEMENT is dated 12 March 2021 and is made BETWEEN: (1) Penrose Tiles "
                    "plc; and (2) Ostler Mills Limited.",
                ),
            ),
            "2021-03-12",
        ),
        (
            (
                (
                    "",
                    'This Distribution Agreement (this "Agreement") is entered into as of the 4th '
                    "day of November, 2019 by and between Larkspur Bio, Inc. and Tessaro SpA.",
                ),
            ),
            "2019-11-04",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                ("Definitions", '"Effective Date" means 1 July 2022.'),
            ),
            "2022-07-01",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                (
                    "Definitions",
                    '"Commencement Date" shall mean January 15, 2020, the date on which the '
                    "Services begin.",
                ),
            ),
            "2020-01-15",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                (
                    "Commencement",
                    "This Agreement takes effect on 1st October 2017 and binds the parties from "
                    "that day.",
                ),
            ),
            "2017-10-01",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                ("", "The effective date of this Agreement shall be October 1, 2009."),
            ),
            "2009-10-01",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                (
                    "Entry into Force",
                    "This Agreement shall enter into force on 1 January 2020.",
                ),
            ),
            "2020-01-01",
        ),
        (
            (
                ("", "Date of Agreement: 5 May 2016"),
                ("", "Parties: Calder Pumps Ltd and Brightwater Utilities plc."),
            ),
            "2016-05-05",
        ),
        (
            (
                (
                    "",
                    "This License Agreement, dated for reference purposes as of June 3, 2010, is "
                    "between Sable Point Media and Ivers Books.",
                ),
            ),
            "2010-06-03",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                (
                    "",
                    "This Agreement shall be effective from and after March 1, 2004 and shall "
                    "bind the parties' successors.",
                ),
            ),
            "2004-03-01",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                ("", "This Agreement is effective as of the date it is last signed below."),
                (
                    "",
                    "FENNICK LABS LLC By: /s/ J. Ortiz Date: 2/9/2023 ORCHARD ROW LTD By: /s/ "
                    "K. Shaw Date: 2/14/2023",
                ),
            ),
            "2023-02-14",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                (
                    "Term",
                    "The Term shall commence on the Commencement Date, being 1 September 2018, "
                    "and shall continue for two years.",
                ),
            ),
            "2018-09-01",
        ),
        (
            (
                ("", "Agreement Effective Date: August 8, 2014"),
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
            ),
            "2014-08-08",
        ),
    ],
)
def test_effective_date_written_other_ways(clauses, iso):
    assert _agreement(*clauses)["effective_date"] == iso


@pytest.mark.parametrize(
    "clauses",
    [
        (
            ("", "This Amendment is between Fennick Labs LLC and Orchard Row Ltd."),
            (
                "",
                "The parties entered into that certain Purchase Agreement dated as of May 1, 2018, "
                "which this Amendment modifies.",
            ),
        ),
        (
            ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
            ("", "The Supplier's price list effective January 1, 2021 is attached as Schedule 2."),
        ),
        (
            ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
            ("", "The Licensed Patent was granted on 14 June 2011 and expires in 2031."),
        ),
    ],
)
def test_no_effective_date_from_other_dates(clauses):
    assert "effective_date" not in _agreement(*clauses)


# --- The initial term and the expiry ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "text", "days", "expiry"),
    [
        (
            "",
            "This Agreement shall continue in effect for an initial period of five (5) years from "
            "the Effective Date.",
            1825,
            "2030-03-03",
        ),
        (
            "",
            "The term of this Agreement shall begin on the Effective Date and end on the third "
            "anniversary thereof.",
            1095,
            "2028-03-03",
        ),
        (
            "Duration",
            "Unless terminated earlier, this Agreement will remain in force until 31 December "
            "2025.",
            303,
            "2025-12-31",
        ),
        (
            "",
            "The Initial Term shall be a period of twenty-four months.",
            720,
            "2027-03-03",
        ),
        (
            "",
            "The Agreement shall be valid for a period of 3 years as from its signature date.",
            1095,
            "2028-03-03",
        ),
        (
            "",
            "This Agreement shall remain in full force and effect for a period ending on June 30, "
            "2028.",
            1215,
            "2028-06-30",
        ),
        (
            "Commencement and Duration",
            "This Agreement shall commence on the Effective Date and shall continue for a period "
            "of 36 months.",
            1080,
            "2028-03-03",
        ),
        (
            "",
            "Subject to earlier termination, the duration of this Agreement shall be two (2) "
            "years commencing on the Effective Date.",
            730,
            "2027-03-03",
        ),
        (
            "",
            "This Agreement terminates automatically on the fifth anniversary of the Effective "
            "Date.",
            1825,
            "2030-03-03",
        ),
        (
            "",
            "The Agreement runs for a fixed period of eighteen (18) months.",
            540,
            "2026-09-03",
        ),
        ("Term", "Two years from the Effective Date.", 730, "2027-03-03"),
        (
            "",
            "This Agreement will be in effect through and including March 31, 2026.",
            393,
            "2026-03-31",
        ),
        (
            "",
            "The Term shall expire at 11:59 p.m. Eastern Time on December 31, 2030.",
            2129,
            "2030-12-31",
        ),
        (
            "",
            "This Agreement shall continue until the date that is seven (7) years after the "
            "Effective Date.",
            2555,
            "2032-03-03",
        ),
        ("Key Dates", "Expiration Date: 30 April 2027", 788, "2027-04-30"),
        (
            "",
            "The Supplier is appointed for a term of ten years from the Effective Date.",
            3650,
            "2035-03-03",
        ),
        (
            "",
            "This Agreement shall be in force for an initial term of one (1) year and shall expire "
            "on the first anniversary of the Effective Date.",
            365,
            "2026-03-03",
        ),
        (
            "Period of Agreement",
            "The period of this Agreement is four (4) years, starting from the Effective Date.",
            1460,
            "2029-03-03",
        ),
        (
            "",
            "This Agreement shall terminate on the earlier of (a) June 1, 2030 or (b) the date "
            "on which the last Licensed Patent expires.",
            1916,
            "2030-06-01",
        ),
    ],
)
def test_term_and_expiry_written_other_ways(heading, text, days, expiry):
    terms = _dated((heading, text))
    assert terms["expiration_date"] == expiry
    assert abs(terms["initial_term_days"] - days) <= days * 0.02


@pytest.mark.parametrize(
    "text",
    [
        "The confidentiality obligations in this Section shall continue for five (5) years after "
        "the expiration of this Agreement.",
        "Supplier warrants the Products for a period of twelve (12) months from delivery.",
        "Prices shall be fixed for the first two (2) years of the Term.",
        "Sections 7 and 9 shall survive the end of this Agreement for a period of two years.",
        "For three (3) years after termination, neither party shall solicit the other's staff.",
        "Licensee shall keep records of sales for six (6) years after the year to which they "
        "relate.",
    ],
)
def test_no_term_from_other_periods(text):
    terms = _dated(("", text))
    assert "initial_term_days" not in terms
    assert "expiration_date" not in terms


# --- Renewal: whether, how long, the notice to stop it and its deadline -----------------------


@pytest.mark.parametrize(
    ("texts", "days", "notice"),
    [
        (
            (
                "This Agreement shall commence on the Effective Date and continue for two (2) "
                "years (the Initial Term).",
                "Upon expiry of the Initial Term, this Agreement shall continue automatically for "
                "further periods of twelve (12) months each, unless terminated by either party "
                "giving at least three (3) months' written notice to expire at the end of the "
                "Initial Term or any subsequent period.",
            ),
            360,
            90,
        ),
        (
            (
                "This Agreement will renew for additional one-year terms unless either party "
                "notifies the other in writing of its intention not to renew no later than sixty "
                "(60) days before the end of the then-current term.",
            ),
            365,
            60,
        ),
        (
            (
                "After the Initial Term, the Agreement shall be extended automatically by periods "
                "of two years, unless cancelled by either party with six months' notice prior to "
                "its expiry.",
            ),
            730,
            180,
        ),
        (
            (
                "Thereafter, the term shall renew on a month-to-month basis until either party "
                "gives thirty (30) days' notice of termination.",
            ),
            30,
            30,
        ),
        (
            (
                "This Agreement shall be automatically renewed for consecutive terms of one (1) "
                "year each, unless either Party serves notice of non-renewal on the other not "
                "less than ninety (90) days prior to the expiration of the then current term.",
            ),
            365,
            90,
        ),
        (
            (
                "Unless either Party gives notice to the contrary at least 6 months before the end "
                "of the Initial Term, this Agreement shall continue for successive renewal periods "
                "of two (2) years.",
            ),
            730,
            180,
        ),
        (
            (
                "The Term shall be automatically extended for successive periods of five (5) "
                "years each unless Licensee notifies Licensor, at least one hundred eighty (180) "
                "days prior to the expiration of the then-current Term, that it does not wish to "
                "extend it.",
            ),
            1825,
            180,
        ),
        (
            (
                "The term will roll over for successive 12-month periods unless cancelled in "
                "writing at least 30 days prior to the renewal date.",
            ),
            360,
            30,
        ),
        (
            (
                "This contract shall be renewed tacitly for successive periods of one year unless "
                "terminated by registered letter sent three months before expiry.",
            ),
            365,
            90,
        ),
        (
            (
                "This Agreement shall renew automatically for successive one-year periods.",
                "Either Party may prevent a renewal by giving written notice of non-renewal at "
                "least four (4) months before the expiry of the then current term.",
            ),
            365,
            120,
        ),
        (
            (
                "The Agreement shall thereafter continue for successive periods of 12 months "
                "unless and until either party serves not less than 3 months' written notice to "
                "terminate, such notice to expire on the last day of the Initial Term or of a "
                "subsequent period.",
            ),
            360,
            90,
        ),
        (
            (
                "Following the Initial Term, this Agreement shall automatically renew for "
                'subsequent one (1) year terms (each, a "Renewal Term") unless either Party '
                "provides written notice of its intent not to renew no fewer than ninety (90) "
                "days prior to the end of the then-current term.",
            ),
            365,
            90,
        ),
        (
            (
                "At the end of the Initial Term this Agreement shall be renewed for successive "
                "terms of three years each.",
                "Either party may elect not to renew this Agreement by written notice given no "
                "later than one hundred twenty (120) days prior to the end of the then current "
                "term.",
            ),
            1095,
            120,
        ),
        (
            (
                "This Agreement shall continue in force indefinitely until terminated by either "
                "party upon ninety days' prior written notice.",
            ),
            None,
            90,
        ),
        (
            (
                "Unless terminated in accordance with this Clause, the Agreement shall be "
                "automatically extended each year for a further year, and either party may "
                "terminate it with effect from the end of any year by giving two months' notice.",
            ),
            365,
            60,
        ),
        (
            (
                "This Agreement shall thereafter be renewed automatically for additional periods "
                "of two (2) years, except where either party informs the other in writing, at "
                "least one hundred and twenty days in advance, that it will not renew.",
            ),
            730,
            120,
        ),
    ],
)
def test_renewal_written_other_ways(texts, days, notice):
    terms = _dated(*(("", text) for text in texts))
    assert terms["auto_renewal"] is True
    assert terms.get("renewal_term_days") == days
    assert terms.get("renewal_notice_days") == notice


@pytest.mark.parametrize(
    ("texts", "deadline"),
    [
        (
            (
                "The initial term of this Agreement is three (3) years from the Effective Date.",
                "Thereafter it shall renew automatically for one-year periods unless either party "
                "gives notice of non-renewal at least ninety (90) days before the end of the "
                "then-current term.",
            ),
            "2027-12-04",  # 2028 is a leap year
        ),
        (
            (
                "This Agreement will remain in force until 30 June 2027 and will then renew "
                "automatically for periods of one year unless a party gives not less than six "
                "months' notice of non-renewal before the end of the current period.",
            ),
            "2027-01-01",
        ),
    ],
)
def test_renewal_notice_deadline(texts, deadline):
    assert _dated(*(("", text) for text in texts))["renewal_notice_deadline"] == deadline


@pytest.mark.parametrize(
    "text",
    [
        "This Agreement may be renewed for an additional two (2) year term upon the mutual "
        "written agreement of the parties.",
        "Licensee shall have the option to extend the Term for one further period of five years "
        "by giving notice not less than six months before expiry.",
        "This Agreement shall not renew automatically; any renewal shall require a new written "
        "agreement signed by both parties.",
        "Supplier shall ensure that its insurance policies are renewed annually throughout the "
        "Term.",
        "Upon expiry, Customer may request a renewal, which Supplier may accept at its discretion.",
        "Nothing in this Amendment shall be construed as a renewal or extension of the Original "
        "Agreement.",
        "If the parties wish to extend this Agreement, they shall negotiate in good faith the "
        "terms of any extension at least ninety (90) days before it expires.",
        "The Distributor's licence to use the Marks shall continue until this Agreement ends.",
    ],
)
def test_no_auto_renewal_from_near_misses(text):
    assert "auto_renewal" not in _dated(("", text))


@pytest.mark.parametrize(
    "texts",
    [
        (
            "This Agreement shall automatically renew for successive one-year periods.",
            "Either party may terminate this Agreement upon sixty (60) days' written notice if "
            "the other party materially breaches it.",
        ),
        (
            "This Agreement shall automatically renew for successive one-year periods.",
            "The Distributor shall place orders at least ninety (90) days prior to the requested "
            "delivery date.",
        ),
        (
            "This Agreement shall automatically renew for successive one-year periods.",
            "The parties shall meet within thirty (30) days before the end of each Contract Year "
            "to agree the next forecast.",
        ),
    ],
)
def test_no_renewal_notice_from_other_notices(texts):
    terms = _dated(*(("", text) for text in texts))
    assert terms["auto_renewal"] is True
    assert "renewal_notice_days" not in terms


@pytest.mark.parametrize(
    ("clauses", "iso"),
    [
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                ("", "The Agreement covers consulting services."),
                (
                    "",
                    "IN WITNESS WHEREOF, the parties have executed this Agreement on the 12th day "
                    "of March, 2014.",
                ),
            ),
            "2014-03-12",
        ),
        (
            (
                ("", "This Agreement is between Fennick Labs LLC and Orchard Row Ltd."),
                ("", "Effective as of April 1st, 2019, the parties agree as follows."),
            ),
            "2019-04-01",
        ),
        (
            (
                (
                    "",
                    "AGREEMENT made as of the first day of July, 2010, between Fennick Labs LLC "
                    "and Orchard Row Ltd.",
                ),
            ),
            "2010-07-01",
        ),
    ],
)
def test_effective_date_in_an_opening_or_a_testimonium(clauses, iso):
    assert _agreement(*clauses)["effective_date"] == iso


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The Agreement shall have a duration of 24 months.",
            {"initial_term_days": 720, "expiration_date": "2027-03-03"},
        ),
        (
            "The term hereof shall be one (1) year, renewable automatically for successive "
            "one-year periods unless terminated by either party on sixty (60) days' prior written "
            "notice.",
            {
                "initial_term_days": 365,
                "auto_renewal": True,
                "renewal_term_days": 365,
                "renewal_notice_days": 60,
            },
        ),
        (
            "This Agreement shall continue in full force and effect until 31.12.2026.",
            {"expiration_date": "2026-12-31"},
        ),
        (
            "Unless earlier terminated as provided herein, the term of this Agreement shall run "
            "through the close of business on June 30, 2029.",
            {"expiration_date": "2029-06-30"},
        ),
        (
            "This Agreement shall expire, unless sooner terminated, on the second anniversary of "
            "the Effective Date.",
            {"initial_term_days": 730, "expiration_date": "2027-03-03"},
        ),
        (
            "The initial term of this Agreement shall expire on the date which is two years after "
            "the Effective Date.",
            {"initial_term_days": 730, "expiration_date": "2027-03-03"},
        ),
        (
            "This Agreement shall run for two years and shall automatically renew for like "
            "periods unless either party gives ninety days' notice of non-renewal.",
            {"initial_term_days": 730, "renewal_term_days": 730, "renewal_notice_days": 90},
        ),
        (
            "If neither party gives notice of termination at least sixty days before the end of "
            "the Initial Term, this Agreement shall continue for successive terms of one year "
            "each.",
            {"auto_renewal": True, "renewal_term_days": 365, "renewal_notice_days": 60},
        ),
        (
            "Either party may elect not to renew by giving written notice no less than 90 days "
            "before the end of the Term; absent such notice, the Term shall be extended for an "
            "additional year.",
            {"auto_renewal": True, "renewal_term_days": 365, "renewal_notice_days": 90},
        ),
        (
            "Thereafter this Agreement shall renew automatically on a yearly basis unless "
            "terminated by either party upon ninety (90) days notice prior to the end of the "
            "then current term.",
            {"renewal_term_days": 365, "renewal_notice_days": 90},
        ),
    ],
)
def test_term_and_renewal_in_one_sentence(text, found):
    terms = _dated(("", text))
    assert {name: terms.get(name) for name in found} == found


def test_a_renewal_as_long_as_the_initial_term():
    terms = _dated(
        ("", "The initial term of this Agreement is three (3) years from the Effective Date."),
        (
            "",
            "Thereafter this Agreement shall automatically renew for a further period equal to the "
            "initial term unless either party gives notice of non-renewal at least ninety (90) "
            "days before the end of the then-current term.",
        ),
    )
    assert terms["renewal_term_days"] == 1095
    assert terms["renewal_notice_deadline"] == "2027-12-04"


@pytest.mark.parametrize(
    "text",
    [
        "Licensee may renew the licence for a further term equal to the initial term by notice "
        "given six months before expiry.",
        "Supplier shall review its prices annually and any new price list shall take effect on "
        "the first day of the following Contract Year.",
        "The Customer may extend the Term once, for a period like the Initial Term, if it gives "
        "notice of its wish to extend.",
    ],
)
def test_no_auto_renewal_from_options_or_price_reviews(text):
    assert "auto_renewal" not in _dated(("", text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The appointment of the Distributor shall be for an initial period of three (3) years "
            "from the Effective Date.",
            {"initial_term_days": 1095, "expiration_date": "2028-03-03"},
        ),
        (
            "The Distributor's appointment hereunder shall last for five years.",
            {"initial_term_days": 1825, "expiration_date": "2030-03-03"},
        ),
        (
            "This Agreement is for a term of two years.",
            {"initial_term_days": 730, "expiration_date": "2027-03-03"},
        ),
        (
            "This Agreement shall be binding for a period of four (4) years.",
            {"initial_term_days": 1460, "expiration_date": "2029-03-03"},
        ),
        (
            "The Parties agree that this Agreement will last for eighteen months.",
            {"initial_term_days": 540, "expiration_date": "2026-09-03"},
        ),
        (
            "This Agreement shall stay in effect for a period of one (1) year.",
            {"initial_term_days": 365, "expiration_date": "2026-03-03"},
        ),
        (
            "The license granted herein shall be for a term of seven (7) years.",
            {"initial_term_days": 2555, "expiration_date": "2032-03-03"},
        ),
        (
            "This Agreement shall continue in force for an indefinite period until terminated by "
            "either party on three (3) months' written notice.",
            {"auto_renewal": True, "renewal_notice_days": 90},
        ),
        (
            "This Agreement will automatically be renewed for periods of one year unless notice "
            "of termination is given by either party no later than three months prior to the end "
            "of the current period.",
            {"auto_renewal": True, "renewal_term_days": 365, "renewal_notice_days": 90},
        ),
        (
            "The Agreement is automatically prolonged by one year if not terminated by either "
            "party with a notice period of three months to the end of the contract year.",
            {"auto_renewal": True, "renewal_term_days": 365, "renewal_notice_days": 90},
        ),
        (
            "Each year on the anniversary of the Effective Date the Term shall be extended by one "
            "additional year, unless a party notifies the other in writing ninety days beforehand "
            "that it does not want the extension.",
            {"auto_renewal": True, "renewal_term_days": 365, "renewal_notice_days": 90},
        ),
    ],
)
def test_term_set_by_other_subjects_and_verbs_and_renewals_worded_otherwise(text, found):
    terms = _dated(("", text))
    assert {name: terms.get(name) for name in found} == found


@pytest.mark.parametrize(
    "text",
    [
        "The license fee shall be payable for a period of three years in equal instalments.",
        "The appointment of any sub-distributor shall be for a period not exceeding one year.",
        "The Distributor shall stay in contact with end users for a period of two years after "
        "termination.",
        "The parties will last review the forecast for a period of six months before launch.",
    ],
)
def test_no_term_from_other_subjects(text):
    terms = _dated(("", text))
    assert "initial_term_days" not in terms
    assert "expiration_date" not in terms


def test_no_term_where_the_agreement_is_not_the_subject():
    terms = _dated(
        (
            "",
            "Each rolling forecast issued under this Agreement shall be binding for a period of "
            "ninety (90) days.",
        )
    )
    assert "initial_term_days" not in terms


def test_an_agreement_binding_on_successors_sets_no_term():
    terms = _dated(
        (
            "",
            "This Agreement shall be binding upon the parties' successors, and any order placed "
            "under it shall be firm for sixty (60) days.",
        )
    )
    assert "initial_term_days" not in terms
