"""The review page: upload agreements, see each category's status and the issues found."""

from __future__ import annotations

import hashlib

import streamlit as st

from clausecheck.analysis import analyze
from clausecheck.errors import ClausecheckError
from clausecheck.playbooks import DEFAULT_PLAYBOOK, shipped_playbooks
from clausecheck.report import to_markdown
from clausecheck.types import CATEGORY_TITLES, Report

STATUS_BADGE = {"present": "✅ present", "missing": "❌ missing", "ambiguous": "⚠️ ambiguous"}
SESSION_DEFAULTS = {"reports": {}, "errors": {}}


def init_state() -> None:
    """Create every session key before anything reads it."""
    for key, value in SESSION_DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = type(value)()


def analyse_upload(data: bytes, name: str, playbook: str) -> Report | str:
    """Analyse one upload, cached per content hash and playbook in this session only."""
    key = f"{hashlib.sha256(data).hexdigest()}:{playbook}"
    reports = st.session_state["reports"]
    if key not in reports:
        try:
            reports[key] = analyze(data, name=name, playbook=playbook)
        except ClausecheckError as exc:
            reports[key] = f"{name}: {exc}"
    return reports[key]


def render_report(report: Report) -> None:
    """Status summary, then issues per category with quotes and pages."""
    cols = st.columns(len(report.findings))
    for col, finding in zip(cols, report.findings, strict=True):
        col.metric(CATEGORY_TITLES[finding.category], STATUS_BADGE[finding.status])
    for finding in report.findings:
        with st.expander(
            f"{CATEGORY_TITLES[finding.category]} — {finding.status}",
            expanded=finding.status != "present",
        ):
            for issue in finding.issues:
                page = f" (page {issue.page})" if issue.page else ""
                st.markdown(f"**{issue.severity}** · `{issue.code}`{page}: {issue.message}")
                if issue.quote:
                    st.caption(issue.quote)
    st.download_button(
        "Download Markdown report",
        to_markdown(report),
        file_name=f"{report.document.name}.md",
        key=f"download-md-{report.document.sha256[:12]}",
    )


def render_page() -> None:
    st.set_page_config(page_title="clausecheck", layout="wide")
    init_state()
    st.title("clausecheck")
    st.caption("Upload agreements to see which key sections are missing or ambiguous.")
    names = shipped_playbooks()
    playbook = st.selectbox("Playbook", names, index=names.index(DEFAULT_PLAYBOOK), key="playbook")
    uploads = st.file_uploader(
        "Agreements (PDF, DOCX or TXT)", accept_multiple_files=True, key="uploads"
    )
    for upload in uploads or []:
        result = analyse_upload(upload.getvalue(), upload.name, playbook)
        st.subheader(upload.name)
        if isinstance(result, str):
            st.error(result)
        else:
            render_report(result)
