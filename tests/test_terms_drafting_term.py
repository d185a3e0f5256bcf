"""The agreement's effective date, term and expiry, round 6: broad second readings of a kind,
tried where the precise readings find nothing -- a date at the head of a letter or a title, an end
on an anniversary or a numbered year of the agreement's start however the sentence is built, and a
length written as the agreement's life. Sentences written for these tests (not taken from any
real contract), each a different drafting, and near misses that must not be read as them."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms as _agreement

DATED = (
    "",
    'This Agreement is made on 2 April 2024 (the "Effective Date") between Quillon Data Ltd and '
    "Sorrel Bay Partners LLC.",
)
"""An opening that dates the agreement 2024-04-02."""
UNDATED = ("", "This Agreement is between Marrowfield Tools Inc. and Osprey Lane Retail LLC.")
"""An opening that dates nothing."""


# --- The effective date: a date at the head of a letter, a title or a cover page ---------------


@pytest.mark.parametrize(
    ("clauses", "iso"),
    [
        (
            (
                ("", "Thornbury Analytics Ltd 14 March 2022"),
                ("", "Dear Sirs, we write to confirm the data services you will provide to us."),
            ),
            "2022-03-14",
        ),
        (
            (
                ("MASTER CONSULTING AGREEMENT", "September 9, 2019"),
                ("", "Kestrel Advisory LLC will advise Brindle Foods Inc. on its supply chain."),
            ),
            "2019-09-09",
        ),
        (
            (
                ("", "SUPPLY AGREEMENT 1 February 2017 ACME PLASTICS GMBH AND HOLLIS CUPS LTD"),
                ("", "The Supplier shall make the cups that the Buyer orders."),
            ),
            "2017-02-01",
        ),
        (
            (
                ("", "Reference: AGR-77 / 03/15/2021"),
                ("", "Pellworth Inc. engages Danube Events Kft. to stage its annual conference."),
            ),
            "2021-03-15",
        ),
        (
            (
                ("", "LICENCE OF SOFTWARE 30th June 2015"),
                ("", "Granite Row Software Ltd licenses the Product to Fenwick Council."),
            ),
            "2015-06-30",
        ),
        (
            (
                (
                    "",
                    "This Sponsorship Agreement, signed as of the fourth day of May 2012 by "
                    "Harrow Athletic Club and Velda Drinks plc, sets out the sponsorship.",
                ),
            ),
            "2012-05-04",
        ),
        (
            (
                ("", "Quarry Lane Holdings Inc. Agreement Date: 11 November 2020"),
                ("", "The Distributor will resell the Products in Ontario."),
            ),
            "2020-11-11",
        ),
        (
            (
                ("", "Letter Agreement 2 December 2008"),
                ("", "Dear Ms Oduya, this letter sets out the terms of your engagement."),
            ),
            "2008-12-02",
        ),
    ],
)
def test_effective_date_from_the_head_of_the_agreement(clauses, iso):
    assert _agreement(*clauses)["effective_date"] == iso


# --- The expiry: an anniversary or a numbered year of the agreement's start ---------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Unless the parties agree otherwise, this Agreement stays in force until whichever "
            "comes first of (i) the third anniversary of the Effective Date and (ii) a Change of "
            "Control of the Customer.",
            "2027-04-02",
        ),
        (
            "This Agreement shall remain in full force and effect through the fifth (5th) "
            "anniversary of the date of this Agreement, subject to earlier termination.",
            "2029-04-02",
        ),
        (
            "The Licence continues in effect until the second anniversary of the Effective Date.",
            "2026-04-02",
        ),
        (
            "The Term ends upon the end of Year 2.",
            "2026-04-02",
        ),
        (
            "The Agreement will lapse at the expiration of the fourth Contract Year.",
            "2028-04-02",
        ),
        (
            "This Contract will terminate on the tenth anniversary of the Effective Date unless "
            "either party has terminated it sooner.",
            "2034-04-02",
        ),
        (
            "Save as set out in clause 14, the agreement will expire on the 1st anniversary of "
            "the execution of this Agreement.",
            "2025-04-02",
        ),
        (
            "This Agreement, once signed, shall continue until the end of Contract Year 3.",
            "2027-04-02",
        ),
    ],
)
def test_expiry_on_an_anniversary_or_a_numbered_year_of_the_start(text, iso):
    assert _agreement(DATED, ("", text))["expiration_date"] == iso


# --- The term: a length written as the agreement's life ----------------------------------------


@pytest.mark.parametrize(
    ("text", "days", "iso"),
    [
        (
            "The Company offers the Speaker a two-year engagement to present at its seminars.",
            730,
            "2026-04-02",
        ),
        (
            "Northgate hereby accepts a six month appointment as the Client's sales agent.",
            180,
            "2024-10-02",
        ),
        (
            "The duration of this Agreement is eighteen (18) months.",
            540,
            "2025-10-02",
        ),
        (
            "Duration: three (3) years.",
            1095,
            "2027-04-02",
        ),
        (
            "In exchange for the fees below, the parties enter into a five year agreement for the "
            "hosting of the Client's website.",
            1825,
            "2029-04-02",
        ),
        (
            "The engagement shall last for 24 months.",
            720,
            "2026-04-02",
        ),
        (
            "The Customer commits to a one (1) year commitment to buy the Goods.",
            365,
            "2025-04-02",
        ),
        (
            "Both sides agree on a 4-year licence of the Marks in the Territory.",
            1460,
            "2028-04-02",
        ),
        (
            "The Consultant's engagement will be for a period of nine months.",
            270,
            "2025-01-02",
        ),
        (
            "Sorrel Bay accepts a 12 month term to market the Products.",
            360,
            "2025-04-02",
        ),
    ],
)
def test_term_written_as_the_agreements_life(text, days, iso):
    terms = _agreement(DATED, ("", text))
    assert terms["initial_term_days"] == days
    assert terms["expiration_date"] == iso


@pytest.mark.parametrize(
    ("text", "days", "iso"),
    [
        (
            "The parties enter into a three-year agreement expiring on 30 September 2027.",
            1276,
            "2027-09-30",
        ),
        (
            "The Agent takes a two year appointment ending 1 March 2026.",
            698,
            "2026-03-01",
        ),
    ],
)
def test_a_stated_end_wins_over_the_length(text, days, iso):
    # the term is then counted from the start to the stated end, as the precise readings count it
    terms = _agreement(DATED, ("", text))
    assert terms["initial_term_days"] == days
    assert terms["expiration_date"] == iso


def test_the_term_without_a_start_gives_no_expiry():
    terms = _agreement(UNDATED, ("", "Osprey Lane accepts a two-year engagement as reseller."))
    assert terms["initial_term_days"] == 730
    assert "expiration_date" not in terms


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "This contract is in force until the seventh anniversary of this Agreement.",
            "2031-04-02",
        ),
        (
            "The licence granted by this Agreement terminates on the 3rd (third) anniversary of "
            "the Effective Date.",
            "2027-04-02",
        ),
        (
            "Subject to clause 9, the agreement remains binding on both parties until the second "
            "anniversary of the date hereof.",
            "2026-04-02",
        ),
        (
            "The term of the Agreement runs through the end of the 2nd Contract Year.",
            "2026-04-02",
        ),
    ],
)
def test_expiry_on_an_anniversary_other_draftings(text, iso):
    assert _agreement(DATED, ("", text))["expiration_date"] == iso


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Franchisee receives a ten (10) year licence to run the Outlet.", 3650),
        ("The Distributor is granted a fixed term of thirty-six months.", 1080),
        ("Term: 2 years.", 730),
        ("The life of this Agreement shall be five years.", 1825),
        ("Palisade Ltd signs a three-year contract to supply the Hospital.", 1095),
        ("Our arrangement is a one-year arrangement which we may later extend.", 365),
    ],
)
def test_term_length_other_draftings(text, days):
    assert _agreement(DATED, ("", text))["initial_term_days"] == days


# --- Near misses: lengths and dates that are not the agreement's -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Options vest in thirds on the first, second and third anniversary of the Effective "
        "Date.",
        "On the first day of Year 3 the Customer shall pay the annual fee for Year 3.",
        "A claim must be brought within a term of forty-five days after the loss.",
        "The Supplier gives a two-year warranty on each Product it delivers.",
        "The confidentiality obligations survive for a period of five years.",
        "Each invoice is payable within sixty days of receipt.",
        "Either party may end this Agreement on a ninety day notice.",
        "Royalties are due for the three-year period after the first sale of each Product.",
        "The shelf life of each batch shall be no less than twenty-four months.",
        "The Customer may renew for a further term of two years.",
        "The second installment vests on the second anniversary of the Effective Date.",
    ],
)
def test_no_term_from_another_period(text):
    terms = _agreement(DATED, ("", text))
    assert "initial_term_days" not in terms
    assert "expiration_date" not in terms


@pytest.mark.parametrize(
    "clauses",
    [
        (
            ("", "Closing Date 31 July 2019 Marrowfield Tools Inc. and Osprey Lane Retail LLC"),
            ("", "The parties record their agreement below."),
        ),
        (
            ("", "This Agreement is between Marrowfield Tools Inc. and Osprey Lane Retail LLC."),
            ("", "The Trade Mark was registered on 3 October 2009 in the United Kingdom."),
        ),
        (
            ("", "This Agreement is between Marrowfield Tools Inc. and Osprey Lane Retail LLC."),
            ("", 'Shares held at 1 June 2020 (the "Record Shares") may be exchanged.'),
        ),
        (
            ("", "This Agreement is between Marrowfield Tools Inc. and Osprey Lane Retail LLC."),
            ("", "Osprey Lane must deliver the first order by 5 January 2021."),
        ),
    ],
)
def test_no_effective_date_from_another_date_at_the_head(clauses):
    assert "effective_date" not in _agreement(*clauses)


def test_an_anniversary_of_an_event_gives_no_expiry():
    terms = _agreement(
        DATED,
        ("", "This Agreement shall remain in effect until the fifth anniversary of the Launch."),
    )
    assert "expiration_date" not in terms


# --- The expiry: a date the agreement runs to, stated outside a term clause --------------------


@pytest.mark.parametrize(
    ("text", "iso", "days"),
    [
        (
            "For the avoidance of doubt, this Agreement is valid and binding on both parties "
            "until 31 March 2027.",
            "2027-03-31",
            1093,
        ),
        (
            "The rights granted under this Licence shall continue in force through December 31, "
            "2026, after which they revert to the Licensor.",
            "2026-12-31",
            1003,
        ),
        (
            "Notwithstanding clause 4, the Term expires at midnight on 1 April 2025.",
            "2025-04-01",
            364,
        ),
        (
            "In consideration of the fees, the contract remains in effect up to and including "
            "30/06/2028.",
            "2028-06-30",
            1550,
        ),
    ],
)
def test_expiry_stated_anywhere(text, iso, days):
    terms = _agreement(DATED, ("Miscellaneous", text))
    assert terms["expiration_date"] == iso
    assert terms["initial_term_days"] == days


@pytest.mark.parametrize(
    "text",
    [
        '"Transition Period" means the period from the Effective Date until 30 June 2024.',
        "WHEREAS the parties' earlier agreement remained in force until 31 January 2024.",
        '"Launch Window" shall mean a period of six months during which the Product launches.',
        "The Supplier's price list is valid until 31 December 2024.",
    ],
)
def test_no_expiry_from_a_definition_a_recital_or_a_price_list(text):
    terms = _agreement(DATED, ("Miscellaneous", text))
    assert "expiration_date" not in terms
    assert "initial_term_days" not in terms


def test_expiry_in_the_first_item_of_a_list_after_a_colon():
    terms = _agreement(
        DATED,
        ("", "This Agreement shall stay in force until the first of these to happen:"),
        ("(a)", "the fourth (4th) anniversary of this Agreement;"),
        ("(b)", "the Customer ceasing to hold a licence from the Regulator."),
    )
    assert terms["expiration_date"] == "2028-04-02"


def test_no_expiry_from_a_list_whose_first_item_is_an_event():
    terms = _agreement(
        DATED,
        ("", "This Agreement shall stay in force until the first of these to happen:"),
        ("(a)", "the Customer ceasing to hold a licence from the Regulator;"),
        ("(b)", "the sale of the Business to a third party."),
    )
    assert "expiration_date" not in terms


# --- Round 8: ends that hang on an event's day, and a year's definition in the term clause ----


@pytest.mark.parametrize(
    "text",
    [
        "The term of this Agreement shall commence on the Effective Date and shall continue until "
        "the tenth (10th) anniversary of the date on which the first Product is launched.",
        "This Agreement remains in force until the third anniversary of the day that the Plant "
        "first produces Product at commercial scale.",
        "The initial term of this Agreement is five years from the date of the first shipment of "
        "Product hereunder.",
        "The Services shall be provided for a period of two (2) years from the date on which the "
        "Customer accepts the System.",
    ],
)
def test_no_expiry_where_the_end_hangs_on_an_event(text):
    """A day no one knows yet (a launch, a first shipment, an acceptance) gives no expiry: a
    blank, not a date counted from the effective date. (The later of a known end and an event
    still gives the known end: test_terms_drafting_duration2.)"""
    assert "expiration_date" not in _agreement(DATED, ("Term", text))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "The initial term of this Agreement is five years from the date of the first shipment "
            "of Product hereunder.",
            1825,
        ),
        (
            "The Services shall be provided for a period of two (2) years from the date on which "
            "the Customer accepts the System.",
            730,
        ),
    ],
)
def test_a_term_from_an_event_keeps_its_length(text, days):
    assert _agreement(DATED, ("Term", text))["initial_term_days"] == days


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (  # the agreement's own signing is not an event
            "This Agreement shall continue for five (5) years from the date on which this "
            "Agreement is signed by both parties.",
            "2029-04-02",
        ),
        (  # 'earlier of' with a termination is an ordinary end
            "This Agreement shall continue until the earlier of (a) the third anniversary of the "
            "Effective Date and (b) its termination under clause 14.",
            "2027-04-02",
        ),
        (
            "The term of this Agreement shall be four (4) years from the date of execution of "
            "this Agreement.",
            "2028-04-02",
        ),
        (
            "This Agreement shall remain in force for five (5) years from the date on which the "
            "Parties sign it.",
            "2029-04-02",
        ),
        (
            "The Term is three (3) years from the date on which it is signed by both parties.",
            "2027-04-02",
        ),
        (
            "This Agreement shall continue for two (2) years from the date of the last party's "
            "signature.",
            "2026-04-02",
        ),
        (  # the term's own definition is the term
            '"Contract Period" shall mean the period commencing on the Effective Date and ending '
            "on April 1, 2029.",
            "2029-04-01",
        ),
        (  # a defined period that is the term
            '"Sponsorship Period" means the period of three (3) years commencing on the '
            "Effective Date.",
            "2027-04-02",
        ),
        (  # a definition of something else may state the term's length
            '"Annual Volume" means the tonnage the Buyer must take in each year of the six (6) year '
            "term of this Agreement.",
            "2030-04-02",
        ),
    ],
)
def test_the_agreements_own_day_or_a_definition_of_the_term_still_gives_the_expiry(text, iso):
    assert _agreement(DATED, ("Term", text))["expiration_date"] == iso


@pytest.mark.parametrize(
    "definition",
    [
        '"Contract Year" means each period of twelve months beginning on the Effective Date or an '
        "anniversary of it.",
        "‘Contract Year’ means each period of twelve months beginning on the Effective Date or an "
        "anniversary of it.",
    ],
)
def test_a_definition_of_the_contract_year_inside_the_term_clause_is_not_the_term(definition):
    terms = _agreement(
        DATED,
        (
            "Term",
            "Unless terminated earlier, this Agreement will expire at the end of the fifth "
            "Contract Year.",
        ),
        ("Term", definition),
    )
    assert terms["expiration_date"] == "2029-04-02"
    assert terms["initial_term_days"] in (1825, 1826)


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        (
            "THIS AGREEMENT made this 1st day of July, 2003, by and between Harlow Seeds Inc. and "
            "Penrose Growers LLC, effective as of January 1, 2003.",
            "2003-01-01",
        ),
        (
            "This Agreement is made on 4 March 2019 between Tamsin Print Ltd and Corvid Books Ltd "
            "and shall be effective from 1 April 2019.",
            "2019-04-01",
        ),
        (  # one date: the day it was made
            "This Agreement is made on 4 March 2019 between Tamsin Print Ltd and Corvid Books Ltd "
            "and shall remain effective until terminated.",
            "2019-03-04",
        ),
        # another agreement's effective date is not this one's
        (
            "This Amendment No. 2, dated March 1, 2019, to the License Agreement effective as of "
            "January 1, 2010, is made between Tamsin Print Ltd and Corvid Books Ltd.",
            "2019-03-01",
        ),
        (
            "This Agreement, made June 1, 2019 between Tamsin Print Ltd and Corvid Books Ltd, "
            "supersedes the Prior Agreement, effective January 1, 2015.",
            "2019-06-01",
        ),
        (  # this agreement's own defined name does not stop its effective date
            "THIS AGREEMENT made this 1st day of July, 2003, by and between Harlow Seeds Inc. and "
            'Penrose Growers LLC (this "Agreement"), effective as of January 1, 2003.',
            "2003-01-01",
        ),
    ],
)
def test_the_date_it_takes_effect_wins_over_the_date_it_was_made(opening, iso):
    assert _agreement(("", opening))["effective_date"] == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "This Agreement shall commence on the Effective Date and continue through the day "
            "prior to the second anniversary of the Effective Date.",
            "2026-04-01",
        ),
        (
            "The term of this Agreement begins on the Effective Date and ends on the day "
            "immediately preceding the third anniversary of the Effective Date.",
            "2027-04-01",
        ),
        (
            "This Agreement shall remain in effect until the day before the fifth anniversary of "
            "the Effective Date, unless terminated earlier under clause 12.",
            "2029-04-01",
        ),
        (  # near miss: the anniversary itself
            "This Agreement shall remain in effect until the fifth anniversary of the Effective "
            "Date, and on the day before it the Supplier shall deliver its final report.",
            "2029-04-02",
        ),
    ],
)
def test_a_term_through_the_day_before_an_anniversary_ends_that_day(text, iso):
    assert _agreement(DATED, ("Term", text))["expiration_date"] == iso
