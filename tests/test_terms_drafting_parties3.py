"""The parties where no preamble names them: second readings of 'the undersigned' who name
themselves, and of the only two signature blocks after 'IN WITNESS WHEREOF', each headed by a
company. Every passage was written for these tests."""

from __future__ import annotations

import pytest
from drafted_terms import agreement_terms

from clausecheck.terms.parties import _two_signed_companies, _undersigned_parties


def _names(reading, text: str) -> list[str]:
    return [name for name, _ in reading(text)]


UNDERSIGNED = [
    (
        "The undersigned, Harrowgate Instruments Inc. and Pelham Optics LLC, hereby agree as "
        "follows with effect from March 3, 2021.",
        ["Harrowgate Instruments Inc.", "Pelham Optics LLC"],
    ),
    (
        "LETTER OF UNDERSTANDING. Each of the undersigned (Tern Valley Dairies Limited and "
        "Wexcombe Creameries plc) confirms the arrangements set out below.",
        ["Tern Valley Dairies Limited", "Wexcombe Creameries plc"],
    ),
    (
        "We, the undersigned: Brightwater Solar GmbH, of Leipzig, and Norrland Kraft AB, of "
        "Umea, record our agreement on the following terms.",
        ["Brightwater Solar GmbH", "Norrland Kraft AB"],
    ),
    (
        "MEMORANDUM. The undersigned parties, Quillon Biosciences Corp., Aldergate Capital, "
        "L.P. and Sunfield Labs Pty Ltd, agree that the milestones below replace those of the "
        "term sheet.",
        ["Quillon Biosciences Corp.", "Aldergate Capital, L.P.", "Sunfield Labs Pty Ltd"],
    ),
    (
        "The undersigned Marisol Foods S.A. and Oakhaven Trading Co. have agreed on the supply "
        "of two hundred (200) tonnes of cocoa beans.",
        ["Marisol Foods S.A.", "Oakhaven Trading Co."],
    ),
    (
        "By signing below, the undersigned, namely Kestrel Aviation Services Ltd and Dunmore "
        "Leasing Limited, acknowledge the transfer of the aircraft.",
        ["Kestrel Aviation Services Ltd", "Dunmore Leasing Limited"],
    ),
    (
        "the undersigned, being Calloway Freight, Inc. and Redfern Logistics Holdings, LLC, "
        "each intending to be legally bound, agree to share the depot.",
        ["Calloway Freight, Inc.", "Redfern Logistics Holdings, LLC"],
    ),
    (
        "THE UNDERSIGNED, ASHDOWN PRINTING CORPORATION AND MERIDEN PAPER MILLS LLC, HEREBY "
        "CONSENT TO THE ASSIGNMENT DESCRIBED BELOW.",
        ["ASHDOWN PRINTING CORPORATION", "MERIDEN PAPER MILLS LLC"],
    ),
]


