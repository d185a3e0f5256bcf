"""The parties, however a drafter introduces them: preambles with long descriptions, three or
more parties, individuals, trustees, partnerships acting by a general partner, 'd/b/a' and
'formerly known as', UK numbered lists, Canadian 'OF THE FIRST PART' blocks, cover tables,
recitals and signature blocks. Every passage was written for these tests."""

from __future__ import annotations

import pytest

from clausecheck.terms import extract_key_terms
from clausecheck.types import Clause


def _parties(*texts: str) -> list[str] | None:
    clauses = [Clause(id=f"c{n}", text=t, page=n) for n, t in enumerate(texts, start=1)]
    term = extract_key_terms(clauses).get("parties")
    return term.value if term else None


DRAFTINGS = [
    (  # UK numbered parties with company numbers and registered offices
        "THIS AGREEMENT is dated 14 March 2023 PARTIES (1) HOLLOWAY BRICK LIMITED incorporated "
        "and registered in England and Wales with company number 01234567 whose registered "
        'office is at 3 Canal Street, Leeds LS1 4AB ("Supplier"). (2) MARSH END HOMES LIMITED '
        "incorporated and registered in England and Wales with company number 07654321 whose "
        'registered office is at 9 Quay Road, Hull HU1 2CD ("Customer").',
        ["HOLLOWAY BRICK LIMITED", "MARSH END HOMES LIMITED"],
    ),
    (  # a UK deed with a company and an individual 'of' an address
        "THIS DEED is made on the 5th day of June 2022 BETWEEN: (1) Saltire Wind Farms plc "
        "(registered in Scotland under number SC123456) whose registered office is at 40 George "
        'Street, Edinburgh EH2 2LE (the "Company"); and (2) Fergus Alasdair MacLeod of 14 Loch '
        'View, Inverness IV2 3AB (the "Executive").',
        ["Saltire Wind Farms plc", "Fergus Alasdair MacLeod"],
    ),
    (  # an individual described as one
        "This Consulting Agreement is entered into as of April 1, 2021 between Verdant "
        'Therapeutics, Inc., a Delaware corporation (the "Company"), and Dr. Priya Raman, an '
        'individual residing in Cambridge, Massachusetts ("Consultant").',
        ["Verdant Therapeutics, Inc.", "Dr. Priya Raman"],
    ),
    (  # a trustee acting only as trustee
        "This Administration Agreement, dated as of 2 February 2020, is between Granite Trust "
        "Company, not in its individual capacity but solely as owner trustee of Pelican Auto Trust "
        '2020-A (the "Owner Trustee"), and Alder Servicing LLC, a Delaware limited liability '
        'company (the "Administrator").',
        ["Granite Trust Company", "Alder Servicing LLC"],
    ),
    (  # a partnership acting through its general partner
        "This Property Management Agreement is made by and between Fernhill Realty Partners, "
        "L.P., a Delaware limited partnership, acting by and through its general partner, Fernhill "
        'GP, LLC ("Owner"), and Brightline Property Services, Inc., a Florida corporation '
        '("Manager").',
        ["Fernhill Realty Partners, L.P.", "Brightline Property Services, Inc."],
    ),
    (  # 'by its general partner' straight after the name, with no description
        "THIS LEASE is made on 9 September 2019 between Juniper Energy Partners LP, by its "
        'general partner Juniper Energy GP LLC ("Landlord"), and Copperleaf Solar Inc. ("Tenant").',
        ["Juniper Energy Partners LP", "Copperleaf Solar Inc."],
    ),
    (  # d/b/a
        "This Services Agreement is between Coastal Health Partners, LLC d/b/a SeaSide Clinics "
        '("Provider") and Anchor Benefits Group, Inc. ("Plan Sponsor"), effective 1 July 2018.',
        ["Coastal Health Partners, LLC d/b/a SeaSide Clinics", "Anchor Benefits Group, Inc."],
    ),
    (  # formerly known as, in brackets
        "This License Agreement is made as of May 5, 2017 by and between Halcyon Biologics, Inc. "
        '(formerly known as Halcyon Laboratories, Inc.), a Delaware corporation ("Halcyon"), and '
        'Mistral Pharma S.r.l., an Italian company ("Mistral").',
        ["Halcyon Biologics, Inc.", "Mistral Pharma S.r.l."],
    ),
    (  # f/k/a without brackets
        "This Supply Agreement is entered into by and between Meridian Foods Group, LLC f/k/a "
        'Meridian Snacks, LLC, a Kansas limited liability company ("Seller"), and Trailhead '
        'Markets Corp., a Colorado corporation ("Buyer").',
        ["Meridian Foods Group, LLC", "Trailhead Markets Corp."],
    ),
    (  # three parties, one an individual
        "This Stock Purchase Agreement is entered into as of July 9, 2020, by and among Quillon "
        'Holdings Corp., a Nevada corporation ("Buyer"), Tessa Marlow, an individual resident '
        'of Texas ("Seller"), and Quillon Operating Co., a Texas corporation (the "Company").',
        ["Quillon Holdings Corp.", "Tessa Marlow", "Quillon Operating Co."],
    ),
    (  # four parties, each defined, then 'each a Party'
        "This Joint Development Agreement is made as of the twelfth day of August, 2015 among "
        'Alderney Robotics Ltd. ("Alderney"), Brisk Motion GmbH ("Brisk"), Cortland Sensors '
        'LLC ("Cortland") and Dunmore Controls, Inc. ("Dunmore") (each a "Party" and together '
        'the "Parties").',
        [
            "Alderney Robotics Ltd.",
            "Brisk Motion GmbH",
            "Cortland Sensors LLC",
            "Dunmore Controls, Inc.",
        ],
    ),
    (  # the parties named only in the recitals
        "RECITALS A. Larkspur Pharma AG, a company organised under the laws of Switzerland "
        '("Larkspur"), owns certain patents relating to inhaled insulin. B. Osprey Generics '
        'Inc., a Delaware corporation ("Osprey"), wishes to license those patents.',
        ["Larkspur Pharma AG", "Osprey Generics Inc."],
    ),
    (  # a Mexican company with its full form
        "This Logistics Services Agreement is made by and between Grupo Tlaloc Logistica, S.A. "
        'de C.V., a Mexican sociedad anonima de capital variable ("Tlaloc"), and Red Mesa '
        'Freight, Inc., an Arizona corporation ("Red Mesa").',
        ["Grupo Tlaloc Logistica, S.A. de C.V.", "Red Mesa Freight, Inc."],
    ),
    (  # German style: the address follows the name, and the definition sits between dashes
        "Between Vogelsang Messtechnik GmbH, Industriestrasse 12, 70565 Stuttgart, Germany - "
        'hereinafter "Vogelsang" - and Larch Instruments Inc., 55 Harbor Drive, Portland, Maine '
        '04101, USA - hereinafter "Larch" - the following Distribution Agreement is concluded.',
        ["Vogelsang Messtechnik GmbH", "Larch Instruments Inc."],
    ),
    (  # names in capitals with L.L.C. and INC.
        "THIS LICENSE AGREEMENT is made this 3rd day of May, 2019, by and between ORBITAL "
        'SOUND, L.L.C., a Tennessee limited liability company ("Licensor"), and BLUE HERON '
        'RECORDS, INC., a Georgia corporation ("Licensee").',
        ["ORBITAL SOUND, L.L.C.", "BLUE HERON RECORDS, INC."],
    ),
    (  # a name broken across lines by a PDF's conversion
        "This Reseller Agreement is made by and between Northbrook Analytics,\nInc., a Delaware "
        'corporation ("Northbrook"), and Castlegate\nSystems Limited, a company registered in '
        'England ("Reseller").',
        ["Northbrook Analytics, Inc.", "Castlegate Systems Limited"],
    ),
    (  # a word of a name hyphenated at a line's end
        "This Carrier Agreement is made between Pacific Rim Tele-\ncommunications Ltd. "
        '("PRT") and Sunda Straits Networks Pte. Ltd. ("SSN").',
        ["Pacific Rim Telecommunications Ltd.", "Sunda Straits Networks Pte. Ltd."],
    ),
    (  # Canadian style: BETWEEN / OF THE FIRST PART / AND / OF THE SECOND PART
        "THIS AGREEMENT made the 1st day of October, 2018. BETWEEN: NORTHERN LIGHTS CANNABIS "
        "CORP., a corporation incorporated under the laws of British Columbia (hereinafter "
        'called the "Licensor") OF THE FIRST PART AND: GREEN SHOOT BRANDS INC., a corporation '
        'incorporated under the laws of Ontario (hereinafter called the "Licensee") OF THE '
        "SECOND PART",
        ["NORTHERN LIGHTS CANNABIS CORP.", "GREEN SHOOT BRANDS INC."],
    ),
    (  # Canadian numbered company
        "This Share Purchase Agreement is made as of March 30, 2016 between 2317839 Ontario "
        'Limited, a corporation existing under the laws of Ontario (the "Purchaser"), and '
        'Maplecrest Dental Labs Inc. (the "Corporation").',
        ["2317839 Ontario Limited", "Maplecrest Dental Labs Inc."],
    ),
    (  # an employer and an employee, no descriptions
        "This Employment Agreement is made between Harlow Instruments Limited (the "
        '"Employer") and Ms Catherine Ashby (the "Employee") on 4 January 2021.',
        ["Harlow Instruments Limited", "Ms Catherine Ashby"],
    ),
    (  # 'we' and 'you'
        'This Reseller Agreement is between Zephyr Air LLC ("we", "us" or "Zephyr") and '
        'Northgate Travel Inc. ("you" or "Reseller").',
        ["Zephyr Air LLC", "Northgate Travel Inc."],
    ),
    (  # a letter agreement
        "Dear Mr. Patel: This letter agreement sets out the terms on which Saffron Capital "
        'Advisors LLC ("Saffron") will act for Marigold Foods, Inc. (the "Company") in '
        "connection with a possible sale of the Company.",
        ["Saffron Capital Advisors LLC", "Marigold Foods, Inc."],
    ),
    (  # a university's regents and a company
        "This Exclusive License Agreement is entered into by and between The Regents of the "
        'University of Eastlake, a public corporation ("The Regents"), and Brightwater '
        'Diagnostics, Inc., a Delaware corporation ("Licensee").',
        ["The Regents of the University of Eastlake", "Brightwater Diagnostics, Inc."],
    ),
    (  # a state acting through a department
        "This Contract is entered into by and between the State of Oregon, acting by and through "
        'its Department of Transportation ("Agency"), and Cascade Signal Works, Inc. '
        '("Contractor").',
        ["State of Oregon", "Cascade Signal Works, Inc."],
    ),
    (  # a sole trader doing business under another name
        "This Subcontract is made on 2 April 2024 between Keystone Builders, Inc. "
        '("Contractor") and Tomas Ortega, an individual doing business as Ortega Landscaping '
        '("Subcontractor").',
        ["Keystone Builders, Inc.", "Tomas Ortega"],
    ),
    (  # UK individual seller with an address after 'of'
        "THIS AGREEMENT is made on 30 November 2020 BETWEEN (1) JAMES PETER WHITFIELD of 22 "
        'Orchard Lane, Bath BA1 1AA ("the Seller"); and (2) RIVERSIDE ANTIQUES LIMITED (company '
        'number 04567890) whose registered office is at 8 Wharf Street, Bristol BS1 4RN ("the '
        'Buyer").',
        ["JAMES PETER WHITFIELD", "RIVERSIDE ANTIQUES LIMITED"],
    ),
    (  # 'Inc.,' with no description before the definition
        'This Agreement is made by and between Lumen Optics, Inc., ("Lumen") and Greyfriars '
        'Glass, L.L.C., ("Greyfriars") as of 15 October 2014.',
        ["Lumen Optics, Inc.", "Greyfriars Glass, L.L.C."],
    ),
    (  # an ampersand partnership and a bank with N.A.
        "This Escrow Agreement is made among Baxter & Finch LLP, as escrow agent "
        '("Escrow Agent"), First Prairie Bank, N.A. ("Lender") and Thornbury Farms, Inc. '
        '("Borrower").',
        ["Baxter & Finch LLP", "First Prairie Bank, N.A.", "Thornbury Farms, Inc."],
    ),
    (  # a cover page with a 'Parties' block and labels
        "SUPPLY AGREEMENT Parties: Supplier: Oakridge Plastics Ltd, Unit 4, Moor Lane, "
        "Sheffield S1 2AB Customer: Wexford Brewing Company Limited, 7 Malt Street, Wexford "
        "Date: 3 May 2022",
        ["Oakridge Plastics Ltd", "Wexford Brewing Company Limited"],
    ),
    (  # Chinese style labels with a legal representative between them
        "Technology Service Contract Party A (Entrusting Party): Hangzhou Lingyun Network "
        "Technology Co., Ltd. Legal Representative: Zhang Wei Party B (Service Provider): Suzhou "
        "Qianfeng Information Co., Ltd. Legal Representative: Li Na",
        [
            "Hangzhou Lingyun Network Technology Co., Ltd.",
            "Suzhou Qianfeng Information Co., Ltd.",
        ],
    ),
    (  # the parties defined by 'hereinafter called' without quotes
        "THIS AGREEMENT made and entered into this 21st day of June, 1997, by and between "
        "MIDLAND GRAIN COOPERATIVE, a Nebraska cooperative association, hereinafter called "
        "Seller, and PRAIRIE MILLS CORPORATION, a Kansas corporation, hereinafter called Buyer.",
        ["MIDLAND GRAIN COOPERATIVE", "PRAIRIE MILLS CORPORATION"],
    ),
    (  # a Swedish company with (publ) and a Japanese K.K.
        "This Distribution Agreement is entered into between Nordvik Medical AB (publ), "
        'reg. no. 556123-4567 ("Nordvik"), and Sakura Iryo K.K., a Japanese corporation '
        '("Sakura").',
        ["Nordvik Medical AB (publ)", "Sakura Iryo K.K."],
    ),
    (  # an Australian company with its ACN
        "This Agreement is made on 1 August 2019 between Wattle Creek Mining Pty Ltd ACN 123 "
        '456 789 of Level 3, 10 Bridge Street, Sydney NSW 2000 ("Wattle Creek") and Tasman '
        'Assay Services Pty Ltd ACN 987 654 321 ("Tasman").',
        ["Wattle Creek Mining Pty Ltd", "Tasman Assay Services Pty Ltd"],
    ),
    (  # the parties defined before they are named
        'This agreement is made between the "Licensor", Redwood Media Ltd, a company '
        'registered in Ireland, and the "Licensee", Sable Screens Inc., a Delaware corporation.',
        ["Redwood Media Ltd", "Sable Screens Inc."],
    ),
    (  # a numbered list with (a) and (b)
        "This Settlement Agreement is made between: (a) Orchard Vale Developments Limited "
        '("Orchard Vale"); and (b) Kingsmead Construction plc ("Kingsmead").',
        ["Orchard Vale Developments Limited", "Kingsmead Construction plc"],
    ),
    (  # a limited partnership with LLLP and a credit union
        "This Participation Agreement is entered into as of January 3, 2013 by and between "
        'Hightower Capital, LLLP, a Colorado limited liability limited partnership ("Hightower"), '
        'and Summit Peak Federal Credit Union ("Summit Peak").',
        ["Hightower Capital, LLLP", "Summit Peak Federal Credit Union"],
    ),
    (  # a married couple and a company
        "THIS PURCHASE AGREEMENT is made as of 1 May 2018 by and between Robert Kline and Susan "
        'Kline, husband and wife (together, "Sellers"), and Elm Hollow Orchards, LLC, a '
        'Michigan limited liability company ("Buyer").',
        ["Robert Kline", "Susan Kline", "Elm Hollow Orchards, LLC"],
    ),
    (  # a name and its defined name on the next line, with a date first
        'Dated: 12 January 2024\nBetween:\nAshgrove Veterinary Group Limited ("Ashgrove")\nand\n'
        'Pennine Pet Insurance Limited ("Pennine")',
        ["Ashgrove Veterinary Group Limited", "Pennine Pet Insurance Limited"],
    ),
    (  # 'by and between' and '- and -' separators, in capitals
        'THIS AGREEMENT is made BETWEEN: HARBOURFRONT HOTELS INC. (the "Owner") - and - '
        'LAKESHORE HOSPITALITY MANAGEMENT LTD. (the "Manager")',
        ["HARBOURFRONT HOTELS INC.", "LAKESHORE HOSPITALITY MANAGEMENT LTD."],
    ),
    (  # a company acting by its division, and a foundation
        "This Grant Agreement is made between the Marlowe Foundation, a New York not-for-profit "
        'corporation (the "Foundation"), and Ridgeway Health Corporation, acting through its '
        'Ridgeway Research Division ("Grantee").',
        ["Marlowe Foundation", "Ridgeway Health Corporation"],
    ),
    (  # a Spanish S.L. and a Brazilian Ltda.
        "This Agency Agreement is entered into by and between Bodegas Altamira, S.L., a "
        'company organised under the laws of Spain ("Principal"), and Vinhos do Sul Comercio '
        'Ltda., a Brazilian limited company ("Agent").',
        ["Bodegas Altamira, S.L.", "Vinhos do Sul Comercio Ltda."],
    ),
    (  # the second party named with 'and' in capitals and its description before its definition
        "This Agreement is entered into as of the Effective Date by Westbrook Energy Corp. "
        '("Westbrook") AND Calloway Drilling Services, LLC, a Texas limited liability company '
        'with offices at 200 Main Street, Midland, Texas ("Calloway").',
        ["Westbrook Energy Corp.", "Calloway Drilling Services, LLC"],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), DRAFTINGS)
