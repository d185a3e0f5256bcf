"""Non-compete as drafters state it, in sentences written for these tests (not taken from any real
contract): restraints on a party's competing, dealing in rival goods, operating in a territory or a
radius, acting for a competitor or developing a rival technology, each a different drafting across
trades; and near misses from the same part of a contract that use the words of a non-compete
without imposing one (a non-solicitation of staff, an exclusive appointment, confidentiality, a
freedom to compete, a competition-law statement, a definition, a survival clause)."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

STATES = [
    # BPO / call-centre services
    "During the Term and for eighteen (18) months thereafter, the Provider shall not deliver "
    "outsourced contact-centre services to any Competitor of the Client.",
    "No Party shall, while this Agreement is in force, establish or acquire a call centre "
    "providing services similar to the Services within fifty (50) kilometres of the Site.",
    # supply
    "The Buyer must not purchase, stock or resell goods which are the same as or similar to the "
    "Goods from any source other than the Seller.",
    "Throughout the Supply Period the Purchaser is prohibited from manufacturing for its own "
    "account any product that would be a substitute for the Products.",
    # software licence
    "Licensee shall not use the Software or the Documentation to develop, or to assist any third "
    "party in developing, a product that competes with the Software.",
    "During the licence term the Licensee will not develop or commercialise any software having "
    "substantially the same functionality as the Licensed Software.",
    # distribution
    "The Distributor may not, without the Supplier's prior written consent, distribute any "
    "product which is competitive with the Products.",
    "No competing product shall be marketed, promoted or sold by the Distributor in the "
    "Territory during the Term.",
    "The Dealer shall not carry, stock or promote any rival manufacturer's tractors at its "
    "premises while it remains an authorised dealer.",
    # franchise
    "Franchisee shall not, during the term of this Agreement and for two years after, have any "
    "interest in a Competitive Business located within five (5) miles of the Franchised "
    "Location.",
    "At no time during the Term shall the Franchisee operate a business offering services "
    "similar to those of the System.",
    "The Franchisee may not open or run any other restaurant within the Protected Area unless "
    "the Franchisor first consents in writing.",
    # manufacturing
    "Manufacturer undertakes that it will not produce for any third party any product "
    "incorporating the Formula or any product substantially similar thereto.",
    "It is a condition of this Agreement that the Contract Manufacturer does not manufacture "
    "competing goods on the production lines used for the Products.",
    # joint venture
    "No Venturer shall, whether alone or jointly with others, engage in the Business in the "
    "Territory other than through the Joint Venture Company.",
    "Each Shareholder covenants with the others that it shall not, whether on its own account "
    "or in conjunction with any other person, carry on a Competing Business anywhere in the "
    "United Kingdom.",
    # hosting
    "Host will refrain from hosting any website that offers services competitive to those of "
    "Customer.",
    "The Hosting Provider agrees that, for the duration of the Services, it shall not offer "
    "managed hosting to any business in competition with the Customer in the European Union.",
    # consulting
    "During the engagement and for six months after it ends, the Consultant shall not accept "
    "any engagement from a competitor of the Client.",
    "The Adviser shall not be employed by, consult for or otherwise assist any enterprise "
    "engaged in a business similar to that of the Company for twenty-four months following "
    "termination.",
    # agency / representation
    "The Sales Representative shall not act as agent for any manufacturer of products that "
    "compete with the Products.",
    # proviso
    "Licensee may sell the Products through its own website, provided that it does not sell any "
    "competing products on that website.",
    # passive / UK spelling
    "The Vendor is restricted from carrying on any business competitive with the Business in the "
    "Restricted Area for three years after Completion.",
    "The Seller shall not, for a period of 3 years from Completion, be engaged or concerned in "
    "any business carried on in competition with the Company.",
    # defined term of the restraint
    "The Consultant shall not engage in a Restricted Business in the Restricted Territory during "
    "the Restricted Period.",
    # technology
    "Neither party shall, during the Collaboration Term, independently research or develop any "
    "compound directed at the Target outside the Collaboration.",
    "Customer agrees that it will not design or build a product or service that replicates the "
    "functionality of the Platform.",
    # "nor shall" and "agrees that it shall not"
    "The Licensee shall not sublicense the Marks, nor shall it sell under any other mark goods "
    "that compete with the Licensed Goods.",
    "The Agent agrees that it shall not represent any rival principal in the Territory.",
    # "neither ... nor ..." with a long subject
    "Neither the Franchisee nor any member of its family, nor any company controlled by either "
    "of them, will own a competing bakery in Ontario.",
    "Neither Seller nor its officers, directors or shareholders (whether or not employed by "
    "Seller on the Closing Date) shall hold any interest in a rival brokerage.",
    # a rival named by the degree of competition, and a prohibition stated as a noun
    "The Driver shall not wear or display the logo of any brand that is in direct competition "
    "with the Sponsor.",
    "The Club's obligations include a prohibition on the Club accepting sponsorship from any "
    "airline in direct competition with the Sponsor.",
]
"""Sentences that state a non-compete, each drafted differently."""


NEAR_MISSES = [
    # non-solicitation of staff alone
    "During the Term and for twelve months afterwards, neither party shall solicit or hire any "
    "employee of the other party.",
    "The Agent shall not solicit any employee of the Principal to leave and join a competitor of "
    "the Principal.",
    # exclusivity granted to the other party, no restraint on its own business
    "Supplier appoints Distributor as its exclusive distributor of the Products in the "
    "Territory, and Supplier shall refer all enquiries from the Territory to Distributor.",
    "The Supplier shall not appoint any other distributor for the Products in the Territory.",
    # confidentiality
    "The Consultant shall not divulge the Client's pricing to any of the Client's competitors.",
    "Each party shall not reveal the terms of this Agreement to a competitor of the other party.",
    # a freedom to compete
    "Nothing in this Agreement shall restrict either party from independently developing or "
    "acquiring products that compete with those of the other.",
    "Each Party shall remain free to compete with the other Party, and no provision hereof shall "
    "be interpreted as a non-compete.",
    "The Company acknowledges that the Consultant may provide services to other clients, "
    "including competitors of the Company, during the Term.",
    "The Distributor may sell competing products outside the Territory.",
    "The Licensor shall not be prevented from granting licences to competitors of the Licensee.",
    # competition law
    "The parties shall comply with all applicable competition and antitrust laws and shall not "
    "exchange competitively sensitive information.",
    "No provision of this Agreement shall be construed to restrain trade in violation of the "
    "Sherman Act.",
    # definition
    '"Competing Product" means any product that has the same indication as the Licensed Product.',
    # survival and mentions in another provision
    "The obligations in Section 12 (Non-Competition) shall survive termination of this "
    "Agreement for two years.",
    "Supplier may terminate this Agreement if the Distributor breaches its obligations under "
    "Section 8 (Non-Competition).",
    "Licensee shall not assign this Agreement to a competitor of Licensor without Licensor's "
    "prior written consent.",
    "Licensor may appoint an independent accountant, who shall not be a competitor of Licensee, "
    "to audit Licensee's records.",
    "Either party may terminate this Agreement if the other party becomes a competitor of it.",
    # the opposite promise and other restraints from the same part of a contract
    "The Buyer shall not be obliged to purchase Products from the Seller if a competitor offers "
    "a lower price.",
    "The Seller represents that it is not party to any agreement that restricts its ability to "
    "compete.",
    "Hosting Provider shall not be restricted in any way from providing hosting services to any "
    "competitor of Customer.",
    "Within the Territory, the Distributor shall not sell the Products at prices below the "
    "Minimum Resale Price.",
    "This Agreement shall not be interpreted as granting the Supplier any exclusive right to "
    "manufacture similar products for the Customer.",
    "Each party shall comply with the laws prohibiting anti-competitive agreements and abuse of "
    "a dominant position.",
    "Neither the Buyer nor the Seller shall be bound by any competition clause in the Framework "
    "Agreement that conflicts with this Agreement.",
    "The Agency shall not use the Promotional Materials for any purpose outside this Agreement.",
    "Neither party shall offer more favourable pricing to any competitor of the other party than "
    "the pricing offered hereunder.",
]
"""Near misses: the words of a non-compete without a restraint on competing."""


@pytest.mark.parametrize("text", STATES)
def test_non_compete_as_drafters_state_it(text):
    assert _flag("non_compete", text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_non_compete_from_near_misses(text):
    assert not _flag("non_compete", text)


def test_a_list_item_after_a_colon_is_read_with_its_stem():
    text = (
        "During the Restricted Period, the Vendor shall not: (a) carry on or be interested in "
        "any business which competes with the Target in the Territory; or (b) solicit any "
        "customer of the Target."
    )
    assert _flag("non_compete", text)


def test_a_list_of_permitted_holdings_is_not_a_restraint():
    text = (
        "Nothing in this Section prevents the Seller from: (a) holding shares in a listed "
        "company which competes with the Business; or (b) acting as a director of the Buyer."
    )
    assert not _flag("non_compete", text)


@pytest.mark.parametrize(
    "hostile",
    [
        "shall not compete " * 12000,
        "not " * 50000,
        "a-" * 100000,
        "shall not directly or indirectly own any business " * 4000,
        "(a) " * 50000,
        "within five miles of " * 10000,
        "neither nor " * 17000,
        "any other restaurant in the area " * 6100,
    ],
)
def test_the_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time("non_compete", hostile)
