"""Exclusive dealing as drafters state it, in sentences written for these tests (not taken from
any real contract): an exclusive appointment or licence, a requirements commitment, a promise to
buy only from or sell only to the other party, a bar on appointing, licensing or supplying anyone
else, in many trades and grammatical forms; and near misses from the same part of a contract that
use the words (exclusive, sole, only, any other) without any exclusive dealing."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

LABEL = "exclusivity"

STATES = [
    # BPO / call centre: a requirements commitment, numbers in words and digits
    "Client shall procure from Provider one hundred per cent (100%) of its requirements for "
    "outsourced inbound customer-care services during the Term.",
    # BPO, "No party shall ..." form, a bar on using another vendor
    "The Client shall not engage any other vendor to perform collections call-centre services "
    "for its UK portfolio while this Agreement is in force.",
    # supply: sole supplier as a defined status
    "Buyer hereby designates Seller as its sole supplier of the Packaging Materials for the "
    "Initial Term.",
    # supply: purchase only from
    "Purchaser undertakes that it will purchase the Resin only from the Supplier and from no "
    "other source.",
    # supply, passive voice: requirements filled only by the supplier
    "All of the Buyer's requirements for aluminium castings shall be purchased from the Seller.",
    # software licence, UK spelling, "exclusive" after other adjectives
    "The Licensor hereby grants to the Licensee a worldwide, perpetual, exclusive licence to use, "
    "modify and sublicense the Software in the Field.",
    # software licence, the licensor's own promise not to license others
    "During the Exclusivity Period, Licensor shall not license the Source Code to any third party "
    "for use in the hospitality sector.",
    # distribution: "shall not sell to any third party in the Territory"
    "Manufacturer shall not sell the Products to any third party in the Territory other than "
    "through Distributor.",
    # distribution: appointment with exclusivity as a separate adjective after the noun
    "Company hereby appoints Distributor, on an exclusive basis, to market and resell the "
    "Products throughout Brazil.",
    # distribution, proviso form
    "Supplier may appoint sub-agents, provided that Supplier shall not appoint any other "
    "distributor for the Products in the Territory during the Term.",
    # franchise: the franchisor may not open or franchise another outlet in the area
    "Franchisor will not grant a franchise to any other person to operate a Studio within the "
    "Protected Area.",
    # franchise, the franchisee must buy only approved supplies from the franchisor
    "Franchisee shall purchase all coffee beans used in the Restaurant solely from Franchisor or "
    "its designated affiliate.",
    # manufacturing: the maker may not make the product for others
    "Manufacturer shall not manufacture the Product, or any product made to the Specifications, "
    "for any person other than the Customer.",
    # manufacturing, the customer must place all its orders with the maker
    "Customer agrees to place all of its orders for the Assemblies with Manufacturer during the "
    "term of this Agreement.",
    # joint venture: no collaboration with others in the field
    "Neither Party shall collaborate with any third party in the research or development of "
    "gene therapies for the Target during the Collaboration Term.",
    # joint venture, "X may not ... unless ..."
    "A Venturer may not enter into any joint venture with a third party in the Field unless the "
    "other Venturer has first declined to participate.",
    # hosting: exclusive provider status
    "Customer appoints Host as its exclusive provider of data-centre colocation services in "
    "Europe.",
    # hosting, the customer shall use only the provider
    "During the Term, Customer shall use Provider exclusively for the hosting of the Platform.",
    # consulting: the consultant may not work for others in the sector
    "The Consultant shall work exclusively for the Company and shall not provide consulting "
    "services to any other pharmaceutical company during the engagement.",
    # consulting, defined term granted
    "The Company grants the Adviser Exclusivity as its sole financial adviser in connection with "
    "the Transaction.",
    # list item after a colon
    "During the Term, the Reseller shall: (a) purchase the Equipment exclusively from Vendor;",
    # condition form: exclusivity lasting while minimums are met
    "For so long as Distributor meets the Minimum Purchase Requirements, Supplier shall not "
    "appoint any other distributor, agent or representative in the Territory.",
    # after the contract ends, a bar on supplying others
    "For two (2) years after termination, Supplier shall not supply the Custom Parts to any "
    "competitor of Buyer.",
    # "the sole and exclusive right"
    "Agent shall have the sole and exclusive right to sell advertising space in the Publications "
    "during the Term.",
    # American spelling, licensed on an exclusive basis, passive voice
    "The Licensed Patents are licensed to Licensee on an exclusive basis in the United States.",
    # exclusivity defined as a promise
    "Each party agrees that the other shall be its exclusive partner for the co-marketing of "
    "loyalty-card programmes in Canada.",
    # "refrain from" a purchase elsewhere
    "Distributor shall refrain from purchasing products of the kind supplied under this "
    "Agreement from any source other than Supplier.",
    # a prohibition on selling a named product to others in the territory, "nor"
    "Producer shall neither sell nor otherwise supply the Wine to any other importer in Japan.",
    # "to the exclusion of"
    "Customer shall obtain its requirements of industrial gases from Supplier to the exclusion "
    "of all other suppliers.",
    # "will not appoint ... other than"
    "Principal will not appoint any sales representative in Ontario other than the Representative.",
    # manufacturing for the other party alone
    "Fabricator will make the moulded housings exclusively for the Customer throughout the term "
    "of this Agreement.",
    "Developer shall design and build the control modules exclusively for Acme during the Term "
    "and for one year thereafter.",
    # a bar on dealing in a place except through the other party
    "Supplier shall not sell the Products in the Territory except through the Distributor.",
    "The Producer may not distribute the Recordings in any format within Europe other than "
    "through the Label.",
]
"""Sentences that state an exclusive dealing commitment."""


NEAR_MISSES = [
    # jurisdiction and remedies
    "The parties submit to the exclusive jurisdiction of the courts of New York County for any "
    "dispute arising out of this Agreement.",
    "Repair or replacement of the defective Goods shall be Buyer's sole and exclusive remedy.",
    # property and ownership
    "All Deliverables shall be the sole and exclusive property of the Client upon payment.",
    "As between the parties, Licensor retains exclusive ownership of all Intellectual Property "
    "Rights in the Software.",
    # non-exclusive grants
    "Licensor grants to Licensee a non-exclusive, non-transferable licence to use the Software.",
    "The appointment of the Distributor is non-exclusive and Supplier may appoint other "
    "distributors in the Territory.",
    # taxes
    "All fees stated in the Order Form are exclusive of VAT and other applicable taxes.",
    # purpose
    "The Confidential Information shall be used exclusively for the purpose of evaluating the "
    "Proposed Transaction.",
    # entire agreement
    "This Agreement constitutes the complete and exclusive statement of the agreement between "
    "the Parties and supersedes all prior proposals.",
    # permission to deal with others, the opposite promise
    "Nothing in this Agreement shall prevent Customer from purchasing similar services from any "
    "other supplier.",
    "Supplier may sell the Products to any third party, including within the Territory.",
    "Each party is free to enter into similar arrangements with third parties.",
    # survival clause mentioning the provision
    "Sections 4 (Exclusivity), 9 (Confidentiality) and 12 (Indemnity) shall survive termination "
    "of this Agreement.",
    # a heading alone
    "Exclusivity.",
    # termination of exclusivity, a mention elsewhere
    "If Distributor fails to meet the Minimum Purchase Requirements, Supplier may convert the "
    "appointment to a non-exclusive one on thirty days' notice.",
    # a definition
    '"Exclusivity Period" means the period of six months from the Effective Date.',
    # the other party's exclusive responsibility
    "The Contractor shall be solely responsible for the supervision of its own personnel.",
    # sole discretion
    "Supplier may, in its sole discretion, refuse to accept any Purchase Order.",
    # only as a limit on use of materials
    "Reseller may use the Marks only in connection with the marketing of the Products.",
    # a warranty that the party has not granted exclusive rights elsewhere
    "Licensor warrants that it has not granted any exclusive licence that conflicts with the "
    "rights granted hereunder.",
    # subcontracting permitted with consent
    "Provider shall not subcontract any of the Services to a third party without Client's prior "
    "written consent.",
    # assignment
    "Neither party may assign this Agreement to any third party without the prior consent of "
    "the other.",
    # exclusive control of defence
    "The indemnifying party shall have exclusive control of the defence and settlement of any "
    "claim.",
    # confidentiality: not to disclose to a third party
    "The Receiving Party shall not disclose the Confidential Information to any third party.",
    # a sole supplier mentioned as a fact about a component
    "Customer acknowledges that certain components are available from only one manufacturer "
    "and that lead times may vary.",
    # a forecast, not a requirements commitment
    "Buyer shall provide Seller with a rolling twelve-month forecast of its requirements for "
    "the Products.",
    # use for a purpose, and a licensee's limits on resale and sublicensing
    "Licensee shall use the Licensed Know-How exclusively for the Permitted Purpose.",
    "Contractor shall perform the Services exclusively for the purposes described in the "
    "Statement of Work.",
    "Customer shall not resell the Services except as expressly permitted by this Agreement.",
    "Distributor shall not sell the Products except in accordance with the Supplier's written "
    "policies.",
    "Licensee shall not grant sublicences to any third party in the Territory without the prior "
    "written consent of Licensor.",
    # freedom left to deal with others
    "This Agreement shall not restrict the Supplier from selling the Products to other "
    "distributors outside the Territory.",
]
"""Sentences from the same part of a contract that do not state exclusive dealing."""


@pytest.mark.parametrize("text", STATES)
def test_exclusivity_found_as_drafters_state_it(text):
    assert _flag(LABEL, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_exclusivity_not_read_from_near_misses(text):
    assert not _flag(LABEL, text)


def test_exclusivity_heading_reads_the_promise_under_it():
    text = "Supplier shall not appoint another distributor in the Territory."
    assert _flag(LABEL, text, heading="Exclusivity")


@pytest.mark.parametrize(
    "hostile",
    [
        "exclusive " * 20000,
        "exclusive, exclusive, " * 9100,
        "shall not appoint any other " * 7200,
        "purchase all requirements from " * 6500,
        "sole and exclusive " * 10600,
        "shall not sell to any third party other than " * 4500,
        "a-" * 100000,
        "exclusively " * 16700,
        "any other " * 20000,
    ],
)
def test_exclusivity_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, hostile)
