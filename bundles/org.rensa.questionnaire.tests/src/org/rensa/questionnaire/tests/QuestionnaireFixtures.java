// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.rensa.catalog.ShippedCatalogues;
import org.rensa.core.cli.CliContext;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Checklist;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Section;

/** A small project with fixed ids: one supplier, the supplier guideline, two assessments. */
final class QuestionnaireFixtures {

	static final String ASSESSMENT = "a-2026-kanto";
	static final String OTHER_ASSESSMENT = "a-2026-other";
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	private QuestionnaireFixtures() {
	}

	/**
	 * The fixed workbook key of {@link #createProject}, so that the committed fixture workbooks (sealed
	 * with it) stay valid.
	 */
	static final String TEST_KEY = "5eed0f1e5eed0f1e5eed0f1e5eed0f1e5eed0f1e5eed0f1e5eed0f1e5eed0f1e";

	static AuditProjectDocument createProject(Path directory) throws IOException {
		AuditProjectDocument document = ProjectStorage.standard().create(directory, "Questionnaire test");
		RensaFactory f = RensaFactory.eINSTANCE;
		Organization supplier = f.createOrganization();
		supplier.setId("org-kanto");
		supplier.setKind(OrganizationKind.SUPPLIER);
		supplier.setName("Kanto Precision Parts");
		supplier.setNameJa("関東精密部品");
		document.getProject().getOrganizations().add(supplier);
		Checklist checklist = ShippedCatalogues.load(ShippedCatalogues.SUPPLIER_GUIDELINE);
		checklist.setId("cl-guideline");
		for (Section section : checklist.getSections()) {
			section.setId("s-" + section.getCode());
			for (Requirement requirement : section.getRequirements()) {
				requirement.setId("r-" + requirement.getCode());
			}
		}
		document.getProject().getChecklists().add(checklist);
		for (String id : new String[] { ASSESSMENT, OTHER_ASSESSMENT }) {
			Assessment assessment = f.createAssessment();
			assessment.setId(id);
			assessment.setOrganization(supplier);
			assessment.setChecklist(checklist);
			assessment.setStatus(AssessmentStatus.SENT);
			document.getProject().getAssessments().add(assessment);
		}
		byte[] key = (TEST_KEY + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		document.getCompanionFiles().contribute(WorkbookSeal.KEY_FILE, key::clone);
		ProjectStorage.standard().save(document);
		return ProjectStorage.standard().load(directory);
	}

	/**
	 * @param program a program name
	 * @return the program on the {@code PATH}, or {@code null} when it is not installed
	 */
	static Path onPath(String program) {
		String path = System.getenv("PATH");
		for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, program);
			if (java.nio.file.Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** @return the seal of a project made by {@link #createProject} */
	static WorkbookSeal seal(AuditProjectDocument document) throws IOException {
		return WorkbookSeal.of(document).orElseThrow();
	}

	static Path fixture(String name) {
		String root = System.getProperty("rensa.root");
		if (root != null && !root.isEmpty()) {
			Path path = Paths.get(root, "bundles", "org.rensa.questionnaire.tests", "resources", "fixtures", name);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		for (Path candidate = Paths.get("").toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
			Path path = candidate.resolve("resources/fixtures").resolve(name);
			if (Files.isRegularFile(path)) {
				return path;
			}
		}
		throw new IllegalStateException("fixture " + name + " not found (set -Drensa.root)");
	}

	static Map<String, byte[]> snapshot(Path dir) throws IOException {
		Map<String, byte[]> result = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isRegularFile(path)) {
					result.put(dir.relativize(path).toString(), Files.readAllBytes(path));
				}
			}
		}
		return result;
	}

	/** A context writing into byte buffers. */
	static final class Capture {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		final CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), ProjectStorage.standard(), CLOCK);

		String out() {
			return out.toString(StandardCharsets.UTF_8);
		}
	}
}
