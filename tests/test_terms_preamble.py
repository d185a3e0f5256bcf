"""Parties and the term as agreements state them, from preambles and term clauses written for
these tests (not taken from any real contract)."""

from __future__ import annotations

import pytest

from clausecheck.terms import extract_key_terms
from clausecheck.types import Clause


def _key_terms(*texts: str) -> dict:
    clauses = [Clause(id=f"c{n}", text=t, page=n) for n, t in enumerate(texts, start=1)]
    return {name: term.value for name, term in extract_key_terms(clauses).items()}


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "This Hosting Agreement is made on 2 May 2024 by and between quietline.io, Inc., a "
            'Delaware corporation ("Quietline"), and Harbour Lane Foods LLC, an Ohio limited '
            'liability company ("Customer").',
            ["quietline.io, Inc.", "Harbour Lane Foods LLC"],
        ),
        (
            "This Agreement is entered into by and between Northwind Traders Pty Ltd, with its "
            'registered office in Perth, Hereinafter referred to as "Client" and e-Dial '
            "Contact Services Limited, with its principal place of business in Leeds, "
            'Hereinafter referred to as "Provider".',
            ["Northwind Traders Pty Ltd", "e-Dial Contact Services Limited"],
        ),
        (
            "This Agreement, made on 1 March 2023 between the CITY OF MAPLE FALLS, a municipal "
            'corporation ("City"), and Crestline Answering Co., a Vermont corporation '
            '("Contractor").',
            ["CITY OF MAPLE FALLS", "Crestline Answering Co."],
        ),
    ],
)
def test_parties_named_in_lower_case_without_brackets_or_after_the(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


@pytest.mark.parametrize(
    ("preamble", "parties"),
    [
        (
            "MASTER SERVICES AGREEMENT Between KESTREL AIRWAYS S.A. (as Customer) and FIELDMARK "
            "CALL SOLUTIONS LTD (as Contractor) 2 June 2021",
            ["KESTREL AIRWAYS S.A.", "FIELDMARK CALL SOLUTIONS LTD"],
        ),
        (
            "This Agreement is made by and between Pinecrest Media, Inc., a Nevada corporation "
            "(the AGENCY), and Tollgate Contact Centres Limited located at 4 Mill Road, Derby "
            "(TCC).",
            ["Pinecrest Media, Inc.", "Tollgate Contact Centres Limited"],
        ),
    ],
)
def test_parties_defined_without_quotes(preamble, parties):
    assert _key_terms(preamble)["parties"] == parties


def test_parties_in_a_capitals_title_joined_by_a_lower_case_and():
    title = (
        "CUSTOMER CARE SERVICES AGREEMENT by and between BRIGHTWAVE TELECOM, INC and "
        "ORCHARD STREET SUPPORT LIMITED TABLE OF CONTENTS 1. Definitions 2. Services"
    )
    found = _key_terms(title)["parties"]
    assert found == ["BRIGHTWAVE TELECOM, INC", "ORCHARD STREET SUPPORT LIMITED"]


def test_a_between_in_the_recitals_is_not_the_preamble():
    preamble = (
        'This Outsourcing Agreement (the "Agreement") is effective as of the later of the two '
        'signature dates below (the "Effective Date") Lakeview Clinics Corp. ("Lakeview"), a '
        "Texas corporation, and TELEPOINT SERVICES "
        'LIMITED ("Telepoint"), an English company. Recitals Lakeview and Telepoint are parties '
        "to a pilot agreement made between them in 2021."
    )
    assert _key_terms(preamble)["parties"] == [
        "Lakeview Clinics Corp.",
        "TELEPOINT SERVICES LIMITED",
    ]


@pytest.mark.parametrize(
    ("term_clause", "expiry", "days"),
    [
        (
            "The Term shall begin on April 1, 2024 and shall run for a period of two (2) years, "
            "expiring March 31, 2026.",
            "2026-03-31",
            729,
        ),
        (
            "The term of this Agreement shall be two years from July 1, 2022 to June 30, 2024.",
            "2024-06-30",
            730,
        ),
        (
            "The term of this Agreement shall commence on January 1, 2025 and extend through "
            "December 31, 2025.",
            "2025-12-31",
            364,
        ),
    ],
)
def test_a_stated_end_is_the_expiry(term_clause, expiry, days):
    found = _key_terms(term_clause)
    assert found["expiration_date"] == expiry
    assert found["initial_term_days"] == days


@pytest.mark.parametrize(
    ("term_clause", "days"),
    [
        (
            "The term of this Agreement will commence on the Effective Date and continue for a "
            "period of three (3) years after the Effective Date.",
            1095,
        ),
        (
            "The term of this Agreement shall begin on the Effective Date and shall continue "
            "for a period of 18 months thereafter.",
            540,
        ),
    ],
)
def test_a_length_counted_from_the_start_is_the_term(term_clause, days):
    preamble = 'This Agreement is made on 1 February 2024 (the "Effective Date").'
    found = _key_terms(preamble, term_clause)
    assert found["initial_term_days"] == days


def test_a_period_after_termination_is_not_the_term():
    survival = (
        "The term of the confidentiality obligations shall continue for three (3) years after "
        "termination of this Agreement."
    )
    assert "initial_term_days" not in _key_terms(survival)
