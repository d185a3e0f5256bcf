"""Uncapped liability as drafters state it, in sentences written for these tests (not taken from
any real contract): some liability of a party sits outside the cap or the exclusions of damages
(a carve-out, 'nothing limits', 'the limitation shall not apply to', 'liability shall be
unlimited'), in many trades and grammatical forms, and near misses from the same part of a
contract that use the words (limitation, cap, exclusion, shall not apply, unlimited) without
leaving any liability uncapped."""

from __future__ import annotations

import pytest
from drafted_terms import assert_rule_reads_hostile_text_in_linear_time
from test_terms_drafting_provisions import _flag

LABEL = "uncapped_liability"

STATES = [
    # outsourcing, a carve-out before a cap worded "in excess in the aggregate of"
    "Save for a party's breach of Clause 11 (Data Protection), neither party shall be liable for "
    "any sums in excess in the aggregate of the charges paid in the twelve months before the "
    "claim.",
    # BPO / call centre: the limitation does not apply to a kind of breach
    "The limitations of liability in this Clause 14 shall not apply to the Provider's liability "
    "for any breach of its obligations under Clause 9 (Confidentiality).",
    # supply, a proviso after a cap (the proviso is its own sentence after the semicolon)
    "Supplier's aggregate liability hereunder shall not exceed the price paid for the Goods; "
    "provided, however, that such limitation shall not apply to Supplier's indemnity obligations "
    "under Section 12.",
    # software licence, "nothing shall limit or exclude"
    "Notwithstanding anything to the contrary, nothing in this Agreement shall limit or exclude "
    "Licensor's liability for infringement of a third party's intellectual property rights.",
    # distribution, list after a colon
    "The cap in Section 15.1 does not apply to: (a) liability for death or personal injury; (b) "
    "fraud; or (c) a party's wilful default.",
    # franchise, "No party shall be entitled to rely on"
    "No party shall be entitled to rely on the limitations in this Article 18 in respect of "
    "losses caused by its own fraud or wilful misconduct.",
    # manufacturing, passive voice, excluded from the limitation
    "Claims arising from Manufacturer's breach of the product recall obligations in Section 7 are "
    "excluded from the limitation of liability in Section 13.2.",
    # joint venture, liability shall be unlimited
    "Each Venturer's liability for breach of the confidentiality covenants in Article 9 shall be "
    "unlimited.",
    # hosting, "not capped"
    "The Host's liability for loss of Customer Data resulting from its gross negligence is not "
    "capped.",
    # consulting, carve-out in front of "in no event"
    "Except with respect to Consultant's obligations under Section 6 (Confidentiality) and "
    "Section 7 (Indemnity), in no event will Consultant's total liability exceed the fees paid "
    "hereunder.",
    # UK, "neither party excludes or limits"
    "Neither party excludes or limits its liability for fraudulent misrepresentation, for death "
    "or personal injury caused by negligence, or for any other liability which cannot be limited "
    "by law.",
    # numbers in words, "Save for"
    "Save for claims under clause 11 (Intellectual Property Indemnity), each party's aggregate "
    "liability shall be limited to two hundred and fifty thousand pounds (£250,000).",
    # a defined term of carved-out claims
    "The limitations and exclusions in Section 10 shall not apply to Excluded Claims.",
    # carve-out from an exclusion of consequential damages
    "Except for breaches of Article 8 (Confidentiality), neither party shall be liable to the "
    "other for any lost profits or consequential damages.",
    # carve-out after the exclusion, "other than"
    "In no event shall either party be liable for any indirect, special or consequential damages, "
    "other than damages arising from a party's breach of its confidentiality obligations or its "
    "indemnification obligations.",
    # "X may not limit"
    "The Licensor may not limit or exclude its liability for breach of the warranty of title in "
    "Section 4.3.",
    # passive, "shall not be limited by"
    "Liability arising from a breach of Section 5 (Data Security) shall not be limited by "
    "Section 11.",
    # "shall not operate to exclude"
    "The exclusions set out in clause 12.1 shall not operate to exclude the Contractor's "
    "liability for loss of or damage to the Employer's property caused by its negligence.",
    # "without limit"
    "Each party's liability for breach of Section 10 (Non-Solicitation) shall be without limit.",
    # "uncapped"
    "The Reseller's indemnification obligations under Section 9 are uncapped.",
    # US spelling, "will not apply with respect to"
    "The foregoing limitations will not apply with respect to damages resulting from either "
    "party's gross negligence or willful misconduct.",
    # "there shall be no limit on"
    "Notwithstanding Section 13.1, there shall be no limit on the amount of damages recoverable "
    "for breach of the exclusivity obligations in Section 2.",
    # "not be subject to the limits"
    "The Manufacturer's liability under the product liability indemnity in Section 8 shall not "
    "be subject to the limits set out in Section 14.",
    # heading in brackets, "shall not apply in relation to"
    "Section 12 (Limitation of Liability) shall not apply in relation to any liability of the "
    "Distributor for breach of the anti-bribery provisions.",
    # call centre, "for the avoidance of doubt", UK spelling
    "For the avoidance of doubt, the cap on the Provider's liability in Clause 20.3 shall not "
    "apply to losses arising from a breach of the Data Protection Legislation.",
    # "No limitation ... shall apply"
    "No limitation or exclusion of liability in this Agreement shall apply to a Party's "
    "liability for fraud or fraudulent misrepresentation.",
    # "falls outside the cap"
    "Any liability arising from the Licensee's unauthorised use of the Software falls outside "
    "the cap in Section 9.2.",
    # "except that such limit shall not apply"
    "The Consultant's liability shall be limited to the fees paid, except that such limit shall "
    "not apply to any liability arising under Section 7 (Indemnification).",
    # "will not exclude or limit liability"
    "The exclusions of liability in this Section 11 will not exclude or limit liability for "
    "breach of confidentiality.",
    # joint venture, "entitled to the benefit of the limitations"
    "Neither Partner shall be entitled to the benefit of the limitations in this Clause 22 in "
    "respect of any loss caused by its deliberate breach.",
    # supply, excluding, digits
    "Excluding liability under Section 16 (Indemnities), the Seller's maximum liability for all "
    "claims in any Contract Year is limited to 100% of the Price paid in that year.",
    # licence, "shall not be construed to limit"
    "Nothing in this Section 14 shall be construed to limit either party's liability for "
    "misappropriation of the other party's trade secrets.",
    # distribution, the limitation "does not extend to"
    "The limitation of liability in Section 11 does not extend to the Distributor's obligation to "
    "indemnify the Company against product liability claims.",
    # services, plural "breaches", a cap written as "in excess of" with no "limit" word
    "Except for breaches of confidentiality, neither party shall be liable to the other for any "
    "amount in excess of the fees payable under this Agreement.",
    # reseller, "breaches of its obligations", capital letters
    "SAVE FOR BREACHES OF ITS OBLIGATIONS UNDER CLAUSE 12 (DATA PROTECTION), NEITHER PARTY SHALL "
    "BE LIABLE FOR ANY SUM IN EXCESS OF ONE HUNDRED THOUSAND POUNDS (GBP 100,000).",
]

