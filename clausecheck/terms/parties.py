"""The parties, as the preamble names them: 'between Acme Corp., a Delaware corporation
("Acme"), and Beta Ltd. ("Supplier")' -> ['Acme Corp.', 'Beta Ltd.']."""

from __future__ import annotations

import re

from clausecheck.nlp import US_STATES
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.types import Clause

PREAMBLE_CLAUSES = 12
"""The parties are looked for in this many leading clauses."""
PREAMBLE_REACH = 1500
"""Characters after 'between' in which the parties are named."""
MAX_PARTIES = 6
"""More defined names than this in a preamble are products or places, not parties."""
_QUOTE = "\"“”'‘’«»?"
"""Quotes around a defined name: straight, curly (US and UK), guillemets, and the '?' a lost
curly quote becomes in converted text."""
_DEFINED = re.compile(
    rf"\(\s*(?:[^()\"“”‘’«»]{{0,200}}?[\s,])?(?:the\s+|a\s+)?[{_QUOTE}]+(?:the\s+)?"
    rf"(?P<short>[^{_QUOTE}()]{{1,40}})(?:[{_QUOTE}]+|(?=\)))",
    re.I,
)
"""A defined name in brackets, whatever leads to it: '("Acme")', '(the "Supplier")',
'(hereinafter, 'Client')', '(together with its Affiliates, "Licensee")'."""
_DEFINED_BARE = re.compile(
    r"\b(?:(?:hereinafter|herein|hereafter)\s*,?\s+(?:referred\s+to\s+as|called|designated\s+as)"
    r"|hereinafter|hereafter)\s*:?\s+"
    r"(?:the\s+)?[\"“”]+(?:the\s+)?(?P<short>[^\"“”]{1,40})[\"“”]+",
    re.I,
)
"""A defined name without a bracket: 'Hereinafter referred to as "Customer"', ', hereinafter
"WCP",'."""
_DEFINED_UNQUOTED = re.compile(
    r"\(\s*(?:as\s+(?:the\s+)?|the\s+)(?P<short>[A-Z][A-Za-z-]+(?:\s+[A-Z][A-Za-z-]+)?)\s*\)"
    r"|\((?P<acronym>[A-Z][A-Z0-9&-]{1,7}(?:\s[A-Z0-9&-]{2,7})?)\)(?!\s*(?:LTD|LIMITED|INC|LLC|PLC)\b)"
)
"""A defined name without quotes: '(as Company)', '(the COMPANY)', '(USA MCO)'."""
_ROLES = (
    "Buyer Seller Purchaser Vendor Supplier Customer Client Licensor Licensee Lessor Lessee "
    "Landlord Tenant Franchisor Franchisee Distributor Reseller Contractor Subcontractor "
    "Consultant Company Sender Shipper Carrier Producer Manufacturer Covenanter Employer Agent "
    "Principal Owner Provider Recipient"
).split()
_ROLE = r"Party\s+[A-D1-4]|" + "|".join(_ROLES)
_LABEL_ROLES = (
    *_ROLES,
    *"Lender Borrower Advertiser Publisher Sponsor Developer Guarantor".split(),
)
"""Roles that label a party's line on a cover or in a signature block ('LENDER:', 'SPONSOR(S):')
as well as the roles a preamble defines."""
_LABEL_ROLE = r"Party\s+[A-D1-4]|" + "|".join(_LABEL_ROLES)
_DEFINED_ROLE = re.compile(
    r"\(\s*here(?:in)?after,?\s+(?:(?:referred\s+to\s+as|called)\s+)?(?:the\s+)?"
    r"(?P<role>[A-Z][A-Za-z-]+(?:\s+[A-Z0-9][A-Za-z0-9-]*)?)\s*\)"
)
"""A role named without quotes after 'hereinafter': '(hereinafter referred to as Party A)',
'(hereinafter Kinetic)'."""
_DEFINED_BARE_ROLE = re.compile(
    r",?\s+(?i:here(?:in)?after)\s*,?\s+(?:(?i:referred\s+to\s+as|called|designated\s+as)\s+)?"
    r"(?:the\s+)?(?P<role>[A-Z][A-Za-z-]{1,30}(?:\s+[A-Z0-9][A-Za-z0-9-]{0,30})?)"
    r"(?=\s*[,.;)]|\s+(?i:and|of\s+the)\b|\s*$)"
)
"""A role named without quotes or bracket: ', hereinafter called Seller, and ...', ',
hereinafter the COMPANY, and ...'."""
_DEFINED_ROLE_BRACKETED = re.compile(rf"\((?P<role>{_ROLE})\)")
"""A role in brackets without quotes, as English forms write it: 'Fenwick Ceramics Limited
(company number 04418822) whose registered office is at ... (Supplier)'."""
_DEFINITIONS = (
    _DEFINED,
    _DEFINED_BARE,
    _DEFINED_ROLE,
    _DEFINED_ROLE_BRACKETED,
    _DEFINED_UNQUOTED,
    _DEFINED_BARE_ROLE,
)
"""Every way a preamble defines a party's short name."""
_OPENING_DEFINITIONS = _DEFINITIONS[:3]
"""The ones that can open a preamble (a bare acronym in brackets may be a place's)."""
_OPERATIVE = re.compile(r"\bNOW,?\s+THEREFORE|W\s?I\s?T\s?N\s?E\s?S\s?S|\bAGREED\b", re.I)
"""Where the recitals end and the agreement's terms begin."""
_RECITALS = re.compile(
    r"\bWHEREAS\b|\bRECITALS?\b|\bBACKGROUND\b|\bNOW,?\s+THEREFORE|W\s?I\s?T\s?N\s?E\s?S\s?S", re.I
)
"""Where the preamble ends: the recitals, 'NOW, THEREFORE', 'WITNESSETH'."""
_BETWEEN = re.compile(
    r"\b(?:by\s+and\s+)?(?:between|among|amongst)\b|\bby\s+and\s+among\b"
    r"|(?-i:\bPARTIES)\s*:?\s*(?=\(1\)|1\.\s)"
    r"|\b(?:entered\s+into|made|executed|concluded)\b(?:(?!\b(?:between|among|amongst)\b)[^.;\"“”()]){0,80}?\bby\s+"
    r"(?!and\b|(?:the\s+|both\s+|all\s+)?(?:parties|each|either|its|their|duly)\b)",
    re.I,
)
"""Where the naming of the parties starts: 'between', 'by and among', 'is entered into (as of 1
May 2020) by' followed by a name rather than 'by the parties', or an English form's 'PARTIES (1)
...'."""
_NOT_A_PARTY_NAME = re.compile(
    r"^(?:agreement|this\s+agreement|effective\s+date|amendment|parties|party|contract|"
    r"commencement\s+date|territory|products?|services|term|execution\s+date|date|"
    r".*\b(?:agreement|amendment|contract))$",
    re.I,
)
"""Defined names of the agreement or its terms, not of a party (the '"License Agreement"' an
amendment amends)."""
_CUT_AT = (
    # its description: ', a Delaware corporation', ' an Ohio limited liability company'
    r",?\s+(?:a|an)\s+(?:[A-Z]|corporation|company|limited|\w+\s+(?:corporation|company|"
    r"limited|partnership))",
    # the same without the article: ', Texas corporation', ', New York limited liability company'
    r",\s+(?-i:(?:[A-Z][a-z]+\s+){1,3}(?:corporation|company|limited\s+liability|partnership|"
    r"nonprofit|non-profit|public|private|limited\s+company|body\s+corporate))",
    # a clause about it: ', with ...', ', having ...', ', acting through ...', ', as agent'
    r",\s+(?:with|having|located|whose|organi[sz]ed|incorporated|existing|its|each|which|being|"
    r"registered|residing|represented|on\s+behalf|acting|duly|as\s+)",
    r"\s+(?-i:whose|which|who)\s",
    r"\s+(?:on\s+behalf\s+of\s+itself|for\s+itself)\b",
    # its role in a financing: ' as agent', ' as owner trustee', ' as the Servicer'
    r",?\s+as\s+(?:(?:the|an?)\s+)?(?:administrative\s+|collateral\s+|security\s+|escrow\s+|"
    r"owner\s+|indenture\s+|paying\s+|facility\s+)?(?:agent|trustee|servicer|depositor|issuer|"
    r"borrower|lender|guarantor|nominee|custodian|arranger|seller|purchaser)\b",
    # a person's or body's place: ', of the City of Calgary', ', of Toronto, Ontario'
    r",\s+of\s+(?=[A-Z]|the\s+(?:City|Town|Province|State|County|Village|Borough)\b)",
    # acting for another: ' acting on behalf of the Crown', ' acting by its trustee'
    r"\s+acting\s+(?:on\s+behalf\s+of|by\s+and\s+through|by|through|for|as|in)\b",
    r"\s+located\s+at\b|\s+(?:organi[sz]ed|incorporated)\s+under",
    # UK style: ' incorporated and registered in England and Wales', ' registered in Scotland'
    r"\s+(?:incorporated|registered)\s+(?:and\s+registered\s+)?in\s+(?=[A-Z])",
    # its former or other name: ' f/k/a Meridian Snacks, LLC', ' (formerly known as ...)',
    # ', trading as "The Spice Yard"', ' p/k/a "DJ Kestrel"'
    r",?\s+\(?(?:f/k/a|a/k/a|p/k/a|t/a|fka|formerly(?:\s+(?:known\s+as|called|named))?|"
    r"(?:previously|also|professionally|publicly)\s+known\s+as|trading\s+as)\s",
    # spouses or individuals signing together: ', husband and wife', ', jointly and severally'
    r",\s+(?:husband\s+and\s+wife|wife\s+and\s+husband|a\s+married\s+couple|spouses|"
    r"jointly(?:\s+and\s+severally)?|individually)\b",
    r"\s+(?:with|having)\s+(?:(?:a|an|its|their)\s+)?(?:principal\s+|registered\s+|head\s+|main\s+)?"
    r"(?:place|office|offices|address|seat)\b",
    r"\s+(?:with|having)\s+(?:a|an|its)\s+(?:principal|place|registered|office|address|corporate)",
    # its address or registration: ', 118 Harbour Lane', ' Suite 4', ' of 1 Elm Road',
    # ', registration nr 1998/1', ' ACN 000 000 000', ', Business ID 123-4'
    r"(?<=[A-Za-z.]),?\s+(?=\d{2,}[\s-]+[A-Z]|Suite\s|P\.?\s?O\.?\s+Box\b)",
    r"\s+of\s+(?=\d|Level\b|Suite\b|Unit\b|Floor\b)",
    r",?\s+(?:registration|registered|reg(?=\.)|company\s+(?:number|no)|VAT|tax|ABN|ACN|CIF|NIF|EIN|"
    r"business\s+id)\b",
    # its group: ' and its Affiliates', ' and its associated debtors'
    r",?\s+and\s+(?:its|their)\s+(?:affiliat|subsidiar|associated|successor|permitted|related)",
    # whoever it names in its place: ' and/or assigns', ' or its nominee', ' and assigns'
    r",?\s+(?:and/or|or|and)\s+(?:(?:its|their|his|her)\s+)?(?:successors|assigns|nominees?|"
    r"designees?)\b",
    # a bracket, unless a company form follows it ('Acme (Asia) Ltd')
    r"\s*\((?![^()]{1,30}\)\s*,?\s*(?i:co|corp|inc|ltd|limited|llc|plc|gmbh|s\.a)\b|publ\))",
)
_CUT = re.compile("|".join(_CUT_AT), re.I)
"""Where a party's name ends and what is said of it begins."""
_HEADER = re.compile(
    r"^(?:[^()]|\([^()]*\))*:\s+(?=\S)|^.*\b[Tt]he\s+undersigned,?\s+"
    r"|^.*\b(?:confirms?|records?|acknowledges?|certif(?:y|ies)|sets?\s+out)\s+that\s+(?=[A-Z])"
    r"|^.*\bterms\s+(?:on|under|upon)\s+which\s+(?=[A-Z])"
    r"|^[^,]*\b(?:agreement|engagement|appointment|retention)\s+of\s+(?=[A-Z])"
    r"|^.*\b(?:AGREEMENT|CONTRACT|LICEN[CS]E|ADDENDUM|AMENDMENT|MEMORANDUM|DEED|TERMS)S?\b"
    r"[^A-Za-z0-9]*(?=[A-Za-z0-9])"
)
"""What precedes the first party's name in its stretch: a salutation or label ending in a
colon outside brackets ('Ladies and Gentlemen:', 'Party A:'; not 'Acme Corp. (NASDAQ: ACME)'), 'the undersigned,' (or
'The undersigned' after a salutation the segmenter made a heading, its colon dropped: 'Dear
Ms. Roe' over 'The undersigned, Acme Inc. ...'), a letter's 'This letter confirms that', or the title in capitals
('JOINT VENTURE AGREEMENT Acme Corp. ("Acme") and ...')."""
_LEAD = re.compile(
    r"^(?:\(\d+\)|\([a-z]\)|[^\w\[]|and\b|or\b|between\b|among\b|by\b|\d+\.|party\s+[ab]\b|(?-i:the)\s+(?=[A-Z])|"
    r"the\s+undersigned|PARTIES(?:\s+to\s+this\s+agreement)?\b|WHEREAS\b|RECITALS?\b|"
    r"BACKGROUND\b|(?-i:[A-F])\.(?=\s)|together\s+with\b|"
    r"along\s+with\b|as\s+well\s+as\b|(?:strictly\s+)?private\s+(?:&|and)\s+confidential\b|"
    r"dear\s+(?:sir\s+or\s+madam|sir/madam|sirs?|madams?)\b|"
    r"we\b(?=\s*,)(?!\s*,\s*(?:Inc|LLC|Ltd|Limited|Corp|Co|plc|GmbH)\b))+",
    re.I,
)
"""What may open a name's stretch and is not part of it: punctuation, 'and', '(1)', 'the', a
letter's heading and greeting ('Private & Confidential Dear Sirs, We, Aurelian Bank plc')."""
_FORM_WORDS = frozenset(
    "a an the inc incorporated corp corporation llc l c ltd limited company co plc lp p llp "
    "gmbh ag sa s nv bv n v b ab pty trust partnership holdings group sas spa pte and of liability "
    "new york party".split()
)
"""Words that say what kind of company, not which one."""
_PLACE_WORDS = frozenset(US_STATES) | frozenset(w for s in US_STATES for w in s.split())
"""Places, which alone do not name a party ('a Delaware corporation')."""
_COMPANY = re.compile(
    r"\b(?:Inc|Incorporated|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|Company|Co|PLC|LP|L\.P|"
    r"LLP|GmbH|AG|S\.A|SA|N\.V|B\.V|AB|Pty|Trust|Bank|University|Association|Partnership|"
    r"Holdings?|Group|S\.A\.S|SAS|S\.r\.l|SpA|Pte|N\.A|FSB|P\.C|PLLC|S\.L|S\.p\.A|K\.K|Oy|A/S|ApS|"
    r"Ltda|Bhd|Pvt|SARL|S\.R\.L|SRL|BV|NV|PBC|P\.A|LLLP|L\.L\.P|P\.L\.L\.C|KG|KGaA|Kft|S\.L\.U|P\.S|S\.C|P\.S\.C|"
    r"ASA|AS(?=\s*[(),;]))\b\.?",
)
"""A company form that ends a name, across jurisdictions ('Inc.', 'GmbH', 'S.p.A.', 'Oy',
'Pty Ltd', 'Sdn. Bhd.', 'N.A.', Norway's 'AS' and 'ASA'; 'AS' only before a bracket or a comma,
since in a sentence set in capitals it is a word)."""


