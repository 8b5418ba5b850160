// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;

/** Builds small supply chains in memory for tests: {@code chain.link("A", "B")} means A passes work to B. */
final class ChainBuilder {

	private final AuditProject project = RensaFactory.eINSTANCE.createAuditProject();
	private final Map<String, Organization> organizations = new LinkedHashMap<>();

	ChainBuilder(String buyerName) {
		Organization buyer = organization(buyerName);
		buyer.setKind(OrganizationKind.BUYER);
		project.setBuyer(buyer);
	}

	Organization organization(String name) {
		return organizations.computeIfAbsent(name, key -> {
			Organization organization = RensaFactory.eINSTANCE.createOrganization();
			organization.setName(key);
			organization.setKind(OrganizationKind.SUPPLIER);
			project.getOrganizations().add(organization);
			return organization;
		});
	}

	ChainBuilder link(String from, String to) {
		Relationship relationship = RensaFactory.eINSTANCE.createRelationship();
		relationship.setFrom(organization(from));
		relationship.setTo(organization(to));
		relationship.setKind(project.getBuyer() == relationship.getFrom() ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT);
		project.getRelationships().add(relationship);
		return this;
	}

	AuditProject project() {
		return project;
	}
}
