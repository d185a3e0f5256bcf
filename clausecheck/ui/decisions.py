"""Decisions on the page: accept, dismiss (with a reason) or note the selected issue, add an
issue the tool missed, a note on the whole agreement. Each one is saved at once."""

from __future__ import annotations

import streamlit as st

from clausecheck.decisions import (
    SEVERITIES,
    add_issue,
    decide,
    set_review_note,
    undo_decision,
)
from clausecheck.errors import ClausecheckError
from clausecheck.escaping import markdown_text
from clausecheck.playbooks import Playbook
from clausecheck.report.content import (
    clause_reference,
    issue_kind,
    issue_location,
)
from clausecheck.types import CATEGORY_TITLES, Issue, Report
from clausecheck.ui.document import select, selection
from clausecheck.ui.saved import save_review
from clausecheck.ui.state import NOTICES, REVIEWS

PROBLEM = "decision_problem"
"""Session key: the last decision's error message, shown once beside the buttons."""
SEVERITY_WORDS = {"high": "High", "medium": "Medium", "low": "Low", "info": "Note"}


def prefix(report: Report) -> str:
    return report.document.sha256[:12]


def find_issue(report: Report, issue_id: str | None) -> Issue | None:
    """The issue of the reviewed report with this id, or None."""
    if issue_id is None:
        return None
    every = [i for f in report.findings for i in f.issues] + list(report.issues)
    return next((i for i in every if i.id == issue_id), None)


def show_issue(report: Report, issue: Issue) -> None:
    """Select an issue (a button callback): its clause highlighted, the decision panel open."""
    label = f"{issue_kind(issue)} — {issue_location(report, issue) or 'the agreement'}"
    select(report, [issue.clause_id] if issue.clause_id else [], label, issue.id)


def show_button(report: Report, issue: Issue, playbook: Playbook) -> None:
    """The button beside an issue that shows it in the document; under the selected issue,
    the decision controls."""
    chosen = selection(report)
    current = chosen is not None and chosen.issue_id == issue.id
    if current:
        decision_controls(report, issue, playbook)
        return
    st.button(
        "Show and decide ›",
        key=f"show-{prefix(report)}-{issue.id}",
        on_click=show_issue,
        args=(report, issue),
        help="Highlight its clause in the agreement and decide on it.",
    )


def _act(report: Report, issue_id: str, action: str, playbook: Playbook) -> None:
    """Record a decision from the panel's fields and save the review (a button callback)."""
    sha256 = report.document.sha256
    review = st.session_state[REVIEWS][sha256]
    st.session_state.pop(PROBLEM, None)
    issue = find_issue(report, issue_id)
    try:
        if action == "undo":
            undo_decision(review, issue_id)
        else:
            reason = (
                st.session_state.get(f"reason-{prefix(report)}") if action == "dismiss" else None
            )
            note = st.session_state.get(f"note-{prefix(report)}") or None
            decide(
                review, issue if issue is not None else issue_id, action, reason=reason, note=note
            )
    except ClausecheckError as exc:
        st.session_state[PROBLEM] = str(exc)
        return
    for field in ("reason", "note"):
        st.session_state.pop(f"{field}-{prefix(report)}", None)
    save_review(sha256, playbook)


def decision_controls(report: Report, issue: Issue, playbook: Playbook) -> None:
    """Accept, dismiss (with a reason), note or undo the selected issue, where it is listed."""
    if issue.decision is not None and issue.decision.outcome == "added":
        st.caption("You added this issue; it counts like the tool's own.")
        return
    key = prefix(report)
    with st.container(border=True, key=f"decide-{key}"):
        st.text_input(
            "Reason (to dismiss)", key=f"reason-{key}", placeholder="Why it does not apply"
        )
        st.text_area(
            "Note", key=f"note-{key}", height=68, placeholder="A note shown with the issue"
        )
        # A row that wraps: in a narrow findings column four equal columns cut the labels short.
        buttons = st.container(horizontal=True, wrap=True, gap="small")
        for action, label in (
            ("accept", "Accept"),
            ("dismiss", "Dismiss"),
            ("note", "Note"),
            ("undo", "Undo"),
        ):
            buttons.button(
                label,
                key=f"decide-{action}-{key}",
                on_click=_act,
                args=(report, issue.id, action, playbook),
                disabled=action == "undo" and issue.decision is None,
                width="content",
            )
        problem = st.session_state.get(PROBLEM)
        if problem:
            st.error(markdown_text(problem))


