"""Renewals a party may elect or the parties may agree, and the notice that stops an automatic
renewal given apart from the renewal sentence: sentences written for these tests (not taken from
any real contract), each a different drafting, and near misses that must not be read as them."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms as _agreement

TERM = (
    "Term",
    "This Agreement commences on the Effective Date and continues for an initial term of three "
    "(3) years.",
)
"""A term clause that renews nothing."""


def _terms(heading: str, text: str) -> dict:
    """Key-term values of an agreement whose term clause is followed by ``(heading, text)``."""
    return _agreement(TERM, (heading, text))


# --- The length of a renewal a party may elect or the parties may agree ------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Licensee shall have the option to renew this Agreement for two further terms of "
            "five years each.",
            1825,
        ),
        (
            "The Distributor may extend this Agreement for an additional one-year period by "
            "written notice to the Supplier.",
            365,
        ),
        (
            "This Agreement may be renewed by mutual written agreement of the parties for "
            "successive one (1) year terms.",
            365,
        ),
        (
            "Customer may, at its option, renew this Contract for one further period of "
            "eighteen (18) months.",
            540,
        ),
        (
            "At the Reseller's sole election, the Term may be extended by a further twenty-four "
            "months.",
            720,
        ),
        (
            "Provided it is not then in breach, the Franchisee has the right to renew its "
            "franchise for one successive term of ten (10) years.",
            3650,
        ),
        (
            "If Publisher elects to renew this Agreement, it shall be renewed for a period of two "
            "(2) years.",
            730,
        ),
        (
            "The parties may mutually agree in writing to extend the Term for additional periods "
            "of six months.",
            180,
        ),
        (
            "Upon expiry of the Initial Term the Agreement is renewable for a further 3 years at "
            "the option of the Client.",
            1095,
        ),
        (
            "Thereafter the Agreement may be renewed from year to year if both parties so agree "
            "in writing.",
            365,
        ),
        (
            "The Company holds three consecutive options to extend the term of this Agreement, "
            "each for an additional period of four (4) years.",
            1460,
        ),
        (
            "Should the Agent wish to renew the Agreement, the renewal shall be for a term of 36 "
            "months on the same terms.",
            1080,
        ),
        (
            "Operator may extend the then-current term for one additional term of two years by "
            "giving notice not less than 120 days before it ends.",
            730,
        ),
        (
            "The Manufacturer shall have the right to extend the Agreement for up to five (5) "
            "additional years.",
            1825,
        ),
        (
            "With the written consent of both parties, which may be withheld in either's "
            "discretion, this Agreement may be extended for a period of one year.",
            365,
        ),
        (
            "This licence may be renewed at the Licensee's request for a further term of seven "
            "years.",
            2555,
        ),
        (
            "Subject to clause 9, the Supplier may renew this contract for two successive "
            "periods of 12 months each.",
            360,
        ),
        (
            "The Initial Term can be extended for 90 days upon the mutual agreement of the "
            "parties.",
            90,
        ),
        (
            "Under this Agreement the Supplier holds one renewal option of four (4) years, "
            "exercisable by notice to the Buyer.",
            1460,
        ),
        (
            "The Client may request an extension of this Agreement for a further period of six "
            "months, which the Consultant may accept or refuse.",
            180,
        ),
    ],
)
def test_an_elective_renewal_has_a_length_but_is_not_automatic(text: str, days: int) -> None:
    found = _terms("Renewal", text)
    assert found.get("renewal_term_days") == days
    assert not found.get("auto_renewal")
    assert "renewal_notice_days" not in found
    assert "renewal_notice_deadline" not in found


def test_an_elective_renewal_stated_in_the_term_clause_itself() -> None:
    found = _agreement(
        (
            "Duration",
            "The term of this Agreement is five years from the Effective Date, which term the "
            "Licensee may extend for a further five (5) years by notice given at least six "
            "months before it ends.",
        )
    )
    assert found.get("renewal_term_days") == 1825
    assert found.get("initial_term_days") == 1825
    assert not found.get("auto_renewal")
    assert "renewal_notice_days" not in found


def test_an_automatic_renewal_anywhere_wins_over_an_option() -> None:
    found = _agreement(
        (
            "Term",
            "The Buyer may extend this Agreement for a further period of five years by notice "
            "to the Seller.",
        ),
        (
            "Renewal",
            "This Agreement shall renew automatically for successive periods of one year unless "
            "either party gives at least sixty days' notice of non-renewal.",
        ),
    )
    assert found.get("auto_renewal") is True
    assert found.get("renewal_term_days") == 365
    assert found.get("renewal_notice_days") == 60


@pytest.mark.parametrize(
    "text",
    [
        "The Purchaser shall have the option to buy the Equipment for a further sum at the end of "
        "the term of two years.",
        "The Supplier may extend the delivery date under this Agreement by up to sixty (60) days.",
        "Either party may request an extension of the shipment schedule in this Agreement of up "
        "to two weeks.",
        "The Licensee may renew the licence of the patent referred to in this Agreement for a "
        "further ten years at its own cost.",
        "There shall be no renewal of this Agreement beyond its initial term of three years.",
        "This Agreement is non-renewable and ends after its term of two years.",
        "The Distributor shall renew its insurance policies for this Agreement for successive "
        "periods of one year.",
        "At each renewal of the Term the prices may be renegotiated for the following twelve "
        "months.",
        "The Company shall have a right of first refusal to extend this Agreement for a further "
        "year on the terms then offered by a third party.",
        "The parties may agree to renew this Agreement on terms to be negotiated.",
        "Unless extended by mutual agreement, this Agreement shall continue for a term of "
        "thirty-six months.",
        "The time for performance under this Agreement may be extended by a further thirty "
        "days if the parties agree.",
        "The obligations of confidentiality may be extended by the parties for an additional "
        "five years after this Agreement ends.",
        "The cure period may be extended for a further forty-five days at the option of the "
        "non-breaching party under this Agreement.",
        "The Landlord may extend the lease of the premises for a further five years at the "
        "option of the Tenant under this Agreement.",
        "The Agent may extend the letter of credit under this Agreement for a further period of "
        "ninety days.",
        "This Agreement shall not be renewed, and the Customer may not extend it for any further "
        "year.",
    ],
)
def test_near_misses_of_an_elective_renewal_report_no_length(text: str) -> None:
    found = _terms("General", text)
    assert "renewal_term_days" not in found
    assert not found.get("auto_renewal")


# --- The notice that stops an automatic renewal, given apart from the renewal -------------------

RENEWS = (
    "Term",
    "This Agreement shall run for an initial term of two years and shall automatically renew "
    "for successive one-year periods.",
)
"""A renewal sentence that says nothing of how to stop it."""


@pytest.mark.parametrize(
    ("heading", "text", "days"),
    [
        (
            "Non-Renewal",
            "Either party may elect not to renew this Agreement by giving the other written notice "
            "at least ninety (90) days before the end of the then-current term.",
            90,
        ),
        (
            "Ending the Agreement",
            "A party wishing to prevent the automatic renewal shall so notify the other in writing "
            "no later than sixty days prior to the renewal date.",
            60,
        ),
        (
            "Termination",
            "Either party may terminate this Agreement effective at the end of the then-current "
            "term by written notice of termination given at least 45 days in advance.",
            45,
        ),
        (
            "Termination",
            "The Customer may give notice of termination at least three months before the "
            "expiry of the initial term or any renewal period.",
            90,
        ),
        (
            "Notices of Non-renewal",
            "Any notice of non-renewal must be served on the other party not less than six (6) "
            "months prior to the anniversary of the Commencement Date.",
            180,
        ),
        (
            "Cancellation",
            "To opt out of the renewal, the Subscriber must notify the Provider at least 30 days "
            "before the renewal date.",
            30,
        ),
        (
            "Schedule 1",
            "Non-renewal notice: one hundred and twenty (120) days",
            120,
        ),
        (
            "Key Details",
            "Notice period for renewal: 2 months",
            60,
        ),
        (
            "Termination",
            "Either Party may terminate this Agreement as of the expiration of the current renewal "
            "term on not less than 75 days' notice to the other.",
            75,
        ),
        (
            "End of Term",
            "If a party does not wish the Agreement to continue after the then current term, it "
            "shall terminate it by notice given twelve weeks before that term ends.",
            84,
        ),
        (
            "Non-Renewal",
            "The Agreement will not be renewed if either party so notifies the other at least "
            "four (4) months before the end of a renewal period.",
            120,
        ),
        (
            "Termination",
            "Either party may terminate this Agreement at the end of any term by giving sixty "
            "days' written notice.",
            60,
        ),
        (
            "Termination at Term End",
            "Notice of termination given at least nine months prior to the end of the Initial "
            "Term or any renewal term ends this Agreement when that term ends.",
            270,
        ),
        (
            "Expiry",
            "A party may cancel the next renewal by notice in writing of not less than 100 days.",
            100,
        ),
    ],
)
def test_the_notice_to_stop_a_renewal_given_in_its_own_clause(
    heading: str, text: str, days: int
) -> None:
    found = _agreement(
        RENEWS, ("Confidentiality", "Each party keeps the other's secrets."), (heading, text)
    )
    assert found.get("auto_renewal") is True
    assert found.get("renewal_term_days") == 365
    assert found.get("renewal_notice_days") == days


@pytest.mark.parametrize(
    ("heading", "text"),
    [
        (
            "Insurance",
            "Each policy shall provide that it may not be cancelled or non-renewed without thirty "
            "(30) days' prior notice to the Company.",
        ),
        (
            "Renewal Option",
            "Licensee may exercise its option to renew the licence by giving at least ninety days' "
            "notice before the end of the then-current term.",
        ),
        (
            "Termination for Convenience",
            "Either party may terminate this Agreement at any time on thirty days' written notice.",
        ),
        (
            "Early Termination",
            "Either party may terminate this Agreement prior to the expiration of the Initial Term "
            "upon thirty (30) days' written notice.",
        ),
        (
            "Termination",
            "The Client may terminate this Agreement at any time during the then-current term on "
            "fifteen days' notice to the Consultant.",
        ),
        (
            "Price Changes",
            "The Supplier may change its prices for any renewal year on sixty days' notice.",
        ),
    ],
)
def test_near_misses_of_the_notice_to_stop_a_renewal(heading: str, text: str) -> None:
    found = _agreement(RENEWS, (heading, text))
    assert found.get("auto_renewal") is True
    assert "renewal_notice_days" not in found


def test_no_notice_to_stop_a_renewal_without_an_automatic_renewal() -> None:
    found = _agreement(
        ("Term", "This Agreement runs for three years from the Effective Date."),
        (
            "Non-renewal",
            "Either party may elect not to renew this Agreement by notice at least 90 days before "
            "the end of the term.",
        ),
    )
    assert not found.get("auto_renewal")
    assert "renewal_notice_days" not in found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "This Agreement renews automatically each year and may be ended by either party on "
            "three months' written notice before the end of a year.",
            90,
        ),
        (
            "This Agreement shall be automatically extended for further periods of one year. "
            "Either party may end it by giving not less than 60 days' notice before an anniversary "
            "of the Effective Date.",
            60,
        ),
        (
            "The Licence shall continue automatically from year to year and shall terminate upon "
            "either party serving ninety (90) days' written notice on the other.",
            90,
        ),
        (
            "Following the first two years the Services roll over automatically for further "
            "periods of one year. The Customer may discontinue them by giving eight weeks' notice "
            "prior to the end of the relevant year.",
            56,
        ),
        (
            "The term of this Contract shall be automatically renewed for one-year periods, "
            "subject to termination by either party on 45 days prior written notice.",
            45,
        ),
    ],
)
def test_the_notice_beside_the_renewal_without_an_unless(text: str, days: int) -> None:
    found = _agreement(("Term and Renewal", text))
    assert found.get("auto_renewal") is True
    assert found.get("renewal_term_days") == 365
    assert found.get("renewal_notice_days") == days


@pytest.mark.parametrize(
    "text",
    [
        "This Agreement shall automatically renew for successive one-year terms. Either party may "
        "terminate this Agreement for a material breach that is not cured within thirty days "
        "after notice.",
        "This Agreement shall automatically renew for successive one-year terms. Either party may "
        "terminate this Agreement at any time on ten (10) days' notice.",
        "This Agreement shall automatically renew for successive one-year terms. The Reseller may "
        "give notice of its wish to renew on different terms at least ninety days before the "
        "renewal.",
    ],
)
def test_near_misses_beside_the_renewal(text: str) -> None:
    found = _agreement(("Term and Renewal", text))
    assert found.get("auto_renewal") is True
    assert "renewal_notice_days" not in found


# --- The length of an automatic renewal measured where the renewal is named ---------------------


@pytest.mark.parametrize(
    ("clauses", "days"),
    [
        (
            (
                ("Term", "This Agreement shall renew automatically for successive Renewal Terms."),
                ("Definitions", 'Each "Renewal Term" shall be two (2) years.'),
            ),
            730,
        ),
        (
            (
                (
                    "Duration",
                    "Thereafter this Agreement is extended automatically unless a party gives "
                    "notice of non-renewal.",
                ),
                ("Interpretation", '"Extension Period" means a period of eighteen months.'),
            ),
            540,
        ),
        (
            (
                (
                    "Renewal",
                    "On expiry of the Initial Term the Agreement shall be renewed automatically. "
                    "A renewal term lasts for three years from the day after the preceding term "
                    "ends.",
                ),
            ),
            1095,
        ),
    ],
)
def test_an_automatic_renewal_measured_where_it_is_named(
    clauses: tuple[tuple[str, str], ...], days: int
) -> None:
    found = _agreement(*clauses)
    assert found.get("auto_renewal") is True
    assert found.get("renewal_term_days") == days


@pytest.mark.parametrize(
    "text",
    [
        '"Calendar Quarter" means each successive period of three consecutive calendar months.',
        "Commissions shall continue to be paid for an extended period of five years after this "
        "Agreement ends.",
        "The Distributor shall not compete during the Term and for an additional period of two "
        "years after it.",
        "No renewal term shall be non-renewable for a period of two years.",
    ],
)
def test_near_misses_of_a_named_renewal(text: str) -> None:
    found = _agreement(
        ("Term", "This Agreement shall renew automatically for successive Renewal Terms."),
        ("General", text),
    )
    assert found.get("auto_renewal") is True
    assert "renewal_term_days" not in found


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Unless notice of termination is given by either party at least six months before the "
            "expiry date, the Agreement shall be deemed renewed for a further period of two years.",
            730,
        ),
        (
            "If neither party objects in writing by 30 September of any year, this Contract will "
            "be deemed to have been extended for a further period of one year.",
            365,
        ),
        (
            "Absent notice of non-renewal, the Agreement shall be deemed to have renewed for a "
            "further period of one year on each anniversary of the Effective Date.",
            365,
        ),
    ],
)
def test_a_renewal_deemed_to_happen_is_automatic(text: str, days: int) -> None:
    found = _agreement(("Term", text))
    assert found.get("auto_renewal") is True
    assert found.get("renewal_term_days") == days


def test_a_renewal_deemed_only_by_agreement_is_not_automatic() -> None:
    found = _agreement(
        (
            "Term",
            "The Agreement shall be deemed renewed for a further period of two years only if both "
            "parties so agree in writing before the expiry date.",
        )
    )
    assert found.get("auto_renewal") is not True
