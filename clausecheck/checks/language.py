"""Wording problems: vague standards, unfilled placeholders, redaction marks."""

from __future__ import annotations

import re

from clausecheck.checks.base import REDACTION, Context, clause_ref, document_parts, issue
from clausecheck.furniture import TESTIMONIUM
from clausecheck.terms import NUMBER_WORD
from clausecheck.types import Clause, Issue

CODE_VAGUE = "vague_language"
CODE_MIXED_EFFORTS = "mixed_efforts"
CODE_PLACEHOLDER = "placeholder"
CODE_REDACTION = "redaction"

VAGUE_PHRASES: dict[str, str] = {
    "reasonable endeavours": r"\b(?:all |commercially )?reasonable endeavou?rs\b",
    "reasonable efforts": r"\b(?:all |commercially )?reasonable(?: best)? efforts\b",
    "best efforts": r"\bbest (?:efforts|endeavou?rs)\b",
    "promptly": r"\bpromptly\b",
    "as soon as practicable": r"\bas soon as (?:reasonably )?practicable\b",
    "as soon as possible": r"\bas soon as (?:reasonably )?possible\b",
    "good industry practice": r"\bgood industry practice\b",
    "from time to time": r"(?<!amended )(?<!updated )(?<!supplemented )(?<!modified )(?<!effect )(?<!force )(?<!revised )(?<!replaced )\bfrom time to time\b",
    "to be agreed": r"\b(?:are |is )?to be (?:mutually )?agreed\b",
    "satisfactory": r"\b(?:reasonably )?satisfactor(?:y|ily)\b|\bto the (?:reasonable )?satisfaction of\b",
    "in a timely manner": r"\bin a timely (?:manner|fashion|way)\b",
    "timely": r"\btimely(?= (?:pay|paid|notif|inform|report|cure|remed|respon|resolv|repair|restor|correct|provide|deliver|give|serve)\w*)|\b(?:pay|paid|payment|notice|notification|cure|response)s? (?:shall be |is |are |must be )?timely\b",
    "within a reasonable time": r"\bwithin (?:a|such) (?:reasonable|suitable|appropriate|sufficient|adequate) (?:time|period(?: of time)?)\b",
    "in due course": r"\bin due course\b",
    "without undue delay": r"\bwithout undue delay\b",
    "reasonable notice": r"\b(?:on |upon |with |by giving |after |giving )?(?:reasonable|adequate|sufficient|appropriate|suitable) (?:prior |advance )?(?:written )?notice\b",
    "notice of a suitable length": r"\bnotice of (?:a |an )?(?:suitable|reasonable|appropriate|sufficient|adequate) (?:length|duration|period)\b",
    "a suitable period": r"\b(?:for |after |within )?(?:a|such) (?:suitable|reasonable|appropriate|sufficient|adequate) (?:period|length of time|time)(?: of time)?\b",
}
PERIOD_PHRASES = {
    "promptly",
    "as soon as practicable",
    "as soon as possible",
    "in a timely manner",
    "timely",
    "within a reasonable time",
    "in due course",
    "without undue delay",
    "reasonable notice",
    "notice of a suitable length",
    "a suitable period",
}
"""Words that stand in for a period of time. Vague only where the period is one the category
needs: notice of termination or non-renewal and cure in termination, payment in pricing, notice
of a breach or security incident in confidentiality, response and repair in service levels.
'Shall promptly notify the other of a subpoena', 'promptly return all materials' and 'shall
promptly sign further documents' are ordinary drafting; so the word must qualify the action
itself ('shall promptly pay', 'be paid promptly'), not merely share a sentence with it."""
NOTICE_PHRASES = {"reasonable notice", "notice of a suitable length"}
"""A period of notice: vague where it is the notice of a right to terminate or not to renew."""
ON_TIME_PHRASES = {"timely", "in a timely manner"}
"""'Timely payment' means payment when due: vague only where the agreement never says when."""
_SERVICE_ACTION = (
    r"respon[ds]|resol[vu]|repair|correct|fix|restor|rectif|remed|escalat|answer|acknowledg"
)
"""Service actions a level times: speed of answer and acknowledgement as well as response and fix."""
TIMED_ACTION: dict[str, re.Pattern[str]] = {
    "pricing": re.compile(r"\b(?:pa(?:y|id|yment|yable)s?|remit\w*|refund\w*|reimburs\w*)\b", re.I),
    "confidentiality": re.compile(
        r"\b(?:notif\w*|inform\w*|report\w*|alert\w*|tell)\b(?=[^.;]{0,120}?\b(?:breach|unauthori[sz]ed|"
        r"security (?:incident|event|breach)|(?:data|personal data|information) (?:loss|incident)|"
        r"incident|compromise|misuse|loss of))",
        re.I,
    ),
    "termination": re.compile(
        r"\b(?:cure\w*|remed(?:y|ied|ies|y)|rectif\w*|correct\w*|fix\w*)\b", re.I
    ),
    "sla": re.compile(
        rf"\b(?:{_SERVICE_ACTION})\w*\b|\b(?:notif|report|inform)\w*\b"
        r"(?=[^.;]{0,80}?\b(?:outage|incident|failure|fault|downtime|breach|interruption))",
        re.I,
    ),
}
"""The actions whose deadline each category needs; categories not listed need none."""
_TERMINATION_RIGHT = re.compile(
    r"\bterminat\w*|\bcancel\w*|\bnon-?renew\w*|\bnot (?:to )?renew\b|\bend (?:this|the) (?:agreement|contract)\b",
    re.I,
)
_DEFINED_STANDARD = re.compile(
    rf"reasonable\s+(?:time|period|notice)[\"”,]*\s+(?:as\s+used\s+(?:herein|in\s+this\s+\w+)|means|shall\s+mean)"
    rf"[^.]{{0,120}}?\b(?:\d+|{NUMBER_WORD})\b",
    re.I,
)
"""The agreement gives the vague phrase a number: '"Reasonable time," as used herein, shall be
construed as at least thirty (30) days'."""
_TERMINATING = re.compile(
    r"\b(?:terminate|cancel|end|rescind|not\s+(?:to\s+)?renew|elect\s+not\s+to\s+renew|"
    r"prevent\s+(?:the\s+)?(?:automatic\s+)?renewal)\b(?![^.;]{0,60}\b(?:enter|access|inspect|audit|remove))",
    re.I,
)
"""The verb of a right to end the agreement, not the noun of 'upon termination, on reasonable
notice, the Supplier may enter the premises'."""
_NOTICE_OF_TERMINATION = re.compile(
    r"\s*(?:in\s+writing\s+)?(?:of|to)\s+(?:its\s+|their\s+|the\s+)?(?:termination|non-?renewal|"
    r"intention\s+to\s+(?:terminate|end|not\s+renew)|terminate|cancel)",
    re.I,
)
_STATED_PERIOD = re.compile(
    r"\b(?:within|no later than|not later than|in any event|at the latest|not less than|at least|"
    r"by no later than|not to exceed|not exceeding|no more than|not more than|up to|a maximum of|"
    r"minimum|a minimum of|for at least)\b[^.;]{0,40}?"
    rf"\b(?:\d+|{NUMBER_WORD})\b|\bforthwith\b|\bimmediately\b",
    re.I,
)
"""'Promptly, and in any event within five (5) days' sets the deadline it needs."""
_NOT_A_PARTY_PAYMENT = re.compile(
    r"\b(?:tax(?:es)?|duties|levies|withholding|trustee|noteholders?|(?:its|their) own (?:costs|expenses))\b",
    re.I,
)
"""A payment to an authority or by a trustee is not the payment term the pricing needs."""
_COMPELLED = re.compile(
    r"required (?:to disclose )?by (?:law|statute|regulation|a court|any court|court order|legal process|"
    r"subpoena|a government|any government|applicable law)|subpoena|court order|legal process|"
    r"compelled|(?:disclosure|disclose) (?:is|be) required|confidential treatment",
    re.I,
)
"""A duty that arises on a compelled disclosure is not the breach notice confidentiality needs."""
DISCRETION_PHRASES = {"from time to time"}
"""Vague only where it lets one party change the deal at will ('may from time to time change
the fees'); 'as amended from time to time' and 'meet from time to time' are ordinary drafting."""
UNILATERAL_CHANGE = re.compile(
    r"\bmay\b[^.;]{0,60}?\b(?:chang|amend|modif|updat|adjust|revis|increas|vary|substitut)\w*"
    r"[^.;]{0,80}?\b(?:fees?|prices?|pricing|rates?|charges|service levels?|services|"
    r"specifications?|scope|policies|requirements)\b",
    re.IGNORECASE,
)
DEFERRING_PHRASES = {"to be agreed"}
"""Phrases that put off a term: vague where the term put off is one the category needs."""
_DEFERRED_TERM: dict[str, re.Pattern[str]] = {
    "pricing": re.compile(
        r"\b(?:fees?|prices?|pricing|rates?|charges?|amounts?|compensation|remuneration|royalt\w+|"
        r"commission|payment terms?|the price)\b",
        re.I,
    ),
    "sla": re.compile(
        r"\b(?:service levels?|targets?|kpis?|metrics?|response times?|resolution times?|service credits?)\b",
        re.I,
    ),
    "termination": re.compile(
        r"\b(?:notice period|period of notice|initial term|the term|duration)\b", re.I
    ),
    "scope": re.compile(
        r"\b(?:the services|scope|specifications?|service description|volumes?)\b", re.I
    ),
}
"""What 'to be agreed' may not put off, per category: the fees, the service levels, the term."""
_OPTIONAL_TERMS = re.compile(
    r"\b(?:extension|extend\w*|renewal|renew\w*|additional|further|other|future|new|optional|separately|"
    r"any such|conditions|from time to time)\b",
    re.I,
)
"""'Terms of any extension to be agreed', 'additional services on terms to be agreed
separately': putting off what is not yet bought is ordinary drafting."""
EFFORTS_PHRASES = {"reasonable endeavours", "reasonable efforts", "best efforts"}
"""An efforts standard: vague only where it qualifies the duty the category is about."""
_CORE_DUTY: dict[str, re.Pattern[str]] = {
    "sla": re.compile(
        r"\b(?:meet|achieve|attain|satisfy|comply with|perform (?:to|at|in accordance with)|maintain)\b"
        r"[^.;]{0,60}?\b(?:service levels?|targets?|kpis?|response times?|resolution times?|"
        r"availability|uptime|performance standards?)",
        re.I,
    ),
    "confidentiality": re.compile(
        r"\b(?:keep|hold|maintain|protect|preserve|treat|safeguard|secure|remains?)\b[^.;]{0,60}?"
        r"\b(?:confidential\w*|secret|secrecy|secure|security|from (?:unauthori[sz]ed )?disclosure)",
        re.I,
    ),
    "scope": re.compile(
        r"\b(?:provide|perform|deliver|render|supply|carry out)\b[^.;]{0,20}?\b(?:the |all |any )?"
        r"(?:services|work|deliverables)\b",
        re.I,
    ),
}
"""The duty an efforts standard must qualify to make the category vague: meeting the service
levels, keeping information confidential, providing the services. Efforts to consult, mitigate,
co-operate or obtain undertakings are ordinary drafting."""
SATISFACTION_PHRASES = {"satisfactory"}
_PERFORMANCE = re.compile(
    r"\b(?:perform\w*|provid\w*|deliver\w*|render\w*|carr(?:y|ied) out|complet\w*|execut\w*)\b"
    r"[^.;]{0,40}?\b(?:services?|work|deliverables)\b",
    re.I,
)
"""'Satisfactory' is vague where it is the standard the services must meet; 'a payoff letter in
form and substance satisfactory to the Agent' and 'proof satisfactory to the Trustee' are not."""
PRACTICE_PHRASES = {"good industry practice"}
NUMERIC_CATEGORIES = {"sla", "pricing", "termination"}
"""Categories where a vague phrase stands in for a number a reviewer needs."""
EFFORTS = {
    "best efforts": r"\bbest (?:efforts|endeavou?rs)\b",
    # Plain 'reasonable efforts', not the 'reasonable efforts' inside 'commercially reasonable efforts'.
    "reasonable efforts": r"(?<!commercially )\breasonable (?:efforts|endeavou?rs)\b",
    "commercially reasonable efforts": r"\bcommercially reasonable (?:efforts|endeavou?rs)\b",
}
_USES_EFFORTS = re.compile(
    r"\b(?:use|uses|using|used|exercise|exercises|make|makes|employ|employs|apply|applies|with|through)"
    r"\s+(?:its|their|his|her|all|every|the|such|his or her|its own)?\s*(?:\w+\s+){0,2}$",
    re.I,
)
"""An efforts standard imposed as a duty ('shall use its reasonable efforts'), not narrated
('despite their best efforts')."""