def _add(report: Report, playbook: Playbook) -> None:
    """Add the issue typed in the form and save the review (the form's submit callback)."""
    key = prefix(report)
    sha256 = report.document.sha256
    st.session_state.pop(PROBLEM, None)
    category = st.session_state.get(f"add-category-{key}")
    clause_id = st.session_state.get(f"add-clause-{key}")
    try:
        added = add_issue(
            st.session_state[REVIEWS][sha256],
            text=st.session_state.get(f"add-text-{key}") or "",
            category=category or None,
            severity=st.session_state.get(f"add-severity-{key}") or "medium",
            clause_id=clause_id or None,
            suggestion=st.session_state.get(f"add-suggestion-{key}") or None,
        )
    except ClausecheckError as exc:
        st.session_state[f"add-problem-{key}"] = str(exc)
        return
    st.session_state.pop(f"add-problem-{key}", None)
    save_review(sha256, playbook)
    where = CATEGORY_TITLES[category] if category else "The agreement as a whole"
    st.session_state[NOTICES][sha256] = f"Your issue is added under “{where}”: {added.text}"
    clause = report.clause(clause_id) if clause_id else None
    label = "Your issue — " + (clause_reference(report, clause) if clause else "the agreement")
    select(report, [clause.id] if clause else [], label, added.id)


def add_issue_form(report: Report, playbook: Playbook) -> None:
    """A form to add an issue the tool missed, on the selected clause by default."""
    key = prefix(report)
    chosen = selection(report)
    clause_ids = [c.id for c in report.clauses if c.text.strip() or c.heading]
    default = None
    if chosen and chosen.clause_ids and chosen.clause_ids[0] in clause_ids:
        default = clause_ids.index(chosen.clause_ids[0])
    with st.expander("Add an issue the tool missed", key=f"add-{key}-box"):
        with st.form(key=f"add-{key}", clear_on_submit=True, border=False):
            left, right = st.columns(2)
            left.selectbox(
                "Section",
                [None, *playbook.require],
                format_func=lambda c: (
                    "The agreement as a whole" if c is None else CATEGORY_TITLES[c]
                ),
                key=f"add-category-{key}",
            )
            right.selectbox(
                "Severity",
                list(SEVERITIES),
                index=list(SEVERITIES).index("medium"),
                format_func=SEVERITY_WORDS.get,
                key=f"add-severity-{key}",
            )
            st.selectbox(
                "Clause",
                clause_ids,
                index=default,
                format_func=lambda i: clause_reference(report, report.clause(i)),
                placeholder="No particular clause",
                key=f"add-clause-{key}",
            )
            st.text_area("The issue", key=f"add-text-{key}", height=80)
            st.text_input("Suggested change (optional)", key=f"add-suggestion-{key}")
            st.form_submit_button("Add the issue", on_click=_add, args=(report, playbook))
        problem = st.session_state.get(f"add-problem-{key}")
        if problem:
            st.error(markdown_text(problem))


def _set_note(report: Report, playbook: Playbook, widget: str) -> None:
    sha256 = report.document.sha256
    try:
        set_review_note(st.session_state[REVIEWS][sha256], st.session_state.get(widget))
    except ClausecheckError as exc:
        st.session_state[PROBLEM] = str(exc)
        return
    save_review(sha256, playbook)


def review_note(report: Report, playbook: Playbook) -> None:
    """The reviewer's note on the agreement as a whole (saved when it changes)."""
    sha256 = report.document.sha256
    widget = f"review-note-{prefix(report)}"
    if widget not in st.session_state:
        st.session_state[widget] = st.session_state[REVIEWS][sha256].note or ""
    st.text_area(
        "Your note on the agreement as a whole",
        key=widget,
        height=80,
        on_change=_set_note,
        args=(report, playbook, widget),
        help="Shown in the reports under “The reviewer's notes”.",
    )
