"""Hostile files an attacker would send, generated from code in a second or less each.

The attacks of issue 17 (``tests/test_hostile.py`` refuses each one; ``benchmarks/hostile.py``
measures the time and memory each costs). Big payloads are built with the trick
``deflate_periodic`` describes, so a test never compresses hundreds of megabytes itself.
"""

from __future__ import annotations

import random
import struct
import zlib

MIB = 1 << 20
CLAUSES = [
    "1. Governing Law. This Agreement is governed by the laws of the State of Ohio.",
    "2. Term. The term of this Agreement is two years from the Effective Date.",
    "3. Waiver. No waiver of any right is effective unless it is made in writing.",
    "4. Fees. The Customer shall pay each invoice within thirty days of receipt.",
]
WORDS = (
    "the supplier shall provide services customer agreement term notice days invoice pay "
    "within party parties written consent confidential information breach remedy cure period "
    "terminate renewal law state courts waiver right delay failure exercise fees charges rate "
    "hour minute agent calls answer level target credit report month quarter year data records"
).split()


def deflate_periodic(head: bytes, chunk: bytes, count: int, tail: bytes, raw: bool) -> bytes:
    """``head + chunk * count + tail`` deflated without compressing ``chunk`` ``count`` times.

    After a sync flush, deflate blocks are byte-aligned. A chunk of at least 32 KiB (the
    window) compressed after a copy of itself refers back only to bytes that are equal in
    every later copy, so its compressed form can be repeated. ``raw`` leaves out the zlib
    header and Adler-32 (zip members); otherwise the checksum is computed over the whole.
    """
    assert len(chunk) >= 32 * 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15 if raw else 15)
    first = compressor.compress(head + chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    repeat = compressor.compress(chunk) + compressor.flush(zlib.Z_SYNC_FLUSH)
    end = compressor.compress(tail) + compressor.flush()
    body = first + repeat * (count - 1)
    if raw:
        return body + end
    adler = zlib.adler32(head)
    for _ in range(count):
        adler = zlib.adler32(chunk, adler)
    adler = zlib.adler32(tail, adler)
    return body + end[:-4] + struct.pack(">I", adler)


def crc32_periodic(head: bytes, chunk: bytes, count: int, tail: bytes) -> int:
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    return zlib.crc32(tail, crc)


def prose(size: int, seed: int = 17) -> str:
    """About ``size`` characters of numbered contract-like sentences from a small vocabulary."""
    rng = random.Random(seed)
    out, length, number = [], 0, 1
    while length < size:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30)))
        sentence = f"{number}. {words.capitalize()}.\n\n"
        out.append(sentence)
        length += len(sentence)
        number += 1
    return "".join(out)[:size]


# --- PDF -------------------------------------------------------------------------------------


def pdf_from_objects(objects: list[bytes]) -> bytes:
    """A PDF whose object N is ``objects[N - 1]``, object 1 the catalog, with a correct xref."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(content), extra, content)


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def pages_pdf(pages: int, content: bytes, flate: bool = False) -> bytes:
    """``pages`` pages sharing one content stream (deflated when ``flate``), Helvetica as /F1."""
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    )
    stream = (
        pdf_stream(zlib.compress(content, 9), b"/Filter /FlateDecode")
        if flate
        else pdf_stream(content)
    )
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
            HELVETICA,
            stream,
        ]
        + [page] * pages
    )


TEXT_LINE = b"BT /F1 9 Tf 72 700 Td (The Supplier shall answer calls.) Tj ET"
"""One line of page text, padded below to 64 bytes so that it divides a MiB."""


def inflating_pdf(mib: int = 240) -> bytes:
    """One page whose content stream, a few hundred KB deflated, inflates to ``mib`` MiB of
    text-drawing operators: every line is valid, so a reader only stops when it is done."""
    line = TEXT_LINE.ljust(63) + b"\n"
    assert len(line) == 64
    chunk = line * (MIB // 64)
    stream = deflate_periodic(b"", chunk, mib, b"", raw=False)
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            HELVETICA,
            pdf_stream(stream, b"/Filter /FlateDecode"),
        ]
    )


def dense_pages_pdf(pages: int = 150, lines: int = 400, chars: int = 110) -> bytes:
    """A small file of ``pages`` pages, each set with ``lines`` lines of ``chars`` characters
    in a tiny font: one shared, deflated content stream, so the file stays a few KB."""
    text = prose(lines * chars, seed=3).replace("\n", " ")
    body = [b"BT /F1 2 Tf 2.2 TL 20 780 Td"]
    for i in range(lines):
        piece = text[i * chars : (i + 1) * chars].replace("(", "").replace(")", "")
        body.append(b"(%s) Tj T*" % piece.encode("latin-1"))
    body.append(b"ET")
    return pages_pdf(pages, b"\n".join(body), flate=True)


# --- Text ------------------------------------------------------------------------------------


def big_text(mib: int = 45) -> bytes:
    """``mib`` MiB of numbered clauses, under the page's 50 MB upload limit at 45."""
    block = prose(MIB, seed=5).encode()
    return block * mib