_SIGNATURE_LINE = re.compile(
    r"(?:By|Name|Title|Date|Signature|Signed|Its|Witness|Print(?:ed)? Name|Initials?)\s*:?\s*_{3,}",
    re.IGNORECASE,
)
PLACEHOLDER_WORDS = (
    r"name|insert|address|date|amount|number|party|company|supplier|customer|client|vendor|"
    r"jurisdiction|details?|tbd|tbc|title|price|fee|rate|percentage"
)
CONTACT_LABELS = (
    r"telephone|tel|phone|fax|facsimile|e-?mail|address|attention|attn|contact|account(?: number| no\.?)?"
    r"|sort code|iban|swift|bank|registered number|company number|vat number"
)
"""Form labels whose blanks the parties fill in before signing ('Telephone: ____'), unlike the
signature fields ('By: ____', 'Date: ____') filled in by hand at signing."""
PLACEHOLDER_PATTERNS: dict[str, re.Pattern[str]] = {
    # A bracketed blank: '[NAME]', '[call centre name]', '[insert date]'; not '[INDEMNIFICATION BY X]'.
    "bracketed name": re.compile(
        rf"(?<!\d)(?<!\d\))(?<![a-z]\))\[\s*(?:(?:insert|enter|add|specify)\b[^\]\[]{{0,50}}|"
        rf"[^\]\[]{{0,40}}\b(?:{PLACEHOLDER_WORDS})\s*)\]",
        re.IGNORECASE,
    ),
    # '[●]', '[•]' or an empty '[ ]' inside a sentence; a bare bullet is a list marker in real
    # filings, and '[ ] Yes [ ] No' is a box to tick.
    "bullet": re.compile(r"\[\s*[●•…]+\s*\]"),
    "empty brackets": re.compile(
        r"(?:[$£€]|\b(?:of|within|on|dated|is|be|at|to|than|by|for|until|from|and|or|per|the|a|an)\s)"
        r"(?P<blank>\[\s{0,3}\])(?!\s*(?:Yes|No|Y|N)\b)"
        r"|(?P<blank2>\[\s{0,3}\])(?=\s*(?:days?|months?|years?|hours?|per ?cent|%|business|working))",
        re.IGNORECASE,
    ),
    # A blank inside a sentence ('the ____ day of', '$____'); form labels ('Date: ____') are not,
    # nor a rule above a footnote ('____ * The ...').
    "blank line": re.compile(
        r"(?:(?<=[a-z,$£€])\s?_{4,}|_{4,}(?=\s?(?:day|days|percent|%|,\s*(?:19|20))))(?!_)(?!\s*[*†‡¹²³(])"
    ),
    "blank field": re.compile(
        rf"\b(?:{CONTACT_LABELS})\s*:\s*(?:_{{3,}}|\.{{5,}}|\[\s*\])", re.IGNORECASE
    ),
    "to be decided": re.compile(r"\b(?:TBD|TBC|TBA)\b"),
    "letters standing for a value": re.compile(
        r"(?<!Article )(?<!Section )(?<!Schedule )(?<!Exhibit )(?<!Part )(?<!Paragraph )"
        r"(?<!Paragraphs )(?<!Chapter )(?<!and )(?<![-(\[])\bX{2,}\b(?![-)]?\s*=)(?!-X)(?!\.\s+[A-Z]{3})"
    ),
    "blank date": re.compile(
        r"\b(?:dated|as of|effective|made on|entered into on|day of)\s+(?:as of\s+)?,\s*(?:19|20)\d\d\b"
        r"|\b(?:19|20)__\b",
        re.IGNORECASE,
    ),
}
BRACKETED_LEGENDS = re.compile(
    r"\[[^\]]*(?:signature|page follows|intentionally|left blank|remainder of|omitted|confidential"
    r"|redacted|reserved|deleted)[^\]]*\]",
    re.IGNORECASE,
)
_LABEL_AFTER_REFERENCE = re.compile(
    r"(?:Section|Clause|Article|Paragraph)s?\s+[\d.]+(?:\([a-z0-9]+\))*\s*\[[^\]\[]{2,60}\]"
    r"|^\s*\[[^\]\[]{2,60}\](?=\s*\.\s)",
    re.IGNORECASE,
)
"""'Section 2.4 [Technical Standards; Customer Service]' and '[Customer Service]. Customer
Service. ...': the bracketed title of a section, not a blank."""
_SIGNED = re.compile(r"/s/|\(printed name|\bprinted name\b", re.IGNORECASE)
"""A signature block already signed ('/s/ Jane Roe ____'): its rules are lines to sign on."""
FORM_HEADING = re.compile(
    r"\bform of\b|\b(?:exhibit|schedule|annex|appendix|attachment)\b[^.]{0,40}\bform\b|^\s*\[?form\b",
    re.IGNORECASE,
)
"""'Exhibit C - Form of Compliance Certificate': a form attached to be completed later, whose
blanks are meant to stay blank in the agreement."""
_ATTACHMENT_HEADING = re.compile(
    r"^\s*(?:exhibit|schedule|annex|appendix|attachment|addendum)\b", re.IGNORECASE
)
_FORM_OPENING = re.compile(
    r"^\s*(?:I|We),\s*_{3,}|^\s*Dear\s+_{3,}|\bis\s+issued\s+pursuant\s+to\b|\bhereby certif(?:y|ies)\b|\bcertificate\b[^.]{0,40}\bdated\b|"
    r"\b(?:this|the\s+foregoing)\s+certificate\b",
    re.I,
)
"""A certificate or letter to be signed later ('I, ______, the ___ of ...hereby certify')."""


