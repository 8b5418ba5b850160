// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.model.AuditProject;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;

/** Small chains built in code for the diagram tests. */
final class Chains {

	private Chains() {
	}

	/** @return the demo project directory (read-only) */
	static Path demo() {
		String root = System.getProperty("rensa.root");
		Path base = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root);
		for (Path candidate = base; candidate != null; candidate = candidate.getParent()) {
			Path demo = candidate.resolve("samples/demo");
			if (Files.isDirectory(demo.resolve("model"))) {
				return demo;
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}

	/** @return the facts of a project outside any document, analysed with the shipped settings */
	static ChainFacts facts(AuditProject project) {
		return ChainFacts.of(project, ChainAnalysis.analyze(project));
	}

	/**
	 * @param directory a directory for the project
	 * @param project   a project built in code
	 * @return an open document holding it (nothing is written)
	 */
	static AuditProjectDocument document(Path directory, AuditProject project) {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		Resource resource = resourceSet.createResource(URI.createFileURI(directory.resolve("model/project.xmi").toString()));
		resource.getContents().add(project);
		return new AuditProjectDocument(directory, resourceSet, project, java.util.List.of());
	}

	static AuditProject project() {
		AuditProject project = RensaFactory.eINSTANCE.createAuditProject();
		project.setId("p");
		project.setName("Test chain");
		return project;
	}

	static Organization organization(AuditProject project, String id, OrganizationKind kind) {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setId(id);
		organization.setName(id.substring(0, 1).toUpperCase() + id.substring(1) + " Co.");
		organization.setKind(kind);
		project.getOrganizations().add(organization);
		if (kind == OrganizationKind.BUYER) {
			project.setBuyer(organization);
		}
		return organization;
	}

	static Relationship link(AuditProject project, String id, Organization from, Organization to,
			InformationClass... information) {
		Relationship relationship = RensaFactory.eINSTANCE.createRelationship();
		relationship.setId(id);
		relationship.setFrom(from);
		relationship.setTo(to);
		relationship.setKind(from.getKind() == OrganizationKind.BUYER ? RelationshipKind.SUPPLY
				: RelationshipKind.SUBCONTRACT);
		for (InformationClass each : information) {
			relationship.getInformationClasses().add(each);
		}
		project.getRelationships().add(relationship);
		return relationship;
	}

	/**
	 * buyer → alpha, beta; alpha → gamma (personal data); gamma → alpha (cycle); beta → beta
	 * (self-loop); orphan unreachable.
	 */
	static AuditProject tricky() {
		AuditProject project = project();
		Organization buyer = organization(project, "buyer", OrganizationKind.BUYER);
		Organization alpha = organization(project, "alpha", OrganizationKind.SUPPLIER);
		Organization beta = organization(project, "beta", OrganizationKind.SUPPLIER);
		Organization gamma = organization(project, "gamma", OrganizationKind.SUBCONTRACTOR);
		organization(project, "orphan", OrganizationKind.SUBCONTRACTOR);
		link(project, "r1", buyer, alpha, InformationClass.CONFIDENTIAL_BUSINESS);
		link(project, "r2", buyer, beta, InformationClass.NONE);
		link(project, "r3", alpha, gamma, InformationClass.PERSONAL_DATA);
		link(project, "r4", gamma, alpha);
		link(project, "r5", beta, beta);
		return project;
	}
}