def test_parties_as_drafters_introduce_them(preamble, parties):
    assert _parties(preamble) == parties


MORE_DRAFTINGS = [
    (
        'Orion Analytics Inc. ("Orion") hereby enters into this Agreement with Bexley Data LLC ("Bexley") on 3 June 2020.',
        ["Orion Analytics Inc.", "Bexley Data LLC"],
    ),
    (
        'Dear Ms. Chen: This letter confirms that Larchmont Partners LLC, a New York limited liability company (the "Firm"), wishes to engage Mei Chen ("Advisor") as a senior advisor on the terms below.',
        ["Larchmont Partners LLC", "Mei Chen"],
    ),
    (
        'This Agreement is made by and between ACME WIDGETS, INC. ("ACME") a California corporation and BETA PARTS CORP ("BETA"), a Nevada corporation.',
        ["ACME WIDGETS, INC.", "BETA PARTS CORP"],
    ),
    (
        "This Agreement is made between Carlisle Engineering Limited (hereinafter the Company) and Dawson Fabrication Limited (hereinafter the Contractor).",
        ["Carlisle Engineering Limited", "Dawson Fabrication Limited"],
    ),
    (
        'Between Hoffmann Antriebstechnik GmbH - hereinafter "Hoffmann" - and Lindgren Motors AB - hereinafter "Lindgren" - the following agreement is made.',
        ["Hoffmann Antriebstechnik GmbH", "Lindgren Motors AB"],
    ),
    (
        "SUPPLY CONTRACT The Buyer: Ningbo Haitian Trading Co., Ltd. Address: Tel: The Seller: Address: Tel:",
        ["Ningbo Haitian Trading Co., Ltd."],
    ),
    (
        'THIS AGREEMENT is entered into on 4 April 2016 by and between Sterling Pharmacy Services, Inc., a corporation organized and existing under the laws of the State of Ohio, with its principal office at 400 Main Street, Columbus, Ohio (hereinafter referred to as "Sterling"), AND Westfield Home Care Agency, LLC, with offices at 12 Elm Street, Dayton, Ohio (hereinafter referred to as "Agency").',
        ["Sterling Pharmacy Services, Inc.", "Westfield Home Care Agency, LLC"],
    ),
    (
        'This Joint Venture Agreement is made by Kinsale Holdings Limited, a company incorporated in Ireland with registered number 123456 ("Kinsale"), and by Oceanic Ventures Pte. Ltd., a Singapore company ("Oceanic").',
        ["Kinsale Holdings Limited", "Oceanic Ventures Pte. Ltd."],
    ),
    (
        'This Consulting Agreement ("Agreement") is entered into as of March 1, 2019 ("Effective Date") by and between Ravenwood Pharmaceuticals, Inc. ("Company") and Dr. Elena Petrova, Ph.D. ("Consultant").',
        ["Ravenwood Pharmaceuticals, Inc.", "Dr. Elena Petrova, Ph.D."],
    ),
    (
        'THIS AGREEMENT made as of the 1st day of January, 2001, BETWEEN: CANTERBURY MINES LTD., of the City of Vancouver, in the Province of British Columbia (the "Company") AND: DOUGLAS MCKAY, of the City of Calgary, in the Province of Alberta (the "Executive")',
        ["CANTERBURY MINES LTD.", "DOUGLAS MCKAY"],
    ),
    (
        "This Agreement is made between Acme Ltd and John Smith on 1 May 2020.",
        ["Acme Ltd", "John Smith"],
    ),
    (
        "This Distribution Agreement is made by and between the following parties: Supplier: Tianjin Golden Bridge Machinery Co., Ltd., a company established under the laws of the PRC; Distributor: Pampas Maquinaria S.R.L., a company established under the laws of Argentina.",
        ["Tianjin Golden Bridge Machinery Co., Ltd.", "Pampas Maquinaria S.R.L."],
    ),
    (
        'THIS SERVICES AGREEMENT (this "Agreement") is made and entered into as of July 1, 2010 (the "Effective Date"), by and among NORTHSTAR REALTY TRUST, a Maryland real estate investment trust (the "Company"), NORTHSTAR OPERATING PARTNERSHIP, L.P., a Delaware limited partnership (the "Operating Partnership"), and NS ADVISORS LLC, a Delaware limited liability company (the "Advisor").',
        ["NORTHSTAR REALTY TRUST", "NORTHSTAR OPERATING PARTNERSHIP, L.P.", "NS ADVISORS LLC"],
    ),
    (
        'This Agreement is entered into by and between Pinnacle Health System, a Pennsylvania nonprofit corporation ("Pinnacle"), and Keystone Imaging Associates, P.C., a professional corporation ("KIA").',
        ["Pinnacle Health System", "Keystone Imaging Associates, P.C."],
    ),
    (
        'This Trademark License Agreement is made between Mr. Hiroshi Tanaka, residing at 3-1-1 Marunouchi, Tokyo ("Licensor"), and Blue Crane Apparel Inc. ("Licensee").',
        ["Mr. Hiroshi Tanaka", "Blue Crane Apparel Inc."],
    ),
    (
        'Agreement made this 9th day of July, 2004 between FIRST CAPITAL INCOME PROPERTIES, a California limited partnership, by its general partner, FIRST CAPITAL HOLDINGS, ("Owner") and REGENT MANAGEMENT CO. ("Agent").',
        ["FIRST CAPITAL INCOME PROPERTIES", "REGENT MANAGEMENT CO."],
    ),
    (
        'This Agreement is made on 1 June 2019 between the Minister for Health acting on behalf of the Crown in right of the State of Victoria ("State") and Bellbird Medical Pty Ltd ("Supplier").',
        ["Minister for Health", "Bellbird Medical Pty Ltd"],
    ),
    (
        'THIS AGREEMENT is made the 2nd day of March 2015 BETWEEN SEAVIEW PROPERTIES LIMITED whose registered office is at 1 Dock Road, Cardiff (hereinafter called "the Landlord" which expression shall include its successors in title) of the one part and COASTLINE CAFES LIMITED whose registered office is at 2 Pier Street, Swansea (hereinafter called "the Tenant") of the other part.',
        ["SEAVIEW PROPERTIES LIMITED", "COASTLINE CAFES LIMITED"],
    ),
    (
        'This License Agreement ("Agreement") is between Galaxy Games, LLC, a Washington limited liability company, doing business as Nebula Studios ("Licensor") and Comet Toys Co., Ltd., a Hong Kong company ("Licensee").',
        ["Galaxy Games, LLC", "Comet Toys Co., Ltd."],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), MORE_DRAFTINGS)
