"""IP assignment: intellectual property one party makes or holds becomes the other's."""

from __future__ import annotations

from clausecheck.terms.rules import Rule
from clausecheck.terms.rules import rule_pattern as _re

_IP_OBJECT = (
    r"(?:the\s+|any\s+|such\s+|all\s+)?(?:(?<![\w-])[\w-]++\s+){0,3}(?:marks?|trademarks?|patents?|"
    r"copyrights?|inventions?|works?|improvements?|technology|software|domain\s+names?|know-how|"
    r"intellectual\s+property|applications?\s+for\s+registration|registrations?)\b"
)
"""Intellectual property that can be assigned: marks, patents, works, inventions, domain names.
Each word before it starts where a word starts and is taken whole, so a long run of word
characters ('1-1-1-...') is read once, not once from every point in it."""
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

RULE = Rule(
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
)