_LOAN_OUT = re.compile(r",?\s+(?:f/s/o|fso|for\s+the\s+services\s+of)\s+(?=[A-Z])", re.I)
"""A loan-out company and the person whose services it lends: 'Twin Eagles Management, Inc.
f/s/o Tyler Branstetter ("Lender")'."""
_PARTY_LABEL = re.compile(r"(?:^|\s)(?-i:Party\s+[A-D1-4])\s*:?\s+(?=[A-Z0-9])")
"""A label in the middle of a stretch: '... Legal Representative: Wang Lei Party B Coldwater Bay
Fisheries, Inc.': the next party starts after it."""


def _name_before(text: str, end: int, floor: int, first: bool = False) -> str | None:
    """The party name that ends where a defined-name bracket starts (``_name_before_one``); a
    loan-out company and its person read each on its own, as 'Lender f/s/o Person'."""
    loans = list(_LOAN_OUT.finditer(text, floor, end))
    if loans and loans[-1].start() > floor:
        lender = _name_before_one(text, loans[-1].start(), floor, first)
        artist = _name_before_one(text, end, loans[-1].end(), True)
        if lender and artist:
            return f"{lender} f/s/o {artist}"
    return _name_before_one(text, end, floor, first)


def _name_before_one(text: str, end: int, floor: int, first: bool = False) -> str | None:
    """The party name that ends where a defined-name bracket starts: the words at the start of
    the stretch since the previous party, before its description (', a Delaware corporation').
    ``first``: the stretch starts right after 'between', so it opens with a name."""
    raw = _SIDES.sub("", text[floor:end]).strip()
    inner = list(_BETWEEN.finditer(raw))
    if inner:
        # The stretch runs past a title into the preamble: the name follows the last 'between'.
        raw, first = raw[inner[-1].end() :].strip(), True
    piece = _LEAD.sub("", _HEADER.sub("", _HEADER.sub("", raw)))
    opens_with_join = first or bool(
        re.match(
            r"\W*(?:and|between|among|together\s+with|along\s+with|as\s+well\s+as)\b|\W*$",
            raw[:20],
            re.I,
        )
    )
    lower_name = opens_with_join and _LOWER_NAME.match(piece)
    if (
        not lower_name
        and re.match(r"(?:a|an)\s|[a-z]|\d[\d-]*\s", piece)
        and not _NUMBERED_COMPANY.match(piece)
    ):
        # The stretch opens with a description (the previous party's, or this one's: 'a joint
        # venture comprised of'): the name follows the last join.
        numbered = [m for m in _NUMBERED.finditer(piece) if m.end() < len(piece)]
        joins = [
            j
            for j in _JOIN.finditer(piece)
            if j.group().strip() != "and" or not _IN_A_NAME.search(piece, 0, j.start())
        ]
        joins = joins or [*re.finditer(_FORM_THEN_NAME, piece)][:1]
        if numbered:
            # 'is dated 1 May 2023 PARTIES (1) HOLLOWAY LIMITED incorporated in England and
            # Wales': the list's number opens the name, an 'and' after it is its description's
            joins = numbered
        if not joins:
            # The stretch is the end of a recital about the previous party; the next recital
            # opens with this party ('... owns patents. B. Osprey Inc., a Delaware corporation').
            ends = list(_SENTENCE_END.finditer(piece))[-1:]
            joins = [m for m in ends if _RECITAL_MARK.match(piece, m.end())]
        if not joins:
            return None
        piece = _LEAD.sub("", piece[joins[-1].end() :])
    labels = list(_PARTY_LABEL.finditer(piece))
    if labels and labels[-1].end() < len(piece):
        piece = piece[labels[-1].end() :]
    numbered = list(_NUMBERED.finditer(piece))
    if numbered and numbered[-1].end() < len(piece):
        piece = piece[numbered[-1].end() :]  # '..., Hong Kong (2) BETA PLC': the next party
    officer = _OFFICER_OF.search(piece)
    if officer:
        piece = piece[officer.end() :]  # 'Jane Roe, director of Acme Ltd': Acme signs through her
    division = _DIVISION_OF.search(piece)
    if (
        division
        and _COMPANY.search(piece, division.end())
        and not (division.start() and _COMPANY_END.search(piece[: division.start()]))
    ):
        piece = piece[division.end() :]  # 'the Consumer Products division of Beltrane Inc.'
    piece = _DIVISION_AFTER.sub("", piece)
    cut = _CUT.search(piece)
    if cut:
        piece = piece[: cut.start()]
    formed = _FORM_THEN_MORE.search(piece)
    if formed:
        piece = piece[: formed.end()]  # 'Quantel GmbH, Hauptstrasse 1, Munich': the address
    # A word a PDF's lines hyphenated: 'Pacific Rim Tele-\ncommunications Ltd.'; a converter's
    # markup around a word: 'SILICON SMELTERS << Pty >> Ltd'
    piece = re.sub(r"<<\s*|\s*>>|<PAGE>", " ", piece)
    piece = re.sub(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])", "", piece)
    piece = re.sub(r"\s+", " ", piece).strip(" ,;:-–—")
    if not piece or len(piece) > 120 or _TITLE_WORD.search(piece) or _SENTENCE_END.search(piece):
        return None
    lower_case = not re.match(r"[A-Z0-9\[]", piece)
    if lower_case and not (opens_with_join and _LOWER_NAME.match(piece)):
        return None
    words = piece.split()
    if not _SUBSTANTIVE(piece):
        return None
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit() or w[:1] == "&")
    if (not lower_case and capitals < max(1, (len(words) + 1) // 2)) or len(words) > 14:
        return None
    return piece if _plausible(piece) else None


_DIVISION_OF = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w&-]*\s+){1,3}(?i:division|business\s+unit)\s+of\s+(?=[A-Z])"
    r"|,\s+an?\s+(?:(?:operating|unincorporated|wholly[\s-]owned)\s+)?(?i:division|business\s+unit)"
    r"\s+of\s+(?=[A-Z])"
)
"""A division, which is not a legal person, named before its company: 'the Consumer Products
division of Beltrane Industries Inc.', 'Granite Ridge Foods, an operating division of Halvorsen
Brands Inc.': the company is the party. Only before the name or after one without a company
form, and with a company form after it: not 'Brightwater Labs LLC, formerly a division of Corwin
Pharma Inc.', 'the Division of Insurance of the Commonwealth', nor a department in an address
('c/o Division of Research Contracts, 14 Alder Hall')."""
_DIVISION_AFTER = re.compile(r"\s+[-–—]\s+(?:[A-Z][\w&-]*\s+){1,4}Division\W*$")
"""A division after its company's name: 'Pellworth Chemical Company - Specialty Coatings
Division'."""
_JOIN = re.compile(
    r",?\s+(?:and|together\s+with|along\s+with|as\s+well\s+as)\s+(?=[A-Z(])|;\s*|\s+AND\s+"
    r"|(?:^|,?\s+)(?:f/s/o|for\s+(?:the\s+)?services\s+of|(?:comprised|consisting|composed)\s+of)"
    r"\s+(?=[A-Z])"
    r"|(?:^|\s+)to\s+(?:retain|engage|employ|appoint|hire)\s+(?:you,?\s+)?(?=[A-Z])"
    r"|\s+(?:provide|supply|render|sell|license)\s+(?:[a-z-]+\s+){0,4}?to\s+(?=[A-Z])"
    r"|(?:^|,?\s+)(?:its|their)\s+(?:(?:wholly|majority)[\s-]owned\s+|direct\s+|indirect\s+)*"
    r"(?:subsidiary|parent(?:\s+company)?|affiliate)\s*,?\s+(?=[A-Z])"
)
"""What joins one party to the next: 'and', 'together with', 'as well as', a semicolon, and
a loan-out company's 'for the services of' (or 'f/s/o') the artist it lends, a group's
'comprised of' its members, a letter's 'wishes to engage' (or retain, employ, appoint) the
person it is addressed to, 'will provide services to' its client, and a party's 'its wholly owned subsidiary, Beta Bank'."""
_RECITAL_MARK = re.compile(r"(?:[A-H]\.|\([A-Ha-h1-9]\)|[1-9]\.|WHEREAS,?|Whereas,?)\s+(?=[A-Z])")
"""What opens a recital: 'B.', '(b)', '2.', 'WHEREAS'."""
_IN_A_NAME = re.compile(
    r"\bthe\s+(?!(?i:company|corporation|partnership|trust|state|government|parties)\b)"
    r"[A-Z][a-z]+$"
)
"""What precedes an 'and' inside one body's name, not between two parties: 'proposes to file
with the Securities and Exchange Commission (the "Commission")'."""
_FORM_THEN_NAME = re.compile(
    r"\b(?:corporation|company|partnership|limited|entity|organi[sz]ation|association|"
    r"corporate|individual|resident)\s*,\s+(?=[A-Z0-9])"
)
"""The end of one party's description and the next name, when no 'and' joins them:
'..., a Pennsylvania corporation, Beta Ltd. ("Beta")'."""
_OFFICER_OF = re.compile(
    r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3},\s+(?:the\s+|a\s+)?(?:director|president|chief\s+\w+\s+"
    r"officer|ceo|owner|managing\s+director|general\s+partner|sole\s+proprietor)\s+of\s+(?=\S)",
    re.I,
)
"""A person named as a company's officer: the company is the party."""
_SIDES = re.compile(r",?\s*\bon\s+the\s+(?:one|other)\s+hand\b,?", re.I)
"""'..., on the one hand, and ...': which side a party is on, not part of any name."""
_FORM_THEN_MORE = re.compile(
    rf"(?i:{_COMPANY.pattern})(?=,\s+(?!and\b|&|or\b)(?!(?i:{_COMPANY.pattern})))"
)
"""A company form followed by more after a comma that is not another form: what follows is
an address or a registration number ('Acme Oy, Business ID 123-4, Helsinki')."""
_NUMBERED = re.compile(r"(?:^|\s)\(\s*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\s*\)\s+(?=[A-Z0-9])")
"""A party's number in a list of parties: '(1) Acme Ltd ...; and (2) Beta PLC ...'."""
_LOWER_NAME = re.compile(
    r"(?!(?:a|an|the|each|any|its|all|such|this|that|which)\b)[a-z][\w]*[A-Z.&-]"
)
"""A name written in lower case ('eGain', 'theglobe.com, Inc.', 'i-on interactive'): a first
word with a capital, a dot or a hyphen inside."""


