"""Numbers written in figures or words: '30', 'thirty', 'forty-five', '3 million'."""

from __future__ import annotations

import re

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
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
"""Ordinals in words up to thirty: a day of the month ('the first day of July'), an anniversary
('the fifteenth anniversary'); 'twenty-first' is read as tens plus a unit (``ORDINAL_WORD``)."""
ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[\s-])?(?:" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
)
"""An ordinal in words as a regex fragment: 'tenth', 'twenty-first', 'thirty first'."""
ORDINAL_SUFFIX = r"(?:s\s?t|n\s?d|r\s?d|t\s?h)"
"""An ordinal's letters after its figures, also split by a PDF's text layer ('1s t', '5t h')."""


def ordinal_value(text: str) -> int:
    """'twenty-first' -> 21, 'tenth' -> 10, 'thirtieth' -> 30."""
    words = re.split(r"[\s-]+", text.strip().lower())
    return sum(ORDINAL_WORDS.get(word) or NUMBER_WORDS.get(word, 0) for word in words)


SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
"""Multipliers after a number: 'five thousand', '$3 million', '1.5 billion'."""


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
