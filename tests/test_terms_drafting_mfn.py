"""Most-favoured-nation promises as drafters state them, in sentences written for these tests (not
taken from any real contract): the buyer gets whatever better price or terms the seller gives
anyone else, in many trades and grammatical forms, and near misses from the same part of a
contract that use the words (better terms, other customers, most favourable, matching an offer)
without making that promise."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

LABEL = "most_favoured_nation"

STATES = [
    # BPO / call centre: a conditional reduction of the rate
    "If at any time during the Term the Provider offers inbound call-handling services of a like "
    "kind to any other client at a per-minute rate below the rate in Schedule 2, the Provider "
    "shall reduce the rate payable by the Client accordingly from the date of that offer.",
    # supply, passive voice, automatic application
    "Should lower prices be granted by Seller to any other purchaser of comparable quantities of "
    "the Goods, such lower prices shall automatically apply to all Goods thereafter delivered to "
    "Buyer.",
    # software licence, the named status
    "Licensee shall be entitled to most favoured licensee treatment in respect of the Licence Fee "
    "and the Support Fee.",
    # distribution, list item after a colon, a ceiling
    "Supplier further undertakes: (a) to supply the Products at prices no higher than those at "
    "which it supplies the same Products to any other distributor in the Territory;",
    # franchise, "X may not ... unless ..."
    "Franchisor may not grant any other franchisee in the System a royalty rate lower than the "
    "rate payable by Franchisee under this Agreement unless it grants Franchisee the same "
    "reduced rate.",
    # manufacturing, "In no event shall ... exceed"
    "In no event shall the unit price charged to Customer exceed the lowest unit price charged by "
    "Manufacturer to any of its other customers for similar quantities of the Product.",
    # joint venture, the best terms on which it sells to a third party
    "Each Venturer shall be entitled to purchase Output from the JV Company on terms at least "
    "equal to the best terms on which the JV Company sells Output to any third party.",
    # hosting, warranty of a ceiling
    "Provider warrants that the hosting fees set out in the Order Form are, and will remain "
    "throughout the Term, no greater than the fees Provider charges any other customer for "
    "substantially similar hosting services.",
    # consulting, "at least as low as"
    "Consultant's hourly rates for the Client will be at least as low as the lowest rates "
    "Consultant bills to any other client for work of the same seniority.",
    # UK spelling, numbers in words, notify and offer
    "If within twelve (12) months of the Commencement Date the Supplier agrees more favourable "
    "terms with any other customer for equivalent services, the Supplier shall notify the "
    "Customer within thirty days and offer those terms to the Customer.",
    # condition first, discounts extended to another distributor
    "Provided that Distributor is not in breach, any discount, rebate or allowance which Company "
    "extends to another distributor of the Products shall also be extended to Distributor on the "
    "same terms.",
    # proviso after a fixed price
    "The price for each Unit shall be $420, provided, however, that if Vendor sells Units to any "
    "other purchaser at a lower price, the price hereunder shall be reduced to that lower price.",
    # "No customer shall be granted ..."
    "No customer of the Licensor shall be granted a lower per-seat fee for the Software than the "
    "fee paid by the Licensee.",
    # a permission that needs the same benefit for the buyer
    "Company may not offer the Services to any other reseller at a discount greater than the "
    "discount given to Reseller unless Company simultaneously offers Reseller the same discount.",
    # pass-through of a reduction given to others
    "Any price reduction that Supplier makes available to its other customers for the Components "
    "shall be passed on to Purchaser with immediate effect.",
    # retroactive refund
    "Where it is established that Manufacturer charged another buyer less for identical Goods in "
    "the same quarter, Manufacturer shall refund to Buyer the difference between the price Buyer "
    "paid and that lower price.",
    # quoted a lower price, the retailer is entitled to it
    "If Supplier quotes a lower price for the Products to any other retailer in the region, "
    "Retailer shall be entitled to that price for all subsequent orders.",
    # parity in other words
    "Licensee's royalty terms shall be kept on a par with the royalty terms of every other "
    "licensee of the Technology.",
    # term by term comparison with a licence to a third party
    "Each of the terms of this Licence, including the royalty rate, shall be no less favourable "
    "to Licensee than the corresponding terms of any licence of the Patents granted to a third "
    "party.",
    # entertainment: favoured nations
    "Talent's compensation and billing shall be on a favoured-nations basis with all other "
    "principal cast members.",
    # representation, "no other purchaser has been or will be offered"
    "The Company represents that no other purchaser has been or will be offered the Software on "
    "more favourable economic terms than those set out herein.",
    # outsourcing, equal to or better than
    "Outsourcer agrees that the Client will at all times receive pricing equal to or better than "
    "that provided to any other client of the Outsourcer receiving comparable volumes.",
    # licence: substitution of better terms at the licensee's election
    "In the event that the Licensor grants a licence under the Patents to any other person on "
    "royalty terms more favourable than those herein, the Licensor shall forthwith notify the "
    "Licensee, and the Licensee may elect to have such terms substituted for the terms of this "
    "Agreement.",
    # "shall not sell to others at a price below that charged to Buyer"
    "Seller shall not sell the Goods to any other wholesaler at a price below that charged to "
    "Buyer.",
    # digits, a fee threshold in another agreement
    "If Vendor enters into an agreement with any other customer providing for a per-transaction "
    "fee of less than $0.25, Vendor shall reduce Customer's per-transaction fee to that amount "
    "effective as of the date of such agreement.",
    # franchise, benefit of a reduction granted to other franchisees
    "The Franchisee shall have the benefit of any reduction in the Continuing Fee that the "
    "Franchisor grants to other franchisees operating under the same brand.",
    # agency, UK spelling, more advantageous terms hereafter granted
    "The Distributor shall be entitled to any more advantageous terms which the Principal may "
    "hereafter grant to other distributors of the Products.",
    # software: "shall not license ... on terms more favourable ... without offering"
    "Licensor shall not license the Platform to any other licensee on terms more favourable than "
    "those granted to Licensee hereunder without offering the same terms to Licensee.",
    # supply: favourable in other words, "as low as"
    "Prices to the Hospital shall be as low as the prices Supplier then charges any other "
    "hospital in the State for the same Products.",
    # pass-through with a relative clause that has no "that"
    "Vendor shall automatically extend to Customer any lower price Vendor offers to other "
    "customers for the same Product.",
    "The Operator will give the Airline the benefit of any rebate it grants another carrier "
    "using the Terminal.",
    # capitalised defined price
    "All Products shall be invoiced at the Most Favoured Customer Price, being the lowest net "
    "price at which Supplier sells such Products to any customer in the United States.",
]
"""Sentences that make the promise, each drafted differently."""

NEAR_MISSES = [
    # a right to match a third party's offer (first refusal in other words)
    "If Licensor receives a bona fide offer from a third party to license the Technology, "
    "Licensee shall have the right to match such offer within thirty (30) days.",
    "Before accepting any third party's offer on better terms, Owner shall first offer the "
    "Property to Tenant on the same terms under the right of first offer in Clause 9.",
    # a price list
    "The prices for the Products are set out in the Price List attached as Exhibit C, which "
    "Supplier may revise on sixty (60) days' notice.",
    # competitive prices without a comparison
    "Supplier shall offer the Products to Distributor at competitive prices.",
    # non-discrimination between a party's own products
    "Distributor shall not discriminate against the Products in favour of other products it "
    "distributes.",
    "Reseller shall promote the Software with the same prominence and on terms as favourable as "
    "those it gives other software it resells.",
    # most favoured nation in a tax-treaty sense
    "Withholding tax shall be deducted at the reduced rate available under the most favoured "
    "nation clause of the applicable double tax treaty.",
    "Payments to the Licensor shall qualify for most-favoured-nation treatment under the income "
    "tax convention between the United States and the Netherlands.",
    # a definition and a survival clause naming the provision
    '"Most Favoured Customer Price" means the lowest price charged by Supplier to any customer '
    "for the Product.",
    "Sections 7 (Most Favoured Pricing), 9 and 12 shall survive termination of this Agreement.",
    # the opposite promise
    "Nothing in this Agreement shall prevent Supplier from selling the Products to other "
    "customers at prices lower than those charged to Buyer.",
    "Buyer acknowledges that Seller may grant more favourable terms to other distributors and "
    "that Buyer shall have no claim to such terms.",
    "Licensor may grant licences to third parties on such terms as it sees fit, including royalty "
    "rates lower than those in this Agreement.",
    # a competitor's offer the seller may meet, not better terms the seller gives another
    "If Customer is offered a lower price for the Services by another supplier, Supplier may "
    "match that price within ten (10) business days.",
    # a resale floor, not a promise to the buyer
    "Distributor shall not sell the Products to third parties at prices lower than the prices "
    "charged by Supplier to Distributor.",
    "Distributor shall not resell the Products to any sub-distributor at a price lower than the "
    "price Distributor pays to Supplier.",
    # another sense of most favourable
    "Any ambiguity in this Licence shall be construed in the manner most favourable to the "
    "Licensee.",
    # best terms from third parties for a principal
    "The Contractor shall procure materials from third-party vendors on the best terms "
    "reasonably obtainable.",
    "The Agent shall seek the best price obtainable from third-party purchasers for the Goods.",
    # transferring employees kept on their terms
    "Transferring Employees shall be employed by the Supplier on terms no less favourable than "
    "those they enjoyed with the Customer.",
    # credit terms compared with one's own standard terms
    "Supplier shall grant Customer credit terms no less favourable than those set out in its "
    "standard terms of sale.",
    # a general list price decrease
    "If Supplier reduces its list price for a Product, the reduced price shall apply to Orders "
    "placed after the date of the reduction.",
    # discretion over pricing to others
    "Each party remains free to set its own prices for sales to third parties.",
    # a volume discount tier, not a comparison with others
    "Customer shall receive a discount of ten percent (10%) on all Orders once its purchases "
    "exceed those of the prior year.",
    # a permission and a secret about what others get
    "Vendor may offer promotional discounts to other customers from time to time.",
    "Any discount that Supplier offers to other customers shall be kept confidential by Buyer.",
    # confidentiality standard of care
    "The Recipient shall protect the Confidential Information with at least the same degree of "
    "care it uses for the confidential information of its other customers.",
]
"""Sentences that use the provision's words without making the promise."""


@pytest.mark.parametrize("text", STATES)
def test_mfn_found_as_drafters_state_it(text):
    assert _flag(LABEL, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_mfn_not_read_from_near_misses(text):
    assert not _flag(LABEL, text)


@pytest.mark.parametrize(
    "hostile",
    [
        "other lower shall " * 11800,
        "if sells any other lower " * 8000,
        "any discount which " * 10600,
        "shall not sell any other lower " * 6500,
        "most favoured " * 15000,
        "a-" * 100000,
        "not exceed the price " * 9600,
        "terms no less favourable than " * 6700,
        "any other " * 20000,
    ],
)
def test_mfn_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, hostile)
