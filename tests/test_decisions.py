"""A reviewer's decisions on real reports of the sample agreements: ids, statuses, exports' data."""

from __future__ import annotations

import pytest

from clausecheck.analysis import analyze
from clausecheck.checks import status_for
from clausecheck.decisions import (
    ADDED_CODE,
    TEXT_LIMIT,
    Review,
    add_issue,
    apply_review,
    decide,
    new_review,
    open_issues,
    set_correction,
    undo_decision,
    without_dismissed,
)
from clausecheck.errors import ReviewError
from clausecheck.playbooks import load_playbook
from clausecheck.report.schema import validate_report
from clausecheck.types import Report


@pytest.fixture(scope="module")
def playbook():
    return load_playbook("call-centre")


@pytest.fixture(scope="module")
def vague(rendered, model, playbook) -> Report:
    """A sample agreement with many issues, analysed from its PDF."""
    return analyze(rendered["contact-centre-vague"]["pdf"], playbook=playbook, model=model)


@pytest.fixture(scope="module")
def sound(rendered, model, playbook) -> Report:
    """A sample agreement where most categories are present."""
    return analyze(rendered["call-centre-services"]["pdf"], playbook=playbook, model=model)


def _issues(report: Report):
    return [i for f in report.findings for i in f.issues] + list(report.issues)


def test_every_issue_gets_an_id_that_survives_analysing_the_same_bytes_again(
    rendered, model, playbook, vague
):
    first = apply_review(vague, None, playbook)
    data = rendered["contact-centre-vague"]["pdf"].read_bytes()
    again = apply_review(
        analyze(data, name="renamed.pdf", playbook=playbook, model=model), None, playbook
    )
    ids = [i.id for i in _issues(first)]
    assert all(ids) and len(set(ids)) == len(ids)
    assert ids == [i.id for i in _issues(again)]
    # The report as analysed is left as it was.
    assert all(i.id is None for i in _issues(vague))


def test_dismissing_the_only_high_issue_lifts_ambiguous_and_keeps_the_issue(vague, playbook):
    plain = apply_review(vague, None, playbook)
    finding = next(
        f
        for f in plain.findings
        if f.status == "ambiguous" and sum(i.severity == "high" for i in f.issues) == 1
    )
    high = next(i for i in finding.issues if i.severity == "high")
    review = new_review(vague, playbook, reviewer="A. Reviewer")
    decide(review, high, "accept")
    assert apply_review(vague, review, playbook).finding(finding.category).status == "ambiguous"

    decide(review, high, "dismiss", reason="The schedule sets this out.")
    reviewed = apply_review(vague, review, playbook).finding(finding.category)
    kept = next(i for i in reviewed.issues if i.id == high.id)
    assert kept.dismissed and kept.decision.reason == "The schedule sets this out."
    assert kept.decision.reviewer == "A. Reviewer"
    assert reviewed.status != "ambiguous"
    assert reviewed.status == status_for(
        reviewed.clause_ids, [i for i in reviewed.issues if i != kept]
    )
    assert high.id not in {i.id for i in open_issues(apply_review(vague, review, playbook))}

    undo_decision(review, high.id)
    assert apply_review(vague, review, playbook).finding(finding.category).status == "ambiguous"


def test_a_note_and_an_acceptance_travel_with_the_issue(vague, playbook):
    plain = apply_review(vague, None, playbook)
    first, second = _issues(plain)[:2]
    review = new_review(vague, playbook)
    decide(review, first, "note", note="Ask the vendor what 'promptly' means.")
    decide(review, second.id, "accept", note="Agreed.")
    by_id = {i.id: i for i in _issues(apply_review(vague, review, playbook))}
    assert by_id[first.id].decision.outcome == "noted"
    assert by_id[first.id].decision.note == "Ask the vendor what 'promptly' means."
    assert by_id[second.id].decision.outcome == "accepted"
    assert by_id[second.id].decision.decided_at.endswith("+00:00")


def test_an_added_high_issue_counts_and_points_at_its_clause(sound, playbook):
    plain = apply_review(sound, None, playbook)
    finding = next(f for f in plain.findings if f.status == "present")
    clause = sound.clause(finding.clause_ids[0])
    review = new_review(sound, playbook)
    added = add_issue(
        review,
        category=finding.category,
        clause_id=clause.id,
        text="No service credits if the target is missed.",
        severity="high",
        suggestion="Add a service-credit table.",
    )
    reviewed = apply_review(sound, review, playbook)
    after = reviewed.finding(finding.category)
    assert after.status == "ambiguous"
    issue = next(i for i in after.issues if i.id == added.id)
    assert issue.code == ADDED_CODE and issue.decision.outcome == "added"
    assert issue.clause_id == clause.id and issue.page == clause.page
    assert " ".join(clause.text.split())[:40] in issue.quote
    # An added issue for the agreement as a whole, or a category the playbook does not hold.
    add_issue(review, text="Signature blocks are missing.", severity="low")
    assert any(
        i.message == "Signature blocks are missing."
        for i in apply_review(sound, review, playbook).issues
    )


