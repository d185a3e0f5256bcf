"""Generated sections in Markdown files (model card, docs), kept between HTML comment markers."""

from __future__ import annotations


def replace_marked(text: str, start: str, end: str, section: str) -> str:
    """Replace ``start``…``end`` (markers included) with ``section``, or append it if absent."""
    if start in text and end in text:
        return text[: text.index(start)] + section + text[text.index(end) + len(end) :]
    return text.rstrip() + "\n\n" + section + "\n"
