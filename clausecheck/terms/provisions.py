"""Provisions a buyer screens for, as yes/no with the sentence that says so: exclusivity,
non-compete, non-solicitation, assignment, change of control, audit rights, minimum commitment,
insurance, most-favoured-nation pricing, liquidated damages, assignment of IP, uncapped
liability, post-termination services (the cap and uncapped liability are in ``liability``).

Each flag is a rule: a pattern that must match a sentence, and patterns that veto it there
(hard negatives: 'non-exclusive', 'exclusive jurisdiction', a survival clause naming the
provision). Headings count as context: a sentence under 'Insurance' is read as insurance.
"""

from __future__ import annotations

from clausecheck.terms.liability import UNCAPPED_LIABILITY
from clausecheck.terms.rules import SPAN as _SPAN
from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_OTHERS = (
    r"\b(?:any\s+other|other|others|another|third[- ]part\w*|(?:similarly|equivalently)[- ]situated|"
    r"(?:its|their|all)\s+(?:other\s+)?(?:customers|distributors|licensees|purchasers)|"
    r"treats|treated)\b"
)
"""Who a most-favoured-nation promise compares with: other customers, a third party, the
similarly situated, or how a party treats its own users."""
_AS_GOOD = (
    r"\b(?:(?:no|not)\s+(?:be\s+)?(?:less\s+favou?rabl\w*|worse)|at\s+least\s+as\s+favou?rabl\w*|"
    r"equally\s+favou?rabl\w*|as\s+favou?rable\s+as|equal\s+to\s+or\s+better\s+than)"
)
"""Parity wording: 'shall not be less favorable than', 'at least as favourable as'."""
_PRICE_WORDS = (
    r"(?:prices?|pricing|terms|rates?|discounts?|royalt\w*|fees?|remuneration|benefits?)\b"
)
_BETTER_TERMS = (
    rf"\b(?:lower|lowest|better|best|more\s+favou?rable|greater)\s+(?:\w+\s+)?{_PRICE_WORDS}"
)
"""'lower prices', 'better terms', 'more favourable pricing' that someone else gets."""
_MORE_THAN_OTHERS = (
    rf"\b{_PRICE_WORDS}[^.;]{{0,40}}?\b(?:lower|better|more\s+favou?rable|more\s+advantageous)\s+"
    r"than\s+(?:(?:that|those)\s+|the\s+(?:\w+\s+)?(?:prices?|terms|rates?|fees?)\s+)"
    r"(?:\w+\s+)?(?:charged|offered|granted|given|paid|extended|provided|available)\b"
)
"""The comparison in the other word order: 'at a price lower than', 'terms more favourable than'."""
_ANY_BUYER = (
    rf"(?:{_OTHERS}|\bany\s+(?:other\s+)?(?:customer|client|purchaser|licensee|distributor|buyer|"
    r"reseller|end[- ]user)s?\b)"
)
"""Who else gets the price: the others of ``_OTHERS``, or 'any customer'."""
_MUST_NOT = (
    r"\b(?:(?:shall|will|may)\s+not|agrees?\s+not\s+to|covenants?\s+not\s+to|"
    r"undertakes?\s+not\s+to|(?:no|neither)\s+\w+\s+(?:shall|will|may))\b"
)
"""A party's promise not to do something: 'shall not', 'agrees not to', 'no Participant will'."""
_COMPETING = r"\b(?:compete|competes|competitive|competing|in\s+competition|competitors?['’]?s?)\b"
"""What a non-compete forbids: competing, competitive products, dealing with a competitor."""
_OPERATE = (
    r"\b(?:own|manage|operate|control|engage|participate|carry\s+on|be\s+(?:\w+\s+)?(?:concerned|"
    r"interested|employed|engaged|involved)|invest|conduct|establish|open|develop|market|sell|"
    r"distribut\w*|manufactur\w*|produce|offer|license|provide|render)(?:s|ed|ing)?\b"
)
"""What a non-compete forbids a party to do in a line of business: own, run, work for, sell."""
_RIVAL_LINE = (
    r"\b(?:(?:substantially\s+)?similar\s+(?:to|in)|(?:the\s+)?same\s+as|identical\s+to|"
    r"(?:similar|rival|equivalent|comparable|substitute)\s+(?:\w+\s+)?(?:products?|services|business\w*|"
    r"goods|lines?|technolog\w*)|compet\w*|within\s+(?:a\s+)?(?:radius\s+of\s+)?[\w()-]+\s+(?:\(\d+\)\s+)?"
    r"(?:miles?|kilomet\w*|km)\b)"
)
"""The line of business a non-compete keeps a party out of: one that competes, a similar or
substitute product, or a radius around the other's site."""
_INTRODUCED = r"\b(?:introduced|presented|referred|disclosed|identified)\s+(?:to\s+\w+\s+)?(?:by|through|via)\b"
"""Whom a non-circumvention protects: contacts and deals one party brought to the other."""
_NON_CIRCUMVENTION = (
    r"\bnon-?\s?circumvent(?:ion)?\b(?!\s+(?:and\s+[\w-]+\s+)?agreement)"
    rf"|{_MUST_NOT}[^.;]{{0,40}}?\bcircumvent\b(?![^.;]{{0,40}}?\b(?:provisions?|procedures?|security|"
    r"restrictions?|laws?|requirements?|limitations?|sections?|paragraphs?|measures?|devices?|"
    r"controls?|terms)\b)"
    rf"|{_MUST_NOT}[^.;]{{0,80}}?\b(?:deal|do\s+business|contract|work|acquire|engage|transact|"
    rf"bypass|negotiate)\w*\b[^.;]{{0,120}}?{_INTRODUCED}"
)
"""A promise not to go round a party to the contacts or deals it introduced: CUAD reads it as a
restraint on competing with that party (and, for its clients, on soliciting them)."""
_IP_OBJECT = (
    r"(?:the\s+|any\s+|such\s+|all\s+)?(?:(?<![\w-])[\w-]++\s+){0,3}(?:marks?|trademarks?|patents?|"
    r"copyrights?|inventions?|works?|improvements?|technology|software|domain\s+names?|know-how|"
    r"intellectual\s+property|applications?\s+for\s+registration|registrations?)\b"
)
"""Intellectual property that can be assigned: marks, patents, works, inventions, domain names.
Each word before it starts where a word starts and is taken whole, so a long run of word
characters ('1-1-1-...') is read once, not once from every point in it."""
_CLAUSE_GAP = (
    r"(?:[^.;]|\.(?!\s+(?-i:[A-Z(]))|(?:(?<=\bCo)|(?<=\bLtd)|(?<=\bInc)|(?<=\bCorp)|(?<=\bNo))\.)"
)
"""Any character within one sentence, a period after 'Ltd' or 'Inc' included."""
_CONTROL_CHANGES = (
    r"\b(?:merger(?!\s+of\s+(?:\w+(?:['’]s?)?\s+){0,3}(?:[\w-]+\s+)?(?:shipments|orders|accounts|invoices|data|databases|records|files|code\w*|deliveries|loads|freight|statements|results|lots|batches))|"
    r"merg(?:e|es|ed|ing)\s+(?:or\s+consolidat\w*\s+)?(?:with|into)|"
    r"merge\s+or\s+consolidate|consolidation(?!\s+of\s+(?:\w+(?:['’]s?)?\s+){0,3}(?:[\w-]+\s+)?(?:shipments|orders|accounts|invoices|data|databases|records|files|code\w*|deliveries|loads|freight|statements|results|lots|batches))|"
    r"amalgamat\w*|"
    r"acquisition\s+of\s+(?:all|substantially\s+all|control|a\s+majority)|"
    r"acquir(?:e|es|ed|ing)\s+(?:(?:all\s+or\s+)?substantially\s+all|control|a\s+majority|"
    r"a\s+controlling)|"
    r"(?:sells?|sold|transfers?|transferred|disposes?\s+of)\s+(?:all\s+or\s+)?(?:substantially\s+all|"
    r"a\s+majority|a\s+controlling|(?:all|most)\s+of\s+its\s+(?:assets|business|shares|stock))|"
    r"transfer\s+(?:of\s+)?ownership\s+of\s+(?-i:[A-Z])|"
    r"sale\s+(?:or\s+(?:other\s+)?transfer\s+)?of\s+(?:all|substantially\s+all|a\s+majority|"
    r"(?:a\s+)?controlling)|controlling\s+interest|"
    r"(?:fifty|50)\s*(?:%|percent|per\s+cent)\s*(?:\(50\s*%\)\s*)?(?:or\s+more\s+|or\s+less\s+)?"
    r"of\s+the\s+(?:voting|outstanding))"
)
"""A change in who owns or controls a party: a merger, a sale of the business, a controlling
stake changing hands."""
_CONTROL_CONSEQUENCE = (
    r"\b(?:terminat\w*|(?:end|cancel)\s+this\s+agreement|deemed\s+(?:to\s+be\s+)?(?:an?\s+)?(?:assignment|transfer)|"
    r"deemed\s+to\s+include|(?:requires?|subject\s+to|except\s+with|not\s*,?\s+without)\s+(?:the\s+)?"
    r"(?:\w+['’]s\s+)?(?:express\s+)?(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)|"
    r"(?:consent|approval)\s+is\s+required|(?:shall|will|must|agrees?\s+to)\s+(?:\w+\s+){0,2}notify|"
    r"(?:provides?|gives?|giving|providing|upon)\s+(?:\w+\s+){0,3}(?:prior\s+)?(?:written\s+)?notice)"
)
"""What makes a change of control a provision: it lets the other party terminate, counts as an
assignment that needs consent, or must be notified to the other party. A bare mention, or a
permission to assign on a merger, is not."""
_MIN_FLOOR = (
    r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of|(?:not|no)\s+fewer\s+than)"
)
"""Words of a floor: 'at least', 'not less than', 'a minimum of', 'no fewer than'."""
_MIN_AT_LEAST = (
    rf"\b{_MIN_FLOOR}\s+(?:the\s+)?"
    r"(?=\$|US\$|€|£|\[|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|"
    r"thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|half)\b)"
    r"(?!(?:\[[^\]]*\]\s*)?(?:[\w-]+\s+){0,3}(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)"
    r"(?![^.;]{0,30}?\b(?:notice|in\s+advance|of\s+(?:shelf\s+)?life)\b)"
    r"(?!\[[^\]]*\]\s*(?:prior|before|in\s+advance)\b)"
    r"(?![^.;]{0,40}?%\)?\s+of\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+)?price)"
)
"""A floor on a quantity or sum, not on a time: ``_AT_LEAST`` with 'no fewer than', 'one half'
and the numbers in words from thirteen to nineteen."""
_MIN_BUYS = (
    r"\b(?:purchas(?:e|es|ed|ing)|(?<!in\s)order(?:s|ed|ing)?|buy(?:s|ing)?|bought|"
    r"sell(?:s|ing)?|procur(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|rout(?:e|es|ed|ing))\b"
)
"""What the buying party does: purchase, order, buy, procure, acquire, route calls to; or, for a
distributor's target, sell."""
_MIN_AMOUNT_OF = (
    r"(?:purchases|orders|spend|spending|expenditure|royalt(?:y|ies)|fees|payments|volumes?|"
    r"quantit(?:y|ies)|sales|revenues?|minutes|hours)"
)
"""What a floor is set on when the sentence names it first: purchases, spend, royalties, fees."""
_MIN_SUBJECT_FLOOR = (
    rf"\b{_MIN_AMOUNT_OF}\s+(?:[^\s.;]+\s+){{0,8}}?(?:shall|will|must)\s+(?:in\s+no\s+event\s+|at\s+all\s+times\s+)?"
    r"(?:equal\s+or\s+exceed|(?:be\s+)?(?:at\s+least|not\s+less\s+than|no\s+less\s+than)|"
    r"not\s+(?:be\s+)?(?:less\s+than|fall\s+below)|be\s+less\s+than)"
)
"""A floor stated on the amount: 'purchases shall equal or exceed', 'the fees shall in no event
be less than', 'annual purchases shall not be less than'."""
_MIN_FORMS = (
    rf"\bcommit(?:s|ted|ting)?\s+(?:itself\s+)?to\s+(?:(?:purchas|order|buy|spend|procur)\w*\s+)?"
    rf"{_MIN_AT_LEAST}"
    rf"|{_MIN_AT_LEAST}(?:[^\s.;]+\s+){{0,14}}?(?:shall|will|must)\s+be\s+(?:purchased|ordered|taken|bought|"
    r"procured|acquired|sold|placed|sourced|routed|processed|settled)\b"
    r"|\b(?:sales|purchases|revenues?|orders|royalties|volumes?)\s+(?:[\w-]+\s+){0,5}(?:falls?|fell|"
    r"drops?|is|are)\s+(?:below|less\s+than|short\s+of)\s+(?:\$|US\$|€|£|\[|\d)"
    rf"|{_MIN_SUBJECT_FLOOR}"
    r"|\b(?:purchase\s+)?orders?\b[^.;]{0,40}?\b(?:shall|will|must)\s+(?:not\s+)?be\s+(?:for|of|in)\s+"
    rf"(?:an?\s+(?:amount|quantity|value)\s+of\s+)?(?:(?:fewer|less)\s+than|{_MIN_FLOOR})"
    r"|\btake\s*,?\s+or\s+(?:[^.;]{0,30}?\s)?pay\s+for\b"
    r"|\b(?:less\s+than|lower\s+than|below|short\s+of)\s+(?:the\s+|its\s+|any\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:minimum|commitment|commitments|guarantee|quota|floor)\b(?>[^.;]{0,80}?\bpay\w*\b)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:difference|shortfall|deficit|deficiency)\b"
    r"|\b(?:annual|monthly|quarterly|yearly)\s+(?:spend\s+|purchase\s+|volume\s+|revenue\s+)?"
    r"commitments?\b"
    r"|\bforecasts?\b[^.;]{0,80}?\b(?:shall|will)\s+(?:be|constitute)\s+(?:a\s+)?(?:firm|binding)\b"
    r"|\bminimum\s+(?:annual\s+|monthly\s+|quarterly\s+)?(?:retainer|billings?)\b"
)
"""The forms of the promise beyond the words 'minimum purchase': a commitment to a floor, a floor
that shall be bought, sold or placed with the other (passive), sales or purchases that fall below
a sum, a floor on the amount named first, an order size, take-or-pay, a shortfall paid when below, a period commitment, a binding
forecast, a minimum retainer."""
_MIN_NOT_A_COMMITMENT = (
    rf"{_MIN_FLOOR}\s+[\d.]+\s*(?:%|percent|per\s+cent)[^.;]{{0,60}}?\b(?:on[- ]time|within|"
    r"in\s+full|answered|resolved|available)\b"
    r"|\b(?:reserve|set\s+aside|allocate|dedicate)\w*\s+(?:\w+\s+){0,3}capacity\b"
    r"|\bsurviv\w*\b"
    r"|\b(?:shall|will|does)\s+not\s+(?:be|constitute|give\s+rise\s+to)\s+(?:a\s+|an\s+)?"
    r"(?:breach|default|event\s+of\s+default|ground)"
    r"|\bminimum\s+(?:purchase\s+|resale\s+|sale\s+|selling\s+)?price"
    r"|\b(?:estimates?|goals?)\s+only\b|\bnon-?binding\b|\bnot\s+(?:be\s+)?binding\b"
    r"|\b(?:at\s+least|a\s+minimum\s+of)\s+one\s+(?:\(1\)\s+)?of\b(?!\s+(?:each|every)\b)"
)
"""Near misses around the same words: an on-time service level, capacity a supplier sets aside,
a survival clause, a target whose miss is no breach, a minimum price, a non-binding forecast, 'at
least one of' the alternatives."""
_MIN_NO_DUTY = (
    r"\b(?:nothing|no\s+obligation|not\s+(?:be\s+)?(?:obliged|obligated|required|bound))\b"
    r"[^.;]{0,60}?\b(?:obliges?|obligates?|requires?|to)\s+(?:\w+\s+){0,3}"
    r"(?:purchase|buy|order|take|spend)\b"
    r"|\bdoes\s+not\s+(?:commit|oblige|obligate|require)\b"
    r"|\bprior\s+to\s+(?:its\s+|the\s+|such\s+)?(?:intended\s+|proposed\s+)?(?:submission|publication)\b"
)
"""The opposite promise: 'nothing obliges the Reseller to purchase', 'is not obliged to order';
or a time before a paper is submitted for publication."""
_AT_LEAST = (
    r"\b(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:the\s+)?"
    r"(?=\$|US\$|€|£|\[|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)\b)"
    r"(?!(?:\[[^\]]*\]\s*)?(?:[\w-]+\s+){0,3}(?:\(\d+\)\s+)?(?:business\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?)\b)"
    r"(?![^.;]{0,30}?\b(?:notice|in\s+advance|of\s+(?:shelf\s+)?life)\b)"
    r"(?!\[[^\]]*\]\s*(?:prior|before|in\s+advance)\b)"
    r"(?![^.;]{0,40}?%\)?\s+of\s+(?:the\s+)?(?:total\s+)?(?:\w+\s+)?price)"
)
"""'at least 10,000', 'a minimum of two (2)': a quantity or sum, not a time ('at least thirty (30)
days before' is notice, not a commitment)."""
_SUM_AHEAD = (
    r"(?=[^.;]{0,40}?(?:\$|US\$|€|£|\[|\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|hundred|thousand|percent)\b))"
)
"""A sum or a rate within the next few words: 'a penalty of two percent', 'of $500'."""
_CARRY_ON = (
    r"\b(?:continue\s+to|continued|continuing|transition\w*|wind[- ]?down|wind\s+up|sell[- ]?off|"
    r"sell\s+(?:its|any|remaining|existing|off)|dispose\s+of|(?:remaining|existing)\s+(?:inventory|stock)|"
    r"inventory|orders?|pay(?:s|ment)?|(?!provided\s*,|provided\s+(?:that|however)\b)(?:suppl(?:y|ies|ied|ying)|"
    r"provid(?:e|es|ed|ing)|deliver(?:s|ed|y|ing)?|purchas(?:e|es|ed|ing)|assist(?:s|ed|ing|ance)?|"
    r"complet(?:e|es|ed|ing|ion)|fulfil\w*|return(?:s|ed|ing)?|destroy(?:s|ed|ing)?)|option\s+to\s+(?:purchase|buy|acquire)|right\s+to\s+(?:sell|use|continue|purchase|"
    r"buy))\b"
)
"""What a party goes on doing once the contract ends: supplying, transitioning, selling off stock,
completing orders, buying the other's stock, paying what falls due, handing back what it holds (CUAD's question is any
obligation after the end, and its lawyers count the return of the other's materials)."""
_RUNS_AFTER_END = (
    r"\b(?:for|during)\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:up\s+to\s+|at\s+least\s+)?"
    r"(?:[\w()\[\]*-]+\s+){1,3}(?:days?|weeks?|months?|years?)\s+(?:after|following|from|beyond)\s+"
    r"(?:the\s+)?(?:date\s+of\s+|effective\s+date\s+of\s+)?(?:any\s+|such\s+)?(?:early\s+)?"
    r"(?:expiration|termination|expiry)"
)
"""A duty that runs for a stated time after the end: 'for two (2) years following termination'."""
_SECRECY = (
    r"\b(?:confidential|proprietary|non-?disclos\w*|non-?use|secrecy|trade\s+secrets?|"
    r"non-?compet\w*|non-?solicit\w*|solicit\w*|compet\w*)\b"
)
"""Duties after the end that are not services: keeping secrets, returning them, not competing."""
_RESTRAINT = rf"{_MUST_NOT}|\b(?:surviv|prohibit|restrict|refrain)\w*|{_SECRECY}"
"""Words of a duty not to act, or of a clause kept alive, rather than of a service."""
_NEGATED_SURVIVAL = r"\bsurviv\w*\b|\bshall\s+survive|\bsections?\s+\d"
_NOT_A_PARTY = r"(?!(?:e?rs?|ors?)['’]?s?\b)"
"""After a verb of dealing: not the party it names ('Distributor shall use the Marks
exclusively', 'the Purchaser shall pay exclusively in euros' deal with no one exclusively)."""
_NEGATED_DUTY = (
    r"(?:\b(?:shall|will|may|does|do|must|need)\s+not|\b(?:no|neither)\s+\w+\s+(?:shall|will|may))\s+(?:be\s+)?"
    r"(?:in\s+any\s+way\s+)?(?:restrict|prohibit|prevent|limit|preclud|requir|obligat|oblig|liable|"
    r"responsible|deemed|construed|barred)\w*"
)
"""A 'shall not' that lifts a restraint or a liability rather than imposing one: 'shall not be
restricted from', 'shall not be liable for', 'no party shall be required to'."""
_POST_ENDING = r"(?:termination|expiration|expiry)"
_POST_END_VERB = (
    r"(?:this|the|such)\s+(?:Agreement|Contract|Term|engagement|appointment|arrangement)\s+"
    r"(?:expires|terminates|ends|(?:is|has\s+been)\s+(?:terminated|ended)|has\s+(?:expired|ended)|"
    r"comes\s+to\s+an\s+end)\b"
)
"""The end as a verb: 'after this Agreement expires', 'once the Contract is terminated'."""
_POST_AFTER_END = (
    r"(?:\b(?:after|following|upon|on|from)\s+(?:the\s+)?(?:effective\s+date\s+of\s+)?(?:any\s+)?"
    rf"(?:such\s+)?(?:early\s+|earlier\s+)?{_POST_ENDING}\b"
    r"(?!\s+of\s+(?:the\s+|such\s+|any\s+|said\s+)?(?:[\w()\[\]*-]+\s+){0,3}(?:days?|months?|"
    r"cure|notice|offer|option|exercise|lock-?up|warranty|standstill|(?:payment|grace|trial|"
    r"evaluation|acceptance|review|objection|response|exclusivity)\s+period)\b)"
    r"|\bin\s+the\s+event\s+of\s+(?:(?:any|the|such|an?)\s+)?(?:early\s+)?(?:termination|expiration|expiry)\b"
    r"|\b(?:after|following|from)\s+the\s+end\s+of\s+(?:the|this)\s+(?:Term|Agreement)\b)"
)
"""'after termination', 'upon the expiration', 'in the event of termination', 'after the end of
the Term' (not the end of a notice, cure or payment period)."""
_POST_CARRY_ON = (
    r"(?:(?:(?!provid)|(?<!\bas\s)(?<!\bthe\s)(?<!otherwise\s)(?<!expressly\s))"
    rf"{_CARRY_ON}"
    r"|\b(?:run[- ]?(?:down|off)|payable|hand\s*over|handover|deliver\s+up|sell\s+to|"
    r"make\s+(?:[\w-]+\s+){0,3}?available|export)\b"
    r"|\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+(?:promptly\s+|immediately\s+|forthwith\s+|also\s+)?"
    r"(?:assign|transfer|convey|co-?operate|support|maintain)(?:\s+and\s+\w+)?\b)"
)
"""``_CARRY_ON`` (not 'as provided', 'the provided logos'), and running down a service, handing
it over, supporting what was sold, making data available, paying what becomes payable, assigning
or transferring what was made."""
_POST_SERVE = (
    r"\b(?:continue\s+to|transition\w*|wind[- ]?down|wind\s+up|sell[- ]?off|run[- ]?(?:down|off)|"
    r"sell\s+(?:its|any|remaining|existing|off)|dispose\s+of|(?:remaining|existing)\s+(?:inventory|stock)|"
    r"(?:shall|will|must)\s+(?:\w+\s+)?(?:pay|supply|provide|complete|fulfil\w*|purchase|support|"
    r"maintain|assist))\b"
)
"""The carrying on of a service or a trade, without handing back or destroying what is held: read
after the end as a verb ('if this Agreement expires, Licensor shall continue to support')."""
_POST_BEFORE_END = (
    r"\b(?:prior\s+to|before|as\s+of|at\s+the\s+time\s+of|on\s+or\s+before|up\s+to|through|until)\s+"
    r"(?:and\s+including\s+)?(?:the\s+)?(?:effective\s+)?(?:(?:date|time)\s+(?:of|on\s+which|that|when)\s+)?"
    rf"(?:such\s+|any\s+|the\s+)?{_POST_ENDING}\b"
)
"""A time up to the end: 'prior to the date on which termination', 'through the termination date'."""
_POST_DONE = (
    r"\b(?:performed|rendered|provided|delivered|supplied|incurred|accrued|earned|shipped|"
    r"completed|sold|licensed|installed|placed|accepted|issued|received|submitted|commenced|"
    r"begun|started)\b"
)
"""What was done or ordered before the end, and is paid for, completed or supported after it."""
_POST_SETTLE = (
    r"\b(?:pay|paid|payment|compensat\w*|reimburs\w*|invoic\w*|remunerat\w*|continue\s+to|support|"
    r"maintain|honou?r|complete|fulfil\w*)\b"
)
"""Paying for, completing or supporting what was done before the end."""
_POST_DUTY_TO = (
    r"\b(?:obligations?|duty|duties|liabilit(?:y|ies)|responsibilit(?:y|ies)|undertakings?)\s+"
    r"(?:(?:of|on)\s+(?:the\s+)?\w+\s+)?to\s+(?:pay|make\s+(?:any\s+)?payments?|provide|deliver|supply|"
    r"return|support|complete|fulfil\w*|perform|purchase|buy|maintain)\b"
)
"""A positive duty named as such: 'its obligation to pay', 'the duty to complete'."""