NEAR_MISSES = [
    # a cap with no carve-out
    "The Supplier's aggregate liability arising out of or in connection with this Agreement shall "
    "not exceed the Charges paid in the twelve (12) months preceding the claim.",
    # an exclusion of consequential damages alone
    "In no event shall either party be liable for any loss of profits, loss of business or any "
    "indirect or consequential damages.",
    # a limitation period
    "No claim arising under this Agreement may be brought more than two (2) years after the cause "
    "of action accrued.",
    # an insurance policy's exclusions
    "The exclusions under the Contractor's professional indemnity policy shall not apply to "
    "claims for breach of professional duty.",
    # narrowing an indemnity
    "The indemnity in Section 10.1 shall not apply to any claim to the extent arising from "
    "Customer's modification of the Software.",
    # force majeure with an exception for payment
    "Neither party shall be liable for any failure or delay in performance caused by force "
    "majeure, except for obligations to pay money.",
    # a heading
    "Limitation of Liability; Exclusions.",
    # a survival clause
    "Sections 8 (Confidentiality), 11 (Indemnification) and 12 (Limitation of Liability) shall "
    "survive any termination or expiration of this Agreement.",
    # a definition
    '"Losses" means all losses, liabilities, damages and claims, excluding indirect or '
    "consequential losses.",
    # a mention in the dispute clause
    "Any dispute about the application of the limitation of liability in Section 14 shall be "
    "referred to arbitration under Section 20.",
    # the opposite promise: the cap covers confidentiality and indemnities
    "The limitations and exclusions of liability in this Section 9 shall apply to all claims, "
    "including claims for breach of confidentiality and claims under the indemnities.",
    # the opposite promise: the cap applies to indemnities
    "For the avoidance of doubt, the cap in Section 11.2 applies to each party's indemnification "
    "obligations.",
    # a permission to recover up to the cap
    "Either party may recover direct damages up to the cap set out in Section 13.2.",
    # an indemnity narrowed by an exception, "without limitation"
    "Except to the extent caused by Customer's wilful misconduct, Supplier shall indemnify "
    "Customer against all losses and damages, including without limitation legal costs, arising "
    "from third-party claims.",
    # "nothing limits" a right, not a liability
    "Nothing herein limits Supplier's right to suspend, and Supplier has no liability for a "
    "suspension.",
    # "without limit" in time
    "The Licence is perpetual and without limit as to time, though Licensor's liability under it "
    "is capped at the licence fee.",
    # unlimited use
    "Customer may make unlimited use of the Hosted Services, subject to the liability cap in "
    "Section 10.",
    # an action brought after a period, with an exception
    "No action, regardless of form, may be brought by either party more than one year after the "
    "cause of action arose, except for actions for non-payment.",
    # the limitation applies to every theory of liability
    "The limitations in this Article apply equally to claims in contract, tort (including "
    "negligence) and otherwise.",
    # a higher cap is still a cap
    "Supplier's liability for breach of confidentiality shall be limited to twice the annual fees.",
    # a warranty exclusion
    "The warranty in this Section 12 shall not apply to Products damaged by misuse, and Supplier "
    "shall have no liability for such damage.",
    # the restrictions of a licence
    "The restrictions in Section 3 shall not apply to copies made for backup purposes, and "
    "Licensee shall be liable for any loss of such copies.",
    # an unlimited liability company
    "The Contractor is an unlimited liability company incorporated in Nova Scotia and shall be "
    "liable for its subcontractors.",
    # an exclusive remedy
    "Service credits are Customer's sole and exclusive remedy for any failure to meet the Service "
    "Levels, and Provider shall have no further liability for such failure.",
    # the limitation of liability is reasonable
    "Each party acknowledges that the limitations of liability in Section 15 are reasonable and "
    "reflect the allocation of risk on which the fees were set.",
    # a cap on a guarantee in time and amount
    "The Guarantor's liability shall continue without limitation in time but shall in no event "
    "exceed the Guaranteed Amount.",
    # a consumer notice that local law may override the exclusion
    "Because some jurisdictions do not allow the exclusion of incidental damages, the above "
    "exclusion may not apply to you.",
    # a standard of care: no liability except for gross negligence, and no cap
    "The Trustee shall not be liable for any act or omission in administering the Fund, except "
    "for its own gross negligence or wilful misconduct.",
    # insurance does not measure the liability
    "The Distributor's liability under this Agreement shall not be limited by the amount of "
    "insurance it is required to carry.",
]


@pytest.mark.parametrize("text", STATES)
def test_uncapped_liability_stated(text):
    assert _flag(LABEL, text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_uncapped_liability_near_miss(text):
    assert not _flag(LABEL, text)


@pytest.mark.parametrize(
    "hostile",
    [
        "limitation shall not " * 9600,
        "except for breach of " * 9600,
        "nothing limits liability " * 8000,
        "liability unlimited " * 10600,
        "the cap shall not apply to liability " * 5600,
        "except for claims under section 9 neither party " * 4200,
        "a-" * 100000,
        "not subject to the limits " * 7700,
        "no limit on liability " * 10000,
        "in no event consequential damages except " * 4900,
        "liability is not " * 12500,
    ],
)
def test_uncapped_rule_reads_hostile_text_in_linear_time(hostile):
    assert_rule_reads_hostile_text_in_linear_time(LABEL, hostile)
