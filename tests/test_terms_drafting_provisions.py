"""The yes/no provisions as drafters state them, in sentences written for these tests (not taken
from any real contract): for each provision, sentences that state it in different ways, and near
misses from the same neighbourhood of a contract that use its words without stating it."""

from __future__ import annotations

import pytest

from clausecheck.terms.evidence import sentences
from clausecheck.terms.provisions import RULES
from clausecheck.terms.rules import provision
from clausecheck.types import Clause


def _flag(name: str, text: str, heading: str | None = None) -> bool:
    """Whether the provision rule ``name`` holds in one clause."""
    clause = Clause(id="1", text=text, heading=heading)
    return provision(list(sentences([clause])), RULES[name]) is not None


STATES: dict[str, list[str]] = {
    "exclusivity": [
        "During the Term, Supplier appoints Distributor as its sole and exclusive distributor of "
        "the Products in the Territory.",
        "Customer shall purchase all of its requirements for the Components exclusively from "
        "Supplier.",
        "The Company shall not appoint any other agent or representative for the sale of the "
        "Goods in Scotland while this Agreement is in force.",
        "Licensor grants to Licensee an exclusive, royalty-bearing licence under the Patents to "
        "make and sell Licensed Products in the Field.",
        "The rights granted in Section 2.1 shall be exclusive to Licensee, even as to Licensor.",
        "Manufacturer will not grant distribution rights for the Products in Canada to anyone "
        "other than Distributor.",
        "For so long as this Agreement remains in force, the Agency shall act as the Brand's "
        "exclusive marketing agency in North America.",
    ],
    "non_compete": [
        "During the Term and for two (2) years thereafter, the Seller shall not, directly or "
        "indirectly, own, manage or operate any business that competes with the Business within "
        "the Territory.",
        "The Consultant agrees not to engage in any competing business in the United Kingdom for "
        "twelve months after the end of the engagement.",
        "Franchisee covenants that it will not operate any other restaurant offering "
        "substantially similar food within a radius of ten (10) miles of the Premises.",
        "Distributor shall not manufacture, distribute or sell any products that compete with the "
        "Products.",
        "Neither party will market a product that is competitive with the Licensed Product during "
        "the Term.",
        "The Agent shall refrain from representing any competitor of the Principal in the "
        "Territory.",
    ],
    "non_solicitation": [
        "For one year after the end of the Term, neither party shall solicit for employment any "
        "employee of the other party who worked on the Services.",
        "The Contractor shall not, without the Client's prior written consent, hire or engage any "
        "member of the Client's staff.",
        "Seller will not induce any customer of the Business to cease doing business with Buyer.",
        "During the Restricted Period, Executive shall not directly or indirectly approach any "
        "client of the Company for the purpose of providing competing services.",
        "Each party agrees not to recruit the other's personnel while this Agreement is in force.",
        "Neither party may entice away any consultant engaged by the other in the performance of "
        "this Agreement.",
    ],
    "anti_assignment": [
        "Neither party may assign or transfer this Agreement, in whole or in part, without the "
        "prior written consent of the other party, which shall not be unreasonably withheld.",
        "This Agreement is personal to the Licensee and shall not be assigned, sublicensed or "
        "otherwise transferred.",
        "Any purported assignment in violation of this Section 14 shall be null and void.",
        "The Reseller may not transfer any of its rights under this Agreement to a third party "
        "unless Vendor first agrees in writing.",
        "Customer's rights hereunder are non-assignable.",
        "No assignment of this Agreement by the Consultant shall be effective without Company's "
        "written approval.",
    ],
    "change_of_control": [
        "Either party may terminate this Agreement upon written notice if the other party "
        "undergoes a Change of Control.",
        "If Distributor merges with or into any other entity, Supplier may terminate this "
        "Agreement immediately by notice in writing.",
        "Any sale of a controlling interest in the Licensee shall be deemed an assignment "
        "requiring Licensor's prior written consent.",
        "In the event that more than fifty percent (50%) of the voting shares of the Company are "
        "acquired by a third party, the Company shall notify the Investor within ten days.",
        "A change in the ownership of the Supplier shall entitle the Customer to terminate this "
        "Agreement on thirty days' notice.",
        "Should the Licensee be acquired by, or merge with, a competitor of Licensor, Licensor "
        "may terminate this Agreement forthwith.",
    ],
    "audit_rights": [
        "Licensor may, on thirty days' notice and not more than once a year, have an independent "
        "accountant audit Licensee's books and records relating to royalties.",
        "The Distributor shall keep complete and accurate records of sales and shall make them "
        "available for inspection by the Supplier during normal business hours.",
        "Customer or its nominated auditor may inspect the Supplier's facilities used in "
        "manufacturing the Products.",
        "Upon reasonable notice, the Client shall be entitled to examine the Contractor's "
        "accounts insofar as they relate to the Fees charged.",
        "Franchisor has the right at any time to audit the Franchisee's sales reports.",
        "The Supplier shall not be subject to more than one audit by the Customer in any "
        "calendar year.",
    ],
    "minimum_commitment": [
        "Distributor shall purchase not less than 10,000 Units in each Contract Year.",
        "Customer commits to spend a minimum of US$250,000 on Services during the Initial Term.",
        "If Licensee's royalties in any year fall below the Minimum Annual Royalty, Licensee "
        "shall pay the shortfall.",
        "The Buyer agrees to order at least two thousand (2,000) cases of Product per calendar "
        "quarter.",
        "Purchaser shall take or pay for a minimum quantity of 500 metric tonnes each month.",
        "Each Purchase Order shall be for a minimum order quantity of one full pallet.",
    ],
    "insurance": [
        "The Contractor shall maintain, at its own expense, employer's liability insurance of not "
        "less than £5 million for any one occurrence.",
        "Supplier shall procure that the Customer is named as an additional insured on its "
        "general liability policy.",
        "Before commencing the Services, Vendor shall furnish certificates of insurance "
        "evidencing the coverage required by this Section.",
        "Licensee shall carry product liability insurance covering the Licensed Products with a "
        "reputable insurer.",
        "Each party shall keep in force adequate insurance in respect of its potential "
        "liabilities under this Agreement.",
        "The Contractor shall maintain professional indemnity and public liability insurance, "
        "and unemployment insurance as required by law.",
    ],
    "most_favoured_nation": [
        "If Supplier at any time sells Products to any other customer at a lower price, Supplier "
        "shall promptly offer the same lower price to Buyer.",
        "Licensor represents that the royalty rate hereunder is no less favourable than the rate "
        "granted to any other licensee of the Licensed Patents.",
        "Customer shall be entitled to most favoured customer status with respect to pricing.",
        "The fees charged to Client shall not exceed the fees charged by Consultant to any other "
        "client for comparable services.",
        "Should the Company grant more favourable terms to a third-party distributor, the "
        "Distributor shall be entitled to the benefit of those terms.",
        "Vendor warrants that the prices hereunder are the lowest prices it charges to any "
        "customer purchasing similar volumes.",
    ],
    "liquidated_damages": [
        "If the Works are not completed by the Completion Date, the Contractor shall pay the "
        "Employer liquidated damages at the rate of £2,000 for each week of delay.",
        "The parties agree that the sum payable under this Section represents a genuine "
        "pre-estimate of the Customer's loss and not a penalty.",
        "Should Customer terminate the Subscription before the end of the Term, Customer shall "
        "pay an early termination fee equal to fifty percent of the remaining Fees.",
        "Supplier shall credit Buyer one percent (1%) of the price of late Goods for every day of "
        "delay, up to a maximum of ten percent.",
        "If the Company fails to deliver the Shares when due, it shall pay the Holder, as "
        "liquidated damages and not as a penalty, $100 per day.",
        "In the event the Merger Agreement is terminated by Target to accept a Superior Proposal, "
        "Target shall pay Parent a break-up fee of $25 million.",
    ],
    "ip_assignment": [
        "The Consultant hereby assigns to the Company all right, title and interest in and to all "
        "Work Product.",
        "All inventions conceived by Employee during the employment shall be the sole and "
        "exclusive property of the Employer.",
        "Developer agrees to assign, and hereby assigns, to Client all copyrights in the "
        "Deliverables.",
        "Any improvements to the Licensed Technology made by Licensee shall be owned exclusively "
        "by Licensor.",
        "The Artwork shall be deemed a work made for hire for the Publisher.",
        "Each Party shall transfer to the other all rights in any patents claiming the other "
        "Party's Compounds.",
    ],
    "uncapped_liability": [
        "The limitations in this Section 11 shall not apply to a party's indemnification "
        "obligations or to breach of confidentiality.",
        "Nothing in this Agreement limits or excludes either party's liability for death or "
        "personal injury caused by its negligence, or for fraud.",
        "Except for liability arising from gross negligence or wilful misconduct, neither party's "
        "liability shall exceed the fees paid in the preceding twelve months.",
        "Liability for breach of Section 8 (Data Protection) shall be unlimited.",
        "Customer's payment obligations are excluded from the cap on liability set out above.",
        "The foregoing cap shall not limit Supplier's liability for infringement of third-party "
        "intellectual property rights.",
    ],
    "post_termination_services": [
        "Following termination for any reason, Supplier shall continue to provide the Services "
        "for up to six months to allow Customer to migrate to a replacement supplier.",
        "For ninety (90) days after expiration, Distributor may sell off its remaining inventory "
        "of Products in the ordinary course.",
        "Upon termination, each party shall promptly return all materials belonging to the other "
        "party.",
        "Supplier shall fill all Purchase Orders accepted prior to the effective date of "
        "termination.",
        "On expiry of this Agreement, Licensor shall provide reasonable transition assistance to "
        "Licensee at Licensor's then-current rates.",
        "Upon termination, all rights of the parties shall cease, save that Customer shall pay "
        "for all Services rendered up to the date of termination.",
    ],
}
"""Sentences that state each provision."""