UNDERSIGNED += [
    (
        "The undersigned, Pryor and Hale Engineering Ltd and Dovecote Homes Limited, agree "
        "to the variation of the build contract set out in this note.",
        ["Pryor and Hale Engineering Ltd", "Dovecote Homes Limited"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNDERSIGNED)
def test_the_undersigned_name_themselves(text: str, expected: list[str]) -> None:
    assert _names(_undersigned_parties, text) == expected


def _blocks(
    *blocks: str, witness: str = "IN WITNESS WHEREOF, the parties have signed below."
) -> str:
    return "The parties agree to the terms above. " + witness + " " + " ".join(blocks)


SIGNED = [
    (
        _blocks(
            "HALVERSON TOOLING, INC. By: /s/ Ruth Adeyemi Name: Ruth Adeyemi Title: President",
            "CRANMORE ROBOTICS LLC By: /s/ Ivo Petrak Name: Ivo Petrak Title: Manager",
        ),
        ["HALVERSON TOOLING, INC.", "CRANMORE ROBOTICS LLC"],
    ),
    (
        _blocks(
            "Lindqvist Marine AB By: ______________ Name: Title:",
            "Portsoy Boatworks Limited By: ______________ Name: Title:",
            witness="In Witness Whereof the parties have executed this deed on the date first "
            "written above.",
        ),
        ["Lindqvist Marine AB", "Portsoy Boatworks Limited"],
    ),
    (
        _blocks(
            "AVONDALE PHARMA CORP. By: /s/ K. Osei Kwame Osei Chief Executive Officer",
            "TRELLIS GENOMICS GMBH By: /s/ A. Brandt Anke Brandt Managing Director",
        ),
        ["AVONDALE PHARMA CORP.", "TRELLIS GENOMICS GMBH"],
    ),
    (
        _blocks(
            "Seaford Brewing Company By: Name: Title: Date:",
            "Hollins Distribution Co. By: Name: Title: Date:",
            witness="IN WITNESS WHEREOF, each party has caused this Agreement to be executed by "
            "its duly authorised officer as of the Effective Date.",
        ),
        ["Seaford Brewing Company", "Hollins Distribution Co."],
    ),
    (
        _blocks(
            "MOORCROFT HOLDINGS PLC By: /s/ Edwin Lamb Name: Edwin Lamb Title: Finance Director",
            "GRANTHAM ESTATES LIMITED By: /s/ Sara Khan Name: Sara Khan Title: Director",
        ),
        ["MOORCROFT HOLDINGS PLC", "GRANTHAM ESTATES LIMITED"],
    ),
    (
        _blocks(
            "PINECREST SOFTWARE, L.L.C. By: /s/ Dana Wu Its: Managing Member",
            "BLUE HERON MEDIA, INC. By: /s/ Ollie Grant Its: CEO",
        ),
        ["PINECREST SOFTWARE, L.L.C.", "BLUE HERON MEDIA, INC."],
    ),
    (
        _blocks(
            "Vantor Energy Partners, LP By: /s/ Maya Ruiz Title: General Partner",
            "Coldbrook Midstream LLC By: /s/ Henry Vale Title: CFO",
        ),
        ["Vantor Energy Partners, LP", "Coldbrook Midstream LLC"],
    ),
    (
        # the first block's title glued to the second block's name
        _blocks(
            "SALTMARSH FOODS INC. By: /s/ Jo Park Name: Jo Park Title: CEO and Founder",
            "RIVERBEND ORGANICS, LLC By: /s/ Al Dunn Name: Al Dunn Title: President",
        ),
        ["SALTMARSH FOODS INC.", "RIVERBEND ORGANICS, LLC"],
    ),
    (
        # a form's blank fields glued to the second block's name
        _blocks(
            "Northwind Analytics Corp. By: ____________ Title:____________",
            "Elmstead Data Services Ltd. By: ____________ Title:____________",
        ),
        ["Northwind Analytics Corp.", "Elmstead Data Services Ltd."],
    ),
    (
        _blocks(
            "KAPLAN & REYES MANUFACTURING CO. By: /s/ Lena Reyes Name: Lena Reyes",
            "SOUTHFIELD PLASTICS CORPORATION By: /s/ Tom Hale Name: Tom Hale",
        ),
        ["KAPLAN & REYES MANUFACTURING CO.", "SOUTHFIELD PLASTICS CORPORATION"],
    ),
    (
        _blocks(
            "Arbor Vitae Health Trust By: /s/ Priya Nair, Trustee",
            "Westhaven Clinics Pty Ltd By: /s/ Sam Cole, Director",
            witness="IN WITNESS WHEREOF the parties hereto have executed this Services Agreement "
            "on 14 July 2022.",
        ),
        ["Arbor Vitae Health Trust", "Westhaven Clinics Pty Ltd"],
    ),
    (
        _blocks(
            "ORION DEFENSE SYSTEMS, INC. By: /s/ R. Bell",
            "TALON AEROSTRUCTURES S.A. By: /s/ M. Dubois",
        ),
        ["ORION DEFENSE SYSTEMS, INC.", "TALON AEROSTRUCTURES S.A."],
    ),
]


SIGNED += [
    (
        _blocks(
            "Quayside Cold Storage Ltd By: /s/ Tomos Rees Name: Tomos Rees Title: Director",
            "Bramley Fresh Produce Limited By: /s/ Ada Kerr Name: Ada Kerr Title: Director",
            witness="IN WITNESS whereof this agreement has been entered into on the date stated "
            "at the beginning of it.",
        ),
        ["Quayside Cold Storage Ltd", "Bramley Fresh Produce Limited"],
    ),
    (
        _blocks(
            "SILVERLAKE CLINICAL RESEARCH, INC. Signature: /s/ Omar Haddad",
            "NOVUM THERAPEUTICS B.V. Signature: /s/ Femke de Vries",
        ),
        ["SILVERLAKE CLINICAL RESEARCH, INC.", "NOVUM THERAPEUTICS B.V."],
    ),
    (
        # the first signer's name runs into the second company's name in capitals
        _blocks(
            "Tidewater Freight Corp. By: /s/ Paul Ng Paul Ng",
            "COASTLINE HAULAGE GROUP LLC By: /s/ Vera Lind",
        ),
        ["Tidewater Freight Corp.", "COASTLINE HAULAGE GROUP LLC"],
    ),
    (
        _blocks(
            "GREYSTONE REALTY FUND III, L.P. By: /s/ Ian Cho Name: Ian Cho Title: Authorized Person",
            "Marigold Property Management Co. By: /s/ Rita Sol Name: Rita Sol Title: Owner",
        ),
        ["GREYSTONE REALTY FUND III, L.P.", "Marigold Property Management Co."],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_two_companies_head_the_only_two_signature_blocks(text: str, expected: list[str]) -> None:
    assert _names(_two_signed_companies, text) == expected


NEAR_MISSES = [
    # one party declaring alone names only one
    (
        _undersigned_parties,
        "The undersigned, Corbel Mining Ltd, hereby declares that it owns the claims.",
    ),
    # the undersigned are named only by role
    (
        _undersigned_parties,
        "The undersigned Licensor and Licensee agree to extend the term by one year.",
    ),
    # 'the undersigned' on a signature page after the agreement's body, not its opening
    (
        _undersigned_parties,
        "Terms. "
        + "The Supplier shall deliver the goods on time. " * 80
        + "The undersigned, Alder Works Ltd and Birch Mills Ltd, have signed below.",
    ),
    # three signature blocks: a guarantor signs as well
    (
        _two_signed_companies,
        _blocks(
            "FENWICK CABLE INC. By: /s/ A. Roe",
            "GLENMORE WIRE LLC By: /s/ B. Poe",
            "HARLAN GROUP HOLDINGS, INC. By: /s/ C. Doe",
        ),
    ),
    # one block for a company, one for a person
    (
        _two_signed_companies,
        _blocks("ELSWORTH DESIGN LLC By: /s/ Nina Ross", "Nina Ross By: /s/ Nina Ross"),
    ),
    # no 'IN WITNESS WHEREOF'
    (
        _two_signed_companies,
        "Signed for the parties. FAIRLEIGH FOODS INC. By: /s/ D. Moss GRAYSON FARMS LLC By: "
        "/s/ E. Lutz",
    ),
    # a single block
    (_two_signed_companies, _blocks("KIRKWALL SHIPPING LTD By: /s/ F. Innes")),
    # the second block is headed by a role, not a company
    (
        _two_signed_companies,
        _blocks("LOCKHART MEDICAL INC. By: /s/ G. Webb", "CONSULTANT By: /s/ Harriet Cole"),
    ),
    # a joint filing's many signers
    (
        _two_signed_companies,
        _blocks(
            "MARLOW FUND I, L.P. By: /s/ J. Tate",
            "MARLOW FUND II, L.P. By: /s/ J. Tate",
            "MARLOW ADVISERS LLC By: /s/ J. Tate",
            "NEWTON BANCORP, INC. By: /s/ K. Lyle",
        ),
    ),
    # no signature blocks under the witness words
    (
        _two_signed_companies,
        "IN WITNESS WHEREOF the parties have signed this agreement. Schedule 1 lists the "
        "Products of Oberon Tools Inc. and Pike Hardware LLC.",
    ),
]


@pytest.mark.parametrize(("reading", "text"), NEAR_MISSES)
def test_near_misses_give_no_answer(reading, text: str) -> None:
    assert reading(text) == []


def test_agreement_without_a_preamble_takes_the_undersigned() -> None:
    terms = agreement_terms(
        (
            "SIDE LETTER",
            "The undersigned, Ravensworth Ales Limited and Cobham Taverns plc, agree "
            "that the discount in clause 4 applies from 1 June 2023.",
        ),
        ("1. Discount", "The discount is five per cent (5%) of the list price."),
    )
    assert terms["parties"] == ["Ravensworth Ales Limited", "Cobham Taverns plc"]


def test_agreement_without_a_preamble_takes_its_two_signature_blocks() -> None:
    terms = agreement_terms(
        ("Software Escrow Terms", "The depositor shall lodge the source code each quarter."),
        ("2. Release", "The code is released if the depositor ceases to trade."),
        (
            "",
            "IN WITNESS WHEREOF, the parties have executed these terms. VAULTLINE ESCROW "
            "SERVICES LTD By: /s/ Helen Marsh Title: Director KINGFISHER APPS LIMITED By: /s/ "
            "Rob Tyne Title: Director",
        ),
    )
    assert terms["parties"] == ["VAULTLINE ESCROW SERVICES LTD", "KINGFISHER APPS LIMITED"]


def test_hostile_text_is_read_quickly() -> None:
    import time

    text = "IN WITNESS WHEREOF " + "ACME " * 5000 + "By: " * 2000 + "the undersigned " + "A " * 5000
    started = time.perf_counter()
    _two_signed_companies(text)
    _undersigned_parties(text)
    assert time.perf_counter() - started < 2
