"""Parties and the term as agreements state them, from preambles and term clauses written for
these tests (not taken from any real contract)."""

from __future__ import annotations

import pytest

from clausecheck.terms import extract_key_terms
from clausecheck.types import Clause


def _key_terms(*texts: str) -> dict:
    clauses = [Clause(id=f"c{n}", text=t, page=n) for n, t in enumerate(texts, start=1)]
    return {name: term.value for name, term in extract_key_terms(clauses).items()}


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "This Hosting Agreement is made on 2 May 2024 by and between quietline.io, Inc., a "
            'Delaware corporation ("Quietline"), and Harbour Lane Foods LLC, an Ohio limited '
            'liability company ("Customer").',
            ["quietline.io, Inc.", "Harbour Lane Foods LLC"],
        ),
        (
            "This Agreement is entered into by and between Northwind Traders Pty Ltd, with its "
            'registered office in Perth, Hereinafter referred to as "Client" and e-Dial '
            "Contact Services Limited, with its principal place of business in Leeds, "
            'Hereinafter referred to as "Provider".',
            ["Northwind Traders Pty Ltd", "e-Dial Contact Services Limited"],
        ),
        (
            "This Agreement, made on 1 March 2023 between the CITY OF MAPLE FALLS, a municipal "
            'corporation ("City"), and Crestline Answering Co., a Vermont corporation '
            '("Contractor").',
            ["CITY OF MAPLE FALLS", "Crestline Answering Co."],
        ),
    ],
)
def test_parties_named_in_lower_case_without_brackets_or_after_the(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "MASTER SERVICES AGREEMENT Between KESTREL AIRWAYS S.A. (as Customer) and FIELDMARK "
            "CALL SOLUTIONS LTD (as Contractor) 2 June 2021",
            ["KESTREL AIRWAYS S.A.", "FIELDMARK CALL SOLUTIONS LTD"],
        ),
        (
            "This Agreement is made by and between Pinecrest Media, Inc., a Nevada corporation "
            "(the AGENCY), and Tollgate Contact Centres Limited located at 4 Mill Road, Derby "
            "(TCC).",
            ["Pinecrest Media, Inc.", "Tollgate Contact Centres Limited"],
        ),
    ],
)
def test_parties_defined_without_quotes(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


def test_parties_in_a_capitals_title_joined_by_a_lower_case_and():
    title = (
        "CUSTOMER CARE SERVICES AGREEMENT by and between BRIGHTWAVE TELECOM, INC and "
        "ORCHARD STREET SUPPORT LIMITED TABLE OF CONTENTS 1. Definitions 2. Services"
    )
    found = _key_terms(title)["parties"]
    assert found == ["BRIGHTWAVE TELECOM, INC", "ORCHARD STREET SUPPORT LIMITED"]


def test_a_between_in_the_recitals_is_not_the_preamble():
    preamble = (
        'This Outsourcing Agreement (the "Agreement") is effective as of the later of the two '
        'signature dates below (the "Effective Date") Lakeview Clinics Corp. ("Lakeview"), a '
        "Texas corporation, and TELEPOINT SERVICES "
        'LIMITED ("Telepoint"), an English company. Recitals Lakeview and Telepoint are parties '
        "to a pilot agreement made between them in 2021."
    )
    assert _key_terms(preamble)["parties"] == [
        "Lakeview Clinics Corp.",
        "TELEPOINT SERVICES LIMITED",
    ]


@pytest.mark.parametrize(
    ("term_clause", "expiry", "days"),
    [
        (
            "The Term shall begin on April 1, 2024 and shall run for a period of two (2) years, "
            "expiring March 31, 2026.",
            "2026-03-31",
            729,
        ),
        (
            "The term of this Agreement shall be two years from July 1, 2022 to June 30, 2024.",
            "2024-06-30",
            730,
        ),
        (
            "The term of this Agreement shall commence on January 1, 2025 and extend through "
            "December 31, 2025.",
            "2025-12-31",
            364,
        ),
    ],
)
def test_a_stated_end_is_the_expiry(term_clause, expiry, days):
    found = _key_terms(term_clause)
    assert found["expiration_date"] == expiry
    assert found["initial_term_days"] == days


@pytest.mark.parametrize(
    ("term_clause", "days"),
    [
        (
            "The term of this Agreement will commence on the Effective Date and continue for a "
            "period of three (3) years after the Effective Date.",
            1095,
        ),
        (
            "The term of this Agreement shall begin on the Effective Date and shall continue "
            "for a period of 18 months thereafter.",
            540,
        ),
    ],
)
def test_a_length_counted_from_the_start_is_the_term(term_clause, days):
    preamble = 'This Agreement is made on 1 February 2024 (the "Effective Date").'
    found = _key_terms(preamble, term_clause)
    assert found["initial_term_days"] == days


def test_a_period_after_termination_is_not_the_term():
    survival = (
        "The term of the confidentiality obligations shall continue for three (3) years after "
        "termination of this Agreement."
    )
    assert "initial_term_days" not in _key_terms(survival)


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (  # a title 'between' whose names run into a contents page, then the preamble's
            "SUPPLY AGREEMENT DATED AS OF 1 MAY 2020 BETWEEN NORTHGATE, INC AND VELA, S.p.A. "
            "Contents 1 Definitions 2 Supply 3 Price. This Supply Agreement is dated 1 May 2020, "
            'between NORTHGATE, INC., a Delaware corporation ("Northgate") and VELA S.p.A., an '
            'Italian company ("Vela").',
            ["NORTHGATE, INC.", "VELA S.p.A."],
        ),
        (  # no 'between': the title, then the parties and what they agree
            'RESELLER AGREEMENT Harbor Lights Inc ("HLI") and Meadow Data Ltd. ("Meadow"), by '
            "this Agreement, agree as follows.",
            ["Harbor Lights Inc", "Meadow Data Ltd."],
        ),
        (  # a letter: the salutation is not part of the name
            'Dear Sirs: Crane Street Bancorp, Inc., a Virginia corporation (the "Company"), and '
            'Lark & Sons, Inc. (the "Agent") confirm their agreement as follows.',
            ["Crane Street Bancorp, Inc.", "Lark & Sons, Inc."],
        ),
        (  # 'entered into by' with no 'between'
            'This Hosting Agreement is entered into by Ferncliff Software Corporation ("Ferncliff") '
            'and Dunmore Corporation ("Customer") for hosted access to the software.',
            ["Ferncliff Software Corporation", "Dunmore Corporation"],
        ),
        (  # parties joined by commas after their descriptions, not by 'and'
            'This Agreement is entered into as of 1 June 2021 by Orion Dyes Corporation ("Buyer"), a '
            "Pennsylvania corporation, Talbot Oils Ltd., a company incorporated in England "
            '("Talbot"), and Rann Chemicals Limited ("Rann").',
            ["Orion Dyes Corporation", "Talbot Oils Ltd.", "Rann Chemicals Limited"],
        ),
        (  # a description without its article, and numbered parties
            "This Manufacturing Agreement is made by and between (1) Kestrel Devices, Delaware "
            'corporation having offices at 12 Elm Road, Austin, TX 78701 ("KESTREL"), and (2) '
            'Alta Labs, S.A a corporation organized under the laws of Costa Rica ("ALTA").',
            ["Kestrel Devices", "Alta Labs, S.A"],
        ),
        (  # the address comes before the second party's 'and'
            'This Alliance Agreement is made by and between Solent Corporation ("SOL"), 12 Harbour '
            "Street, Tampa, Florida 33602 a Delaware corporation, and Bright Energy Solutions, "
            '("BES"), 40 Bay Road, Miami.',
            ["Solent Corporation", "Bright Energy Solutions"],
        ),
        (  # 'With principal offices' starts the description, capitalised
            "This Agreement is made by and between: Norland Inc. With principal offices at 5 King "
            'Street, Toronto ("NORLAND") AND Pellow Services Limited, With principal offices at 9 '
            'Bay Street, Toronto ("PELLOW").',
            ["Norland Inc.", "Pellow Services Limited"],
        ),
        (  # UK drafting: single curly quotes
            "This Agreement is made between Ashdown Telecom Limited, a company registered in "
            "England (‘Ashdown’), and Wren Contact Ltd (‘Wren’).",
            ["Ashdown Telecom Limited", "Wren Contact Ltd"],
        ),
        (  # no preamble: the parties are named in the first recital
            'CONSENT AGREEMENT WHEREAS, Bellmore Group, Inc (the "Company") and the Trustees of '
            'the Okafor Family Trust (the "Trust") entered into a loan agreement (the "Loan"); '
            "and WHEREAS, the Company wishes to repay the loan.",
            ["Bellmore Group, Inc", "Trustees of the Okafor Family Trust"],
        ),
        (  # a defined name after words of its own in the bracket
            "IP RIGHTS AGREEMENT Dunlin, a California corporation (or one or more Affiliates, the "
            '"Investor"), and Tern Minerals Ltd., a British Columbia corporation having a place '
            'of business at P.O. Box 12, Denver, Colorado (the "Company"), agree as follows.',
            ["Dunlin", "Tern Minerals Ltd."],
        ),
    ],
)
def test_parties_however_the_preamble_introduces_them(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


@pytest.mark.parametrize(
    ("cover", "parties"),
    [
        (
            "Cooperation Agreement Party A: Hanlin (Suzhou) Software Co., Ltd. Address: 8 Lake "
            "Road Party B: Qiantang Data Services Co., Ltd. Address: 3 River Road",
            ["Hanlin (Suzhou) Software Co., Ltd.", "Qiantang Data Services Co., Ltd."],
        ),
        (
            "MAINTENANCE AGREEMENT Between Client Name GREYSTONE CLINICS, INC. 100 Oak Drive "
            "Dayton, OH And Customer Name; PTX, INC 99 Pine Road Louisville, KY",
            ["GREYSTONE CLINICS, INC.", "PTX, INC"],
        ),
        (
            "TRANSPORT CONTRACT SENDER NORTH RIDGE OIL LIMITED TAX ID 123-4 SHIPPER PETROANDES "
            "S.A. TAX ID 567-8",
            ["NORTH RIDGE OIL LIMITED", "PETROANDES S.A."],
        ),
        (
            "The Covenanter: Lotus Garden Leisure Inc. (hereinafter referred to as Party A) and "
            "the Covenanter: Mei Design Studio (hereinafter referred to as Party B) agree as follows.",
            ["Lotus Garden Leisure Inc.", "Mei Design Studio"],
        ),
    ],
)
def test_parties_labelled_by_their_roles(cover, parties):
    assert _key_terms(cover)["parties"] == parties


def test_a_between_in_the_body_does_not_name_the_parties():
    preamble = 'THIS AGREEMENT is made on 2 May 2022 by Harrow Labs Ltd. ("Harrow").'
    services = "Harrow shall provide the services described in the statement of work. " * 50
    body = 'Any dispute between Harrow Labs Ltd. ("Harrow") and Pell Systems Inc. ("Pell") goes to arbitration.'
    assert "parties" not in _key_terms(preamble, services, body)


def test_a_party_and_its_affiliates_is_the_party():
    preamble = (
        "This Agency Agreement is made by and between Kettle Stores, Inc. and its affiliated "
        'debtors (collectively, "Merchant"), and Brook Capital LLC ("Agent").'
    )
    assert _key_terms(preamble)["parties"] == ["Kettle Stores, Inc.", "Brook Capital LLC"]


def test_a_role_in_a_sentence_is_not_a_label():
    preamble = 'THIS AGREEMENT is made on 2 May 2022 by Harrow Labs Ltd. ("Harrow").'
    body = "The Customer shall pay Orbit Freight Inc. within thirty days of each invoice."
    assert "parties" not in _key_terms(preamble, body)


def test_a_title_is_not_a_party():
    preamble = (
        "EXHIBIT 4 RATE SCHEDULE BETWEEN NGC AND CASCADE PIPELINE COMPANY Amendment No: GAS "
        "SUPPLY AGREEMENT (For use under Rate Schedule B) THIS AGREEMENT is made by and between "
        'CASCADE PIPELINE COMPANY, a Delaware Corporation, hereinafter referred to as "Seller" '
        'and NORTHERN GAS CORPORATION, a Kentucky Corporation, hereinafter referred to as "Buyer".'
    )
    assert _key_terms(preamble)["parties"] == [
        "CASCADE PIPELINE COMPANY",
        "NORTHERN GAS CORPORATION",
    ]


def test_parties_named_only_in_the_signature_blocks():
    statement = (
        "JOINT FILING AGREEMENT The undersigned hereby agree that the statement on Schedule 13G "
        "is filed on behalf of each of them. IN WITNESS WHEREOF, the undersigned have signed "
        "this agreement on 3 March 2021."
    )
    signatures = (
        "HARROW CAPITAL TRUST /s/ Ann Lee (Signature) Ann Lee, President (Name/Title) "
        "MARK O. LEE /s/ Mark O. Lee (Signature)"
    )
    assert _key_terms(statement, signatures)["parties"] == ["HARROW CAPITAL TRUST", "MARK O. LEE"]


def test_a_signer_for_a_party_is_not_a_party():
    preamble = (
        "This Sponsorship Agreement is made by and among Corvid Holdings LLC, a Delaware limited "
        'liability company ("Purchaser"), and each other party identified on the signature page '
        '(each, a "Sponsor").'
    )
    signatures = (
        "IN WITNESS WHEREOF, this Agreement is executed as of the Effective Date. PURCHASER "
        "Corvid Holdings LLC By: /s/ Jane Roe Name: Jane Roe Title: President SPONSORS: Alder "
        "Growth Fund L.P. By: Alder Management LLC, its general partner By: /s/ Tom Poe Name: "
        "Tom Poe Title: Manager"
    )
    found = _key_terms(preamble, signatures)["parties"]
    assert found == ["Corvid Holdings LLC", "Alder Growth Fund L.P."]


@pytest.mark.parametrize(
    ("title", "parties"),
    [
        (
            "SERVICING AGREEMENT among HARBOUR AUTO TRUST 2021-B, as Issuer, HARBOUR FUNDING "
            "LLC, as Depositor and KEEL FINANCE CORPORATION, as Servicer and Custodian Dated as "
            "of March 3, 2021 TABLE OF CONTENTS",
            ["HARBOUR AUTO TRUST 2021-B", "HARBOUR FUNDING LLC", "KEEL FINANCE CORPORATION"],
        ),
        (
            "ALLIANCE AGREEMENT Among NAGOYA TRUST BANK, NORTH SEA SECURITIES INC. And WREN & "
            "COMPANY HOLDINGS LP Dated June 1, 2012",
            ["NAGOYA TRUST BANK", "NORTH SEA SECURITIES INC.", "WREN & COMPANY HOLDINGS LP"],
        ),
        (
            "OUTSOURCING AGREEMENT BY AND BETWEEN LAKE CITY SAVINGS BANK and FENWICK DATA "
            "CORPORATION acting through its division FENWICK PROCESSING DATED AS OF May 2, 1999",
            ["LAKE CITY SAVINGS BANK", "FENWICK DATA CORPORATION"],
        ),
    ],
)
def test_parties_listed_in_a_title_in_capitals(title, parties):
    assert _key_terms(title)["parties"] == parties


def test_numbered_parties_with_an_address_between_them():
    preamble = (
        "THIS AGREEMENT IS MADE ON 4 MAY 2011 PARTIES (1) KOWLOON BOILERS (ASIA) LTD, a company "
        'incorporated in Hong Kong whose registered office is at Unit 5, Harbour Tower ("KBA"); '
        "and Gloucester Road, Wan Chai, Hong Kong (2) GREENHEAT GROUP PLC a company incorporated "
        'in the Isle of Man whose registered office is at 2 Mill Street, Douglas ("GHG").'
    )
    assert _key_terms(preamble)["parties"] == ["KOWLOON BOILERS (ASIA) LTD", "GREENHEAT GROUP PLC"]


def test_a_form_with_the_other_party_left_blank_names_the_one_party():
    preamble = (
        "THIS ENDORSEMENT AGREEMENT is made this ____ day of ________, 20__, by and between "
        'TEEBOX APPAREL, INC., a Colorado corporation (the "Company"), and ________________ '
        '(hereinafter referred to as the "Athlete").'
    )
    assert _key_terms(preamble)["parties"] == ["TEEBOX APPAREL, INC."]


def test_a_blank_form_without_a_company_names_no_party():
    preamble = (
        'As an inducement to ______________ ("Franchisor") to sign the Franchise Agreement, '
        '_____________ ("Guarantors") agree as follows.'
    )
    assert "parties" not in _key_terms(preamble)


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (  # an address glued to the name, with no comma before the description
            "This Endorsement Agreement is made by and between GOLDEN SPOON, INC., 118 Harbour "
            'Lane, Suite 410, Portland, Maine 04101 ("Spoon"), and PAY DAY, INC. ("PDI").',
            ["GOLDEN SPOON, INC.", "PAY DAY, INC."],
        ),
        (  # a person signing as a company's director: the company is the party
            "This Website Agreement is entered into on 11 January 2018 by and between Ana Petrova, "
            'director of BrightPan (hereinafter referred to as "Client") and Rui Costa, director '
            'of Costa Web Studio, PLC (hereinafter referred to as "Company").',
            ["BrightPan", "Costa Web Studio, PLC"],
        ),
        (  # a name styled in lower case
            "This Hosting Agreement is entered into by and between Marlin Tours, a Florida "
            'corporation ("Customer"), and i-on web studio, a Florida corporation ("i-on").',
            ["Marlin Tours", "i-on web studio"],
        ),
    ],
)
def test_parties_without_what_is_glued_to_them(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


def test_a_sentence_after_the_preamble_is_not_a_party():
    preamble = (
        'HOSTING AGREEMENT This Agreement is made by Ferncliff Software Corporation ("Ferncliff"), '
        'Customer agrees, as requested by Ferncliff, to provide access ("Access").'
    )
    assert "parties" not in _key_terms(preamble)


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (  # a loan-out company lending its artist's services
            'This Endorsement Agreement is made by and between Summit Loan-Out, LLC ("Lender"), '
            'f/s/o Maria Delgado ("Artist"), and Peak Nutrition, Inc. ("Company").',
            ["Summit Loan-Out, LLC", "Maria Delgado", "Peak Nutrition, Inc."],
        ),
        (
            'This Endorsement Agreement is made by and between Summit Loan-Out, LLC ("Lender"), '
            'for the services of Maria Delgado ("Artist"), and Peak Nutrition, Inc. ("Company").',
            ["Summit Loan-Out, LLC", "Maria Delgado", "Peak Nutrition, Inc."],
        ),
        (  # a letter agreement signed by 'the undersigned'
            "UNDERWRITING AGREEMENT 2 March 2020 This confirms that the undersigned, the Alder "
            'Short Bond Fund (the "Fund"), and Alder Distributors, LLC ("Alder") agree as follows.',
            ["Alder Short Bond Fund", "Alder Distributors, LLC"],
        ),
    ],
)
def test_parties_a_letter_or_a_loan_out_names(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


def test_a_statute_defined_in_the_preamble_is_not_a_party():
    preamble = (
        'This Agreement is made between Alder Short Bond Fund (the "Fund"), registered under the '
        'Investment Company Act of 1940 (the "1940 Act"), and Alder Distributors, LLC ("Alder").'
    )
    assert _key_terms(preamble)["parties"] == ["Alder Short Bond Fund", "Alder Distributors, LLC"]


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "This Purchase Agreement is made by and between Arden Inc., a Delaware corporation "
            '("Buyer"), on the one hand, and Birch Corp. and Cobalt LLC (together, "Sellers"), on '
            "the other hand.",
            ["Arden Inc.", "Birch Corp.", "Cobalt LLC"],
        ),
        (
            "This Services Agreement (the “Agreement”) is entered into as of June 1, 2021 (the "
            "“Effective Date”) by and between Northwind Health, Inc., a Delaware corporation with "
            "offices at 10 Main St., Boston, MA (“Client”), and Callbridge BPO Pvt. Ltd., a company "
            "organised under the laws of India (“Provider”).",
            ["Northwind Health, Inc.", "Callbridge BPO Pvt. Ltd."],
        ),
        (
            "THIS AGREEMENT is dated 1 May 2020 BETWEEN: (1) ASHFORD LIMITED (company number "
            "01234567) whose registered office is at 1 High Street, London (“Supplier”); and (2) "
            "BRAMBLE PLC (company number 07654321) whose registered office is at 9 Low Road, Leeds "
            "(“Customer”).",
            ["ASHFORD LIMITED", "BRAMBLE PLC"],
        ),
    ],
)
def test_parties_on_each_side_and_abbreviated_forms(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "This Agreement is made this 1st day of January 2020 between ACME INC. of 1 Main "
            'Street, Springfield, Illinois (hereinafter called "Acme") and BETA LLC of 2 Oak '
            'Ave, Peoria (hereinafter called "Beta").',
            ["ACME INC.", "BETA LLC"],
        ),
        (
            'PARTIES: 1. NORTHERN LIGHTS AB, reg. no. 556000-0000, Box 12, Stockholm ("Supplier"); '
            '2. SOUTHERN CROSS PTY LTD, ABN 12 345 678 901, of 1 George St, Sydney ("Distributor").',
            ["NORTHERN LIGHTS AB", "SOUTHERN CROSS PTY LTD"],
        ),
        (
            'This Reseller Agreement ("Agreement") is made between Quantel Systems GmbH, '
            'Hauptstrasse 1, 80331 Munich, Germany (hereinafter referred to as "Quantel") and '
            "Nordic Resale Oy, Business ID 1234567-8, Helsinki, Finland (hereinafter referred to "
            'as "Reseller").',
            ["Quantel Systems GmbH", "Nordic Resale Oy"],
        ),
        (
            "Between Lumen Media Pty Ltd ACN 000 000 000 of Level 3, 10 Queen St, Melbourne "
            '("Lumen") And Kookaburra Films Pty Ltd ACN 111 111 111 of 5 King St, Sydney '
            '("Kookaburra")',
            ["Lumen Media Pty Ltd", "Kookaburra Films Pty Ltd"],
        ),
    ],
)
def test_parties_without_their_address_or_registration(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


@pytest.mark.parametrize(
    ("clauses", "parties"),
    [
        (  # UK 'of the one part ... of the other part', 'whose registered office'
            [
                "THIS AGREEMENT made the 1st day of May 2020 BETWEEN ACME LIMITED whose registered "
                'office is at 1 High Street, Leeds (hereinafter called "the Company") of the one '
                'part and JOHN SMITH of 1 Elm Road, York (hereinafter called "the Consultant") of '
                "the other part."
            ],
            ["ACME LIMITED", "JOHN SMITH"],
        ),
        (  # a segmenter that split the preamble into one clause per line
            [
                "EXCLUSIVE DISTRIBUTION AGREEMENT",
                "This Agreement is made between",
                "MAPLE LEAF FOODS INC.",
                'a Canadian corporation ("Maple")',
                "and",
                "PRAIRIE GRAIN CO-OPERATIVE LIMITED",
                '("Prairie").',
            ],
            ["MAPLE LEAF FOODS INC.", "PRAIRIE GRAIN CO-OPERATIVE LIMITED"],
        ),
        (  # a third party (an escrow agent) comes after the principal two
            [
                'This Agreement is entered into by and among Acme Inc. ("Seller"), Beta LLC '
                '("Buyer") and First Escrow Company, as escrow agent ("Escrow Agent").'
            ],
            ["Acme Inc.", "Beta LLC", "First Escrow Company"],
        ),
        (  # one party written twice, in capitals and not
            [
                'JOINT VENTURE AGREEMENT between NOVA CROPS INC ("Nova") and Nova Crops Inc., '
                'together with Harvest Lane Farms Inc. ("Harvest")'
            ],
            ["NOVA CROPS INC", "Harvest Lane Farms Inc."],
        ),
        (  # signature blocks stacked with nothing between them
            [
                "JOINT FILING AGREEMENT The undersigned agree to file one statement on behalf of "
                "each of them. IN WITNESS WHEREOF, the undersigned hereby execute this Agreement.",
                "RIVER FUND LP By: River GP LLC, its general partner By: /s/ A. Lee RIVER GP LLC "
                "LAKE FUND II, L.P. By: /s/ A. Lee",
            ],
            ["RIVER FUND LP", "LAKE FUND II, L.P."],
        ),
    ],
)
def test_parties_across_layouts(clauses, parties):
    assert _key_terms(*clauses)["parties"] == parties


def test_parties_labelled_on_their_own_lines_without_a_company_form():
    clauses = (
        "SOFTWARE LICENSE AGREEMENT",
        'This Software License Agreement is entered into as of March 1, 2019 (the "Effective '
        'Date") between:',
        "LICENSOR: Bright Path Software, LLC, a Colorado limited liability company",
        "LICENSEE: Harbor Credit Union, a Washington state-chartered credit union",
    )
    assert _key_terms(*clauses)["parties"] == ["Bright Path Software, LLC", "Harbor Credit Union"]


def test_a_role_label_before_a_sentence_is_not_a_name():
    clauses = (
        'This Agreement is made by Bright Path Software, LLC ("Licensor").',
        "Customer: the customer shall pay all fees when due.",
    )
    assert "parties" not in _key_terms(*clauses)


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            'Dear Sirs: Harbor Growth REIT, Inc., a Maryland corporation (the "Company"), together '
            "with Harbor Operating Partnership, L.P., a Delaware limited partnership (the "
            '"Partnership"), and Keel Manager, LLC (the "Manager"), confirm their agreement.',
            ["Harbor Growth REIT, Inc.", "Harbor Operating Partnership, L.P.", "Keel Manager, LLC"],
        ),
        (
            "This Agency Agreement is made by and between Fern Stores, Inc. and its affiliated "
            'debtors (collectively, "Merchant"), on the one hand, and a joint venture comprised '
            'of Gale Retail, Inc. ("Gale") and Pike Capital, LLC ("Pike"), on the other hand.',
            ["Fern Stores, Inc.", "Gale Retail, Inc.", "Pike Capital, LLC"],
        ),
    ],
)
def test_parties_together_with_others_or_in_a_group(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


def test_the_parties_quote_is_the_sentence_that_names_them_not_a_window_of_characters(
    tmp_path, model
):
    from clausecheck.analysis import analyze

    sentence = (
        "This Services Agreement is made on 3 March 2025 between Northwind Contact Ltd "
        '("Supplier") and Harbour Utilities plc ("Client").'
    )
    path = tmp_path / "services.txt"
    path.write_text(
        f"SERVICES AGREEMENT\n\n{sentence}\n\n1. Services\nThe Supplier shall answer all calls "
        "within 20 seconds.\n\n2. Fees\nThe Client shall pay each invoice within 30 days of "
        "receipt.\n\nIN WITNESS WHEREOF the parties have signed this Agreement.\n"
    )
    term = analyze(path, model=model).key_terms["parties"]
    assert term.value == ["Northwind Contact Ltd", "Harbour Utilities plc"]
    assert term.quote == sentence
