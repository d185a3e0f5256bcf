"""Near misses a review drafted against the tenth round's readings (invented names, no text
from any real contract): each was read right before the round, read wrong by its first version,
and is right again. The effective date is not switched to a signature's date by signing words
before a dated name, or where the agreement takes effect on an undated event; an end counted in
calendar periods, a start moved to the next month and a start on an event belong to the term
only when the term is their subject; a division, a greeting or a signature page names no party
but the word that opens a real name."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

CASES = [
    pytest.param(
        [
            (
                "",
                'This Agreement, once executed by both Parties, shall be effective as of 1 January 2022 (the "Effective Date") and is made between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 14 January 2022\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 17 January 2022",
            ),
        ],
        {"effective_date": "2022-01-01"},
        id="E01 'executed by both' before a dated name: retroactive date",
    ),
    pytest.param(
        [
            (
                "",
                'Upon full execution, this Agreement shall be deemed effective retroactively as of 1 January 2022 (the "Effective Date"). It is made between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 14 January 2022\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 17 January 2022",
            ),
        ],
        {"effective_date": "2022-01-01"},
        id="E02 'full execution' before a dated name",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Definitions",
                '"Execution Date" means the date on which this Agreement has been signed by both Parties. "Effective Date" means 1 July 2021.',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 3 August 2021\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 5 August 2021",
            ),
        ],
        {"effective_date": "2021-07-01", "expiration_date": "2023-07-01"},
        id="E03 definitions list: a signing definition just before 'Effe",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is entered into as of the date of the last signature below (the "Signature Date") and is effective as of April 1, 2020 (the "Effective Date"), by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: May 4, 2020\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: May 6, 2020",
            ),
        ],
        {"effective_date": "2020-04-01"},
        id="E04 a signature date named just before a dated Effective Dat",
    ),
    pytest.param(
        [
            (
                "",
                'Notwithstanding the date of execution, this Agreement shall be effective as of 1 October 2019 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 20 November 2019\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 22 November 2019",
            ),
        ],
        {"effective_date": "2019-10-01"},
        id="E05 'date of execution' before a dated name",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is made between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Definitions",
                '"Counterpart" means a copy of this Agreement executed by each Party. "Effective Date" means 1 September 2020.',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 15 September 2020\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 18 September 2020",
            ),
        ],
        {"effective_date": "2020-09-01"},
        id="E08 'executed by each' in the definition before",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is made between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper") and, when signed by all parties, takes effect as of 1 September 2020 (the "Effective Date").',
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 15 September 2020\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 18 September 2020",
            ),
        ],
        {"effective_date": "2020-09-01"},
        id="E09 'signed by all' before the name",
    ),
    pytest.param(
        [
            (
                "Order Form",
                "Supplier: Harrowgate Freight Systems, Inc.\nCustomer: Dunmore Retail Holdings LLC\nDate of Agreement: 5 January 2023\nEffective Date: the date of this Agreement\nFirst Invoice Date: 1 February 2023",
            ),
            ("Term", "This Agreement shall continue for two (2) years from the Effective Date."),
        ],
        {"effective_date": "2023-01-05"},
        id="E11 field 'Effective Date:' holds no date; the next field do",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Commencement",
                "This Agreement shall take effect on the Completion Date (as defined in the Share Purchase Agreement).",
            ),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 2 May 2019\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 2 May 2019",
            ),
        ],
        {"effective_date": None},
        id="E40 effective on an undated event; both sign the same day",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Commencement",
                "This Agreement shall come into force on the date on which the Licence is granted by the Regulator.",
            ),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 2 May 2019\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 2 May 2019",
            ),
        ],
        {"effective_date": None},
        id="E41 comes into force on an undated grant",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Commencement",
                "This Agreement shall take effect upon the grant of Planning Permission.",
            ),
            (
                "Execution",
                "HARROWGATE FREIGHT SYSTEMS, INC.\nBy: /s/ P. Lund\nTitle: President\nDate: 2 May 2019\n\nDUNMORE RETAIL HOLDINGS LLC\nBy: /s/ K. Ames\nTitle: Manager\nDate: 2 May 2019",
            ),
        ],
        {"effective_date": None},
        id="E42 takes effect upon a grant",
    ),
    pytest.param(
        [
            (
                "",
                "This Amendment No. 3 is made between Harrowgate Freight Systems, Inc. and Dunmore Retail Holdings LLC.",
            ),
            (
                "1.",
                "The Original Agreement signed on 1 March 2018 is amended by deleting Section 7.",
            ),
            (
                "2.",
                "Except as amended herein, the Original Agreement signed on 1 March 2018 remains in full force.",
            ),
        ],
        {"effective_date": None},
        id="E44 'signed on' in the body about another agreement, twice",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term shall be five (5) years from the Effective Date, provided that the Pilot Phase shall end on the last day of the third full calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2026-03-12"},
        id="T01 pilot phase end inside the term",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall continue for three (3) years from the Effective Date, and the Customer shall pay the Set-up Fee on the last day of the second month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T02 a fee due at a month's end",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term is two (2) years from the Effective Date, but the Customer may end this Agreement by notice given at any time up to the last day of the sixth full calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T04 a notice deadline inside the term clause",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall run for a period of thirty-six (36) months from the Effective Date, and the first Quarterly Fee falls due on the last day of the first full calendar quarter following the Effective Date.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T05 first fee due at a quarter's end",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall continue for two (2) years from the Effective Date, and either Party may terminate it on notice expiring on the last day of the third month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T78 notice expiring at a month's end, same sentence",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The term of this Agreement shall be two (2) years. Licensee shall deliver reports on the last day of the first calendar month following the Effective Date and quarterly thereafter.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T81 report sentence apart",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term shall be two (2) years from the Effective Date, with a review at the end of the fourth full calendar quarter following the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T82 review at a quarter's end",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall be in effect for three (3) years from the Effective Date, with the first Contract Year ending on the last day of the twelfth full calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T83 contract year end in the same sentence",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term shall commence on the Effective Date and continue until terminated, provided that the Supplier's exclusivity shall end on the last day of the twelfth full calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": None},
        id="T79 open-ended term; exclusivity end",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Definitions",
                '"Commencement Date" means the date of the first delivery of Equipment.',
            ),
            (
                "Term",
                "The Term shall commence on the Commencement Date and end on the last day of the twelfth full calendar month following the Commencement Date.",
            ),
        ],
        {"expiration_date": None},
        id="T10 count from an undated Commencement Date",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term shall be three (3) years from the Effective Date; the Monthly Fee shall be payable commencing on the first day of the calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T19 fee starts next month, the term does not",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall commence on the Effective Date and continue for two (2) years, and Contract Years shall begin on the first day of the calendar month following the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T20 contract years start next month",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall commence on the Effective Date and continue for two (2) years; rebates shall be calculated commencing on the first day of the calendar quarter following the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T27 rebates start next quarter",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Services shall start on the first day of the calendar month following the Effective Date and this Agreement shall continue for two (2) years from the Effective Date.",
            ),
        ],
        {"expiration_date": "2023-03-12"},
        id="T28 services start next month; term counted from Effective D",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "This Agreement shall continue for five (5) years from the Effective Date, and the minimum purchase obligations shall begin on January 1 of the calendar year following the Effective Date.",
            ),
        ],
        {"expiration_date": "2026-03-12"},
        id="T21 minimums start next year",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is entered into by and between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            ("1. Definitions", '"Start Date" means 1 June 2021.'),
            ("Term", "The Term shall commence on the Start Date and continue for two (2) years."),
        ],
        {"expiration_date": "2023-06-01"},
        id="T30 'Start Date' defined as a day",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Term shall commence on the Date of this Agreement and continue for three (3) years.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T32 'the Date of this Agreement' capitalised",
    ),
    pytest.param(
        [
            (
                "",
                'This Transition Services Agreement is made on 3 March 2020 between Harrowgate Freight Systems, Inc. ("Seller") and Dunmore Retail Holdings LLC ("Buyer").',
            ),
            (
                "Recitals",
                'The closing under the Purchase Agreement took place on 3 March 2020 (the "Closing Date").',
            ),
            (
                "Term",
                "The term shall commence on the Closing Date and continue for eighteen (18) months.",
            ),
        ],
        {"expiration_date": "2021-09-03"},
        id="T33 Closing Date defined by its day",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 1 March 2019 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "1. Services",
                'The Services shall commence on 1 March 2019 (the "Service Commencement Date").',
            ),
            (
                "Term",
                "The Term shall commence on the Service Commencement Date and continue for three (3) years.",
            ),
        ],
        {"expiration_date": "2022-03-01"},
        id="T34 'Service Commencement Date' dated",
    ),
    pytest.param(
        [
            (
                "Order Form",
                "Supplier: Harrowgate Freight Systems, Inc.\nCustomer: Dunmore Retail Holdings LLC\nOrder Effective Date: 1 February 2023",
            ),
            (
                "Term",
                "The Subscription Term shall start on the Order Effective Date and continue for twelve (12) months.",
            ),
        ],
        {"effective_date": "2023-02-01", "expiration_date": "2024-02-01"},
        id="T43 'Order Effective Date' field",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "The Services shall begin with Phase One and this Agreement shall remain in force for three (3) years.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T36 'begin with Phase One' before the length",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "Delivery shall begin on Acceptance of the first Purchase Order, and this Agreement shall continue for three (3) years.",
            ),
        ],
        {"expiration_date": "2024-03-12"},
        id="T46 delivery starts on an event, agreement runs 3 years",
    ),
    pytest.param(
        [
            (
                "",
                'This Services Agreement is made on 12 March 2021 (the "Effective Date") between Harrowgate Freight Systems, Inc. ("Carrier") and Dunmore Retail Holdings LLC ("Shipper").',
            ),
            (
                "Term",
                "Subject to Section 3, the Supplier may start with Pilot Sites, and this Agreement shall continue for four (4) years.",
            ),
        ],
        {"expiration_date": "2025-03-12"},
        id="T57 'start with Pilot Sites' before the length",
    ),
    pytest.param(
        [
            (
                "",
                'This Supply Agreement is made between Signature Foods Inc. ("Supplier") and Teesdale Fabrication Ltd ("Buyer").',
            )
        ],
        {"parties": ["Signature Foods Inc.", "Teesdale Fabrication Ltd"]},
        id="P01 company named 'Signature ...' first",
    ),
    pytest.param(
        [
            (
                "",
                'This Supply Agreement is made between Teesdale Fabrication Ltd ("Buyer") and Signature Aviation Services LLC ("Operator").',
            )
        ],
        {"parties": ["Teesdale Fabrication Ltd", "Signature Aviation Services LLC"]},
        id="P02 'Signature ...' second",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is made by and between Signatures Unlimited Ltd ("Agent") and Teesdale Fabrication Ltd ("Principal").',
            )
        ],
        {"parties": ["Signatures Unlimited Ltd", "Teesdale Fabrication Ltd"]},
        id="P03 'Signatures Unlimited Ltd'",
    ),
    pytest.param(
        [
            (
                "",
                'This Loan Agreement is made between Signature Bank of Arden, N.A. ("Lender") and Teesdale Fabrication Ltd ("Borrower").',
            ),
            (
                "Signatures",
                "SIGNATURE BANK OF ARDEN, N.A.\nBy: ______\n\nTEESDALE FABRICATION LTD\nBy: ______",
            ),
        ],
        {"parties": ["Signature Bank of Arden, N.A.", "Teesdale Fabrication Ltd"]},
        id="P39 Signature Bank",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is between Brightwater Labs LLC, formerly a division of Corwin Pharma Inc. ("Brightwater"), and Teesdale Fabrication Ltd ("Buyer").',
            )
        ],
        {"parties": ["Brightwater Labs LLC", "Teesdale Fabrication Ltd"]},
        id="P04 'formerly a division of' in the description",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is between Halden Medical Inc., which acquired the imaging division of Sorrel Corp. in 2019 ("Halden"), and Teesdale Fabrication Ltd ("Buyer").',
            )
        ],
        {"parties": ["Halden Medical Inc.", "Teesdale Fabrication Ltd"]},
        id="P05 'acquired the imaging division of' in the description",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is between Kestrel Data Systems, Inc., successor to the Analytics division of Palmer Group plc ("Kestrel"), and Teesdale Fabrication Ltd ("Customer").',
            )
        ],
        {"parties": ["Kestrel Data Systems, Inc.", "Teesdale Fabrication Ltd"]},
        id="P10 'successor to the ... division of'",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is made between Lakeshore Distributors LLC, the exclusive distributor for the Marine Division of Tolland Motors Inc. ("Distributor"), and Harbourview Marinas Ltd ("Dealer").',
            )
        ],
        {"parties": ["Lakeshore Distributors LLC", "Harbourview Marinas Ltd"]},
        id="P16 distributor for a division",
    ),
    pytest.param(
        [
            (
                "",
                'This Consulting Agreement is between Division of Labor Consulting LLC ("Consultant") and Teesdale Fabrication Ltd ("Client").',
            )
        ],
        {"parties": ["Division of Labor Consulting LLC", "Teesdale Fabrication Ltd"]},
        id="P06 legal name begins 'Division of'",
    ),
    pytest.param(
        [
            (
                "",
                'This Agreement is made between the Division of Insurance of the Commonwealth of Marden, acting as Receiver of Harlow Mutual Insurance Company ("Receiver"), and Teesdale Fabrication Ltd ("Purchaser").',
            )
        ],
        {
            "parties": [
                "Division of Insurance of the Commonwealth of Marden",
                "Teesdale Fabrication Ltd",
            ]
        },
        id="P07 government division as receiver",
    ),
    pytest.param(
        [
            (
                "",
                'Dear Sir or Madam,\nWeston Aviation Leasing Ltd (the "Lessor") confirms the lease to Inverurie Air Ltd (the "Lessee") of the aircraft described below.',
            )
        ],
        {"parties": ["Weston Aviation Leasing Ltd", "Inverurie Air Ltd"]},
        id="P26 'Dear Sir or Madam' + We.. name",
    ),
]


@pytest.mark.parametrize(("clauses", "expected"), CASES)
def test_a_near_miss_of_the_tenth_round_is_read_as_before(clauses, expected):
    found = agreement_terms(*clauses)
    assert {name: found.get(name) for name in expected} == expected
