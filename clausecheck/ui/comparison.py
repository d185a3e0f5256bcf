"""Several agreements side by side: statuses and key terms, outliers marked, coverage, downloads."""

from __future__ import annotations

from functools import partial

import altair as alt
import pandas as pd
import streamlit as st

from clausecheck.compare import Comparison, compare_reports, to_csv, to_xlsx
from clausecheck.deadlines import deadlines, to_ics
from clausecheck.escaping import display_name, markdown_text
from clausecheck.report.statuses import STATUS_STYLES
from clausecheck.types import CATEGORY_TITLES, Report
from clausecheck.ui.agreement import STATUS_LABEL

STATUS_FILL = {key: style.fill for key, style in STATUS_STYLES.items()}
"""Cell colours of the statuses, as in the XLSX comparison."""
OUTLIER_STYLE = "background-color: #f5c2c7; font-weight: 700"
STATUS_ORDER = ["present", "deviates", "ambiguous", "missing"]
CHART_COLOURS = ["#2e7d32", "#6f42c1", "#f0ad4e", "#c62828"]
"""Coverage bar colours, in STATUS_ORDER."""
COMPARISON_DOWNLOADS = {
    "csv": (to_csv, "text/csv"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}
CALENDAR_MIME = "text/calendar"
"""The comparison's downloads: file extension -> (writer, MIME type)."""


def unique_names(names: list[str]) -> list[str]:
    """Column titles for the agreements; a repeated file name gets ' (2)', ' (3)'…"""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        unique.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return unique


def matrix(comparison: Comparison) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per agreement (sortable by any column): statuses, then key terms; each cell's CSS."""
    header, body = comparison.table()
    keys = comparison.keys()
    index = unique_names([display_name(row.document) for row in comparison.rows])
    values = pd.DataFrame([cells[1:] for cells in body], index=index, columns=header[1:])
    for category in comparison.categories:
        title = CATEGORY_TITLES[category]
        values[title] = values[title].replace(STATUS_LABEL)
    styles = pd.DataFrame("", index=values.index, columns=values.columns)
    for name, row in zip(index, comparison.rows, strict=True):
        for title, key in zip(header[1:], keys[1:], strict=True):
            if (row.sha256, key) in comparison.outliers:
                styles.loc[name, title] = OUTLIER_STYLE
            elif key in comparison.categories:
                styles.loc[name, title] = (
                    f"background-color: {STATUS_FILL.get(row.statuses.get(key), '')}"
                )
    return values, styles


def coverage_chart(comparison: Comparison) -> alt.Chart:
    """Per category, how many agreements have it present, deviating, ambiguous or missing."""
    data = pd.DataFrame(
        [
            {
                "Category": CATEGORY_TITLES[category],
                "Status": status,
                "Agreements": count,
                "Rank": STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER),
            }
            for category, counts in comparison.coverage().items()
            for status, count in counts.items()
        ]
    )
    order = [CATEGORY_TITLES[c] for c in comparison.categories]
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("Agreements:Q", axis=alt.Axis(tickMinStep=1), title="Agreements"),
            y=alt.Y("Category:N", sort=order, title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color(
                "Status:N",
                scale=alt.Scale(domain=STATUS_ORDER, range=CHART_COLOURS),
                legend=alt.Legend(orient="bottom", title=None),
            ),
            order=alt.Order("Rank:Q"),
            tooltip=["Category", "Status", "Agreements"],
        )
        .properties(height=alt.Step(28))
    )


def comparison_view(reports: list[Report]) -> None:
    """The comparison of every agreement that could be read, and their deadlines as a calendar."""
    if len(reports) < 2:
        st.info("Upload two or more agreements to compare them side by side.")
    else:
        side_by_side(reports)
    calendar_download(reports)


def calendar_download(reports: list[Report]) -> None:
    """Each agreement's renewal-notice deadline and expiry as an .ics file, with reminders."""
    events = [d for report in reports for d in deadlines(report)]
    st.markdown("**Deadlines**")
    if not events:
        st.caption("No renewal-notice deadline or expiry date was found in these agreements.")
        return
    st.caption(
        "; ".join(
            f"{markdown_text(d.title)} on {d.day.isoformat()}"
            for d in sorted(events, key=lambda d: d.day)
        )
    )
    st.download_button(
        f"Deadlines calendar (ICS, {len(events)} events)",
        partial(to_ics, reports),  # built when clicked, not on every rerun
        file_name="deadlines.ics",
        mime=CALENDAR_MIME,
        on_click="ignore",
        key="calendar-ics",
    )


def side_by_side(reports: list[Report]) -> None:
    """One row per agreement, outliers, coverage and the comparison's downloads."""
    comparison = compare_reports(reports)
    st.subheader(f"{len(reports)} agreements side by side", anchor=False)
    st.caption(
        "One row per agreement: statuses per category, then the key terms found (sort by any "
        "column). 'not found' is not 'no'. Outliers (a number far from comparable ones, or a "
        "section most agreements have and this one lacks) are marked in red; the XLSX download "
        "gives each value's clause and page."
    )
    values, styles = matrix(comparison)
    st.dataframe(
        values.style.apply(lambda _: styles, axis=None),
        height=(len(values) + 1) * 35 + 3,
        column_config={"_index": st.column_config.Column("Agreement", width=220)},
        key="comparison-matrix",
    )
    if comparison.outliers:
        names = {row.sha256: row.document for row in comparison.rows}
        st.markdown(
            "**Outliers**\n\n"
            + "\n".join(
                f"- {markdown_text(display_name(names[sha]))}: {markdown_text(reason)}"
                for (sha, _), reason in sorted(comparison.outliers.items())
            )
        )
    st.markdown("**Coverage across the agreements**")
    st.altair_chart(coverage_chart(comparison), width="stretch", key="coverage-chart")
    for column, (extension, (writer, mime)) in zip(
        st.columns([1, 1, 3])[:2], COMPARISON_DOWNLOADS.items(), strict=True
    ):
        column.download_button(
            f"Comparison ({extension.upper()})",
            partial(writer, comparison),  # built when clicked, not on every rerun
            file_name=f"comparison.{extension}",
            mime=mime,
            on_click="ignore",
            key=f"compare-{extension}",
            width="stretch",
        )
