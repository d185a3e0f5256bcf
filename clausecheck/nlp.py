"""The one spaCy pipeline: blank English, sentence boundaries, and rule-based entities.

Nothing is downloaded: the pipeline is built from ``spacy.blank("en")`` and patterns in this
module. Entities: MONEY, PERCENT, DURATION and JURISDICTION.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
    "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts "
    "Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon "
    "Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"
).split() + [
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "District of Columbia",
    "Puerto Rico",
]
CANADIAN_PROVINCES = [
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
]
AUSTRALIAN_STATES = [
    "New South Wales",
    "Victoria",
    "Queensland",
    "Western Australia",
    "South Australia",
    "Tasmania",
]
CANADA_AUSTRALIA = CANADIAN_PROVINCES + AUSTRALIAN_STATES
COUNTRIES = [
    "England and Wales",
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "Ireland",
    "United Kingdom",
    "United States",
    "United States of America",
    "Canada",
    "Australia",
    "New Zealand",
    "Germany",
    "France",
    "Switzerland",
    "Netherlands",
    "The Netherlands",
    "Belgium",
    "Luxembourg",
    "Spain",
    "Portugal",
    "Italy",
    "Austria",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Poland",
    "Czech Republic",
    "Singapore",
    "Hong Kong",
    "Hong Kong SAR",
    "Japan",
    "China",
    "People's Republic of China",
    "PRC",
    "Taiwan",
    "Korea",
    "Republic of Korea",
    "South Korea",
    "India",
    "Israel",
    "Brazil",
    "Mexico",
    "Argentina",
    "Chile",
    "South Africa",
    "Philippines",
    "Malaysia",
    "Thailand",
    "Indonesia",
    "Vietnam",
    "United Arab Emirates",
    "Dubai",
    "Cayman Islands",
    "Bermuda",
    "British Virgin Islands",
    "Cyprus",
    "Greece",
    "Turkey",
    "Russia",
    "Russian Federation",
    "Egypt",
    "Nigeria",
    "Kenya",
]
JURISDICTIONS: tuple[str, ...] = tuple(US_STATES + CANADA_AUSTRALIA + COUNTRIES)

DURATION_UNITS = [
    "day",
    "days",
    "business",
    "calendar",
    "working",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
]
_TIME_UNITS = [u for u in DURATION_UNITS if u not in ("business", "calendar", "working")]
CURRENCY_SYMBOLS = ["$", "£", "€", "US$", "USD", "GBP", "EUR", "CAD", "AUD", "C$", "A$", "¥", "INR"]
SCALE = ["thousand", "million", "billion"]
CURRENCY_WORDS = ["dollars", "dollar", "pounds", "pound", "euros", "euro", "usd", "gbp", "eur"]


def _patterns() -> list[dict]:
    number = {"LIKE_NUM": True}
    # 'five thousand', '$3 million', 'one hundred and twenty' spelt out in full
    amount = [
        {"LIKE_NUM": True},
        {"LIKE_NUM": True, "OP": "*"},
        {"LOWER": {"IN": SCALE}, "OP": "?"},
    ]
    paren_number = [
        {"TEXT": "(", "OP": "?"},
        {"LIKE_NUM": True, "OP": "?"},
        {"TEXT": ")", "OP": "?"},
    ]
    patterns: list[dict] = [
        {"label": "MONEY", "pattern": [{"TEXT": {"IN": CURRENCY_SYMBOLS}}, *amount]},
        {"label": "MONEY", "pattern": [*amount, {"LOWER": {"IN": CURRENCY_WORDS}}]},
        {"label": "MONEY", "pattern": [*amount, *paren_number, {"LOWER": {"IN": CURRENCY_WORDS}}]},
        {"label": "PERCENT", "pattern": [number, {"TEXT": "%"}]},
        {"label": "PERCENT", "pattern": [number, *paren_number, {"TEXT": "%"}]},
        {
            "label": "PERCENT",
            "pattern": [number, *paren_number, {"LOWER": {"IN": ["percent", "per cent"]}}],
        },
        {"label": "PERCENT", "pattern": [number, {"LOWER": "per"}, {"LOWER": "cent"}]},
        {
            "label": "DURATION",
            "pattern": [
                {"LIKE_NUM": True, "OP": "?"},
                {"TEXT": "-", "OP": "?"},
                number,
                *paren_number,
                {"LOWER": {"IN": ["business", "calendar", "working"]}, "OP": "?"},
                {"LOWER": {"IN": _TIME_UNITS}},
            ],
        },
    ]
    patterns += [{"label": "JURISDICTION", "pattern": name} for name in JURISDICTIONS]
    return patterns


def build_nlp() -> Language:
    """Build the pipeline from scratch (no downloads)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_patterns())
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built once per process."""
    return build_nlp()