def vague_language(category: str, clause: Clause, needs_number: bool) -> list[Issue]:
    """Flag each vague phrase in a required clause; high where it stands in for a missing number.

    One issue per phrase per clause: the first place it is vague where it matters.
    """
    issues = []
    for name, pattern in VAGUE_PHRASES.items():
        for match in re.finditer(pattern, clause.text, re.IGNORECASE):
            sentence, offset = _sentence_around(clause.text, match.start(), match.end())
            start, end = match.start() - offset, match.end() - offset
            if not _vague_here(name, category, sentence, start, end):
                continue
            if _DEFINED_STANDARD.search(clause.text):
                continue  # '"Reasonable time," as used herein, shall be ... thirty (30) days'
            if name in ON_TIME_PHRASES and category == "pricing" and not needs_number:
                continue  # 'timely payment' where the agreement states when payment is due
            high = category in NUMERIC_CATEGORIES and (
                needs_number
                or name in DEFERRING_PHRASES
                or (name in NOTICE_PHRASES and category == "termination")
            )
            phrase = match.group(0).strip()
            issues.append(
                issue(
                    CODE_VAGUE,
                    "high" if high else "medium",
                    f'Vague standard "{phrase}" in {clause_ref(clause)}: '
                    + (
                        "it gives no period where the agreement needs a number."
                        if name in PERIOD_PHRASES
                        else "it sets no measurable obligation."
                    ),
                    clause,
                    quote=phrase,
                    suggestion=(
                        "State the period as a number of days or hours."
                        if name in PERIOD_PHRASES
                        else "Replace it with a number or an objective test (a time limit, a "
                        "percentage, a named standard)."
                    ),
                )
            )
            break  # one issue per phrase per clause
    return issues


