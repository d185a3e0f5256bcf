"""Termination for convenience as drafters state it, in sentences written for these tests (not
taken from any real contract): a party's right to end the agreement with no cause, only by notice
and a wait, and near misses from the termination clauses that use its words without granting it."""

from __future__ import annotations

import pytest
from drafted_terms import assert_reads_hostile_text_in_linear_time

from clausecheck.terms.convenience import convenience
from clausecheck.terms.evidence import sentences
from clausecheck.types import Clause


def _read(text: str, heading: str | None = None):
    """(whether the rule finds a right to terminate for convenience, the notice days it reads)."""
    clause = Clause(id="1", text=text, heading=heading)
    right, notice = convenience(list(sentences([clause])))
    return right is not None, notice.value if notice else None


STATES: list[tuple[str, int | None]] = [
    (
        "Either party may terminate this Agreement at any time upon ninety (90) days' prior "
        "written notice to the other party.",
        90,
    ),
    (
        "Client may terminate this Services Agreement for any reason or no reason by giving "
        "Vendor thirty days' written notice.",
        30,
    ),
    (
        "The Customer shall be entitled to terminate this Hosting Agreement without cause on "
        "not less than 60 days' notice in writing.",
        60,
    ),
    (
        "Licensee may, for its convenience, terminate this Licence Agreement upon six (6) "
        "months' written notice to Licensor.",
        180,
    ),
    (
        "Either party may end this Agreement by giving the other not less than three months' "
        "notice in writing.",
        90,
    ),
    ("This Distribution Agreement is terminable at will by either party on 15 days' notice.", 15),
    (
        "The Franchisor reserves the right to terminate this Agreement at its sole discretion, "
        "at any time, on one hundred and twenty (120) days' written notice, subject to payment "
        "of the Termination Fee.",
        120,
    ),
    (
        "Subject to payment of the early termination fee set out in Schedule 4, the Customer "
        "may terminate this Agreement for convenience on 45 days' notice.",
        45,
    ),
    (
        "Company may cancel this Consulting Agreement at any time for any reason upon ten (10) "
        "business days' written notice to Consultant.",
        None,
    ),
    (
        "This Agreement may be terminated by the Buyer, without cause, upon sixty (60) days' "
        "prior written notice to the Supplier.",
        60,
    ),
    (
        "Notwithstanding anything to the contrary herein, the Manufacturer may terminate this "
        "Supply Agreement at any time, with or without cause, by providing 180 days' written "
        "notice.",
        180,
    ),
    (
        "Each of the joint venturers shall have the right to withdraw from the Joint Venture at "
        "any time upon ninety days' written notice to the other venturers.",
        90,
    ),
    (
        "The Reseller shall have the right to terminate this Agreement for convenience, which "
        "right may be exercised by giving thirty (30) days' notice.",
        30,
    ),
    (
        "Without prejudice to its other rights, the Authority may terminate the Contract at any "
        "time without giving reasons by serving three months' written notice on the Contractor.",
        90,
    ),
    (
        "Either party may terminate this agreement without having to state any reason, provided "
        "that it gives at least twenty (20) days' notice.",
        20,
    ),
    (
        "Customer may terminate this Statement of Work and this Agreement for its own "
        "convenience upon 30 days' written notice.",
        30,
    ),
    (
        "The Agreement may be terminated by either Party for convenience upon giving ninety "
        "(90) days' written notification to the other Party.",
        90,
    ),
    (
        "Distributor may elect to terminate this Agreement, for any reason whatsoever, by "
        "delivering written notice to Supplier not less than sixty days in advance.",
        None,
    ),
    (
        "Sponsor shall have the right to terminate this Agreement without cause upon forty-five "
        "(45) days' prior written notice; in such event Sponsor shall pay for services rendered "
        "through the effective date of termination.",
        45,
    ),
    (
        "The Publisher may terminate this licence at any time on two months' notice in writing "
        "to the Author.",
        60,
    ),
    (
        "The Outsourcing Agreement may be terminated for convenience by the Client at any time "
        "after the first anniversary of the Effective Date on 6 months' notice.",
        180,
    ),
    (
        "Either Party shall be entitled to terminate this Agreement irrespective of cause by "
        "giving 12 weeks' written notice.",
        84,
    ),
    (
        "The Customer may not terminate this Agreement for convenience unless it gives the "
        "Supplier at least ninety (90) days' written notice.",
        90,
    ),
    (
        'The Licensee may terminate the Licence for convenience (a "Convenience Termination") '
        "by notice of not less than ninety days.",
        None,
    ),
    (
        "At any time during the Term, the Programme Sponsor may bring this Agreement to an end by "
        "giving the Agency one month's written notice.",
        30,
    ),
    (
        "A party wishing to terminate this Agreement for any reason shall give the other party "
        "not less than sixty days' notice in writing.",
        60,
    ),
    (
        "Either party may terminate this Agreement effective at the end of any calendar month by "
        "giving two months' prior written notice.",
        60,
    ),
    (
        "This Agreement may be terminated as follows: (a) by either party, for any reason, on "
        "sixty (60) days' written notice to the other party; (b) by either party immediately if "
        "the other party breaches Section 8.",
        60,
    ),
]

