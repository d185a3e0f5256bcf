"""Fuzzing ingest and segmentation: only documented ClausecheckErrors may escape.

Inputs are structured mutations of real files rendered from the sample agreements (PDF with
and without compressed streams, DOCX at the level of its XML parts, text in several
encodings), not only random bytes: PDF tokens and numbers are swapped, XML tags dropped or
repeated, ranges deleted, duplicated and spliced. The reader runs in this process (the
isolation layer would turn any exception into a generic E008 and hide the bug), with an alarm
as hang guard.

``make test`` runs a quick, deterministic profile. ``make fuzz`` runs the long one:
``CLAUSECHECK_FUZZ_EXAMPLES=N`` examples per target, random seeds; SECURITY.md records a run.
Regression tests for what fuzzing found are at the end, named after what they found.
"""

from __future__ import annotations

import io
import os
import re
import signal
import zipfile
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from reportlab import rl_config

from clausecheck.errors import ClausecheckError, InputError
from clausecheck.escaping import (
    FORMULA_TRIGGERS,
    markdown_text,
    page_html_text,
    spreadsheet_text,
    terminal_text,
    xml_text,
)
from clausecheck.ingest import read_bytes
from clausecheck.samples import parse_sample, render_docx, render_pdf, sample_paths
from clausecheck.segment import MAX_CLAUSE_CHARS, segment
from clausecheck.types import Block, Document

QUICK_EXAMPLES = 30
"""Examples per target in ``make test``: a few seconds each, the same inputs every run."""
EXAMPLES = int(os.environ.get("CLAUSECHECK_FUZZ_EXAMPLES", "0")) or QUICK_EXAMPLES
LONG_RUN = EXAMPLES != QUICK_EXAMPLES
HANG_GUARD_S = 60
"""One small input must be read well within this; the isolation layer's limit is 120 s."""
SEED_LINES = 40
"""Seed documents hold the first lines of a sample agreement: 1-2 pages, read in ~0.1 s."""

fuzz_settings = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG_RUN,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)


class Hang(Exception):
    """An input that kept the reader busy past the hang guard."""


