// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.audit.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.rensa.catalog.ShippedCatalogues;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Checklist;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Section;

/** A project with one supplier and an SME-basics assessment declared "done" everywhere. */
final class AuditFixtures {

	private AuditFixtures() {
	}

	/** @return an OSCAL fixture of org.rensa.catalog.tests (found through {@code -Drensa.root}) */
	static Path oscal(String name) {
		String root = System.getProperty("rensa.root");
		for (Path candidate = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root); candidate != null;
				candidate = candidate.getParent()) {
			Path path = candidate.resolve("bundles/org.rensa.catalog.tests/resources/oscal").resolve(name);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		throw new IllegalStateException("fixture " + name + " not found (set -Drensa.root)");
	}

	/** @return a copy of the demo project {@code samples/demo} (found through {@code -Drensa.root}) in {@code target} */
	static Path demoCopy(Path target) throws IOException {
		String root = System.getProperty("rensa.root");
		for (Path candidate = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root); candidate != null;
				candidate = candidate.getParent()) {
			Path demo = candidate.resolve("samples/demo");
			if (Files.isDirectory(demo.resolve("model"))) {
				try (var paths = Files.walk(demo)) {
					for (Path path : (Iterable<Path>) paths::iterator) {
						Path copy = target.resolve(demo.relativize(path).toString());
						if (Files.isDirectory(path)) {
							Files.createDirectories(copy);
						} else {
							Files.copy(path, copy);
						}
					}
				}
				return target;
			}
		}
		throw new IllegalStateException("samples/demo not found (set -Drensa.root)");
	}

	static AuditProjectDocument project(Path directory) throws IOException {
		AuditProjectDocument document = ProjectStorage.standard().create(directory, "Audit test");
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization supplier = f.createOrganization();
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Kanto Precision Parts");
		document.getProject().getOrganizations().add(supplier);
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SME_BASICS);
		document.getProject().getChecklists().add(checklist);
		Assessment assessment = f.createAssessment();
		assessment.setOrganization(supplier);
		assessment.setChecklist(checklist);
		for (Section section : checklist.getSections()) {
			for (Requirement requirement : section.getRequirements()) {
				Response response = f.createResponse();
				response.setRequirement(requirement);
				response.setDeclaredAnswer(DeclaredAnswer.DONE);
				assessment.getResponses().add(response);
			}
		}
		document.getProject().getAssessments().add(assessment);
		ProjectStorage.standard().save(document);
		return ProjectStorage.standard().load(directory);
	}
}
