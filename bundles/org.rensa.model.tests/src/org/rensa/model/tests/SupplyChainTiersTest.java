// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.derived.SupplyChainTiers;

class SupplyChainTiersTest {

	@Test
	void buyerIsTierZeroAndDirectSuppliersTierOne() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "A").link("Buyer", "B");

		assertEquals(0, chain.organization("Buyer").getTier());
		assertEquals(1, chain.organization("A").getTier());
		assertEquals(1, chain.organization("B").getTier());
	}

	@Test
	void deepChainCountsEveryHop() {
		ChainBuilder chain = new ChainBuilder("Buyer");
		String previous = "Buyer";
		for (int i = 1; i <= 12; i++) {
			chain.link(previous, "T" + i);
			previous = "T" + i;
		}

		assertEquals(12, chain.organization("T12").getTier());
		assertEquals(7, chain.organization("T7").getTier());
	}

	@Test
	void shortestPathWinsInADiamond() {
		ChainBuilder chain = new ChainBuilder("Buyer")
				.link("Buyer", "A").link("A", "B").link("B", "C")
				.link("Buyer", "D").link("D", "C");

		assertEquals(2, chain.organization("C").getTier());
	}

	@Test
	void cyclesDoNotLoopAndKeepShortestTier() {
		ChainBuilder chain = new ChainBuilder("Buyer")
				.link("Buyer", "A").link("A", "B").link("B", "C").link("C", "A")
				// the buyer is also a supplier of its own subcontractor
				.link("C", "Buyer");

		Map<Organization, Integer> tiers = SupplyChainTiers.tiersOf(chain.project());

		assertEquals(0, tiers.get(chain.organization("Buyer")));
		assertEquals(1, tiers.get(chain.organization("A")));
		assertEquals(2, tiers.get(chain.organization("B")));
		assertEquals(3, tiers.get(chain.organization("C")));
	}

	@Test
	void tiersFollowEditsOfTheChain() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "A").link("A", "B").link("B", "C");
		assertEquals(3, chain.organization("C").getTier());

		chain.link("Buyer", "C");
		assertEquals(1, chain.organization("C").getTier());

		chain.project().getRelationships().get(0).setTo(chain.organization("B"));
		assertEquals(SupplyChainTiers.UNREACHABLE, chain.organization("A").getTier());
		assertEquals(1, chain.organization("B").getTier());

		chain.project().getRelationships().clear();
		assertEquals(SupplyChainTiers.UNREACHABLE, chain.organization("C").getTier());
	}

	@Test
	void organisationsNoPathReachesAreUnreachable() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "A").link("X", "Y");

		assertEquals(SupplyChainTiers.UNREACHABLE, chain.organization("X").getTier());
		assertEquals(SupplyChainTiers.UNREACHABLE, chain.organization("Y").getTier());
	}

	@Test
	void upstreamLinksDoNotMakeAnOrganisationReachable() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "A").link("Z", "A");

		assertEquals(SupplyChainTiers.UNREACHABLE, chain.organization("Z").getTier());
	}

	@Test
	void withoutABuyerEveryBuyerKindOrganisationIsARoot() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "A").link("A", "B");
		chain.project().setBuyer(null);

		assertEquals(0, chain.organization("Buyer").getTier());
		assertEquals(2, chain.organization("B").getTier());
	}

	@Test
	void organisationOutsideAProjectIsUnreachable() {
		Organization loose = RensaFactory.eINSTANCE.createOrganization();
		loose.setKind(OrganizationKind.BUYER);

		assertEquals(SupplyChainTiers.UNREACHABLE, loose.getTier());
	}

	@Test
	void bulkTiersMatchPerOrganisationTiers() {
		ChainBuilder chain = new ChainBuilder("Buyer")
				.link("Buyer", "A").link("A", "B").link("Buyer", "C").link("C", "B").link("B", "D");

		SupplyChainTiers.tiersOf(chain.project())
				.forEach((organization, tier) -> assertEquals(tier, organization.getTier(), organization.getName()));
	}
}