def test_parties_in_letters_forms_and_plain_preambles(preamble, parties):
    assert _parties(preamble) == parties


FINANCE_AND_PUBLIC_DRAFTINGS = [
    (
        'THIS DEED OF GUARANTEE is made on 8 May 2017 by Harcourt Group plc (the "Guarantor") in favour of Lombard Street Bank Limited (the "Bank").',
        ["Harcourt Group plc", "Lombard Street Bank Limited"],
    ),
    (
        'This Employment Agreement is made by and between Tidewater Marine, Inc. ("Employer") and John A. Whitaker, Jr. ("Employee") effective as of 1 March 2008.',
        ["Tidewater Marine, Inc.", "John A. Whitaker, Jr."],
    ),
    (
        'This Agreement is entered into by and between Orchid Cosmetics Limited Liability Company, a New Jersey limited liability company ("Orchid"), and Pearl Packaging Sp. z o.o., a Polish company ("Pearl").',
        ["Orchid Cosmetics Limited Liability Company", "Pearl Packaging Sp. z o.o."],
    ),
    (
        'This Facility Agreement is made among Aurora Lux Holdings S.a r.l., a Luxembourg private limited liability company (the "Borrower"), Borealis Capital SAS, a French simplified joint stock company (the "Lender"), and Cygnus Agency Services Ltd as agent (the "Agent").',
        ["Aurora Lux Holdings S.a r.l.", "Borealis Capital SAS", "Cygnus Agency Services Ltd"],
    ),
    (
        'This Agreement is made this 10th day of October, 2011 between JANE M. DOUGLAS D/B/A DOUGLAS DESIGN STUDIO ("Designer") and OAKMONT FURNITURE, INC. ("Oakmont").',
        ["JANE M. DOUGLAS D/B/A DOUGLAS DESIGN STUDIO", "OAKMONT FURNITURE, INC."],
    ),
    (
        'This Agreement is made as of April 2, 2013 by and between Redstone Logistics Corp. (NASDAQ: RDST), a Delaware corporation ("Redstone"), and Sable Freight Brokers LLC ("Sable").',
        ["Redstone Logistics Corp.", "Sable Freight Brokers LLC"],
    ),
    (
        'This Sponsorship Agreement is entered into between Bluewater Sports Media, Inc. ("Bluewater") and Cedar Grove Athletic Club, Inc., a Minnesota nonprofit corporation (the "Club"), with respect to the 2019 season.',
        ["Bluewater Sports Media, Inc.", "Cedar Grove Athletic Club, Inc."],
    ),
    (
        'CO-PROMOTION AGREEMENT This Co-Promotion Agreement (the "Agreement") is entered into as of December 1, 2009 (the "Effective Date") between Helix Biosciences, Inc., having a place of business at 100 Research Drive, Durham, NC 27709 ("Helix"), and Ostara Pharma Ltd., having a place of business at 7 Science Park, Cambridge CB4 0WS, United Kingdom ("Ostara"). Helix and Ostara are each referred to as a "Party."',
        ["Helix Biosciences, Inc.", "Ostara Pharma Ltd."],
    ),
    (
        'AMENDED AND RESTATED MARKETING AGREEMENT This Amended and Restated Marketing Agreement is entered into this 15th day of January, 2003, by and among Summit Vacation Clubs, Inc., a Florida corporation ("Summit"), Harbor Resorts Management Company, a Florida general partnership ("Harbor"), and Palmetto Title Services, LLC ("Palmetto").',
        [
            "Summit Vacation Clubs, Inc.",
            "Harbor Resorts Management Company",
            "Palmetto Title Services, LLC",
        ],
    ),
    (
        'This Agreement is entered into by and between Dominion Crossing Apartments, LP, a Texas limited partnership (the "Partnership") by and through its General Partner, Dominion Crossing GP, Inc., and Lone Star Residential Services, LLC ("Manager").',
        ["Dominion Crossing Apartments, LP", "Lone Star Residential Services, LLC"],
    ),
    (
        'THIS AGREEMENT is made on 12 February 2010 between: ALPINE HYDRO AG, a stock corporation organised under Swiss law, having its seat in Chur, Switzerland ("Alpine"); and DANUBE ENERGY TRADING Kft., a limited liability company organised under Hungarian law ("Danube").',
        ["ALPINE HYDRO AG", "DANUBE ENERGY TRADING Kft."],
    ),
    (
        'This Memorandum of Understanding is made between Bay Area Rapid Transit District ("BART") and the City and County of San Mateo ("County").',
        ["Bay Area Rapid Transit District", "City and County of San Mateo"],
    ),
    (
        'This Loan Agreement is made between Hollis Family Investments, a general partnership ("Lender") and Cormorant Yachts, LLC ("Borrower").',
        ["Hollis Family Investments", "Cormorant Yachts, LLC"],
    ),
    (
        'This Services Agreement ("Agreement") is entered into effective as of June 1, 2021 ("Effective Date") by and between\nMaple Leaf Diagnostics Inc.\n("Company")\nand\nNorthern Lab Staffing Corp.\n("Contractor")',
        ["Maple Leaf Diagnostics Inc.", "Northern Lab Staffing Corp."],
    ),
    (
        'This Agreement is made the 3rd day of August 2022 BETWEEN (1) THE SECRETARY OF STATE FOR DEFENCE ("the Authority") and (2) FORTH MARITIME SYSTEMS LIMITED (Company No. SC456789) ("the Contractor").',
        ["THE SECRETARY OF STATE FOR DEFENCE", "FORTH MARITIME SYSTEMS LIMITED"],
    ),
    (
        'This Agreement is made between Northfield Housing Co-operative Limited ("the Co-op") and Wendy Adeyemi ("the Member").',
        ["Northfield Housing Co-operative Limited", "Wendy Adeyemi"],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), FINANCE_AND_PUBLIC_DRAFTINGS)