_TITLE_WORD = re.compile(
    r"\b(?:agreements?|contracts?|addend(?:um|a)|amendments?)\b|\bAct(?:\s+of\s+\d{4})?$|\bCode\s+of\b"
    r"|\b(?:schedule|exhibit|appendix|annex)\s+(?-i:[A-Z]|\d{1,3})\b",
    re.I,
)
"""A document's, an attachment's or a statute's title ('Gas Transportation Agreement', 'TO
SCHEDULE A', 'Securities Act of 1933'), never a party's name."""


_CONNECTORS = frozenset(
    "of and the de du la le les des del della da di do dos y e et und van von der den for à "
    "d/b/a dba s.à r.l r.l. mbh".split()
)
"""Lower-case words a company's name may hold ('Bank of America', 'Banco do Brasil')."""


def _plausible(name: str) -> bool:
    """Whether a name reads as a name, not a sentence or an address."""
    words = [w.strip(",.;:") for w in name.split()]
    if (
        _ADDRESS.search(name)
        or re.search(r"\[\s*\*+\s*\]|\*\*\*", name)
        or any(w in _SENTENCE_WORDS for w in words)
        or len(words) == 1
        and words[0].lower() in _NOT_A_NAME
        or re.fullmatch(r"[\d./-]+", words[0])
        and not _NUMBERED_COMPANY.match(name)
    ):
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower() and w not in _CONNECTORS)
    # A name styled in lower case ('i-on interactive'), or one a company form ends, may hold
    # lower-case words ('Sp. z o.o.'), though not a clause's worth ('Larch borrowed money from
    # Oakhurst Bank, N.A.'); any other is mostly capitalised.
    prose = any(
        all(re.fullmatch(r"[a-z]{3,}", w) and w not in _CONNECTORS for w in pair)
        for pair in zip(words[1:-1], words[2:], strict=True)
    )
    formed = bool(_COMPANY_END.search(name)) and lower <= 2
    return words[0][:1].islower() or not prose and (formed or lower * 2 < len(words))


