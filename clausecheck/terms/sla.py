"""Service levels: metrics with their targets, service credits, reporting."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc, Span

from clausecheck.terms.base import entities, parse
from clausecheck.terms.numbers import parse_number
from clausecheck.terms.periods import duration_value

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
_CREDIT_CAP = re.compile(
    r"service credits?[^.]{0,160}?(?:cap|exceed|maximum|limited to)", re.IGNORECASE
)
_SHARE_OF = re.compile(r"\s+of\s+(?:all\s+|the\s+)?$", re.IGNORECASE)
"""What joins a percentage to the metric it sets: '95% of emails responded to within 24 hours'."""
REPORTING = re.compile(
    r"\b(daily|weekly|monthly|quarterly|annual)\b[^.;]{0,40}\breport", re.IGNORECASE
)


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
        specific_names: list[tuple[int, int]] = []
        for name, pattern in SLA_METRICS.items():
            matches = list(re.finditer(pattern, sent, re.IGNORECASE))
            if matches:
                found.append((matches[0].start(), name))
            if name not in GENERIC_METRICS:
                specific_names += [(m.start(), m.end()) for m in matches]
        # 'Response Time' inside 'Email Response Time' is part of the specific metric's name
        found = [
            (position, name)
            for position, name in found
            if name not in GENERIC_METRICS
            or not any(start <= position < end for start, end in specific_names)
        ]
        if not found:
            continue
        found.sort()
        has_specific = any(n not in GENERIC_METRICS for _, n in found)
        numbers = [e for e in sentence.ents if e.label_ in ("PERCENT", "DURATION")]
        for index, (position, name) in enumerate(found):
            limit = found[index + 1][0] if index + 1 < len(found) else len(sent)
            start = sentence.start_char + position
            share = next(
                (
                    e
                    for e in numbers
                    if e.end_char <= start
                    and e.label_ == "PERCENT"
                    and _SHARE_OF.fullmatch(doc.text[e.end_char : start])
                ),
                None,
            )
            if share is not None:
                start = share.start_char  # the share stated before the metric's words
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


_CAP_WORD = re.compile(
    r"\b(?:cap(?:ped)?|exceed|maximum|limited\s+to|not\s+more\s+than|no\s+more\s+than|"
    r"in\s+(?:the\s+)?aggregate|up\s+to)\b",
    re.IGNORECASE,
)


_OF_FEES = re.compile(
    r"\s*(?:\(\s*[\d.]+\s*%?\s*\)\s*)?of\s+(?:the\s+)?(?:total\s+)?(?:monthly\s+|annual\s+)?"
    r"(?:fees?|charges?|invoice|amount)",
    re.IGNORECASE,
)


def credit_cap(docs: list[Doc]) -> str | None:
    """The cap on service credits: the percentage after 'exceed', 'capped at', 'maximum', not
    the credit per failure earlier in the sentence ('2% per failure, capped at 10%')."""
    for doc in docs:
        for sentence in doc.sents:
            if not _CREDIT_CAP.search(sentence.text):
                continue
            percents = [e for e in sentence.ents if e.label_ == "PERCENT"]
            words = [m.start() + sentence.start_char for m in _CAP_WORD.finditer(sentence.text)]
            capped = [p for p in percents if any(w <= p.start_char for w in words)]
            chosen = capped[0] if capped else (percents[-1] if percents else None)
            return chosen.text if chosen is not None else "capped"
    return None


def credit_per_failure(docs: list[Doc]) -> str | None:
    """The service credit for one failure: the first percentage in a service-credit sentence,
    before any cap word."""
    for doc in docs:
        for sentence in doc.sents:
            if not re.search(r"service credit", sentence.text, re.IGNORECASE):
                continue
            cap_at = _CAP_WORD.search(sentence.text)
            limit = sentence.start_char + (cap_at.start() if cap_at else len(sentence.text))
            for percent in (e for e in sentence.ents if e.label_ == "PERCENT"):
                after = doc.text[percent.end_char : percent.end_char + 40]
                before = doc.text[max(0, percent.start_char - 40) : percent.start_char]
                # 'a credit of 2% of the Monthly Fees', not the 80% target in the same row.
                if percent.start_char < limit and (
                    _OF_FEES.match(after)
                    or re.search(r"credit\w*\s+(?:of|equal\s+to)\s*$", before, re.I)
                ):
                    return percent.text
    return None