def _post_gap(stop: str, words: int) -> str:
    """Up to ``words`` words of one sentence before what follows, stepped word by word (what
    follows is tried only where a word starts) and stopping at a word where ``stop`` starts
    again: the later start is nearer and is tried from there, so long text is read once, not
    once for every start in it."""
    return rf"(?:[^\w.;]{{1,8}}(?!{stop})\w{{1,30}}){{0,{words}}}?[^\w.;]{{1,8}}"


_POST_RUNS_AFTER_END = (
    rf"(?:{_RUNS_AFTER_END}"
    r"|\b(?:for|during|over)\s+(?:a\s+(?:further\s+)?period\s+of\s+)?(?:up\s+to\s+|at\s+least\s+)?"
    r"(?:[\w()\[\]*-]+\s+){1,5}(?:days?|weeks?|months?|years?)\s+(?:after|following|from|beyond)\s+"
    rf"(?:{_POST_END_VERB}|the\s+end\s+of\s+(?:the|this)\s+(?:Term|Agreement)\b|the\s+{_POST_ENDING}\s+date"
    rf"|(?:the\s+)?(?:date\s+of\s+|effective\s+date\s+of\s+)?(?:any\s+|such\s+)?(?:early\s+)?{_POST_ENDING}))"
)
"""A duty that runs for a stated time after the end, however the end is put: 'for one hundred and
eighty days after this Agreement expires', 'over a period of three months after the Termination
Date'."""
_POST_RESTRAINT = rf"{_RESTRAINT}|\b(?:remains?|be)\s+bound\b"
"""``_RESTRAINT``, and a clause that binds for a time: 'shall remain bound by this Paragraph'."""
_POST_RESTRICTION_AFTER_END = (
    r"^(?![\s\S]*\b(?:continue\s+to|sell[- ]?off|wind[- ]?down|transition\w*|retain\w*)\b)[\s\S]*?"
    rf"\b(?=\w\w)(?:{_POST_RUNS_AFTER_END}[^.;]{{0,120}}?(?:{_POST_RESTRAINT})"
    rf"|(?:{_POST_RESTRAINT})[^.;]{{0,200}}?{_POST_RUNS_AFTER_END})"
)
"""A restraint or a secret kept for a time after the end, not a service: 'for one year following
termination, neither party shall solicit', 'shall survive for three years after expiry'. A
sentence that also lets a party go on selling or transitioning is a service all the same."""
_POST_TRANSITION_IN = (
    r"^(?![\s\S]*\b(?:terminat\w*|expir\w*|exit|replacement|successor)\b)(?=[\s\S]*?\btransition)"
    r"[\s\S]*?\b(?:(?:from|out\s+of)\s+(?:its|the|their)\s+(?:incumbent|existing|current|previous|"
    r"prior|legacy)|(?:first|initial)\s+(?:[\w()-]+\s+){0,3}(?:days|weeks|months)\s+(?:of|after|"
    r"following)\s+the\s+(?:Effective\s+Date|Initial\s+Term|Term|commencement))\b"
)
"""A transition into the service at the start ('during the first ninety days of the Term', 'from
its incumbent provider'), in a sentence that speaks of no end."""
_NC_BARRED = (
    r"\b(?:(?:shall|will|may|must|should)\s+(?:not|never)|cannot|"
    r"(?:agrees?|covenants?|undertakes?|promises?)\s+not\s+to|"
    r"(?:no|neither)\s+(?:[\w-]+\s+){1,2}?(?:shall|will|may|must)|nor\s+(?:shall|will|may|must)|"
    r"at\s+no\s+time|in\s+no\s+event|"
    r"(?:is|are|be|been|being)\s+(?:hereby\s+)?(?:prohibited|restricted|precluded|barred|forbidden|"
    r"restrained|enjoined)\s+from|(?:refrain|abstain)\w*\s+from|"
    r"(?:that|provided|condition|so\s+long\s+as|only\s+if)\s+(?:[\w-]+\s+){0,4}?(?:does|do)\s+not|"
    r"prohibiting|prohibitions?\s+(?:on|of|against)|"
    r"neither\b(?>(?:[^\w.;]{1,12}+[\w'’-]{1,40}+){0,30}?[^\w.;]{1,12}+nor\b)"
    r"(?:[^\w.;]{1,12}+[\w'’-]{1,40}+){0,30}?[^\w.;]{1,12}+(?:shall|will|may|must))\b"
)
"""A party's restraint in any of its forms: 'shall not', 'must not', 'nor shall it', 'at no time
shall', 'is prohibited from', 'refrain from', 'neither it nor its Affiliates (...) shall', 'a
prohibition on', and the condition or proviso 'provided that it does not'."""
_NC_COMPETING = (
    rf"(?:{_COMPETING}|\brival\w*\b|\bin\s+(?:direct|indirect|any|active)\s+competition\b)"
)
"""What a non-compete forbids, and a rival's business or goods."""
_NC_OPERATE = (
    rf"(?:{_OPERATE}|\b(?:purchas|buy|stock|carry|resell|deal|handl|represent|promot|import|export|"
    r"suppl|act|accept|research|design|build|creat|acquir|run|hold|assist|advis|consult|work|"
    r"host|pursu|commerciali[sz]|exploit)\w*\b)"
)
"""What a party may be kept from doing in a line of business: running it, dealing in its goods,
acting for it, researching or building its technology."""
_NC_THING = (
    r"(?:business\w*|enterprises?|products?|goods|items?|services|ventures?|compan(?:y|ies)|"
    r"firms?|entit(?:y|ies)|stores?|shops?|outlets?|restaurants?|clinics?|facilit(?:y|ies)|"
    r"franchises?|software|technolog(?:y|ies)|platforms?|applications?|solutions?|devices?|"
    r"compounds?|brands?|lines?|cent(?:re|er)s?|sites?|hotels?|practices?|operations?|"
    r"activit(?:y|ies)|programmes?|programs?|systems?|tools?)\b"
)
"""A business, an establishment or a product a party could run or sell."""
_NC_LINE = (
    r"(?:\b(?P<nc_any>(?:(?:any|an?)\s+)?(?P<nc_other>other)|any)\s+(?:[\w-]+\s+)?|\ban?\s+(?:[\w-]+\s+)?"
    rf"|(?<!\bthe\s)(?<!\bits\s)(?<!\bsuch\s)\b){_NC_THING}"
)
"""'any software', 'a call centre', 'goods': a line of business that is not the contract's own
('the Products', 'its services'); ``nc_any`` marks 'any' or 'other', ``nc_other`` 'other'."""
_NC_SIMILAR = (
    r"\b(?:(?:substantially\s+)?similar\s+(?:to|in|thereto|hereto|with)|(?:the\s+)?same\s+as|"
    r"identical\s+to|(?:similar|rival|equivalent|comparable|substitute)\s+(?:\w+\s+)?(?:products?|"
    r"services|business\w*|goods|lines?|technolog\w*)|compet\w*|substitut\w*\s+for|"
    r"same\s+(?:[\w-]+\s+){1,2}as|rival\w*|(?:replicat|duplicat|mimic|imitat|clon)\w*\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:functionality|functions|features|look\s+and\s+feel))\b"
)
"""A line like the other party's: one that competes or is similar 'to' or 'thereto', a substitute
'for' its goods, the 'same functionality as', one that replicates its features."""
_NC_RIVAL_LINE = rf"(?:{_RIVAL_LINE}|{_NC_SIMILAR})"
"""``_NC_SIMILAR`` or a radius around the other's site (read only after 'any' or 'other')."""
_NC_PLACE = (
    r"\b(?:with)?in\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+){0,2}(?:territory|area|region|zone|radius|"
    r"vicinity|district|county|city|state|province|country|market\s+area)\b"
)
"""A territory or an area: 'within the Protected Area', 'in the Restricted Territory'."""
_NC_JOINT = (
    r"\b(?:outside|other\s+than\s+(?:through|under|pursuant\s+to|as\s+part\s+of|in)|except\s+"
    r"(?:through|under|pursuant\s+to|as\s+part\s+of|in))\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:collaboration|joint\s+venture|venture|jv|partnership|alliance|consortium|research\s+"
    r"program\w*)\b"
)
"""A field kept for the joint undertaking: 'outside the Collaboration', 'other than through the
Joint Venture Company'."""
_NC_ITEM = (
    r"^\W*\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+(?:directly\s+or\s+indirectly\s*,?\s*)?"
    r"(?:own|manage|operate|control|carry\s+on|engage|be\s+(?:\w+\s+)?(?:concerned|interested|"
    r"employed|engaged|involved)|participate|compete|develop|manufacture|sell|market|distribute|"
    r"act|render|provide|hold|establish|invest|acquire)\b"
)
"""A list item after 'shall not:' begins with the bare verb of what is forbidden: '(a) carry on
or be interested in ...' (a list of what a party may do reads 'holding', 'acting')."""


