"""The document view: the agreement beside its findings, with the selected clauses highlighted.

A PDF is shown as its pages, rendered by pdfium in a limited child process (a hostile PDF can
make a renderer spin or eat memory, as it can a parser) and kept as PNG bytes in the session;
the clauses' boxes (``Clause.boxes``, page fractions) are painted over the page. A DOCX or text
agreement, or a saved report reopened without its file, is shown as its clauses in order, the
selected ones highlighted and the view opened where they are.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass

import streamlit as st

from clausecheck.escaping import markdown_text, page_html_text
from clausecheck.ingest.isolation import Limits, run_isolated
from clausecheck.report.content import clause_reference, clause_title, flatten
from clausecheck.types import Box, Report
from clausecheck.ui.state import PAGE_IMAGES, PAGE_IMAGES_KEPT, SELECTED, remember

PAGE_WIDTH_PX = 900
"""Width a page is rendered at: sharp in a half-width column, a few hundred kilobytes."""
RENDER_LIMITS = Limits(seconds=20, memory_mb=1024)
"""Rendering one page is far less work than reading the document, which had 60 s."""
HIGHLIGHT_FILL = (255, 214, 102, 90)
HIGHLIGHT_EDGE = (217, 119, 6, 255)
HIGHLIGHT_PAD_PX = 4
"""Pixels the painted box extends past the text, so the edge never cuts a letter."""
CLAUSES_AROUND = 6
"""Clauses shown before the selected one in the paragraph view, for context."""
CLAUSES_SHOWN = 40
"""Clauses shown at once in the paragraph view; 'earlier' and 'later' move by as many."""
VIEW_HEIGHT_PX = 820


@dataclass(frozen=True, slots=True)
class Selection:
    """What the document view shows highlighted: clauses, why, and the issue if one was picked."""

    clause_ids: tuple[str, ...]
    label: str
    issue_id: str | None = None


def page_key(report: Report) -> str:
    return f"page-{report.document.sha256[:12]}"


def start_key(report: Report) -> str:
    return f"start-{report.document.sha256[:12]}"


def selection(report: Report) -> Selection | None:
    """What is selected in this agreement's view, or None."""
    return st.session_state[SELECTED].get(report.document.sha256)


def select(report: Report, clause_ids: list[str], label: str, issue_id: str | None = None) -> None:
    """Highlight ``clause_ids`` and bring the view to the first of them (a widget callback)."""
    st.session_state[SELECTED][report.document.sha256] = Selection(
        tuple(clause_ids), label, issue_id
    )
    first = next((c for c in (report.clause(i) for i in clause_ids) if c is not None), None)
    if first is None:
        return
    pages = [b.page for b in first.boxes] or ([first.page] if first.page else [])
    if pages:
        st.session_state[page_key(report)] = pages[0]
    index = next(n for n, c in enumerate(report.clauses) if c.id == first.id)
    st.session_state[start_key(report)] = max(0, index - CLAUSES_AROUND)


def _render_page(data: bytes, page_number: int, width: int) -> bytes:
    """One PDF page as PNG bytes, rendered in a limited child process."""

    def work(progress) -> dict:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            page = pdf[page_number - 1]
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil()
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            page.close()
        finally:
            pdf.close()
        return {"png": base64.b64encode(buffer.getvalue()).decode("ascii")}

    return base64.b64decode(run_isolated(work, RENDER_LIMITS)["png"])


def page_image(report: Report, data: bytes, page_number: int, width: int = PAGE_WIDTH_PX) -> bytes:
    """The page as PNG, rendered once per session and page."""
    key = (report.document.sha256, page_number, width)
    cached = st.session_state[PAGE_IMAGES].get(key)
    if cached is None:
        cached = _render_page(data, page_number, width)
        remember(PAGE_IMAGES, key, cached, PAGE_IMAGES_KEPT)
    return cached