def test_parties_in_deeds_financings_and_public_bodies(preamble, parties):
    assert _parties(preamble) == parties


QUOTED_AND_PROFESSIONAL_DRAFTINGS = [
    (  # whoever the party may put in its place is not part of its name
        "This Marketing Agreement is entered into on 2 May 2016 by and between HALDEN MEDIA "
        'INC. ("Halden") and TRIDENT OUTREACH LTD. and/or assigns ("Trident").',
        ["HALDEN MEDIA INC.", "TRIDENT OUTREACH LTD."],
    ),
    (
        'This Option Agreement is made between Granby Minerals Ltd ("Optionor") and Kelso '
        'Resources Corp. or its nominee ("Optionee").',
        ["Granby Minerals Ltd", "Kelso Resources Corp."],
    ),
    (
        "This Agreement is made as of May 1, 1998 between Kessler Optical Corporation, a Delaware corporation (``Kessler''), and Ridgeline Lens Co., a Utah corporation (``Ridgeline'').",
        ["Kessler Optical Corporation", "Ridgeline Lens Co."],
    ),
    (
        "Zwischen der Brandt Maschinenbau GmbH (nachfolgend „Brandt“) und der Keller Logistik AG (nachfolgend „Keller“) wird folgender Vertrag geschlossen. Between Brandt Maschinenbau GmbH (hereinafter „Brandt“) and Keller Logistik AG (hereinafter „Keller“).",
        ["Brandt Maschinenbau GmbH", "Keller Logistik AG"],
    ),
    (
        'This Agreement is made between Sunrise Bakeries Ltd. (hereinafter: "Sunrise") and Golden Wheat Mills Ltd. (hereinafter: "Mills").',
        ["Sunrise Bakeries Ltd.", "Golden Wheat Mills Ltd."],
    ),
    (
        'THIS AGREEMENT is made by and between WESTLAKE CHEMICAL PARTNERS LP, hereinafter "WCP", and ORION SOLVENTS, INC., hereinafter "Orion".',
        ["WESTLAKE CHEMICAL PARTNERS LP", "ORION SOLVENTS, INC."],
    ),
    (
        'This Agreement is entered into by and between Valley Medical Group, P.A. ("VMG") and Riverbend Physicians, PLLC ("Riverbend").',
        ["Valley Medical Group, P.A.", "Riverbend Physicians, PLLC"],
    ),
    (
        'This Royalty Agreement is made between the Estate of Harold Finch, acting by its executor Margaret Finch ("Estate"), and Lantern Books, Inc. ("Publisher").',
        ["Estate of Harold Finch", "Lantern Books, Inc."],
    ),
    (
        'This Agreement is made and entered into by and between MARKET STREET MEDIA, LLC, a Delaware limited liability company with its principal offices located at 1 Market Street, San Francisco, CA 94105 ("MSM") and PIXEL PLAY INTERACTIVE, a sole proprietorship owned by Dan Ruiz ("Developer").',
        ["MARKET STREET MEDIA, LLC", "PIXEL PLAY INTERACTIVE"],
    ),
    (
        'This Agreement, dated as of 7 July 2014, is by and between The Greenfield Company, an Ohio corporation ("Greenfield"), and THE HARTWELL GROUP, LLC ("Hartwell").',
        ["The Greenfield Company", "THE HARTWELL GROUP, LLC"],
    ),
    (
        'This Trust Agreement is made between Cedar Point Capital Trust I, a Delaware statutory trust (the "Trust"), and Wilmington Fiduciary Services, N.A., as Delaware trustee (the "Delaware Trustee").',
        ["Cedar Point Capital Trust I", "Wilmington Fiduciary Services, N.A."],
    ),
    (
        'This Agreement is made between Aldgate Insurance Brokers LLP (a limited liability partnership registered in England with number OC123456) ("Aldgate") and Burnham Underwriting Limited (registered number 01234567) ("Burnham").',
        ["Aldgate Insurance Brokers LLP", "Burnham Underwriting Limited"],
    ),
    (
        'This Agreement is made by and between Evergreen Ag Co-op, an agricultural cooperative organized under the laws of Iowa ("Co-op") and Prairie Seed Genetics, Inc. ("PSG"), collectively referred to herein as the "Parties".',
        ["Evergreen Ag Co-op", "Prairie Seed Genetics, Inc."],
    ),
    (
        'This Development Agreement is effective as of 1 Sept. 2017 and is between LUMINA HEALTH TECHNOLOGIES (HK) LIMITED ("Lumina"), and SHENZHEN BRIGHT CIRCUIT CO., LTD. ("Bright Circuit").',
        ["LUMINA HEALTH TECHNOLOGIES (HK) LIMITED", "SHENZHEN BRIGHT CIRCUIT CO., LTD."],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), QUOTED_AND_PROFESSIONAL_DRAFTINGS)
