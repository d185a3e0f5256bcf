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
from clausecheck.checks.elements import check_elements, missing_issue
from clausecheck.checks.language import check_language, vague_language
from clausecheck.checks.positions import CODE_POSITION, check_positions
from clausecheck.playbooks import Playbook
from clausecheck.terms import extract_terms
from clausecheck.types import Clause, Finding, Issue, Status

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


def build_findings(clauses: list[Clause], playbook: Playbook) -> tuple[list[Finding], list[Issue]]:
    """Findings for each required category, and issues that belong to the document as a whole."""
    evidence = {
        category: [c for c in clauses if category in c.labels] for category in playbook.require
    }
    ctx = Context(clauses=clauses, playbook=playbook, evidence=evidence)
    ctx.terms = {
        category: extract_terms(category, [c.text for c in found]) if found else {}
        for category, found in evidence.items()
    }
    language, document_issues = check_language(ctx)
    consistency, more_document_issues = check_consistency(ctx)
    document_issues += more_document_issues
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
        issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
        ids = [c.id for c in found]
        findings.append(
            Finding(category, status_for(ids, issues), ids, ctx.terms[category], issues)
        )
    document_issues.sort(key=lambda i: SEVERITY_ORDER[i.severity])
    return findings, document_issues
