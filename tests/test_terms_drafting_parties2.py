"""The parties where no preamble names them: a second reading of the notices clause, which
gives each party's name and address under its own heading ('if to the Supplier: ...'). Every
passage was written for these tests."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

from clausecheck.terms.parties import _notice_parties


def _names(text: str) -> list[str]:
    return [name for name, _ in _notice_parties(text)]


NOTICES = [
    (
        "Notices shall be in writing and delivered by hand or courier: if to the Supplier: "
        "Larkspur Fabrication Ltd, Unit 4, Mill Lane, Derby DE1 3AA; if to the Customer: Tamworth "
        "Rail Services plc, 18 Station Approach, Tamworth B79 7JJ.",
        ["Larkspur Fabrication Ltd", "Tamworth Rail Services plc"],
    ),
    (
        "All notices hereunder shall be sent by certified mail. If to Licensor: Bluejay Media, "
        "Inc., 450 Harbor Drive, San Diego, CA 92101, Attention: General Counsel. If to Licensee: "
        "Copperline Games LLC, 77 Pine Street, Portland, OR 97204.",
        ["Bluejay Media, Inc.", "Copperline Games LLC"],
    ),
    (
        "Any notice is effective on receipt and must be addressed as follows: (a) if to the "
        "Company, to: Orchard Valley Foods Corporation, 1200 Grove Avenue, Fresno, California "
        "93721; (b) if to the Distributor, to: Sierra Provisions Co., 9 Market Square, Reno, "
        "Nevada 89501.",
        ["Orchard Valley Foods Corporation", "Sierra Provisions Co."],
    ),
    (
        "Notices. If to Seller -- Hartwell Timber Holdings, LLC, P.O. Box 118, Bangor, Maine "
        "04401. If to Buyer -- Northgate Mills Inc., 3 Riverside Road, Concord, NH 03301.",
        ["Hartwell Timber Holdings, LLC", "Northgate Mills Inc."],
    ),
    (
        "Communications under this Agreement shall be given in writing, if to Granite Peak "
        "Software GmbH: Alpenstrasse 12, 80331 Munich, Germany; if to Redwood Analytics Pty Ltd: "
        "Level 9, 100 George Street, Sydney NSW 2000.",
        ["Granite Peak Software GmbH", "Redwood Analytics Pty Ltd"],
    ),
    (
        "Notices must be sent by e-mail with a copy by post. If to the Franchisor: Sunny Side "
        "Pancake Systems, Inc., 60 Maple Court, Columbus, Ohio 43215. If to the Franchisee: "
        "Buckeye Breakfast Group LLC, 14 Elm Row, Dayton, Ohio 45402.",
        ["Sunny Side Pancake Systems, Inc.", "Buckeye Breakfast Group LLC"],
    ),
    (
        "Every notice shall be deemed given five days after posting, if addressed to the Lessor: "
        "Meadowbank Property Trust, 2 Kings Parade, Cambridge CB2 1SJ, and if addressed to the "
        "Lessee: Fenland Robotics Limited, 31 Hills Road, Cambridge CB2 1NT.",
        ["Meadowbank Property Trust", "Fenland Robotics Limited"],
    ),
    (
        "Notice to either party shall be sent as follows. If to Consultant: Rivera Strategy "
        "Partners LLP, 500 Congress Avenue, Austin, Texas 78701. If to Client: Longhorn Medical "
        "Devices, Inc., 8 Research Boulevard, Austin, Texas 78759.",
        ["Rivera Strategy Partners LLP", "Longhorn Medical Devices, Inc."],
    ),
    (
        "If to the Manufacturer: Kestrel Optics S.A., Rue du Lac 5, 1003 Lausanne, Switzerland, "
        "Attention: Managing Director. If to the Reseller: Bright Harbour Trading Pte. Ltd., "
        "22 Marina View, Singapore 018961, Attention: Chief Executive.",
        ["Kestrel Optics S.A.", "Bright Harbour Trading Pte. Ltd."],
    ),
    (
        "Notices shall be in English. If sent to the Purchaser: Nordlys Energi AB, Strandgatan "
        "9, 111 23 Stockholm. If sent to the Vendor: Clydeside Turbines Limited, 40 Dock Road, Glasgow "
        "G51 1AA.",
        ["Nordlys Energi AB", "Clydeside Turbines Limited"],
    ),
    (  # the short name, then the full name, with no colon between
        "Notices. All notices shall be sent to the addresses below. If to Quillon Quillon "
        "Biologics, Inc. 75 Sidney Street Cambridge, MA 02139 Attn: Legal. If to Vantor Vantor "
        "Clinical Research GmbH Leopoldstrasse 20 80802 Munich Germany.",
        ["Quillon Biologics, Inc.", "Vantor Clinical Research GmbH"],
    ),
    (  # the role, then the name, with no colon between
        "Notices hereunder: If to the Servicer Eastbrook Loan Servicing LLC 12 Wall Street New "
        "York, NY 10005. If to the Depositor Eastbrook Auto Receivables Corp. 12 Wall Street New "
        "York, NY 10005.",
        ["Eastbrook Loan Servicing LLC", "Eastbrook Auto Receivables Corp."],
    ),
    (
        "any notice required shall be given in writing; if to the Agent: Pemberton Talent "
        "Management Ltd., 7 Soho Square, London W1D 3QB; and if to the Principal: Halcyon "
        "Records Limited, 22 Abbey Road, London NW8 9AY.",
        ["Pemberton Talent Management Ltd.", "Halcyon Records Limited"],
    ),
    (
        "Notices may be delivered by hand. If to the Landlord, to: Cedar Point Realty Co., 400 "
        "Lake Shore Drive, Chicago, Illinois 60611. If to the Tenant, to: Prairie Dental "
        "Associates, P.C., 19 Wacker Place, Chicago, Illinois 60601.",
        ["Cedar Point Realty Co.", "Prairie Dental Associates, P.C."],
    ),
    (  # three parties
        "Notices: if to the Owner: Tidewater Shipping Holdings Ltd., Hamilton, Bermuda; if to "
        "the Charterer: Gulfstream Bulk Carriers Inc., Houston, Texas; if to the Guarantor: "
        "Tidewater Maritime Group plc, London.",
        ["Tidewater Shipping Holdings Ltd.", "Gulfstream Bulk Carriers Inc."],
    ),
    (
        "Written notice shall be given: If to Provider: Ashgrove Cloud Services, LLC, 2100 "
        "Peachtree Road, Atlanta, GA 30309. If to Customer: Magnolia Health System, Inc., 600 "
        "Hospital Drive, Macon, GA 31201.",
        ["Ashgrove Cloud Services, LLC", "Magnolia Health System, Inc."],
    ),
    (
        "All notices to be given under this contract shall be sent by registered post, if to "
        "the Contractor: Brunel Civil Engineering Limited, 5 Temple Gate, Bristol BS1 6PL, and if "
        "to the Employer: Avonmouth Port Company Limited, Dock Road, Bristol BS11 9AT.",
        ["Brunel Civil Engineering Limited", "Avonmouth Port Company Limited"],
    ),
    (
        "Notices. If to the Producer: Silver Fern Pictures Limited, 10 Cuba Street, Wellington "
        "6011, New Zealand. If to the Distributor: Maple Leaf Screen Distribution Inc., 250 "
        "Front Street West, Toronto, Ontario M5V 3G5.",
        ["Silver Fern Pictures Limited", "Maple Leaf Screen Distribution Inc."],
    ),
    (
        "A notice is duly given if delivered: if to the Recipient: Quarry Hill Diagnostics, "
        "Inc., 88 Quarry Hill Road, Burlington, Vermont 05401; if to the Owner: Champlain "
        "Biosciences Corp., 3 Lakeview Terrace, Plattsburgh, New York 12901.",
        ["Quarry Hill Diagnostics, Inc.", "Champlain Biosciences Corp."],
    ),
    (
        "For notices: If to Sender: Atlas Freight Forwarding B.V., Havenstraat 1, 3011 "
        "Rotterdam, The Netherlands. If to Carrier: Baltic Road Haulage Oy, Satamakatu 4, 00160 "
        "Helsinki, Finland.",
        ["Atlas Freight Forwarding B.V.", "Baltic Road Haulage Oy"],
    ),
    (
        "Notices must be hand delivered or couriered. If to the Subcontractor: Keystone "
        "Electrical Contractors, Inc., 15 Liberty Avenue, Pittsburgh, PA 15222. If to the "
        "Contractor: Allegheny Builders Group, LLC, 900 Grant Street, Pittsburgh, PA 15219.",
        ["Keystone Electrical Contractors, Inc.", "Allegheny Builders Group, LLC"],
    ),
    (
        "Notice shall be effective upon receipt. If to Covenanter: Ridgeback Ventures L.P., 1 "
        "Embarcadero Center, San Francisco, CA 94111. If to Company: Pacific Crest Software, "
        "Inc., 555 Mission Street, San Francisco, CA 94105.",
        ["Ridgeback Ventures L.P.", "Pacific Crest Software, Inc."],
    ),
    (  # a name written in capitals
        "NOTICES. IF TO THE SUPPLIER: HIGHLAND SPRING WATERS LIMITED, 1 GLEN ROAD, PERTH PH1 "
        "5AB. IF TO THE BUYER: CALEDONIAN RETAIL STORES PLC, 200 PRINCES STREET, EDINBURGH.",
        ["HIGHLAND SPRING WATERS LIMITED", "CALEDONIAN RETAIL STORES PLC"],
    ),
    (
        "Notices shall be addressed as follows: if to the Licensor: Oak Hollow Research "
        "Foundation, Inc., 4 Campus Drive, Ithaca, New York 14850; if to the Licensee: Finger "
        "Lakes Therapeutics, LLC, 60 State Street, Rochester, New York 14614.",
        ["Oak Hollow Research Foundation, Inc.", "Finger Lakes Therapeutics, LLC"],
    ),
    (
        "Notice may be given by fax. If to Vendor: Tan Sri Electronics Sdn Bhd, Jalan Ampang "
        "50450 Kuala Lumpur. If to Purchaser: Pacific Assembly Pvt Ltd, 12 MG Road, Bengaluru "
        "560001.",
        ["Tan Sri Electronics Sdn Bhd", "Pacific Assembly Pvt Ltd"],
    ),
    (
        "Notices will be sent to the following. If to the Lender: Harbourfront Capital Corp., 1 "
        "Bay Street, Toronto. If to the Borrower: Muskoka Lodges Inc., 40 Lakeshore Road, "
        "Huntsville, Ontario.",
        ["Harbourfront Capital Corp.", "Muskoka Lodges Inc."],
    ),
    (
        "Notices shall be given in writing. If to the Client: Westbury Dental Group PLLC, 5 Oak "
        "Street, Westbury, New York 11590. If to the Consultant: Brightpath Practice Advisors, "
        "Inc., 77 Jericho Turnpike, Mineola, New York 11501.",
        ["Westbury Dental Group PLLC", "Brightpath Practice Advisors, Inc."],
    ),
    (
        "If given to the Shipper: Coastal Citrus Growers Cooperative, Inc., Vero Beach, Florida; "
        "if given to the Carrier: Sunbelt Reefer Lines, LLC, Lakeland, Florida.",
        ["Coastal Citrus Growers Cooperative, Inc.", "Sunbelt Reefer Lines, LLC"],
    ),
    (
        "Notices. If to Owner: Red Mesa Solar I, LLC, c/o Red Mesa Renewables, 1 Canyon Road, "
        "Santa Fe, NM 87501. If to Contractor: Sandia Solar Installers Corp., 300 Central "
        "Avenue SW, Albuquerque, NM 87102.",
        ["Red Mesa Solar I, LLC", "Sandia Solar Installers Corp."],
    ),
    (
        "Each notice shall be sent: if to the Employer - Thistle Hotels Limited, 8 Royal Mile, "
        "Edinburgh; if to the Agent - Northern Staffing Solutions Ltd, 2 Quayside, Newcastle.",
        ["Thistle Hotels Limited", "Northern Staffing Solutions Ltd"],
    ),
    (  # a copy to counsel follows each party, and is not a party
        "Notices: If to the Company: Ironwood Robotics, Inc., 10 Foundry Lane, Troy, Michigan "
        "48083, with a copy (which shall not constitute notice) to: Bauer & Lindqvist LLP, 400 "
        "Renaissance Center, Detroit, Michigan 48243. If to the Distributor: Great Lakes "
        "Automation Supply Co., 7 Harbor Street, Cleveland, Ohio 44114.",
        ["Ironwood Robotics, Inc.", "Great Lakes Automation Supply Co."],
    ),
    (  # a bank named for payments in the same clause is not addressed 'if to'
        "Payments shall be made to Acct. 1234 at First Prairie Bank, N.A. Notices: If to the "
        "Seller: Plainsman Grain Company, 1 Elevator Road, Salina, Kansas 67401. If to the Buyer: "
        "Heartland Milling Corporation, 50 Mill Street, Wichita, Kansas 67202.",
        ["Plainsman Grain Company", "Heartland Milling Corporation"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTICES)
def test_notices_name_the_parties(text: str, expected: list[str]) -> None:
    names = _names(text)
    assert names[: len(expected)] == expected
    assert not any(n.startswith(("Bauer", "First Prairie")) for n in names)


NEAR_MISSES = [
    # a single party and a copy to its counsel: one name is not two parties
    "If to the Company: Ironwood Robotics, Inc., 10 Foundry Lane, Troy, Michigan, with a copy "
    "to: Bauer & Lindqvist LLP, Detroit, Michigan.",
    # one name plus a role word
    "If to the Supplier: Larkspur Fabrication Ltd, Derby. If to the Customer: at the address "
    "the Customer last notified to the Supplier in writing.",
    # placeholders left blank in a form
    "If to the Licensor: [●], [address]. If to the Licensee: ____________, ____________.",
    "If to Seller: [SELLER NAME], [ADDRESS]. If to Buyer: [BUYER NAME], [ADDRESS].",
    # 'if to' in a sentence, not a notice heading
    "If to the extent that any payment is late, interest shall accrue at the rate of two "
    "percent per month.",
    "If to do so would breach any Applicable Law, the Supplier shall not be obliged to perform.",
    # a guarantor's officer addressed by title, not a party's name
    "If to the Guarantor: Attention: Chief Financial Officer, at its registered office. If to "
    "the Lender: Attention: Head of Credit, at its principal place of business.",
    # the same party twice is one party
    "If to the Company: Meridian Dairy Co., 3 Farm Road, Tulare. If to Meridian: Meridian "
    "Dairy Co., Accounts Department, 3 Farm Road, Tulare.",
    # people addressed by name and title only
    "If to the Executive: at the Executive's home address on file. If to the Company: "
    "Attention: Board of Directors.",
    # a bank named for payment, and a company form alone
    "All payments shall be wired to Harbor National Bank for the account of the Company. If to "
    "the Company: Corporation.",
    # a statute is not a party
    "If to the Regulator: as required under the Securities Act of 1933 and the Investment "
    "Company Act.",
    # a notice to counsel only
    "With a copy to: Whitcombe & Rhys LLP, 1 Fleet Street, London. With a further copy to: "
    "Aldgate Solicitors Ltd, 9 Leadenhall Street, London.",
    # an addressee's title then a role
    "If to Licensee, to the attention of its President. If to Licensor, to the attention of "
    "its General Counsel.",
    # a form's generic words
    "If to either party: at the address set out in the Order Form. If to a Affiliate: at the "
    "address the Affiliate gives.",
    # 'if to' followed by a verb
    "If to Terminate this Agreement the Customer must give notice; If to Renew, the Supplier "
    "must send an invoice.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_notice_near_misses_name_no_parties(text: str) -> None:
    assert _names(text) == []


_FILLER = [
    ("Definitions", f"Term {n} has the meaning given in the schedule of services.")
    for n in range(1, 14)
]


def test_notices_answer_where_the_agreement_has_no_preamble() -> None:
    terms = agreement_terms(
        ("SERVICES AGREEMENT", "The terms below apply to the services ordered."),
        *_FILLER,
        ("Notices", NOTICES[1][0]),
    )
    assert terms["parties"] == NOTICES[1][1]


def test_preamble_still_wins_over_notices() -> None:
    terms = agreement_terms(
        (
            "",
            'This Supply Agreement is made between Quartzline Ceramics Inc. ("Supplier") and '
            'Dovetail Kitchens LLC ("Buyer").',
        ),
        *_FILLER,
        ("Notices", NOTICES[0][0]),
    )
    assert terms["parties"] == ["Quartzline Ceramics Inc.", "Dovetail Kitchens LLC"]


def test_one_noticed_party_is_no_answer() -> None:
    terms = agreement_terms(
        ("TERMS OF SALE", "These terms govern each order."),
        *_FILLER,
        ("Notices", NEAR_MISSES[0]),
    )
    assert terms.get("parties") is None
