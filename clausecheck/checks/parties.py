"""Party names: a party called by a name the agreement never gave it.

The parties are named where the agreement introduces them: 'Acme Ltd ("Supplier") and Beta plc
("Client")', 'hereinafter referred to as the "Vendor"'. A role word that the agreement uses as a
name ('the Vendor shall', 'Contractor's personnel') but never defines, while it names its
parties otherwise, is a slip a court may have to resolve: which party is meant?
"""

from __future__ import annotations

import re

from clausecheck.checks.base import clause_ref, issue
from clausecheck.checks.definitions import Definition, find_definitions, normalise_term
from clausecheck.types import Clause, Issue

CODE_PARTY_NAME = "party_name"

ROLE_WORDS = (
    "Supplier",
    "Vendor",
    "Provider",
    "Service Provider",
    "Contractor",
    "Subcontractor",
    "Consultant",
    "Customer",
    "Client",
    "Buyer",
    "Purchaser",
    "Seller",
    "Licensor",
    "Licensee",
    "Distributor",
    "Reseller",
    "Agent",
    "Principal",
    "Manufacturer",
    "Lessor",
    "Lessee",
    "Landlord",
    "Tenant",
    "Franchisor",
    "Franchisee",
    "Employer",
    "Employee",
    "Contractee",
    "Outsourcer",
)
"""Words agreements use as names of their parties."""
MIN_NAMED_PARTIES = 2
"""The check runs only where the agreement names at least this many parties by role words."""
MAX_PREAMBLE_CLAUSES = 8
"""The parties are named in the first few clauses (title, preamble, recitals)."""
_ROLE = re.compile(
    r"(?<![\w-])(?P<role>" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True)) + r")"
    r"(?P<possessive>['’]s?)?(?![\w-])(?!\s+[A-Z][a-z])"
)
_USED_AS_NAME = re.compile(
    r"(?:\bthe\s+|^|[.;:(]\s*|\bby\s+|\bto\s+|\bwith\s+|\band\s+|\bor\s+|\bof\s+)$",
    re.IGNORECASE,
)
"""A role word used as a party's name: 'the Vendor', sentence-initial 'Vendor shall', 'by Vendor'."""
_GENERIC = re.compile(
    r"\b(?:any|each|every|another|other|a|an|such|no|third[- ]party|its|their|his|her|our|your|"
    r"prospective|potential|new|successor|replacement|sub-?|third|all)\s+"
    r"(?:[A-Z][\w-]*\s+(?:or|and|and/or)\s+)?$",
    re.IGNORECASE,
)
"""'any Customer', 'a third-party Supplier', 'its Customers': a class of people, not a party."""


def party_names(clauses: list[Clause], definitions: list[Definition] | None = None) -> set[str]:
    """The role words the agreement defines, anywhere, as names ('"Supplier"', '(the "Client")')."""
    if definitions is None:
        definitions = find_definitions(clauses)
    return {normalise_term(d.term) for d in definitions}


def named_parties(clauses: list[Clause]) -> list[str]:
    """Role words the preamble defines as the parties' names, in order."""
    preamble = clauses[:MAX_PREAMBLE_CLAUSES]
    names = []
    for definition in find_definitions(preamble):
        term = definition.term.strip()
        if term in ROLE_WORDS and term not in names:
            names.append(term)
    return names


def party_name_issues(
    clauses: list[Clause], definitions: list[Definition] | None = None
) -> list[Issue]:
    """One issue per role word used as a party's name but never given to a party."""
    parties = named_parties(clauses)
    if len(parties) < MIN_NAMED_PARTIES:
        return []
    defined = party_names(clauses, definitions)
    issues = []
    reported: set[str] = set()
    for clause in clauses:
        for match in _ROLE.finditer(clause.text):
            role = match.group("role")
            key = normalise_term(role)
            if role in parties or key in defined or role in reported:
                continue
            if any(key in d.split() or d in key for d in defined if d):
                continue  # 'Service Provider' defined, 'Provider' used; 'Customer Data' defined
            before = clause.text[max(0, match.start() - 30) : match.start()]
            if _GENERIC.search(before) or not _USED_AS_NAME.search(before):
                continue
            reported.add(role)
            issues.append(
                issue(
                    CODE_PARTY_NAME,
                    "medium",
                    f"{clause_ref(clause)[:1].upper() + clause_ref(clause)[1:]} names a party "
                    f'"{role}", but the agreement calls its parties '
                    + " and ".join(f'"{p}"' for p in parties)
                    + ".",
                    clause,
                    quote=role,
                    suggestion=f'Use the name the agreement gives the party, or define "{role}".',
                )
            )
    return issues
