"""Change of control: a change in who owns or controls a party has a consequence under the
contract (a right to terminate, consent needed, notice)."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

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

RULE = Rule(
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
)
