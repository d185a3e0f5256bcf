"""One agreement: statuses, evidence and issues per category, every clause, corrections, exports."""

from __future__ import annotations

from functools import partial

import streamlit as st

from clausecheck.escaping import display_name, markdown_text, page_html_text
from clausecheck.report import EXPORT_FORMATS
from clausecheck.report.content import (
    Segment,
    clause_segments,
    clause_title,
    document_line,
    evidence_clauses,
    evidence_pages,
    flatten,
    pages_text,
)
from clausecheck.report.html import IssueStyle, issue_html, segments_html
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORIES, CATEGORY_TITLES, Clause, Finding, Report
from clausecheck.ui.review import corrections_jsonl
from clausecheck.ui.state import ANALYSED, CORRECTIONS

STATUS_COLOUR = {
    "present": "green",
    "deviates": "violet",
    "ambiguous": "orange",
    "missing": "red",
}
"""Streamlit badge colours of the statuses."""
STATUS_LABEL = {
    "present": "✓ present",
    "deviates": "≠ deviates",
    "ambiguous": "⚠ ambiguous",
    "missing": "✗ missing",
}
"""Statuses with marks every browser font draws (colour emoji are missing on many Linux
desktops and in headless browsers)."""
TEXT_PREVIEW_CHARS = 160
"""Clause text shown in the table of all clauses (the full text is in the evidence)."""


def safe_html(text: str) -> str:
    """Contract text for HTML inside the page's Markdown (``escaping.page_html_text``)."""
    return page_html_text(text)


def marked_html(segments: list[Segment]) -> str:
    """Quoted text with its flagged phrases in <mark>, safe inside st.markdown."""
    return segments_html(segments, safe_html)


def counted(count: int, noun: str) -> str:
    """'1 issue', '3 issues'."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def short_id(report: Report) -> str:
    """The document's widget-key prefix: stable across reruns, distinct between documents."""
    return report.document.sha256[:12]


def label_confidence(clause: Clause) -> float:
    """The model's probability for the weakest label the clause carries, or, for a clause with
    none, that no category applies (one minus the strongest score)."""
    scores = clause.scores or {}
    if clause.labels:
        return min(scores.get(label, 0.0) for label in clause.labels)
    return 1.0 - max(scores.values(), default=0.0)


def summary_row(report: Report) -> None:
    """The playbook's categories side by side, each with its status badge."""
    columns = st.columns(len(report.findings))
    for column, finding in zip(columns, report.findings, strict=True):
        colour = STATUS_COLOUR[finding.status]
        column.markdown(
            f"**{CATEGORY_TITLES[finding.category]}**  \n"
            f":{colour}-badge[{STATUS_LABEL[finding.status]}]"
        )
        pages = pages_text(evidence_pages(report, finding))
        column.caption(f"{counted(len(finding.issues), 'issue')} · pages {pages}")


PAGE_ISSUE_STYLE = IssueStyle(
    item='<div class="cc-issue cc-{severity}">',
    item_end="</div>",
    suggestion='<div class="cc-suggestion">',
    suggestion_end="</div>",
    safe=safe_html,
)
"""The review page's issue markup: its own classes, and '$' kept out of st.markdown formulas."""


def clause_html(report: Report, clause: Clause) -> str:
    page = f" · page {clause.page}" if clause.page else ""
    text = clause_segments(report, clause)
    return (
        f'<div class="cc-clause"><b>{safe_html(clause_title(clause))}</b>'
        f'<span class="cc-meta">{page}</span><div>{marked_html(text)}</div></div>'
    )


def finding_details(report: Report, finding: Finding) -> None:
    """A category's key terms, issues with quotes and suggestions, and its evidence clauses."""
    count = len(finding.issues)
    # Collapsed: the summary row above is the overview, and seven open categories of a poor
    # draft would push the clause list and the downloads many screens down.
    with st.expander(
        f"{STATUS_LABEL[finding.status]} · **{CATEGORY_TITLES[finding.category]}** · "
        f"{counted(count, 'issue')}",
        key=f"category-{short_id(report)}-{finding.category}",
    ):
        terms = terms_line(finding.terms)
        if terms:
            st.markdown(
                f'<div class="cc-terms">Key terms: {safe_html(terms)}</div>',
                unsafe_allow_html=True,
            )
        clauses = evidence_clauses(report, finding)
        issues_tab, evidence_tab = st.tabs(
            [f"Issues ({count})", f"Evidence ({len(clauses)} clauses)"],
            key=f"finding-{short_id(report)}-{finding.category}",
        )
        with issues_tab:
            for issue in finding.issues:
                st.markdown(issue_html(report, issue, PAGE_ISSUE_STYLE), unsafe_allow_html=True)
            if not finding.issues:
                st.caption("No issues found.")
        with evidence_tab:
            for clause in clauses:
                st.markdown(clause_html(report, clause), unsafe_allow_html=True)
            if not clauses:
                st.caption("No clause of the agreement carries this category.")


def clause_table(report: Report) -> None:
    """Every clause with its labels and the model's confidence in them."""
    corrected = st.session_state[CORRECTIONS].get(report.document.sha256, {})
    rows = [
        {
            "Clause": clause_title(clause),
            "Page": clause.page,
            "Labels": ", ".join(CATEGORY_TITLES[label] for label in clause.labels) or "—",
            "Corrected": clause.id in corrected,
            "Confidence": label_confidence(clause),
            "Text": flatten(clause.text)[:TEXT_PREVIEW_CHARS],
        }
        for clause in labelled_clauses(report)
    ]
    st.dataframe(
        rows,
        hide_index=True,
        height=320,
        column_config={
            "Clause": st.column_config.TextColumn(width="medium"),
            "Labels": st.column_config.TextColumn(width="medium"),
            "Text": st.column_config.TextColumn(width="large"),
            "Confidence": st.column_config.ProgressColumn(
                "Confidence",
                help="The model's probability for the weakest label shown, or, for a clause "
                "with none, that no category applies.",
                min_value=0.0,
                max_value=1.0,
                format="%.2f",
            ),
        },
        key=f"clauses-{short_id(report)}",
    )


