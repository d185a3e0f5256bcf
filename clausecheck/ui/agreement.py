"""One agreement as a review workspace: statuses, findings and issues on the left, the document
with the selected clauses highlighted on the right, decisions beneath it; every clause with its
labels and corrections; the downloads."""

from __future__ import annotations

import streamlit as st

from clausecheck.decisions import set_correction
from clausecheck.escaping import display_name, markdown_text, page_html_text
from clausecheck.playbooks import Playbook
from clausecheck.report import EXPORT_FORMATS
from clausecheck.report.content import (
    Segment,
    clause_reference,
    counted,
    document_line,
    evidence_clauses,
    evidence_pages,
    flatten,
    open_issues,
    pages_text,
    section_title,
)
from clausecheck.report.html import IssueStyle, issue_html, segments_html
from clausecheck.report.statuses import STATUS_STYLES, status_style
from clausecheck.report.terms_text import terms_line
from clausecheck.types import CATEGORIES, CATEGORY_TITLES, Clause, Finding, Report
from clausecheck.ui.decisions import add_issue_form, review_note, show_button
from clausecheck.ui.document import document_view, select
from clausecheck.ui.exports import download_buttons, settings_fields
from clausecheck.ui.review import corrections_jsonl
from clausecheck.ui.saved import save_review
from clausecheck.ui.state import ANALYSED, DOCUMENTS, NOTICES, OPENED, REVIEWS

STATUS_COLOUR = {key: style.badge for key, style in STATUS_STYLES.items()}
"""Streamlit badge colours of the statuses."""
STATUS_LABEL = {key: style.marked for key, style in STATUS_STYLES.items()}
"""Statuses with marks every browser font draws (colour emoji are missing on many Linux
desktops and in headless browsers)."""
FINDINGS_HEIGHT_PX = 900
"""Height of the scrolling list of findings: about the height of the page image beside it."""
TEXT_PREVIEW_CHARS = 160
"""Clause text shown in the table of all clauses (the full text is in the document view)."""


def safe_html(text: str) -> str:
    """Contract text for HTML inside the page's Markdown (``escaping.page_html_text``)."""
    return page_html_text(text)


def marked_html(segments: list[Segment]) -> str:
    """Quoted text with its flagged phrases in <mark>, safe inside st.markdown."""
    return segments_html(segments, safe_html)


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
        style = status_style(finding.status)
        column.markdown(
            f"**{section_title(finding.category)}**  \n:{style.badge}-badge[{style.marked}]"
        )
        pages = pages_text(evidence_pages(report, finding))
        column.caption(f"{counted(len(open_issues(finding.issues)), 'issue')} · pages {pages}")


PAGE_ISSUE_STYLE = IssueStyle(
    item='<div class="cc-issue cc-{severity}{dismissed}">',
    item_end="</div>",
    suggestion='<div class="cc-suggestion">',
    suggestion_end="</div>",
    safe=safe_html,
)
"""The review page's issue markup: its own classes, and '$' kept out of st.markdown formulas."""


def show_finding(report: Report, finding: Finding) -> None:
    """Highlight every clause of a finding (a button callback)."""
    clauses = evidence_clauses(report, finding)
    select(
        report,
        [c.id for c in clauses],
        f"{section_title(finding.category)} — {counted(len(clauses), 'clause')}",
    )


def finding_details(report: Report, finding: Finding, playbook: Playbook) -> None:
    """A category's key terms, its issues (each with a button to show it and decide), and a
    button to highlight its clauses."""
    issues = finding.issues
    style = status_style(finding.status)
    with st.expander(
        f"{style.marked} · **{section_title(finding.category)}** · "
        f"{counted(len(open_issues(issues)), 'issue')}",
        key=f"category-{short_id(report)}-{finding.category}",
    ):
        terms = terms_line(finding.terms)
        if terms:
            st.markdown(
                f'<div class="cc-terms">Key terms: {safe_html(terms)}</div>',
                unsafe_allow_html=True,
            )
        clauses = evidence_clauses(report, finding)
        if clauses:
            st.button(
                f"Show its {counted(len(clauses), 'clause')} in the agreement ›",
                key=f"finding-{short_id(report)}-{finding.category}",
                on_click=show_finding,
                args=(report, finding),
            )
        else:
            st.caption("No clause of the agreement covers this section.")
        for issue in issues:
            st.markdown(issue_html(report, issue, PAGE_ISSUE_STYLE), unsafe_allow_html=True)
            show_button(report, issue, playbook)
        if not issues:
            st.caption("No issues found.")


