"""The agreement's life: when it starts, how long it runs, whether and how it renews, how to stop
a renewal. Each reading has a role and evidence (a right to end it for convenience is in
``convenience``).
"""

from __future__ import annotations

import re

from clausecheck.terms.dates import add_period, days_between, end_of_period, find_dates, minus_days
from clausecheck.terms.evidence import Found, Sentence
from clausecheck.terms.lengths import Length, find_lengths
from clausecheck.terms.numbers import ORDINAL_SUFFIX, ORDINAL_WORD, ordinal_value

PREAMBLE_CLAUSES = 12
"""The effective date and the parties are looked for in this many leading clauses."""
MIN_TERM_DAYS = 28
"""A shorter length in a term sentence is a notice or cure period, not the term."""
MAX_TERM_DAYS = 365 * 99
"""A longer one is a lease of land or a typo, not an agreement's term."""

_EFFECTIVE_NAMED = re.compile(r"[\"“”']\s*Effective\s*Date\s*[\"“”']|\bEffective Date\b", re.I)
_EFFECTIVE_AS_OF = re.compile(
    r"\beffective\s+(?:as\s+)?(?:of|on|from)?\s*(?:the\s+)?(?:date\s+of\s+)?$", re.I
)
_CITED_AGREEMENT = re.compile(
    r"\b(?:the|that|said|such|an?|certain)\s+(?:[\w&,-]+\s+){0,6}?(?:agreement|contract|amendment)"
    r"\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:(?:originally\s+)?dated|entered\s+into|made|executed|"
    r"signed)\s*(?:on|as\s+of)?\s*(?:the\s+)?$"
    r"|\b(?:that\s+certain|said)\s+(?:[\w&,-]+\s+){0,6}?(?:agreement|contract)\s*,?\s*effective\s*"
    r"(?:on|as\s+of)?\s*(?:the\s+)?$",
    re.I,
)
"""'An amendment to the Supply Agreement dated April 1, 2017', 'WHEREAS the parties entered into
that certain License Agreement dated ...', 'to that certain License Agreement, effective as of
June 1, 2017': the date of another agreement the preamble cites, not
of this one ('This Agreement dated ...' and 'the "Agreement") dated' are not caught)."""
_EFFECTIVE_HEADING = re.compile(r"^\W*(?:the\s+)?effective\s+date\W*$", re.I)
"""A clause headed 'Effective Date' (a cover page's field)."""
_DATED = re.compile(
    r"\b(?:dated|made|entered\s+into|executed|effective|day\s+of|concluded|signed|"
    r"(?:takes?|took|taking)\s+effect|(?:comes?|came|enters?|entered)\s+into\s+(?:force|effect)|"
    r"(?:agreement|contract|amendment)\b[^.;]{0,30}?\bas\s+of)\b[^.;]{0,60}$",
    re.I,
)
_COMMENCES = re.compile(
    r"\b(?:commenc\w*|begin\w*|start\w*|effective|(?:takes?|take|took)\s+effect|(?:comes?|come|"
    r"enters?|enter)\s+into\s+(?:force|effect))\s+(?:on|as\s+of|from|upon)?\s*(?:the\s+)?"
    r"(?:(?:date|day)\s+of\s+)?(?:(?:the\s+)?date\s+(?:of\s+this\s+\w+|hereof),\s*)?$"
    r"|^\W*(?:\(\w\)\s*)?from\s+$"
    r"|\b(?:commencement|effective|start)\s+date\W{0,3}\s*(?:being|which\s+(?:is|shall\s+be)|"
    r"namely|i\.e\.,?)\s+(?:the\s+)?$",
    re.I,
)
"""Words just before the date a term starts: 'shall commence on', 'effective on the day of',
'takes effect on', 'enters into force on', 'on the Commencement Date, being', 'shall commence on
the date of this Agreement, June 1, 2009', or a range that opens the sentence ('From January 30,
2012 until July 29, 2012')."""
_BY_SIGNATURE = re.compile(
    r"\b(?:last|later|latest)\s+(?:of\s+the\s+)?(?:two\s+)?(?:dates?|signature)"
    r"|\bdates?\s+(?:of\s+)?(?:the\s+)?(?:last\s+)?(?:signature|execution)\b"
    r"|\b(?:signed|executed|execution)\s+(?:hereof\s+)?by\s+(?:both|all|each|the\s+last)"
    r"|\blast\s+(?:party|parties)\b[^.;]{0,20}\b(?:execut|sign)"
    r"|\bdates?\s+(?:shown|set\s+forth|appearing)\s+(?:by|on|in|below|next\s+to)\b[^.;]{0,20}"
    r"\bsignature"
    r"|\b(?:last|later)\s+(?:signed|executed)\b|\b(?:signed|executed)\s+(?:below\s+)?last\b"
    r"|\b(?:fully|mutually)\s+executed\b|\b(?:full|mutual)\s+execution\b",
    re.I,
)
"""An agreement effective when signed: 'effective as of the last date signed below', 'the later
of the dates shown by the signatures', 'on the date it is signed by both parties', 'as of the date
it is last signed', 'upon full execution'."""
_FIRST_SIGNED = re.compile(
    r"\bfirst\s+(?:signature|execution)\s+(?:block|line|page)s?\b|\b(?:first|earlier|earliest)\s+"
    r"(?:of\s+the\s+)?(?:dates?\s+of\s+)?(?:signature|execution)\b|\b(?:first|earlier|earliest)\s+"
    r"(?:signed|executed)\b|\b(?:signed|executed)\s+(?:\w+\s+){0,2}first\b|"
    r"\bsigned\s+(?:in|on)\s+the\s+first\s+(?:signature|execution)",
    re.I,
)
"""An agreement effective when first signed: 'on the date it is signed in the first signature block
below', 'as of the earlier date of signature', 'the date on which it is first executed'."""
_FIRST_ABOVE = re.compile(r"\bdate\s+first\s+(?:written|set\s+forth|above\s+written)", re.I)
"""'Effective as of the date first written above': the date at the head of the agreement."""
_SIGNED_ON = re.compile(
    r"\b(?:(?i:dated?)\s*:+|(?:Signed|SIGNED|Executed|EXECUTED)\s+(?i:on|this)(?:\s+(?i:the))?)\s*$"
)
"""A signature block's date line: 'Date: 4/28/2017', 'Signed on 12 May 2017' (a line of its own,
not the body's 'the Original Agreement signed on 1 March 2018')."""
_SIGNATURE_BLOCK = re.compile(r"/s/|\bBy\s*:|\bTitle\s*:|\bSignature\b", re.I)
"""Marks of a signature block, whose dates are the dates of signing."""
_SIGNED_EFFECTIVE = re.compile(
    r"^\W*(?:signed|executed|dated|agreed)\b[^.;]{0,30}\beffective\b", re.I
)
"""A closing line that dates the agreement: 'Signed and effective this 25th day of May, 1999'."""
_AGREEMENT_MADE = re.compile(
    r"\bthis\s+(?:[\w&-]+\s+){0,6}?(?:agreement|contract)\b,?\s*(?:\([^)]{0,40}\)\s*,?\s*)?"
    r"(?:is\s+)?(?:hereby\s+)?(?:made|entered\s+into|dated|executed)\b",
    re.I,
)
"""An opening 'This Agreement, made and entered into this 3rd day of June 2011' that sits
after a cover page or a table of contents, past the leading clauses."""
_TERM_HEADING = re.compile(
    r"^(?!.*(?:definition|payment|price|warrant))(?:.*(?<![-\w])(?<!long\s)(?<!short\s)term\b"
    r"(?!\s*sheet)|.*\bduration\b|"
    r".*\bexpir|.*\brenewal|.*\bperiod\s+of\s+(?:agreement|performance)|"
    r".*\bextension\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}(?:agreement|term|contract))",
    re.I,
)
_TERM_NAME = (
    r"Term|(?:Contract|Agreement|Licen[cs]e|Initial|Original|Primary|Cooperation|Promotion)\s+"
    r"(?:Period|Term)|(?:Services?|Supply|Distribution|Distributorship|Collaboration|"
    r"Sponsorship|Endorsement|Engagement|Franchise|Hosting|Maintenance|Support|Consulting|"
    r"Subscription|Alliance|Partnership|Marketing|Reseller|Outsourcing|Manufacturing|Joint\s+"
    r"Venture)\s+Term"
)
"""The names an agreement gives its own term: 'Term', 'Contract Period', 'Initial Term', and a term
named for the agreement's kind ('Supply Term', 'Subscription Term')."""
_TERM_SENTENCE = re.compile(
    r"\b(?:initial|original|primary)\s+(?:[\w()-]+\s+){0,3}?term\b|\b(?:term|duration|life)\s+of\s+(?:this|the)\s+(?:\w+\s+)?"
    r"(?:agreement|contract|licen[cs]e|lease)\b|^\W*(?:\(\w\)\s*)?the\s+(?:(?:lease|licen[cs]e|subscription|services?|supply|engagement)\s+)?[\"“]?term[\"”]?\s+(?:hereof\s+|of\s+this\s+\w+\s+)?(?:shall|will|is|of|ends|expires|runs|"
    r"begins|commences|continues)\b|"
    r"(?:this|the)\s+(?:[\w'’]+\s+){0,2}(?:agreement|contract|licen[cs]e|appointment)\s+"
    r"(?:of\s+(?:the\s+)?[\w'’]+\s+)?(?:(?:granted\s+|made\s+)?(?:herein|hereunder|hereby|hereof)\s+)?(?:(?:shall|will|is\s+to)\s+"
    r"(?:commence|begin|become\s+effective|continue|remain|last|stay|be\s+(?:in\s+(?:full\s+)?(?:force|effect)|"
    r"effective|valid|binding\s+for|for\s+an?\s+(?:[\w()-]+\s+){0,3}?(?:term|period))|"
    r"expire|lapse|terminate\s+(?:on|upon|at)|have\s+an?\s+(?:[\w()-]+\s+){0,3}?(?:term|duration)|run))"
    r"|^\W*(?:\(\w\)\s*)?(?:(?:unless|subject\s+to|save\s+as)\b[^,;]{0,60},\s*)?(?:this|the)\s+"
    r"(?:\w+\s+){0,2}(?:agreement|contract|licen[cs]e)\s+(?:has\s+an?\s+(?:[\w()-]+\s+){0,3}?(?:term|duration)|runs|expires|continues|ends|lasts|"
    r"is\s+for\s+an?\s+(?:[\w()-]+\s+){0,3}?(?:term|period)|"
    r"terminates\s+(?:automatically\s+)?(?:on|upon|at))\b"
    r"|\b(?:appointed|engaged|granted|retained)\s+for\s+an?\s+(?:initial\s+|fixed\s+|minimum\s+)?"
    r"(?:term|period)\s+(?:of|expiring|ending)\b"
    r"|\b(?:a|the)\s+fixed\s+term\b|\bterm\s+of\s+(?:the\s+)?validity\b"
    r"|\b(?:shall|will|is|are)\s+(?:be\s+)?(?:hereby\s+)?(?:provided|performed|rendered|supplied|"
    r"engaged|retained|employed|licen[cs]ed|granted|provide|perform|render|supply|manufacture|"
    r"distribute|market)\b[^.;]{0,40}?"
    r"\bfor\s+(?:an?\s+(?:initial\s+|fixed\s+|minimum\s+)?(?:term|period)\s+of\s+|"
    r"(?=[\w-]{1,12}\s*(?:\(\s*\d{1,3}\s*\)\s*)?(?:calendar\s+|contract\s+)?(?:months|years)\b))"
    r"|^\W*(?:(?:Initial|Original|Minimum)\s+)?(?:(?:Contract|Agreement|Subscription|Licen[cs]e|"
    r"Services?|Supply|Engagement|Lease|Sponsorship|Distribution)\s+)?(?:Term|Duration)\s*:"
    r"|^\W*(?:(?:Initial|Original|Minimum)\s+)?(?:Contract|Agreement|Subscription|Licen[cs]e|"
    r"Services?|Supply|Engagement|Lease|Sponsorship|Distribution)\s+Period\s*:"
    r"|\b(?:engagement|appointment|services|sponsorship|subscription|collaboration|program(?:me)?)"
    r"\b(?:\s+[\w,]+){0,5}?\s+(?:shall|will)\s+(?:be\s+for\s+an?\s+(?:\w+\s+)?(?:term|period)\s+of|"
    r"(?:continue|last|run)\s+(?:for|from|until|through))\b"
    r"|\b(?:this|the)\s+(?:\w+\s+){0,2}(?:agreement|contract|licen[cs]e)\s+(?:shall|will)\s+"
    r"(?:automatically\s+)?(?:terminate|expire|end)\s+(?=[\w-]{1,12}\s*(?:\(\s*\d{1,3}\s*\)\s*)?"
    r"(?:calendar\s+|contract\s+)?(?:months|years)\s+(?:after|from|following)\b)"
    r"|\(\s*(?:herein(?:after)?\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the\s+)?[\"“]"
    rf"(?:{_TERM_NAME})[\"”]"
    rf"|[\"“](?:{_TERM_NAME})[\"”]\s+(?:shall\s+)?means?\b",
    re.I,
)
"""A sentence that sets the agreement's term: 'the initial term', 'the term of this Agreement',
'This Agreement shall commence/continue/expire', '(the "Term")', and a defined term named for the
agreement or its kind ('"Contract Period" means', '"Supply Term" shall mean'); a '"Launch
Period"' or '"Exclusivity Period"' is a stage within the term, not the term. 'This Agreement
terminates on', 'shall be in effect', and an appointment 'for a term of ten years' set it too, as
do what is done for the term ('the Services shall be provided for twelve months', 'the Consultant
will be engaged for a period of'), a table's field ('Term: 36 months') and an end counted from the
start ('this Agreement shall terminate three years after the Effective Date')."""
_NOT_THE_TERM = re.compile(
    r"\b(?:warrant(?:y|ies)|confidential|non-?compet|solicit|royalt|patent|guarantee|"
    r"survive|payment|invoice|shelf life|lease\s+of)\w*",
    re.I,
)


