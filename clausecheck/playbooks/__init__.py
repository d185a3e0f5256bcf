"""Playbooks: which categories a contract type requires, which elements, and preferred positions.

A playbook is a YAML or TOML file; the shipped ones live beside this module. See
``docs/playbooks.md`` for the format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from clausecheck.errors import PlaybookError
from clausecheck.types import CATEGORIES

PLAYBOOK_DIR = Path(__file__).resolve().parent
DEFAULT_PLAYBOOK = "call-centre"
ELEMENTS: dict[str, tuple[str, ...]] = {
    "scope": ("channels",),
    "sla": ("measurable_target",),
    "pricing": ("amount", "payment_terms"),
    "termination": ("notice_period",),
    "governing_law": ("jurisdiction",),
    "confidentiality": ("duration",),
    "waiver": ("written_form",),
}
"""The elements a playbook may require, per category."""
POSITIONS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "governing_law": {"jurisdiction": (list, str)},
    "pricing": {"max_payment_days": int},
    "termination": {"max_notice_days": int, "min_notice_days": int},
    "sla": {"required_metrics": list},
    "confidentiality": {"min_survival_years": int},
}
"""The positions a playbook may take, per category, with the type of each value."""
TOP_LEVEL_KEYS = {"name", "description", "require", "elements", "positions"}


@dataclass(frozen=True, slots=True)
class Playbook:
    name: str
    description: str = ""
    require: tuple[str, ...] = CATEGORIES
    elements: dict[str, tuple[str, ...]] = field(default_factory=dict)
    positions: dict[str, dict[str, Any]] = field(default_factory=dict)


def shipped_playbooks() -> list[str]:
    """Names of the playbooks that ship with clausecheck."""
    return sorted(p.stem for p in PLAYBOOK_DIR.glob("*.yaml"))


def load_playbook(name_or_path: str | Path | None = None) -> Playbook:
    """Load a shipped playbook by name, or a user's YAML/TOML file by path."""
    name_or_path = name_or_path or DEFAULT_PLAYBOOK
    path = Path(name_or_path)
    if not path.suffix and (PLAYBOOK_DIR / f"{name_or_path}.yaml").exists():
        path = PLAYBOOK_DIR / f"{name_or_path}.yaml"
    if not path.is_file():
        raise PlaybookError("E101", name=name_or_path, available=", ".join(shipped_playbooks()))
    return parse_playbook(path.read_bytes(), path.name)


def parse_playbook(data: bytes, source: str = "playbook") -> Playbook:
    """Parse and validate playbook bytes (TOML when the source ends in .toml, else YAML)."""
    try:
        if source.endswith(".toml"):
            raw = tomllib.loads(data.decode("utf-8"))
        else:
            raw = yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PlaybookError("E102", name=source, detail=f"cannot parse ({detail})") from None
    return validate_playbook(raw, source)


def validate_playbook(raw: Any, source: str) -> Playbook:
    """Check every key and value; the first problem becomes a one-line PlaybookError."""

    def fail(detail: str) -> PlaybookError:
        return PlaybookError("E102", name=source, detail=detail)

    if not isinstance(raw, dict):
        raise fail("expected a mapping at the top level")
    unknown = set(raw) - TOP_LEVEL_KEYS
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(TOP_LEVEL_KEYS)}")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("'name' must be a non-empty string")
    require = raw.get("require", list(CATEGORIES))
    if not isinstance(require, list) or not require:
        raise fail("'require' must be a non-empty list of categories")
    for category in require:
        if category not in CATEGORIES:
            raise fail(
                f"unknown category '{category}' in 'require'; known: {', '.join(CATEGORIES)}"
            )
    elements: dict[str, tuple[str, ...]] = {}
    for category, items in (raw.get("elements") or {}).items():
        if category not in CATEGORIES:
            raise fail(f"unknown category '{category}' in 'elements'")
        if not isinstance(items, list):
            raise fail(f"'elements.{category}' must be a list")
        for item in items:
            if item not in ELEMENTS[category]:
                raise fail(
                    f"unknown element '{item}' for {category}; known: {', '.join(ELEMENTS[category])}"
                )
        elements[category] = tuple(items)
    positions: dict[str, dict[str, Any]] = {}
    for category, settings in (raw.get("positions") or {}).items():
        if category not in POSITIONS:
            raise fail(
                f"no positions can be set for '{category}'; possible: {', '.join(POSITIONS)}"
            )
        if not isinstance(settings, dict):
            raise fail(f"'positions.{category}' must be a mapping")
        for key, value in settings.items():
            expected = POSITIONS[category].get(key)
            if expected is None:
                raise fail(
                    f"unknown position '{key}' for {category}; known: {', '.join(POSITIONS[category])}"
                )
            if not isinstance(value, expected) or isinstance(value, bool):
                raise fail(
                    f"'positions.{category}.{key}' has the wrong type ({type(value).__name__})"
                )
        positions[category] = dict(settings)
    return Playbook(
        name=name.strip(),
        description=str(raw.get("description", "")),
        require=tuple(require),
        elements=elements,
        positions=positions,
    )