NEAR_MISSES: dict[str, list[str]] = {
    "exclusivity": [
        "The remedies set out in this Section 9 are Customer's sole and exclusive remedies for "
        "any breach of warranty.",
        "Each party irrevocably submits to the exclusive jurisdiction of the courts of England "
        "and Wales.",
        "The licence granted hereunder is non-exclusive and non-transferable.",
        "Nothing in this Agreement shall be construed as creating an exclusive relationship "
        "between the parties.",
        "The prices stated in Schedule 2 are exclusive of value added tax, which shall be payable "
        "in addition.",
        "Distributor shall use the Trademarks exclusively in connection with the promotion of the "
        "Products.",
        "The Purchaser shall pay the price exclusively in euros to the account notified by the "
        "Vendor.",
        "The Licensor retains the exclusive right to register the Marks in the Territory.",
        "Buyer's exclusive obligation under this Section is to pay the Fees when due.",
        "The Distributor shall have the exclusive responsibility for obtaining all import "
        "licences.",
        "Supplier shall process the Personal Data exclusively on documented instructions from "
        "Customer.",
        "The Seller shall supply spare parts that are manufactured exclusively from "
        "virgin materials.",
        "The Agent acknowledges that the Principal's exclusive distributor in France is Lumen "
        "SARL and that the Agent shall refer French enquiries to it.",
    ],
    "non_compete": [
        "Neither party shall enter into any agreement with a third party that would prevent it "
        "from performing this Agreement, including any arrangement with a competitor.",
        "The Investor shall not vote its shares in favour of any transaction that is not on "
        "competitive terms.",
        "WHEREAS, the Company operates in a highly competitive market for specialty chemicals.",
        "Nothing in this Agreement shall prevent either party from developing products that "
        "compete with the other's products.",
        "The parties shall not share pricing or other competitive information in breach of "
        "competition law.",
        "Vendor shall not be restricted from providing similar services to Customer's competitors.",
        "The Recipient shall not disclose Confidential Information to any competitor of the "
        "Discloser.",
        "The Company shall not engage in unfair competition or deceptive trade practices.",
        "The Seller shall not be liable for any loss of competitive position suffered by the "
        "Buyer.",
        "Neither party shall be deemed a competitor of the other for the purposes of Section 7.",
        "The Supplier's obligations hereunder shall not restrict its ability to sell competing "
        "products to third parties.",
        "The Bidder shall not submit a bid in any competitive tender conducted by the Authority.",
        "Licensee shall not be prohibited from marketing products that compete with the Licensed "
        "Product after the Term.",
        "This Agreement does not prohibit either party from entering into agreements with "
        "competitors of the other party.",
        "Each party may independently develop competing technology, and no party shall be "
        "required to refrain from competing.",
    ],
    "non_solicitation": [
        "WHEREAS, the Seller remains bound by the non-solicitation covenants contained in the "
        "Employment Agreement dated 4 May 2019.",
        "The Company shall not solicit proxies from stockholders in connection with the Annual "
        "Meeting.",
        "The Seller shall not solicit, initiate or encourage any proposal from any third party "
        "relating to an Acquisition Proposal.",
        "The Agent may solicit orders from customers in the Territory only at the prices in the "
        "Price List.",
        "Distributor shall use its best efforts to solicit customers for the Products throughout "
        "the Territory.",
        "The Company shall not be required to hire any employees of the Seller after the Closing.",
        "Supplier shall not employ any contractors or consultants to perform the Services without "
        "Customer's consent.",
        "Customer shall not contact Supplier's personnel directly regarding support issues but "
        "shall use the Help Desk.",
        "Contractor shall not recruit personnel under the age of eighteen for the Works.",
        "Subscriber shall not use the Service to send unsolicited messages to its customers.",
        "Nothing in this Section shall prevent either party from hiring any employee who "
        "responds to a general advertisement.",
        "Neither party shall solicit bids from subcontractors for the Works without the other's "
        "approval.",
        "Licensee shall not employ any personnel who have been debarred by the FDA.",
        "The Buyer shall not be obliged to employ any of the Seller's staff.",
    ],
    "anti_assignment": [
        "The Contractor shall not assign personnel to the Project who have not completed the "
        "Client's safety induction.",
        "The Company may assign tasks to the Employee from time to time as it reasonably "
        "determines.",
        "Supplier shall assign a dedicated account manager to Customer's account, who shall not "
        "be replaced without Customer's consent.",
        "The Seller shall not assign any serial numbers to the Units until the Buyer has "
        "approved the labelling.",
        "Nothing herein shall prevent the Lender from assigning any of its rights without the "
        "consent of the Borrower.",
        "The Purchaser may assign this Agreement without the consent of the Vendor to any person.",
        "Service tickets shall not be assigned to engineers who lack the required certification.",
        "The Distributor shall not assign its sales representatives to other product lines "
        "during the launch period.",
        "Customer may assign priority levels to Incidents, and the Supplier shall not reassign "
        "an Incident's priority without Customer's consent.",
        "The Employee hereby assigns to the Company all right, title and interest in any "
        "Inventions.",
        "The Parties may assign their rights hereunder freely, and no consent of the other Party "
        "shall be required.",
        "Each party may assign this Agreement to an Affiliate without the consent of the other "
        "party.",
    ],
    "change_of_control": [
        "Either party may assign this Agreement without consent to a successor in a merger or sale"
        " of substantially all its assets, provided it gives the other party written notice.",
        "The Licensee shall maintain control over the quality of the Licensed Products and shall "
        "notify the Licensor of any change in the manufacturing site.",
        '"Control" means the possession, directly or indirectly, of the power to direct the '
        "management and policies of a person.",
        "Each party shall maintain internal controls over financial reporting sufficient to "
        "ensure accurate invoicing.",
        "During the Standstill Period, the Investor shall not acquire a controlling interest in "
        "the Company without the prior written consent of the Board.",
        "Supplier shall notify Buyer of any change in control plans, process parameters or raw "
        "materials.",
        "Any change of ownership of the Equipment shall be recorded in the asset register.",
        "Supplier shall give notice to Customer before any consolidation of shipments destined "
        "for the same Delivery Point.",
        "Upon consolidation of the Subsidiary's accounts into the Group accounts, the Company "
        "shall give the Auditor written notice of any adjustments.",
        "The Seller shall have sole control of the defence of any claim, and shall notify the "
        "Buyer of any settlement.",
        "No change in the ownership of the Licensed Patents shall affect the licences granted "
        "hereunder.",
        "During the Standstill Period, the Investor may not acquire all or substantially all of "
        "the Company's assets except with the prior approval of the Board.",
        "A merger of Customer's user accounts requires the prior written approval of the "
        "account administrator.",
        "The Vendor shall notify the Customer of any change in the control limits set out in the "
        "Quality Agreement.",
        "Any change in the ownership of the Premises shall be notified to the Tenant within ten "
        "days.",
    ],
    "audit_rights": [
        "The Placement Agent shall have received a letter from the Company's accountants stating "
        "that, on the basis of agreed-upon procedures which do not constitute an audit, nothing "
        "came to their attention that caused them to believe the unaudited figures need changing.",
        "No audits, examinations or other proceedings by any Governmental Authority in respect of "
        "Taxes are currently pending or threatened.",
        "The Borrower's accounts shall be audited each year by its statutory auditor.",
        "Supplier shall, at its own cost, conduct an internal audit of its quality management "
        "system each year.",
        "The Audit Committee of the Board shall approve all related-party transactions.",
        "The Seller's auditors have issued an unqualified audit opinion on the Financial "
        "Statements.",
        "Each party shall bear its own legal, accounting and audit fees in connection with this "
        "Agreement.",
        "The Tenant acknowledges that it has inspected the Premises and accepts them in their "
        "current condition.",
        "The Buyer shall inspect all Products upon delivery and notify Seller of any defects.",
        "All audit trail logs generated by the Software shall be retained for twelve months.",
        "Nothing in this Agreement entitles either party to audit the other's books.",
        "The tax authorities may audit either party's returns, and each party shall bear any "
        "resulting assessment.",
        "The Contractor shall inspect the site before commencing the Works and report any "
        "defects to the Engineer.",
        "The Company shall cause its annual financial statements to be audited by a firm of "
        "independent certified public accountants.",
        "Licensee shall have its own books of account audited annually by a reputable firm.",
    ],
    "minimum_commitment": [
        "The packaging shall meet the minimum requirements set out in the Specification so that "
        "each unit can be traced.",
        "The Network shall be designed to provide a throughput of no less than 10 Gbit/s on each "
        "route.",
        "Supplier shall ensure that the Service is available at least 99.5% of the time in each "
        "calendar month.",
        "Employees performing the Services shall be paid at least the applicable minimum wage.",
        "Contractor shall maintain commercial general liability insurance with limits of not "
        "less than $2,000,000 per occurrence.",
        "Supplier shall deliver the Product in cartons containing at least 24 units each.",
        "Supplier shall supply Product with a purity of not less than 98% as determined by HPLC.",
        "The Supplier shall provide at least two (2) qualified engineers on site during "
        "installation.",
        "Licensee shall pay Licensor a royalty of not less than five percent (5%) of Net Sales.",
        "The Distributor shall sell the Products at prices not less than $20 per unit.",
        "Supplier shall send at least 3 written reminders before suspending the Service.",
        "The Consultant shall work a minimum of 20 hours per week on the Project.",
        "Customer shall use at least two-factor authentication to access the Portal.",
        "Each party shall give at least thirty (30) days' notice before changing its bank details.",
        "The Seller shall deliver the Goods with a remaining shelf life of at least 18 months.",
    ],
    "insurance": [
        "The Producer is under no insurance obligation in respect of the Event.",
        "Goods shall be shipped by road freight with no additional insurance unless the Buyer asks "
        "for it in the Order.",
        "The Service Fee includes the cost of the seconded staff's salaries, pension contributions "
        "and health insurance benefits under the Company's group policies.",
        "Losses shall be calculated net of any amounts recovered under insurance policies.",
        "The Borrower shall maintain its operating accounts with a bank whose deposits are "
        "insured by the Federal Deposit Insurance Corporation.",
        "The Contractor shall maintain proper records of PAYE and National Insurance "
        "contributions for its staff.",
        "Nothing in this Agreement shall require either party to obtain insurance cover beyond "
        "that required by law.",
        "Schedule 4.15 sets out a true and complete list of all insurance policies maintained by "
        "the Company.",
        "Freight charges include the cost of transit insurance, which shall be invoiced "
        "separately at cost.",
        "The Company is not an insurance company and the Services do not constitute insurance "
        "coverage.",
        "Customer acknowledges that the warranty is not a policy of insurance.",
        "Fees exclude any premiums for insurance coverage the Customer elects to purchase.",
        "Neither party shall be obliged to carry insurance in excess of the limits required by "
        "applicable law.",
        "Each party's aggregate liability shall not exceed the amounts actually paid out under "
        "its insurance policies.",
        "The Company shall keep its social insurance and pension contributions up to date.",
    ],
    "most_favoured_nation": [
        "The Distributor shall give the Products shelf space and promotion no less favourable than"
        " that given to other products in its portfolio.",
        "If the Company issues Additional Shares to any other investor at a price lower than the "
        "Conversion Price, the Conversion Price shall be reduced to that price.",
        "Each party shall protect the other's Confidential Information with no less care than it "
        "treats its own confidential information.",
        "The Bank may charge other customers lower fees for different services, and nothing herein"
        " obliges it to offer those fees to the Client.",
        "For tax purposes, each party shall adopt the most favourable treatment permitted by "
        "applicable law.",
        "Amounts in foreign currencies shall be converted into US dollars at the most favourable "
        "exchange rate available to the Payer on the payment date.",
        "Supplier shall make the Products available on terms no less favourable than those set "
        "out in Schedule 3.",
        "The Employee's benefits shall be no less favourable than those provided to other senior "
        "executives of the Company.",
        "The Agent shall use the most favourable route available for shipment.",
        "If the Buyer receives an offer of a lower price from another supplier, the Seller shall "
        "have the right to match that offer.",
        "The exchange rate shall be the rate most favourable to the Licensor quoted by its bank "
        "on the due date.",
        "The terms of the Notes shall be no less favourable to the Company than those that could "
        "be obtained from an unaffiliated third party.",
        "Any transaction with an Affiliate shall be on terms no less favourable to the Company "
        "than would be obtained in a comparable arm's-length transaction with a third party.",
        "Participants in the Plan shall receive treatment no less favourable than that afforded "
        "to other participants.",
        "Customer may obtain better prices from third-party suppliers and shall be free to "
        "purchase from them.",
        "Interest shall accrue at the highest rate permitted by law, and no other charges shall "
        "apply.",
    ],
    "liquidated_damages": [
        "The parties agree that a breach of Section 6 would cause irreparable harm for which "
        "damages would not be an adequate remedy.",
        "Late delivery shall entitle the Buyer to cancel the Order without penalty.",
        "The Agreed Damages Cap in Section 12.4 shall not apply to claims for fraud.",
        "In the event of a liquidation, dissolution or winding up of the Company, holders of "
        "Preferred Stock shall be paid their liquidation preference.",
        "Any sum due and payable under this Agreement shall be treated as a liquidated debt owed "
        "by the Customer.",
        "Nothing in this Agreement shall limit a party's right to recover damages, whether "
        "liquidated or unliquidated.",
        "In no event shall Supplier be liable to Customer for punitive, exemplary or liquidated "
        "damages.",
        "The Purchaser may set off against the Price any liquidated sum owed to it by the Seller.",
        "The Borrower may prepay the Loan in whole or in part without premium or penalty.",
        "The loss adjuster shall prepare an estimate of the damage to the Premises within 14 days.",
        "Supplier shall reimburse any regulatory penalty of up to $50,000 imposed on Customer "
        "because of Supplier's breach of data protection law.",
        "Tax penalties and interest assessed by any taxing authority shall be borne by the Seller.",
        "Seller shall not be liable for delay damages caused by the carrier.",
        "Either party may terminate this Agreement for convenience on ninety days' notice "
        "without payment of any termination fee.",
        "For each day of delay in the Customer's provision of Customer Materials, the Milestone "
        "Dates shall be extended by one day.",
        "Upon the winding up of the Partnership, the liquidator shall distribute the remaining "
        "assets to the Partners.",
    ],
    "ip_assignment": [
        "Modifications made by either party to the other party's software shall be owned by the "
        "party owning that software.",
        "Licensee may assign this Agreement together with the Licensed Patents to a purchaser of "
        "its business.",
        "Each party shall retain all right, title and interest in its Background IP, and nothing "
        "herein transfers any such rights.",
        "Company may assign any patents it owns to any of its Affiliates without notice to "
        "Licensee.",
        "Improvements made by Licensee shall be the property of Licensee.",
        "Inventions made solely by employees of a party shall be owned solely by that party.",
        "Nothing in this Agreement shall be construed as an assignment of any intellectual "
        "property rights.",
        "Licensee hereby grants back to Licensor a non-exclusive, royalty-free licence under any "
        "Improvements.",
        "The Contractor shall not transfer any title in the Software to any third party.",
        "Seller represents that it has not assigned or transferred any of the Patents to a third "
        "party.",
        "The Publisher shall assign an editor to the Work and shall have the right to approve "
        "the title of the Work.",
        "Each Party shall transfer all rights in its own patents to its wholly-owned subsidiary "
        "before the Closing.",
        "Data generated by each Party in its own laboratories shall be the sole property of the "
        "Party generating it.",
    ],
    "uncapped_liability": [
        "The Indemnifying Party's obligation under this Section 10 shall not apply to claims "
        "arising from the Indemnified Party's own negligence.",
        "Licensee is granted an unlimited number of user accounts under the Enterprise licence.",
        "The Guarantor's liability under this Guarantee shall be unlimited in time but shall not "
        "exceed £1,000,000.",
        "The limitation periods in the Limitation Act 1980 shall not apply to claims under this "
        "indemnity.",
        "Licensee may make an unlimited number of copies of the Documentation, and Licensor's "
        "liability for the Documentation is limited as set out in Section 9.",
        "The Distributor shall have unlimited access to the Portal, but Supplier's liability for "
        "Portal outages shall not exceed the monthly fee.",
        "This licence is unlimited in scope and duration, and the Licensor's liability under it "
        "is capped at the fees paid.",
        "The statute of limitations shall not apply to claims for unpaid royalties, and each "
        "party waives any such defence against claims.",
        "Each party's total liability shall in no event exceed the Fees paid in the prior year.",
        "The Supplier shall be liable for losses up to the cap, and this Section shall not apply "
        "to Orders placed before the Effective Date.",
        "In no event shall either party be liable for indirect or consequential damages.",
        "The Customer may store an unlimited volume of data, subject to the limitations of "
        "liability in Section 12.",
        "Dorset Holdings, an unlimited liability company, shall be liable for the Fees up to the "
        "cap.",
    ],
    "post_termination_services": [
        "Upon termination of this Agreement, all licences granted hereunder shall immediately "
        "terminate and the Licensee shall cease to use the Software.",
        "Any renewal Order placed after expiry of the Initial Term shall be priced at the then-"
        "current list price.",
        "The Agent's obligations under this Agreement shall terminate upon the closing of the "
        "Offering, and in any event no later than sixty days after the Offering begins.",
        "The provisions of Sections 7, 9 and 12 shall survive any termination or expiration of "
        "this Agreement.",
        "Upon termination, all rights and obligations of the parties shall cease, except for "
        "rights accrued prior to termination, including the right to payment.",
        "The Receiving Party shall keep the Confidential Information confidential for five years "
        "after termination of this Agreement.",
        "The obligations under Sections 8 and 9 shall continue to bind the parties after "
        "termination.",
        "The Employee's entitlement to receive bonus payments shall cease on termination of "
        "employment.",
        "Any Order placed after termination of this Agreement shall be void.",
        "Following termination, neither party shall have any further obligation to supply or "
        "purchase Products.",
        "The exercise of the Option following the expiration of the Option Period shall be "
        "invalid.",
        "Upon expiration of the cure period without cure, the non-defaulting party may terminate "
        "this Agreement by notice.",
        "If the Purchaser has paid for Goods that are not delivered upon termination, the Seller "
        "shall have no obligation to deliver them.",
        "Any notice of termination shall be given in writing and shall state the effective date "
        "of termination.",
        "Termination shall be without prejudice to the rights and remedies of either party "
        "accrued up to the date of termination, including any right to payment.",
    ],
}
"""Near misses: sentences that use a provision's words without stating it."""


@pytest.mark.parametrize(
    ("name", "text"), [(name, text) for name, texts in STATES.items() for text in texts]
)
def test_provision_found_as_drafters_state_it(name, text):
    assert _flag(name, text)


@pytest.mark.parametrize(
    ("name", "text"), [(name, text) for name, texts in NEAR_MISSES.items() for text in texts]
)
def test_provision_not_read_from_near_misses(name, text):
    assert not _flag(name, text)
