"""Post-termination services as drafters state them, in sentences written for these tests (not
taken from any real contract): duties a party still owes once the contract has ended (transition
and exit assistance, a wind-down or run-off, a sell-off of stock, a last-time buy, support for
customers already served, handing back or handing over materials and data, final payments), and
near misses from the same part of a contract that use the words without stating such a duty
(survival lists, termination rights, secrets kept, licences ending, transition at the start)."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time

from clausecheck.terms.evidence import sentences
from clausecheck.terms.provisions import RULES
from clausecheck.terms.rules import provision
from clausecheck.types import Clause

LABEL = "post_termination_services"


def _flag(text: str, heading: str | None = None) -> bool:
    """Whether the post-termination rule holds in one clause."""
    clause = Clause(id="1", text=text, heading=heading)
    return provision(list(sentences([clause])), RULES[LABEL]) is not None


STATES: list[str] = [
    # BPO / call centre
    "Upon any expiry or termination of this Agreement, the Service Provider shall, for a period "
    "not exceeding nine (9) months, provide such Termination Assistance Services as the Client "
    "may reasonably request.",
    "The Contractor shall continue to handle inbound calls for the Client's existing customers "
    "until the earlier of the migration date and the 120th day after the Termination Date.",
    "The Customer may, by notice, require the Contractor to run down the Services over a period "
    "of up to three months after the Termination Date.",
    "Upon termination or expiry of this Agreement for whatever reason, the Vendor shall transfer "
    "to the Successor Provider all knowledge, documentation and Deliverables reasonably "
    "necessary for the continued performance of the Services.",
    # supply and manufacturing
    "Within 30 days of notice of termination, the Purchaser may submit one last-time-buy order, "
    "and the Manufacturer shall build and deliver the quantities so ordered even where delivery "
    "falls after the date of termination.",
    "Upon termination, Manufacturer shall, at Customer's election, either complete the "
    "manufacture of all work-in-process and deliver it to Customer, or cease work and invoice "
    "Customer for the cost of materials.",
    "Firm orders issued by the Buyer prior to the date on which termination takes effect shall "
    "be fulfilled by the Seller in accordance with their terms.",
    "The Supplier may not cease supplying the Products on expiry of this Agreement unless it has "
    "first given the Buyer an opportunity to make a final purchase of not less than ninety "
    "days' requirements.",
    # software licence and hosting
    "Following expiration of the Subscription Term, Vendor will, upon written request made "
    "within thirty days, make Customer Data available for export in a standard format.",
    "The Host shall keep the Customer's website online for a period of thirty (30) days after "
    "the effective date of termination in order to permit an orderly migration.",
    "Within fifteen (15) business days after the termination date, Provider shall deliver to "
    "Customer a complete copy of all Customer Data in a machine-readable format.",
    "If this Agreement expires without renewal, the Licensor shall continue to maintain and "
    "support the copies of the Software already licensed to end users for the remainder of "
    "their then-current support terms.",
    "Either party may terminate this Agreement on ninety days' notice, provided that the "
    "Supplier shall continue to support all Units sold before the effective date of "
    "termination for the rest of their warranty period.",
    # distribution and franchise
    "In the event of termination or non-renewal, the Distributor shall be permitted to sell its "
    "stock of Products on hand for a period of 6 months thereafter.",
    "For one hundred and eighty days after this Agreement expires or is terminated, Licensee may "
    "continue to distribute copies of the Product already manufactured.",
    "Licensee shall have the right, for six months after the end of the Term, to dispose of "
    "Licensed Products on hand.",
    "Upon the expiration or termination of this Agreement, Franchisee shall, at Franchisor's "
    "option, sell to Franchisor all signs, equipment and supplies bearing the Marks at their "
    "depreciated book value.",
    # consulting, joint venture, IP
    "Termination shall not relieve the Client of its obligation to pay the Consultant for all "
    "services performed and expenses incurred through the date of termination.",
    "Should the engagement be terminated early, Consultant shall be paid a pro rata portion of "
    "the Fee for work performed up to the termination date.",
    "Following the termination of this Joint Venture Agreement, the Parties shall cooperate in "
    "good faith to wind up the affairs of the Joint Venture and to distribute its remaining "
    "assets in accordance with Section 14.",
    "Upon expiration of the Agreement, Developer shall assign and transfer to Company all right, "
    "title and interest in and to the Source Code.",
    # payment, return, handover (UK drafting)
    "All invoices outstanding at the date of termination shall become immediately due and payable.",
    "On termination of this Agreement howsoever arising, the Supplier shall deliver up to the "
    "Customer all Customer Materials in its possession and provide all reasonable co-operation "
    "in the orderly handover of the Services to a Replacement Supplier.",
    "Within thirty days after termination, Distributor shall pay Company all amounts then owed.",
    "During the Run-Off Period, the Administrator shall continue to administer the Policies in "
    "force at the Termination Date in accordance with this Agreement.",
    "No party shall be released by the termination of this Agreement from its obligation to "
    "complete Projects commenced before the termination date.",
]
"""Sentences that state a duty after the end."""

IN_A_LIST: list[tuple[str, str]] = [
    (
        "Obligations after Termination",
        "Upon expiry of the Term: (a) the Reseller shall continue to provide first-line support "
        "to its existing end customers for twelve (12) months; and (b) the Reseller shall pay "
        "all sums owing to the Vendor within fourteen (14) days.",
    ),
    (
        "Exit Management",
        "The Supplier shall: (i) provide the Customer with all data held on its behalf in an "
        "agreed format; (ii) co-operate fully with any replacement supplier.",
    ),
]
"""A duty after the end as an item of a list that the heading puts after the end."""

NEAR_MISSES: list[str] = [
    "The provisions of Clauses 10 (Confidentiality), 14 (Liability) and 21 (Governing Law) "
    "shall survive termination of this Agreement.",
    "Either party may terminate this Agreement upon thirty (30) days' written notice if the "
    "other party fails to pay any undisputed invoice.",
    "Upon termination, all licences granted to the Licensee shall cease and revert to the "
    "Licensor.",
    "Each party's obligations of confidentiality under this Section 9 shall survive expiry of "
    "this Agreement for a period of five (5) years.",
    '"Transition Period" means the period of up to six months following the Termination Date.',
    "During the first ninety days of the Term, the Supplier shall provide transition services "
    "to migrate the Customer's operations from its incumbent provider.",
    "Upon expiration of the Term, this Agreement shall automatically renew for successive "
    "one-year periods unless either party gives notice of non-renewal.",
    "Termination of this Agreement shall not affect any rights or liabilities that have "
    "accrued before termination.",
    "Upon termination, the Licensee shall not use the Licensor's trade marks in any manner.",
    "The Supplier's right to supply products to other customers after termination of this "
    "Agreement shall not be restricted.",
    "Neither party shall be obliged to accept any purchase order submitted after the date of "
    "termination.",
    "The Licensor may terminate this Agreement forthwith if the Licensee fails to pay any "
    "Royalty within 30 days of its due date.",
    "Payments made prior to termination are non-refundable.",
    "Upon the expiration of the warranty period, Supplier shall have no further obligation to "
    "repair or replace defective Products.",
    "If the Customer does not pay within thirty days after expiry of the payment period, the "
    "Supplier may suspend delivery.",
    "Upon termination of the Employee's employment, the Company shall have no obligation to pay "
    "any further salary.",
    "Upon termination, the Distributor shall not be entitled to any compensation for goodwill or "
    "loss of clientele.",
    "The Company may at any time after the expiry of the Lock-up Period sell its Shares.",
    "Following termination, the Licensor shall be free to appoint another distributor in the "
    "Territory and to supply Products to it directly.",
    "Upon receipt of a notice of termination, the Customer shall not place any further Orders.",
    "The Recipient's duties of non-disclosure shall continue for three (3) years after "
    "termination.",
    "For two years after the end of the Term, the Consultant shall not provide services to any "
    "competitor of the Company.",
    "This Agreement shall expire on the fifth anniversary of the Effective Date unless "
    "terminated earlier under Clause 16.",
    "Termination of the Services Agreement for any reason shall also terminate each Statement "
    "of Work then in progress.",
]
"""Near misses: the words of the provision without a duty after the end."""

NEAR_MISSES_IN_A_LIST: list[tuple[str, str]] = [
    (
        "Termination",
        "Either party may terminate this Agreement: (a) upon thirty days' notice if the other "
        "party fails to pay an invoice when due; or (b) immediately if the other party becomes "
        "insolvent.",
    ),
    (
        "Effect of Termination",
        "Upon termination: (a) all licences granted hereunder shall cease; (b) the Licensee "
        "shall cease all use of the Marks.",
    ),
]
"""A list under a termination heading that gives a right to end, or ends what was granted."""


@pytest.mark.parametrize("text", STATES)
def test_post_termination_services_as_drafters_state_them(text):
    assert _flag(text)


@pytest.mark.parametrize(("heading", "text"), IN_A_LIST)
def test_post_termination_services_as_a_list_item_under_an_exit_heading(heading, text):
    assert _flag(text, heading)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_post_termination_services_from_near_misses(text):
    assert not _flag(text)


@pytest.mark.parametrize(("heading", "text"), NEAR_MISSES_IN_A_LIST)
def test_no_post_termination_services_from_a_list_of_rights_ending(heading, text):
    assert not _flag(text, heading)


@pytest.mark.parametrize(
    "text",
    [
        "termination " * 16667,
        "a-" * 100000,
        "upon expiry of the " * 10527,
        "after termination continue to " * 6667,
        "for thirty (30) days after " * 7408,
        "obligation to pay " * 11112,
        "transition " * 18182,
    ],
)
def test_post_termination_rule_reads_hostile_text_in_linear_time(text):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, text)