def _nc_gap(words: int) -> str:
    """Up to ``words`` whole words of one sentence and the space after them, each word taken once
    (a span read word by word costs a sixth of one read character by character)."""
    return rf"(?:[^\w.;]{{1,12}}+[\w'’-]{{1,40}}+){{0,{words}}}?[^\w.;]{{1,12}}+"


_NC_ACT = rf"(?>{_nc_gap(12)}{_NC_OPERATE})"
"""The first act of a line of business after the restraint: atomic, so that a run of such words
is read once from each restraint, not once for every later word."""
_NC_RADIUS = (
    r"\bwithin\s+(?:a\s+)?(?:radius\s+of\s+)?[\w()-]+\s+(?:\(\d+\)\s+)?(?:miles?|kilomet\w*|km)\b"
)
"""A radius around the other's site: 'within five (5) miles'."""
_NC_RESTRAINTS = (
    rf"{_NC_BARRED}(?:{_nc_gap(25)}{_NC_COMPETING}"
    rf"|(?>{_nc_gap(10)}directly\s+or\s+indirectly\b)(?>{_nc_gap(18)}{_NC_OPERATE})"
    rf"{_nc_gap(40)}{_NC_RIVAL_LINE}"
    rf"|(?>{_nc_gap(18)}(?:restricted|prohibited)\s+(?:business\w*|activit\w+|products?|services|"
    r"fields?)\b)"
    rf"|(?>{_nc_gap(12)}(?:engage\s+in|carry\s+on|conduct|operate)\s+(?:the\s+|any\s+)?"
    rf"(?-i:Business)\b){_nc_gap(12)}(?:anywhere|(?:with)?in\s+the\s+(?-i:[A-Z])|other\s+than\s+"
    r"through)"
    rf"|{_NC_ACT}(?:(?>{_nc_gap(12)}{_NC_LINE})(?:{_nc_gap(10)}{_NC_SIMILAR}"
    rf"|(?(nc_any){_nc_gap(7)}{_NC_RADIUS}|(?!))|(?(nc_other){_nc_gap(7)}{_NC_PLACE}|(?!)))"
    rf"|{_nc_gap(16)}{_NC_JOINT}))"
)
"""A restraint followed by what makes it a non-compete: a competing line; an act of business in
a line like the other's; a second establishment in an area; a restricted business; a field kept
for a joint undertaking; or the defined Business carried on in a place."""
_MFN_DEAL = (
    r"\b(?:charg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|grant(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|"
    r"extend(?:s|ed|ing)?|sell(?:s|ing)?|sold|suppl(?:y|ies|ied|ying)|licen[cs](?:e|es|ed|ing)|"
    r"quot(?:e|es|ed|ing)|bill(?:s|ed|ing)?|invoic(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|"
    r"pa(?:y|ys|id|ying)|(?:mak(?:e|es|ing)|made)\s+available|enter(?:s|ed|ing)?\s+into|"
    r"agree(?:s|d|ing)?)\b"
)
"""How a seller deals with a buyer, as a verb: charges, offers, grants, sells, supplies, licenses,
quotes, bills, makes available, enters into an agreement ('Supplier', 'Licensee' and 'resell' are
not among them)."""
_MFN_BETTER = (
    r"\b(?:lower|lowest|less|below|better|best|cheaper|reduced|more\s+(?:favou?rabl\w*|advantageous)"
    r"|(?:greater|larger|higher|deeper)\s+(?:\w+\s+)?(?:discounts?|rebates?|credits?|allowances?)"
    r"|(?:discounts?|rebates?|credits?|allowances?)\s+(?:\w+\s+)?(?:greater|larger|higher|deeper))\b"
)
"""What makes another's terms better: a lower or reduced price, more favourable terms, a greater
discount."""
_MFN_FOLLOWS = (
    rf"(?>{_SPAN}{{0,120}}?\b(?:shall|will|must|may)\b)(?>[^.;]{{0,100}}?\b(?:adjust|amend|reduc|"
    r"match|extend|offer|pass|appl(?:y|ies)|substitut|refund|credit|entitl|lower|decreas|benefit|"
    r"grant|mak\w*\s+available))"
)
"""What the buyer then gets: the price is reduced or adjusted, the terms are extended, offered,
substituted, the difference refunded, the buyer is entitled to them."""
_MFN_IF = r"\b(?:if|should|where|whenever|in\s+the\s+event|in\s+case|to\s+the\s+extent)\b"
"""The condition of a promise that follows what others get."""
_MFN_NOT = (
    r"\b(?:(?:shall|will|may|must)\s+not|agrees?\s+not\s+to|undertakes?\s+not\s+to|"
    r"covenants?\s+not\s+to|(?:shall|will)\s+(?:never|in\s+no\s+event))\b"
)
"""A seller's promise not to deal on better terms with another."""
_MFN_COMPARED = (
    r"(?>[^.;]{0,40}?\b(?:than|below|that|those)\b)(?>[^.;]{0,60}?\b(?:(?:charged|given|granted|"
    r"offered|extended|provided|made\s+available)\b(?!\s+by\b)|paid|payable|herein|hereunder|"
    r"under\s+this\s+agreement)\b)"
)
"""What a prohibited better deal is measured against: the terms given to the buyer here ('than
those granted to Licensee', 'than the rate payable by Franchisee'); not a price charged by a
supplier to the party bound, which is a resale floor."""
_MFN_TERMS = (
    r"(?:terms|prices?|pricing|rates?|discounts?|rebates?|reductions?|allowances?|concessions?|"
    r"credits?|royalt\w*|fees?|incentives?|benefits?)\b"
)
_MFN_ANY_TERMS = (
    r"\bany\s+(?:[\w,-]+\s+){0,4}?(?:(?:discounts?|rebates?|reductions?|allowances?|concessions?|"
    rf"credits?|incentives?)\b|{_MFN_BETTER}\s+(?:\w+\s+)?{_MFN_TERMS})"
    rf"(?>(?:(?!\bany\b)[^.;]){{0,60}}?{_MFN_DEAL})(?>[^.;]{{0,40}}?{_OTHERS})"
)
"""A benefit the seller gives another: 'any discount, rebate or allowance which Company extends to
another distributor', 'any lower price Vendor offers to other customers'."""
_MFN_PASSED_ON = (
    r"\b(?:shall|will)\s+(?:also\s+|likewise\s+|equally\s+|automatically\s+|immediately\s+|"
    r"promptly\s+)?(?:be\s+)?(?:extended|passed|offered|granted|made\s+available|given|appl(?:y|ied))\b"
)
"""The same benefit goes to the buyer: 'shall also be extended to', 'shall be passed on to'."""
_MFN_BETTER_THEN = (
    r"\b(?:lower|better|more\s+favou?rable)\b(?>(?:(?!\b(?:lower|better|more\s+favou?rable)\b)[^.;])"
    rf"{{0,80}}?{_OTHERS})(?>[^.;]{{0,120}}?\b(?:shall|will)\s+(?:(?:promptly|immediately)\s+)?(?:be\s+)?"
    r"(?:adjust|amend|reduc|match|extend|offer|pass)\w*\b)"
)
"""Better terms given to others, and then the buyer's terms follow, with no condition word:
'lower prices granted to other customers shall be extended to Buyer'."""
_MFN_FORMS = (
    # if the seller deals with another on better terms, the buyer's terms follow
    rf"{_MFN_IF}(?>(?:(?!{_MFN_IF}){_SPAN}){{0,100}}?{_MFN_DEAL})"
    rf"(?>{_SPAN}{{0,60}}?(?:(?P<mfn_others>{_OTHERS})|{_MFN_BETTER}))"
    rf"(?(mfn_others)(?>{_SPAN}{{0,80}}?{_MFN_BETTER})|(?>{_SPAN}{{0,80}}?{_OTHERS})){_MFN_FOLLOWS}"
    # the seller shall not deal with another on better terms than the buyer's
    rf"|{_MFN_NOT}\s+(?:\w+\s+){{0,2}}?{_MFN_DEAL}(?>[^.;]{{0,60}}?{_OTHERS})"
    rf"(?>[^.;]{{0,80}}?{_MFN_BETTER}){_MFN_COMPARED}"
    # no other buyer shall be given better terms than the buyer's
    r"|\bno\s+(?:other\s+)?(?!event|case|circumstance)\w+(?:\s+of\s+(?:the\s+)?\w+)?\s+"
    rf"(?:shall|will|has|have|may)\s+(?:(?:been|or|will|ever)\s+){{0,3}}be(?:en)?\s+{_MFN_DEAL}"
    rf"(?>{_SPAN}{{0,80}}?{_MFN_BETTER})(?>{_SPAN}{{0,80}}?\bthan\b)"
    # a ceiling at what the seller charges another
    r"|\b(?:no|not|never)\b(?>(?:(?!\b(?:no|not|never)\b)[^.;]){0,60}?\b(?:exceed|higher\s+than|"
    rf"greater\s+than)\b)(?>[^.;]{{0,80}}?{_MFN_DEAL})(?>[^.;]{{0,60}}?{_ANY_BUYER})"
    rf"|\bas\s+low\s+as\b(?>(?:(?!\bas\s+low\b)[^.;]){{0,80}}?{_MFN_DEAL})(?>[^.;]{{0,60}}?{_ANY_BUYER})"
    rf"|\bon\s+a\s+par\b(?>(?:(?!\bon\s+a\s+par\b)[^.;]){{0,80}}?{_OTHERS})"
    # the buyer is entitled to, or is passed, what the seller gives others
    r"|\b(?:entitled\s+to|benefit\s+of|receive|extend(?:s|ed)?\s+to\s+\w+|pass(?:es|ed)?\s+on\s+to\s+\w+)\s+"
    rf"{_MFN_ANY_TERMS}"
    rf"|{_MFN_ANY_TERMS}(?>[^.;]{{0,100}}?{_MFN_PASSED_ON})"
)
"""The forms of the promise that the buyer gets what the seller gives another: a condition with
its consequence, a prohibition measured against the buyer's terms, a ceiling, an entitlement.
Each step is taken at its first occurrence (atomic groups), and a scan from a repeated opening
word stops at the next one, so hostile text costs the sum of the spans, not their product."""
_LD_REMAINDER = (
    r"(?:the\s+)?(?:remainder|balance|rest|unexpired\s+(?:portion|part|period|term)|remaining\s+"
    r"(?:portion|part|period|term|months|years))\s+of\s+(?:the\s+|such\s+|its\s+)?(?:then[- ]"
    r"current\s+|initial\s+|renewal\s+|subscription\s+|contract\s+|minimum\s+|service\s+)?"
    r"(?:term|period|contract|agreement|lease)\b"
)
"""'the remainder of the Initial Term', 'the unexpired portion of the Subscription Term'."""
_LD_FEE_WORD = (
    r"\b(?:fees?|charges?|royalt(?:y|ies)|payments?|rent(?:als?)?|amounts?|sums?|commitments?|"
    r"minimums?)\b"
)
"""A sum owed for a period: 'Fees', 'Minimum Royalties', 'rentals'."""
_LD_FOR_REMAINDER = rf"\b(?:for|in\s+respect\s+of|attributable\s+to)\s+{_LD_REMAINDER}"
_LD_FEES_LEFT = (
    rf"{_LD_FEE_WORD}(?=[^.;]{{0,70}}?\b(?:remainder|balance|rest|unexpired|remaining)\s)"
    rf"(?:\s+[\w()-]{{1,40}}){{0,7}}?\s+{_LD_FOR_REMAINDER}"
)
"""The fees still to run, as a sum: 'all License Fees for the remainder of the Initial Term', 'the
Fees that would have been payable for the unexpired portion of the Term'. Not fees paid on
'during' or 'throughout' the rest of the term, which carry the agreement on rather than end it
for a sum."""
_LD_ON_END_FEES_LEFT = (
    rf"\b(?:terminat|cancel)\w{{0,12}}\b(?=[^.;]{{0,150}}?{_LD_FEE_WORD})[^.;]{{0,150}}?"
    rf"{_LD_FOR_REMAINDER}"
    rf"|{_LD_FEES_LEFT}[^.;]{{0,120}}?\b(?:terminat|cancel)"
)
"""On an early end, the fees still to run: 'if Licensee terminates ..., all License Fees for the
remainder of the Initial Term shall become due', 'shall pay the Minimum Royalties for the
remainder of the Term within thirty days of termination'. The fee word is looked for ahead
first, so that a long run of 'terminate' and 'fees' costs one scan per word."""
_LD_NUMBER = r"\d{0,11}(?:,\d{3}){0,4}(?:\.\d{1,3})?"
"""The rest of a number after its first digit: '000', ',500,000', '.25'."""
_LD_NUMBER_PENALTY = (
    rf"\b\d(?:(?<=[$£€]\d)|(?<=[$£€]\s\d)){_LD_NUMBER}\)?\s*(?:[\w-]{{1,30}}\s+){{0,2}}"
    r"penalt(?:y|ies)\b"
    rf"|\b\d{_LD_NUMBER}\s*(?:%|per\s*cent\b|percent\b)\)?\s*(?:[\w-]{{1,30}}\s+){{0,2}}"
    r"penalt(?:y|ies)\b"
)
"""A sum or a rate named before the penalty: 'a $1,000 late penalty', 'a 300% non-consent
penalty', 'ten percent (10%) penalty'. Each branch opens on a word boundary and a digit, as the
rule's other branches open on a word boundary and a letter: a branch that opens on a currency
sign or a group makes Python's search of the whole rule several times slower."""
_LD_NOT_A_PENALTY = r"\bnot\s+(?:as\s+)?a\s+penalty\b"
"""'and not a penalty': liquidated damages only said of a sum ('the sum payable ... is not a
penalty', 'not a penalty, $100 per day'), since a price mechanism or a remedy may be called 'not
a penalty' too."""
_LD_LATE = (
    r"(?:late|overdue|delay(?:ed)?|behind|beyond|unfilled|undelivered|not\s+(?:delivered|"
    r"completed|achieved|met))"
)
"""Words of lateness after 'for each day by which delivery is ...'."""
_LD_NOT_OWED = (
    r"\b(?:not|never|neither|nor|no)\b[^.;]{0,40}?\b(?:entitled|liable|obliged|obligated|required|"
    r"owe|due|payable)\b[^.;]{0,30}?\b(?:any|an?)\s+(?:[\w-]{1,30}\s+){0,2}(?:fee|charge|penalty|"
    r"payment|damages|compensation|royalt(?:y|ies))"
    r"|\bwithout\s+(?:any\s+)?(?:liability|obligation)\s+(?:for|to\s+pay)\b"
    r"|\bno\s+(?:early\s+)?(?:cancell?ation|termination|exit|break)\s+(?:fee|penalty|charge|payment)"
    r"|\b(?:refund|reimburs|repay|credit\s+back)"
    r"|\bnot\s+(?:be\s+)?(?:obliged|obligated|required|liable|responsible)\s+(?:to\s+pay|for)\b"
    r"|\b(?:late|overdue|unpaid|outstanding)\s+(?:payments?|invoices?|amounts?|sums?|balances?)\b"
    r"|\b(?:payments?|invoices?|amounts?\s+(?:due|owed|owing)|balances?)\s+(?:is|are|remains?)\s+"
    r"(?:late|overdue|unpaid|outstanding)\b"
)
"""A fee that is not owed, refunded, or late payment of an invoice: 'shall not be entitled to any
termination fee', 'without liability for any termination charge', 'shall refund the fees for the
remainder of the Term', 'for each day that any invoice remains unpaid'."""


