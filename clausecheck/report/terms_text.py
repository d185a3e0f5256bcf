"""Key terms as short text, the same in every report format and in the comparison."""

from __future__ import annotations

from typing import Any

MAX_AMOUNTS_SHOWN = 6
MAX_METRICS_SHOWN = 8


def metric_text(metric: dict[str, Any]) -> str:
    """'average speed of answer 30 s', 'service level 80% within 20 s', or the bare name."""
    text = metric["name"].replace("_", " ")
    if metric.get("target") is not None:
        unit = metric.get("unit") or ""
        text += f" {metric['target']:g}{unit if unit in ('%', '') else ' ' + unit}"
    if metric.get("within"):
        text += f" within {metric['within']}"
    return text


def measured_metrics_text(metrics: list[dict[str, Any]]) -> list[str]:
    """Each metric with a target, once: 'service level 80% within 20 seconds'."""
    return list(dict.fromkeys(metric_text(m) for m in metrics if m.get("target") is not None))


def metrics_text(metrics: list[dict[str, Any]]) -> str | None:
    """The measured metrics; the names alone, each once, where no target is stated. A clause
    that only refers to 'each Service Level' adds nothing beside a stated target."""
    shown = measured_metrics_text(metrics) or list(dict.fromkeys(map(metric_text, metrics)))
    return ", ".join(shown[:MAX_METRICS_SHOWN]) or None


def term_text(key: str, value: Any) -> str | None:
    """One key term's value as text, or None when there is nothing to show."""
    if value in (None, [], {}, False, ""):
        return None
    if key == "amounts":
        return ", ".join(
            a["text"] + (f" per {a['basis']}" if a.get("basis") else "")
            for a in value[:MAX_AMOUNTS_SHOWN]
        )
    if key == "metrics":
        return metrics_text(value)
    if key.endswith("_days"):
        days = value if isinstance(value, list) else [value]
        return ", ".join(f"{d} days" for d in days)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if value is True:
        return "yes"
    return str(value)


def term_label(key: str) -> str:
    """'renewal_notice_days' -> 'renewal notice': the unit is in the value ('90 days')."""
    return key.removesuffix("_days").replace("_", " ")


def terms_line(terms: dict[str, Any]) -> str | None:
    """'jurisdiction: New York; courts: New York', or None when no term was found."""
    shown = [
        f"{term_label(key)}: {text}"
        for key, value in terms.items()
        if (text := term_text(key, value)) is not None
    ]
    return "; ".join(shown) if shown else None