def test_label_corrections_rebuild_findings_and_are_recorded(sound, playbook):
    plain = apply_review(sound, None, playbook)
    finding = next(f for f in plain.findings if f.clause_ids)
    review = new_review(sound, playbook)
    for clause_id in finding.clause_ids:
        labels = [label for label in sound.clause(clause_id).labels if label != finding.category]
        set_correction(review, clause_id, labels)
    reviewed = apply_review(sound, review, playbook)
    assert reviewed.finding(finding.category).status == "missing"
    recorded = {c.clause_id: c for c in reviewed.review.corrections}
    assert set(recorded) == set(finding.clause_ids)
    for clause_id, correction in recorded.items():
        assert finding.category in correction.model_labels
        assert finding.category not in correction.labels
        assert reviewed.clause(clause_id).labels == correction.labels


def test_decisions_on_issues_the_report_lacks_are_listed_not_lost(vague, playbook):
    review = new_review(vague, playbook)
    decide(review, "0123456789ab", "dismiss", reason="Not relevant.")
    set_correction(review, "c99999", ["pricing"])
    reviewed = apply_review(vague, review, playbook)
    assert reviewed.review.unmatched_decisions == ["0123456789ab"]
    assert reviewed.review.unmatched_clauses == ["c99999"]


def test_a_reviewed_report_validates_and_reads_back(vague, playbook):
    plain = apply_review(vague, None, playbook)
    review = new_review(vague, playbook, reviewer="Q <b>")
    decide(review, _issues(plain)[0], "dismiss", reason="Covered by <the> MSA & schedule.")
    add_issue(review, category="pricing", text="Late-payment interest is missing.")
    set_correction(review, vague.clauses[0].id, ["scope"])
    reviewed = apply_review(vague, review, playbook)
    data = reviewed.to_dict()
    validate_report(data)
    assert data["schema_version"] == "2.1"
    assert Report.from_dict(data).to_dict() == data
    kept = without_dismissed(reviewed)
    assert not any(i.dismissed for i in _issues(kept))
    assert len(_issues(kept)) == len(_issues(reviewed)) - 1


def test_a_review_reads_back_from_its_json(vague, playbook):
    plain = apply_review(vague, None, playbook)
    review = new_review(vague, playbook, reviewer="Reviewer")
    decide(review, _issues(plain)[0], "dismiss", reason="why", note="and a note")
    add_issue(review, category="sla", text="Text", severity="low", clause_id="c3")
    set_correction(review, "c2", [])
    review.note = "Overall fine."
    assert Review.from_dict(review.to_dict()).to_dict() == review.to_dict()


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"action": "dismiss"}, "E801"),
        ({"action": "dismiss", "reason": " \n\t "}, "E801"),
        ({"action": "dismiss", "reason": "\x00\x00"}, "E801"),
        ({"action": "note"}, "E803"),
        ({"action": "delete"}, "E802"),
        ({"action": "accept", "note": "x" * (TEXT_LIMIT + 1)}, "E804"),
    ],
)
def test_bad_decisions_are_refused_with_their_code(vague, kwargs, code):
    review = new_review(vague)
    with pytest.raises(ReviewError) as caught:
        decide(review, "0123456789ab", **kwargs)
    assert caught.value.code == code
    assert review.decisions == {}


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"text": "x", "category": "payroll"}, "E805"),
        ({"text": "x", "severity": "critical"}, "E806"),
        ({"text": "   "}, "E803"),
        ({"text": "x", "clause_id": "c1' OR 1=1 --"}, "E807"),
    ],
)
def test_bad_added_issues_are_refused_with_their_code(vague, kwargs, code):
    with pytest.raises(ReviewError) as caught:
        add_issue(new_review(vague), **kwargs)
    assert caught.value.code == code


def test_typed_text_loses_control_characters_but_keeps_markup_and_lines(vague):
    review = new_review(vague)
    decision = decide(
        review,
        "0123456789ab",
        "note",
        note="  <script>alert('x')</script>\x00\r\nline two\x1b[31m ",
    )
    assert decision.note == "<script>alert('x')</script>\nline two[31m"