def test_parties_with_other_quotes_and_professional_forms(preamble, parties):
    assert _parties(preamble) == parties


FORMS_AND_GROUPS_DRAFTINGS = [
    (
        'THIS AGREEMENT is made and entered into this ____ day of __________, 20__, by and between SUNDIAL SOLAR, INC., a California corporation ("Company"), and ______________________ ("Installer").',
        ["SUNDIAL SOLAR, INC."],
    ),
    (
        'THIS AGREEMENT dated 1 May 2019 B E T W E E N: GLENMORE TIMBER LIMITED ("Glenmore") A N D: FRASER SAWMILLS INC. ("Fraser")',
        ["GLENMORE TIMBER LIMITED", "FRASER SAWMILLS INC."],
    ),
    (
        'This Agreement is made between Wells Lamont Incorporated ("Wells") and Tobin Gloves Company ("Tobin").',
        ["Wells Lamont Incorporated", "Tobin Gloves Company"],
    ),
    (
        'This Agreement is made between Hatfield Robotics Inc. ("Hatfield" or the "Company") and Iris Vision GmbH ("Iris" or the "Supplier").',
        ["Hatfield Robotics Inc.", "Iris Vision GmbH"],
    ),
    (
        "This Agreement is made between Acme Widgets Inc (Acme) and Beta Systems Ltd (Beta).",
        ["Acme Widgets Inc", "Beta Systems Ltd"],
    ),
    (
        "This Agreement is made on 1 June 2015 between:\nLOCHSIDE DISTILLERS LIMITED\nand\nKINTYRE CASKS LIMITED",
        ["LOCHSIDE DISTILLERS LIMITED", "KINTYRE CASKS LIMITED"],
    ),
    (
        'THIS AGREEMENT is made by and between Stonebridge Bancorp, Inc., a Pennsylvania corporation ("Stonebridge"), its wholly owned subsidiary, Stonebridge Bank, a Pennsylvania-chartered bank (the "Bank"), and Linda Marsh (the "Executive").',
        ["Stonebridge Bancorp, Inc.", "Stonebridge Bank", "Linda Marsh"],
    ),
    (
        'This Agreement is entered into by and between AMERICAN HOMEPATIENT, INC., a Delaware corporation, on behalf of itself and its subsidiaries ("AHP"), and SOUTHERN OXYGEN SUPPLY CO., INC. ("Southern").',
        ["AMERICAN HOMEPATIENT, INC.", "SOUTHERN OXYGEN SUPPLY CO., INC."],
    ),
    (
        'THIS AGREEMENT is dated 2 June 2020 and made BETWEEN ZENITH TELECOM PLC of 1 Tower Place, London EC3 ("Zenith") AND ORBITAL NETWORKS LIMITED of 2 Canal Road, Leeds ("Orbital").',
        ["ZENITH TELECOM PLC", "ORBITAL NETWORKS LIMITED"],
    ),
    (
        'This Agreement (the "Agreement") is entered into as of October 1, 2005 by and between Bluefin Seafoods, Inc., a Maine corporation with its principal place of business at 1 Wharf Road, Portland, Maine ("Bluefin") and Harborlight Restaurants, Inc., a Massachusetts corporation with its principal place of business at 2 Pier Street, Boston, Massachusetts ("Harborlight"), (collectively the "Parties" and individually a "Party").',
        ["Bluefin Seafoods, Inc.", "Harborlight Restaurants, Inc."],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), FORMS_AND_GROUPS_DRAFTINGS)
