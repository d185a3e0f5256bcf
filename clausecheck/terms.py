"""Key terms from clause text: jurisdictions, durations, amounts, SLA metrics.

Entities (MONEY, PERCENT, DURATION, JURISDICTION) come from the spaCy pipeline in ``nlp``;
the patterns here attach them to what they mean (a notice period, a payment term, a target).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Span

from clausecheck.nlp import CANADIAN_PROVINCES, get_nlp

NUMBER_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
"""A number in words as a regex fragment: 'seven', 'forty-five', 'ninety'."""
SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
"""Multipliers after a number: 'five thousand', '$3 million', '1.5 billion'."""
DAYS_PER_UNIT = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "year": 365,
    "years": 365,
}
SECONDS_PER_UNIT = {
    "second": 1,
    "seconds": 1,
    "minute": 60,
    "minutes": 60,
    "hour": 3600,
    "hours": 3600,
}
ADJECTIVE_JURISDICTIONS = {
    "english": "England and Wales",
    "scots": "Scotland",
    "scottish": "Scotland",
    "irish": "Ireland",
    "german": "Germany",
    "french": "France",
    "swiss": "Switzerland",
    "dutch": "Netherlands",
    "japanese": "Japan",
    "singapore": "Singapore",
    "israeli": "Israel",
    "indian": "India",
    "chinese": "China",
    "swedish": "Sweden",
    "italian": "Italy",
    "spanish": "Spain",
    "canadian": "Canada",
    "australian": "Australia",
    "belgian": "Belgium",
    "austrian": "Austria",
    "danish": "Denmark",
    "norwegian": "Norway",
    "finnish": "Finland",
    "korean": "Korea",
    "brazilian": "Brazil",
    "mexican": "Mexico",
}
CANONICAL_JURISDICTION = {
    "England": "England and Wales",
    "Wales": "England and Wales",
    "The Netherlands": "Netherlands",
    "United States of America": "United States",
    "People's Republic of China": "China",
    "PRC": "China",
    "Hong Kong SAR": "Hong Kong",
    "Republic of Korea": "Korea",
    "South Korea": "Korea",
    "Russian Federation": "Russia",
}
DATA_PROTECTION_REGIMES = {
    "GDPR": r"\bGDPR\b|General Data Protection Regulation",
    "UK GDPR": r"\bUK GDPR\b",
    "Data Protection Act 2018": r"Data Protection Act 2018",
    "PCI DSS": r"\bPCI[- ]?DSS\b|Payment Card Industry Data Security Standard",
    "CCPA": r"\bCCPA\b|California Consumer Privacy Act",
    "HIPAA": r"\bHIPAA\b",
    "GLBA": r"\bGLBA\b|Gramm[- ]Leach[- ]Bliley",
    "SOC 2": r"\bSOC ?2\b",
    "ISO 27001": r"ISO(?:/IEC)? ?27001",
}
CHANNELS = {
    "inbound calls": r"\binbound\b",
    "outbound calls": r"\boutbound\b",
    "email": r"\be-?mail\b",
    "chat": r"\b(?:web ?|live ?)?chat\b",
    "social media": r"\bsocial media\b",
    "sms": r"\bSMS\b|\btext messag",
    "back office": r"\bback[- ]office\b",
}
LANGUAGES = (
    "English",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Portuguese",
    "Dutch",
    "Mandarin",
    "Cantonese",
    "Japanese",
    "Korean",
    "Arabic",
    "Hindi",
    "Tagalog",
    "Polish",
    "Russian",
    "Welsh",
    "Turkish",
)
SLA_METRICS: dict[str, str] = {
    "average_speed_of_answer": r"average speed of answer|\bASA\b",
    "abandonment_rate": r"abandon(?:ment|ed)(?: call)?(?: rate)?",
    "first_contact_resolution": r"first[- ](?:contact|call) resolution|\bFCR\b",
    "average_handle_time": r"average handl(?:e|ing) time|\bAHT\b",
    "email_response_time": r"e-?mails?\b[^.;]{0,80}?(?:respon|answer|repl)",
    "chat_response_time": r"\bchats?\b[^.;]{0,80}?(?:respon|answer|repl)",
    "quality_score": r"quality (?:score|monitoring|assurance score|evaluation)",
    "customer_satisfaction": r"customer satisfaction|\bCSAT\b|net promoter|\bNPS\b",
    "availability": r"\bavailab(?:ility|le)\b|\buptime\b",
    "resolution_time": r"resol(?:ve|ution)\b[^.;]{0,60}?within|resolution (?:or workaround )?times?\b",
    "response_time": r"respon(?:d|se)\b[^.;]{0,60}?within|response times?\b",
    "on_time_delivery": r"on[- ]time deliver",
    "defect_rate": r"defect(?:ive)? rate|defects? (?:in|of) (?:more|less) than|\bppm\b|parts per million|epidemic failure",
    "service_level": r"\bservice level\b|\bcalls?\b[^.;]{0,60}?answered|\d+\s*%\s+of\s+(?:all\s+)?(?:inbound\s+|offered\s+)?(?:calls|contacts)\b[^.;]{0,40}?within",
}
PERCENT_METRICS = frozenset(
    {
        "abandonment_rate",
        "first_contact_resolution",
        "quality_score",
        "customer_satisfaction",
        "availability",
        "on_time_delivery",
        "service_level",
    }
)
"""Metrics whose target is a percentage ('80% within 20 seconds'); a bare duration near them is
part of the definition ('abandoned after five seconds in queue') or another obligation."""
_DEFINITION = re.compile(
    r"^\W*(?:the\s+)?[\w\s()\-]{0,60}?\b(?:means|shall mean|is defined|is measured|is calculated|"
    r"will be measured|shall be measured|shall be calculated)\b",
    re.IGNORECASE,
)
_PPM = re.compile(
    r"(?:\(\s*([\d,]+)\s*\)|(\d[\d,]*))\s*(?:parts per million|ppm)\b",
    re.IGNORECASE,
)
GENERIC_METRICS = ("service_level", "response_time", "resolution_time")
"""Names that give way to a specific metric named in the same sentence."""
BASIS_WORDS = {
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "call": "call",
    "calls": "call",
    "email": "email",
    "e-mail": "email",
    "contact": "contact",
    "fte": "FTE",
    "agent": "agent",
    "seat": "seat",
    "month": "month",
    "year": "year",
    "annum": "year",
    "transaction": "transaction",
    "unit": "unit",
    "user": "user",
    "day": "day",
    "interaction": "interaction",
    "chat": "chat",
    "page": "page",
}

_LAW_OF = re.compile(
    r"\blaws?\s+(?:in\s+force\s+in\s+|of\s+|prevailing\s+in\s+|applicable\s+in\s+|in\s+)"
    r"(?:the\s+)?(?:(?:Federal\s+|United\s+|Special\s+Administrative\s+)?(?:State|Commonwealth|Province|Republic|Kingdom|Canton|Emirate)\s+of\s+)?",
    re.IGNORECASE,
)
_ADJECTIVE_LAW = re.compile(
    r"\b(" + "|".join(ADJECTIVE_JURISDICTIONS) + r")\s+(?:substantive\s+)?law\b", re.IGNORECASE
)
_NOTICE_AFTER = re.compile(
    r"^\W*(?:'s|’s|s'|’)?\s*(?:(?:prior|advance|written|clear|calendar|business|working)\s+)*notice",
    re.IGNORECASE,
)
_NOTICE_BEFORE = re.compile(
    r"notice\s+(?:period\s+)?(?:of\s+)?(?:at\s+least\s+|not\s+less\s+than\s+)?$", re.IGNORECASE
)
_BEFORE_END = re.compile(
    r"^\s*(?:before|prior to|in advance of)\s+(?:the\s+)?(?:end|expir|expiration|commencement|renewal|then[- ]current|last day)",
    re.IGNORECASE,
)
_CURE_NEAR = re.compile(r"\b(?:cure|cured|uncured|remed(?:y|ied)|rectif)", re.IGNORECASE)
_PAYMENT_NEAR = re.compile(r"\b(?:pa(?:y|id|yable|yment)|invoice|remit|settle)", re.IGNORECASE)
_NET_TERMS = re.compile(r"\bnet\s*(\d{1,3})\b", re.IGNORECASE)
_IN_WRITING = re.compile(r"in writing|written|signed by", re.IGNORECASE)
_CONVENIENCE = re.compile(
    r"for convenience|without cause|for any (?:or no )?reason|at any time (?:and )?for any reason|"
    r"without (?:giving )?(?:any )?reason",
    re.IGNORECASE,
)
_EXIT = re.compile(
    r"exit (?:assistance|plan|management)|transition(?:al)? (?:services|assistance)|"
    r"termination assistance|orderly (?:transfer|transition)",
    re.IGNORECASE,
)
_RENEWAL = re.compile(r"renew", re.IGNORECASE)
_PRICE_CHANGE = re.compile(
    r"\bCPI\b|consumer price index|retail price index|\bRPI\b|index(?:ation|ed)|price (?:increase|adjust)|"
    r"increase (?:the )?(?:fees|rates|prices|charges)|adjust (?:the )?(?:fees|rates|prices|charges)",
    re.IGNORECASE,
)
_CREDIT_CAP = re.compile(
    r"service credits?[^.]{0,160}?(?:cap|exceed|maximum|limited to)", re.IGNORECASE
)
_REPORTING = re.compile(
    r"\b(daily|weekly|monthly|quarterly|annual)\b[^.;]{0,40}\breport", re.IGNORECASE
)
_BREACH_NOTICE = re.compile(r"(?:breach|incident|unauthori[sz]ed)", re.IGNORECASE)
_SURVIVAL = re.compile(
    r"surviv|afterwards?|thereafter|continue|for a period of|(?:after|following|beyond) (?:the |its |any |such )?(?:termination|expiry|expiration|end)|from (?:the )?date of (?:disclosure|receipt)|perpetu|indefinite",
    re.IGNORECASE,
)
_HOURS = re.compile(
    r"24\s*(?:/|x)\s*7|24 hours a day|(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)\s*"
    r"(?:to|until|-|–)\s*(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)",
    re.IGNORECASE,
)


def parse_number(text: str) -> float | None:
    """'30' -> 30, 'thirty' -> 30, 'twenty-four' -> 24, '1,000' -> 1000, 'five thousand' ->
    5000, '3 million' -> 3000000; None if not a number."""
    cleaned = text.strip().lower().replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = 0.0
    current = 0.0
    for part in re.split(r"[-\s]+", cleaned):
        if part in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[part]
            current = 0.0
            continue
        try:
            current += float(part)
            continue
        except ValueError:
            pass
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        current = current * value if value == 100 and current else current + value
    return total + current


def duration_value(span: Span) -> tuple[float, str] | None:
    """(number, unit) of a DURATION entity: 'thirty (30) days' -> (30, 'days')."""
    numbers = [parse_number(t.text) for t in span if t.like_num]
    numbers = [n for n in numbers if n is not None]
    if not numbers:
        return None
    unit = span[-1].lower_
    return numbers[-1], unit


def duration_days(span: Span) -> int | None:
    """A DURATION entity in days (months count 30, years 365); None for hours and less."""
    value = duration_value(span)
    if value is None or value[1] not in DAYS_PER_UNIT:
        return None
    return int(round(value[0] * DAYS_PER_UNIT[value[1]]))


def parse(text: str) -> Doc:
    """The clause text through the shared spaCy pipeline."""
    return get_nlp()(text)


def entities(doc: Doc, label: str) -> list[Span]:
    return [e for e in doc.ents if e.label_ == label]


_CHOICE = re.compile(
    r"govern|constru|interpret|enforc|subject to|in accordance with|apply|applicable|pursuant to|under the|accordance",
    re.IGNORECASE,
)
_NOT_A_CHOICE = re.compile(
    r"\b(?:organi[sz]ed|incorporated|existing|formed|chartered|registered|comply|compliance|"
    r"licensed|qualified|in good standing|violat|duly)",
    re.IGNORECASE,
)
FEDERAL_OF = {"Canada": set(CANADIAN_PROVINCES)}
"""A country whose federal law sits beside a province's in one choice ('Ontario and the federal laws of Canada')."""


