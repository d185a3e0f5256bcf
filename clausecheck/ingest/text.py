"""Plain-text documents: decoded as UTF-8 with graceful fallbacks; form feeds split pages."""

from __future__ import annotations

import codecs

from clausecheck.errors import InputError
from clausecheck.ingest.budget import MAX_TEXT_BYTES_PER_CHAR, MAX_TEXT_CHARS, check_text_size
from clausecheck.numbering import (
    MARKDOWN_HEADING,
    is_caps_heading,
    is_page_number,
    join_lines,
    starts_a_term_field,
    starts_with_number,
)
from clausecheck.types import Block

FALLBACK_ENCODINGS = ("cp1252", "latin-1")


def decode_text(data: bytes, strict_tail: bool = True) -> str:
    """Decode bytes: BOM-marked UTF-8/16/32, then UTF-8, then Windows-1252 and Latin-1.

    With ``strict_tail=False`` a multi-byte character cut off at the end of a sample is tolerated.
    Raises UnicodeDecodeError for bytes that are marked or look like UTF-16/32 but do not decode.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="strict" if strict_tail else "ignore")
    if b"\x00" in data:
        # UTF-16 without a BOM: every other byte of ASCII text is NUL.
        zeros_even = data[0::2].count(0)
        zeros_odd = data[1::2].count(0)
        half = max(1, len(data) // 2)
        if zeros_odd / half > 0.3 and zeros_even / half < 0.05:
            return data.decode("utf-16-le", errors="strict" if strict_tail else "ignore")
        if zeros_even / half > 0.3 and zeros_odd / half < 0.05:
            return data.decode("utf-16-be", errors="strict" if strict_tail else "ignore")
        raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL bytes in text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not strict_tail and exc.start >= len(data) - 3:
            return data[: exc.start].decode("utf-8")
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnicodeDecodeError("latin-1", data, 0, 1, "undecodable")  # pragma: no cover


def read_text(data: bytes) -> tuple[int | None, list[Block], list[str]]:
    """Group decoded text into paragraphs; form feeds start new pages.

    A paragraph ends at a blank line, and a new one starts at a line that opens with a clause
    number or is a heading, so hard-wrapped text and one-line-per-clause text both work.
    """
    if len(data) > MAX_TEXT_CHARS * MAX_TEXT_BYTES_PER_CHAR:  # before decoding a byte of it
        raise InputError("E018", size=f"{len(data):,} bytes", limit=MAX_TEXT_CHARS)
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:  # e.g. UTF-16 with an odd number of bytes
        raise InputError("E003", detail=f"text that is not valid {exc.encoding.upper()}") from None
    check_text_size(len(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    # The lines of each block, joined once at the end: joining line by line would copy the
    # growing paragraph again for every line (a megabyte of lines without a blank one between
    # them took minutes).
    lines: list[list[str]] = []
    pages = text.split("\f")
    for page_number, page_text in enumerate(pages, start=1):
        open_block = False
        for raw in page_text.split("\n"):
            line = raw.strip()
            if not line or is_page_number(line):
                open_block = False
                continue
            heading = MARKDOWN_HEADING.match(line) is not None
            if heading:
                line = MARKDOWN_HEADING.sub("", line)
            starts_new = (
                not open_block
                or heading
                or blocks[-1].kind == "heading"
                or starts_with_number(line)
                or is_caps_heading(line, max_words=8)
                or starts_a_term_field(lines[-1][-1], line)
            )
            if starts_new:
                blocks.append(
                    Block(text="", page=page_number, kind="heading" if heading else "paragraph")
                )
                lines.append([line])
            else:
                parts = lines[-1]
                joined = join_lines(parts[-1], line)  # mends 'termi-' + 'nation' at the seam
                if joined.startswith(parts[-1] + " "):
                    parts.append(line)
                else:
                    parts[-1] = joined
            open_block = True
    for block, parts in zip(blocks, lines, strict=True):
        block.text = " ".join(parts)
    if len(pages) == 1:
        # Plain text has no pages unless form feeds mark them; say so rather than "page 1".
        for block in blocks:
            block.page = None
        return None, blocks, []
    return len(pages), blocks, []
