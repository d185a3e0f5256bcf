"""The evaluation on CUAD: heading rules, and no figure falls more than two points below the card."""

from __future__ import annotations

import json

import pytest

from clausecheck.evaluate import (
    ALLOWED_DROP,
    EVALUATION_FILE,
    check_against_record,
    evaluate,
    heading_label,
    normalise_answer,
)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Governing Law", (True, "governing_law")),
        ("Governing Law; Jurisdiction", (True, "governing_law")),
        ("Compliance with Applicable Laws", (True, None)),
        ("No Waiver", (True, "waiver")),
        ("Amendments and Waivers", (True, "waiver")),
        ("Waiver of Jury Trial", (True, None)),
        ("Term and Termination", (True, "termination")),
        ("Payment Terms", (True, "pricing")),
        ("Attorneys' Fees", (True, None)),
        ("Notices", (True, None)),
        ("Governing Law; Waiver", (False, None)),
        ("Term", (True, "termination")),
        ("Effects of Expiration", (True, "termination")),
        ("Long-Term Forecast", (False, None)),
        ("Shipping Term; Title and Risk of Loss", (False, None)),
        ("Determination of Royalties", (True, "pricing")),
        ("Term of Guaranty", (False, None)),
        ("Survival of Obligations upon Termination", (False, None)),
        ("Confidential Treatment Requested", (False, None)),
        ("Return of Confidential Information", (True, "confidentiality")),
        ("Purple Elephants", (False, None)),
    ],
)
def test_heading_rules(heading, expected):
    assert heading_label(heading) == expected


def test_cuad_answers_are_normalised():
    assert normalise_answer("England, United Kingdom; Wales, United Kingdom") == {
        "England and Wales"
    }
    assert normalise_answer("Ontario, Canada") == {"Ontario"}
    assert normalise_answer("") == set()


@pytest.mark.slow
def test_no_figure_drops_below_the_model_card(cuad_dir):
    recorded = json.loads(EVALUATION_FILE.read_text())
    evaluation = evaluate(cuad_dir)
    assert evaluation["contracts"] == recorded["contracts"]
    assert evaluation["errors"] == []
    drops = check_against_record(evaluation)
    assert drops == [], (
        f"figures fell more than {ALLOWED_DROP} below models/evaluation.json: {drops}"
    )