# --- DOCX ------------------------------------------------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
    b"</Relationships>"
)
DOCUMENT_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body>"
)
DOCUMENT_TAIL = b"</w:body></w:document>"


def paragraph_xml(text: str) -> bytes:
    return b"<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % text.encode()


def minimal_docx_members(
    paragraphs: list[str] = CLAUSES, main: str = "word/document.xml"
) -> dict[str, bytes]:
    """The three parts Word needs, the main part at ``main``."""
    body = b"".join(paragraph_xml(p) for p in paragraphs)
    return {
        "[Content_Types].xml": CONTENT_TYPES % main.encode(),
        "_rels/.rels": PACKAGE_RELS % main.encode(),
        main: DOCUMENT_HEAD + body + DOCUMENT_TAIL,
    }


Member = tuple[bytes, int, int]
"""A zip member already deflated: (raw deflate bytes, unpacked size, CRC-32)."""


def deflated_member(data: bytes) -> Member:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(), len(data), zlib.crc32(data)


def zip_members(members: dict[str, Member]) -> bytes:
    """A zip archive of already deflated members, with honest sizes in its index."""
    out = bytearray()
    central = bytearray()
    for name, (packed, size, crc) in members.items():
        encoded = name.encode()
        header = struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0, crc, len(packed), size, len(encoded), 0)
        central += (
            b"PK\x01\x02"
            + struct.pack("<H", 20)
            + header
            + struct.pack("<HHHII", 0, 0, 0, 0, len(out))
        )
        central += encoded
        out += b"PK\x03\x04" + header + encoded + packed
    count = len(members)
    out += (
        central
        + b"PK\x05\x06"
        + struct.pack("<HHHHIIH", 0, 0, count, count, len(central), len(out), 0)
    )
    return bytes(out)


def docx_of(members: dict[str, bytes]) -> bytes:
    return zip_members({name: deflated_member(data) for name, data in members.items()})


def xml_heavy_docx(mib: int = 250) -> bytes:
    """A DOCX whose main part unpacks to ``mib`` MiB of ordinary paragraphs: compressed only a
    few fold, so it passes the zip-bomb ratio check, and under the 256 MiB total."""
    rng = random.Random(11)
    paragraphs = bytearray()
    while len(paragraphs) < MIB:
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        paragraphs += paragraph_xml(words)
    chunk = bytes(paragraphs[:MIB])
    cut = chunk.rindex(b"</w:p>") + len(b"</w:p>")
    chunk = chunk[:cut]  # whole paragraphs only; a little under a MiB
    count = mib * MIB // len(chunk)
    members = {
        name: deflated_member(data)
        for name, data in minimal_docx_members([]).items()
        if name != "word/document.xml"
    }
    packed = deflate_periodic(DOCUMENT_HEAD, chunk, count, DOCUMENT_TAIL, raw=True)
    size = len(DOCUMENT_HEAD) + count * len(chunk) + len(DOCUMENT_TAIL)
    members["word/document.xml"] = (
        packed,
        size,
        crc32_periodic(DOCUMENT_HEAD, chunk, count, DOCUMENT_TAIL),
    )
    return zip_members(members)