def highlight(png: bytes, boxes: list[Box]) -> bytes:
    """The page with each box painted over it: a translucent fill and a solid edge."""
    from PIL import Image, ImageDraw

    page = Image.open(io.BytesIO(png)).convert("RGBA")
    layer = Image.new("RGBA", page.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    width, height = page.size
    for box in boxes:
        rectangle = (
            box.x0 * width - HIGHLIGHT_PAD_PX,
            box.top * height - HIGHLIGHT_PAD_PX,
            box.x1 * width + HIGHLIGHT_PAD_PX,
            box.bottom * height + HIGHLIGHT_PAD_PX,
        )
        draw.rectangle(rectangle, fill=HIGHLIGHT_FILL, outline=HIGHLIGHT_EDGE, width=3)
    buffer = io.BytesIO()
    Image.alpha_composite(page, layer).convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def selected_boxes(report: Report, chosen: Selection | None, page_number: int) -> list[Box]:
    """The boxes of the selected clauses on this page."""
    if chosen is None:
        return []
    boxes = []
    for clause_id in chosen.clause_ids:
        clause = report.clause(clause_id)
        if clause is not None:
            boxes += [b for b in clause.boxes if b.page == page_number]
    return boxes


def selected_pages(report: Report, chosen: Selection | None) -> list[int]:
    """The pages the selected clauses are on, ascending."""
    if chosen is None:
        return []
    pages = set()
    for clause_id in chosen.clause_ids:
        clause = report.clause(clause_id)
        if clause is not None:
            pages |= {b.page for b in clause.boxes} or ({clause.page} if clause.page else set())
    return sorted(pages)


def _caption(report: Report, chosen: Selection | None) -> None:
    if chosen is None:
        st.caption("Click “Show” beside a finding, an issue or a clause to see it here.")
        return
    pages = [p for p in selected_pages(report, chosen) if f"page {p}" not in chosen.label]
    where = f" · page {', '.join(map(str, pages))}" if pages else ""
    st.caption(markdown_text(f"Highlighted: {chosen.label}{where}"))


def pdf_view(report: Report, data: bytes) -> None:
    """The PDF's pages, one at a time, with the selected clauses painted."""
    chosen = selection(report)
    pages = report.document.pages or 1
    key = page_key(report)
    if key not in st.session_state:
        st.session_state[key] = 1
    st.session_state[key] = min(max(1, int(st.session_state[key])), pages)
    _caption(report, chosen)
    st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, step=1, key=key)
    number = int(st.session_state[key])
    try:
        png = page_image(report, data, number)
    except Exception as exc:  # a page pdfium cannot draw: say so, keep the page working
        st.warning(f"Page {number} cannot be shown ({type(exc).__name__}); the findings stand.")
        return
    boxes = selected_boxes(report, chosen, number)
    # PNG as made: Streamlit would otherwise serve a JPEG, blurring the text and the highlight.
    st.image(highlight(png, boxes) if boxes else png, width="stretch", output_format="PNG")
    elsewhere = [p for p in selected_pages(report, chosen) if p != number]
    if chosen is not None and not boxes and elsewhere:
        st.caption(f"The highlighted text is on page {', '.join(map(str, elsewhere))}.")


def paragraph_view(report: Report) -> None:
    """The agreement's clauses in order, the selected ones highlighted, in a scrolling box."""
    chosen = selection(report)
    _caption(report, chosen)
    key = start_key(report)
    start = int(st.session_state.get(key, 0))
    total = len(report.clauses)
    end = min(total, start + CLAUSES_SHOWN)
    marked = set(chosen.clause_ids) if chosen else set()
    parts = []
    for clause in report.clauses[start:end]:
        title = page_html_text(clause_title(report, clause))
        page = f" · page {clause.page}" if clause.page else ""
        text = page_html_text(flatten(clause.text))
        cls = "cc-para cc-selected" if clause.id in marked else "cc-para"
        parts.append(
            f'<div class="{cls}"><span class="cc-meta">{title}{page}</span>'
            + (f"<div>{text}</div>" if text else "")
            + "</div>"
        )
    with st.container(height=VIEW_HEIGHT_PX, key=f"doc-{report.document.sha256[:12]}"):
        st.markdown("".join(parts), unsafe_allow_html=True)
    back, info, forward = st.columns([1, 2, 1])
    back.button(
        "‹ Earlier",
        key=f"earlier-{report.document.sha256[:12]}",
        disabled=start == 0,
        on_click=_move,
        args=(key, max(0, start - CLAUSES_SHOWN)),
    )
    info.caption(f"Clauses {start + 1}–{end} of {total}")
    forward.button(
        "Later ›",
        key=f"later-{report.document.sha256[:12]}",
        disabled=end >= total,
        on_click=_move,
        args=(key, end),
    )


def _move(key: str, start: int) -> None:
    st.session_state[key] = start


def clause_jump(report: Report) -> None:
    """A picker of every clause: choosing one shows it."""
    with_text = [c for c in report.clauses if c.text.strip() or c.heading]
    key = f"jump-{report.document.sha256[:12]}"

    def jump() -> None:
        clause = report.clause(st.session_state[key])
        if clause is not None:
            select(report, [clause.id], clause_reference(report, clause))

    st.selectbox(
        "Go to a clause",
        [c.id for c in with_text],
        index=None,
        format_func=lambda i: _clause_choice(report, i),
        placeholder="Find a clause by its number, heading or first words",
        key=key,
        on_change=jump,
    )


def _clause_choice(report: Report, clause_id: str) -> str:
    clause = report.clause(clause_id)
    if clause is None:
        return clause_id
    return clause_reference(report, clause)


def document_view(report: Report, data: bytes | None) -> None:
    """The agreement: PDF pages when its bytes are here, else its clauses as paragraphs."""
    st.markdown("#### The agreement")
    clause_jump(report)
    if report.document.format == "pdf" and data is not None:
        pdf_view(report, data)
    else:
        if report.document.format == "pdf":
            st.caption("Upload the PDF again to see its pages; its text is shown meanwhile.")
        paragraph_view(report)