_NUMBERED_COMPANY = re.compile(
    rf"\d{{4,}}[\d-]*\s+(?:[A-Z][\w&'.-]*,?\s+){{1,5}}?(?i:{_COMPANY.pattern})(?!\w)"
)
"""A company known by its registration number ('2317839 Ontario Limited', '1234567 B.C. Ltd.'),
not an address ('12 Elm Road')."""
_SENTENCE_WORDS = frozenset(
    "shall will may must agree agrees grant grants is are was were has have hereby herein "
    "this that which provides means within addition".split()
)
"""Words of a sentence that no company's name holds: a stretch read past the name."""
_NOT_A_NAME = frozenset("as in for with to by if upon on at from under we us".split())
"""A word that is a party's name only in another sentence: 'As an inducement to Kiosk Inc.
("Franchisor")', '("Lender"), we, ...'."""
_ADDRESS = re.compile(r",?\s+(?:\d{2,}[\s-]+[A-Z]|Suite\s|P\.?\s?O\.?\s+Box\b)")
"""An address glued to a name: '..., 118 Harbour Lane', ' Suite 207'."""


def _SUBSTANTIVE(name: str) -> bool:
    """Whether a name says more than a form of company ('Delaware Corporation', 'Company')."""
    words = re.sub(r"[^A-Za-z0-9&]+", " ", name).split()
    return any(w.lower() not in _FORM_WORDS and w not in _PLACE_WORDS and len(w) > 1 for w in words)


def preamble(clauses: list[Clause]) -> tuple[str, list[tuple[int, Clause]]]:
    """The leading clauses as one text, headings included (a segmenter may take a party's name
    for a heading), with where each clause starts."""
    return _joined(clauses[:PREAMBLE_CLAUSES])


_LIST_NUMBER = re.compile(r"\(\s*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\s*\)")
"""A clause number that may number a party: '(1)', '(b)'. A PDF sets '(1) ACME LIMITED' and
'(2) BETA PLC' on lines of their own, and the segmenter keeps the number apart from the text;
a text file runs them into the preamble, where the number marks where the next name starts."""


def _joined(clauses: list[Clause]) -> tuple[str, list[tuple[int, Clause]]]:
    """Clauses as one text, headings included, with where each clause starts."""
    parts: list[str] = []
    starts: list[tuple[int, Clause]] = []
    offset = 0
    for clause in clauses:
        listed = clause.number if _LIST_NUMBER.fullmatch(clause.number or "") else None
        heading = clause.heading
        if heading and re.fullmatch(r"[A-H]", heading):
            heading += "."
        elif heading and re.fullmatch(
            rf"(?:the\s+)?(?:name\s+of\s+(?:the\s+)?)?(?:{_LABEL_ROLE})", heading, re.I
        ):
            heading += ":"
        piece = " ".join(p for p in (listed, heading, clause.text) if p)
        starts.append((offset, clause))
        parts.append(piece)
        offset += len(piece) + 1
    return " ".join(parts), starts


def parties(clauses: list[Clause]) -> Found | None:
    """The parties the preamble names, in order, with the words that name them."""
    found = _parties_from(clauses, 0)
    if found is None or len(found.value) < 2:
        # A cover page or a table of contents longer than the leading clauses: the preamble
        # is the first clause further on that opens like one ('THIS AGREEMENT is made ...').
        later = next(
            (
                n
                for n, clause in enumerate(clauses[PREAMBLE_CLAUSES:LATE_PREAMBLE_CLAUSES])
                if _OPENS_A_PREAMBLE.match(" ".join(p for p in (clause.heading, clause.text) if p))
            ),
            None,
        )
        if later is not None:
            moved = _parties_from(clauses, PREAMBLE_CLAUSES + later)
            if moved is not None and len(moved.value) >= 2:
                return moved
        second = _second_reading(clauses)
        if second is not None:
            return second
    return found


def _second_reading(clauses: list[Clause]) -> Found | None:
    """The parties as another part of the agreement names them, by the first second reading
    that finds two."""
    text, starts = _joined(clauses)
    for reading in SECOND_READINGS:
        found = reading(text)
        if found:
            anchor = found[0][1]
            clause_start, clause = next((o, c) for o, c in reversed(starts) if o <= anchor)
            names = [name for name, _ in found]
            quote = _quote(text, names, anchor, clause_start)
            return Found(names, Sentence(quote, clause, 0), quote=quote)
    return None


LATE_PREAMBLE_CLAUSES = 120
"""How far a preamble may follow a cover page and a table of contents, in clauses."""
_OPENS_A_PREAMBLE = re.compile(
    r"\s*(?:THIS|This)\s+(?:[\w&,'-]+\s+){0,8}?(?:AGREEMENT|Agreement|CONTRACT|Contract|LEASE|Lease|"
    r"DEED|Deed|LICEN[CS]E|Licen[cs]e)\b[^.]{0,300}?"
    r"\b(?:between|among|amongst|(?:made|entered\s+into)\b[^.]{0,200}?\bby)\b"
)
"""A clause that opens a preamble: 'This Franchise Agreement ... is made ... between'."""


def _parties_from(clauses: list[Clause], first: int) -> Found | None:
    """The parties the preamble from clause ``first`` on names (or the signature blocks)."""
    text, starts = preamble(clauses[first:])
    best: tuple[list[str], int, int] = ([], 0, 0)
    for anchor, by_between in _anchors(text):
        names, limit = _names_from(text, anchor, by_between)
        if len(names) < 2 and not by_between:
            through = _names_from(text, anchor, False, True)
            added = [n for n in through[0] if n not in names]
            if len(through[0]) >= 2 and all(_opens_a_recital(text, n) for n in added):
                names, limit = through
        if len(names) > len(best[0]):
            best = (names, anchor, limit)
        if len(names) >= 2:
            break
    names, anchor, limit = best
    if len(names) < 2:
        formed = list(_LABELLED.finditer(text, 0, FALLBACK_REACH))
        described = [
            m
            for m in _LABELLED_DESCRIBED.finditer(text, 0, FALLBACK_REACH)
            if not any(f.start() <= m.start("name") < f.end() for f in formed)
        ]
        labels = sorted([*formed, *described], key=lambda m: m.start())
        for label in labels:
            name = " ".join(label.group("name").split())
            if _SUBSTANTIVE(name) and _plausible(name) and not any(_same(name, m) for m in names):
                names.append(name)
        if labels:
            anchor, limit = labels[0].start(), labels[-1].end()
    if len(names) < 2:
        # The preamble does not name them both: the signature blocks do ('ACME CORP. By: ...').
        text, starts = _joined(clauses)
        signed = _signatories(text)
        new = [(n, at) for n, at in signed if not any(_same(n, m) for m in names)]
        if len(names) + len(new) >= 2 and new:
            names = names + [n for n, _ in new]
            anchor, limit = new[0][1], new[-1][1] + 200
    if (
        len(names) == 1
        and _COMPANY_END.search(names[0])
        and (_BLANK.search(text, anchor, limit) or _EMPTY_LABEL.search(text, 0, FALLBACK_REACH))
    ):
        pass  # a form: the other party is a blank to fill in, the one named is the answer
    elif len(names) < 2:
        return None
    clause_start, clause = next((o, c) for o, c in reversed(starts) if o <= anchor)
    quote = _quote(text, names, anchor, clause_start)
    return Found(names, Sentence(quote, clause, 0), quote=quote)


