"""The downloads: the review report in every format, the negotiation list, the annotated draft;
and the settings the reports state (reviewer, date, disclaimer)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import streamlit as st

from clausecheck.annotate import annotate_document
from clausecheck.report import EXPORT_FORMATS, NEGOTIATION_FORMATS, ExportSettings
from clausecheck.report.settings import DEFAULT_DISCLAIMER, SETTING_CHARS
from clausecheck.types import Report
from clausecheck.ui.saved import reviewer_name
from clausecheck.ui.state import DOCUMENTS

REVIEW_DATE = "review_date"
DISCLAIMER = "disclaimer"


def export_settings() -> ExportSettings:
    """The settings typed on the page (the reviewer's name comes from the sidebar)."""
    return ExportSettings(
        reviewer=reviewer_name(),
        review_date=st.session_state.get(REVIEW_DATE),
        disclaimer=st.session_state.get(DISCLAIMER),
    )


def settings_fields() -> None:
    """The review date and the disclaimer every report states."""
    if REVIEW_DATE not in st.session_state:
        st.session_state[REVIEW_DATE] = datetime.now(UTC).date()
    if DISCLAIMER not in st.session_state:
        st.session_state[DISCLAIMER] = DEFAULT_DISCLAIMER
    left, right = st.columns([1, 3])
    left.date_input("Date of the review", key=REVIEW_DATE, format="YYYY-MM-DD")
    right.text_area(
        "Disclaimer at the end of each report",
        key=DISCLAIMER,
        max_chars=SETTING_CHARS,
        height=68,
        help="Empty: no disclaimer. Your name (in the sidebar) is the report's author.",
    )


def _annotated(data: bytes, report: Report) -> bytes:
    return annotate_document(data, report).data


def download_buttons(report: Report) -> None:
    """One button per report format, the negotiation list, and the annotated draft."""
    settings = export_settings()
    key = report.document.sha256[:12]
    st.markdown("**The review report**")
    for column, export in zip(
        st.columns(len(EXPORT_FORMATS)), EXPORT_FORMATS.values(), strict=True
    ):
        column.download_button(
            export.title,
            partial(export.to_bytes, report, settings),  # built when clicked, not every rerun
            file_name=export.file_name(report),
            mime=export.mime,
            key=f"export-{export.name}-{key}",
            on_click="ignore",
            width="stretch",
        )
    st.markdown("**For the other side, and in your own draft**")
    columns = st.columns(3)
    for column, export in zip(columns, NEGOTIATION_FORMATS.values(), strict=False):
        column.download_button(
            export.title,
            partial(export.to_bytes, report, settings),
            file_name=export.file_name(report),
            mime=export.mime,
            key=f"export-{export.name}-{key}",
            on_click="ignore",
            width="stretch",
            help="Each point not dismissed: clause, issue, suggested change, decision, note.",
        )
    data = st.session_state[DOCUMENTS].get(report.document.sha256)
    kind = report.document.format
    if kind in ("pdf", "docx") and data is not None:
        from clausecheck.annotate import MIME_TYPES, annotated_name

        columns[2].download_button(
            f"Your {kind.upper()} with comments",
            partial(_annotated, data, report),
            file_name=annotated_name(report.document.name, kind),
            mime=MIME_TYPES[kind],
            key=f"annotated-{key}",
            on_click="ignore",
            width="stretch",
            help="The agreement itself with a comment on each flagged clause (dismissed issues "
            "left out, your notes and issues in) and each missing section suggested at the end.",
        )
    elif kind in ("pdf", "docx"):
        columns[2].caption("Upload the agreement again to download it with comments.")
    else:
        columns[2].caption("A text agreement has no place for comments: use the reports.")