def test_parties_in_forms_spaced_text_and_groups(preamble, parties):
    assert _parties(preamble) == parties


RECITAL_AND_LETTER_DRAFTINGS = [
    (
        'DISTRIBUTION AGREEMENT WHEREAS, Quarry Hill Ceramics, Inc., an Ohio corporation ("Quarry Hill"), manufactures tiles; and WHEREAS, Tessellate Supply LLC, a Georgia limited liability company ("Tessellate"), wishes to distribute them; NOW, THEREFORE, the parties agree as follows.',
        ["Quarry Hill Ceramics, Inc.", "Tessellate Supply LLC"],
    ),
    (
        'This Agreement is made effective as of the date of the last signature below by and between Meadowbrook Senior Living, LLC ("Meadowbrook"), and the undersigned pharmacy provider, Castle Rx Services, Inc. ("Pharmacy").',
        ["Meadowbrook Senior Living, LLC", "Castle Rx Services, Inc."],
    ),
    (
        'This Agreement sets out the terms on which Pemberton Advisory LLP ("we", "us") will provide services to Quinlan Hotels plc ("you").',
        ["Pemberton Advisory LLP", "Quinlan Hotels plc"],
    ),
    (
        "LICENSE AGREEMENT LICENSOR: Starling Patents LLC, a Texas limited liability company LICENSEE: Tamarind Devices Inc., a Delaware corporation EFFECTIVE DATE: 1 April 2018",
        ["Starling Patents LLC", "Tamarind Devices Inc."],
    ),
    (
        'This Agreement is made by and between Sequoia Grove Winery, a California general partnership consisting of Helen Ashby and Mark Ashby ("Winery"), and Cork & Barrel Distributors, Inc. ("Distributor").',
        ["Sequoia Grove Winery", "Cork & Barrel Distributors, Inc."],
    ),
]


@pytest.mark.parametrize(("preamble", "parties"), RECITAL_AND_LETTER_DRAFTINGS)
def test_parties_in_recitals_letters_and_label_blocks(preamble, parties):
    assert _parties(preamble) == parties


@pytest.mark.parametrize(
    "recitals",
    [
        'RECITALS WHEREAS, Larch Timber Inc. ("Larch") owns a sawmill in Oregon; WHEREAS, Larch '
        'borrowed money from Oakhurst Bank, N.A. (the "Lender") under a loan agreement; NOW, '
        "THEREFORE, Larch covenants as follows.",
        'WHEREAS, Pellworth Mining Corp. ("Pellworth") holds a permit issued by the Nevada '
        'Division of Minerals (the "Division"); and WHEREAS, the Division requires a bond; NOW, '
        "THEREFORE, Pellworth undertakes as follows.",
    ],
)
def test_a_body_a_recital_mentions_is_not_a_party(recitals):
    assert _parties(recitals) is None


