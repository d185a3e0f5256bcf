"""The parties, round 4: preambles in shapes the earlier rounds did not cover -- a role in
brackets without quotes, an '&' or a hyphen inside a name, lead-in words before a name after a
comma, 'trading as' and 'professionally known as', a letter's 'the agreement of', 'hereinafter the
COMPANY', an amendment naming the agreement it amends, parties defined together in capitals, and a
labelled cover line. Every preamble was written for these tests, with invented names."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

PREAMBLES = [
    (
        "SUPPLY AGREEMENT\nTHIS AGREEMENT is dated 2 February 2021\nPARTIES\n(1) FENWICK CERAMICS "
        "LIMITED incorporated and registered in England and Wales with company number 04418822 "
        "whose registered office is at Unit 9, Longton Industrial Estate, Stoke-on-Trent ST3 1PQ "
        "(Supplier).\n(2) HALBERD KITCHENWARE PLC incorporated and registered in England and "
        "Wales with company number 02291547 whose registered office is at 40 Cannon Street, "
        "London EC4N 6JJ (Customer).",
        ["FENWICK CERAMICS LIMITED", "HALBERD KITCHENWARE PLC"],
    ),
    (
        "This Transportation Services Agreement is made on 3 June 2022 between Gidgee Haulage Pty "
        "Ltd ABN 51 123 456 789 of 14 Depot Road, Kalgoorlie WA 6430 (Carrier) and Nullarbor "
        "Grain Growers Co-operative Limited ABN 22 987 654 321 of 1 Silo Street, Esperance WA "
        "6450 (Customer).",
        ["Gidgee Haulage Pty Ltd", "Nullarbor Grain Growers Co-operative Limited"],
    ),
    (
        'This First Amendment to License Agreement (this "Amendment") is entered into effective '
        'as of January 15, 2020 by and between Larkhill Biologics, Inc. ("Larkhill") and the '
        'Board of Regents of the University of Westmarch ("University"), and amends the License '
        'Agreement between Larkhill and University dated March 2, 2016 (the "License '
        'Agreement").',
        ["Larkhill Biologics, Inc.", "Board of Regents of the University of Westmarch"],
    ),
    (
        "This Services Agreement is dated 1 July 2023 and made between Tamarind & Clove "
        'Hospitality Limited, trading as "The Spice Yard", a company registered in England and '
        "Wales with number 09988776 (Client); and Ridgeback Security Services Limited, a company "
        "registered in England and Wales with number 07766554 (Contractor).",
        ["Tamarind & Clove Hospitality Limited", "Ridgeback Security Services Limited"],
    ),
    (
        "Ladies and Gentlemen:\nReference is made to the Distribution Agreement dated as of March "
        '1, 2012 (the "Distribution Agreement"). This letter sets forth the agreement of Moorgate '
        'Beverages Ltd. ("Moorgate") and Sandpiper Imports, Inc. ("Sandpiper") with respect to '
        "the extension of the Territory.",
        ["Moorgate Beverages Ltd.", "Sandpiper Imports, Inc."],
    ),
    (
        "This Agreement is made on 1 September 2018 between Sarah O'Connell, professionally known "
        'as "Saoirse", of 4 Harbour Row, Cork ("Artist") and Northbeam Artist Management Ltd '
        '("Manager").',
        ["Sarah O'Connell", "Northbeam Artist Management Ltd"],
    ),
    (
        "This Subscription and License Agreement is between Amberwing Software Corp. "
        '("Amberwing") and the customer identified in the Order Form, Haldane Legal Services LLP '
        '("Customer").',
        ["Amberwing Software Corp.", "Haldane Legal Services LLP"],
    ),
    (
        "This Web Hosting Agreement (this “Agreement”) is entered into by Netcastle Hosting, LLC "
        "(“Netcastle”) and the individual or entity accepting this Agreement, Mariposa Floral "
        "Designs, Inc. (“Customer”).",
        ["Netcastle Hosting, LLC", "Mariposa Floral Designs, Inc."],
    ),
    (
        "This Agreement is made between Lark & Finch Design Co. and Mott Street Bakers, Inc., "
        "effective 1 June 2020.",
        ["Lark & Finch Design Co.", "Mott Street Bakers, Inc."],
    ),
    (
        "This Consulting Agreement is made as of March 3, 2015 by and between ORCA LABS, INC., a "
        "Delaware corporation, hereinafter the COMPANY, and HENRIK VOSS, an individual, "
        "hereinafter the CONSULTANT.",
        ["ORCA LABS, INC.", "HENRIK VOSS"],
    ),
    (
        "This Maintenance Agreement is entered into by and between BLUE HERON PROPERTIES, LLC AND "
        'BLUE HERON PROPERTIES II, LLC (collectively, "Owner") and Kettle Creek HVAC, Inc. '
        '("Contractor").',
        ["BLUE HERON PROPERTIES, LLC", "BLUE HERON PROPERTIES II, LLC", "Kettle Creek HVAC, Inc."],
    ),
    (
        "This Agreement is entered into as of May 2, 2016 by and between Gannet Bay Enterprises, "
        'LLC ("GBE") and Lowmoor Timber Co. ("Lowmoor"), and amends the Supply Contract between '
        'GBE and Lowmoor dated April 1, 2014 (the "Supply Contract").',
        ["Gannet Bay Enterprises, LLC", "Lowmoor Timber Co."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PREAMBLES)
def test_parties_named_in_shapes_of_round_four(text: str, expected: list[str]) -> None:
    assert agreement_terms(("", text))["parties"] == expected


def test_a_labelled_cover_line_names_the_party_the_preamble_leaves_unnamed() -> None:
    terms = agreement_terms(
        (
            "",
            "Reseller Full Legal Name Harbor Learning.org, a nonprofit public benefit corporation",
        ),
        (
            "",
            "This Sub-Reseller Agreement is made by and between Quillon Data, Inc., a Delaware "
            'corporation ("Quillon") and the Reseller named above (the "Agreement").',
        ),
    )
    assert sorted(terms["parties"]) == ["Harbor Learning.org", "Quillon Data, Inc."]


def test_a_role_in_brackets_in_the_body_names_no_party() -> None:
    terms = agreement_terms(
        (
            "Grant",
            "The Licensor grants the right to sell the Vortex Pump (Product) in the Territory.",
        )
    )
    assert "parties" not in terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a party's description is not the naming of another party
            "This Agreement is made on 2 April 2024 between Heron Nominees Limited, acting with the "
            'agreement of Heron Capital LLP ("Nominee") and Sorrel Bay Partners LLC ("Sorrel").',
            ["Heron Nominees Limited", "Sorrel Bay Partners LLC"],
        ),
        (  # contacts tagged with a side are not parties
            "This Agreement is made on 2 April 2024 between Harwell Analytics Limited "
            '("Supplier") and Deepmoor Water plc ("Customer"). 1. Representatives. Each party '
            "appoints a representative: Alan Crewe (Supplier) and Dana Pike (Customer).",
            ["Harwell Analytics Limited", "Deepmoor Water plc"],
        ),
        (  # a person and a company, each with a bare role in brackets, after 'between'
            "This Consulting Agreement is made between Jane Whitcombe (Consultant) and Fernhill "
            "Analytics, Inc. (Company).",
            ["Jane Whitcombe", "Fernhill Analytics, Inc."],
        ),
        (  # 'by' inside a party's description does not start the naming
            "This Agreement is entered into by and between Bluewater Energy, LLC, successor by "
            'merger to Greenfield Power Corp. ("Owner"), and Saltgrass Renewables, Inc. '
            '("Contractor").',
            ["Bluewater Energy, LLC", "Saltgrass Renewables, Inc."],
        ),
        (
            "This Agreement is made between Larkspur Health Partners, Inc. on behalf of itself "
            'and its Affiliates ("Larkspur") and Cascade Valley Physicians Group, P.S. ("Group").',
            ["Larkspur Health Partners, Inc.", "Cascade Valley Physicians Group, P.S."],
        ),
        (  # a loan-out company and the person whose services it lends
            'This Endorsement Agreement is made between Corrigan Foods, Inc. ("Company") and '
            'Twin Eagles Management, Inc. f/s/o Tyler Branstetter ("Lender").',
            ["Corrigan Foods, Inc.", "Twin Eagles Management, Inc.", "Tyler Branstetter"],
        ),
        (  # a name with a comma straight after 'and'
            "This Agreement is made between Pellow Instruments Inc. and Kirkby, Lowe Associates "
            "Ltd.",
            ["Pellow Instruments Inc.", "Kirkby, Lowe Associates Ltd."],
        ),
    ],
)
def test_near_misses_of_round_four(text: str, expected: list[str]) -> None:
    assert agreement_terms(("", text))["parties"] == expected