def _vague_here(name: str, category: str, sentence: str, start: int, end: int) -> bool:
    """Whether the phrase at sentence[start:end] stands where the category needs a measure."""
    if name in PERIOD_PHRASES:
        return _needs_period(name, category, sentence, start, end)
    if name in DISCRETION_PHRASES:
        return bool(UNILATERAL_CHANGE.search(sentence))
    if name in DEFERRING_PHRASES:
        deferred = _DEFERRED_TERM.get(category)
        before = sentence[max(0, start - 80) : start]
        return bool(deferred and deferred.search(before)) and not _OPTIONAL_TERMS.search(before)
    if name in EFFORTS_PHRASES:
        if category == "confidentiality" and _COMPELLED.search(sentence):
            return False
        duty = _CORE_DUTY.get(category)
        after = sentence[end : end + 90]
        return bool(duty and duty.match(after.lstrip(" ,to"))) or bool(
            duty and re.match(rf"\s*to\s+(?:\w+\s+){{0,2}}?(?:{duty.pattern})", after, re.I)
        )
    if name in SATISFACTION_PHRASES:
        return category in ("sla", "scope") and bool(_PERFORMANCE.search(sentence[:start]))
    if name in PRACTICE_PHRASES:
        return category == "sla"
    return True


def _needs_period(name: str, category: str, sentence: str, start: int, end: int) -> bool:
    """A timing phrase is vague where it is the period of the action the category needs."""
    if _STATED_PERIOD.search(sentence):
        return False
    if name in NOTICE_PHRASES:
        return category == "termination" and bool(
            _TERMINATING.search(sentence[max(0, start - 100) : start])
            or _NOTICE_OF_TERMINATION.match(sentence[end:])
        )
    action = TIMED_ACTION.get(category)
    if action is None:
        return False
    if name == "a suitable period" and category == "termination":
        # 'may terminate after a reasonable period' (the period of a right to end the agreement)
        if _TERMINATING.search(sentence[max(0, start - 100) : start]):
            return True
    if category == "pricing" and _NOT_A_PARTY_PAYMENT.search(sentence):
        return False
    if category == "confidentiality" and _COMPELLED.search(sentence):
        return False
    return _next_to_action(action, sentence, start, end)