def clause_table(report: Report) -> None:
    """Every clause with its labels and the model's confidence in them."""
    review = st.session_state[REVIEWS].get(report.document.sha256)
    corrected = review.corrections if review is not None else {}
    rows = [
        {
            "Clause": clause_reference(report, clause),
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


def _model_report(sha256: str) -> Report | None:
    report = st.session_state[ANALYSED].get(sha256)
    if isinstance(report, Report):
        return report
    return st.session_state[OPENED].get(sha256)


def record_correction(sha256: str, clause_id: str, widget_key: str, playbook: Playbook) -> None:
    """Keep the labels a reviewer chose (``decisions.set_correction``) and save the review;
    choosing the model's own labels undoes the correction."""
    chosen = list(st.session_state[widget_key])
    model_report = _model_report(sha256)
    model_clause = model_report.clause(clause_id) if model_report is not None else None
    review = st.session_state[REVIEWS][sha256]
    same = model_clause is not None and sorted(model_clause.labels) == sorted(chosen)
    set_correction(review, clause_id, None if same else chosen)
    save_review(sha256, playbook)


def undo_corrections(sha256: str, playbook: Playbook) -> None:
    """Forget every correction of this document, reset its label widgets, save the review."""
    review = st.session_state[REVIEWS][sha256]
    for clause_id in list(review.corrections):
        set_correction(review, clause_id, None)
    prefix = f"labels-{sha256[:12]}-"
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]
    save_review(sha256, playbook)


CHOICE_PREVIEW_CHARS = 70
"""Clause text shown beside each clause in the correction picker."""


def labelled_clauses(report: Report) -> list[Clause]:
    """The clauses the model labels: those with text (a bare heading has none to judge)."""
    return [c for c in report.clauses if c.text.strip()]


def clause_choice(report: Report, clause_id: str) -> str:
    """'clause 10.3 (Waiver), page 4: Any delay by a party in enforcing…'."""
    clause = report.clause(clause_id)
    if clause is None:
        return clause_id
    text = flatten(clause.text)
    preview = text[:CHOICE_PREVIEW_CHARS] + ("…" if len(text) > CHOICE_PREVIEW_CHARS else "")
    return f"{clause_reference(report, clause)}: {preview}"


def correction_panel(report: Report, playbook: Playbook) -> None:
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
        args=(sha256, clause_id, widget_key, playbook),
    )
    review = st.session_state[REVIEWS].get(sha256)
    corrections = dict(review.corrections) if review is not None else {}
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
        args=(sha256, playbook),
        disabled=not corrections,
        key=f"undo-{prefix}",
    )


def _notices(report: Report) -> None:
    notice = st.session_state[NOTICES].pop(report.document.sha256, None)
    if notice:
        st.success(markdown_text(notice))


def agreement_view(reports: list[Report], playbook: Playbook) -> None:
    """The review workspace of the agreement picked from ``reports``."""
    by_sha = {r.document.sha256: r for r in reports}
    if len(reports) > 1:
        if st.session_state.get("agreement") not in by_sha:
            st.session_state["agreement"] = reports[0].document.sha256
        st.selectbox(
            "Agreement",
            list(by_sha),
            format_func=lambda s: display_name(by_sha[s].document.name),
            key="agreement",
        )
    report = by_sha.get(st.session_state.get("agreement"), reports[0])
    # Streamlit renders Markdown in headings, captions and alerts: a file name such as
    # '![s](http://host/x.png)' would otherwise make the page fetch an image.
    st.subheader(markdown_text(display_name(report.document.name)), anchor=False)
    st.caption(markdown_text(document_line(report)))
    _notices(report)
    for warning in report.warnings:
        st.warning(markdown_text(warning))
    summary_row(report)
    findings_column, document_column = st.columns([5, 6], gap="large")
    with findings_column:
        st.markdown("#### Findings")
        # A box of its own that scrolls, so the document stays in view beside any issue.
        box = st.container(height=FINDINGS_HEIGHT_PX, key=f"findings-{short_id(report)}")
    with box:
        for finding in report.findings:
            finding_details(report, finding, playbook)
        if report.issues:
            with st.expander(
                f"The agreement as a whole · {counted(len(open_issues(report.issues)), 'issue')}",
                key=f"category-{short_id(report)}-document",
            ):
                for issue in report.issues:
                    st.markdown(issue_html(report, issue, PAGE_ISSUE_STYLE), unsafe_allow_html=True)
                    show_button(report, issue, playbook)
    with findings_column:
        add_issue_form(report, playbook)
        review_note(report, playbook)
    with document_column:
        document_view(report, st.session_state[DOCUMENTS].get(report.document.sha256))
    st.markdown("#### Reports")
    settings_fields()
    download_buttons(report)
    st.markdown("#### All clauses")
    clause_table(report)
    correction_panel(report, playbook)
