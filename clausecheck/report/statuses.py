"""The four statuses as every export and the page show them: a word, a mark and two colours."""

from __future__ import annotations

from dataclasses import dataclass

from clausecheck.types import STATUSES


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How one status is shown."""

    label: str
    icon: str
    """A mark that common fonts draw and that differs in shape, not only in colour (readers
    who do not see red from green, and black-and-white prints, still tell them apart)."""
    ink: str
    """Text colour, dark enough on ``fill`` and on white (WCAG AA)."""
    fill: str
    """Background colour of a badge or table cell."""
    badge: str
    """The review page's badge colour name (Streamlit's palette)."""
    meaning: str
    """What the status says, for the legend and the summary."""

    @property
    def marked(self) -> str:
        """'✗ missing'."""
        return f"{self.icon} {self.label}"


STATUS_STYLES: dict[str, StatusStyle] = {
    "missing": StatusStyle(
        "missing", "✗", "#842029", "#f8d7da", "red", "no clause of the agreement covers it"
    ),
    "ambiguous": StatusStyle(
        "ambiguous",
        "⚠",
        "#664d03",
        "#fff3cd",
        "orange",
        "covered, but a serious point is unclear, contradictory or incomplete",
    ),
    "deviates": StatusStyle(
        "deviates",
        "≠",
        "#084298",
        "#cfe2ff",
        "blue",
        "covered and complete, but against the position the playbook asks for",
    ),
    "present": StatusStyle(
        "present", "✓", "#0f5132", "#d1e7dd", "green", "covered, with no serious issue"
    ),
}
"""Every status, in order of precedence (``types.STATUSES``)."""
assert tuple(STATUS_STYLES) == STATUSES


def status_style(status: str) -> StatusStyle:
    """The style of ``status``; an unknown status (a newer report) is shown as itself, in grey."""
    return STATUS_STYLES.get(status) or StatusStyle(
        status, "•", "#383d41", "#e2e3e5", "gray", status
    )