def _about_another_period(text: str) -> bool:
    """Whether the sentence is about a warranty, confidentiality or royalty period rather than
    the term: such a word in its first words, unless the sentence opens by setting the term and
    names it only later ('This Agreement shall terminate on the earlier of June 1, 2030 or the
    expiry of the last Licensed Patent')."""
    other = _NOT_THE_TERM.search(text[:120])
    if not other:
        return False
    sets = _TERM_SENTENCE.search(text)
    return not (sets and sets.start() < 12 and other.start() > sets.end() + 20)


_UNTIL_DATE = re.compile(
    r"\b(?:until|through|at)\s+(?:midnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|hours))"
    r"[^;]{0,30}?\s(?:on|of)\s+(?:the\s+)?$|"
    r"\b(?:until|through|thru|to\s+and\s+including|end\s+as\s+of|expire[sd]?\s+(?:at\s+[^;]{0,40}?\s+)?on|"
    r"(?:agreement|contract)\s+expires|"
    r"expiring(?:\s+on)?|ending(?:\s+on)?|terminating(?:\s+on)?|"
    r"end\s+on|terminate[sd]?\s+on|up\s+to\s+and\s+including|until\s+midnight\s+on|"
    r"(?:shall|will)\s+(?:terminate|expire|end|lapse)|lapses?\s+on|concluding(?:\s+on)?|"
    r"extended\s+to)\s+"
    r"(?:[^.;]{0,30}?\s)?$",
    re.I,
)
_RENEW = re.compile(
    r"\brenew|\broll(?:s|ed)?[\s-]*over\b|\bextend(?!\s+for\b)(?!\w*\s+(?:through|until|to)\b)|\bextension\b|year[- ]to[- ]year|month[- ]to[- ]month|successive|"
    r"additional\s+(?:\w+\s+){0,3}(?:term|period)",
    re.I,
)
_AUTO_RENEWAL = re.compile(
    r"\bautomatic(?:ally)?\b[^.;]{0,40}?\b(?:renew|extend|extension|prolong)"
    r"|\bautomatically\s+continue\s+(?:for|from|on)\b"
    r"|\b(?:renew|extend)(?:ed|s|able|ible)?\b[^.;]{0,40}?\bautomatically\b"
    r"|\b(?:shall|will)\s+(?:thereafter\s+)?(?:be\s+)?(?:deemed\s+(?:to\s+(?:be|have(?:\s+been)?)\s+)?)?"
    r"(?:renewed|extended|renew|extend)\b"
    r"[^.;]{0,60}?\b(?:for|by)\b[^.;]{0,40}?\b(?:successive|additional|further|consecutive|"
    r"subsequent|one|1|\w+\s*\(\d+\))\b"
    r"|\b(?:shall|will)\s+(?:thereafter\s+)?(?:continue|remain)[^.;]{0,80}?"
    r"(?:year[- ]to[- ]year|month[- ]to[- ]month|from\s+year\s+to\s+year|for\s+(?:successive|"
    r"additional|further|consecutive|subsequent))"
    r"|\bthereafter\b[^.;]{0,40}?\b(?:year[- ]to[- ]year|from\s+year\s+to\s+year|"
    r"successive|renew)"
    r"|\bevergreen\b|\broll(?:s|ed)?[\s-]*over\b[^.;]{0,40}?\b(?:for|by|into)\b"
    r"|\b(?:continue|remain)s?\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+)?"
    r"(?:thereafter\s+|indefinitely\s+|for\s+an\s+(?:indefinite|unlimited)\s+(?:period|term)\s+)?"
    r"(?:until|unless\s+and\s+until)\s+(?:\w+\s+){0,2}"
    r"terminated\s+by\s+(?:either|any|one|a)\s+part(?:y|ies)\b[^.;]{0,60}?\bnotice",
    re.I,
)
"""A renewal that happens unless a party stops it: 'shall automatically renew', 'shall be
extended for successive one-year terms', 'shall be deemed renewed for a further period', 'shall
continue from year to year', 'evergreen', and an open-ended term that runs 'until terminated by
either party on ninety days' notice'."""
_RENEWAL_STOP = re.compile(
    r"\bunless\b|\buntil\b[^.;]{0,80}?\b(?:terminat|notice|notif)|\bif\s+not\s+(?:\w+\s+)?"
    r"(?:terminated|cancell?ed|ended)|\bif\s+(?:neither|no)\s+party\b|\babsent\s+(?:such\s+|a\s+)?notice|\bexcept\s+(?:where|if|when|in\s+case)\b|"
    r"\bsave\s+(?:where|if)\b|\b(?:it|they|such\s+party)\s+(?:does|do|will|shall)\s+not\s+"
    r"(?:wish\s+to\s+|intend\s+to\s+|want\s+to\s+)?(?:renew|extend)|\bnotice\s+of\s+(?:non-?renewal|termination|its\s+(?:intent|intention|election|"
    r"desire|decision))|\bnot\s+to\s+(?:renew|extend)|\bnon-?renewal",
    re.I,
)
_NOT_AUTOMATIC = re.compile(
    r"\bnon-?renewable\b|\bdeclines?\s+to\s+renew|\bcancels?\b|\b(?:shall|will)\s+not\s+(?:be\s+)?(?:automatically\s+)?(?:renew|extend)"
    r"|\bnot\s+(?:be\s+)?(?:automatically\s+)?renew|\bno\s+(?:automatic\s+)?renewal|"
    r"construed\s+as\s+a\s+renewal",
    re.I,
)
"""A renewal the sentence denies: 'non-renewable', 'shall not be automatically renewed'."""
_BY_CONSENT = re.compile(
    r"\bmutual(?:ly)?\b[^.;]{0,30}?\b(?:agree|consent|written)|"
    r"\bupon\s+(?:the\s+)?(?:mutual|written)\s+agreement|\bmay\s+(?:be\s+)?(?:renew|extend)"
    r"|\bat\s+(?:the\s+|its\s+|their\s+|[\w.]+(?:'s|’s)\s+)?(?:sole\s+)?(?:option|election|request)\b"
    r"|\boption\s+to\s+(?:renew|extend)|\b(?:elects?|wish(?:es)?|chooses?|requests?|desires?)\s+"
    r"to\s+(?:renew|extend)|\bif\s+(?:both|all|the)\s+part(?:y|ies)\s+(?:so\s+|shall\s+so\s+)?agree"
    r"|\bsubject\s+to\s+(?:the\s+)?(?:parties['’]\s+)?(?:mutual\s+|written\s+)+agreement",
    re.I,
)
"""A renewal the parties must agree or a party must choose: 'may be extended by mutual written
agreement', 'at Distributor's option', 'if Customer wishes to renew', 'only if both parties so
agree', 'subject to mutual written agreement'. It does not undo words that make the renewal
happen by itself ('shall automatically renew ... and upon the parties' mutual agreement on new
targets')."""
_AUTOMATIC_WORDS = re.compile(r"\bautomatic(?:ally)?\b|\bevergreen\b|\btacit", re.I)
NOTICE_WORD = re.compile(r"\bnotice|\bnotify|\bnotification|\binform", re.I)
_BEFORE_END = re.compile(
    r"^\W*(?:\w+\s+){0,2}(?:prior|before(?:hand)?|in\s+advance|preceding)\b|^\W*(?:or\s+more\s+)?"
    r"(?:\w+\s+)?(?:written\s+)?notice",
    re.I,
)


def in_preamble(sentence: Sentence, clause_ids: list[str]) -> bool:
    """Whether the sentence lies in the agreement's leading clauses."""
    return sentence.clause.id in clause_ids[:PREAMBLE_CLAUSES]


def effective_date(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """The date the agreement takes effect: the one named 'Effective Date', else the date the
    preamble says it was made or is effective as of."""
    previous: Sentence | None = None
    for sentence in sentences:
        text = sentence.text
        if _EFFECTIVE_HEADING.match(sentence.clause.heading or ""):
            # A cover page's field: a clause headed 'Effective Date' that holds only the date.
            dates = list(find_dates(text))
            if dates and dates[0][1] < 3:
                return Found(dates[0][0], sentence)
        if previous is not None and previous.clause is sentence.clause:
            # 'this 16 day of August. 2012 (the "Effective Date")': the splitter cut the date.
            text = f"{previous.text} {text}"
        previous = sentence
        for named in _EFFECTIVE_NAMED.finditer(text):
            dates = list(find_dates(text))
            # 'effective on the date on which it has been signed by both Parties (the "Effective
            # Date")' says how the date is set before naming it: in its own sentence, with no
            # date between ('once executed by both Parties, shall be effective as of 1 January
            # 2022 (the "Effective Date")' dates it)
            lead = text[max(0, named.start() - 120) : named.start()]
            lead = re.split(r"[.;]\s+", lead)[-1]
            if any(True for _ in find_dates(lead)):
                lead = ""
            near = lead + text[named.start() : named.end() + 120]
            signed = _signing_date(sentences, near, text)
            if signed:
                return signed
            before = [
                d
                for d in dates
                if d[2] <= named.start()
                and named.start() - d[2] < 120
                and not _NEXT_DEFINITION.search(text[d[2] : named.start()])
            ]  # not the date of the definition before ('"Operational Date" means 1 October 2012.')
            after = [
                d
                for d in dates
                if d[1] >= named.end()
                and d[1] - named.end() < 120
                and not _NEXT_DEFINITION.search(text[named.end() : d[1]])
            ]  # not a date in the next definition ('... this Agreement. "Operational Date" means')
            definition = re.match(r"[\"”'\s)]*(?:shall\s+)?means?\b", text[named.end() :], re.I)
            field = re.match(r"[\"”'\s)]*:\s*", text[named.end() :])
            if field and after and after[0][1] == named.end() + field.end():
                return Found(after[0][0], sentence)  # a field: 'SOW Effective Date: 1 Feb 2023'
            if before and not definition:
                return Found(before[-1][0], sentence)
            if after and (definition or _STATES_DATE.match(text[named.end() :])):
                return Found(after[0][0], sentence)
    named_start = _named_start(sentences)
    if named_start:
        return named_start
    for sentence in sentences:
        # 'The term shall commence on June 1, 1999': the start the term itself names.
        if not _is_term_sentence(sentence):
            continue
        for iso, start, _ in find_dates(sentence.text):
            if _COMMENCES.search(sentence.text[max(0, start - 60) : start]):
                return Found(iso, sentence)
    if any(_EFFECTIVE_ON_AN_EVENT.search(sentence.text) for sentence in sentences):
        return None  # 'shall become effective upon the closing of the Merger': not a known day
    previous = None
    for sentence in sentences:
        if not in_preamble(sentence, clause_ids):
            continue
        text = sentence.text
        if (
            previous is not None
            and previous.clause is sentence.clause
            and _MONTH_CUT.search(previous.text)
        ):
            text = f"{previous.text} {text}"  # 'dated 15 Sept.' / '2016, is between'
        previous = sentence
        made: tuple[str, int] | None = None  # the date it was made, and where that date ends
        previous_end = 0  # a date's lead stops at the date before it ('the first day of January')
        for iso, start, end in find_dates(text):
            lead = text[max(0, start - 80, previous_end) : start]
            previous_end = end
            if (
                _CITED_AGREEMENT.search(lead)
                or _OTHER_EFFECTIVE.search(lead)
                or _UNTIL_DATE.search(lead[-70:])  # '... and continue through December 31'
            ):
                continue
            if _EFFECTIVE_AS_OF.search(lead) and not (
                made and _ANOTHER_AGREEMENT.search(text[made[1] : start])
            ):
                return Found(iso, sentence, quote=text)
            if _DATED.search(lead) and made is None:
                made = (iso, end)
        if made:
            # 'made this 1st day of July, 2003 ..., effective as of January 1, 2003': the date
            # it takes effect, where the sentence gives one, wins over the date it was made
            return Found(made[0], sentence, quote=text)
    return (
        _dated_elsewhere(sentences, clause_ids)
        or _date_line(sentences, clause_ids)
        or _broad_effective_date(sentences, clause_ids)
        or _one_signing_day(sentences)
    )


_TAKES_EFFECT = re.compile(
    r"\b(?:takes?\s+effect|(?:come|enter)s?\s+into\s+(?:force|effect)|becomes?\s+effective|"
    r"(?:shall|will)\s+(?:become|be)\s+effective)\b",
    re.I,
)
_EFFECTIVE_OR_DATED = re.compile(r"\beffective|^\W*dated\s+as\s+of\s+the\s+date\b", re.I)
"""A sentence that may date the agreement from elsewhere: 'effective as of the date first
written above', 'Dated as of the date last signed below'."""
_NEXT_DEFINITION = re.compile(r"[.;]\s+[\"“]")
"""A sentence or item ending and a quoted name opening the next definition: a date beyond it
belongs to that definition, not to the one before."""
_BLANK_DATE_LINE = re.compile(r"\bDated?\s*:+\s*_{3,}", re.I)


def _one_signing_day(sentences: list[Sentence]) -> Found | None:
    """The day every party signed, where nothing else dates the agreement and it says nothing of
    when it takes effect ('shall take effect on the Completion Date' names an undated day): the
    date lines of its signature blocks give one date, two or more times ('Date: March 3, 2015'
    under each signature), and none is left blank."""
    if any(_TAKES_EFFECT.search(s.text) or _BLANK_DATE_LINE.search(s.text) for s in sentences):
        return None
    signed = _signature_dates(sentences, date_lines_only=True)
    if len(signed) >= 2 and len({found.value for found in signed}) == 1:
        return signed[-1]
    return None


_EFFECTIVE_ON_AN_EVENT = re.compile(
    r"^\W*(?:this\s+(?:agreement|contract)|the\s+[\"“]Effective\s+Date[\"”])\s+(?:shall|will)\s+"
    r"(?:become|be|come\s+into)\s+(?:effective|in\s+effect|force)\s+(?:on|upon|as\s+of|from)\s+"
    r"(?!(?:the\s+)?(?:date\s+(?:hereof|of\s+(?:its\s+)?(?:signature|execution))|date\s+first|execution|signature))(?:the\s+)?(?:date\s+(?:on\s+which|that|when|of)\s+|day\s+(?:on\s+which|that)\s+)?[^.;,]{0,60}?"
    r"\b(?:approv\w*|clearance|clos(?:e|es|ed|ing)|consummat\w*|authori[sz]\w*|satisf\w*|"
    r"fulfil\w*|receipt|receives?|registration)\b",
    re.I,
)
"""'This Agreement shall become effective upon the closing of the Merger', 'The "Effective Date"
shall be the date on which Licensee receives Marketing Authorization': the agreement takes
effect on an event whose day is not known when it is signed, so the date it was made or signed
is not its effective date."""
_ANOTHER_AGREEMENT = re.compile(
    r"(?<![\"“])(?<!this\s)\b(?:agreement|contract|amendment|lease|licen[cs]e|order|plan)\b", re.I
)
"""Words naming an agreement between the date this one was made and a later 'effective as of'
date: 'to the License Agreement effective as of', 'supersedes the Prior Agreement, effective'.
The later date is then that agreement's, not this one's; '(this "Agreement")' names this one."""
_MONTH_CUT = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$"
)
"""A sentence the splitter cut after a month's short name ('dated 15 Sept.'), its year following."""
_STATES_DATE = re.compile(
    r"[\"”'\s)]*(?:of\s+(?:this|the)\s+(?:agreement|contract)\s+)?(?:is\b|shall\s+be\b|will\s+be\b|:|"
    r",?\s*(?:being|which\s+(?:is|shall\s+be))\b)",
    re.I,
)
"""Words between a date's name and the date it names: 'Effective Date: 1 July 2022', 'the
effective date of this Agreement shall be', 'the Commencement Date, being 1 September 2018'."""
_START_NAMED = re.compile(
    r"\b(?:Commencement|Start(?:ing)?|Agreement|Contract)\s+Date\b|\bDate\s+of\s+(?:this\s+)?"
    r"(?:Agreement|Contract)\b",
    re.I,
)
"""Other names of the day the agreement starts: 'the "Commencement Date"', '"Start Date"',
'Agreement Date:', 'Date of Agreement:'."""
_OTHER_EFFECTIVE = re.compile(
    r"\b(?:prices?|pricing|rates?|list|fees?|polic(?:y|ies)|tariffs?|schedules?|terms\s+and\s+"
    r"conditions)\s+(?:\w+\s+){0,2}?effective\s+(?:as\s+of\s+|on\s+|from\s+)?(?:the\s+)?$",
    re.I,
)
"""'The Supplier's price list effective January 1, 2021': the date a price or a policy changes,
not the agreement's."""