def test_parties_named_only_above_their_signatures():
    statement = (
        "ACKNOWLEDGEMENT OF SUPPLY TERMS The undersigned agree that the supply terms attached "
        "apply to every order placed in 2022. IN WITNESS WHEREOF, the undersigned have executed "
        "this acknowledgement on 1 February 2022."
    )
    signatures = (
        "KESTREL BAY MINING CORP. By: /s/ Alan Price Name: Alan Price Title: Chief Executive "
        "Officer TIMBERLINE ASSAY LABS LTD. By: /s/ Rita Gomez Name: Rita Gomez Title: Director"
    )
    assert _parties(statement, signatures) == [
        "KESTREL BAY MINING CORP.",
        "TIMBERLINE ASSAY LABS LTD.",
    ]


def test_a_preamble_split_over_clauses():
    assert _parties(
        "SERVICES AGREEMENT",
        "This Services Agreement is made on 6 June 2023 between:",
        '(1) Fenland Data Centres Limited, a company registered in England ("Fenland"); and',
        '(2) Quayside Cloud Services Limited, a company registered in Wales ("Quayside").',
    ) == ["Fenland Data Centres Limited", "Quayside Cloud Services Limited"]


NEAR_MISSES = [
    (  # 'between' two dates, not two parties
        "Any order placed between the Effective Date and the Closing Date shall be invoiced "
        "monthly. The Supplier shall deliver within ten days.",
        None,
    ),
    (  # parties named only by their roles
        'This Agreement is made between the Company and the Executive (together, the "Parties").',
        None,
    ),
    (  # a form with blanks for both parties
        'This Agreement is made between ____________________ ("Customer") and '
        '____________________ ("Supplier") on the date last signed below.',
        None,
    ),
    (  # a party's product defined in the preamble is not a party
        'This Agreement is made between Acton Devices Inc. ("Acton") and Barlow Retail Ltd '
        '("Barlow") for the resale of the Acton Pulse 3 heart monitor (the "Product").',
        ["Acton Devices Inc.", "Barlow Retail Ltd"],
    ),
    (  # the general partner signs for the partnership and is not a party
        "This Agreement is entered into between Carraway Fund II, L.P., by Carraway Partners "
        'GP, LLC, its general partner ("Investor"), and Lindqvist Biotech AB ("Company").',
        ["Carraway Fund II, L.P.", "Lindqvist Biotech AB"],
    ),
    (  # the trade name is not a second party
        "This Lease is made between Dorian Holdings LLC ('Landlord') and Maple Street Eats, "
        "Inc. d/b/a The Corner Bistro ('Tenant').",
        ["Dorian Holdings LLC", "Maple Street Eats, Inc. d/b/a The Corner Bistro"],
    ),
    (  # the former name is not a party
        "This Amendment is made between Solace Wireless Corp. (formerly known as Solace "
        'Telecom Corp.) ("Solace") and Verity Towers LLC ("Verity").',
        ["Solace Wireless Corp.", "Verity Towers LLC"],
    ),
    (  # the company number and the address are not part of the name
        "This Agreement is made on 2 June 2021 between Tamar Valley Cider Limited (company "
        "number 09876543) of 4 Orchard Way, Truro TR1 2AB and Penwith Bottling Ltd (company "
        "number 08765432) of 6 Harbour Road, Penzance TR18 4AA.",
        ["Tamar Valley Cider Limited", "Penwith Bottling Ltd"],
    ),
    (  # the officer who signs for a party is not one
        "Ladies and Gentlemen: This letter confirms the agreement between Holloway Capital "
        'Partners LLC ("Holloway") and Jasper Mills, Inc. (the "Company"), acting by its '
        "President, Mr. Evan Brooks, for advisory services.",
        ["Holloway Capital Partners LLC", "Jasper Mills, Inc."],
    ),
    (  # a regulator named in the preamble is not a party
        'Acme Freight Corp., a Delaware corporation (the "Company"), proposes to file with the '
        'Securities and Exchange Commission (the "Commission") a registration statement, and '
        'appoints Garland Securities LLC (the "Agent") as its agent.',
        ["Acme Freight Corp.", "Garland Securities LLC"],
    ),
    (  # a third company in the recitals is not a party
        'This Agreement is made between Ormond Tools Inc. ("Ormond") and Pike Hardware LLC '
        '("Pike"). WHEREAS, Ormond has a credit facility with Quarry Bank, N.A. (the "Lender").',
        ["Ormond Tools Inc.", "Pike Hardware LLC"],
    ),
    (  # the notice contact is not a party
        'This Agreement is made between Sorrel Labs Ltd ("Sorrel") and Tansy Pharma Inc. '
        '("Tansy"). Notices to Tansy: Attention: General Counsel, Tansy Pharma Inc.',
        ["Sorrel Labs Ltd", "Tansy Pharma Inc."],
    ),
    (  # a statute named in a preamble is not a party
        'This Agreement is made between Umber Mining Corp. ("Umber") and Vale Royalties LLC '
        '("Vale") pursuant to the Securities Act of 1933 (the "Act").',
        ["Umber Mining Corp.", "Vale Royalties LLC"],
    ),
    (  # the agreement's own defined name and date are not parties
        'This Supply Agreement (the "Agreement") is dated 1 May 2020 (the "Effective Date") and '
        'is between Wexcombe Foods Ltd ("Buyer") and Yarrow Farms LLP ("Seller").',
        ["Wexcombe Foods Ltd", "Yarrow Farms LLP"],
    ),
    (  # a division's defined name does not make it a third party
        "This Agreement is made between Zenith Aerospace Corporation, acting through its "
        'Avionics Division ("Zenith"), and Ardent Circuits Ltd. ("Ardent").',
        ["Zenith Aerospace Corporation", "Ardent Circuits Ltd."],
    ),
    (  # an address in capitals after the name is not part of it
        "AGREEMENT between BRAMBLE HOUSE PUBLISHING LTD, 10 FLEET STREET, LONDON EC4Y 1AA "
        '("Publisher") and HAZEL WORDS LLC ("Author Company").',
        ["BRAMBLE HOUSE PUBLISHING LTD", "HAZEL WORDS LLC"],
    ),
    (  # the subsidiaries mentioned in the definition are not parties
        "This Agreement is made between Bellwether Media Inc. (together with its subsidiaries, "
        '"Bellwether") and Crofton Studios Ltd. ("Crofton").',
        ["Bellwether Media Inc.", "Crofton Studios Ltd."],
    ),
    (  # a 'between' in the body after a preamble naming one party
        'This Deed Poll is made on 3 March 2022 by Dunstan Estates Limited ("Dunstan"). '
        + "Dunstan covenants to observe the restrictions in the Schedule. " * 40
        + 'Any dispute between Dunstan and Elmore Ltd ("Elmore") is for the courts.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "parties"), NEAR_MISSES)
def test_what_is_not_a_party(text, parties):
    assert _parties(text) == parties


@pytest.mark.parametrize(
    ("terms", "parties"),
    [
        (
            'These Terms form an agreement between Harborview Bank, N.A. ("Harborview") and '
            'you as a "Publisher" in the Harborview Partner Program.',
            ["Harborview Bank, N.A.", "you"],
        ),
        (
            'This Affiliate Agreement is between you (the "Affiliate") and Quickcart Stores LLC '
            '("Quickcart").',
            ["you", "Quickcart Stores LLC"],
        ),
        (  # 'you' in a later sentence is not a party
            'This Agreement is made between Acme Ltd ("Acme"). Acme will help you and you will pay.',
            None,
        ),
    ],
)
def test_the_reader_of_an_online_agreement_is_a_party(terms, parties):
    assert _parties(terms) == parties


def test_a_long_run_of_capitals_and_brackets_is_read_quickly():
    import time

    hostile = "between " + "Acme (Beta) Gamma, Inc. and " * 400 + "you" + " Delta (x: y" * 300
    start = time.perf_counter()
    _parties(hostile, hostile)
    assert time.perf_counter() - start < 5


_STANDARD_TERMS = (
    "The undersigned agree to the attached standard terms of supply, which govern every order."
)


@pytest.mark.parametrize(
    ("texts", "parties"),
    [
        (
            (
                _STANDARD_TERMS,
                "IN WITNESS WHEREOF the parties have signed this agreement. SIGNED for and on "
                "behalf of HARTLEY FOODS LIMITED by Sarah Hartley, Director Signature: ______ "
                "SIGNED for and on behalf of MOORLAND DAIRIES LIMITED by Owen Price, Director "
                "Signature: ______",
            ),
            ["HARTLEY FOODS LIMITED", "MOORLAND DAIRIES LIMITED"],
        ),
        (
            (
                _STANDARD_TERMS,
                "IN WITNESS WHEREOF, the parties have executed this Agreement. Greystone "
                "Analytics, Inc. By: _______________ Name: Title: Pinewood Health Partners, LLC "
                "By: _______________ Name: Title:",
            ),
            ["Greystone Analytics, Inc.", "Pinewood Health Partners, LLC"],
        ),
        (
            (
                _STANDARD_TERMS,
                "EXECUTED as a DEED by ALBION PORTS PLC acting by two directors: Director ______ "
                "Director ______ EXECUTED as a DEED by KESTREL SHIPPING LIMITED acting by a "
                "director in the presence of a witness: Director ______",
            ),
            ["ALBION PORTS PLC", "KESTREL SHIPPING LIMITED"],
        ),
        (
            (
                "AGREEMENT between NORTHWIND and SOUTHGATE dated 4 June 2001",
                "Northwind shall supply and Southgate shall buy the goods listed in Schedule 1.",
            ),
            ["NORTHWIND", "SOUTHGATE"],
        ),
        (  # 'signed by' in the body, with no signature page, names no party
            (
                _STANDARD_TERMS,
                "Each order is to be signed by ORBIT FREIGHT SERVICES LIMITED, and a copy "
                "signed by HALCYON STORES LIMITED, before delivery.",
            ),
            None,
        ),
    ],
)
def test_parties_named_in_execution_blocks_and_titles(texts, parties):
    assert _parties(*texts) == parties


_CONTENTS = ["MASTER FRANCHISE AGREEMENT", "TABLE OF CONTENTS"] + [
    f"{number}. {heading} .......... {number + 2}"
    for number, heading in enumerate(
        "GRANT TERM FEES TRAINING MARKS MANUAL ADVERTISING RECORDS INSURANCE TRANSFER DEFAULT "
        "NOTICES LAW DISPUTES MISCELLANEOUS".split()
        * 3,
        start=1,
    )
]


def test_a_preamble_after_a_long_table_of_contents():
    preamble = (
        "THIS MASTER FRANCHISE AGREEMENT is made on 4 March 2011 between Copperpot Grill "
        'Systems, Inc., a Minnesota corporation ("Franchisor"), and Riverside Dining Group LLC, '
        'a Wisconsin limited liability company ("Franchisee").'
    )
    assert _parties(*_CONTENTS, preamble) == [
        "Copperpot Grill Systems, Inc.",
        "Riverside Dining Group LLC",
    ]


def test_a_body_clause_after_a_table_of_contents_is_not_a_preamble():
    body = (
        "This Agreement is governed by the laws of Minnesota and any dispute between Copperpot "
        'Grill Systems, Inc. ("Copperpot") and its franchisees goes to arbitration.'
    )
    assert _parties(*_CONTENTS, body) is None


def test_an_attachment_heading_is_not_a_party():
    certificate = (
        "ANNEX B (FORM OF CERTIFICATE) In connection with the sale of notes of Lindholm Marine "
        'Inc. (the "Issuer") by Fjord Securities LLC (the "Manager"), the undersigned certifies '
        "as follows."
    )
    found = _parties(certificate)
    assert found is not None and "ANNEX B" not in found
    assert set(found) == {"Lindholm Marine Inc.", "Fjord Securities LLC"}


def test_a_converters_markup_is_not_part_of_a_name():
    preamble = (
        "This Services Agreement is made by and between NORDSTAR << Pty >> Ltd, registration "
        '2001/1 ("Nordstar") and CAPE DATA SERVICES (PTY) LTD ("Cape").'
    )
    assert _parties(preamble) == ["NORDSTAR Pty Ltd", "CAPE DATA SERVICES (PTY) LTD"]


def test_parties_defined_after_hereinafter_without_quotes():
    preamble = (
        "This Endorsement Agreement is made between Kinetic Apparel (hereinafter Kinetic) and "
        "Jordan Ellis (hereinafter Athlete) on 5 May 2017."
    )
    assert _parties(preamble) == ["Kinetic Apparel", "Jordan Ellis"]


_FILING = (
    "JOINT FILING AGREEMENT The undersigned agree that the Schedule 13D filed herewith is filed "
    "on behalf of each of them. Dated: 3 March 2021"
)


@pytest.mark.parametrize(
    ("signatures", "parties"),
    [
        (  # a fund under its date line, and an individual signing for himself
            "ASPEN RIDGE PARTNERS, L.P. By: /s/ Carol West Name: Carol West Title: Managing "
            "Member /s/ Daniel Okafor Daniel Okafor",
            ["ASPEN RIDGE PARTNERS, L.P.", "Daniel Okafor"],
        ),
        (  # officers signing under their companies' names are not parties
            "HALLORAN CAPITAL LLC /s/ Priya Nair Priya Nair, Manager BRACKEN HOLDINGS INC. /s/ "
            "Tom Alvarez Tom Alvarez Chief Executive Officer",
            ["HALLORAN CAPITAL LLC", "BRACKEN HOLDINGS INC."],
        ),
    ],
)
def test_parties_in_a_joint_filings_signatures(signatures, parties):
    assert _parties(_FILING, signatures) == parties
