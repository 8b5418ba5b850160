// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.ui.session.ProjectController;

/** Builds a small audit project on disk: a buyer, a supplier (tier 1) and a subcontractor (tier 2). */
final class TestProjects {

	static final String BUYER = "Kanto Motors"; //$NON-NLS-1$
	static final String SUPPLIER = "Tokai Parts"; //$NON-NLS-1$
	static final String SUBCONTRACTOR = "Nagoya Logistics"; //$NON-NLS-1$

	private TestProjects() {
	}

	/**
	 * A project controller as the workbench makes it, with a model service that finds no parts (the
	 * tests run without an application model).
	 */
	static ProjectController controller() {
		EModelService models = (EModelService) Proxy.newProxyInstance(EModelService.class.getClassLoader(),
				new Class<?>[] { EModelService.class }, (proxy, method, args) -> method.getReturnType() == List.class ? List.of() : null);
		return new ProjectController(EclipseContextFactory.create(), null, models);
	}

	/**
	 * Creates, fills, saves and re-loads a project, so the returned document is what the
	 * application would open.
	 */
	static AuditProjectDocument createAndLoad(Path directory) throws IOException {
		ProjectStorage storage = ProjectStorage.standard();
		AuditProjectDocument created = storage.create(directory, "Supplier review 2026"); //$NON-NLS-1$
		AuditProject project = created.getProject();
		Organization buyer = organization(project, BUYER, "関東自動車", OrganizationKind.BUYER); //$NON-NLS-1$
		Organization supplier = organization(project, SUPPLIER, "東海部品", OrganizationKind.SUPPLIER); //$NON-NLS-1$
		Organization subcontractor = organization(project, SUBCONTRACTOR, "名古屋物流", OrganizationKind.SUBCONTRACTOR); //$NON-NLS-1$
		project.setBuyer(buyer);
		relationship(project, buyer, supplier, RelationshipKind.SUPPLY);
		relationship(project, supplier, subcontractor, RelationshipKind.SUBCONTRACT);
		Certification isms = RensaFactory.eINSTANCE.createCertification();
		isms.setScheme(CertificationScheme.ISMS);
		isms.setCertificateNumber("IS 123456"); //$NON-NLS-1$
		supplier.getCertifications().add(isms);
		storage.save(created);
		return storage.load(directory);
	}

	static Organization named(AuditProject project, String name) {
		return project.getOrganizations().stream().filter(org -> name.equals(org.getName())).findFirst().orElseThrow();
	}

	private static Organization organization(AuditProject project, String name, String nameJa, OrganizationKind kind) {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setName(name);
		organization.setNameJa(nameJa);
		organization.setKind(kind);
		organization.setCountry("JP"); //$NON-NLS-1$
		project.getOrganizations().add(organization);
		return organization;
	}

	private static void relationship(AuditProject project, Organization from, Organization to, RelationshipKind kind) {
		Relationship relationship = RensaFactory.eINSTANCE.createRelationship();
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(kind);
		project.getRelationships().add(relationship);
	}
}