def _named_start(sentences: list[Sentence]) -> Found | None:
    """The date the agreement names its start by another name where none is named 'Effective
    Date': '"Commencement Date" means January 15, 2020', 'Date of Agreement: 5 May 2016'; only
    where the name states the date, since 'within 30 days of the Commencement Date' does not."""
    for sentence in sentences:
        text = sentence.text
        for named in _START_NAMED.finditer(text):
            rest = text[named.end() :]
            states = re.match(r"[\"”'\s)]*(?:shall\s+)?means?\b", rest, re.I) or _STATES_DATE.match(
                rest
            )
            if not states:
                continue
            for iso, begin, _ in find_dates(text):
                if 0 <= begin - named.end() - states.end() <= 25:
                    return Found(iso, sentence)
    return None


_DATE_LINE = re.compile(
    r"^\s*(?:dated?\s*(?:effective\s+)?(?:as\s+of\s+)?:?\s*|"
    r"(?![^,]*\b(?:date|term|expir|terminat|effective|renewal)\w*)[A-Z][A-Za-z.]*"
    r"(?:[ ,]+[A-Z][A-Za-z.]*){0,3},?\s+)?$",
    re.I,
)
"""What may stand before a date on its own line at the head of a letter agreement: 'Dated as of'
or a place ('New York, New York'), not another date's name ('Termination Date') or a filing's."""