@contextmanager
def hang_guard(seconds: int = HANG_GUARD_S):
    def expire(signum, frame):
        raise Hang(f"still reading after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def read_and_segment(data: bytes, name: str = "fuzz") -> None:
    """The property: a document, or a documented error. Nothing else."""
    with hang_guard():
        try:
            document = read_bytes(data, name)
        except ClausecheckError:
            return
        clauses = segment(document)
    assert all(len(c.text) <= MAX_CLAUSE_CHARS for c in clauses)


# --- Seeds: real files from the project's sample agreements --------------------------------------


def _seed_lines(index: int):
    return parse_sample(sample_paths()[index].read_text())[:SEED_LINES]


@pytest.fixture(scope="session")
def seeds(tmp_path_factory) -> dict[str, list[bytes]]:
    out = tmp_path_factory.mktemp("fuzz-seeds")
    pdfs, docxs, texts = [], [], []
    for index in (0, 3):
        lines = _seed_lines(index)
        pdfs.append(render_pdf(lines, out / f"packed{index}.pdf").read_bytes())
        kept = rl_config.pageCompression
        rl_config.pageCompression = 0  # plain content streams: mutations reach the operators
        try:
            pdfs.append(render_pdf(lines, out / f"plain{index}.pdf").read_bytes())
        finally:
            rl_config.pageCompression = kept
        docxs.append(render_docx(lines, out / f"seed{index}.docx").read_bytes())
        texts.append("\n".join(line.text for line in lines))
    return {"pdf": pdfs, "docx": docxs, "text": texts}


# --- Mutations -------------------------------------------------------------------------------------

PDF_TOKENS = [
    b"obj", b"endobj", b"stream", b"endstream", b"/Length", b" R", b"<<", b">>", b"[", b"]",
    b"xref", b"trailer", b"startxref", b"%%EOF", b"/Type", b"/Page", b"/Pages", b"/Kids",
    b"/Count", b"/Parent", b"/Font", b"/Contents", b"/Resources", b"/Filter", b"/FlateDecode",
    b"/Rotate", b"/MediaBox", b"/Encrypt", b"/Root", b"/Size", b"BT", b"ET", b"Tj", b"TJ",
    b"Tf", b"Td", b"Tm", b"cm", b"q", b"Q", b"(", b")", b"\\", b"/Widths", b"/FirstChar",
    b"/Encoding", b"/ToUnicode", b"/Annots", b"null", b"true",
]  # fmt: skip
XML_TOKENS = [
    b"<w:p>", b"</w:p>", b"<w:r>", b"</w:r>", b"<w:t>", b"</w:t>", b"<w:tbl>", b"</w:tbl>",
    b"<w:tr>", b"</w:tr>", b"<w:tc>", b"</w:tc>", b"<w:numPr>", b"</w:numPr>", b"w:numId",
    b"w:ilvl", b'w:val="', b"<w:pStyle", b"<w:b/>", b"/>", b"<", b">", b"&amp;", b"&#0;",
    b"&#x10FFFF;", b'xmlns:w="', b"r:id=", b"Target=", b"ContentType=", b"<w:gridSpan",
    b"<w:vMerge", b"<w:hyperlink", b"<w:sectPr>",
]  # fmt: skip
NUMBERS = [b"0", b"-1", b"1", b"2147483648", b"9223372036854775808", b"99999999999", b"1e308",
           b"-0.0", b"3.4e38", b"NaN"]  # fmt: skip
OPERATIONS = ["flip", "truncate", "delete", "duplicate", "insert", "token", "number", "splice"]


@st.composite
def mutate(draw, data: bytes, tokens: list[bytes], donors: list[bytes]) -> bytes:
    """Apply one to four structure-aware mutations to ``data``."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        op = draw(st.sampled_from(OPERATIONS))
        pos = draw(st.integers(0, len(out) - 1))
        size = draw(st.integers(1, 512))
        if op == "flip":
            out[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "truncate":
            del out[pos:]
        elif op == "delete":
            del out[pos : pos + size]
        elif op == "duplicate":
            out[pos:pos] = out[pos : pos + size] * draw(st.integers(1, 8))
        elif op == "insert":
            out[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "token":
            _swap(draw, out, tokens, draw(st.sampled_from(tokens)))
        elif op == "number":
            _swap(draw, out, None, draw(st.sampled_from(NUMBERS)))
        else:  # splice: a piece of another real file of the same kind
            donor = draw(st.sampled_from(donors))
            start = draw(st.integers(0, max(0, len(donor) - 1)))
            out[pos : pos + size] = donor[start : start + size]
    return bytes(out)


def _swap(draw, out: bytearray, tokens: list[bytes] | None, replacement: bytes) -> None:
    """Replace one occurrence of a token (or of a number, when ``tokens`` is None)."""
    pattern = rb"-?\d+(?:\.\d+)?" if tokens is None else b"|".join(map(re.escape, tokens))
    matches = [m.span() for m in re.finditer(pattern, bytes(out))]
    if matches:
        start, end = draw(st.sampled_from(matches))
        out[start:end] = replacement


def rezip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@st.composite
def mutated_docx(draw, seeds: list[bytes]) -> bytes:
    """A DOCX changed inside an XML part (and re-zipped), in its zip bytes, or both."""
    seed = draw(st.sampled_from(seeds))
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    xml_parts = sorted(name for name in members if name.endswith((".xml", ".rels")))
    where = draw(st.sampled_from(["part", "zip", "both", "drop"]))
    if where == "drop":
        del members[draw(st.sampled_from(sorted(members)))]
    if where in ("part", "both"):
        part = draw(st.sampled_from(xml_parts))
        donors = [members[name] for name in xml_parts]
        members[part] = draw(mutate(members[part], XML_TOKENS, donors))
    data = rezip(members)
    if where in ("zip", "both"):
        data = draw(mutate(data, [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"], seeds))
    return data


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252",
             "latin-1"]  # fmt: skip


@st.composite
def text_bytes(draw, seeds: list[str]) -> bytes:
    """Contract text or arbitrary text, with odd characters, in one of several encodings."""
    base = draw(st.sampled_from(seeds))
    pieces = draw(
        st.lists(
            st.one_of(
                st.text(max_size=200),
                st.sampled_from(["\f", "\r", "\r\n", "\x00", "\ufeff", "\u2028", "# ", "1.1 "]),
                st.just(base[: draw(st.integers(0, len(base)))]),
            ),
            max_size=12,
        )
    )
    text = "".join(pieces) or base
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


# --- The targets ---------------------------------------------------------------------------------


@fuzz_settings
@given(data=st.data())
def test_fuzz_pdf(seeds, data):
    pdfs = seeds["pdf"]
    read_and_segment(data.draw(mutate(data.draw(st.sampled_from(pdfs)), PDF_TOKENS, pdfs)))


@fuzz_settings
@given(data=st.data())
def test_fuzz_docx(seeds, data):
    read_and_segment(data.draw(mutated_docx(seeds["docx"])))


@fuzz_settings
@given(data=st.data())
def test_fuzz_text(seeds, data):
    read_and_segment(data.draw(text_bytes(seeds["text"])))


@fuzz_settings
@given(raw=st.binary(max_size=4096))
def test_fuzz_random_bytes(raw):
    read_and_segment(raw)


CLAUSE_WORDS = ["1.", "1.1", "(a)", "Section 9.07", "ARTICLE IV", "GOVERNING LAW.", "Term.",
                "The", "Supplier", "shall", "pay", ";", ".", "“Fees”", "-", "–", "Schedule A",
                "  ", "\n"]  # fmt: skip


@fuzz_settings
@given(
    blocks=st.lists(
        st.builds(
            Block,
            text=st.one_of(
                st.lists(st.sampled_from(CLAUSE_WORDS), max_size=40).map(" ".join),
                st.text(max_size=300),
            ),
            page=st.one_of(st.none(), st.integers(1, 50)),
            kind=st.sampled_from(["heading", "paragraph", "table"]),
        ),
        max_size=40,
    )
)
def test_fuzz_segmentation(blocks):
    document = Document(name="fuzz", sha256="0" * 64, format="text", pages=None, blocks=blocks)
    with hang_guard():
        clauses = segment(document)
    assert all(len(c.text) <= MAX_CLAUSE_CHARS for c in clauses)
    assert len({c.id for c in clauses}) == len(clauses)


# --- Regression tests for what fuzzing found ---------------------------------------------------


CUT_UTF16 = "1. Term. This Agreement lasts two years.\n".encode("utf-16-le") + b"\x00"


@pytest.mark.parametrize("data", [b"\x00 \x00", b"\x00QK", CUT_UTF16])
def test_odd_length_utf16_text_is_refused_not_crashed(data):
    """Found by fuzzing: BOM-less UTF-16 with an odd number of bytes passed the sniffer (which
    tolerates a cut-off sample) and then raised UnicodeDecodeError in the full decode."""
    with pytest.raises(InputError) as info:
        read_bytes(data, "odd.txt")
    assert info.value.code == "E003" and "UTF-16" in str(info.value)


# --- Issue 17: escaping and the DTD guard --------------------------------------------------------

HOSTILE_ALPHABET = st.one_of(
    st.sampled_from(list("<>![](){}&#;:/\\`*_|$~=+-@.\n\r\t\x1b\x00\u2028\u202e")),
    st.sampled_from(["http://", "www.", "<script>", "<img src=x>", "&#47;", "![a](b)", "=1+1"]),
    st.characters(),
)
MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")


@fuzz_settings
@given(pieces=st.lists(HOSTILE_ALPHABET, max_size=60))
def test_fuzz_escaping(pieces):
    """Whatever a name or a clause holds, each format's escape keeps it text."""
    text = "".join(pieces)
    rendered = MARKDOWN.render(f"# {markdown_text(text)}\n\n| {markdown_text(text)} |\n|---|\n")
    tags = set(re.findall(r"</?([a-zA-Z][\w-]*)", rendered))
    assert tags <= {"h1", "table", "thead", "tr", "th"}, (text, rendered)
    page = page_html_text(text)
    assert "<" not in page and ">" not in page and "\n" not in page
    assert not re.search(r"[\x00-\x1f\x7f]", terminal_text(text))
    assert not spreadsheet_text(text).lstrip(" ").startswith(FORMULA_TRIGGERS)
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", xml_text(text))


DTD_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le"]


@fuzz_settings
@given(
    encoding=st.sampled_from(DTD_ENCODINGS),
    comment=st.integers(0, 100_000),
    main=st.sampled_from(["word/document.xml", "word/contract.bin", "x/y/z.xml", "main"]),
    part=st.sampled_from(["main", "rels", "content types"]),
    declaration=st.booleans(),
)
def test_fuzz_dtd_guard(encoding, comment, main, part, declaration):
    """A DOCTYPE in any part python-docx reads, however written, is never read past."""
    import hostile_files

    members = hostile_files.minimal_docx_members(main=main)
    name = {"main": main, "rels": "_rels/.rels", "content types": "[Content_Types].xml"}[part]
    text = members[name].decode()
    if not declaration:
        text = text.split("?>", 1)[1]
    marker = "?>" if declaration else ""
    filler = f"<!--{'c' * comment}-->" if comment else ""
    dtd = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    text = text.replace(marker, marker + filler + dtd, 1) if marker else filler + dtd + text
    label = encoding.removesuffix("-sig").removesuffix("-le").removesuffix("-be").upper()
    members[name] = text.replace('encoding="UTF-8"', f'encoding="{label}"').encode(encoding)
    with hang_guard():
        try:
            read_bytes(hostile_files.docx_of(members), "dtd.docx")
        except ClausecheckError as exc:
            assert exc.code in ("E015", "E006", "E003"), exc
            return
    raise AssertionError(f"a DTD in {name} ({encoding}) was read past")


def test_a_page_pdfium_cannot_load_is_left_to_the_reader():
    """Found by fuzzing: a page tree whose kid is not a page made pypdfium2's page count pass
    and its page loading raise PdfiumError out of the early checks."""
    import hostile_files

    data = hostile_files.pdf_from_objects(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", b"42"]
    )
    with pytest.raises(InputError) as info:
        read_bytes(data, "kid.pdf")
    assert info.value.code == "E004"