QUOTE_LEAD = 160
"""Characters before the first name that the quote may start at: the clause's or sentence's
start if it is that near ('This Agreement is made on 3 March 2025 between ...')."""


def _quote(text: str, names: list[str], anchor: int, clause_start: int) -> str:
    """The words that name the parties: from the start of their sentence (or clause, or a
    word) to the end of the sentence that names the last of them, never mid-word."""
    start = max(clause_start, anchor - QUOTE_LEAD)
    sentence_start = max(text.rfind(". ", start, anchor), text.rfind("; ", start, anchor))
    if sentence_start >= 0:
        start = sentence_start + 2
    elif start > clause_start:
        start = text.find(" ", start, anchor) + 1 or anchor
    found = [at + len(name) for name in names if (at := text.find(name, anchor)) >= 0]
    end = max(found, default=anchor + QUOTE_LEAD)
    stop = re.search(r"[.;:](?=\s|$)", text[end : end + QUOTE_LEAD])
    end = end + stop.end() if stop else end
    return text[start:end].strip()


_BLANK = re.compile(
    r"_{4,}|\[\s*(?:•|\*|\.{3}|…)?\s*\]|\[(?-i:[A-Z][A-Z /]{2,40})\]"
    r"|\bthe\s+individual\s+(?:whose\s+name\s+appears|named|identified)\s+(?:on|in)\s+the\s+signature\s+page",
    re.I,
)
"""A blank left for a name in a form: '____', '[ ]', '[•]'."""
_SIGNING = re.compile(r"\bBy\s*:|\bBy\s+(?=[A-Z/_])|/s/|\bSignature\s*:|\bName\s*:\s*_")
"""What follows a party's name in a signature block: 'By:', '/s/', 'Signature:'."""
_SIGNATURE_PAGE = re.compile(
    r"IN\s+WITNESS|\[?Signature\s+Page|\bSIGNATURE\s+PAGE|undersigned\s+(?:have|has|hereby)", re.I
)
"""Where the signature blocks start: 'IN WITNESS WHEREOF', '[Signature Page ...]'."""
_NOT_IN_A_NAME = re.compile(
    r"^(?:Officer|Signatory|President|Director|Secretary|Title|Name|Partner|Member|Manager|Date|"
    r"Esq|Chairman|Treasurer|Representative|Counsel|Witness|WHEREOF|written|above|Dated|Its|"
    r"ACCEPTED|AGREED|ACKNOWLEDGED|CONFIRMED|(?-i:Signatures))\W*$",
    re.I,
)
"""Words that end the text before a name in a signature block (a title, a label), not part of it."""
_ABBREVIATION = re.compile(rf"(?:[A-Z]\.)+|[A-Z][a-z]{{0,2}}\.|(?i:{_COMPANY.pattern})")
"""A word ending in a full stop that does not end a sentence: an initial, 'Inc.', 'Co.'."""
_COMPANY_END = re.compile(rf"(?i:{_COMPANY.pattern})\W*$")
"""A name that ends in a company form."""


def _signatories(text: str) -> list[tuple[str, int]]:
    """The companies named just above 'By:' in the signature blocks, in order, with where."""
    page = _SIGNATURE_PAGE.search(text)
    start = page.start() if page else 0
    out: list[tuple[str, int]] = []
    for mark in _SIGNING.finditer(text, start):
        if re.search(r"\bBy\s*:?\s*$", text[max(0, mark.start() - 6) : mark.start()]):
            continue  # 'By: Beta GP LLC, its general partner By: /s/': the signer's agent
        name = _name_above(text[max(start, mark.start() - 160) : mark.start()])
        if name and not any(_same(name, n) for n, _ in out):
            out.append((name, mark.start()))
    for signed in _SIGNED_BY_HAND.finditer(text, start):
        name = signed.group("name")
        before = text[max(start, signed.start() - 160) : signed.start()]
        after = text[signed.end() : signed.end() + 80]
        if (
            re.search(r"\bBy\s*:?\s*$", before)
            or _name_above(before)
            or re.match(r"\s*(?:,|\(?(?i:title|its)\b)", after)
            or any(_same(name, n) for n, _ in out)
        ):
            continue  # an officer signing for the company named above, not a party himself
        out.append((name, signed.start()))
    for block in _EXECUTED_BY.finditer(text, start):
        if not page and not block.group().startswith(("SIGNED", "EXECUTED")):
            continue  # 'to be signed by Acme' in the body: no signature page, no block in capitals
        name = " ".join(block.group("name").split()).strip(" ,")
        if (
            _SUBSTANTIVE(name)
            and _plausible(name)
            and (_COMPANY_END.search(name) or name.upper() == name)
            and not any(_same(name, n) for n, _ in out)
        ):
            out.append((name, block.start()))
    return sorted(out, key=lambda found: found[1])


_SIGNED_BY_HAND = re.compile(
    r"/s/\s*(?P<name>(?:[A-Z][a-z'-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'-]+|[A-Z]\.)){1,3}?)\s+(?P=name)\b"
)
"""An individual party's signature, the name typed again beneath it: '/s/ Daniel Okafor Daniel
Okafor' (an officer's has 'By:' or a company above it, or a title below)."""
_EXECUTED_BY = re.compile(
    r"\b(?i:signed|executed)(?:\s+(?i:and\s+delivered))?(?:\s+(?i:as\s+a\s+deed))?\s+"
    r"(?i:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|by|for)\s+"
    r"(?P<name>[A-Z0-9][\w&'.-]*(?:,?\s+(?:[A-Z0-9(][\w&'.()-]*|of|and|de|&)){0,9})"
    r"(?=\s+(?i:by|acting|through|in\s+the\s+presence)\b|\s*[,:(]|\s*$)"
)
"""A UK execution block, which names the company signing: 'SIGNED for and on behalf of ACME
LIMITED by ...', 'EXECUTED as a DEED by BETA PLC acting by two directors'."""


def _name_above(before: str) -> str | None:
    """The name that ends a signature block's first line: its capitalised words, back to a
    title, label or date; a company form ends it, or it is written in capitals."""
    words = before.split()
    run: list[str] = []
    named = False  # a word of the name itself (not its company form) has been read
    for word in reversed(words):
        form = bool(re.fullmatch(rf"(?i:{_COMPANY.pattern})\W*", word))
        if form and named:
            break  # the form that ends the block above: 'BETA GP LLC ACME FUND, L.P. By:'
        named = named or not form
        if (
            _NOT_IN_A_NAME.match(word)
            or re.search(r"\d/\d|[:\]]$", word)
            or run
            and word[-1] == ")"
        ):
            break  # a title, a label, a date or a bracketed note ends the line above the name
        if re.fullmatch(r"(?:19|20)\d\d[,.]?", word):
            break  # the date line above the block: 'Dated: 3 March 2021 ACME FUND, L.P. By:'
        if run and word.endswith(".") and not _ABBREVIATION.fullmatch(word):
            break  # the end of the sentence before the blocks ('... on 3 March 2021.')
        head = word.lstrip("(")[:1]
        if not (head.isupper() or head.isdigit() or word in ("&", "of", "and", "de", "-", "–")):
            break
        run.insert(0, word)
        if len(run) > 10:
            return None
    while run and (
        run[0].lower() in ("of", "and", "de", "-", "–")
        or re.fullmatch(r"[A-Z]+\(?S?\)?:?", run[0])
        and run[0].rstrip(":()S") in _ROLE_WORDS_CAPS
    ):
        run.pop(0)  # a role label above the name: 'PURCHASER', 'SPONSOR(S):'
    name = " ".join(run).strip(" ,")
    if not name or not _SUBSTANTIVE(name) or not _plausible(name):
        return None
    capitals = name.upper() == name and len(run) >= 2
    return name if _COMPANY_END.search(name) or capitals else None