def _date_line(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """The date a letter-style agreement (an underwriting or agency agreement) carries on a line of
    its own under its title, where nothing else dates it."""
    for sentence in sentences:
        if not in_preamble(sentence, clause_ids):
            break
        dates = list(find_dates(sentence.text))
        if len(dates) == 1:
            iso, start, end = dates[0]
            if _DATE_LINE.match(sentence.text[:start]) and not sentence.text[end:].strip(" .,"):
                return Found(iso, sentence)
    return None


def _dated_elsewhere(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """The effective date where no leading clause states it: the signatures' date when the
    agreement takes effect on signing, the date at its head when it is 'effective as of the date
    first written above', else an opening or closing line that dates it further on."""
    for sentence in sentences:
        text = sentence.text
        if not (_TAKES_EFFECT.search(text) or _EFFECTIVE_OR_DATED.search(text)):
            continue
        if _FIRST_SIGNED.search(text) or _BY_SIGNATURE.search(text):
            signed = _signing_date(sentences, text, text)
            if signed:
                return signed
        elif _FIRST_ABOVE.search(text) and in_preamble(sentence, clause_ids):
            for head in sentences:
                if not in_preamble(head, clause_ids):
                    break
                for iso, _, _ in find_dates(head.text):
                    return Found(iso, head, quote=f"{head.text} … {text}")
    for sentence in sentences:
        text = sentence.text
        made = _AGREEMENT_MADE.search(text) or _SIGNED_EFFECTIVE.search(text)
        if made:
            for iso, start, _ in find_dates(text):
                lead = text[max(0, start - 80) : start]
                if _CITED_AGREEMENT.search(lead):
                    continue  # 'as defined in the Asset Purchase Agreement dated as of ...'
                if start >= made.start() and _DATED.search(lead):
                    return Found(iso, sentence)
    return None


def _signing_date(sentences: list[Sentence], said: str, text: str) -> Found | None:
    """The first or the last signature's date, where ``said`` dates the agreement by its
    signatures ('effective as of the date of the last signature below'), quoting ``text`` with
    it. None where a date line is left blank in a clause that holds a signature's date: which
    signature came last is then not known, and the one date given is not the agreement's. (A
    blank date line in an attached form to be completed later says nothing of the signatures.)"""
    first = _FIRST_SIGNED.search(said)
    if not (first or _BY_SIGNATURE.search(said)):
        return None
    signed = _signature_dates(sentences)
    if not signed:
        return None
    blocks = {found.sentence.clause.id for found in signed}
    if any(s.clause.id in blocks and _BLANK_DATE_LINE.search(s.text) for s in sentences):
        return None
    chosen = (min if first else max)(signed, key=lambda found: found.value)
    return Found(chosen.value, chosen.sentence, quote=f"{text} … {chosen.sentence.text}")


def _signature_dates(sentences: list[Sentence], date_lines_only: bool = False) -> list[Found]:
    """Dates written on the signature lines ('Date: 4/28/2017') or, unless ``date_lines_only``,
    anywhere in a signature block."""
    signed = []
    for sentence in sentences:
        block = None if date_lines_only else _SIGNATURE_BLOCK.search(sentence.text)
        if (
            block
            and block.group(0).lower() == "signature"
            and (_BY_SIGNATURE.search(sentence.text) or _FIRST_SIGNED.search(sentence.text))
        ):
            block = None  # 'effective on the date of the last signature below': not a block
        for iso, start, _ in find_dates(sentence.text):
            if block or _SIGNED_ON.search(sentence.text[max(0, start - 12) : start]):
                signed.append(Found(iso, sentence))
    return signed


def _is_term_sentence(sentence: Sentence) -> bool:
    # The clause's own heading: 'Term' under 'Term and Termination' sets the term; a clause
    # headed 'Termination' (or 'Term and Termination' itself) holds notice and cure periods.
    heading = sentence.clause.heading or (sentence.clause.context_heading or "").split("/")[-1]
    if _TERM_HEADING.search(heading) and not re.search(r"terminat", heading, re.I):
        return True
    text = sentence.text
    return any(
        not _MENTIONS_THE_TERM.search(text[max(0, found.start() - 40) : found.start()])
        for found in _TERM_SENTENCE.finditer(text)
    )


_MENTIONS_THE_TERM = re.compile(
    r"\b(?:expiration|expiry|end|during|throughout|remainder|balance|termination|course|beyond|"
    r"within|under|pursuant\s+to|accordance\s+with|in|by|to)\s+(?:of\s+)?(?:the\s+)?$",
    re.I,
)
"""'During the Term of this Agreement', 'prior to expiration of the Term of the Agreement': a
sentence that speaks of the term, not one that sets it; 'a forecast under this Agreement shall be
binding for ninety days': the agreement is not the subject."""


_BY_AGREEMENT = re.compile(
    r"^\w*\s+(?:only\s+)?(?:by|upon|with|on)\s+(?:the\s+)?(?:mutual|written|agreement|consent|the\s+parties)",
    re.I,
)
"""'Unless extended by mutual written agreement': an aside on the term, not a renewal that
follows it."""


_UNLESS_OR = re.compile(
    r"\bunless\s+(?:sooner\s+|earlier\s+)?(?:(?:terminated|ended)\s+(?:\w+\s+){0,2}or\s+)?$", re.I
)
"""'Unless sooner terminated or extended as set out below, shall end as of March 31, 2029',
'unless extended, shall end on': the extension is an aside on the end date that follows."""


def _renewal_start(text: str) -> re.Match[str] | None:
    """Where the sentence turns to renewals: the first renewal word that is not an aside on a
    term the parties might extend by agreement ('unless mutually extended by the parties')."""
    for match in _RENEW.finditer(text):
        aside = (
            _BY_AGREEMENT.match(text[match.end() :])
            or re.search(r"\bmutually\s+$", text[max(0, match.start() - 12) : match.start()], re.I)
            or _UNLESS_OR.search(text[max(0, match.start() - 60) : match.start()])
        )
        if not aside:
            return match
    return None


_RUNS_FOR = re.compile(
    r"\b(?:for|end(?:ing|s)?|expir\w*|terminat\w*|be|is)\s+(?:a\s+(?:period|term)\s+of\s+)?$",
    re.I,
)
"""Words before the length of a term: 'remain in effect for', 'and end', 'expiring', 'shall be'."""
_AFTER_EVENT = re.compile(
    r"\W*(?:(?i:after|following|from)\s+|(?i:commencing|beginning|starting)\s+(?i:on|with|from)\s+"
    r"(?=(?i:the\s+)?(?:[A-Z][\w-]*\s+){1,3}Date\b)(?!(?i:the\s+)?(?:Agreement|Contract|Signature|"
    r"Signing|Execution|Effective)\b))"
    r"(?i:the\s+)?(?!(?i:effective|commencement|execution|termination|expiration|expiry|receipt|"
    r"(?:agreement|contract|signature|signing)\s+date|"
    r"notice|delivery|date\s+of)\b)(?:[A-Z]|(?i:first|initial)\s+(?i:commercial|sale|launch|shipment|"
    r"delivery|production|use|approval))"
)
"""'... twelve (12) months after the Launch', '36 months following the Service Ready Date',
'thirty-six months commencing on the Service Start Date': a
term counted from an event the agreement defines (a capitalised term) or a first event ('after the
first commercial sale'), not from a termination, a notice or a receipt."""


def _counts_from_event(text: str, length: Length) -> bool:
    """Whether the length is a term counted from a defined event, whose date is not known."""
    before = text[max(0, length.start - 40) : length.start]
    field = re.search(r":\s*$", before)  # 'Subscription Term: 12 months from the Go-Live Date'
    return bool((_RUNS_FOR.search(before) or field) and _AFTER_EVENT.match(text[length.end :]))


_PERIOD_IN_WHICH = re.compile(r"\b(?:quarter|month)\s+(?:in|during)\s+which\b", re.I)
"""A quarter or month in which something falls: a length after it is the term only where the
term ends with that period (``_ENDS_WITH_ITS_PERIOD``); the broad reading does not read it."""


_DATE_DEFINED = re.compile(
    r"[\"“](?P<name>(?:[A-Z][\w-]*\s+){1,3}Date)[\"”]\s*(?:shall\s+)?(?:means?|shall\s+be|is|will\s+be)"
    r"\s+(?:the\s+)?"
)
"""A date the agreement defines by its day: '"Commencement Date" means July 1, 2010', 'the
"Commencement Date" shall be August 15, 2017'."""
_DATE_NAMED_AFTER = re.compile(
    r"\s*,?\s*\(\s*(?:the\s+|such\s+date,?\s+(?:the\s+)?)?[\"“](?P<name>(?:[A-Z][\w-]*\s+){1,3}Date)[\"”]"
)
"""A date named after its day: 'on 1 March 2019 (the "Service Commencement Date")'."""
_EVENT_NAMED = re.compile(
    r"\W*(?:anniversary\s+)?(?:of|after|following|from)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w-]*\s+){1,3}Date)\b"
)
"""The named date a length or an anniversary is counted from: '... of the Commencement Date'."""


def _defined_dates(sentences: list[Sentence]) -> dict[str, str]:
    """The days of the dates the agreement names and defines, by their lower-case names."""
    found: dict[str, str] = {}
    for sentence in sentences:
        text = sentence.text
        if "Date" not in text:
            continue
        dates = list(find_dates(text))
        for defined in _DATE_DEFINED.finditer(text):
            day = next((d for d in dates if defined.end() <= d[1] <= defined.end() + 2), None)
            if day:
                found.setdefault(defined.group("name").lower(), day[0])
        for iso, _, end in dates:
            named = _DATE_NAMED_AFTER.match(text, end)
            if named:
                found.setdefault(named.group("name").lower(), iso)
    return found


def _known_event_day(text: str, length: Length, known: dict[str, str]) -> str | None:
    """The day of the named date ``length`` is counted from, where the agreement defines it."""
    event = _EVENT_NAMED.match(text, length.end)
    return known.get(event.group("name").lower()) if event else None


def _term_lengths(text: str, known: dict[str, str] | None = None) -> list[Length]:
    """Lengths in a term sentence that are the term: not notice, cure or renewal periods.
    ``known``: the days of the dates the agreement defines (``_defined_dates``); an anniversary
    of one of them is a term's end, as an anniversary of the effective date is."""
    renewal_at = _renewal_start(text)
    kept = []
    for length in find_lengths(text):
        if renewal_at and length.start > renewal_at.start():
            continue
        after = text[length.end : length.end + 40]
        before = text[max(0, length.start - 40) : length.start]
        if NOTICE_WORD.search(after[:25]) or _BEFORE_END.match(after) or length.business:
            continue
        if _PERIOD_IN_WHICH.search(before) and not _ENDS_WITH_ITS_PERIOD.search(
            text, max(0, length.start - 80), length.start
        ):
            continue  # 'by the close of the quarter in which the order falls two years of stock'

        if re.search(r"\bnotice\b[^.;]{0,20}$|\bwithin\s*$|\bafter\s*$", before, re.I):
            continue

        from_the_start = re.match(
            r"\W*(?:after|following|from)\s+(?:the\s+)?(?:effective|commencement|execution|start|"
            r"date\s+(?:hereof|of\s+this)|signing)",
            after,
            re.I,
        ) or (
            re.match(r"\W*thereafter\b", after, re.I)
            and re.search(
                r"\b(?:continu\w*|extend\w*|remain\w*|effect|force|run|last|end(?:ing|s)?|"
                r"expir\w*)\s+(?:in\s+\w+\s+)?"
                r"(?:for\s+)?(?:at\s+least\s+)?(?:a\s+(?:period|term)\s+of\s+)?"
                r"(?:on\s+)?(?:the\s+)?(?:date\s+(?:that|which)\s+is\s+)?$",
                before,
                re.I,
            )
        )
        if (
            not from_the_start
            and not _counts_from_event(text, length)
            and re.match(
                r"\W*(?:after|thereafter|following|of\s+(?:the\s+|this\s+|such\s+)?(?:initial\s+)?term|"
                r"(?:from|after)\s+(?:the\s+)?(?:termination|expiration|receipt))",
                after,
                re.I,
            )
        ):
            continue
        if _ANNIVERSARY_OF_EVENT.match(text[length.start : length.end + 60]) and not (
            known and _known_event_day(text, length, known)
        ):
            continue
        if MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
            kept.append(length)
    return kept


_EVENTS_DATE = (
    r"(?i:date|day)\s+(?i:on\s+which|upon\s+which|that|when|of\s+(?:the\s+)?(?:first|initial|final|"
    r"completion|launch|delivery|shipment|acceptance|approval|closing|installation))\b"
    r"(?!\s+(?i:is\b|it\s+is\b|this\s+\w+|execution|signing|signature|(?:the\s+)?last\s+(?:party|signature)|"
    r"the\s+(?:agreement|contract|effective|parties|party)\b|(?:both|all|each\s+of\s+the)\s+parties|"
    r"(?:a\s+)?part(?:y|ies)\b))"
)
"""'The date on which the first Product is launched', 'the date of first shipment': the day of an
event, not the agreement's own date ('the date on which this Agreement is signed', 'on which the
Parties sign', 'of the last party's signature') nor a day counted from it ('the date that is
thirty days after the Effective Date')."""
_ANNIVERSARY_OF_EVENT = re.compile(
    r"[^.;]*?\banniversary\s+of\s+(?:the\s+)?(?!(?i:effective|execution|signing|date\s+(?:of\s+this|"
    rf"hereof)|this\s+agreement)\b)(?:[A-Z]|{_EVENTS_DATE}|(?i:first|initial)\s+(?i:commercial|sale|"
    r"launch|shipment|delivery|production|use|approval))"
)
"""'The eighth anniversary of the Commencement Date', 'the tenth anniversary of the date on which
the first Product is launched', 'the 10th anniversary of the first commercial sale': the anniversary of an event other than the agreement's start,
whose date and distance from the start are not known."""
_FROM_EVENTS_DATE = re.compile(
    rf"\W*(?i:after|following|from|(?:commencing|beginning|starting)\s+(?:on|with|from))\s+"
    rf"(?i:the\s+)?(?:{_EVENTS_DATE}|(?i:date|day)\s+(?:the\s+)?(?!(?:Agreement|Contract|Parties|Party)\b)(?:[A-Z][\w-]*\s+){{1,3}}[a-z]+s\b(?!\s+(?i:this|the)\s+(?i:agreement|contract)))"
)
"""'Five years from the date of the first shipment', 'ten years commencing on the date the
Franchised Restaurant opens': a length counted from an event's day."""


_STARTS_ON_ITS_OWN_DAY = re.compile(
    r"\b(?:begin\w*|commenc\w*|start\w*|period\s+from)\s+(?:on\s+|as\s+of\s+|from\s+|with\s+)?"
    r"(?:the\s+)?(?:effective\s+date|date\s+(?:hereof|of\s+this\s+(?:agreement|contract)))\b",
    re.I,
)
"""A term that starts on the agreement's own day: 'shall begin on the Effective Date'."""
_STARTS_ON_AN_EVENT = re.compile(
    r"\b(?i:agreement|contract|term)\b[^.;,]{0,40}?\b(?i:commenc\w*|begin\w*|start\w*)\s+"
    r"(?i:on|upon)\s+(?i:the\s+)?(?:(?i:date|day)\s+(?i:of|on\s+which|that)\s+(?i:the\s+)?)?"
    r"(?!(?:Effective|Commencement|Execution|Signature|Signing|Agreement|Contract|Parties|Party|"
    r"Date)\b)(?P<event>[A-Z][a-z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\b(?![,\s]+\d)"
)
"""A term that starts on an event the agreement names, whose day is not stated: 'shall commence
on the date of Regulatory Approval and continue for ten (10) years thereafter', 'shall begin
upon Closing'. Not a month ('commence on January 1, 2020': a date, read as one)."""
_OF_THE_AGREEMENT = re.compile(
    r"\s*(?:of|from|after|following)\s+(?:the\s+)?(?:date\s+(?:of\s+this|hereof)|this\s+"
    r"(?:agreement|contract)|effective\s+date|execution)",
    re.I,
)
"""A length or an anniversary counted from the agreement's own date, not from a start the
sentence names ('the Services shall commence on January 1, 2011 and this Agreement shall continue
for seven years from the Effective Date')."""


_DAY_BEFORE = re.compile(
    r"\bday\s+(?:immediately\s+)?(?:prior|preceding|before)\s+(?:to\s+)?(?:the\s+)?$", re.I
)
"""'until the day before the third anniversary', 'ends on the day immediately preceding the
third anniversary': the term ends the day before the anniversary."""


def _anniversary_end(text: str, at: int, since: str, years: int, unit: str = "year") -> str:
    """The end of a term of ``years`` units from ``since`` whose length stands at ``at``: the
    anniversary, or the day before where the sentence says so."""
    end = add_period(since, years, unit)
    day_before = _DAY_BEFORE.search(text[max(0, at - 60) : at])
    return minus_days(end, 1) if day_before or _INCLUSIVE_START.search(text, at, at + 80) else end


_INCLUSIVE_START = re.compile(r"\bfrom\s+and\s+including\b", re.I)
"""'fifteen years from and including 25 March 2015': the first day counts, so the term ends the
day before the anniversary (24 March 2030), as English leases count it."""


_ANOTHER_SUBJECT = re.compile(
    r"[^.;]*?(?:[,;]\s*(?:and\s+|but\s+)?|\bsave\s+that\s+|\bexcept\s+that\s+)"
    r"(?:the|a|an|its|each|any)\s+(?!(?:initial\s+|then[\s-]+current\s+)?(?:term|agreement|"
    r"contract)\b)",
    re.I,
)
"""After a length, a new subject: ', and the first Contract Year', ', save that the pilot'."""


def _another_subject_ends(text: str, begin: int, first: Length | None) -> bool:
    """Whether the date at ``begin`` ends another subject than the term the sentence gives a
    length first (``first``, its first length not in days): 'The Term shall be three years, and
    the first Contract Year shall end on ...', '... for three years, save that the pilot phase
    shall run until ...'."""
    if first is None or first.end > begin:
        return False
    other = _ANOTHER_SUBJECT.match(text, first.end, begin)
    return bool(other) and not re.search(
        r"\b(?:agreement|contract(?!\s+year)|term(?!\s+year)|licen[cs]e|lease|engagement|period)\b",
        text[other.end() - 12 : begin],
        re.I,
    )


def initial_term(sentences: list[Sentence], start: str | None) -> tuple[Found | None, Found | None]:
    """(initial term in days, expiry date), read from the sentences that set the term.

    A stated end ('until December 31, 2027', 'from 1 July 2024 to 30 June 2026') wins over a
    length stated earlier ('a term of two (2) years'), which gives the expiry only from a known
    start: the effective date, else the date the same sentence says the term begins."""
    named = _named_expiry(sentences)
    if named:
        days = Found(days_between(start, named.value), named.sentence) if start else None
        return (days if start and named.value > start else None), named
    first_length: tuple[Found, Sentence, Length] | None = None
    known = _defined_dates(sentences)
    for sentence in sentences:
        if not _is_term_sentence(sentence) or _about_another_period(sentence.text):
            continue
        text = sentence.text
        if _DEFINES_A_PERIOD.match(text):
            continue  # '"Contract Year" means each period of twelve months ...'
        renewal_at = _renewal_start(text)
        dates = list(find_dates(text))
        begins = _begin_date(text, dates)
        first = next((n for n in find_lengths(text) if n.unit != "day"), None) if dates else None
        for index, (iso, begin, _) in enumerate(dates):
            if renewal_at and begin > renewal_at.start():
                break
            ranged = index > 0 and _RANGE_TO.match(text[dates[index - 1][2] : begin])
            if not ranged and _another_subject_ends(text, begin, first):
                continue  # 'The Term shall be three years, and the first Contract Year shall end on'
            if ranged or _UNTIL_DATE.search(text[max(0, begin - 70) : begin]):
                expiry = Found(iso, sentence)
                # the term the sentence sets runs from its own start, a range's from its first date
                since = (dates[index - 1][0] if ranged else None) or begins or start
                days = Found(days_between(since, iso), sentence) if since and iso > since else None
                return days, expiry
        year_end = _YEAR_END.search(text)
        since = start or begins
        year_of = _YEAR_OF.search(text)
        if year_of and since and not (renewal_at and year_of.start() > renewal_at.start()):
            nth = year_of.group("nth")
            years = (
                (int(re.sub(r"\D", "", nth)) if re.match(r"\d", nth) else ordinal_value(nth))
                if nth
                else 0
            )
            iso = f"{int(since[:4]) + years}-12-31"
            return Found(days_between(since, iso), sentence), Found(iso, sentence)
        counted = _calendar_count_end(text, since) if since else None
        if counted and not (renewal_at and counted[1] > renewal_at.start()):
            return Found(days_between(since, counted[0]), sentence), Found(counted[0], sentence)
        if year_end and since and not (renewal_at and year_end.start() > renewal_at.start()):
            iso = f"{since[:4]}-12-31"
            return Found(days_between(since, iso), sentence), Found(iso, sentence)
        lengths = _term_lengths(text, known)
        if lengths and first_length is None:
            length = lengths[0]
            term = Found(length.days, sentence, extra={"count": length.count, "unit": length.unit})
            first_length = (term, sentence, length)
            if begins is None:
                continue  # a later sentence may state the end itself
            break
    if first_length is None:
        return _broad_term(sentences, start)
    term, sentence, length = first_length
    # 'A term of ten years commencing on 1 January 2026': the sentence's own start wins, unless
    # the length is an anniversary of the agreement's own date ('begin on February 1 and end on
    # the first anniversary of the date of this Agreement').
    begins = _begin_date(sentence.text, list(find_dates(sentence.text)))
    after_length = sentence.text[length.end :]
    of_the_agreement = _OF_THE_AGREEMENT.match(after_length)
    since = (start or begins) if of_the_agreement else (begins or start)
    expiry = None
    event_day = _known_event_day(sentence.text, length, known)
    starts_on = _STARTS_ON_AN_EVENT.search(sentence.text, 0, length.start)
    if starts_on and not begins and known.get(starts_on.group("event").lower()):
        # 'shall commence on the Start Date', defined as 1 June 2021
        since = known[starts_on.group("event").lower()]
    if event_day:
        # 'the fifth anniversary of the Commencement Date', defined as July 1, 2010
        since = event_day
    elif not begins and (
        _FROM_EVENTS_DATE.match(after_length)  # 'five years from the date of the first shipment'
        or (
            not of_the_agreement
            and starts_on
            and not starts_on.group("event").lower().endswith("effective date")
            and starts_on.group("event").lower() not in known
        )
        or (
            _counts_from_event(sentence.text, length)
            and not re.match(
                r"\W*(?:after|following|from|(?:commencing|beginning|starting)\s+(?:on|with|from))"
                r"\s+(?:the\s+)?(?:effective|commencement|execution)\b",
                after_length,
                re.I,
            )
        )
    ):
        # 'Twelve months after the Launch': the length is known, the day the count starts is not
        # (unless the sentence dates it: 'from the Order Start Date of 1 May 2025').
        since = None
        if _STARTS_ON_ITS_OWN_DAY.search(sentence.text, 0, length.start):
            # 'shall begin on the Effective Date and end two years after the Launch Date': the
            # term runs from one day to a day counted from another; its length is not known
            return None, None
    shifted = _SHIFTED_START.match(sentence.text, length.end)
    if since and shifted and not begins:
        # 'commencing on the first day of the calendar month following the Effective Date'
        since = add_period(
            end_of_period(since, (shifted.group("unit") or "year").lower()), 1, "day"
        )
    if since and length.count == int(length.count):
        # A five-year term ends on the fifth anniversary of the start, as most agreements and
        # CUAD's answers count it; 'until the day before the third anniversary' the day
        # before.
        end = _anniversary_end(sentence.text, length.start, since, int(length.count), length.unit)
        period = _ENDS_WITH_ITS_PERIOD.search(
            sentence.text, max(0, length.start - 80), length.start
        )
        if period:
            # 'the last day of the month falling twenty-four (24) months after ...'
            end = end_of_period(end, period.group("unit").lower())
            term = Found(days_between(start or since, end), sentence)
        elif (
            event_day
            and start
            and event_day != start
            and _STARTS_ON_ITS_OWN_DAY.search(sentence.text, 0, length.start)
        ):
            # 'commencing on the Effective Date and ending on the fifth anniversary of the
            # Operational Date': the term runs from one day to an anniversary of another
            term = Found(days_between(start, end), sentence) if end > start else None
        expiry = Found(end, sentence, quote=sentence.text)
    return term, expiry


_EXPIRY_NAMED = re.compile(
    r"[\"“”']\s*(?:Expiration|Expiry|End|Term\s+End|Termination)\s+Date\s*[\"“”']", re.I
)
"""A defined end of the term: 'the "Expiration Date"', '"Expiry Date"', '"End Date"'."""


_EXPIRY_FIELD = re.compile(
    r"\b(?:Expiration|Expiry|End|Term\s+End)\s+Date(?:\s+of\s+(?:this|the)\s+(?:Agreement|Contract|"
    r"Term))?\s*(?::|\bshall\s+be\b|\bis\b|\bshall\s+mean\b|\bmeans\b)\s*(?:the\s+)?",
    re.I,
)
"""A date's name that states it without quotes: a cover page's 'Expiration Date: 30 April 2027',
'The expiry date of this Agreement is 31 May 2026'."""


def _named_expiry(sentences: list[Sentence]) -> Found | None:
    """The date the agreement defines as its end: '"Expiration Date" means March 31, 2020',
    'until June 30, 2021 (the "End Date")', '"Expiry Date": 30 June 2021', 'Expiration Date:
    30 April 2027'."""
    for sentence in sentences:
        text = sentence.text
        for field in _EXPIRY_FIELD.finditer(text):
            for iso, begin, _ in find_dates(text[field.end() : field.end() + 40]):
                if begin == 0:
                    return Found(iso, sentence)
        for named in _EXPIRY_NAMED.finditer(text):
            dates = list(find_dates(text))
            after = text[named.end() :]
            defines = re.match(r"[\"”'\s)]*(?:shall\s+)?(?:means?|is|shall\s+be|:)\s*", after, re.I)
            if defines:
                for iso, begin, _ in dates:
                    if begin == named.end() + defines.end():
                        return Found(iso, sentence)
            for iso, _, end in dates:
                between = text[end : named.start()]
                if re.fullmatch(
                    r"[\s,]*\(?\s*(?:such\s+date,?\s*)?(?:the|this)?\s*", between, re.I
                ):
                    return Found(iso, sentence)
    return None


_YEAR_END = re.compile(
    r"\buntil\s+(?:the\s+)?end\s+of\s+the\s+(?:current|same|then[- ]current|first)\s+calendar\s+year\b",
    re.I,
)
"""'Shall remain in effect until the end of the current calendar year': 31 December of the year
the agreement starts."""
_YEAR_OF = re.compile(
    r"\b(?:until|through|thru|to|end(?:s|ing)?\s+(?:on|at)|expir\w*\s+(?:on|at)|terminat\w*\s+(?:on|at))"
    r"\s+(?:the\s+)?(?:end|last\s+day|close)\s+of\s+the\s+calendar\s+year\s+(?:in|during)\s+which\s+"
    rf"(?:the\s+)?(?:(?P<nth>{ORDINAL_WORD}|\d{{1,2}}\s?{ORDINAL_SUFFIX})\s*"
    rf"(?:\(\s*\d{{1,2}}\s?(?:{ORDINAL_SUFFIX})?\s*\)\s*)?anniversary\s+of\s+)?(?:the\s+|this\s+)?"
    r"(?:Effective\s+Date|Commencement\s+Date|date\s+(?:hereof|of\s+this\s+Agreement)|"
    r"Agreement\s+is\s+(?:signed|executed))\b",
    re.I,
)
"""'Through the end of the calendar year in which the second anniversary of the Effective Date
occurs': 31 December of the start's year plus the anniversary's count (plus none without one)."""
_CALENDAR_COUNT = re.compile(
    r"\b(?:until|through|thru|to|on|at|expir\w*|end\w*)\s+(?:(?:the\s+)?(?:last\s+day|end|close)\s+"
    r"of\s+the\s+|(?:December\s+31(?:st)?|31(?:st)?\s+December),?\s+of\s+the\s+)"
    rf"(?P<nth>{ORDINAL_WORD}|\d{{1,3}}\s?{ORDINAL_SUFFIX})\s*"
    rf"(?:\(\s*\d{{1,3}}\s?(?:{ORDINAL_SUFFIX})?\s*\)\s*)?(?:full\s+)?(?:calendar\s+)?"
    r"(?P<unit>month|quarter|year)\s+(?:immediately\s+)?(?:following|after|from)\s+(?:the\s+)?"
    r"(?:(?:calendar\s+)?(?:month|quarter|year)\s+(?:in|during)\s+which\s+(?:the\s+)?)?"
    r"(?:Effective\s+Date|date\s+(?:hereof|of\s+this\s+Agreement))\b",
    re.I,
)
"""An end counted in calendar periods after the start's own: 'the last day of the twenty-fourth
(24th) full calendar month following the Effective Date', 'the end of the sixth full calendar
quarter following', 'December 31 of the fifth calendar year following the year in which the
Effective Date occurs'."""
_TERM_SUBJECT = re.compile(
    r"\b(?:this\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|lease|licen[cs]e)|(?:the\s+)?(?:initial\s+)?"
    r"term(?:\s+of\s+this\s+(?:agreement|contract))?|it)\s+(?:shall|will|is|expires?|ends?|"
    r"terminates?|runs?|continues?|remains?)\b(?P<rest>[^.;]*)$",
    re.I,
)
_OTHER_MATTER = re.compile(
    r"\b(?:provided|except|save|unless|fees?|payments?|payable|due|invoice\w*|notice|reports?|"
    r"review\w*|phase|instal+ments?|rebates?|year|quarter|exclusiv\w*|orders?|deliver\w*|"
    r"purchases?|terminated)\b|,\s*(?:and|but)\b",
    re.I,
)
"""Words that show an end in calendar periods belongs to another matter than the term: 'provided
that the Pilot Phase shall end on', 'the first quarterly fee is due on', 'until terminated'."""
_ENDS_WITH_ITS_PERIOD = re.compile(
    r"\b(?:last\s+day|end|close)\s+of\s+the\s+(?:calendar\s+)?(?P<unit>month|quarter)\s+"
    r"(?:(?:falling|occurring|that\s+falls|which\s+falls)\s+|(?:in|during)\s+which\s+the\s+)$",
    re.I,
)
"""An end at the close of the month or quarter in which a length or an anniversary falls: 'the last
day of the month falling twenty-four (24) months after', 'the last day of the calendar month in
which the third anniversary of the Effective Date occurs'."""
_SHIFTED_START = re.compile(
    r"\s*,?\s*(?:commenc\w*|begin\w*|start\w*)\s+(?:on\s+)?(?:the\s+first\s+day\s+of\s+the\s+(?:calendar\s+)?"
    r"(?P<unit>month|quarter)|January\s+1(?:st)?,?\s+of\s+the\s+(?:calendar\s+)?year)\s+"
    r"(?:immediately\s+)?(?:following|after)\s+(?:the\s+(?:calendar\s+)?(?:month|quarter|year)\s+"
    r"(?:in|during)\s+which\s+)?(?:the\s+)?(?:Effective\s+Date|date\s+(?:hereof|of\s+this\s+Agreement))",
    re.I,
)
"""A term that starts when the start's own month, quarter or year ends: 'eighteen (18) months
commencing on the first day of the calendar month following the Effective Date', 'three full
calendar years commencing on January 1 of the calendar year immediately following'."""


def _calendar_count_end(text: str, since: str) -> tuple[str, int] | None:
    """The end ``_CALENDAR_COUNT`` states, and where it is said; None if it states none."""
    counted = _CALENDAR_COUNT.search(text)
    if not counted:
        return None
    # the term's own end: 'This Agreement shall commence on the Effective Date and end on ...',
    # not a fee's, a phase's or a notice's in the same sentence
    subject = _TERM_SUBJECT.search(text, 0, counted.start() + 1)
    if not subject or _OTHER_MATTER.search(subject.group("rest")):
        return None
    return end_of_period(since, counted.group("unit").lower(), _nth(counted.group("nth"))), (
        counted.start()
    )


_RANGE_TO = re.compile(r"\s*(?:to|through|until|-|–)\s*$", re.I)
"""Between the two dates of a range: 'from 1 July 2024 to 30 June 2026'."""
_BEGINS = re.compile(
    r"\b(?:commenc\w*|begin\w*|beginning|start\w*|effective|from(?:\s+and\s+including)?|as\s+of)"
    r"\s+(?:on\s+|as\s+of\s+)?"
    r"(?:the\s+)?(?:date\s+(?:of\s+this\s+\w+|hereof),\s*)?$|\b(?:start|commencement)\s+date\s*,?\s*(?:of|being|is)\s+$",
    re.I,
)


def _begin_date(text: str, dates: list[tuple[str, int, int]]) -> str | None:
    """The date the sentence says the term begins on ('shall commence on January 1, 2010')."""
    for iso, begin, _ in dates:
        lead = text[max(0, begin - 40) : begin]
        if _BEGINS.search(lead) and not _UNTIL_DATE.search(lead):  # not 'shall end as of'
            return iso
    return None


# --- Second readings: broad readings of a kind, tried only where the precise ones found nothing.
# Each was measured on its own over the study half (as if the precise readings had failed) and
# kept only at 80% right or better among the contracts it answers (docs/key-terms.md).

_HEAD_CHARS = 1200
"""How far into the agreement's text the broad effective date looks: its title and opening."""
_NOT_THE_AGREEMENTS_DATE = re.compile(
    r"\b(?:filed|exhibit|form|amended|restated|ended|ending|fiscal|quarter|until|through|to|"
    r"expir\w*|terminat\w*|before|after|prior\s+to|by|later\s+than|within|since|between|"
    r"commenc\w*|from|on\s+or|closing|registration|prospectus|statement|offering|notes?|"
    r"(?<!this\s)(?:agreement|contract|amendment|plan)\s+(?:of|dated|on))\W{0,4}(?:the\s+)?"
    r"(?:date\s+of\s+)?$",
    re.I,
)
"""Words before a date in an agreement's opening that make it another thing's date: a filing's,
a period's, a deadline, a cited agreement's ('the Loan Agreement of 1 May 2001') or a range's."""
_ANOTHER_DATES_NAME = re.compile(
    r"(?:^|\W)(?!(?:effective|agreement|contract|execution)\s)[a-z]+\s+date\s*:?\s*$", re.I
)
"""'Termination Date December 31, 2030', 'Record Date: 1 May 2020': another date's name."""
_DEFINED_AS_ANOTHER = re.compile(
    r"^\s*\(\s*(?:(?:the|this)\s+)?[\"“](?![\w ]{0,30}?Effective\s+Date|(?:Agreement|Contract|Amendment)\b)",
    re.I,
)
"""A date that the next words define as something other than the agreement or its date
('accounts held as of 28 February 2013 ("Eligible Holders")'); '("Second Amendment Effective
Date")' is its date."""


def _broad_effective_date(sentences: list[Sentence], clause_ids: list[str]) -> Found | None:
    """Second reading of the effective date: the first date written in the agreement's title
    and opening, where no precise reading dated it -- a letter agreement dated at its head, a
    cover page's date, 'this ___ day of' written without the words the precise readings need."""
    seen = 0
    first: Found | None = None
    for sentence in sentences:
        if not in_preamble(sentence, clause_ids) or seen > _HEAD_CHARS:
            break
        text = sentence.text
        for iso, start, end in find_dates(text):
            if seen + start > _HEAD_CHARS:
                break
            lead = text[max(0, start - 80) : start]
            if (
                _ANOTHER_DATES_NAME.search(lead)
                or _DEFINED_AS_ANOTHER.match(text[end:])
                or _CITED_AGREEMENT.search(lead)
                or _OTHER_EFFECTIVE.search(lead)
                or _NOT_THE_AGREEMENTS_DATE.search(lead)
            ):
                continue
            if _DATED.search(lead[-40:]) or _EFFECTIVE_AS_OF.search(lead):
                return Found(iso, sentence)  # 'as of the 26th day of May' over a header's date
            if not re.search(r"\b[a-z]{2,}\b", text[:start]):
                # a date in a title or a letterhead, not one inside prose ('was granted on')
                first = first or Found(iso, sentence)
        seen += len(text) + 1
    return first


_ENDS = (
    r"\b(?:agreement|contract|term|licen[cs]e)\b[^.;]{0,60}?\b(?:until|through|thru|ends?|ending|"
    r"expir\w*|terminat\w*|lapses?|continu\w*|remain\w*|in\s+(?:full\s+)?(?:force|effect))\b"
)
"""The agreement or its term, then a word that runs it to an end: 'this Agreement shall continue
in effect until', 'the Term ends on'."""
_ANNIVERSARY_END = re.compile(
    rf"{_ENDS}[^.;]{{0,80}}?\b(?P<nth>{ORDINAL_WORD}|\d{{1,2}}\s?{ORDINAL_SUFFIX})\s*"
    rf"(?:\(\s*(?:\d{{1,2}}\s?(?:{ORDINAL_SUFFIX})?|{ORDINAL_WORD})\s*\)\s*)?anniversary\s+of\s+"
    r"(?:the\s+|this\s+)?(?:Effective\s+Date|date\s+(?:hereof|of\s+this\s+\w+)|execution\s+(?:hereof|of\s+this\s+\w+)|"
    r"(?:\w+\s+){0,2}?(?:Agreement|Contract))\b",
    re.I,
)
"""An end on an anniversary of the agreement's own start, however the sentence is built: 'shall
continue in effect until the earlier of (a) the fifth anniversary of the Effective Date and (b)
...', 'remains in force through the third (3rd) anniversary of this Agreement'."""
_YEAR_N_END = re.compile(
    rf"{_ENDS}[^.;]{{0,60}}?\b(?:end|expiration|expiry|close|last\s+day)\s+of\s+(?:the\s+)?"
    rf"(?:(?:Contract|Agreement|Term)\s+Year\s+(?P<figure>\d{{1,2}})|Year\s+(?P<plain>\d{{1,2}})\b|"
    rf"(?P<nth>{ORDINAL_WORD}|\d{{1,2}}\s?{ORDINAL_SUFFIX})\s*(?:\(\s*\d{{1,2}}\s?(?:{ORDINAL_SUFFIX})?"
    r"\s*\)\s*)?(?:Contract|Agreement)\s+Year)\b",
    re.I,
)
"""An end at the close of a numbered year of the agreement: 'will end upon the end of Year 3',
'expires at the end of the fifth Contract Year'; each such year runs from the start, so the end
is the start plus that many years."""
_TERM_SHAPED = re.compile(
    r"^[\s-]*(?:initial\s+|fixed\s+|minimum\s+)?(?:term|engagement|agreement|contract|appointment|"
    r"licen[cs]e|arrangement|commitment)\b",
    re.I,
)
"""A length that names the agreement's life after it: 'a one year engagement', 'a five-year
term', 'a three year agreement'."""
_TERM_BEFORE = re.compile(
    r"\b(?:term|duration|engagement|life)\b(?:\s+(?:hereof|of\s+(?:this|the)\s+(?:\w+\s+){0,2}?"
    r"(?:agreement|contract|licen[cs]e|engagement)))?\s*(?:\([^)]{0,20}\)\s*)?,?\s*"
    r"(?:(?:shall|will)\s+be|is|of|:|(?:shall|will)\s+(?:run|last|continue)\s+for)\s+"
    r"(?:for\s+)?(?:a\s+(?:period|term)\s+of\s+)?$",
    re.I,
)
"""Words before a length that make it the term: 'the term of this Agreement shall be', 'the
Engagement will last for', 'a term of', 'Duration:'."""


_ENDS_ON = re.compile(rf"{_ENDS}[^.;]{{0,50}}$", re.I)
"""The agreement or its term running to the date that follows: 'this Agreement shall remain
valid and binding until', 'the Term of the Licence will run through'."""


_PRICES = re.compile(r"\b(?:prices?|pricing|rates?|fees?|discounts?|charges)\b[^,;]*$", re.I)
"""'Prices under this Agreement shall remain fixed until June 30, 2026': a price's date (not 'In
consideration of the fees, the contract remains in effect until')."""


def _stated_end(text: str, limit: int) -> str | None:
    """A date the sentence says the agreement or its term runs to, wherever it stands."""
    for iso, begin, _ in find_dates(text[:limit]):
        lead = text[max(0, begin - 120) : begin]
        ends = _ENDS_ON.search(lead)
        if (
            _UNTIL_DATE.search(lead[-70:])
            and ends
            and not (
                _PRICES.search(lead[: ends.start()])
                and re.search(
                    r"\b(?:under|of|in|to|for)\s+(?:this|the)\s+$", lead[: ends.start()], re.I
                )
            )
        ):
            return iso
    return None


_DEFINES_ANOTHER = re.compile(
    rf"^\W*(?:whereas\b|[\"“](?!(?:{_TERM_NAME})[\"”])[^\"”]{{1,40}}[\"”]\s+(?:shall\s+)?(?:means?|is))",
    re.I,
)
"""A recital, or the definition of something other than the term ('"Calendar Quarter" means a
period ending ...', '"Transition Services" shall mean services performed through ...'): its
dates and lengths are not the agreement's."""


_DEFINES_A_PERIOD = re.compile(
    rf"^\W*[\"“‘'](?!(?:{_TERM_NAME})[\"”’'])[^\"”’]{{0,30}}\b(?:Year|Quarter|Month|Week|Season)"
    r"[\"”’']\s+(?:shall\s+)?means?\b",
    re.I,
)
"""The definition of a year, quarter or month inside the term clause ('"Contract Year" means each
period of twelve months'): its length is that unit's, not the term's. A defined period may be the
term itself ('"Sponsorship Period" means the period of three years') and is still read, as is a
definition of something else that states the term ('"Volume Commitment" means ... each year of
the fifteen (15) year term of this Agreement')."""


def _nth(text: str) -> int:
    figures = re.sub(r"\D", "", text)
    return int(figures) if figures else ordinal_value(text)


def _broad_term(sentences: list[Sentence], start: str | None) -> tuple[Found | None, Found | None]:
    """Second reading of the term and its end, anywhere in the agreement (not only in a
    sentence that sets the term): an end on an anniversary of the agreement's start or at the
    close of its numbered year, else a length written as the agreement's life ('a one-year
    engagement', 'the term of this Agreement shall be three years'). None where the precise
    readings found the term."""
    # Which sentences may hold the agreement's term, and where each one's renewal starts, are
    # decided once: both readings below go through the same sentences in the same order.
    candidates: list[tuple[int, Sentence, re.Match[str] | None]] = []
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if not (_about_another_period(text) or _DEFINES_ANOTHER.match(text)):
            candidates.append((index, sentence, _renewal_start(text)))
    for index, sentence, renewal_at in candidates:
        text = sentence.text
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if text.endswith(":") and following:
            # 'shall remain in effect until the earlier of the following: (a) the fifth
            # anniversary of this Agreement; ...': the list's first item (often a clause of its
            # own) ends the sentence
            text = f"{text} {following.text}"
            renewal_at = _renewal_start(text)
        limit = renewal_at.start() if renewal_at else len(text)
        match = _ANNIVERSARY_END.search(text, 0, limit) or _YEAR_N_END.search(text, 0, limit)
        if match and _PERIOD_IN_WHICH.search(match.group(0)):
            match = None  # 'the last day of the calendar quarter in which the third anniversary'
        if match and start:
            years = _nth(next(g for g in match.groups() if g))
            if 0 < years <= 99:
                iso = _anniversary_end(text, match.start(match.lastindex or 0), start, years)
                return Found(days_between(start, iso), sentence), Found(iso, sentence)
        stated = _stated_end(text, limit)
        if stated:
            days = (
                Found(days_between(start, stated), sentence) if start and stated > start else None
            )
            return days, Found(stated, sentence)
    for _, sentence, renewal_at in candidates:
        text = sentence.text
        for length in find_lengths(text):
            if renewal_at and length.start > renewal_at.start():
                break
            if length.business or not MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
                continue
            before = text[max(0, length.start - 80) : length.start]
            if re.search(r"\bwithin\s+(?:an?\s+|the\s+)?(?:term|period)\s+of\s*$", before, re.I):
                continue  # 'within a term of thirty days': a deadline, not the agreement's life
            if not (_TERM_SHAPED.match(text[length.end :]) or _TERM_BEFORE.search(before)):
                continue
            term = Found(length.days, sentence, extra={"count": length.count, "unit": length.unit})
            expiry = None
            for iso, begin, _ in find_dates(text):
                if begin > length.end and _UNTIL_DATE.search(text[max(0, begin - 70) : begin]):
                    # 'three years expiring May 31, 2001': the stated end wins, as it does above
                    if start and iso > start:
                        term = Found(days_between(start, iso), sentence)
                    return term, Found(iso, sentence)
            # 'lets the Unit for a term of ten years from 29 September 2022': the sentence's
            # own start wins over the agreement's date
            since = _begin_date(text, list(find_dates(text))) or start
            if since and length.count == int(length.count):
                end = _anniversary_end(text, length.start, since, int(length.count), length.unit)
                expiry = Found(end, sentence)
            return term, expiry
    return None, None


_AS_LONG_AS_THE_TERM = re.compile(
    r"\b(?:periods?|terms?)\s+(?:(?:equal|identical)\s+(?:in\s+(?:length|duration)\s+)?to|of\s+the\s+same\s+"
    r"(?:length|duration)\s+as)\s+(?:that\s+of\s+)?the\s+(?:initial|original|first)\s+(?:term|period)\b"
    r"|\blike\s+(?:successive\s+|additional\s+|consecutive\s+|further\s+)?(?:periods?|terms?)\b|\b(?:for|by)\s+the\s+same\s+(?:period|term|duration)\b",
    re.I,
)
"""A renewal as long as the initial term: 'for a further period equal to the Initial Term', 'for
like periods', 'for like successive terms', 'for a like term', 'for the same duration'."""


def renewal(
    sentences: list[Sentence], initial: Found | None = None
) -> tuple[Found | None, Found | None, Found | None]:
    """(auto_renewal, renewal_term_days, renewal_notice_days): read from the first sentence that
    renews the agreement and says for how long or on what notice, else from the first that renews
    it at all ('as may be extended under the next sentence' comes before the sentence that does);
    with no automatic renewal anywhere, only the length of one a party may elect or the parties
    may agree.
    ``initial`` is the initial term, the length of a renewal 'for the same period'."""
    first: tuple[Found | None, Found | None, Found | None] | None = None
    elsewhere: tuple[Found | None, Found | None] | None = None
    for sentence in sentences:
        auto = _renews(sentence.text, sentence.heading)
        if not auto:
            continue
        term = _renewal_length(sentence.text, auto, sentence)
        if term is None and initial and _AS_LONG_AS_THE_TERM.search(sentence.text):
            term = Found(initial.value, sentence)
        notice = renewal_notice(sentence.text, sentence)
        complete = (term or notice) and not _CROSS_REFERENCE.search(sentence.text)
        at = sentences.index(sentence)
        if notice is None and at + 1 < len(sentences) and not _ENDED.search(sentence.text):
            # A sentence the page break cut ('... notice of its intention not to renew the' /
            # 'Agreement, which notice must be given fifteen (15) days before the end ...').
            joined = f"{sentence.text} {sentences[at + 1].text}"
            notice = renewal_notice(joined, sentence, quote=joined)
        if notice is None:
            following = [s for s in sentences if s.clause is sentence.clause]
            for other in following[following.index(sentence) + 1 : following.index(sentence) + 3]:
                if _RENEWAL_STOP.search(other.text) or re.search(r"renew", other.text, re.I):
                    notice = renewal_notice(other.text, other)
                    if notice:
                        break
        if notice is None:
            if elsewhere is None:  # read once: the same for every renewal sentence
                elsewhere = (_notice_elsewhere(sentences), _stop_notice(sentences))
            notice = elsewhere[0] or _notice_near_renewal(sentences, sentence) or elsewhere[1]
        reading = (Found(True, sentence), term, notice)
        if complete:
            break
        if first is None or (first[1] is None and first[2] is None and (term or notice)):
            first = reading
    else:
        if first is None:
            fields = _renewal_fields(sentences)
            if fields:
                return fields  # a cover page's 'Auto-Renew: No', 'Renewal Term: 12 months'
            # No renewal happens by itself: a renewal a party may elect or the parties may
            # agree still has a length, but it is not automatic and no notice stops it.
            return (None, _elective_renewal(sentences), None)
        reading = first
    if reading[1] is None:  # 'renews for successive Renewal Terms'; 'Each Renewal Term is ...'
        reading = (reading[0], _renewal_length_elsewhere(sentences), reading[2])
    if reading[1] is None:  # 'Renewal: Automatic for successive 12-month periods unless ...'
        fields = _renewal_fields(sentences)
        reading = (reading[0], fields[1] if fields else None, reading[2])
    return reading


_AUTO_FIELD = re.compile(r"^\W*auto(?:matic)?[- ]?renew(?:al|s)?\W*$", re.I)
_RENEWAL_FIELD = re.compile(
    r"^\W*(?:renewal|renewals|renewal\s+(?:term|terms|period|periods))\W*$", re.I
)
_STOP_FIELD = re.compile(
    r"^\W*(?:non-?renewal\s+notice|notice\s+(?:of|for)\s+non-?renewal|renewal\s+notice)\W*$", re.I
)
_YES_NO = re.compile(r"^\W*(?P<answer>yes|no|y|n)\b(?![-'])", re.I)
_FIELD_AUTOMATIC = re.compile(r"^\W*(?:automatic(?:ally)?|auto-?renew\w*)\b", re.I)
_FIELD_NONE = re.compile(
    r"^\W*(?:none|n/?a|not\s+applicable|no\s+renewal|by\s+mutual\b|only\s+by\b|upon\s+mutual\b)",
    re.I,
)
"""A cover page's renewal fields, by their labels: 'Auto-Renew: Yes', 'Renewal: Automatic for
successive 12-month periods unless either party gives 60 days' notice', 'Renewal Term: 12 months',
'Non-Renewal Notice: 90 days'; and their answers that no renewal happens by itself ('No', 'By
mutual written agreement only')."""


def _renewal_fields(
    sentences: list[Sentence],
) -> tuple[Found | None, Found | None, Found | None] | None:
    """(auto_renewal, renewal_term_days, renewal_notice_days) from a cover page's fields (a
    clause headed by the field's label, ``starts_a_term_field``), or None where it has none."""
    auto: Found | None = None
    term: Found | None = None
    notice: Found | None = None
    for sentence in sentences:
        label = sentence.clause.heading or ""
        if sentence.index or not label or len(sentence.text) > 200:
            continue
        text = sentence.text
        lengths = [n for n in find_lengths(text) if not n.business]
        if _AUTO_FIELD.match(label) and (answer := _YES_NO.match(text)):
            auto = auto or Found(answer.group("answer")[0].lower() == "y", sentence)
        elif _RENEWAL_FIELD.match(label):
            if _FIELD_NONE.match(text):
                auto = auto or Found(False, sentence)
                continue
            if _FIELD_AUTOMATIC.match(text) or re.search(r"renewal\s+term", label, re.I):
                if _FIELD_AUTOMATIC.match(text):
                    auto = auto or Found(True, sentence)
                first = lengths[0] if lengths else None
                after = text[first.end : first.end + 40] if first else ""
                if first and not _NOTICE_NEXT.match(after) and MIN_TERM_DAYS <= first.days:
                    term = term or Found(first.days, sentence)
                stop = re.search(r"\bunless\b", text, re.I)
                later = [n for n in lengths if stop and n.start > stop.start()]
                if later and _NOTICE_NEXT.match(text[later[0].end : later[0].end + 40]):
                    notice = notice or Found(later[0].days, sentence)
        elif _STOP_FIELD.match(label) and lengths:
            notice = notice or Found(lengths[0].days, sentence)
    if notice and auto is None:
        auto = Found(True, notice.sentence)  # a notice that stops a renewal: it happens by itself
    if auto is None and term is None:
        return None
    if auto is not None and not auto.value:
        return auto, None, None
    return auto, term, notice


_CROSS_REFERENCE = re.compile(
    r"\bmeaning\s+(?:ascribed|given|set\s+forth|assigned)|\b(?:as|is)\s+defined\s+in\b", re.I
)
"""'"Renewal Term" has the meaning given in Section 11.1': a pointer to the renewal, not it."""
_TACIT = re.compile(
    r"\b(?:renew\w*|extend\w*)\s+tacitly\b|\btacit(?:ly)?\s+(?:renew|extension)", re.I
)
"""'Renewed tacitly every year': the civil-law words for a renewal unless a party objects."""
_YEARLY = re.compile(
    r"year[- ]to[- ]year|from\s+year\s+to\s+year|annual(?:ly)?\b|\b(?:each|every)\s+year\b|\byearly\b",
    re.I,
)


_UNLESS_NOT_RENEWED = re.compile(
    r"\bunless\b[^.;]{0,80}?\b(?:notice\s+of\s+non-?renewal|notice\s+(?:of\s+(?:its|their|an?)\s+)?"
    r"(?:intent(?:ion)?|election|decision)\s+not\s+to\s+(?:renew|extend))",
    re.I,
)
"""'Upon expiry of the Initial Term, this Agreement [redacted] unless a notice of non-renewal is
given': a notice not to renew stops only a renewal that happens by itself."""


_MUTUAL_AFTER = re.compile(
    r"[^.;]{0,20}?\b(?:by|on|upon|with|through)\s+(?:the\s+)?(?:mutual|written\s+agreement|agreement)",
    re.I,
)
"""'May be extended on mutual agreement of the parties': a renewal the parties must agree."""


_IT_RENEWS = re.compile(
    r"\W*(?:(?:thereafter|after\s+that|then|subsequently),?\s+)?it\s+(?:shall|will)\s+(?:be\s+)?"
    r"(?:automatically\s+)?(?:renew|extend|continue)",
    re.I,
)
"""'Thereafter it shall renew automatically': the agreement, named in the sentence before."""


_INSURANCE_RENEWS = re.compile(
    r"\b(?:renew|extend|maintain)\w*\s+(?:\w+\s+){0,3}?(?:insurance|polic(?:y|ies))\b", re.I
)
"""'Shall renew its insurance policies for successive one-year periods': a duty, not the agreement."""


def _renews(text: str, heading: str = "") -> re.Match[str] | None:
    """Where the sentence renews the agreement unless a party stops it, or None."""
    found = [m for p in (_AUTO_RENEWAL, _TACIT, _UNLESS_NOT_RENEWED) if (m := p.search(text))]
    stoppable = _RENEWAL_STOP.search(text)
    may = re.search(r"\bmay\s+be\s+(?:renewed|extended)\b", text, re.I)
    if stoppable and may and not _MUTUAL_AFTER.match(text[may.end() :]):
        found.append(may)  # 'may be renewed ... unless either party gives notice of non-renewal'
    auto = min(found, key=lambda match: match.start()) if found else None
    if not auto:
        return None
    if not stoppable and (
        _NOT_AUTOMATIC.search(text)
        or (_BY_CONSENT.search(text) and not _AUTOMATIC_WORDS.search(auto.group(0)))
    ):
        return None
    # The agreement or its term renews, not a time for performance or a confidentiality duty.
    subject = text[max(0, auto.start() - 250) : auto.end() + 100]
    if (
        not re.search(r"\bagreement\b|\bterm\b|\bcontract\b|\blicen[cs]e\b", subject, re.I)
        and not _TERM_HEADING.search(heading)
        and not _IT_RENEWS.match(text)
    ):
        return None
    if re.search(
        r"\bconfidential|\bsurviv|\btime\s+for\s+performance|\bforce\s+majeure", text, re.I
    ) or _INSURANCE_RENEWS.search(text):
        return None
    if re.match(
        r"[^.;]{0,30}?\b(?:during|throughout)\s+the\s+(?:\w+\s+)?term\b", text[auto.end() :], re.I
    ):
        return (
            None  # 'insurance shall continue from year to year during the Term': a duty within it
        )
    return auto


_NOTICE_NEXT = re.compile(
    r"\W{0,3}(?:s\b)?\W{0,2}(?:(?:prior|advance|written|clear|calendar|of)\s+){0,3}(?:notice|notif)",
    re.I,
)
"""A length that is a notice ('ninety days' prior written notice', 'three months notice'), not a
renewal followed by 'unless notice of termination is given'."""


def _renewal_length(text: str, auto: re.Match[str], sentence: Sentence) -> Found | None:
    """The length of each renewal: 'year to year', or the first length after the renewal words
    that is not a notice period."""
    if _YEARLY.search(text):
        return Found(365, sentence)
    if re.search(r"month[- ]to[- ]month", text, re.I):
        return Found(30, sentence)
    for length in find_lengths(text[auto.start() :]):
        if length.end <= auto.end() - auto.start():
            continue  # 'shall continue for an initial period of 24 months and thereafter ...'
        after = text[auto.start() + length.end : auto.start() + length.end + 40]
        stop_next = re.match(r"\W*(?:unless|if|until|except|save)\b", after, re.I)
        if _NOTICE_NEXT.match(after) or (_BEFORE_END.match(after) and not stop_next):
            continue
        if MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
            return Found(length.days, sentence)
    return None


_ENDED = re.compile(r"[.;:!?)\"”]\s*$")
"""A sentence that ends with its punctuation, not one cut off at a page or clause break."""
_NOT_RENEWING = re.compile(
    r"\bnot\s+to\s+(?:renew|extend)|\bnon-?renewal\b|\b(?:at|upon|on|prior\s+to|before)\s+the\s+"
    r"(?:expiration|expiry|end)(?:\s+date)?\s+of\s+(?:its|the|this|any)\s+(?:\w+\s+)?"
    r"(?:term|agreement|contract)\s+or\s+(?:of\s+)?(?:any|a|the)\s+(?:of\s+its\s*)?"
    r"(?:renewal|extended|additional|extension)",
    re.I,
)
"""A sentence elsewhere that stops a renewal: 'notice of non-renewal', 'may be terminated at the
expiration of its term or any renewal term upon thirty (30) days written notice', 'may be ended
before the expiry date of the Agreement or of any of its renewals on three months' notice'."""


def _notice_elsewhere(sentences: list[Sentence]) -> Found | None:
    """The notice to stop a renewal given in a sentence apart from the renewal itself."""
    for sentence in sentences:
        stop = _NOT_RENEWING.search(sentence.text)
        if not stop:
            continue
        for length in find_lengths(sentence.text):
            after = sentence.text[length.end : length.end + 60]
            if NOTICE_WORD.search(after[:30]) or _BEFORE_END.match(after):
                if length.days < MAX_TERM_DAYS and not length.business:
                    return Found(length.days, sentence)
    return None


def renewal_notice(text: str, sentence: Sentence, quote: str = "") -> Found | None:
    """The notice needed to stop a renewal: the length before 'notice' or before 'prior to the
    end of the term' in a sentence that lets a party stop the renewal."""
    stop = _RENEWAL_STOP.search(text)
    if not stop:
        return None
    for length in find_lengths(text[stop.start() :]):
        begin = stop.start() + length.start
        after = text[stop.start() + length.end : stop.start() + length.end + 60]
        before = text[max(0, begin - 60) : begin]
        if re.search(r"\b(?:more|earlier|sooner)\s+than\s*$", before, re.I):
            continue  # 'not more than 180 nor less than 90 days': the notice is the lesser bound
        if _BEFORE_END.match(after) or re.search(r"notice[^.;]{0,30}$", before, re.I):
            if length.days < MAX_TERM_DAYS:
                return Found(length.days, sentence, quote=quote)
    return None


def renewal_deadline(expiry: Found | None, notice: Found | None) -> Found | None:
    """The last date to give notice before the first renewal: the expiry less the notice."""
    if expiry is None or notice is None:
        return None
    quote = f"{expiry.key_term().quote} … {notice.key_term().quote}"
    return Found(minus_days(expiry.value, notice.value), notice.sentence, quote=quote)


_ELECTIVE = re.compile(
    r"\b(?:options?|rights?|election|privilege)\s+(?:\w+\s+){0,3}?to\s+(?:renew|extend)\b"
    r"|\bat\s+(?:its|their|the|[\w.]+(?:'s|’s))\s+(?:sole\s+)?(?:option|election|discretion)\W{0,3}"
    r"(?:\w+\s+){0,2}?(?:renew|extend)"
    r"|\b(?:may|can)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:renew|extend)(?:ed)?\b"
    r"|\b(?:elect|elects|chooses?|wish(?:es)?|desires?|decides?|opts?)\s+to\s+(?:renew|extend)\b"
    r"|\brenewable\s+(?:for|by|upon|on|at)\b"
    r"|\b(?:renewal|extension)\s+options?\b|\boptions?\s+(?:for|of)\s+(?:an?\s+)?(?:renewal|extension)"
    r"|\brequest(?:s|ed)?\s+(?:an?\s+|the\s+)?(?:renewal|extension)\b"
    r"|\b(?:renew|extend)\w*\b[^.;]{0,80}?\b(?:mutual(?:ly)?\b|(?:written\s+)?agreement\s+of\s+"
    r"(?:the|both)\s+parties|if\s+(?:the|both)\s+parties\s+(?:so\s+)?agree|as\s+(?:the\s+)?parties"
    r"\s+(?:may\s+)?agree)"
    r"|\b(?:mutual(?:ly)?|(?:the|both)\s+parties\s+(?:may\s+)?(?:so\s+)?agree)\b[^.;]{0,60}?"
    r"\b(?:renew|extend)",
    re.I,
)
"""A renewal a party may elect or the parties may agree: 'Licensee shall have the option to renew',
'may extend this Agreement', 'if Distributor elects to renew', 'renewable for', 'may be renewed by
mutual written agreement', 'the parties may mutually agree to extend'."""
_RENEWAL_WORD = re.compile(r"\b(?:renew|extend|extension)\w*", re.I)
_WHAT_RENEWS = re.compile(
    r"\b(?:this|the|such|its|your)\s+(?:\w+\s+){0,2}?(?:agreement|contract|license|licence|"
    r"franchise|term)\b"
    r"|\b(?:initial|original|current|then[- ]current|renewal)\s+(?:term|period)\b",
    re.I,
)
"""What an elective renewal must name to renew the agreement, not a policy or a delivery date."""
_NOT_THE_AGREEMENT = re.compile(
    r"\b(?:renew|extend)\w*\s+(?:\w+\s+){0,3}?(?:insurance|polic(?:y|ies))\b|"
    r"\b(?:insurance|polic(?:y|ies))\b[^.;]{0,40}?\b(?:renew|extend)|\bpurchase|\bbuy\b|\bacquir|\bfirst\s+(?:refusal|negotiation|"
    r"offer)|\bdeliver|\bshipment|\bdeadline|\bcure\s+period|\bperiod\s+to\s+cure|\bwarrant|"
    r"\bconfidential|\bsurviv|\btime\s+for\s+performance|\bforce\s+majeure|\brenegotiat|"
    r"\bletter\s+of\s+credit|\bpatent|\blease\b|\bguarant",
    re.I,
)
"""Renewals that are not of the agreement: an option to buy, insurance policies, a delivery date,
a cure period, a patent licence, a price renegotiated at renewal, a right of first refusal."""
_NOTICE_DUE = re.compile(
    r"^\W*(?:or\s+more\s+)?(?:\w+\s+)?(?:prior|before(?:hand)?|in\s+advance|preceding)\b", re.I
)
"""A length that is when notice is due ('ninety days before the end'), not 'for five years by
notice' (the renewal, then how it is exercised)."""
_LENGTH_LEAD = re.compile(
    r"(?:\bfor|\bby|\bof|\bto|\badditional|\bfurther|\bsuccessive|\bconsecutive|\brenewal|"
    r"\bextension|\ban|\ba|\beach|\bup\s+to|\bperiods?|\bterms?)"
    r"(?:\W{1,3}(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b){0,2}\W*$",
    re.I,
)
"""Words just before a renewal's length: 'for an additional', 'two terms of', 'by'."""


def _elective_renewal(sentences: list[Sentence]) -> Found | None:
    """The length of each renewal a party may elect or the parties may agree, from the first
    sentence that offers one: 'Licensee shall have the option to renew this Agreement for two
    further terms of five (5) years each', 'may be renewed by mutual written agreement for
    successive one-year terms'. Not an automatic renewal, so it says nothing of auto_renewal or
    of a notice to stop one."""
    for sentence in sentences:
        text = sentence.text
        elective = _ELECTIVE.search(text)
        if not elective or _NOT_AUTOMATIC.search(text) or _NOT_THE_AGREEMENT.search(text):
            continue
        words = _RENEWAL_WORD.finditer(text, max(0, elective.start() - 80))
        # 'Unless extended by mutual agreement, this Agreement shall continue for 36 months'.
        word = next((w for w in words if not _UNLESS_OR.search(text[: w.start()][-60:])), None)
        if not word:
            continue
        around = text[max(0, word.start() - 150) : word.end() + 60]
        if not _WHAT_RENEWS.search(around) and not _TERM_HEADING.search(sentence.heading):
            continue
        after = text[word.start() : word.start() + 160]
        # '... or extended by mutual agreement, shall continue for 36 months': an aside on the term.
        after = re.split(r",\s*(?:shall|will)\b", after, maxsplit=1)[0]
        if re.search(
            r"year[- ]to[- ]year|from\s+year\s+to\s+year|\bannual(?:ly)?\s+basis", after, re.I
        ):
            return Found(365, sentence)
        for length in find_lengths(after):
            following = after[length.end : length.end + 40]
            if _NOTICE_NEXT.match(following) or _NOTICE_DUE.match(following):
                continue
            if not _LENGTH_LEAD.search(after[max(0, length.start - 30) : length.start]):
                continue
            if MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
                return Found(length.days, sentence)
    return None


_STOPS_RENEWAL = re.compile(
    r"\bnot\s+(?:to\s+|be\s+)?(?:renew|extend)|\bnon-?renew|\bno\s+(?:further\s+)?renewal\b"
    r"|\b(?:prevent|stop|avoid|cancel|block)\w*\s+(?:\w+\s+){0,2}?(?:renewal|extension)\b"
    r"|\bopt(?:s|ing)?\s+out\s+of\s+(?:\w+\s+){0,2}?(?:renewal|extension)"
    r"|\b(?:not|no\s+longer)\s+(?:wish|want|intend|desire)\w*\s+(?:\w+\s+){0,3}?to\s+(?:continue|"
    r"renew|extend)"
    r"|\bterminat\w*\s+(?:\w+\s+){0,6}?(?:at|upon|on|as\s+of|effective(?:\s+(?:at|as\s+of|on|upon))?"
    r"|with\s+effect\s+from)\s+the\s+(?:end|expir\w*|close|conclusion|last\s+day)\s+of\s+"
    r"(?:(?:the|this|its|any|each|such)\s+)?(?:then[- ]current|current|initial|renewal|extended|"
    r"additional|successive|renewed|applicable|relevant|respective|(?<=any\s)term|"
    r"(?<=each\s)term|(?<=any\s)year|(?<=each\s)year)\b"
    r"|\bterminat\w*[^.;]{0,120}?\b(?:prior\s+to|before|in\s+advance\s+of)\s+the\s+(?:end|"
    r"expir\w*)\s+of\s+(?:(?:the|any|each|such)\s+)?(?:(?:initial\s+)?(?:term|period)\s+or\s+"
    r"(?:(?:the|any|a|such)\s+)?)?(?:then[- ]current|current|renewal|extended|additional|"
    r"successive|subsequent|renewed)\b",
    re.I,
)
"""A sentence apart from the renewal that stops one: 'either party may elect not to renew',
'if a party does not wish the Agreement to continue',
'notice of non-renewal', 'to prevent the automatic renewal', 'may terminate this Agreement
effective at the end of the then-current term', 'by notice of termination ... before the
expiration of any Renewal Term'."""
_TO_RENEW = re.compile(
    r"\b(?:intent\w*|desire|wish|election|elect|decision|option|request)\s+to\s+(?:renew|extend)"
    r"|\bexercis\w*\s+(?:the\s+|its\s+|their\s+|such\s+|this\s+|any\s+|each\s+)?(?:\w+\s+)?option",
    re.I,
)
"""A notice to renew or to exercise an option, not one to stop a renewal."""
_AT_ANY_TIME = re.compile(r"\bat\s+any\s+time\b|\bfor\s+(?:its\s+)?convenience\b", re.I)
_POLICY = re.compile(r"\b(?:polic(?:y|ies)|insurer|insurance)\b", re.I)
_THIS_AGREEMENT = re.compile(r"\b(?:this|the)\s+agreement\b", re.I)
_NOTICE_ROW = re.compile(
    r"^\W{0,3}(?:(?:non-?renewal|renewal|cancell?ation|termination)\s+)?notice(?:\s+period)?"
    r"(?:\s+(?:for|of|to\s+(?:terminate|cancel|stop))\s+(?:\w+\s+){0,2}?(?:non-?)?renewal)?"
    r"\s*[:|\-–]",
    re.I,
)
"""A row of a table or a schedule that states the notice: 'Non-renewal notice: 90 days', 'Notice
period for renewal | three months'."""


def _stop_notice(sentences: list[Sentence]) -> Found | None:
    """A broad reading of the notice to stop an automatic renewal, for when the renewal sentence
    and the sentences near it say none: the first sentence anywhere that stops a renewal or ends
    the then-current term on notice (and is not a notice to renew), or a table row of the
    renewal notice, with the length that is the notice ('at least ninety (90) days before',
    'three months' written notice', 'notice of not less than sixty days')."""
    for sentence in sentences:
        text = sentence.text
        row = _NOTICE_ROW.match(text)
        if row and re.search(r"renew", text + " " + sentence.heading, re.I):
            length = next(find_lengths(text[row.end() : row.end() + 40]), None)
            if length and not length.business and 0 < length.days <= 2 * 365:
                return Found(length.days, sentence)
            continue
        if not _STOPS_RENEWAL.search(text):
            continue
        if _POLICY.search(text) and not _THIS_AGREEMENT.search(text):
            continue  # 'policies shall not be cancelled or non-renewed without 30 days' notice'
        refuses = re.search(r"\bnot\s+to\s+(?:renew|extend)|\bnon-?renew", text, re.I)
        if (_TO_RENEW.search(text) or _AT_ANY_TIME.search(text)) and not refuses:
            continue  # a notice to renew, or an end for convenience 'at any time during the term'
        for length in find_lengths(text):
            after = text[length.end : length.end + 60]
            before = text[max(0, length.start - 50) : length.start]
            if (
                NOTICE_WORD.search(after[:30])
                or _BEFORE_END.match(after)
                or re.search(r"\bnotice\b[^.;]{0,40}$", before, re.I)
            ) and not length.business:
                if 0 < length.days <= 2 * 365:
                    return Found(length.days, sentence)
    return None


_ENDS_ON_NOTICE = re.compile(r"\bterminat|\bcancel|\bend(?:s|ed)?\b|\bdiscontinu", re.I)
_FOR_CAUSE = re.compile(
    r"\bbreach|\bdefault|\bcure\b|\binsolv|\bbankrupt|\bat\s+any\s+time\b|\bfor\s+(?:its\s+)?"
    r"convenience\b|\bchange\s+of\s+control",
    re.I,
)
"""An end for a breach, an insolvency or a party's convenience, not at the end of a term."""
_WITHOUT_CAUSE = re.compile(r"\bwithout\s+cause|\bfor\s+any\s+(?:or\s+no\s+)?reason", re.I)
"""An end at will ('without cause', 'for any reason'): the notice it needs stops a renewal only
where the sentence ties it to the end of a term ('at the end of any renewal term')."""


def _notice_near_renewal(sentences: list[Sentence], renews: Sentence) -> Found | None:
    """A broad reading of the notice in the renewal sentence or the two after it in its clause,
    when none of them says 'unless' or 'notice of non-renewal': 'shall terminate, subject to any
    automatic renewal, upon either party giving at least 120 days' advance written notice', 'It
    may be terminated by either party giving three months' notice before the end of a year'."""
    clause = [s for s in sentences if s.clause is renews.clause]
    at = clause.index(renews)
    for sentence in clause[at : at + 3]:
        text = sentence.text
        ends = _ENDS_ON_NOTICE.search(text)
        if not ends or _FOR_CAUSE.search(text):
            continue
        # after the renewal sentence, or at will, only a notice tied to a term's end stops a
        # renewal ('Licensee may terminate upon ninety days' notice' is a right to end any day)
        # the tie must follow the verb that ends: 'During any renewal term, either party may
        # terminate ...' and 'If a permit expires, ...' do not tie the notice to a term's end
        tied = _TIED_TO_AN_END.search(text, ends.start())
        if not tied and (sentence is not renews or _WITHOUT_CAUSE.search(text)):
            continue
        if _TO_RENEW.search(text) and not re.search(r"\bnot\s+to\s+(?:renew|extend)", text, re.I):
            continue
        for length in find_lengths(text):
            after = text[length.end : length.end + 60]
            if length.business or not 0 < length.days <= 2 * 365:
                continue
            if _NOTICE_NEXT.match(after) or _BEFORE_END.match(after):
                return Found(length.days, sentence)
    return None


_TIED_TO_AN_END = re.compile(
    r"\b(?:end(?!-)|expir\w*|anniversary|renewal|close|last\s+day)\b(?!\s+(?:this|the)\s+agreement)",
    re.I,
)
"""Words that tie a notice to the end of a term: 'before the end of a year', 'on any anniversary',
'at the expiry of a renewal term' (not 'end this Agreement')."""


_RENEWAL_NAMED = re.compile(
    r"\b(?:each\s+|any\s+|every\s+|such\s+|the\s+|a\s+)?(?:(?:renewal|extension)\s+(?:term|period)"
    r"|extended\s+term)s?\b[\"”’']?\s*(?:\)\s*)?(?:shall\s+be|will\s+be|is|are|means|"
    r"has\s+a\s+(?:term|duration)\s+of|(?:(?:shall|will)\s+)?(?:last|run|continue)s?|of)\s+(?:for\s+)?"
    r"(?:a\s+(?:period|term)\s+of\s+)?(?:\w+\s+)?(?=\(?\d|[a-z])",
    re.I,
)
"""A renewal named and measured apart from the renewal sentence: 'Each Renewal Term shall be
two (2) years', '"Extension Period" means a period of twelve months', 'renewal terms of one
year'."""


def _renewal_length_elsewhere(sentences: list[Sentence]) -> Found | None:
    """A broad reading of the length of each renewal, for an automatic renewal whose sentence
    gives none: the first sentence anywhere that names a renewal or extension term and measures
    it right after its name."""
    for sentence in sentences:
        text = sentence.text
        for named in _RENEWAL_NAMED.finditer(text):
            if _NOT_AUTOMATIC.search(text) or _NOT_THE_AGREEMENT.search(text):
                break
            length = next(find_lengths(text[named.end() - 12 : named.end() + 30]), None)
            if length and length.start < 22 and MIN_TERM_DAYS <= length.days <= MAX_TERM_DAYS:
                following = text[named.end() - 12 + length.end :][:40]
                if not (_NOTICE_NEXT.match(following) or _NOTICE_DUE.match(following)):
                    return Found(length.days, sentence)
    return None