_SAME_PLACE = re.compile(
    r"\blaws?\s+of\s+(?:that|such|said|the\s+same)\s+(?:State|Commonwealth|Province|country|"
    r"jurisdiction)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"and", "of", "the", "in", "to", "by", "for", "a", "an", "or", "on", "at"})
UPPERCASE_SHARE = 0.6
"""Text with more than this share of capital letters is read in title case ('LAWS OF THE STATE
OF MINNESOTA'), since place names are matched as written."""


def title_case_shouting(text: str) -> str:
    """'THE LAWS OF THE STATE OF NEW YORK' -> 'the Laws of the State of New York'; other text as is."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) / len(letters) <= UPPERCASE_SHARE:
        return text
    return re.sub(
        r"[A-Za-z]+",
        lambda m: (
            m.group(0).lower() if m.group(0).lower() in _SMALL_WORDS else m.group(0).capitalize()
        ),
        text,
    )


def jurisdictions(text: str, doc: Doc | None = None) -> list[str]:
    """Jurisdictions whose law the text chooses ('the laws of the State of New York')."""
    readable = title_case_shouting(text)
    if readable is not text:
        text, doc = readable, None
    doc = doc if doc is not None else parse(text)
    found: list[str] = []
    places = entities(doc, "JURISDICTION")
    for match in _LAW_OF.finditer(text):
        before = text[max(0, match.start() - 160) : match.start()]
        clause_start = max(before.rfind(". "), before.rfind("; "))
        lead_in = before[clause_start + 1 :]
        if _NOT_A_CHOICE.search(lead_in) or not _CHOICE.search(
            lead_in + text[match.end() : match.end() + 120]
        ):
            continue
        for place in places:
            if place.start_char == match.end():
                found.append(_canonical(place.text))
                break
    for match in _SAME_PLACE.finditer(text):
        # 'entered into in the State of New Jersey and construed under the laws of that State'
        earlier = [p for p in places if p.end_char <= match.start()]
        if earlier and _CHOICE.search(text[max(0, match.start() - 160) : match.end() + 60]):
            found.append(_canonical(earlier[-1].text))
    for match in _ADJECTIVE_LAW.finditer(text):
        found.append(ADJECTIVE_JURISDICTIONS[match.group(1).lower()])
    # 'the laws of the United States and of the State of Texas': the state is the real choice.
    if len(set(found)) > 1 and "United States" in found:
        found = [f for f in found if f != "United States"] + ["United States"]
    if not found and re.search(r"\bgovern|construed|governing law", text, re.IGNORECASE):
        # "This Agreement is governed by New York law" and similar.
        for place in places:
            following = text[place.end_char : place.end_char + 12].lower()
            if following.lstrip().startswith("law"):
                found.append(_canonical(place.text))
    return _unique(found)


_GOVERNING_VERB = re.compile(
    r"\b(?:governed|construed|interpreted|enforced)\b[^.;]{0,120}?\blaws?\b"
    r"|\blaws?\b[^.;]{0,120}?\b(?:shall|will)\s+govern\b",
    re.IGNORECASE,
)


def states_choice_of_law(text: str) -> bool:
    """Whether the text chooses a named law to govern ('governed by the laws of Delaware')."""
    return bool(_GOVERNING_VERB.search(text)) and bool(jurisdictions(text))


def _canonical(name: str) -> str:
    return CANONICAL_JURISDICTION.get(name, name)


def courts(text: str, doc: Doc | None = None) -> list[str]:
    """Places named as the seat of courts or arbitration."""
    doc = doc if doc is not None else parse(text)
    found = []
    for place in entities(doc, "JURISDICTION"):
        before = text[max(0, place.start_char - 120) : place.start_char].lower()
        if re.search(r"courts?|venue|forum|tribunal|arbitrat|seat", before) and not re.search(
            r"laws?\s+(?:of\s+)?(?:the\s+)?(?:state\s+of\s+)?$", before
        ):
            found.append(_canonical(place.text))
    return _unique(found)


def _unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def notice_days(text: str, doc: Doc | None = None) -> list[int]:
    """Notice periods in days: '90 days' prior written notice', 'on not less than thirty (30) days notice'."""
    doc = doc if doc is not None else parse(text)
    days = []
    for span in entities(doc, "DURATION"):
        after = text[span.end_char : span.end_char + 60]
        before = text[max(0, span.start_char - 40) : span.start_char]
        before_end = _BEFORE_END.match(after) and re.search(
            r"notice", text[max(0, span.start_char - 80) : span.start_char], re.IGNORECASE
        )
        if _NOTICE_AFTER.match(after) or _NOTICE_BEFORE.search(before) or before_end:
            value = duration_days(span)
            if value:
                days.append(value)
    return _unique(days)


def cure_days(text: str, doc: Doc | None = None) -> list[int]:
    """Cure periods in days: 'fails to cure within thirty (30) days'."""
    doc = doc if doc is not None else parse(text)
    days = []
    for span in entities(doc, "DURATION"):
        window = text[max(0, span.start_char - 100) : span.end_char + 60]
        if _CURE_NEAR.search(window) and not _NOTICE_AFTER.match(
            text[span.end_char : span.end_char + 60]
        ):
            value = duration_days(span)
            if value:
                days.append(value)
    return _unique(days)


def payment_days(text: str, doc: Doc | None = None) -> list[int]:
    """Payment terms in days: 'within thirty (30) days of receipt of invoice', 'net 45'."""
    doc = doc if doc is not None else parse(text)
    days = [int(m.group(1)) for m in _NET_TERMS.finditer(text)]
    for span in entities(doc, "DURATION"):
        before = text[max(0, span.start_char - 90) : span.start_char]
        after = text[span.end_char : span.end_char + 60]
        if (
            (
                _PAYMENT_NEAR.search(before)
                and re.search(
                    r"within\s+$|no later than\s+$|not later than\s+$", before, re.IGNORECASE
                )
            )
            or re.match(
                r"\s*(?:after|of|from|following)\s+(?:the\s+)?(?:receipt|date of|invoice)",
                after,
                re.IGNORECASE,
            )
            and _PAYMENT_NEAR.search(before + after)
        ):
            value = duration_days(span)
            if value:
                days.append(value)
    return _unique(days)


_RATE_BASIS = re.compile(r"\s*(?:\(\s*[^)]*\)\s*)?(?:per|an?|each|/)\s*((?:[a-z-]+\s*){1,4})")


def rate_basis(after: str) -> str | None:
    """The unit a rate is charged by, from the words after the amount ('per productive agent hour')."""
    match = _RATE_BASIS.match(after.lower())
    if not match:
        return None
    words = match.group(1).split()
    # 'agent' qualifies the unit in 'per agent hour' but is the unit in 'per agent per month'.
    specific = [BASIS_WORDS[w] for w in words if w in BASIS_WORDS and w != "agent"]
    return (
        specific[0] if specific else next((BASIS_WORDS[w] for w in words if w in BASIS_WORDS), None)
    )


def amounts(text: str, doc: Doc | None = None) -> list[dict[str, Any]]:
    """Money amounts with their basis: {'amount': 28.5, 'currency': '$', 'basis': 'hour'}."""
    doc = doc if doc is not None else parse(text)
    found = []
    for span in entities(doc, "MONEY"):
        # The amount is the number before any parenthesised repeat: 'forty thousand (40,000)'.
        head = []
        for token in span:
            if token.text == "(":
                break
            if token.like_num or token.lower_ in SCALE_WORDS:
                head.append(token.text)
        number = parse_number(" ".join(head)) if head else None
        currency = next((t.text for t in span if not t.like_num), "")
        after = text[span.end_char : span.end_char + 40].lower()
        basis = rate_basis(after)
        found.append({"amount": number, "currency": currency, "basis": basis, "text": span.text})
    return found


def percents(doc: Doc) -> list[Span]:
    return entities(doc, "PERCENT")


def sla_metrics(text: str, doc: Doc | None = None) -> list[dict[str, Any]]:
    """SLA metrics with targets: {'name', 'target', 'unit', 'period', 'text'}.

    Each metric named in a sentence takes the first percentage or duration after its name (a
    service level of '80% within 20 seconds' also records 'within').
    """
    doc = doc if doc is not None else parse(text)
    metrics: list[dict[str, Any]] = []
    for sentence in doc.sents:
        sent = sentence.text
        if _DEFINITION.match(sent):
            continue  # 'Abandonment Rate means ...' defines the metric; it sets no target
        found = []
        for name, pattern in SLA_METRICS.items():
            match = re.search(pattern, sent, re.IGNORECASE)
            if match:
                found.append((match.start(), name))
        if not found:
            continue
        found.sort()
        has_specific = any(n not in GENERIC_METRICS for _, n in found)
        numbers = [e for e in sentence.ents if e.label_ in ("PERCENT", "DURATION")]
        for index, (position, name) in enumerate(found):
            limit = found[index + 1][0] if index + 1 < len(found) else len(sent)
            start = sentence.start_char + position
            end = sentence.start_char + limit
            mine = [e for e in numbers if start <= e.start_char < end]
            if not mine and name in GENERIC_METRICS and has_specific:
                continue  # 'service level' naming the specific metrics that follow
            mine = mine or [e for e in numbers if e.start_char >= start]
            if name in PERCENT_METRICS:
                first_percent = next((i for i, e in enumerate(mine) if e.label_ == "PERCENT"), None)
                mine = mine[first_percent:] if first_percent is not None else []
            metric: dict[str, Any] = {"name": name, "target": None, "unit": None}
            if mine:
                first = mine[0]
                if first.label_ == "PERCENT":
                    metric["target"], metric["unit"] = _number_in(first), "%"
                    within = next((e for e in mine[1:] if e.label_ == "DURATION"), None)
                    if within is not None and (value := duration_value(within)):
                        metric["within"] = f"{value[0]:g} {value[1]}"
                elif value := duration_value(first):
                    metric["target"], metric["unit"] = value[0], value[1]
            ppm = _PPM.search(sent)
            if name == "defect_rate" and ppm:
                metric["target"], metric["unit"] = parse_number(ppm.group(1) or ppm.group(2)), "ppm"
            metric["period"] = _period(sent)
            metric["text"] = sent.strip()
            metrics.append(metric)
    return metrics


def _number_in(span: Span) -> float | None:
    return next((parse_number(t.text) for t in span if t.like_num), None)


def _period(sentence: str) -> str | None:
    match = re.search(
        r"\b(daily|weekly|monthly|quarterly|annual(?:ly)?|per (?:day|week|month|quarter|year)|each (?:day|week|month|calendar month|quarter))\b",
        sentence,
        re.IGNORECASE,
    )
    return match.group(1).lower() if match else None


def has_measurable_target(metrics: list[dict[str, Any]]) -> bool:
    return any(m["target"] is not None for m in metrics)


def extract_terms(category: str, texts: list[str]) -> dict[str, Any]:
    """The key terms for one category, gathered over its evidence clauses."""
    joined = " ".join(texts)
    docs = [parse(t) for t in texts]
    terms: dict[str, Any] = {}
    if category == "governing_law":
        terms["jurisdiction"] = _unique(
            j for t, d in zip(texts, docs, strict=True) for j in jurisdictions(t, d)
        )
        terms["courts"] = _unique(c for t, d in zip(texts, docs, strict=True) for c in courts(t, d))
    elif category == "termination":
        terms["notice_days"] = _unique(
            n for t in texts for sentence in _ending_sentences(t) for n in notice_days(sentence)
        )
        terms["cure_days"] = _unique(
            n for t, d in zip(texts, docs, strict=True) for n in cure_days(t, d)
        )
        terms["initial_term"] = _initial_term(texts, docs)
        terms["renewal"] = bool(_RENEWAL.search(joined))
        terms["termination_for_convenience"] = bool(_CONVENIENCE.search(joined))
        terms["exit_assistance"] = bool(_EXIT.search(joined))
    elif category == "pricing":
        terms["amounts"] = [a for t, d in zip(texts, docs, strict=True) for a in amounts(t, d)]
        terms["payment_days"] = _unique(
            n for t, d in zip(texts, docs, strict=True) for n in payment_days(t, d)
        )
        terms["late_interest"] = _late_interest(docs)
        terms["price_change"] = bool(_PRICE_CHANGE.search(joined))
    elif category == "sla":
        terms["metrics"] = [m for t, d in zip(texts, docs, strict=True) for m in sla_metrics(t, d)]
        terms["service_credits"] = bool(re.search(r"service credit", joined, re.IGNORECASE))
        terms["service_credit_cap"] = _credit_cap(docs)
        reporting = _REPORTING.search(joined)
        terms["reporting"] = reporting.group(1).lower() if reporting else None
    elif category == "confidentiality":
        terms["survival"] = _survival(texts, docs)
        terms["data_protection"] = [
            name for name, pattern in DATA_PROTECTION_REGIMES.items() if re.search(pattern, joined)
        ]
        terms["breach_notification"] = _breach_notification(texts, docs)
    elif category == "waiver":
        terms["written_form_required"] = bool(
            re.search(r"waiv", joined, re.IGNORECASE) and _IN_WRITING.search(joined)
        )
    elif category == "scope":
        terms["channels"] = [
            name for name, pattern in CHANNELS.items() if re.search(pattern, joined, re.IGNORECASE)
        ]
        terms["service_hours"] = _unique(m.group(0) for m in _HOURS.finditer(joined))
        terms["languages"] = [lang for lang in LANGUAGES if re.search(rf"\b{lang}\b", joined)]
        terms["locations"] = _unique(e.text for d in docs for e in entities(d, "JURISDICTION"))
    return terms


_ENDING = re.compile(
    r"terminat|cancel|non-?renew|not (?:to )?(?:be )?renew|prevent (?:the )?(?:automatic )?renewal|expir|"
    r"end (?:this|the) (?:agreement|contract)|withdraw",
    re.IGNORECASE,
)


def _ending_sentences(text: str) -> list[str]:
    """Sentences about ending the agreement: where a termination notice period lives."""
    return [s for s in re.split(r"(?<=[.;])\s+", text) if _ENDING.search(s)]


def _initial_term(texts: list[str], docs: list[Doc]) -> str | None:
    for text, doc in zip(texts, docs, strict=True):
        for span in entities(doc, "DURATION"):
            before = text[max(0, span.start_char - 120) : span.start_char].lower()
            if (
                re.search(
                    r"(initial|first)?\s*term\b|period of\s*$|continue (?:in (?:full )?force )?for",
                    before,
                )
                and (duration_days(span) or 0) >= 180
            ):
                return span.text
    return None


def _late_interest(docs: list[Doc]) -> str | None:
    for doc in docs:
        for sentence in doc.sents:
            if re.search(r"interest", sentence.text, re.IGNORECASE):
                percent = next((e for e in sentence.ents if e.label_ == "PERCENT"), None)
                if percent is not None:
                    return percent.text
                if re.search(
                    r"statutory interest|Late Payment of Commercial Debts|prime rate|base rate|LIBOR|SOFR",
                    sentence.text,
                    re.IGNORECASE,
                ):
                    return "statutory or reference rate"
    return None


def _credit_cap(docs: list[Doc]) -> str | None:
    for doc in docs:
        for sentence in doc.sents:
            if _CREDIT_CAP.search(sentence.text):
                percent = next((e for e in sentence.ents if e.label_ == "PERCENT"), None)
                return percent.text if percent is not None else "capped"
    return None


_LIABILITY_CAP = re.compile(
    r"liabilit[^.;]{0,200}?(?:shall not exceed|not exceed|exceed|limited to|capped at|cap of|"
    r"maximum|in (?:the )?aggregate)",
    re.IGNORECASE,
)
_FEES_CAP = re.compile(
    r"(?:amounts?|fees|charges|sums)\s+(?:actually\s+)?(?:paid|payable)[^.;]{0,80}?"
    r"(?:in|during)\s+the\s+(?:[a-z-]+\s+)?(?:\(\d+\)\s+)?months?",
    re.IGNORECASE,
)


def liability_cap(texts: list[str]) -> str | None:
    """The cap on a party's liability, as written: an amount, or fees paid over a period."""
    for text in texts:
        for sentence in parse(text).sents:
            if not _LIABILITY_CAP.search(sentence.text):
                continue
            money = next((e for e in sentence.ents if e.label_ == "MONEY"), None)
            if money is not None:
                return money.text
            fees = _FEES_CAP.search(sentence.text)
            if fees:
                return fees.group(0)
    return None


def _survival(texts: list[str], docs: list[Doc]) -> str | None:
    for text, doc in zip(texts, docs, strict=True):
        for span in entities(doc, "DURATION"):
            window = text[max(0, span.start_char - 80) : span.end_char + 80]
            if _SURVIVAL.search(window) and (duration_days(span) or 0) >= 180:
                return span.text
        if re.search(
            r"in perpetuity|perpetual|indefinitely|for so long as .{0,60}remains? confidential",
            text,
            re.IGNORECASE,
        ):
            return "indefinite"
    return None


def _breach_notification(texts: list[str], docs: list[Doc]) -> str | None:
    for doc in docs:
        for sentence in doc.sents:
            if _BREACH_NOTICE.search(sentence.text) and re.search(
                r"notif|inform|notice", sentence.text, re.IGNORECASE
            ):
                duration = next((e for e in sentence.ents if e.label_ == "DURATION"), None)
                if duration is not None:
                    return duration.text
    return None