def _excl_gap(words: int) -> str:
    """Up to ``words`` whole words of one sentence and the space after them, read word by word."""
    return rf"(?:[^\w.;]{{1,12}}+[\w'’-]{{1,40}}+){{0,{words}}}?[^\w.;]{{1,12}}+"


_EXCL_BARRED = (
    r"\b(?:(?:shall|will|may|must|should)\s+(?:not|never)|cannot|neither|nor|"
    r"(?:agrees?|covenants?|undertakes?)\s+not\s+to|(?:refrain|abstain)\w*\s+from|at\s+no\s+time)\b"
    r"(?!\s+(?:be\s+)?(?:in\s+any\s+way\s+)?(?:restrict|prevent|limit|prohibit|preclud|constru|deem|"
    r"oblig|requir|liable|responsib|entitled)\w*)"
)
"""Words of a promise not to act: 'shall not', 'agrees not to', 'neither ... nor', 'refrain from';
not 'shall not restrict' or 'shall not be required', which lift a restraint."""
_EXCL_BUY = (
    r"\b(?:purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|obtain(?:s|ed|ing)?|procur(?:e|es|ed|ing)|"
    r"sourc(?:e|es|ed|ing)|order(?:s|ed|ing)?|acquir(?:e|es|ed|ing))\b"
)
"""How a buyer takes goods or services from a seller."""
_EXCL_DEAL = (
    r"\b(?:sell(?:s|ing)?|sold|resell(?:s|ing)?|resold|suppl(?:y|ies|ied|ying)|(?<!sub)(?<!sub-)"
    r"licen[cs](?:e|es|ed|ing)|distribut(?:e|es|ed|ing)|market(?:s|ed|ing)?|offer(?:s|ed|ing)?|"
    r"provid(?:e|es|ed|ing)|manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|grant(?:s|ed|ing)?|"
    r"appoint(?:s|ed|ing)?|engag(?:e|es|ed|ing)|authori[sz](?:e|es|ed|ing)|promot(?:e|es|ed|ing)|"
    r"export(?:s|ed|ing)?|import(?:s|ed|ing)?|"
    r"purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|procur(?:e|es|ed|ing)|obtain(?:s|ed|ing)?)\b"
)
"""How a party deals with others: selling, supplying, licensing, appointing, buying."""
_EXCL_TRADE = (
    r"(?:distribut\w*|agen(?:ts?|cy|cies)|resellers?|dealers?|importers?|licensees?|franchisees?|"
    r"suppliers?|vendors?|providers?|manufactur\w*|represent\w*|wholesalers?|retailers?|"
    r"sources?|brokers?|partners?|contractors?|consultants?|advis[eo]rs?)\b"
)
"""A role in the trade that one party may be kept from giving to anyone else."""
_EXCL_OTHERS = (
    r"(?:any|an?|another|no)\s+(?:other\s+|third\s+|additional\s+|further\s+)?"
    r"(?:part(?:y|ies)|persons?|entit(?:y|ies)|compan(?:y|ies)|firms?|third\s+part(?:y|ies))\b"
)
"""Anyone else: 'any third party', 'any other person', 'a third party'."""
_EXCL_WHERE = (
    r"(?>" + _excl_gap(8) + r"(?:territor(?:y|ies)|field|area|region|sector|industry|market|"
    r"channel|other\s+than\s+(?:to\s+|through\s+|via\s+|by\s+)?(?:the\s+)?(?-i:[A-Z])|"
    r"(?:as|to\s+act\s+as|to\s+be)\s+(?:an?\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:distribut\w*|agents?|"
    r"resellers?|dealers?|importers?|licensees?|franchisees?|suppliers?|vendors?|providers?|"
    r"manufacturers?|representatives?|wholesalers?|brokers?)\b|"
    r"except\s+(?:to|through|via)\s+(?:the\s+)?(?-i:[A-Z])|(?:in|within|throughout)\s+(?-i:[A-Z])))"
)
"""What marks a bar on dealing with anyone else as exclusive dealing, not a licensee's limit: a
territory, field, market or sector, 'other than the Distributor', or a role in the trade ('any
third party as a distributor')."""
_EXCL_QUANTITY = (
    r"(?:\ball|\bentire|\bwhole|\bper\s?cent(?:\s*\(\s*100\s?%\s*\))?|\bpercent|"
    r"\b100\s?%(?:\s*\([^()]{0,30}\))?)"
)
"""All of it: 'all', 'entire', 'one hundred per cent (100%)'."""
_EXCL_NEEDS = (
    r"(?:\s+of)?\s+(?:(?:its|their|his|her|[\w-]+['’]s?|the\s+[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:requirements|needs)\b|(?:[\w-]+\s+){0,2}(?:requirements|needs)\s+for\b)"
)
"""A party's own requirements: 'of its requirements', 'Buyer's needs', 'requirements for'."""
_EXCL_DEALING = (
    # the buyer takes all its requirements from the seller, active and passive; or takes only from
    # the seller, or from no one else
    rf"(?=[pbosamf])(?>(?P<excl_buy>{_EXCL_BUY})|\b(?:suppl(?:y|ies|ied|ying)|manufactur(?:e|es|ing)|"
    rf"fill)\b)(?:(?>{_excl_gap(8)}{_EXCL_QUANTITY}){_EXCL_NEEDS}|(?(excl_buy)(?:(?>{_excl_gap(10)}"
    rf"(?:only|solely|exclusively)\s+(?:from|through|via)\b)|(?>{_excl_gap(14)}from\s+(?:no\s+other\b|"
    r"any\s+(?:other\s+)?(?:[\w-]+\s+)?(?:sources?|suppliers?|vendors?|manufacturers?|persons?|party|"
    r"entity|third\s+party)\s+(?:other\s+than|except|save)\b)))|(?!)))"
    rf"|(?=[aewp1]){_EXCL_QUANTITY}{_EXCL_NEEDS}(?>{_excl_gap(12)}(?:shall|will|must)\s+be\s+"
    r"(?:purchas|obtain|procur|sourc|order|suppli|fill|met\b|satisf|bought|acquir)\w*)"
    rf"|\bplace\s+{_EXCL_QUANTITY}\s+(?:of\s+)?(?:its|their|[\w-]+['’]s?)\s+(?:[\w-]+\s+)?"
    rf"(?:orders|purchases)\b(?>{_excl_gap(8)}(?:with|from)\s+(?:the\s+)?(?-i:[A-Z]))"
    r"|\bto\s+the\s+exclusion\s+of\s+(?:all|any)\s+(?:other|third)\s+(?:[\w-]+\s+)?"
    rf"(?:{_EXCL_TRADE}|persons?|part(?:y|ies))"
    # a bar on dealing with, appointing or collaborating with anyone else
    rf"|(?=[swmcnaur])(?>{_EXCL_BARRED})(?:(?>{_excl_gap(12)}{_EXCL_DEAL})(?!\s+(?:any\s+|the\s+)?"
    rf"sub-?licen)(?>{_excl_gap(12)}(?=[eosan])(?:(?:except|other\s+than|save)\s+(?:to|through|"
    r"via|by|with|for\s+the\s+benefit\s+of)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"(?:(?:(?:any|an?|no)\s+)?other\s+"
    rf"(?:(?![\w-]+\s+(?:shall|will|may|must|not)\b)[\w-]+\s+){{0,2}}?{_EXCL_TRADE}|"
    rf"another\s+(?:[\w-]+\s+)?{_EXCL_TRADE}|any\s+competitors?\b|"
    rf"anyone\s+(?:else\b|other\s+than)|{_EXCL_OTHERS}{_EXCL_WHERE})))"
    rf"|(?>{_excl_gap(12)}(?=[cpwtja])(?<!\bin\s)(?:collaborat\w*|co-?operat\w*|partner\w*|work|"
    r"team\s+up|joint\s+ventures?|alliances?|partnerships?|collaborations?))\s+with\s+(?:any|a|another)\s+(?:other\s+|third\s+)?"
    r"(?:part(?:y|ies)|persons?|entit(?:y|ies)|compan(?:y|ies)|competitors?)\b)"
    # a party works for, or uses, the other alone
    r"|\b(?:work|act|serve)\s+exclusively\s+(?:for|on\s+behalf\s+of)\b"
    r"|(?=[mpdbsfw])(?>\b(?:manufactur(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|"
    r"develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|perform(?:s|ed|ing)?|"
    r"suppl(?:y|ies|ied|ying)|fabricat(?:e|es|ed|ing)|packag(?:e|es|ed|ing)|work(?:s|ed|ing)?)\b"
    rf"{_excl_gap(12)}exclusively\s+for\s+)(?:the\s+)?(?-i:[A-Z])[\w-]*+"
    r"(?!\s+(?:[\w-]+\s+)?(?:purposes?|uses?)\b)"
    r"|\b(?:use|engage|retain|utili[sz]e)\s+(?:(?-i:[A-Z])[\w-]+|the\s+(?:supplier|provider|vendor|"
    r"seller|manufacturer|contractor|consultant|agency|licensor))\s+exclusively\b"
    r"|\bsole\s+(?:and\s+exclusive\s+)?(?:(?!(?:discretion|responsib\w*|judge?ment|cost|expense|risk|"
    r"liabilit\w*|obligations?|remed\w*|property|owner\w*|that|of|and|or|the|to|for|in|by|as)\b)"
    r"[\w-]+\s+){0,2}?(?:suppliers?|sources?|distributors?|"
    r"providers?|agents?|advis[eo]rs?|representatives?|resellers?|dealers?|licensees?|vendors?|"
    r"manufacturers?|brokers?|importers?|purchasers?)\b"
)
"""The forms of exclusive dealing other than the word 'exclusive': a requirements commitment;
buying only from, or from no one but, the other; a bar on selling to, appointing, licensing or
collaborating with anyone else (another distributor, a competitor, a third party in the
Territory or field); working for or using the other alone; a sole supplier or agent. Each step
is taken at its first occurrence (atomic groups) and each opening word is checked by its first
letter before its alternatives are tried, so hostile text costs the sum of the spans."""
_EXCL_ROLE = (
    r"(?:distribut\w*|licen[cs]e\w*|right|rights|supplier|supply|provider|basis|agents?|"
    r"agency|resellers?|dealers?|territory|manufactur\w*|partners?|relationship|"
    r"representatives?|sales|marketing|customer|source|purchaser|arrangement|advis[eo]rs?|"
    r"sponsors?|consultants?|option)\b"
)
"""What is granted or held exclusively: a licence, a right, a distributorship, an agency, a basis."""
_EXCL_NOT_DEALING = (
    r"\b(?:securities|shares|debentures|bonds)\b|\bconfidential|\bdisclos|"
    r"\b(?:lower|better|more\s+favou?rable)\s+(?:prices?|terms|rates?)\b|"
    r"\b(?:prices?|rates?|terms)\s+(?:lower|better|more\s+favou?rable)\b"
)
"""Bars on selling or handing over to others that are not exclusive dealing: an offering of
securities, a secret kept, a price promise measured against other buyers."""
_IPA_NEW_THING = (
    r"\b(?:inventions?|improvements?|discoveries|developments?|work\s+product|works|deliverables?|"
    r"(?:source\s+)?code|designs?|drawings|artwork|modifications?|enhancements?|derivative\s+works|"
    r"scripts)\b"
)
"""What a party makes: inventions, improvements, deliverables, works, code, designs."""
_IPA_HELD_THING = (
    r"\b(?:intellectual\s+property(?:\s+rights)?|ip(?:rs?)?|copyrights?|patents?|patent\s+applications?|"
    r"(?:trade\s*|service\s+)?marks?|trademarks?|domain\s+names?|registrations?|software|know-how|"
    r"technology)\b"
)
"""Intellectual property a party holds: patents, marks, domain names, registrations."""
_IPA_THING = rf"(?:{_IPA_NEW_THING}|{_IPA_HELD_THING})"
_IPA_MADE = (
    rf"(?:(?P<ipa_new>{_IPA_NEW_THING}|\b(?:customi[sz]ations|customi[sz]ed|bespoke)\b)|"
    r"\b(?:developed|created|produced|made|conceived|generated|prepared|invented|authored|written|"
    rf"designed|devised|commissioned|discovered|results?)\b|{_IPA_HELD_THING})"
)
"""What a party makes under the contract (named, in the group ``ipa_new``, or said to be made), or
intellectual property it holds."""
_IPA_MODAL = (
    r"\b(?:shall|will|must|(?:is|are)\s+deemed\s+to)\b,?"
    r"(?:\s+(?!not\b|no\b|remain\b|continue\b|jointly\b|co-|solely\b|exclusively\b)[\w-]++,?){0,3}?\s+"
)
"""A promise ('shall', 'will, on creation,'), a few words before its verb: not 'is owned by', which
says who owns a thing now, not that it passes."""
_IPA_OWNED = (
    r"(?:(?:be\s+(?:and\s+remain\s+)?(?:deemed\s+(?:to\s+be\s+)?)?|become\s+|vest\s+in\s+)(?:the\s+)?"
    r"(?:(?:sole|exclusive|and)\s+){0,3}property\s+of\b"
    r"|(?:be\s+|become\s+)(?:the\s+)?(?<![\w-])[\w-]++['’]s\s+(?:(?:sole|exclusive|and)\s+){0,3}property\b"
    r"|(?:be\s+)?(?:deemed\s+(?:to\s+be\s+)?)?(?:(?:solely|exclusively|wholly)\s+)?owned\s+"
    r"(?:(?:solely|exclusively|wholly)\s+)?by\b)"
)
"""Owned by or the property of (the other party, as the vetoes see)."""
_IPA_VESTS = (
    r"(?:(?:vest|be\s+vested)\s+(?:(?:solely|exclusively|absolutely|automatically)\s+)?in|"
    r"belong\s+(?:(?:solely|exclusively|absolutely)\s+)?to)\b"
)
"""Vests in, or belongs to (the other party)."""
_IPA_DETERMINER = (
    r"(?:all|any|each|every|such|that|those|these|its|his|her|their|the|(?<![\w-])[\w-]++['’]s)\s+"
)
_IPA_ASSIGN = (
    r"(?:\b(?:hereby|shall|will|must|agrees?\s+to|undertakes?\s+to|does\s+hereby|(?:is|are)\s+"
    r"(?:required|obliged|obligated)\s+to)\s+(?:(?!not\b|no\b)[\w-]++,?\s+){0,3}?|"
    r"(?:^|(?<=[\s:;]))\(\w{1,4}\)\s*)(?:(?P<ipa_assign>assign)|transfer|convey)s?\b,?\s+(?:(?:and\s+)?to\s+"
    rf"(?:(?<![\w-])[\w-]++\s+){{1,4}}?)?{_IPA_DETERMINER}[^.;]{{0,60}}?"
    rf"(?(ipa_assign)(?:{_IPA_THING}|\bapplications?\b)|{_IPA_HELD_THING})"
)
"""A promise to assign (hereby, shall, agrees to, a list item) with an object of intellectual
property right after the verb, or after its recipient ('shall assign to Franchisor its domain
names'), not 'assign an editor to the Work'; 'transfer' of what is made is often its
delivery, so only rights held (marks, domain names, patents) are transferred."""
_IPA_PASSIVE = (
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bas\s)\b(?:(?:is|are)\s+(?:hereby\s+)?|(?:shall|will|must)\s+be\s+)"
    r"(?:(?:hereby|automatically|irrevocably|absolutely)\s+){0,2}"
    r"(?:assigned|(?<=hereby\s)(?:transferred|conveyed)|(?<=be\s)(?:transferred|conveyed))\s+to\b"
)
"""(Intellectual property) is, or shall be, assigned to another; 'is transferred to' only with
'hereby' or 'shall be', for data and goods are 'transferred to' a place as they are sent."""
_IPA_TITLE_PASSES = (
    r"\b(?:title|ownership)\s+(?:to|in|of)\s+"
    rf"(?>[^.;]{{0,60}}?{_IPA_THING})(?:(?!\bnot\b)[^.;]){{0,80}}?\b(?:pass(?:es)?|transfers?|vests?|be\s+vested)\s+(?:to|in)\b"
)
"""Title to, or ownership of, intellectual property passes to another (the first thing named is
taken, once, so a long run of repeated words is not read again from every point)."""
_IPA_PAPERS = (
    r"\b(?:execute|sign|deliver)\b(?>[^.;]{0,60}?\b(?:documents?|instruments?|papers|deeds?|assignments?)\b)"
    r"(?>[^.;]{0,60}?\b(?:assign(?:s|ing)?|perfect(?:ing)?|vest(?:ing)?|confirm(?:ing)?)\b)[^.;]{0,40}?"
    rf"{_IPA_THING}"
)
"""A promise to sign the papers that assign or perfect title to intellectual property (each step
taken at its first occurrence, atomically)."""
_IPA_OWNER_OWNS = (
    r"\b(?:shall|will)\s+(?:(?:solely|exclusively)\s+)?own\s+(?:all|any|each|every|the)\s+"
    r"[^.;]{0,60}?\b(?:developed|created|produced|made|conceived|generated|prepared|invented|"
    r"authored|written|designed|devised)\s+(?:\w+ly\s+)?by\b"
)
"""The other party shall own what one party makes ('Client shall own all Deliverables created by
Vendor')."""
RULES: dict[str, Rule] = {
    "exclusivity": Rule(
        says=_re(
            # every reading opens a word: mid-word positions are passed over at once
            r"(?<!\w)(?=\w)(?:(?<!non-)(?<!non)(?<!non\s)\bexclusive(?:\s*\([^)]{0,100}\))?"
            rf"(?>(?:\s*,\s*[\w-]+(?:\s+(?!{_EXCL_ROLE})[\w-]+)?(?:\s*\([^)]{{0,100}}\))?){{0,4}})"
            r"\s*,?\s+"
            rf"(?:and\s+(?:non-\s?)?[\w-]+\s+)?(?:[\w-]+\s+){{0,2}}{_EXCL_ROLE}"
            rf"|\b(?:sell|purchase|buy|supply|distribut|obtain|source|market|promote){_NOT_A_PARTY}\w*\b"
            r"[^.;]{0,40}?\bexclusively\b"
            rf"|\b(?:purchase|buy|obtain|source|order){_NOT_A_PARTY}\w*\b[^.;]{{0,40}}?"
            r"\bexclusively\s+(?:from|through)\b"
            r"|\bexclusively\s+(?:provide|supply|distribute|sell|market|represent|repaired|supplied|"
            r"provided|manufactured|performed|distributed|sold)\b"
            r"|\b(?:shall|will)\s+(?:provide|supply|perform|repair|manufacture)\s+(?:[\w-]+\s+){0,3}"
            r"exclusively\b(?!\s+for\s+(?:the\s+)?(?:[\w-]+\s+)?purposes?\b)"
            r"|\b(?:become|be|remain)\s+exclusive\s+to\b|\bexclusivity\s+is\s+granted\b"
            r"|\b(?:appointment|licen[cs]e|rights?|grant)\s+(?:[\w-]+\s+){0,3}(?:shall|will|is|are)\s+"
            r"(?:be\s+)?exclusive\b"
            r"|\b(?:(?:will|shall|agrees?\s+to)\s+(?:grant|appoint)\s+no|not\s+(?:to\s+)?(?:grant|appoint)\s+"
            r"any)\s+other\s+(?:[\w-]+\s+){0,2}(?:licen[cs]e\w*|distributors?|agents?|resellers?|"
            r"dealers?|representatives?)"
            r"|\b(?:shall|will|may)\s+not\s+(?:enter\s+into|engage\s+in|conclude|sign)\b"
            r"(?>[^.;]{0,60}?\b(?:same|(?:substantially\s+)?similar|comparable|equivalent)\b)"
            r"(?>[^.;]{0,80}?\bwith\s+any\s+(?:other|third)\b)"
            r"|\b(?:purchase|buy|obtain|source)\b[^.;]{0,40}?\b(?:all|one\s+hundred\s+percent|"
            r"100%)\b[^.;]{0,40}?\b(?:requirements|needs)\b[^.;]{0,40}?\b(?:from|exclusively)"
            rf"|{_EXCL_DEALING})"
        ),
        unless=_re(
            r"exclusive\s+(?:remedy|remedies|jurisdiction|venue|forum|property|owner|ownership|of\b|"
            r"control|obligation|benefit|exploitation)|exclusive\s+rights?\s*(?:of\s+ownership|"
            r"and\s+interests?|,?\s*title|,?\s*but\s+not\s+the\s+obligation|to\s+(?:prepare|"
            r"file|prosecute|maintain|enforce|remove|replace|defend|control|settle|bring|register|apply))|"
            r"\b(?:made|manufactured|produced|composed|derived)\s+exclusively\s+(?:from|of|with)\b|"
            r"\b(?:previously|already)\s+(?:been\s+)?granted\b|"
            r"\b(?:acknowledges?|recogni[sz]es?)\s+that\s+(?:the\s+)?[\w-]+['’]s?\s+(?:\w+\s+)?exclusive|"
            r"\b(?:not|no|nothing|nor)\b[^.;]{0,60}\bexclusive|"
            r"\bgoverned\b|\bgoodwill\b|\bnon-?\s?exclusive(?:ly)?\b|\bsolicit|\bharass|"
            r"\bconflicts?\s+with\s+(?:any\s+)?exclusive|"
            rf"{_EXCL_NOT_DEALING}"
        ),
        vetoed_by=_re(r"\bwhereas\b[^.;]{0,80}?\bentered\s+into\b"),
        heading=_re(r"(?<!non-)(?<!non)\bexclusiv"),
        in_heading=_re(r"(?<!non-)\bexclusiv|\bshall\s+not\b|\bsole\b"),
    ),
    "non_compete": Rule(
        says=_re(
            r"\bnon-?\s?compet|\bnot[-\s]+to[-\s]+compete\b"
            rf"|{_NC_RESTRAINTS}"
            rf"|(?>\bnot{_nc_gap(10)}(?:engage|participate|invest)\w*\b)(?>{_nc_gap(13)}(?:business|"
            rf"products?|services)\b){_nc_gap(10)}(?:compet|similar|same)"
            r"|\bno\s+(?:other\s+)?(?:competing|competitive|rival|similar)\s+(?:products?|goods|services|"
            r"business\w*|brands?|lines?|technolog\w*|software|items?|ventures?)\s+(?:shall|will|may|must)\b"
            rf"|{_NC_ITEM}{_nc_gap(32)}{_NC_SIMILAR}"
            rf"|{_NON_CIRCUMVENTION}"
        ),
        unless=_re(
            r"\bnon-?compete\s+(?:shall|will)\s+not"
            r"|\bnothing\b[^.;]{0,80}?\b(?:prevent|restrict|limit|prohibit|preclud|bar|restrain|impair)"
            r"|\bunfair\s+competition|\bcompetitive\s+(?:quotations?|bids?|bidding|tenders?|pric\w*|"
            r"rates?|terms|basis|advantage|information|position|data|intelligence|landscape|environment|"
            r"market|sensitive)|\bcompetitively\s+sensitive|\bor\s+may\s+not\s+compete"
            rf"|{_NEGATED_DUTY}"
            r"|\b(?:disclos|divulg|reveal|communicat|leak)\w*\b[^.;]{0,60}?\bcompetitors?\b"
            r"|\b(?:prevent|restrict|impair|conflict)\w*\b[^.;]{0,30}?\b(?:perform\w*|obligations)\b"
            r"|\bnot\s+to\s+compete\s+(?:in|under|set\s+forth\s+in)\s+(?:section|article)\s+"
            r"[\d.]+\s+of\s+(?:the\s+)?(?!this)"
            r"|\b(?:solicit|recruit|hire|entice|induce|poach)\w*\b[^.;]{0,60}?\b(?:employees?|staff|"
            r"personnel|officers|workers)\b[^.;]{0,60}?\bto\s+(?:leave|join|work|become)\b"
            r"|\b(?:sections?|articles?|clauses?|paragraphs?)\s+[\w.()]{1,12}\s*[(\[]\s*non-?\s?compet"
            r"|\b(?:assign|transfer)\w*\b[^.;]{0,60}?\bcompetitors?\b"
            r"|\b(?:shall|will|must|may)\s+not\s+be\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?competitors?\b"
            r"|\b(?:interpreted|construed|deemed)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+)?non-?\s?compet"
            r"|\b(?:shall|will|may)\s+not\s+be\s+(?:interpreted|construed|read|understood)\b"
            r"|\banti-?\s?competitive|\b(?:competition|antitrust|anti-trust)\s+laws?\b"
            r"|\b(?:preferred|preferential|better|lower|more\s+favou?rable)\s+(?:pric\w*|terms|rates?|"
            r"discounts?)\b"
        ),
        vetoed_by=_re(
            r"\bnon-?\s?compet\w*\s+agreement|^\W*non-?compet\w*\W*$"
            r"|\b(?:subject\s+to|contains?|bound\s+by)\s+(?:an?|any)\s+(?:\w+[- ])?non-?compet"
            r"|\bfree\s+to\s+(?:[\w-]+\s+){0,3}compete\b"
        ),
        heading=_re(
            r"non-?\s?compet|competi|not[-\s]+to[-\s]+compete|restrictive\s+covenant|restraint"
        ),
        in_heading=_re(r"\bnot\b|\brefrain"),
    ),
    "non_solicitation": Rule(
        says=_re(
            r"\bnon-?solicit"
            r"|\b(?:not|no|neither|nor)\b[^.;]{0,120}?\b(?:solicit\w*|recruit\w*|induce|entice|hire|"
            r"employ(?!ed\s+by))"
            r"(?:s|ed|ing)?\b"
            r"[^.;]{0,120}?\b(?:employees?|personnel|staff|customers?|clients?|consultants?|"
            r"contractors?|officers?)\b"
            rf"|(?:{_MUST_NOT}|\bunder\s+no\s+circumstances\b)[^.;]{{0,80}}?\b(?:contact|approach|"
            r"divert|poach|canvass|call\s+(?:on|upon)|circumvent|interfere\s+with)(?:s|ed|ing)?\b"
            r"[^.;]{0,80}?\b(?:customers?|clients?|accounts|employees?|personnel|staff)\b"
            r"(?!\s+(?:service|support|care)\b)"
            r"|\b(?:not|no|neither|nor)\b[^.;]{0,60}?\b(?:employees?|personnel|customers?|clients?)\b"
            r"[^.;]{0,80}?\b(?:solicit|recruit|hire)"
        ),
        unless=_re(
            r"general\s+(?:solicitation|advertis)[^.;]{0,40}$"
            r"|\bsolicit\w*\b[^.;]{0,40}?\b(?:bids?|offers?|prox(?:y|ies)|proposals?)\b"
            r"|\b(?:advertise|promote|market)\b[^.;]{0,40}?\bsolicit|\bgenerally\s+solicit"
            r"|\bnot\s+be\s+(?:required|obliged|obligated|bound)\s+to\s+(?:hire|employ|engage|retain)\b"
            r"|\b(?:debarred|disqualified)\b|\bunder\s+the\s+age\s+of\b"
            r"|\b(?:employ|engage|use)\w*\s+(?:any\s+)?(?:sub-?)?(?:contractors?|consultants?|agents?)\b"
            r"[^.;]{0,40}?\bto\s+(?:perform|provide|carry\s+out|deliver|render)\b"
            r"|\b(?:contact|approach)\w*\s+(?:[\w'’-]+\s+){0,2}(?:personnel|staff|employees)\s+directly\b"
            r"|\bsolicit\w*\s+(?:or\s+(?:accept|receive|offer)\w*\s+)?(?:any\s+)?(?:gifts?|hospitality|"
            r"gratuit\w*|favou?rs?|bribes?|kickbacks?|inducements?|donations?|contributions?)\b"
        ),
        heading=_re(
            r"non-?solicit|no[- ]hire|\bsolicitation\s+of\s+(?:employees|customers|personnel|staff)|"
            r"\bno\s+solicitation"
        ),
        in_heading=_re(r"\bnot\b|\bsolicit|\bhire"),
        vetoed_by=_re(
            r"\bthe\s+term\s+[\"“][^\"”]{1,60}[\"”]\s+(?:shall\s+)?means?\b"
            r"|^\W*whereas\b[^.;]{0,250}?\b(?:in|under|pursuant\s+to)\s+(?:the|that\s+certain)\s+"
            r"(?:[\w-]+\s+){0,4}agreement\b"
        ),
    ),
    "anti_assignment": Rule(
        says=_re(
            r"\b(?:not|no)\b[^.;]{0,100}?\bassign\w*\b[^.;]{0,200}?\b(?:without|except|unless|"
            r"prior\s+(?:written\s+)?(?:consent|approval))"
            r"|\bassign\w*\b[^.;]{0,150}?\b(?:without|except\s+with)\s+(?:the\s+)?(?:express\s+)?"
            r"(?:prior\s+)?(?:written\s+)?(?:consent|approval|permission)"
            r"|\b(?:shall|may)\s+not\s+(?:be\s+)?(?:assign|transfer)\w*"
            r"|\bnon-?assignab|\bnot\s+(?:be\s+)?assignable|\bany\s+(?:purported\s+|attempted\s+)"
            r"assignment\b[^.;]{0,80}?\b(?:void|null|invalid)"
        ),
        unless=_re(
            r"\bassign\w*\s+(?:of\s+)?(?:its\s+)?(?:rights?\s+to\s+)?(?:receive\s+)?payment"
            r"|\bassign\w*\s+(?:any\s+|a\s+|an\s+|the\s+|its\s+|their\s+|such\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:personnel|staff|employees?|engineers?|technicians?|representatives|individuals|persons|"
            r"people|managers?|tasks?|numbers?|codes?|identifiers?|priorit\w*|resources|roles?)\b"
            r"|\bassigned\s+to\s+(?:any\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:engineers?|technicians?|"
            r"personnel|staff|employees?|teams?|individuals|projects?)\b"
            r"|\btransfer\w*\s+(?:[\w-]+\s+){0,3}(?:to|between)\s+(?:a\s+|an\s+|any\s+)?(?:different|"
            r"another|other|new)\s+(?:sites?|locations?|premises|facilit(?:y|ies)|servers?|devices?|"
            r"machines?|computers?|hardware|address(?:es)?)\b"
        ),
        vetoed_by=_re(
            r"^(?![^.;]*\b(?:not|neither|no|nor|except|unless|only|provided|subject)\b)[^.;]*?"
            r"\b(?:may|can|(?:shall\s+be|is)\s+(?:free|entitled)\s+to)\s+(?:freely\s+)?assign\w*\b"
            r"[^.;]{0,120}?\bwithout\b"
            r"|\bnothing\b[^.;]{0,80}?\b(?:prevent|restrict|limit|prohibit|preclude)s?\b[^.;]{0,60}?\bassign"
        ),
        heading=_re(r"assign"),
        in_heading=_re(r"\bconsent|\bnot\b|\bwithout\b|\bvoid\b"),
    ),
    "change_of_control": Rule(
        says=_re(
            r"\b(?:change\s+(?:of|in)\s+(?:the\s+)?(?:control|ownership)|ownership\s+change)\b"
            r"(?!\s*;?\s*(?:\d|$))"
            r"(?!\s+(?:plans?|limits?|procedures?|processes|methods?|measures?|systems?|charts?|"
            r"strateg\w*|parameters?|documents?|points?|settings?|samples?|tests?)\b)"
            r"(?!\s+of\s+(?:the\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,2}(?:equipment|goods|products?|"
            r"premises|property|properties|building|land|vehicles?|patents?|marks?|works?|"
            r"materials?|inventory|units?|aircraft|vessels?|site)\b)"
            rf"|{_CONTROL_CHANGES}{_CLAUSE_GAP}{{0,300}}?{_CONTROL_CONSEQUENCE}"
            rf"|{_CONTROL_CONSEQUENCE}{_CLAUSE_GAP}{{0,300}}?{_CONTROL_CHANGES}"
        ),
        unless=_re(
            r"(?<!\bnot\s)(?<!\bnot,\s)\bwithout\s+(?:the\s+)?(?:need\s+for\s+|requiring\s+)?(?:\w+\s+){0,3}"
            r"consent|"
            r"\bdoes\s+not\s+require|\bnot\s+(?:be\s+)?(?:required|deemed)|\bdisclos|"
            r"\binsolven|\bbankrupt|\bsubject\s+to\s+the\s+rights|\bmerger\s+agreement|"
            r"\btermination\s+(?:or\s+similar\s+)?fee|\bregist(?:er|ration)\b|"
            r"\bstatements?\s+of\s+(?:beneficial\s+)?ownership|(?:\b|un)vest(?:ed|s|ing)?\b|\bstandstill\b"
        ),
        vetoed_by=_re(
            r"\bmay\s+(?:be\s+)?assign\w*\b[^.;]{0,250}?\b(?:in\s+connection\s+with|in\s+the\s+event|"
            r"as\s+(?:a\s+)?(?:part|result)\s+of|pursuant\s+to|upon)\b[^.;]{0,200}?\b(?:merge|"
            r"change\s+(?:of|in)\s+control|sale|sold|acqui)"
            r"|^\W*(?:the\s+term\s+)?[\"“]?[A-Z][\w ]{0,40}[\"”]?\s+(?:shall\s+)?mean"
            r"|[\"“]change\s+(?:of|in)\s+control[\"”]\s+(?:shall\s+)?means?\b"
        ),
    ),
    "audit_rights": Rule(
        says=_re(
            r"\baudit(?:s|ing)?\b|\b(?:inspect|examine|examination|inspection)\w*\b[^.;]{0,80}?"
            r"\b(?:books|records|accounts|facilit|premises|plant|site|operations)"
            r"|\b(?:books|records|books\s+of\s+account)\b[^.;]{0,120}?\b(?:inspect|examin|review|"
            r"access\s+to|have\s+access)"
            r"|\b(?:books|records|accounts)\b[^.;]{0,80}?\bbe\s+(?:\w+\s+)?audited\b"
        ),
        unless=_re(
            r"\baudit\s+committee\b|\baudited\s+(?:financial|consolidated|balance)|"
            r"\bindependent\s+(?:registered\s+)?(?:public\s+)?accountants?['’]?\s+(?:report|opinion)|"
            r"\bnot\s+(?:be\s+)?(?:available|subject)\s+(?:for|to)\s+(?:any\s+)?(?:type\s+of\s+)?audit|"
            r"\binspect\w*\s+(?:the\s+|all\s+|each\s+)?(?:products?|goods|shipments?|deliver\w*)\b|"
            r"\bnot\s+(?:constitute|constituting|be)?\s*an\s+audit\b|\bagreed[- ]upon\s+procedures\b|"
            r"\baudits?\b[^.;]{0,100}?\b(?:pending|threatened)\b|"
            r"\bthere\s+(?:are|is|have\s+been)\s+no\s+(?:\w+\s+)?audits?\b|"
            r"\baudit\s+(?:reports?|opinions?|adjustments?|firms?)\b|"
            r"\bauditing\s+(?:and|or)\s+accounting\b|\bauditing\s+(?:standards|principles)\b|"
            r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:statutory|external|independent|regular)\s+auditors?\b|"
            r"\binternal\s+audit|\baudit\s+(?:trails?|logs?|logging)\b|"
            r"\b(?:accounting|legal|tax)\s*,?\s*(?:and|or)?\s*audit\w*\s+(?:fees|costs|expenses)\b|"
            r"\b(?:has|have|having)\s+(?:\w+\s+)?inspected\b|"
            r"\binspect\w*\s+(?:the\s+)?(?:site|premises)\s+(?:before|prior\s+to)\b|"
            r"\b(?:nothing|no\s+provision)\b[^.;]{0,60}?\b(?:entitle|permit|allow|grant|give|confer)s?\b"
            r"[^.;]{0,40}?\baudit|\bno\s+(?:right|entitlement)\s+to\s+(?:audit|inspect)|"
            r"\b(?:tax|taxing|revenue)\s+(?:authorit\w*|audits?)\b"
        ),
        vetoed_by=_re(r"\baudits?\b[^.;]{0,100}?\b(?:pending|threatened)\b"),
    ),
    "minimum_commitment": Rule(
        says=_re(
            r"\b(?=[a-z][a-z\s])(?:"
            r"\bminimum\s+(?:annual\s+|monthly\s+|quarterly\s+|aggregate\s+|yearly\s+)?"
            r"(?:purchase|order|quantit|volume|commitment|royalt|payment|fee|sales|requirement|"
            r"revenue|guarantee|buy|amount|number\s+of|units|target|performance|spend)\w*"
            rf"|{_MIN_BUYS}[^.;]{{0,80}}?{_MIN_AT_LEAST}"
            rf"|\b(?!provided\s*,|provided\s+(?:that|however)\b)(?:provide|deliver|supply|send|produce|"
            rf"make\s+available|makes\s+available)(?!rs?\b)\w*\b"
            rf"[^.;]{{0,40}}?{_AT_LEAST}"
            rf"|\b(?:spend|invest|commit|fund|contribute|pay|use)\w*\b[^.;]{{0,60}}?{_MIN_AT_LEAST}"
            r"[^.;]{0,80}?(?:\$|\bdollars\b|\beuros\b|€|£|\[)"
            r"|\b(?:volume|purchase|binding|capacity)\s+commitment|\bcommitment\s+to\s+purchase"
            r"|\b(?:shortfall|deficiency)\s+(?:payment|fee)"
            r"|\btake[- ]or[- ]pay\b|\bminimum\s+of\b[^.;]{0,40}?\b(?:units|orders|purchases|"
            r"\$|dollars|batches|doses|kilograms|pounds|tons|FTEs?|full[- ]time\s+equivalents?|seats|"
            r"licen[cs]es|subscriptions|minutes|cases|tonnes|barrels|vials)"
            r"|\b(?:annual|monthly|quarterly|yearly|weekly)\s+minimums?\b(?!\s+(?:legal\s+)?wage)"
            r"|\bminimum\s+(?:total\s+)?charge|\b(?:purchase|sales|volume|revenue|order)\s+quotas?\b"
            r"|\bfail(?:s|ed|ure)?\s+(?:to\s+)?(?:achieve|meet|reach|attain)\w*\b[^.;]{0,60}?"
            r"\b(?:revenues?|sales|purchases|volumes?|quotas?|targets?|minimums?)\b[^.;]{0,40}?"
            r"(?:\$|€|£|\[|\d|\bof\b)"
            rf"|{_MIN_FORMS}"
            r")"
        ),
        unless=_re(
            r"\bminimum\s+(?:wage|age|insurance|coverage|standards?|requirements?\s+of\s+law)"
            r"|\bminimum\s+(?!purchase|order)(?:\w+\s+)?requirements?\s+(?:of|thereof|under|for|are|is|"
            r"set\s+(?:out|forth)|specified|stated|contained|listed)\b"
            r"|\b(?:designed|engineered|configured)\s+to\s+(?:provide|deliver|supply|produce)\b"
            r"|\bdisclos"
            r"|\b(?:no|not\s+(?:be\s+)?subject\s+to\s+any|without\s+any|nor\s+any)\s+(?:\w+\s+)?"
            r"(?:minimum|commitment)"
            r"|\bminimum\s+amount\s+(?:of\s+information|legally|required|permitted|necessary)"
            r"|\b(?:purity|potency|concentration|assay|strength|shelf[- ]?life|accuracy|availability|"
            r"uptime|moisture|yield|resolution|viscosity|density|efficiency)\s+(?:level\s+|rate\s+)?of\s+"
            r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)"
            r"|\b(?:cartons?|cases?|boxes|packs?|pallets?|containers?|packages?)\s+(?:containing|of|with|"
            r"holding)\s+(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)"
            r"|\bprices?\s+(?:of\s+)?(?:at\s+least|not\s+less\s+than|no\s+less\s+than)"
            r"|(?:at\s+least|not\s+less\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(?:[\w()-]+\s+){1,3}"
            r"(?:engineers?|technicians?|personnel|staff|employees|representatives|reminders?|notices?|"
            r"warnings?|reports?|meetings?|copies|attempts?|quotes?|quotations?|references?)\b"
            rf"|{_MIN_NOT_A_COMMITMENT}"
        ),
        vetoed_by=_re(
            r"\binsurance\b|\bcoverage\b|\bfidelity\s+bond|\bposting\s+(?:a\s+)?bond"
            rf"|{_MIN_NO_DUTY}"
        ),
    ),
    "insurance": Rule(
        says=_re(
            r"\b(?:maintain|carry|obtain|procure|keep|purchase)\w*\b[^.;]{0,120}?\binsurance\b"
            r"|\binsurance\b[^.;]{0,120}?\b(?:coverage|policy|policies|limits?\s+of|"
            r"in\s+the\s+amount|of\s+not\s+less\s+than|additional\s+insured|certificate)"
            r"|\badditional\s+insured\b|\bcertificates?\s+of\s+insurance\b"
        ),
        unless=_re(
            r"\bfederal\s+deposit\s+insurance|\bFDIC\b|insurance\s+compan(?:y|ies)\s+act"
            r"|\b(?:net\s+of|less|reduced\s+by|after\s+deduct\w*\s+of|exceed|limited\s+to)\s+(?:\w+\s+){0,4}"
            r"(?:recover\w*|paid(?:\s+out)?|received|payable)\s+(?:\w+\s+){0,2}(?:under|from|by)\s+"
            r"(?:its\s+|any\s+|the\s+|such\s+)?(?:\w+\s+){0,2}insurance"
            r"|\b(?:national|social)\s+insurance\b"
            r"|\b(?:nothing|neither|no\s+party)\b[^.;]{0,60}?\b(?:requires?|obliged|obligated|required)\b"
            r"[^.;]{0,40}?\binsur|\bnot\s+(?:be\s+)?(?:required|obliged|obligated)\s+to\s+(?:\w+\s+){0,2}"
            r"(?:maintain|carry|obtain|procure|purchase|keep)\b[^.;]{0,40}?\binsur"
            r"|\blist\s+of\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?insurance"
            r"|\b(?:is|are)\s+not\s+(?:an?\s+)?insur|\b(?:not|never)\s+constitute\s+(?:an?\s+)?(?:\w+\s+)?insurance"
            r"|\b(?:elects?|chooses?|opts?)\s+to\s+(?:purchase|buy|obtain|take\s+out)\b"
            r"|\boptional\s+(?:\w+\s+)?insurance|\bno\s+(?:\w+\s+){0,2}insurance\b"
            r"|\b(?:health|medical|life|dental|disability)\s+insurance\s+(?:benefits?|plans?|protection)\b"
            r"|\bbenefit\s+plans?\b"
        ),
        heading=_re(r"\binsurance"),
        in_heading=_re(r"\binsur|\bcoverage|\bpolic"),
    ),
    "most_favoured_nation": Rule(
        says=_re(
            rf"\b(?=[a-z])(?:\bmost\s+favou?red\s+(?:nation|customer|licensee|pricing|terms|treatment|basis)"
            rf"|\bmost\s+favou?rable\s+(?:treatment|pricing|prices?)\b|\bfavou?red[- ]nations?\b"
            rf"|\bmost\s+favou?rable\s+(?:\w+\s+)?(?:terms|rates?|conditions|royalt\w*|discounts?)\b"
            rf"[^.;]{{0,60}}?\b(?:granted|offered|given|extended|available|charged|provided)\s+"
            rf"(?:by\s+\w+\s+)?to\b"
            rf"|\bparity\b[^.;]{{0,80}}?{_OTHERS}"
            rf"|\b(?:charg|offer|grant|giv|extend|sell|sold|provid|licens|suppl)\w*\b(?>[^.;]{{0,40}}?"
            rf"{_OTHERS})(?>[^.;]{{0,60}}?{_BETTER_TERMS})"
            rf"|{_AS_GOOD}(?>(?:(?!{_AS_GOOD})[^.;]){{0,150}}?{_OTHERS})"
            rf"|\b(?:charges?|offers?|grants?|gives?|extends?)\s+(?:to\s+)?(?:any|an?)\s+(?:other|"
            rf"third)[^.;]{{0,40}}?{_BETTER_TERMS}"
            rf"|{_PRICE_WORDS}[^.;]{{0,60}}?\b(?:better|lower|more\s+favou?rable)\s+than\s+"
            rf"(?:that|those)\s+(?:provided|offered|granted|given|charged|enjoyed)"
            rf"|\b(?:highest|lowest|best)\s+(?:then[- ]current\s+)?{_PRICE_WORDS}(?>[^.;]{{0,80}}?"
            rf"\b(?:paid|pays|charged|charges|offered|offers|granted|grants|given|gives|sells|sold|"
            rf"available|extended|extends)\b)(?>[^.;]{{0,40}}?(?:{_ANY_BUYER}|\bto\s+any\b))"
            rf"|\bno\s+other\s+\w+\s+shall\s+(?:receive|be\s+(?:given|granted|offered))\b"
            rf"[^.;]{{0,60}}?\b(?:greater|better|lower|more\s+favou?rable)"
            rf"|\bbenefit\s+of\s+any\s+(?:\w+\s+)?more\s+favou?rable\s+(?:terms|prices?|rates?)"
            r"|\bMFN\s+(?:clause|pricing|provision|terms|status|treatment|protection|basis)\b"
            rf"|(?>{_MORE_THAN_OTHERS})(?>[^.;]{{0,120}}?{_ANY_BUYER})"
            rf"|{_MFN_BETTER_THEN}"
            rf"|{_MFN_FORMS})"
        ),
        unless=_re(
            r"\bfor\s+tax\s+purposes\b|\btax\s+treatment\b|\bpermitted\s+by\s+(?:applicable\s+)?law\b"
            r"|\bexchange\s+rates?\b|\bconver(?:t|ted|sion)\s+(?:\w+\s+){0,3}into\b"
            r"|\b(?:other|similarly\s+situated)\s+(?:senior\s+|key\s+|full[- ]time\s+)?(?:executives|"
            r"employees|officers|directors|participants|shareholders|stockholders)\b"
            r"|\b(?:other|competing)\s+(?:\w+\s+)?(?:products|brands|titles|product\s+lines)\b"
            r"|\b(?:other|competing)\s+(?:\w+\s+)?(?:software|goods|items)\b(?!\s+(?:resellers?|"
            r"distributors?|licensees?|customers?|vendors?|suppliers?|publishers?|developers?))"
            r"|\bsurviv\w*|\bobtainable\b"
            r"|\b(?:by|from)\s+(?:an?\s+|any\s+)?(?:other|another|third[- ]part\w*|alternative|competing)\s+"
            r"(?:\w+\s+)?(?:suppliers?|vendors?|sources?|manufacturers?|sellers?|providers?|competitors?)\b"
            r"|\b(?:obtain\w*|available)\s+(?:\w+\s+){0,3}(?:from|with)\s+(?:an?\s+|any\s+)?(?:unaffiliated|"
            r"unrelated|independent)\b|\barm['’]s[- ]length\b"
            r"|\b(?:receives?|received|obtains?|obtained|secures?)\s+(?:\w+\s+){0,6}?from\s+(?:an?\s+|any\s+)?"
            r"(?:other|another|third[- ]part\w*|alternative|competing)\s+(?:\w+\s+)?(?:suppliers?|vendors?|"
            r"sources?|manufacturers?|sellers?)\b"
        ),
        vetoed_by=_re(
            r"\bright\s+of\s+first\s+(?:refusal|negotiation|offer)"
            r"|\btax\s+(?:treat(?:y|ies)|conventions?)\b|\bdouble\s+tax\w*"
            r"|\bnothing\b[^.;]{0,60}?\b(?:prevent|restrict|limit|preclud|prohibit)\w*"
            r"|\b(?:ha(?:ve|s)|having)\s+no\s+(?:claim|right|entitlement)\s+to\b|\bnot\s+(?:be\s+)?entitled\s+to\b"
            r"|\bnothing\b[^.;]{0,40}?\b(?:oblig|requir)\w*\s+(?:\w+\s+){0,3}(?:to\s+)?(?:offer|extend|match|"
            r"grant|pass)"
        ),
    ),
    "liquidated_damages": Rule(
        says=_re(
            rf"\b(?:liquidated|stipulated|pre-?agreed|agreed)\s+(?:sum\s+(?:as\s+)?)?damages\b(?!\s+caps?\b)"
            r"|\bpre-?estimate\b|\b(?:estimate|forecast|approximation)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}"
            r"(?:loss|losses|damages?|harm|injury)\b"
            rf"|{_LD_NOT_A_PENALTY}{_SUM_AHEAD}"
            r"|\b(?:break(?:[- ]?up)?|kill|exit|cancell?ation)\s+(?:fee|charge|penalt(?:y|ies))"
            r"|\bpenalt(?:y|ies)\s+for\s+(?:(?:the|any|each|every)\s+)?(?:late|delay|non-?|failure|breach)"
            r"|\b(?:early\s+)?termination\s+(?:fee|penalty|penalties|charge)s?\b"
            r"|\b(?:an?|the)\s+(?:early\s+)?termination\s+payment\b"
            r"|\bearly\s+termination\s+(?:amount|sum)s?\b"
            r"|\b(?:late|delay(?:ed)?)[- ](?:(?:delivery|completion|performance|shipment|go-?live)[- ]"
            r"(?:penalt(?:y|ies)|damages|charges?|compensation|payments?|fees?)|penalt(?:y|ies)|damages)\b"
            r"|\bdelay\s+(?:compensation|charges?)\b"
            rf"|\bpenalt(?:y|ies)\s+(?:of|equal|in\s+the\s+amount|amounting)\b{_SUM_AHEAD}"
            rf"|\b(?:pay|paid|payable|owe|forfeit)\w*\b[^.;]{{0,60}}?\b(?:as\s+(?:a\s+)?|by\s+way\s+of\s+"
            r"(?:a\s+)?)(?:penalty|penalties|liquidated(?!\s+(?:debts?|sums?|demands?|amounts?|claims?))|"
            r"compensation\s+for\s+(?:the\s+)?delay)"
            r"|\b(?:for|per|in\s+respect\s+of)\s+(?:each|every)\s+(?:full\s+|complete\s+|whole\s+)?"
            r"(?:calendar\s+|business\s+|working\s+)?(?:day|week|month)\s+"
            r"(?:(?:or\s+part\s+(?:thereof|of\s+a\s+(?:day|week|month))\s+)?(?:of\s+)?(?:delay|late)"
            rf"|(?:by\s+which|that|in\s+which|during\s+which)\b[^.;]{{0,60}}?\b{_LD_LATE}\b)"
            rf"|{_LD_NUMBER_PENALTY}|\b(?:sums?|amounts?)\b[^.;]{{0,60}}?{_LD_NOT_A_PENALTY}"
            rf"|{_LD_ON_END_FEES_LEFT}"
        ),
        unless=_re(
            r"\b(?:prepare|provide|submit|deliver|furnish|give|obtain|make)\w*\s+(?:\w+\s+){0,2}"
            r"(?:written\s+|good[- ]faith\s+|reasonable\s+|initial\s+)?estimates?\s+of"
            r"|\b(?:regulatory|statutory|tax|civil|criminal|governmental|administrative)\s+"
            r"(?:fines?\s+(?:or|and)\s+)?penalt|\bfines?\s+(?:or|and)\s+penalt|\bpenalties\s+(?:or|and)\s+fines"
            r"|\bpenalty\s+of\s+perjury|\bwithout\s+(?:any\s+|the\s+)?(?:payment\s+of\s+(?:any|an?)\s+)?"
            r"(?:[\w-]+\s+){0,2}(?:penalty|penalties|fee|charge|payment)"
            r"|\bno\s+(?:early\s+)?termination\s+(?:fee|penalty|charge|payment)"
            rf"|{_LD_NOT_OWED}"
            r"|\bsurviv(?:e|es|al|ing)\b"
            r"|\bif\s+any\b"
        ),
        vetoed_by=_re(
            r"\b(?:in\s+no\s+event|not|never|neither|nor)\b[^.;]{0,60}?\bliable\b[^.;]{0,100}?"
            r"(?:liquidated|delay\s+damages|penalt)"
            r"|\b(?:extended|postponed|deferred)\s+by\s+(?:one|a|an|\d+|the\s+(?:same|length))\b"
            r"|\bday[- ]for[- ]day\b|\bextension\s+of\s+time\b"
        ),
    ),
    "ip_assignment": Rule(
        says=_re(
            # every way of saying it starts a word of two letters or more, or a list mark '(b)'
            r"(?:\b(?=\w\w)|(?=\())(?:"
            r"\b(?:hereby\s+)?(?:irrevocably\s+)?(?:assigns?|transfers?|conveys?)\b[^.;]{0,80}?"
            r"\b(?=[aohtrwpcdi])(?:all\s+)?(?:of\s+)?(?:its|his|her|their)?\s*(?:right,?\s+title|rights?\s+in|"
            r"ownership\s+(?:of|in)\s+(?:all\s+|the\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,3}"
            r"(?:intellectual|inventions?|works?|deliverables|results|data|software|copyrights?|"
            r"patents?|materials|improvements?|developments?|ip\b|dossiers?)|"
            r"intellectual\s+property|inventions?|copyrights?|patents?|work\s+product|deliverables)"
            rf"|\b(?:hereby|shall|will|agrees?\s+to|must|undertakes?\s+to)\s+(?:[\w-]+\s+){{0,3}}"
            rf"(?:assign|transfer|convey)s?\b[^.;]{{0,80}}?\b(?:rights?|title|interests?)\b"
            rf"[^.;]{{0,80}}?\b(?:in|to)\s+(?:and\s+to\s+)?{_IP_OBJECT}"
            rf"|{_IP_OBJECT}[^.;]{{0,60}}?\bto\s+be\s+(?:assigned|transferred)\b"
            rf"|\b(?:acquires?|acquired|obtains?|obtained|has|have|gains?)\b[^.;]{{0,40}}?\brights?\b"
            rf"[^.;]{{0,40}}?\b(?:in|to)\s+{_IP_OBJECT}[^.;]{{0,120}}?\b(?:shall|will|must|agrees?\s+to)\s+"
            r"(?:\w+\s+){0,3}(?:assign|transfer)"
            r"|\bworks?\s+made\s+for\s+hire\b|\bwork[- ]for[- ]hire\b"
            # what is made is owned by, vests in or is assigned to the other, and what is held is
            # owned by or assigned to the other: one scan for all
            rf"|{_IPA_MADE}[^.;]{{0,150}}?\b(?=(?:shall|will|must|is|are)\b)(?:{_IPA_MODAL}{_IPA_OWNED}"
            rf"|(?(ipa_new){_IPA_MODAL}{_IPA_VESTS}|(?!))|{_IPA_PASSIVE})"
            rf"|{_IPA_ASSIGN}|{_IPA_TITLE_PASSES}|{_IPA_PAPERS}|{_IPA_OWNER_OWNS}"
            r")"
        ),
        unless=_re(
            r"\bassign\w*\s+(?:this\s+agreement|its\s+rights\s+(?:or|and)\s+obligations)|"
            r"\b(?:not|no|neither|nor|nothing)\b[^.;]{0,60}\b(?:assign|transfer|convey)"
            r"|\bto\s+(?:any\s+(?:of\s+)?)?(?:its|their)\s+(?:own\s+)?(?:wholly[- ]owned\s+)?"
            r"(?:affiliates?|subsidiar\w*|parent)"
        ),
        vetoed_by=_re(
            r"\b(?:developed|created|made|produced|provided|supplied)\s+by\s+(?:the\s+)?((?!the\b|either\b|any\b)"
            r"[\w&]+)\b[^.;]{0,120}?\b(?:property\s+of|owned\s+(?:solely\s+|exclusively\s+)?by)\s+"
            r"(?:the\s+)?\1\b"
            r"|\b((?!the\b|any\b|all\b)[\w&]+)\s+inventions?\b[^.;]{0,60}?\bproperty\s+of\s+"
            r"(?:the\s+)?\2\b|\bnothing\b[^.;]{0,120}?\boperate\s+to\s+(?:assign|transfer|convey)"
            r"|\b(?:owned\s+(?:solely\s+|exclusively\s+)?by|property\s+of|vest(?:ed)?\s+(?:\w+ly\s+)?in|belong\s+"
            r"(?:\w+ly\s+)?to)\s+(?:(?:that|such|each|the\s+"
            r"respective|the\s+inventing|the\s+generating)\s+part(?:y|ies)\b|the\s+part(?:y|ies)\s+(?:(?:that|"
            r"which|who|whose)\s+(?:\w+\s+){0,2}(?:generat|creat|made|make|develop|conceiv|invent)\w*|"
            r"generating|creating|making|developing|conceiving|inventing)\b)"
            r"|\b(?:owned\s+(?:solely\s+|exclusively\s+)?by|property\s+of)\s+the\s+(?:applicable\s+|relevant\s+|"
            r"respective\s+)?part(?:y|ies)\s+(?:that\s+|which\s+|who\s+)?own(?:s|ing)\b"
            # goodwill from a licensee's use vests in the owner of the marks: a licence term
            r"|\b(?:goodwill|benefits?)\b[^.;]{0,80}?\b(?:vest|inure)\w*\s+(?:\w+ly\s+)?(?:in|to)\b"
            r"|\bvest\w*\s+(?:\w+ly\s+)?in\s+the\s+owner\b"
            # each party owns what its own people make
            r"|\b(?:each|either)\s+part(?:y|ies)\s+(?:shall|will)\s+(?:\w+ly\s+)?own\b|\bby\s+(?:its|their)\s+own\b"
        ),
    ),
    "uncapped_liability": UNCAPPED_LIABILITY,
    "post_termination_services": Rule(
        says=_re(
            # every way of saying it starts a word of two letters or more: tried only there
            r"\b(?=\w\w)(?:"
            rf"{_POST_AFTER_END}{_post_gap(_POST_AFTER_END, 28)}{_POST_CARRY_ON}"
            rf"|{_POST_CARRY_ON}{_post_gap(_POST_CARRY_ON, 21)}{_POST_AFTER_END}"
            rf"|\b(?:after|following|upon|on|when|once|if|where)\s+{_POST_END_VERB}"
            rf"{_post_gap(_POST_END_VERB, 28)}{_POST_SERVE}"
            rf"|{_POST_RUNS_AFTER_END}"
            rf"|\b(?:orders?|work|projects?|statements?\s+of\s+work|engagements?|shipments?)\b[^.;]{{0,60}}?"
            rf"{_POST_DONE}[^.;]{{0,40}}?{_POST_BEFORE_END}"
            rf"|{_POST_SETTLE}{_post_gap(_POST_SETTLE, 17)}{_POST_DONE}\s+(?:[\w-]+\s+){{0,3}}?{_POST_BEFORE_END}"
            rf"|\b(?:outstanding|unpaid|owing|owed|accrued)\b[^.;]{{0,40}}?\b(?:at|as\s+of|on|upon)\s+"
            rf"(?:the\s+)?(?:effective\s+)?(?:date\s+of\s+)?(?:such\s+|any\s+)?{_POST_ENDING}\b[^.;]{{0,80}}?"
            r"\b(?:due|payable)\b"
            r"|\b(?:not|no\s+\w+\s+shall(?:\s+be)?)\s+(?:\w+\s+){0,2}?(?:relieve|release|discharge|excuse)\w*\b"
            rf"[^.;]{{0,100}}?{_POST_DUTY_TO}"
            r"|\btransition(?:al)?\s+(?:services|assistance|period)\b|\b(?:wind[- ]down|sell[- ]off|"
            r"run[- ]off|phase[- ]out|disposal)\s+period\b"
            r"|\b(?:termination|exit)\s+assistance\b|\b(?:last|final)[- ]time[- ]buy\b|\bfinal\s+purchase\b)"
        ),
        unless=_re(
            r"\brelieved\s+of|\bno\s+(?:further\s+)?(?:obligation|liability)|\bnot\s+(?:be\s+)?(?:obligated|"
            r"obliged|required|liable|responsible)"
            r"|\b(?:not\s+have|(?:neither|no)\s+\w+\s+(?:shall|will)\s+have)\s+any\s+(?:further\s+)?(?:obligations?|"
            r"liabilit\w*)"
            r"|\b(?:rights?|remedies|liabilit\w*)\s+(?:\w+\s+){0,4}(?:accrued|incurred)\b|\baccrued\s+(?:rights|remedies)\b"
            r"|\bcontinue\s+(?:to\s+(?:bind|apply|have\s+(?:full\s+)?(?:force|effect)|be\s+(?:in\s+)?(?:full\s+)?"
            r"(?:force|effect|binding|enforceable))|in\s+(?:full\s+)?(?:force|effect))"
            r"|\b(?:void|invalid|of\s+no\s+(?:force|effect)|not\s+be\s+(?:accepted|binding|valid))\b"
            r"|\brenewal\s+(?:orders?|subscriptions?|terms?|periods?)\b"
            r"|\bnon-?refundable\b"
            r"|\bnot\s+(?:affect|prejudice|impair)\b|\bnotice\s+(?:\w+\s+){0,3}?(?:delivered|given|provided)\b"
        ),
        vetoed_by=_re(
            rf"{_POST_RESTRICTION_AFTER_END}"
            rf"|{_POST_TRANSITION_IN}"
            r"|\b(?=\w\w)(?:renew(?:s|ed|al)?\b[^.;]{0,80}?\b(?:successive|additional|further)"
            r"|expiration\s+of\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:business\s+)?days\s+after"
            r"|(?:shall|will|may)\s+not\s+be\s+(?:restricted|prohibited|prevented|limited|precluded)\b"
            r"|(?:free|at\s+liberty)\s+to\s+(?:appoint|engage|grant|license|deal|contract)\b)"
        ),
        heading=_re(
            r"\b(?:post[- ]termination|"
            r"(?:termination|exit|transition)\s+(?:assistance|management|services|plan)|exit|"
            r"wind[- ]?down|(?:obligations|duties)\s+(?:on|upon|after|following)\s+(?:termination|expir\w*))\b"
        ),
        in_heading=_re(
            r"(?:\b(?:shall|will|must|agrees?\s+to|undertakes?\s+to)\s+|^\W*\(\w{1,4}\)\s+)"
            r"(?:promptly\s+|immediately\s+|forthwith\s+|also\s+)?(?:continue\s+to|provide|pay|return|"
            r"deliver|co-?operate|transfer|assign|complete|fulfil\w*|supply|purchase|buy|sell|"
            r"make\s+available|support|assist)\b"
        ),
    ),
}
"""The rules, by key-term name."""