_ROLE_WORDS_CAPS = frozenset(r.upper() for r in _LABEL_ROLES)
_ROLE_CAPS = r"PARTY\s+[A-D1-4]|Party\s+[A-D1-4]|" + "|".join(r.upper() for r in _ROLES)
_LABELLED = re.compile(
    rf"(?:\b(?i:{_LABEL_ROLE})(?:\s*/\s*[\w-]+)?(?:\s*\([^()]{{1,40}}\))?\s*[:;]|\b(?i:{_ROLE})\s+(?i:(?:full\s+)?(?:legal\s+)?name)\b"
    rf"\s*[:;]?|\b(?:{_ROLE_CAPS})(?=\s+[A-Z]))"
    rf"\s*(?P<name>(?:(?!(?:{_ROLE_CAPS})\b)(?:[A-Z0-9][\w&'.-]*|\([A-Z][\w ]+\))\s*,?\s+"
    r"|(?:of|and|de|the|&)\s+){0,10}?"
    rf"(?i:{_COMPANY.pattern})(?:,?\s+(?![a-z]{{4}})(?i:{_COMPANY.pattern}))?)",
)
"""A party named after its role as a label, in a cover table or a 'Party A: ...' list:
'Party A: Acme (Shanghai) Trading Co., Ltd.', 'Client Name ACME CORP.', 'SELLER BETA S.A.'
(the name must end in a company form, since the roles also open ordinary sentences; a second
form is no word in lower case, so 'Party A: Wexford Biologics Ltd, company no. 1045' ends at
'Ltd')."""
_LABELLED_DESCRIBED = re.compile(
    rf"\b(?i:{_LABEL_ROLE})(?:\s*:|\s+(?i:(?:full\s+)?(?:legal\s+)?name)\s*:?)\s*"
    rf"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:[A-Z0-9][\w&'.-]*|of|and|the|de|&))"
    r"{0,8})(?=,\s+(?:a|an)\s|\s*\(|\s*$|\s+(?:(?:Legal\s+|Registered\s+)?Address|Domicile|Legal\s+Representative|Tel|Telephone|Fax|E-?mail|Attention)\b)"
)
"""A labelled party whose name has no company form but is followed by its description or
ends the line: 'LICENSEE: Harbor Credit Union, a Washington credit union', 'Reseller Full Legal
Name Harbor.org, a nonprofit corporation'."""


_EMPTY_LABEL = re.compile(
    rf"\b(?i:{_ROLE})\s*:\s*(?i:add(?:ress)?|tel(?:ephone)?|fax|name|signature)\b\.?\s*:"
)
"""A party's label left empty in a form, the next field's label straight after it: 'The
Seller: Address:'."""


def _opens_a_recital(text: str, name: str) -> bool:
    """Whether a recital opens with the name ('WHEREAS, Beta LLC ("Beta") ...'): the party
    the recital is about, not a lender or a regulator it mentions."""
    words = r"\s+".join(re.escape(w) for w in name.split())
    return bool(re.search(rf"(?i:whereas)\W{{0,3}}(?:the\s+)?{words}", text))


def _same(a: str, b: str) -> bool:
    """Whether two names found are one party's ('Acme Inc.' and 'ACME INC'); 'Acme Inc.' and
    'Acme Holdings Inc.' are two (a parent and its subsidiary often sign together)."""
    words = [set(re.sub(r"[^a-z0-9]+", " ", n.lower()).split()) - _FORM_WORDS for n in (a, b)]
    return words[0] == words[1]


def _anchors(text: str) -> list[tuple[int, bool]]:
    """Where the naming of the parties may start, most likely first: the first 'between' before
    any recitals, then the sentence of the first defined name, then every other 'between'
    (a title's, a body's, an attached agreement's) in order."""
    recitals = _RECITALS.search(text)
    betweens = [m.end() for m in _BETWEEN.finditer(text)]
    first = (
        betweens[0]
        if betweens
        and betweens[0] < FALLBACK_REACH
        and not (recitals and recitals.start() < betweens[0])
        else None
    )
    anchors: list[tuple[int, bool]] = [(first, True)] if first is not None else []
    defined = [m.start() for m in (p.search(text) for p in _OPENING_DEFINITIONS) if m]
    if defined:
        anchors.append((_sentence_start(text, min(defined)), False))
    anchors += [(b, True) for b in betweens if b != first and _opens_an_agreement(text, b)]
    return anchors


FALLBACK_REACH = 3000
"""A later 'between' names the parties only this near the start (a title, a second preamble
after a cover page); further on it is the body's ('disputes between the parties')."""


def _opens_an_agreement(text: str, at: int) -> bool:
    """Whether the 'between' ending at ``at`` opens an agreement: near the start, in a sentence
    or title that names the agreement ('This Supply Agreement is made between')."""
    start = _sentence_start(text, at)
    return at < FALLBACK_REACH and (
        start == 0 or bool(re.search(r"\b(?:agreement|contract)\b", text[start:at], re.I))
    )


_ABBREVIATIONS = (
    "Inc Corp Co Cos Ltd Ltda Pty Pvt Pte Bhd Sdn Mfg Intl Natl Assn Bros Cia Cie Cal Mass "
    "No Nos St Ste Ave Rd Blvd Fl Dept Box Mt Ft Mr Mrs Ms Dr Jr Sr Esq Prof vs"
).split()
"""Words a full stop abbreviates inside a name or an address ('Pvt. Ltd.', 'Main St.')."""
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])"
    + "".join(rf"(?<!\b{word})" for word in [*_ABBREVIATIONS, *map(str.upper, _ABBREVIATIONS)])
    + r"\.\s+(?=[A-Z\"“])"
)
"""A full stop that ends a sentence, not an abbreviation's ('P.O. Box', 'Acme Inc. and'), in
capitals too: a preamble set in capitals ('AND DR. JANE ROE INC.', 'ACME CORP. AND BETA')
was cut at 'DR.' and named one party."""


def _split_joint(name: str) -> list[str]:
    """Parties defined together, each a company: 'Beta Corp. and Gamma LLC (together,
    "Sellers")' -> ['Beta Corp.', 'Gamma LLC']; 'ALPHA, LLC AND BETA II, LLC'; 'Alpha Corp.,
    Beta LLC and Gamma Ltd.'."""
    if " f/s/o " in name:
        lender, artist = name.split(" f/s/o ", 1)
        return [*_split_joint(lender), artist]
    companies = _listed_companies(name)
    if len(companies) > 1:
        return companies
    parts = [p.strip(" ,") for p in re.split(r",?\s+and\s+", name)]
    if len(parts) > 1 and (
        all(_PERSON.fullmatch(p) for p in parts)
        and (
            len({p.split()[-1] for p in parts}) == 1
            or all(re.search(r"^(?:Mr|Mrs|Ms|Dr|Miss)\b|\s[A-Z]\.\s", p) for p in parts)
        )
    ):
        return parts
    return [name]


def _listed_companies(name: str) -> list[str]:
    """A list of companies, each ended by its form, parted by commas or 'and' ('Alpha Corp.,
    Beta LLC and Gamma Ltd.', 'Acme Co., Ltd. and Beta Corp.'); [] where a piece is not a
    company ('Smith and Jones LLC')."""
    spans: list[list[int]] = []
    start = 0
    for separator in [*re.finditer(r",?\s+(?i:and)\s+|,\s+", name), None]:
        end = separator.start() if separator else len(name)
        piece = name[start:end].strip(" ,")
        if _COMPANY_END.search(piece) and _SUBSTANTIVE(piece):
            spans.append([start, end])
        elif _COMPANY_END.match(piece) and spans:
            spans[-1][1] = end  # a second form: 'Acme Co., Ltd.'
        elif separator:
            continue  # the name goes on: 'Acme, Inc.'
        else:
            return []
        start = separator.end() if separator else end
    return [name[a:b].strip(" ,") for a, b in spans]


_PERSON = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][a-z'-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'-]+)){1,3}"
)
"""A person's name ('Robert Kline', 'Dr. Ann B. Moss'): individuals defined together ('Robert
Kline and Susan Kline, husband and wife (together, "Sellers")') are each a party, when they
share a surname or each has a title or an initial (a firm's name may hold an 'and')."""