def record_correction(sha256: str, clause_id: str, widget_key: str) -> None:
    """Keep the labels a reviewer chose; choosing the model's own labels undoes the correction."""
    chosen = list(st.session_state[widget_key])
    model_report = st.session_state[ANALYSED].get(sha256)
    model_clause = model_report.clause(clause_id) if isinstance(model_report, Report) else None
    corrections = st.session_state[CORRECTIONS].setdefault(sha256, {})
    if model_clause is not None and sorted(model_clause.labels) == sorted(chosen):
        corrections.pop(clause_id, None)
    else:
        corrections[clause_id] = chosen


def undo_corrections(sha256: str) -> None:
    """Forget every correction of this document and reset its label widgets."""
    st.session_state[CORRECTIONS].pop(sha256, None)
    prefix = f"labels-{sha256[:12]}-"
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


CHOICE_PREVIEW_CHARS = 70
"""Clause text shown beside each clause in the correction picker."""


def labelled_clauses(report: Report) -> list[Clause]:
    """The clauses the model labels: those with text (a bare heading has none to judge)."""
    return [c for c in report.clauses if c.text.strip()]


def clause_choice(report: Report, clause_id: str) -> str:
    """'clause 10.3 Waiver (p. 4): Any delay by a party in enforcing…'."""
    clause = report.clause(clause_id)
    if clause is None:
        return clause_id
    page = f" (p. {clause.page})" if clause.page else ""
    text = flatten(clause.text)
    preview = text[:CHOICE_PREVIEW_CHARS] + ("…" if len(text) > CHOICE_PREVIEW_CHARS else "")
    return f"{clause_title(clause)}{page}: {preview}"


def correction_panel(report: Report) -> None:
    """Correct one clause's categories; the findings above follow at once."""
    sha256, prefix = report.document.sha256, short_id(report)
    st.markdown("**Correct a label**: pick a clause, then the categories it really belongs to.")
    left, right = st.columns([3, 2])
    clause_id = left.selectbox(
        "Clause",
        [c.id for c in labelled_clauses(report)],
        format_func=lambda i: clause_choice(report, i),
        key=f"correct-{prefix}",
    )
    clause = report.clause(clause_id)
    widget_key = f"labels-{prefix}-{clause_id}"
    right.multiselect(
        "Categories",
        list(CATEGORIES),
        default=clause.labels if clause is not None else [],
        format_func=CATEGORY_TITLES.get,
        placeholder="No category",
        key=widget_key,
        on_change=record_correction,
        args=(sha256, clause_id, widget_key),
    )
    corrections = st.session_state[CORRECTIONS].get(sha256, {})
    stem = EXPORT_FORMATS["json"].file_name(report).removesuffix("-gap-report.json")
    buttons = st.columns([2, 2, 3])
    buttons[0].download_button(
        f"Download {counted(len(corrections), 'correction')} (JSON Lines)",
        corrections_jsonl(report, corrections),
        file_name=f"{stem}-corrections.jsonl",
        mime="application/jsonl",
        disabled=not corrections,
        key=f"corrections-{prefix}",
        on_click="ignore",
        help="The corpus format (corpus/README.md): add the file to corpus/clauses/ to retrain.",
    )
    buttons[1].button(
        "Undo all corrections",
        on_click=undo_corrections,
        args=(sha256,),
        disabled=not corrections,
        key=f"undo-{prefix}",
    )


def export_buttons(report: Report) -> None:
    """The gap report in every format, one download button each."""
    st.markdown("**Download the gap report**")
    for column, export in zip(
        st.columns(len(EXPORT_FORMATS)), EXPORT_FORMATS.values(), strict=True
    ):
        column.download_button(
            export.title,
            partial(export.to_bytes, report),  # built when clicked, not on every rerun
            file_name=export.file_name(report),
            mime=export.mime,
            key=f"export-{export.name}-{short_id(report)}",
            on_click="ignore",
            width="stretch",
        )


def agreement_view(reports: list[Report]) -> None:
    """The single-agreement view of the agreement picked from ``reports``."""
    index = 0
    if len(reports) > 1:
        names = [display_name(report.document.name) for report in reports]
        index = st.selectbox(
            "Agreement", range(len(reports)), format_func=names.__getitem__, key="agreement"
        )
    report = reports[index]
    # Streamlit renders Markdown in headings, captions and alerts: a file name such as
    # '![s](http://host/x.png)' would otherwise make the page fetch an image.
    st.subheader(markdown_text(display_name(report.document.name)), anchor=False)
    st.caption(markdown_text(document_line(report)))
    for warning in report.warnings:
        st.warning(markdown_text(warning))
    summary_row(report)
    for finding in report.findings:
        finding_details(report, finding)
    if report.issues:
        with st.expander(f"Whole document · {counted(len(report.issues), 'issue')}"):
            for issue in report.issues:
                st.markdown(issue_html(report, issue, PAGE_ISSUE_STYLE), unsafe_allow_html=True)
    export_buttons(report)
    st.markdown("#### All clauses")
    clause_table(report)
    correction_panel(report)
