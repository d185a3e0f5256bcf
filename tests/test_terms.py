"""Key terms from sentences written for these tests: each has positive and negative cases."""

from __future__ import annotations

import pytest

from clausecheck.terms import (
    amounts,
    courts,
    cure_days,
    extract_terms,
    jurisdictions,
    notice_days,
    parse_number,
    payment_days,
    sla_metrics,
    states_choice_of_law,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("30", 30),
        ("thirty", 30),
        ("twenty-four", 24),
        ("one hundred", 100),
        ("1,000", 1000),
        ("forty five", 45),
    ],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_parse_number_rejects_words():
    assert parse_number("several") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This Agreement is governed by the laws of the State of New York.", ["New York"]),
        (
            "governed by and construed in accordance with the laws of England and Wales",
            ["England and Wales"],
        ),
        ("This Agreement shall be governed by English law.", ["England and Wales"]),
        ("the laws of the Federal Republic of Germany shall govern", ["Germany"]),
        ("This contract is subject to French law and the courts of Paris.", ["France"]),
        ("This Agreement is governed by Delaware law.", ["Delaware"]),
        (
            "construed under the internal laws of the Commonwealth of Massachusetts",
            ["Massachusetts"],
        ),
    ],
)
def test_jurisdiction_is_the_chosen_law(text, expected):
    assert jurisdictions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Supplier is a company incorporated in Delaware with offices in New York.",
        "Each party submits to the exclusive jurisdiction of the courts of Ontario.",
        "The Services are performed in Texas and California.",
    ],
)
def test_places_that_are_not_a_choice_of_law(text):
    assert jurisdictions(text) == []


def test_courts_are_named_separately_from_the_law():
    text = "This Agreement is governed by the laws of New York, and the courts of Delaware have exclusive jurisdiction."
    assert jurisdictions(text) == ["New York"]
    assert courts(text) == ["Delaware"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Either party may terminate on ninety (90) days' prior written notice.", [90]),
        ("on not less than thirty days written notice to the other party", [30]),
        ("by giving three months' notice in writing", [90]),
        ("with a notice period of 60 days", [60]),
    ],
)
def test_notice_days(text, days):
    assert notice_days(text) == days


def test_notice_days_ignores_other_durations():
    assert (
        notice_days("The initial term is three (3) years. Fees are payable within 30 days.") == []
    )


def test_cure_days():
    text = "if the breach is not cured within thirty (30) days after written notice of it"
    assert cure_days(text) == [30]
    assert cure_days("Either party may terminate on 90 days' written notice.") == []


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Customer shall pay each invoice within forty-five (45) days of receipt.", [45]),
        ("Payment terms are net 30.", [30]),
        ("Invoices are payable no later than sixty days after the invoice date.", [60]),
    ],
)
def test_payment_days(text, days):
    assert payment_days(text) == days


def test_payment_days_ignores_delivery_times():
    assert payment_days("Supplier shall deliver within 14 days of the purchase order.") == []


def test_amounts_with_currency_and_basis():
    found = amounts(
        "Rates: $29.50 per productive agent hour, £0.90 per handled minute and EUR 4,100 per FTE per month."
    )
    assert [(a["amount"], a["currency"], a["basis"]) for a in found] == [
        (29.5, "$", "hour"),
        (0.9, "£", "minute"),
        (4100.0, "EUR", "FTE"),
    ]


def test_sla_metrics_with_targets():
    text = (
        "Provider shall answer 80% of calls within 20 seconds each month and keep the abandonment rate "
        "below 5%. Average speed of answer shall not exceed thirty (30) seconds."
    )
    metrics = {m["name"]: m for m in sla_metrics(text)}
    assert (
        metrics["service_level"]["target"] == 80
        and metrics["service_level"]["within"] == "20 seconds"
    )
    assert metrics["abandonment_rate"]["target"] == 5 and metrics["abandonment_rate"]["unit"] == "%"
    assert metrics["average_speed_of_answer"]["target"] == 30
    assert metrics["service_level"]["period"] == "each month"


def test_sla_without_numbers_has_no_target():
    metrics = sla_metrics("Provider shall answer calls promptly and keep abandonment low.")
    assert metrics and all(m["target"] is None for m in metrics)


def test_category_terms():
    conf = extract_terms(
        "confidentiality",
        [
            "These obligations survive for five (5) years after termination. Provider complies with the GDPR and PCI DSS "
            "and notifies Client of any security breach within twenty-four (24) hours."
        ],
    )
    assert conf["survival"] == "five (5) years"
    assert conf["data_protection"] == ["GDPR", "PCI DSS"]
    assert conf["breach_notification"] == "twenty-four (24) hours"
    term = extract_terms(
        "termination",
        [
            "The initial term is three (3) years and renews automatically. Client may terminate for convenience on "
            "90 days' notice. Provider shall provide exit assistance."
        ],
    )
    assert (
        term["notice_days"] == [90]
        and term["termination_for_convenience"]
        and term["exit_assistance"]
    )
    assert term["renewal"] and term["initial_term"] == "three (3) years"
    waiver = extract_terms("waiver", ["No waiver is effective unless it is in writing and signed."])
    assert waiver["written_form_required"] is True
    assert extract_terms("waiver", ["A delay is not a waiver."])["written_form_required"] is False
    scope = extract_terms(
        "scope",
        ["Inbound calls, email and web chat, 8:00 a.m. to 8:00 p.m., in English and Spanish."],
    )
    assert scope["channels"] == ["inbound calls", "email", "chat"]
    assert scope["languages"] == ["English", "Spanish"] and scope["service_hours"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This Agreement is entered into in the State of New Jersey and shall be construed in "
            "accordance with the laws of that State.",
            ["New Jersey"],
        ),
        (
            "This Agreement shall be construed, performed and governed by the laws in the State "
            "of Washington.",
            ["Washington"],
        ),
        (
            "THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF MINNESOTA, WITHOUT "
            "REGARD TO ITS CONFLICT OF LAWS PRINCIPLES.",
            ["Minnesota"],
        ),
        ("THIS AGREEMENT IS GOVERNED BY THE LAWS OF ENGLAND AND WALES.", ["England and Wales"]),
    ],
)
def test_jurisdiction_by_reference_in_capitals_and_with_in(text, expected):
    assert jurisdictions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abandonment Rate means calls abandoned after five (5) seconds in queue.", []),
        ("The Abandonment Rate shall not exceed 5% in any month.", [("abandonment_rate", 5.0)]),
        (
            "Provider shall deliver a corrective plan within ten (10) days of a Service Level failure.",
            [("service_level", None)],
        ),
        (
            "Nonconforming Products shall not exceed five hundred (500) parts per million.",
            [("defect_rate", 500.0)],
        ),
    ],
)
def test_metric_targets_come_from_targets_not_definitions(text, expected):
    assert [(m["name"], m["target"]) for m in sla_metrics(text)] == expected


@pytest.mark.parametrize(
    ("text", "chooses"),
    [
        (
            "(a) This Agreement is governed in all respects by the laws of the State of Delaware.",
            True,
        ),
        ("The laws of England shall govern this Agreement and any dispute under it.", True),
        ("ABC Inc., a corporation organized under the laws of Delaware, and XYZ.", False),
        ("Supplier shall comply with all laws of the State of Ohio.", False),
        ("Any dispute shall be settled by arbitration in New York.", False),
    ],
)
def test_a_stated_choice_of_law_is_recognised(text, chooses):
    assert states_choice_of_law(text) is chooses
