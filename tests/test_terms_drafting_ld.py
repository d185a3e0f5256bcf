"""Liquidated damages and termination fees as drafters state them: sentences written for these
tests (not taken from any real contract), each a different drafting of a fixed sum or formula
payable on a breach, a delay or an early end of the agreement, and near misses from the same part
of a contract (damages in general, indemnities, late-payment interest, refunds, exclusions) that
use the words without stating it."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

LABEL = "liquidated_damages"

STATES = [
    # Call-centre services: service credits that the parties call liquidated damages.
    "The parties agree that the Service Credits payable under Schedule 4 constitute liquidated "
    "damages for the Vendor's failure to meet the Call Answer Rate.",
    # Supply: a percentage per week of lateness, in a conditional.
    "If any Goods are delivered after the Delivery Date, the Seller shall pay the Buyer one per "
    "cent of the price of those Goods for every full week of delay, up to a maximum of ten per "
    "cent.",
    # Supply: a price reduction per day by which delivery is late.
    "Where delivery is late, the Contract Price shall be reduced by 0.5% for each day by which "
    "delivery is late.",
    # Manufacturing: a hyphenated late-delivery charge.
    "Manufacturer shall pay Customer a late-delivery charge of two hundred dollars ($200) for "
    "each day that a Purchase Order remains unfilled after its scheduled ship date.",
    # Hosting: delay compensation for a missed go-live.
    "Should the Hosting Environment not be available by the Go-Live Date, the Provider shall pay "
    "the Customer delay compensation of £5,000 per week.",
    # Software licence: the remaining fees for the unexpired term fall due on early termination.
    "If Licensee terminates this Agreement before the end of the Initial Term, all License Fees "
    "for the remainder of the Initial Term shall become immediately due and payable.",
    # SaaS: the balance of the subscription fees, as a covenant.
    "Upon any early termination by Customer for convenience, Customer shall pay to Provider the "
    "Subscription Fees that would have been payable for the unexpired portion of the Subscription "
    "Term.",
    # Distribution: "X may not ... unless ..." with a cancellation fee in words and digits.
    "Distributor may not terminate this Agreement before its third anniversary unless it pays "
    "Supplier a cancellation fee of two hundred thousand dollars ($200,000).",
    # Consulting: a cancellation charge on short notice.
    "Client may cancel a scheduled engagement on less than ten business days' notice only upon "
    "payment of a cancellation charge equal to fifty percent of the fees for the cancelled days.",
    # Construction: a proviso with a defined termination amount.
    "The Owner may terminate the Contract for its convenience at any time, provided that the "
    "Owner pays the Contractor the Early Termination Amount stated in the Contract Particulars.",
    # Outsourcing: passive voice, a termination charge as a condition.
    "Termination by the Customer under Clause 31.2 shall be conditional upon the payment of the "
    "Termination Charge calculated in accordance with Schedule 7.",
    # Franchise: liquidated damages by a formula of royalties.
    "Franchisee shall pay Franchisor, as liquidated damages, an amount equal to the average "
    "monthly Royalty Fees for the preceding twelve months multiplied by thirty-six.",
    # Franchise: why the sum is liquidated, in the words of difficulty and approximation.
    "The parties acknowledge that Franchisor's damages from premature termination would be "
    "difficult to ascertain, and that the amount set out in this Section is a reasonable "
    "approximation of those damages.",
    # Merger: a break fee in a passive sentence.
    "A break fee of $12,500,000 shall be payable by the Company to Parent if this Agreement is "
    "terminated under Section 8.1(d).",
    # Joint venture: a defaulting party pays a fixed sum.
    "A Venturer that fails to contribute its share of the Initial Capital when due shall pay to "
    "the other Venturer liquidated damages of one hundred thousand euros.",
    # A list item after a colon.
    "The following amounts shall be payable by the Supplier on demand: (a) delay damages at the "
    "rate set out in Schedule 5; and (b) any Service Credits.",
    # UK spelling, "by way of" and per calendar day.
    "The Contractor shall pay to the Authority by way of liquidated damages the sum of £750 per "
    "calendar day until the Milestone is achieved.",
    # A European contractual penalty for each instance of breach.
    "For each instance of breach of Clause 9, the Distributor shall pay the Principal a "
    "contractual penalty of EUR 10,000.",
    # Stipulated damages in a services contract.
    "In the event the Agency fails to deliver the Campaign Materials by the Launch Date, the "
    "Agency shall pay the Brand stipulated damages of $2,500.",
    # An exit fee with numbers in words.
    "If the Member withdraws from the Programme within the first year, it shall pay an exit fee "
    "of ten thousand pounds.",
    # Acceleration of minimum royalties on termination for breach.
    "If this Agreement is terminated by Licensor for Licensee's breach, Licensee shall pay the "
    "Minimum Royalties for the remainder of the Term within thirty days of termination.",
    # Pre-estimate language with a per-unit sum.
    "The parties agree that the sum of $3 per Unit short is a genuine pre-estimate of the "
    "Buyer's loss arising from any shortfall in the Monthly Output.",
    # A penalty for late completion, with the sum first.
    "The Builder shall forfeit $1,000 as a penalty for each week that Practical Completion is "
    "delayed beyond the Date for Completion.",
    # Logistics: a kill fee on cancellation of a shipment.
    "If Shipper cancels a booked voyage after the cut-off date, Shipper shall pay Carrier a kill "
    "fee of 25% of the freight.",
    # Agency: a termination payment in a UK covenant.
    "On termination of this Agreement by the Principal without cause, the Principal shall make a "
    "termination payment to the Agent equal to six months' average commission.",
    # Hosting: availability credits named as liquidated damages, in the passive.
    "Availability Credits are paid as liquidated damages and not as a penalty.",
    # Staffing: a conversion fee on hiring a temporary worker (a fee upon breach of no-hire).
    "If Client hires any Associate in breach of Section 6, Client shall pay Agency liquidated "
    "damages equal to twenty-five percent of the Associate's first-year salary.",
    # Oil and gas: a non-consent penalty stated as a percentage before the noun.
    "A Party that elects not to participate in the Completion of a Well shall bear a 300% "
    "non-consent penalty on its share of the Completion Costs.",
    # Carriage: a percentage penalty per day of late arrival.
    "Carrier shall allow Shipper a 2 percent penalty on the freight for each day the Cargo "
    "arrives after the agreed date.",
    # A per-event sum the parties agree is not a penalty.
    "Customer shall pay Provider $5,000 for each missed Launch Window, which the parties agree "
    "is a fair sum and not a penalty.",
    # Lease of equipment: an early termination fee in a defined term.
    'Lessee may end the Lease early upon payment of the early termination fee (the "Early '
    'Termination Fee") specified in the Schedule.',
]
"""Sentences that state a liquidated-damages clause or a termination fee, each drafted
differently."""


NEAR_MISSES = [
    # Damages hard to ascertain, but the remedy is an injunction, not a sum.
    "The parties acknowledge that the Company's damages from a breach of Section 8 would be "
    "difficult to ascertain, and the Company shall therefore be entitled to injunctive relief.",
    # Late-payment interest.
    "Interest shall accrue on late payments at the rate of one and a half percent per month.",
    "A late payment fee of $50 shall be charged on any invoice not paid within thirty days.",
    "Any amount not paid when due shall bear a late charge of 1.5% per month until paid.",
    # Refunds of prepaid fees on termination.
    "Upon termination, Provider shall refund to Customer any prepaid fees for the remainder of "
    "the Subscription Term.",
    "Where the Customer has paid Fees in advance for the remaining period of the Term, the "
    "Provider shall refund such Fees on a pro rata basis.",
    # Indemnities and general damages.
    "Each party shall indemnify the other against all losses, damages and costs arising from "
    "its breach of this Agreement.",
    "The non-breaching party shall be entitled to recover its actual damages resulting from the "
    "breach.",
    # Exclusions of liability.
    "In no event shall either party be liable for any indirect, special or consequential "
    "damages, including lost profits.",
    # Termination without a charge.
    "Either party may terminate this Agreement for convenience upon ninety days' written notice "
    "without liability for any termination charge.",
    "The Seller shall not be entitled to any termination fee if this Agreement is terminated by "
    "the Buyer for cause.",
    # Accrued fees only.
    "Termination of this Agreement shall not relieve Customer of its obligation to pay fees "
    "accrued prior to the effective date of termination.",
    # Opposite promise: no fees after termination.
    "Licensee shall not be obliged to pay any Royalties for the remainder of the Term following "
    "termination.",
    # A survival clause that names the section.
    "Sections 9 (Confidentiality), 12 (Liquidated Damages) and 14 (Governing Law) shall survive "
    "any termination of this Agreement.",
    # A definition.
    '"Termination Fee" has the meaning given to it in Section 9.3.',
    # No compensation on termination in a distribution agreement.
    "Nothing in this Agreement shall entitle the Distributor to compensation or indemnity upon "
    "expiry or termination of this Agreement.",
    "The Franchisee waives any right to compensation for goodwill on termination of this "
    "Agreement.",
    # Force majeure: the date moves, no sum is paid.
    "If delivery is delayed by a Force Majeure Event, the Delivery Date shall be extended by a "
    "period equal to the delay.",
    # Notice of delay.
    "Seller shall deliver each Order within five days of its receipt and shall promptly notify "
    "Buyer of any delay.",
    # A mention of damages for delay in a claims procedure.
    "Any claim for damages for late delivery must be notified to the Seller within thirty days "
    "of the delivery.",
    # Termination for non-payment of a fee.
    "Franchisor may terminate this Agreement if Franchisee fails to pay any fee when due.",
    # Costs of termination.
    "Each Party shall bear its own costs incurred in connection with the termination of this "
    "Agreement.",
    # Service credits as the sole remedy, with no sum named.
    "Service Credits shall be the Customer's sole and exclusive remedy for any failure to meet "
    "the Service Levels.",
    # 'Not a penalty' said of a price mechanism, with no sum.
    "The parties agree that the price review mechanism in Schedule 3 reflects market conditions "
    "and is not a penalty.",
    # A fee hedged with 'if any': whether one is owed is left to another document.
    "Any cancellation charges, if any, shall be set out in the applicable Statement of Work.",
    "The penalties for late delivery, if any, will be agreed by the parties in each Purchase "
    "Order.",
    # Fees that go on being paid over the rest of the term, not a sum due on termination.
    "If the Customer ends the Agreement early, it shall continue to pay the monthly Service "
    "Charges throughout the remaining period of the Term as if the Services were still provided.",
    "Should the Reseller terminate before the Commitment Date, its Minimum Purchase obligation "
    "shall continue during the remainder of the Term.",
    # Prepayment without penalty.
    "The Borrower may prepay the Loan in whole or in part at any time without premium or penalty.",
]
"""Near misses that use the provision's words without stating it."""


@pytest.mark.parametrize("text", STATES)
def test_liquidated_damages_stated(text):
    assert _flag(LABEL, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_liquidated_damages_not_read_from_near_misses(text):
    assert not _flag(LABEL, text)


@pytest.mark.parametrize(
    "hostile",
    [
        "liquidated damages " * 11000,
        "termination fee for the remainder of the " * 5000,
        "terminate fees " * 13400,
        "fees a b c d e f g h " * 9600,
        "$1 a 1% penalty " * 12600,
        "for each day of delay " * 9100,
        "a-" * 100000,
        "1-" * 100000,
        "1," * 100000,
        "1" * 200000,
        "$1 " * 66700,
        "fees x-" * 28600,
        "pay " + "late " * 40000,
        "remaining fees for the unexpired term " * 5300,
    ],
)
def test_liquidated_damages_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, hostile)
