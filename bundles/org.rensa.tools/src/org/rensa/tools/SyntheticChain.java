// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rensa.model.AuditProject;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;

/**
 * A generated supply chain of a given size, in memory, for benchmarks and scale tests: one buyer,
 * a fifth of the organisations as tier-1 suppliers, the rest subcontractors spread over tiers 2–6,
 * a spanning tree of relationships plus extra ones (some across tiers, a few backwards).
 */
public final class SyntheticChain {

	private SyntheticChain() {
	}

	/**
	 * @param organizations number of organisations (at least 2)
	 * @param relationships number of relationships (at least organisations − 1)
	 * @param seed          random seed
	 * @return the project
	 */
	public static AuditProject create(int organizations, int relationships, long seed) {
		RensaFactory factory = RensaFactory.eINSTANCE;
		Random random = new Random(seed);
		AuditProject project = factory.createAuditProject();
		project.setId("synthetic");
		project.setName("Synthetic chain " + organizations);
		List<List<Organization>> tiers = new ArrayList<>();
		Organization buyer = organization(factory, project, 0, OrganizationKind.BUYER);
		project.setBuyer(buyer);
		tiers.add(List.of(buyer));
		int suppliers = Math.max(1, (organizations - 1) / 5);
		List<Organization> all = new ArrayList<>(List.of(buyer));
		int made = 1;
		int tier = 1;
		while (made < organizations) {
			int count = tier == 1 ? Math.min(suppliers, organizations - made)
					: Math.min(organizations - made, Math.max(1, (organizations - 1 - suppliers) / 5));
			List<Organization> level = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Organization organization = organization(factory, project, made++,
						tier == 1 ? OrganizationKind.SUPPLIER : OrganizationKind.SUBCONTRACTOR);
				level.add(organization);
				all.add(organization);
				List<Organization> upstream = tiers.get(tier - 1);
				relationship(factory, project, random, upstream.get(random.nextInt(upstream.size())), organization);
			}
			tiers.add(level);
			tier++;
		}
		while (project.getRelationships().size() < relationships) {
			int t = 1 + random.nextInt(tiers.size() - 1);
			Organization from = tiers.get(t - 1).get(random.nextInt(tiers.get(t - 1).size()));
			int targetTier = random.nextInt(20) == 0 ? 1 + random.nextInt(tiers.size() - 1) : t;
			Organization to = tiers.get(targetTier).get(random.nextInt(tiers.get(targetTier).size()));
			relationship(factory, project, random, from, to);
		}
		return project;
	}

	private static Organization organization(RensaFactory factory, AuditProject project, int index,
			OrganizationKind kind) {
		Organization organization = factory.createOrganization();
		organization.setId(String.format("org-%05d", index));
		organization.setKind(kind);
		organization.setName((kind == OrganizationKind.BUYER ? "Buyer " : kind == OrganizationKind.SUPPLIER
				? "Supplier " : "Subcontractor ") + index);
		project.getOrganizations().add(organization);
		return organization;
	}

	private static void relationship(RensaFactory factory, AuditProject project, Random random, Organization from,
			Organization to) {
		Relationship relationship = factory.createRelationship();
		relationship.setId(String.format("rel-%05d", project.getRelationships().size()));
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(from.getKind() == OrganizationKind.BUYER ? RelationshipKind.SUPPLY
				: RelationshipKind.SUBCONTRACT);
		InformationClass[] classes = InformationClass.values();
		relationship.getInformationClasses().add(classes[random.nextInt(classes.length)]);
		project.getRelationships().add(relationship);
	}
}
