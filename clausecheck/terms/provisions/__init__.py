"""Provisions a buyer screens for, as yes/no with the sentence that says so: exclusivity,
non-compete, non-solicitation, assignment, change of control, audit rights, minimum commitment,
insurance, most-favoured-nation pricing, liquidated damages, assignment of IP, uncapped
liability, post-termination services (the cap and uncapped liability are in ``liability``).

Each flag is a rule: a pattern that must match a sentence, and patterns that veto it there
(hard negatives: 'non-exclusive', 'exclusive jurisdiction', a survival clause naming the
provision). Headings count as context: a sentence under 'Insurance' is read as insurance.
"""

from __future__ import annotations

from clausecheck.terms.liability import UNCAPPED_LIABILITY
from clausecheck.terms.provisions import (
    anti_assignment,
    audit_rights,
    change_of_control,
    exclusivity,
    insurance,
    ip_assignment,
    liquidated_damages,
    minimum_commitment,
    most_favoured_nation,
    non_compete,
    non_solicitation,
    post_termination_services,
)
from clausecheck.terms.rules import Rule

RULES: dict[str, Rule] = {
    "exclusivity": exclusivity.RULE,
    "non_compete": non_compete.RULE,
    "non_solicitation": non_solicitation.RULE,
    "anti_assignment": anti_assignment.RULE,
    "change_of_control": change_of_control.RULE,
    "audit_rights": audit_rights.RULE,
    "minimum_commitment": minimum_commitment.RULE,
    "insurance": insurance.RULE,
    "most_favoured_nation": most_favoured_nation.RULE,
    "liquidated_damages": liquidated_damages.RULE,
    "ip_assignment": ip_assignment.RULE,
    "uncapped_liability": UNCAPPED_LIABILITY,
    "post_termination_services": post_termination_services.RULE,
}
"""Every provision's rule, in report order (one module each; the uncapped-liability rule is
in ``liability``)."""
