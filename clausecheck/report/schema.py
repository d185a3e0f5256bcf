"""The versioned JSON schema of a report, shipped in the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_VERSION = "2.1"


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    """The JSON schema (draft 2020-12) every report validates against."""
    return json.loads(resources.files("clausecheck.report").joinpath("schema.json").read_text())


def validate_report(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``data`` is not a valid report."""
    import jsonschema

    jsonschema.validate(data, report_schema())
