"""Turn classified clauses into findings: one per playbook category, with issues and key terms.

Status rule, first that applies (``types.STATUSES``): ``missing`` when no clause carries the
category; ``ambiguous`` when clauses do but a high-severity issue applies (missing element,
placeholder, contradiction, inverted waiver, vague language where a number is needed);
``deviates`` when the category is found and complete but misses one of the active playbook's
positions (a ``position`` issue); ``present`` otherwise.
"""

from __future__ import annotations

from clausecheck.checks.base import Context
from clausecheck.checks.consistency import check_consistency
from clausecheck.checks.dates import date_issues
from clausecheck.checks.definitions import (
    duplicate_definitions,
    find_definitions,
    undefined_terms,
    unused_definitions,
)
from clausecheck.checks.elements import check_elements, missing_issue
from clausecheck.checks.language import check_language, vague_language
from clausecheck.checks.parties import party_name_issues
from clausecheck.checks.positions import CODE_POSITION, check_positions
from clausecheck.checks.references import dangling_references
from clausecheck.checks.sequence import numbering_issues
from clausecheck.playbooks import Playbook
from clausecheck.terms import align_with_key_terms, extract_key_terms, extract_terms
from clausecheck.types import CATEGORY_TITLES, Clause, Finding, Issue, KeyTerm, Status

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


def status_for(clause_ids: list[str], issues: list[Issue]) -> Status:
    """The documented status rule: missing, then ambiguous, then deviates, then present."""
    if not clause_ids:
        return "missing"
    if any(i.severity == "high" for i in issues):
        return "ambiguous"
    if any(i.code == CODE_POSITION for i in issues):
        return "deviates"
    return "present"


def build_findings(
    clauses: list[Clause], playbook: Playbook, key_terms: dict[str, KeyTerm] | None = None
) -> tuple[list[Finding], list[Issue]]:
    """Findings for each required category, and issues that belong to the document as a whole.

    ``key_terms`` is the report's one extraction (made here when not given): where it reads a
    term (the renewal, the payment term), the findings and the playbook positions take it."""
    if key_terms is None:
        key_terms = extract_key_terms(clauses)
    evidence = {
        category: [c for c in clauses if category in c.labels] for category in playbook.require
    }
    ctx = Context(clauses=clauses, playbook=playbook, evidence=evidence)
    ctx.terms = {
        category: align_with_key_terms(
            category, extract_terms(category, [c.text for c in found]), key_terms
        )
        if found
        else {}
        for category, found in evidence.items()
    }
    language, document_issues = check_language(ctx)
    consistency, more_document_issues = check_consistency(ctx)
    document_issues += more_document_issues
    document_issues += document_checks(ctx)
    findings = []
    for category in playbook.require:
        found = evidence[category]
        if not found:
            findings.append(Finding(category, "missing", [], {}, [missing_issue(category)]))
            continue
        element_issues = check_elements(category, ctx)
        needs_number = bool(element_issues)
        issues = element_issues
        for clause in found:
            issues += vague_language(category, clause, needs_number)
        issues += language.get(category, []) + consistency.get(category, [])
        issues += check_positions(category, ctx)
        ids = [c.id for c in found]
        findings.append(Finding(category, "present", ids, ctx.terms[category], issues))
    one_issue_per_phrase(findings, ctx)
    for finding in findings:
        finding.issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
        finding.status = status_for(finding.clause_ids, finding.issues)
    document_issues = _unique_issues(document_issues)
    document_issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
    return findings, document_issues


def document_checks(ctx: Context) -> list[Issue]:
    """Checks on the document as a whole: references, definitions, numbering, parties, dates."""
    clauses = [c for c in ctx.clauses if c.text]
    definitions = find_definitions(clauses)  # once, for the four checks that read them
    return [
        *dangling_references(ctx),
        *undefined_terms(clauses, definitions),
        *unused_definitions(clauses, definitions),
        *duplicate_definitions(clauses, definitions),
        *numbering_issues(ctx.clauses),
        *party_name_issues(clauses, definitions),
        *date_issues(clauses),
    ]


def _phrase_key(issue: Issue) -> tuple[str | None, str]:
    return issue.clause_id, " ".join((issue.quote or "").lower().split())


def _unique_issues(issues: list[Issue]) -> list[Issue]:
    """The issues without repeats of the same phrase in the same clause (first one kept)."""
    seen: set[tuple[str, str | None, str | None, str]] = set()
    unique = []
    for item in issues:
        key = (item.code, item.element, *_phrase_key(item))
        if item.clause_id is None or key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


def one_issue_per_phrase(findings: list[Finding], ctx: Context) -> None:
    """One issue per flagged phrase per clause, in place.

    Where a clause carries two categories, its flagged phrase is reported in the category where
    it weighs most (highest severity, then the clause's most confident category); the other
    categories keep an information item that points to it, so their status does not count it
    twice.
    """
    for finding in findings:
        finding.issues = _unique_issues(finding.issues)
    owners: dict[tuple[str | None, str], tuple[Finding, Issue]] = {}
    for finding in findings:
        for item in finding.issues:
            if item.clause_id is None or item.severity == "info" or item.code == "missing_element":
                continue
            key = _phrase_key(item)
            best = owners.get(key)
            if best is None or _weight(item, finding, ctx) < _weight(best[1], best[0], ctx):
                owners[key] = (finding, item)
    for finding in findings:
        kept = []
        for item in finding.issues:
            owner = owners.get(_phrase_key(item))
            if owner is None or owner[1] is item or item.code == "missing_element":
                kept.append(item)
                continue
            kept.append(
                Issue(
                    code=item.code,
                    severity="info",
                    message=f'"{item.quote}" is reported under {CATEGORY_TITLES[owner[0].category]} '
                    f"({owner[1].severity} severity).",
                    clause_id=item.clause_id,
                    quote=item.quote,
                    page=item.page,
                )
            )
        finding.issues = kept


def _weight(item: Issue, finding: Finding, ctx: Context) -> tuple[int, float]:
    """Sort key: higher severity first, then the category the clause is most surely about."""
    clause = next((c for c in ctx.clauses if c.id == item.clause_id), None)
    score = clause.scores.get(finding.category, 0.0) if clause else 0.0
    return SEVERITY_ORDER[item.severity], -score