NEAR_MISSES: list[str] = [
    "Either party may terminate this Agreement upon thirty (30) days' written notice if the "
    "other party materially breaches this Agreement and fails to cure such breach within that "
    "period.",
    "The Supplier may terminate this Agreement immediately by notice in writing if the "
    "Distributor becomes insolvent or makes an assignment for the benefit of creditors.",
    "Licensor may terminate this Licence on written notice in the event of a change of control "
    "of Licensee.",
    "If a Force Majeure Event continues for more than ninety (90) days, either party may "
    "terminate this Agreement by giving written notice to the other.",
    "Either party may elect not to renew this Agreement by giving notice of non-renewal at "
    "least sixty (60) days prior to the expiration of the then-current term.",
    "Upon termination of this Agreement for any reason, Customer shall pay all fees accrued "
    "through the date of termination.",
    "The expiration or termination of this Agreement for any reason shall not relieve either "
    "party of obligations accrued before such date.",
    "Customer may cancel any Purchase Order at any time prior to shipment upon written notice "
    "to Supplier.",
    "The Client may terminate any individual Service on thirty days' notice without "
    "terminating this Agreement.",
    "This Agreement may not be terminated by either party without cause.",
    "Neither party may terminate this Agreement for convenience during the Initial Term.",
    "The parties may terminate this Agreement at any time by mutual written agreement.",
    "Sections 7, 9 and 12 shall survive any termination of this Agreement for any reason.",
    "In the event of termination by Franchisee for convenience, Franchisee shall pay the "
    "Termination Fee set out in Schedule C.",
    "The Consultant may terminate this Agreement only if the Company fails to pay any undisputed "
    "invoice within sixty days after its due date.",
    "Distributor shall have the right to terminate this Agreement upon written notice should "
    "Supplier fail to deliver the Minimum Quantity in any two consecutive quarters.",
    "This Agreement shall automatically renew for successive one-year terms unless either "
    "party gives notice of non-renewal no later than ninety days before the end of the "
    "current term.",
    "Either party may terminate this Agreement on written notice if the other party ceases "
    "for any reason to carry on business.",
    "Neither party may terminate this Agreement except for material breach upon thirty days' "
    "written notice.",
    "Neither party may terminate this Agreement during the Initial Term, except upon notice "
    "following a breach by the other party.",
    "Licensee may terminate the Licence as to any Territory on notice if the Regulatory "
    "Approval for that Territory is revoked.",
    "Customer may terminate any Statement of Work for convenience on fifteen (15) days' notice, "
    "and this Agreement shall continue in force for the remaining Statements of Work.",
]


@pytest.mark.parametrize(("text", "notice"), STATES)
def test_convenience_right_stated_by_drafters(text, notice):
    found, days = _read(text)
    assert found
    if notice is not None:
        assert days == notice


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_convenience_right_from_a_near_miss(text):
    assert not _read(text)[0]


@pytest.mark.parametrize(
    "unit",
    [
        "may terminate this Agreement at any time for any reason upon ",
        "terminate ",
        "notice of termination by either party (i) ",
        "a-",
        "if breach prior to the expiration of the ",
    ],
)
def test_convenience_reads_hostile_text_in_linear_time(unit):
    assert_reads_hostile_text_in_linear_time(convenience, unit)