def _bracket_end(text: str, at: int) -> int:
    """The end of the bracket a defined name sits in: '(the "Operating Partnership" and,
    with the Company, the "Group")' is one definition, not the start of the next party."""
    close = text.find(")", at, at + 200)
    return close + 1 if close >= 0 and "(" not in text[at:close] else at


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence that holds ``end`` starts (the text's start when it is the first)."""
    stops = [m.end() for m in _SENTENCE_END.finditer(text, 0, end)]
    return stops[-1] if stops else 0


def _names_from(
    text: str, anchor: int, by_between: bool, through_recitals: bool = False
) -> tuple[list[str], int]:
    """The parties named from ``anchor`` on, and where their naming stops. ``through_recitals``:
    each recital may name one ('WHEREAS, Acme Inc. ("Acme") makes ...; and WHEREAS, Beta LLC
    ("Beta") ...'), so only 'NOW, THEREFORE' and the like end the naming."""
    first_defined = (
        []
        if by_between
        else [m.end() for p in _OPENING_DEFINITIONS if (m := p.search(text, anchor))]
    )
    # Without 'between', the parties may be named in the first recital ('WHEREAS, Acme Inc.
    # ("Acme") and ...'): the naming stops at the next recital, not that one.
    stops = _OPERATIVE if through_recitals else _RECITALS
    stop = stops.search(text, min(first_defined, default=anchor))
    limit = min(stop.start() if stop else len(text), anchor + PREAMBLE_REACH)
    names: list[str] = []
    floor = anchor
    found = sorted(
        (m for p in _DEFINITIONS for m in p.finditer(text, anchor, limit)), key=lambda m: m.start()
    )
    for defined in found:
        if defined.start() < floor:
            continue  # inside the previous definition
        if defined.re is _DEFINED_ROLE_BRACKETED and len(names) >= 2:
            continue  # 'Each party appoints a representative: Alan Crewe (Supplier) and ...'
        groups = defined.groupdict()
        short = (groups.get("short") or groups.get("role") or groups.get("acronym") or "").strip()
        name = (
            None
            if _NOT_A_PARTY_NAME.match(short)
            else _name_before(text, defined.start(), floor, first=floor == anchor and by_between)
        )
        if (
            name
            and defined.re is _DEFINED_ROLE_BRACKETED
            and not by_between
            and not _COMPANY_END.search(name)
        ):
            name = None  # a bare '(Supplier)' names a company ('... Limited ... (Supplier)') only
        floor = _bracket_end(text, defined.end())
        for one in _split_joint(name) if name else []:
            if not any(_same(one, kept) for kept in names):
                names.append(one)
        if len(names) >= MAX_PARTIES:
            break
    if len(names) < 2 and by_between:
        # A title in capitals: 'AGREEMENT BY AND BETWEEN ACME INC AND BETA CORP June 1, 2005'.
        listed = _capital_list(text[anchor : anchor + 400])
        if len(listed) >= 2:
            names = listed
    if len(names) < 2:
        # Names known only by their company form are read in the preamble's sentence alone.
        end = _SENTENCE_END.search(text, anchor, limit)
        plain = _plain_names(text[anchor : end.start() if end else limit])
        names += [n for n in plain if not any(n in m or m in n or _same(n, m) for m in names)]
    if len(names) == 1 and by_between:
        # An online agreement's reader: 'between Acme Bank, N.A. ("Acme") and you'.
        you = _YOU.match(text, anchor, min(limit, anchor + 400))
        if you and you.group("first"):
            names.insert(0, "you")
        elif you:
            names.append("you")
    if len(names) < 2 and by_between:
        pair = _BARE_PAIR.match(text, anchor, limit)
        found = [pair.group("a"), pair.group("b")] if pair else []
        if found and all(
            (_COMPANY_END.search(n) or _PERSON.fullmatch(n)) and _SUBSTANTIVE(n) and _plausible(n)
            for n in found
        ):
            names = found
    return names, limit


_YOU = re.compile(
    r"\s*(?P<first>you)\b(?:\s*\([^()]{0,60}\))?,?\s+(?:and|&)\s"
    r"|[^;]{0,300}?\)\s*,?\s+(?:and|&)\s+you\b(?!r)",
    re.I,
)
"""The reader as a party, in an online or standard-form agreement: 'between you and Acme',
'between Acme Bank, N.A. ("Acme") and you, as an "Affiliate"'."""
_BARE_NAME = r"[A-Z][\w&'.-]*(?:,?\s+(?:[A-Z][\w&'.-]*|of|de|&)){0,7}"
_BARE_PAIR = re.compile(
    rf"\s*:?\s*(?:the\s+)?(?P<a>{_BARE_NAME})\s*,?\s+and\s+(?:the\s+)?(?P<b>{_BARE_NAME})"
    r"(?=\s*[,.;]|\s+(?:on|dated|as\s+of|for|with|effective|in|to|who|whereby|under)\b|\s*$)"
)
"""Two parties named after 'between' with nothing said of them, a company and a person:
'between Acme Ltd and John Smith on 1 May 2020'."""


_TITLE_STOP = re.compile(
    r"\s(?:DATED|[Dd]ated|EFFECTIVE|[Ee]ffective|TABLE|[Tt]able|AS\s+OF|[Tt]his|THIS|made|entered|"
    r"[Cc]ontract\s+[Nn]o|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|"
    r"NOVEMBER|DECEMBER|January|February|March|April|June|July|August|September|October|November|"
    r"December)\b)|\s\d{1,2}[,/ ]|\s(?!(?:d/b/a|of|and|de|du|the|as)\b)[a-z]"
)
"""Where a title's list of parties ends: a date, 'Dated', the contents, a lower-case word."""


def _capital_list(title: str) -> list[str]:
    """The parties a title lists in capitals after 'between' or 'among': 'AMONG ACME TRUST
    2020-A, as Issuer, ACME LLC, as Depositor AND BETA CORP, as Servicer' -> three names."""
    stop = _TITLE_STOP.search(title)
    title = title[: stop.start()] if stop else title
    # Drop each party's role: ', as Servicer, Marketing Agent and Custodian'.
    title = re.sub(
        r",?\s+as\s+(?:[A-Z][a-z][\w-]*(?:\s+|,\s*)?(?:and\s+)?)+?"
        r"(?=,|\s+(?:AND|and)\s+(?=[A-Z]{2})|\s*$)",
        ", ",
        title,
    )
    pieces = re.split(r"\s+(?:AND|And|and)\s+(?=[A-Z])|,\s+(?=[A-Z])", title)
    names: list[str] = []
    for piece in pieces:
        piece = " ".join(piece.split()).strip(" ,;:")
        if names and re.fullmatch(rf"(?i:{_COMPANY.pattern})", piece):
            names[-1] += ", " + piece  # 'ACME HOLDINGS, INC.': the form belongs to the name
        elif piece:
            names.append(piece)
    capitals = all(
        re.sub(r"d/b/a|\bof\b|\band\b|\bde\b", "", n).upper()
        == re.sub(r"d/b/a|\bof\b|\band\b|\bde\b", "", n)
        for n in names
    )
    if any(
        re.match(rf"(?i:{_COMPANY.pattern})(?:\s|$)", n) or re.search(rf"\(\s*(?i:{_ROLE})\s*\)", n)
        for n in names
    ):
        return []
    if not capitals or not all(_SUBSTANTIVE(n) and len(n.split()) <= 10 for n in names):
        return []
    return names[:MAX_PARTIES]


def _plain_names(text: str) -> list[str]:
    """'between Acme Corp. and Beta Ltd.' with no defined names: company names by their suffix."""
    names = []
    form = _COMPANY.pattern
    # a word of the name, or a lone '&' ('Lark & Finch Design Co.'); a comma only before the form
    # or after a word in capitals ('SIMPLY HERBS, Nervana Herbal Company'), so 'the customer named
    # in the Order Form, Haldane Legal LLP' does not run into the name;
    # the form whole ('Co' is not the start of 'Co-operative')
    word = r"(?:[A-Z][\w&.'-]*|[A-Z][A-Z&.'-]+,|&)\s+"
    named = rf"(?:{word}){{0,5}}?[A-Z][\w&.'-]*,?\s+{form}(?:,?\s+{form})?(?![\w-])"
    for match in re.finditer(named, text[:600]):
        # 'between Acme Inc. and Kirkby, Lowe Associates Ltd.': a name with a comma, where it
        # follows 'between' or 'and' straight away
        lead = re.search(
            r"\b(?:between|and|among)\s+((?:[A-Z][\w&.'-]*,?\s+){1,3})$", text[: match.start()]
        )
        if re.search(r"\*\s*\]\s*$", text[: match.start()]):
            continue  # '[***] Global Freight Inc.': a redacted name is no name
        whole = (lead.group(1) if lead else "") + match.group(0)
        name = _LEAD.sub("", whole).strip(" ,")
        if re.search(r"\d+-\d+", name):
            continue  # 'Mailcode NC1-023-09-01 Bank': an address's code, not a name
        if name and name not in names and _SUBSTANTIVE(name) and _plausible(name):
            names.append(name)
    return names[:MAX_PARTIES]


# Second readings: where the preamble, labels and signature blocks name fewer than two parties,
# other places an agreement names its parties. Each reads one kind of place and answers only
# with two or more distinct names, each a company (its form ends it) or a person.

_FORMED_NAME = (
    r"(?P<name>(?:[A-Z0-9][\w&'.-]{0,40}(?:,\s*|\s+)|(?:of|and|de|the|&)\s+){0,7}"
    rf"(?![a-z]{{4}})(?i:{_COMPANY.pattern})(?:,?\s+(?![a-z]{{4}})(?i:{_COMPANY.pattern}))?)"
)
"""A company's name, its form ending it ('Acme Widgets, Inc.', 'Beta Holdings Pty Ltd', 'ACME
INC.', 'Acme plc'); not a word in lower case ('Wexford Biologics Ltd, company no. 1045' ends at
'Ltd')."""
_FORMED = re.compile(_FORMED_NAME)


def _formed(name: str) -> str | None:
    """The name as found, if it names a company rather than a form or a sentence."""
    name = " ".join(_LEAD.sub("", name).split()).strip(" ,;:")
    name = re.sub(r"^(?:of|and|de)\s+", "", name)
    if not name or not _COMPANY_END.search(name) or len(name.split()) > 10:
        return None
    if _TITLE_WORD.search(name) or not _SUBSTANTIVE(name) or not _plausible(name):
        return None
    return name


def _two_or_more(found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Distinct names in order; fewer than two is no answer (one name and a role is not two)."""
    out: list[tuple[str, int]] = []
    for name, at in found:
        if not any(_same(name, kept) or name in kept or kept in name for kept, _ in out):
            out.append((name, at))
    return out[:MAX_PARTIES] if len(out) >= 2 else []


_NOTICE_TO = re.compile(
    r"\b(?i:if\s+to|if\s+sent\s+to|if\s+given\s+to|if\s+addressed\s+to)\s+(?i:the\s+)?"
    r"(?P<role>[A-Z][\w-]{1,30}(?:\s+[A-Z0-9][\w-]{0,30}){0,2}?)"
    r"(?:\s*(?P<sep>[:,]|-{1,2}|–|—)\s*(?i:to\s*:?\s*)?|\s+(?=[A-Z0-9]))"
)
"""A notices clause's heading for each party: 'if to the Company:', 'If to Licensor, to:'."""


def _notice_parties(text: str) -> list[tuple[str, int]]:
    """The parties a notices clause addresses, each by name and address: 'if to the Company:
    Acme Inc., 12 Elm Street ...; if to the Distributor: Beta Ltd, ...'. A copy to counsel is
    not under an 'if to' heading."""
    found = []
    for head in _NOTICE_TO.finditer(text):
        if head.group("role").lower() in ("either", "any", "a", "such", "them", "it"):
            continue
        # The heading may be the name itself ('If to Acme Widgets Inc.:') or a role above it;
        # without a colon, the role runs into the name ('If to the Depositor Beta LLC').
        at = head.start("role") if not head.group("sep") else head.end()
        match = _FORMED.match(text, at, at + 200)
        if not match and head.group("sep"):
            match = _FORMED.match(text, head.start("role"), head.end())
        name = _formed(_without_role(match.group("name"))) if match else None
        if name:
            found.append((name, head.start()))
    return _two_or_more(found)


_ROLE_LIKE = frozenset(
    [
        *_ROLES,
        *"Depositor Issuer Servicer Trustee Reviewer Counterparty Administrator Parent "
        "Support Licensee Licensor Borrower Lender Guarantor Partnership Party Bank".split(),
    ]
)
"""Words of a notice heading's role, before the name it is addressed to."""


def _without_role(name: str) -> str:
    """A notice's name without its heading's role: 'Miltenyi Miltenyi Biotec GmbH' (the short
    name, then the full one), 'Depositor Verizon ABS LLC'."""
    words = name.split()
    if "The" in words[1:]:
        words = words[words.index("The", 1) :]  # 'Merchant The Bon-Ton Stores, Inc.'
    while len(words) > 2 and (
        words[0].strip(",") in _ROLE_LIKE
        or words[0].lower() in (w.lower().strip(",.") for w in words[1:])
    ):
        words.pop(0)
    return " ".join(words)


_UNDERSIGNED = re.compile(r"\b(?:each\s+of\s+)?the\s+undersigned\b(?:\s+parties)?\s*[,:(]?", re.I)
"""An agreement made by 'the undersigned', who are named after it or in the blocks below."""


def _undersigned_parties(text: str) -> list[tuple[str, int]]:
    """The parties an agreement of 'the undersigned' names straight after the words: 'The
    undersigned, Acme Inc. and Beta LLC, hereby agree ...' (one party declaring alone is not
    an answer)."""
    mark = _UNDERSIGNED.search(text, 0, FALLBACK_REACH)
    if not mark:
        return []
    end = _SENTENCE_END.search(text, mark.end(), mark.end() + 400)
    stop = end.start() if end else mark.end() + 400
    found = []
    for match in _FORMED.finditer(text, mark.end(), stop):
        for one in _listed(match.group("name")):
            if name := _formed(one):
                found.append((name, match.start()))
    return _two_or_more(found)


def _listed(names: str) -> list[str]:
    """The companies a list names, each ending in its form: 'Acme Corp., Beta Capital, L.P.
    and GAMMA LTD' -> three; 'of Leipzig, and Delta AB' -> 'Delta AB'."""
    out: list[str] = []
    pieces = re.split(r"(,?\s+(?:and|AND)\s+)", names)
    for n in range(2, len(pieces), 2):
        if not _COMPANY_END.search(pieces[n - 2]) and not pieces[n - 2][:1].islower():
            pieces[n] = "".join(pieces[n - 2 : n + 1])  # 'Smith and Jones Ltd': one name
            pieces[n - 2] = ""
    for piece in pieces[::2]:
        start = 0
        for form in _FORM_THEN_MORE.finditer(piece):
            out.append(piece[start : form.end()])
            start = form.end() + 1
        out.append(piece[start:])
    return [one.strip(" ,") for one in out if _COMPANY_END.search(one)]


def _block_heading(name: str) -> str:
    """A block's name without what the block above left glued to it: a form's empty fields
    ('Title:____ Acme LLC'), the signer's title ('CEO and Founder BETA PHARMA, INC.', 'Ann
    Lee, Trustee Gamma Clinics Ltd') or name ('R. Bell TALON AEROSTRUCTURES S.A.')."""
    name = re.split(r"\S*(?:_{2,}|:)\S*\s+", name)[-1]
    name = _SIGNER_TITLE.split(name)[-1] or name
    capitals = _CAPITALS_END.search(name)
    if capitals and capitals.start() > 0 and re.search(r"[a-z]", name[: capitals.start()]):
        words = [
            w for w in re.findall(r"[A-Z0-9&]+", capitals.group()) if w.lower() not in _FORM_WORDS
        ]
        if len(words) >= 2:
            name = capitals.group()
    return name


_SIGNER_TITLE = re.compile(
    r"\b(?:CEO|CFO|COO|CTO|President|Founder|Chairman|Director|Officer|Counsel|Manager|"
    r"Secretary|Treasurer|Partner|Member|Trustee|Attorney|Signatory|Representative|"
    r"Authori[sz]ed\s+Person)\b,?\s+(?=[A-Z0-9])"
)
"""A signer's title, which ends the block above: 'CEO/President', 'Jo Park, Director'."""
_CAPITALS_END = re.compile(r"(?<!\S)[A-Z0-9&][A-Z0-9&.,'-]*(?:\s[A-Z0-9&][A-Z0-9&.,'-]*){0,9}$")
"""A name in capitals at the end of a block's first line."""


_WITNESS = re.compile(r"IN\s+WITNESS\s+WHEREOF", re.I)
"""The words that open an executed agreement's signature page."""


def _two_signed_companies(text: str) -> list[tuple[str, int]]:
    """The two companies heading the only two signature blocks after 'IN WITNESS WHEREOF'
    ('ACME INC. By: ... BETA LLC By: ...'): a joint filing's many signers are not parties."""
    page = _WITNESS.search(text)
    if not page:
        return []
    blocks: list[tuple[str, int]] = []
    for mark in _SIGNING.finditer(text, page.end()):
        if re.search(r"\bBy\s*:?\s*$", text[max(0, mark.start() - 6) : mark.start()]):
            continue
        name = _name_above(text[max(page.end(), mark.start() - 160) : mark.start()])
        name = _block_heading(name) if name else None
        if name and not any(_same(name, n) for n, _ in blocks):
            blocks.append((name, mark.start()))
    formed = [(name, at) for n, at in blocks if (name := _formed(n))]
    return _two_or_more(formed) if len(blocks) == len(formed) == 2 else []


SECOND_READINGS = (_undersigned_parties, _two_signed_companies, _notice_parties)
"""The second readings, most accurate first, each measured alone over the study half as if the
preamble had failed: 'the undersigned' 2 right of 2 answered, the only two signature blocks
after 'IN WITNESS WHEREOF' each headed by a company 26 of 29, notices 18 of 21. Tried and left
out, under 80% right or answering none: a cover page's '- and -', '"Supplier" means ...', the
names opening each recital, any company heading a signature block (18 of 25), a letter's
letterhead, address block and foot (1 of 4; its foot alone 0 of 2: the study half's letters
are underwriters' agency agreements, addressed to one party for several), and a 'Parties:' or
'Between:' block (any company in it 3 of 5; only its numbered entries, none answered)."""
