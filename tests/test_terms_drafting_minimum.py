"""Minimum commitments as drafters state them, in sentences written for these tests (not taken
from any real contract): a party must buy, order, spend or pay at least a stated amount in a
period, or pay for the shortfall, in many trades and grammatical forms; and near misses from the
same part of a contract that use the words (minimum, at least, forecast, capacity) without that
promise: notice periods, insurance limits, service levels, non-binding forecasts, wages, maximum
quantities, capacity a supplier reserves, shelf life."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

LABEL = "minimum_commitment"

STATES = [
    # BPO / call centre: a floor of full-time equivalents the client buys
    "The Client shall purchase from the Vendor no fewer than 120 full-time equivalent agents "
    "(FTEs) in each month of the Term.",
    # call centre: a guaranteed minute volume with a true-up
    "Client guarantees a minimum monthly volume of 400,000 handled minutes, and where actual "
    "volume is lower Client shall pay for the difference at the Minute Rate.",
    # call centre: minutes routed, numbers in words
    "The Client guarantees to route not fewer than one million (1,000,000) inbound minutes per "
    "month to the Provider's centres.",
    # supply: aggregate value of orders, UK currency
    "Buyer undertakes to place orders having an aggregate value of not less than £1.2 million in "
    "each Contract Year.",
    # software licence: minimum annual royalty
    "Licensee shall pay Licensor a minimum annual royalty of fifty thousand US dollars "
    "(US$50,000), whether or not any Licensed Products are sold.",
    # distribution: purchases measured against targets, subject first
    "Distributor's purchases of Products in each calendar year shall equal or exceed the "
    "quantities set out in Schedule 4.",
    # franchise: quantity in words and digits
    "Franchisee shall purchase from Franchisor not fewer than three hundred (300) cases of the "
    "proprietary sauce per quarter.",
    # joint venture: a share of output
    "Each Member shall purchase from the Company a minimum of 40% of the plant's annual output.",
    # hosting: committed instances
    "The Customer commits to a minimum of 500 virtual machine instances for the duration of the "
    "Committed Term.",
    # consulting: a retainer paid whether or not services are called for
    "Client shall pay a minimum monthly retainer of $15,000 for the Consulting Services, "
    "whether or not any services are requested.",
    # proviso
    "Distributor shall remain the exclusive distributor, provided that Distributor purchases "
    "Products worth no less than €500,000 per annum.",
    # passive voice, quantity first
    "A minimum of 2,500 Units shall be ordered by Buyer during each Quarter.",
    # passive voice, another verb
    "Not less than 10,000 tonnes of Coal shall be taken by the Purchaser in each Delivery Year.",
    # defined term
    "Licensee shall achieve the Minimum Sales set out in Exhibit C for each Contract Year.",
    # list item after a colon
    "Distributor shall: (a) maintain adequate inventory; (b) purchase not less than 1,000 Units "
    "per month; and (c) promote the Products diligently.",
    # "No ... shall": a minimum order size
    "No Purchase Order shall be for fewer than 50 cases of Product.",
    # "X may not ... unless ..."
    "Buyer may not submit a Purchase Order below the Minimum Order Quantity unless Seller agrees "
    "otherwise in writing.",
    # UK spelling, guaranteed minimum royalty
    "The Licensee shall pay the Licensor a guaranteed minimum royalty of £25,000 per annum, "
    "against which earned royalties shall be credited.",
    # numbers in words, interpreting services
    "The Customer shall purchase no fewer than five hundred thousand (500,000) minutes of "
    "interpreting services each Contract Year.",
    # take or pay in a long form
    "The Offtaker shall take, or failing that pay for, ninety per cent (90%) of the Annual "
    "Contract Quantity in each Year.",
    # shortfall against a defined commitment
    "If the Customer's aggregate spend in any Contract Year is less than the Annual Commitment, "
    "the Customer shall pay the Supplier the difference within thirty days.",
    # minimum fee regardless of use
    "Regardless of actual usage, Customer shall pay a monthly minimum fee of $7,500 for the "
    "Hosting Services.",
    # binding forecast
    "The first three months of each Rolling Forecast shall be binding on Purchaser and shall "
    "constitute a firm commitment to purchase.",
    # advertising spend
    "Advertiser shall purchase advertising inventory totalling at least $100,000 in each "
    "calendar quarter.",
    # BPO: FTE floor the client maintains
    "The Client shall maintain a minimum of 35 FTEs on the Programme at all times during the "
    "Initial Term.",
    # subscription licences
    "Reseller commits to purchasing a minimum of 250 subscription licences per annum.",
    # fees floor in another form
    "The fees payable under this Schedule shall in no event be less than $10,000 per month.",
    # year-on-year floor
    "Purchaser's annual purchases shall not be less than eighty percent (80%) of its purchases "
    "in the previous Contract Year.",
    # spend covenant, sum in words
    "In each Contract Year the Customer shall spend no less than two million US dollars "
    "(US$2,000,000) on Services.",
    # manufacturing: minimum batch per order
    "Each order placed by Customer shall be for at least one (1) full production batch of "
    "5,000 vials.",
    # research funding committed, the sum in words from the teens
    "The Sponsor agrees to commit funding of at least nineteen million US dollars "
    "(US$19,000,000) to the Research Programme over the Term.",
    # a share of volume that must go through the counterparty
    "The Bank undertakes that no less than sixty per cent (60%) of its card transactions in "
    "each year shall be processed through the Processor's network.",
    # a sales floor with a consequence
    "If Distributor's net sales in any Contract Year fall below $2,000,000, Supplier may convert "
    "the appointment to a non-exclusive one.",
    # a share of output that must be sold
    "Not less than half of the Joint Venture's output shall be sold to the Foreign Partner at "
    "the Transfer Price.",
]
"""Sentences that state a minimum commitment, each as another drafter would."""

NEAR_MISSES = [
    # notice period
    "Either party may terminate this Agreement on not less than ninety (90) days' written notice.",
    # insurance amount
    "Supplier shall maintain product liability insurance with a minimum limit of $5,000,000.",
    "Contractor shall maintain a minimum of $2,000,000 in umbrella coverage.",
    # service levels
    "The Service shall meet a minimum availability of 99.9% measured monthly.",
    "Supplier shall deliver at least 95% of orders on time in each calendar month.",
    "Supplier shall ensure a minimum response time of four hours for Priority 1 incidents.",
    # non-binding forecast
    "Forecasts are for planning purposes only and shall not be binding on Buyer.",
    # wage
    "Contractor shall pay its staff no less than the national minimum wage.",
    # maximum quantities
    "Buyer shall not order more than 10,000 units in any month without Supplier's consent.",
    "No Purchase Order shall be for more than 5,000 units.",
    # capacity a supplier reserves
    "Supplier shall reserve sufficient manufacturing capacity to produce at least 20,000 units "
    "per month for Customer.",
    # shelf life
    "The Products shall have a minimum remaining shelf life of twelve months on delivery.",
    # survival clause naming the provision
    "Sections 4.3 (Minimum Purchases), 9 and 12 shall survive termination of this Agreement.",
    # the opposite promise
    "Customer may order any quantity of Products, and there is no minimum order.",
    "Nothing in this Agreement obliges the Reseller to purchase any minimum quantity of Products.",
    "Licensee shall pay a royalty of six percent (6%) of Net Sales, with no minimum royalty.",
    # discount tier
    "Volume discounts apply once Customer's purchases exceed 10,000 units in a calendar year.",
    # notice in a purchase-order clause
    "The minimum notice period for cancellation of a Purchase Order is thirty (30) days.",
    # targets that are goals only
    "Failure to achieve the sales targets of Schedule 5 shall not be a breach of this Agreement.",
    "The annual sales forecast is an estimate only and does not commit Distributor to purchase "
    "any quantity.",
    # a minimum price, not a minimum quantity
    "The minimum purchase price per Share shall be $10.00.",
    "Distributor shall not resell the Products below the minimum resale price notified by "
    "Supplier.",
    # minimum age
    "The minimum age for participation in the Promotion is eighteen.",
    # supplier staffing, a supplier obligation
    "The Provider shall staff the service desk with at least 12 agents between 8am and 6pm.",
    # minimum term, not a quantity
    "The minimum term of each Order Form is twelve months.",
    # a choice among alternatives, not a quantity
    "Licensor may sell the Business only to a buyer holding at least one of the licences listed "
    "in Schedule 2.",
    # publication review: time before submission, redacted
    "Each Party shall provide the other with a copy of any proposed publication at least [***] "
    "(and in no event fewer than thirty days) prior to its submission for publication.",
    # permission to order more
    "Buyer may from time to time order quantities in excess of the Forecast, which Supplier may "
    "accept or reject.",
]
"""Sentences that use the provision's words without stating a minimum commitment."""


@pytest.mark.parametrize("text", STATES)
def test_minimum_commitment_found_as_drafters_state_it(text):
    assert _flag(LABEL, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_minimum_commitment_not_read_from_near_misses(text):
    assert not _flag(LABEL, text)


def test_minimum_commitment_not_read_from_a_heading_alone():
    text = "Distributor shall keep accurate records of its sales of the Products."
    assert not _flag(LABEL, text, heading="Minimum Purchase Commitment")


@pytest.mark.parametrize(
    "hostile",
    [
        "minimum " * 25000,
        "a-" * 100000,
        "purchase at least " * 11200,
        "shall purchase not fewer than " * 6700,
        "orders of no less than 1 " * 8000,
        "fails to achieve sales of " * 7700,
        "purchases shall not be less than " * 6100,
        "less than the commitment pay the " * 6100,
        "forecast shall be binding " * 7700,
        "1,000 " * 40000,
    ],
)
def test_minimum_commitment_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, hostile)