ACTION_REACH_WORDS = 8
"""A timing word qualifies a verb at most this many words before or after it ('shall be paid in
full to the Supplier promptly'), within its sentence."""


def _next_to_action(action: re.Pattern[str], sentence: str, start: int, end: int) -> bool:
    """Whether the action verb follows the phrase within two words ('promptly, and in writing,
    notify'), or precedes it within ACTION_REACH_WORDS words ('shall be paid promptly')."""
    after = sentence[end:]
    if re.match(rf"[\s,]*(?:[\w'’-]+[\s,]+){{0,2}}?(?:{action.pattern})", after, action.flags):
        return True
    words = list(re.finditer(r"[\w'’-]+", sentence[:start]))[-ACTION_REACH_WORDS:]
    if not words:
        return False
    return action.search(sentence[words[0].start() :]) is not None and any(
        action.match(sentence, w.start()) for w in words
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence (or semicolon-separated part) holding text[start:end], and its offset."""
    left = max(text.rfind(". ", 0, start), text.rfind(";", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find(";", end)) if i != -1]
    return text[left : min(stops) if stops else len(text)], left


def mixed_efforts(clauses: list[Clause]) -> list[Issue]:
    """One issue when a document uses more than one efforts standard."""
    used: dict[str, Clause] = {}
    for clause in clauses:
        for name, pattern in EFFORTS.items():
            if name in used:
                continue
            for match in re.finditer(pattern, clause.text, re.IGNORECASE):
                if _USES_EFFORTS.search(clause.text[max(0, match.start() - 40) : match.start()]):
                    used[name] = clause
                    break
    if len(used) < 2:
        return []
    names = sorted(used)
    first = used[names[0]]
    return [
        issue(
            CODE_MIXED_EFFORTS,
            "medium",
            f"The agreement mixes efforts standards ({', '.join(names)}); courts may read them differently.",
            first,
            quote=", ".join(names),
            suggestion="Use one efforts standard throughout, and define it if it matters.",
        )
    ]


def _without_signature_page(text: str) -> str:
    """A testimonium's own sentence without the signature page that runs on after it
    (``furniture.drop_signature_blocks``): names, 'By: TBD' and lines to sign on are filled in
    at signing, not drafting, and a party left blank is already flagged where it is named."""
    if not TESTIMONIUM.match(text):
        return text
    return re.split(r"(?<=[.:])\s", text, maxsplit=1)[0]


def placeholders(clause: Clause, attached: bool = False) -> list[Issue]:
    """Unfilled template text: [NAME], [●], [ ], ____, 'Telephone: ____', TBD, XX, blank dates.

    One issue per clause: the first blank is quoted and the others counted, so a form line with
    four blanks is one finding, not four. A blank in an attachment (after the signatures or an
    exhibit heading) is of low severity: many attachments are forms to be completed later."""
    text = _SIGNATURE_LINE.sub(" ", _without_signature_page(clause.text))
    text = BRACKETED_LEGENDS.sub(" ", REDACTION.sub(" ", text))
    text = _LABEL_AFTER_REFERENCE.sub(" ", text)
    if _SIGNED.search(text):
        text = re.sub(r"_{3,}", " ", text)  # rules under names already signed, not blanks
    found: list[tuple[int, str, str]] = []
    for kind, pattern in PLACEHOLDER_PATTERNS.items():
        for match in pattern.finditer(text):
            blank = next((g for g in match.groups() if g), None) or match.group(0)
            found.append((match.start(), blank.strip() or blank, kind))
    if not found:
        return []
    found.sort()
    _, quote, kind = found[0]
    others = len({(start, q) for start, q, _ in found}) - 1
    more = f" and {others} more blank{'s' if others > 1 else ''}" if others else ""
    where = f"{clause_ref(clause)}, in an attachment" if attached else clause_ref(clause)
    return [
        issue(
            CODE_PLACEHOLDER,
            "low" if attached else "high",
            f'Unfilled placeholder "{quote}" ({kind}){more} in {where}.',
            clause,
            quote=quote,
            suggestion="Fill in or delete the placeholder before the agreement is signed"
            + (", unless the attachment is a form to be completed later." if attached else "."),
        )
    ]


def form_clauses(clauses: list[Clause]) -> set[str]:
    """Ids of clauses inside forms attached to be completed later ('Exhibit C - Form of
    Certificate', a certificate 'I, ____, hereby certify'): their blanks are meant to be blank.
    A form runs from its heading to the next attachment heading."""
    inside = False
    ids: set[str] = set()
    part_of = document_parts(clauses)
    for clause in clauses:
        heading = " ".join(filter(None, (clause.heading, clause.number)))
        opening = clause.text[:160]
        if heading and _ATTACHMENT_HEADING.match(heading):
            inside = bool(FORM_HEADING.search(heading) or FORM_HEADING.search(opening))
        elif heading and FORM_HEADING.search(heading):
            inside = True
        elif _ATTACHMENT_HEADING.match(opening) and FORM_HEADING.search(opening):
            inside = True
        elif part_of[clause.id] > 0 and (
            _INSTRUMENT_HEADING.search(clause.heading or "") or _INSTRUMENT_OPENING.match(opening)
        ):
            inside = True  # after the signatures, a separate instrument: a form to sign later
        if inside or _FORM_OPENING.search(clause.text):
            ids.add(clause.id)
    return ids


_INSTRUMENT_HEADING = re.compile(
    r"^(?:[A-Z][A-Z&,'’-]*\s+){0,6}(?:AGREEMENT|ADDENDUM|NOTICE|CERTIFICATE|LETTER|GUARANTY|GUARANTEE|"
    r"JOINDER|CONSENT|RELEASE|ACKNOWLEDG(?:E)?MENT|STATEMENT OF WORK|ORDER|ASSIGNMENT|AMENDMENT)\b"
)
"""A heading in capitals naming an instrument ('OWNER AGREEMENT', 'ADDENDUM TO LEASE')."""
_INSTRUMENT_OPENING = re.compile(
    r"^\s*(?:THIS|This)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Letter|Notice|Certificate|Addendum|Guarant\w+|"
    r"Agreement|Statement of Work|Order|Joinder|Consent|Release|Assignment|Amendment)\b|"
    r"^\s*(?:THIS|This)\s+(?:[A-Z]+\s+){0,4}(?:LETTER|NOTICE|CERTIFICATE|ADDENDUM|GUARANT\w+|AGREEMENT)\b"
)
"""'This Letter of Credit ...', 'THIS ADDENDUM TO LEASE, dated ____': an instrument of its own."""


def redactions(clauses: list[Clause]) -> list[Issue]:
    """One information item for the whole document when it carries redaction marks."""
    hits = [(c, m) for c in clauses for m in REDACTION.finditer(c.text)]
    if not hits:
        return []
    clause, match = hits[0]
    return [
        issue(
            CODE_REDACTION,
            "info",
            f'The document contains {len(hits)} redaction mark(s) such as "{match.group(0)}"; redacted terms cannot be checked.',
            clause,
            quote=match.group(0),
        )
    ]


def check_language(ctx: Context) -> tuple[dict[str, list[Issue]], list[Issue]]:
    """Issues per category (for its evidence clauses) and for the document as a whole."""
    per_category: dict[str, list[Issue]] = {}
    forms = form_clauses(ctx.clauses)
    part_of = document_parts(ctx.clauses)
    for category in ctx.playbook.require:
        per_category[category] = []
        for clause in ctx.evidence.get(category, []):
            if clause.id not in forms:
                per_category[category] += placeholders(clause, part_of[clause.id] > 0)
    assigned = {c.id for cs in ctx.evidence.values() for c in cs}
    document = [
        i
        for c in ctx.clauses
        if c.id not in assigned and c.id not in forms
        for i in placeholders(c, part_of[c.id] > 0)
    ]
    document += redactions(ctx.clauses)
    required = [c for cat in ctx.playbook.require for c in ctx.evidence.get(cat, [])]
    document += mixed_efforts(_unique(required))
    return per_category, document


def _unique(clauses: list[Clause]) -> list[Clause]:
    seen: dict[str, Clause] = {}
    for clause in clauses:
        seen.setdefault(clause.id, clause)
    return list(seen.values())
