// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AssessmentHistory;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Organization;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.derived.ScoringScheme;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * Builds the demo project and compares it byte for byte with {@code samples/demo}; with
 * {@code -Drensa.updateSamples=true} (or the environment variable {@code RENSA_UPDATE_SAMPLES=true})
 * it rewrites {@code samples/demo} instead. Also checks the demo's shape and the problems
 * validation reports for it.
 */
class DemoProjectTest {

	private static final String BACKUP_DIR = "model.bak";

	@TempDir
	static Path temp;

	private static Path built;
	private static AuditProjectDocument document;

	@BeforeAll
	static void build() throws IOException {
		built = temp.resolve("demo");
		DemoProjectBuilder.build(ProjectStorage.standard(), built);
		document = ProjectStorage.standard().loadReadOnly(built);
	}

	@Test
	void samplesMatchTheBuilder() throws IOException {
		Path samples = repositoryRoot().resolve("samples").resolve("demo");
		Map<String, Path> expected = files(built);
		if (updateRequested()) {
			deleteTree(samples);
			for (Map.Entry<String, Path> entry : expected.entrySet()) {
				Path target = samples.resolve(entry.getKey());
				Files.createDirectories(target.getParent());
				Files.copy(entry.getValue(), target);
			}
		}
		assertTrue(Files.isDirectory(samples), samples + " is missing; run with -Drensa.updateSamples=true");
		Map<String, Path> actual = files(samples);
		assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()),
				"files of " + samples + " (run with -Drensa.updateSamples=true to regenerate)");
		for (Map.Entry<String, Path> entry : expected.entrySet()) {
			assertArrayEquals(Files.readAllBytes(entry.getValue()), Files.readAllBytes(actual.get(entry.getKey())),
					entry.getKey() + " differs (run with -Drensa.updateSamples=true to regenerate)");
		}
	}

	@Test
	void buildingTwiceGivesTheSameBytes() throws IOException {
		Path again = temp.resolve("again");
		DemoProjectBuilder.build(ProjectStorage.standard(), again);
		Map<String, Path> first = files(built);
		Map<String, Path> second = files(again);
		assertEquals(first.keySet(), second.keySet());
		for (String name : first.keySet()) {
			assertArrayEquals(Files.readAllBytes(first.get(name)), Files.readAllBytes(second.get(name)), name);
		}
	}

	@Test
	void shape() {
		AuditProject project = document.getProject();
		assertEquals(DemoProjectBuilder.id("project"), project.getId());
		assertEquals(14, project.getOrganizations().size());
		assertEquals(13, project.getRelationships().size());
		assertEquals(10, project.getContracts().size());
		assertEquals(40, project.getContracts().stream().mapToInt(c -> c.getClauses().size()).sum());
		assertEquals(10, project.getClauseTemplates().size());
		assertEquals(1, project.getChecklists().size());
		assertEquals(28, project.getChecklists().get(0).getSections().stream()
				.mapToInt(s -> s.getRequirements().size()).sum());
		assertEquals(2, project.getCampaigns().size());
		assertEquals(5, project.getAssessments().size());
		project.getAssessments().forEach(a -> assertEquals(28, a.getResponses().size()));
		assertEquals(1, project.getVisits().size());
		assertEquals(16, project.getEvidence().size());
		assertEquals(13, project.getFindings().size());
		assertEquals(12, project.getRemediationActions().size());

		Map<Integer, Long> perTier = new TreeMap<>(SupplyChainTiers.tiersOf(project).values().stream()
				.collect(Collectors.groupingBy(t -> t, Collectors.counting())));
		assertEquals(Map.of(0, 1L, 1, 4L, 2, 6L, 3, 2L, 4, 1L), perTier);
		assertTrue(project.getOrganizations().stream().anyMatch(o -> !"JP".equals(o.getCountry())
				&& o.getTier() >= 2 && receivesPersonalData(project, o)), "foreign subcontractor with personal data");
		project.getOrganizations().forEach(o -> assertFalse(o.getNameJa() == null || o.getNameJa().isEmpty(), o.getName()));

		List<Response> responses = project.getAssessments().stream().flatMap(a -> a.getResponses().stream()).toList();
		assertEquals(140, responses.size());
		assertTrue(count(responses, DeclarationGap.OVERSTATED) >= 10);
		assertTrue(count(responses, DeclarationGap.UNDERSTATED) >= 3);
		assertTrue(count(responses, DeclarationGap.UNVERIFIED) >= 10);

		List<RemediationAction> overdue = project.getRemediationActions().stream()
				.filter(a -> a.isOverdue(DemoProjectBuilder.TODAY)).toList();
		assertEquals(5, overdue.size());
		assertEquals(8, project.getRemediationActions().stream()
				.filter(a -> a.isOverdue(DemoProjectBuilder.TODAY.plusYears(5))).count(),
				"A-004, A-007 and A-012 become overdue later; done and verified actions never");
		assertTrue(project.getRemediationActions().stream().anyMatch(a -> !a.getClosureEvidence().isEmpty()));

		for (Evidence evidence : project.getEvidence()) {
			assertFalse(evidence.getFiles().isEmpty(), evidence.getCode());
			for (EvidenceFile file : evidence.getFiles()) {
				assertTrue(file.getPath().endsWith(file.getSha256()), file.getPath());
				assertTrue(file.getSize() > 0 && file.getSize() < 64 * 1024, file.getOriginalName() + " size " + file.getSize());
			}
		}
		assertTrue(project.getEvidence().stream().map(Evidence::getTlp).distinct().count() >= 4);
	}

	@Test
	void brokenFlowDownChainExists() {
		AuditProject project = document.getProject();
		Organization kisaragi = organization(project, "Kisaragi Electronics Co., Ltd.");
		assertTrue(project.getContracts().stream()
				.filter(c -> c.getParties().contains(project.getBuyer()) && c.getParties().contains(kisaragi))
				.anyMatch(DemoProjectTest::hasFlowDown));
		Contract downstream = project.getContracts().stream()
				.filter(c -> c.getRelationship() != null && c.getRelationship().getFrom() == kisaragi
						&& c.getRelationship().getKind() == RelationshipKind.SUBCONTRACT
						&& c.getRelationship().getInformationClasses().contains(org.rensa.model.InformationClass.TECHNICAL_DESIGN))
				.findFirst().orElseThrow();
		assertFalse(hasFlowDown(downstream), downstream.getTitle());
	}

	@Test
	void validationReportsTheIntendedProblems() {
		Clock clock = Clock.fixed(DemoProjectBuilder.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneId.of("UTC"));
		Diagnostic diagnostic = ProjectValidator.standard(clock).validate(document);
		List<Diagnostic> leaves = ProjectValidator.leaves(diagnostic);
		List<String> foreign = new ArrayList<>();
		Map<Integer, Integer> byCode = new TreeMap<>();
		for (Diagnostic leaf : leaves) {
			if (!RensaRulesValidator.DIAGNOSTIC_SOURCE.equals(leaf.getSource())) {
				foreign.add(leaf.getSource() + " " + leaf.getCode() + ": " + leaf.getMessage());
			} else {
				byCode.merge(leaf.getCode(), 1, Integer::sum);
			}
		}
		assertEquals(List.of(), foreign, "structural problems");
		long overstated = AssessmentHistory.current(document.getProject()).values().stream()
				.flatMap(a -> a.getResponses().stream()).filter(r -> r.getGap() == DeclarationGap.OVERSTATED).count();
		assertEquals(21, overstated, "this year's overstated declarations; last year's assessment is history");
		Map<Integer, Integer> expected = new TreeMap<>(Map.of(
				RensaRulesValidator.SUBCONTRACT_NOT_APPROVED, 4,
				RensaRulesValidator.SUBCONTRACT_NOT_DECLARED, 2,
				RensaRulesValidator.MISSING_FLOW_DOWN, 1,
				RensaRulesValidator.NONCONFORM_WITHOUT_FINDING, 1,
				RensaRulesValidator.ACTION_OVERDUE, 5,
				RensaRulesValidator.CERTIFICATION_EXPIRED, 1,
				RensaRulesValidator.RESPONSE_OVERSTATED, (int) overstated,
				RensaRulesValidator.METI_TARGET_BELOW_RECOMMENDED, 3,
				// F-005 and F-010 stay open on purpose: their actions are done and await the auditor's verification
				RensaRulesValidator.FINDING_AWAITING_VERIFICATION, 2));
		assertEquals(expected, byCode, leaves.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n")));
	}

	@Test
	void kisaragiHasLastYearsAssessmentOnTheSameChecklist() {
		AuditProject project = document.getProject();
		Organization kisaragi = organization(project, "Kisaragi Electronics Co., Ltd.");
		List<Assessment> history = project.getAssessments().stream().filter(a -> a.getOrganization() == kisaragi).toList();
		assertEquals(2, history.size());
		Assessment lastYear = history.get(0);
		Assessment thisYear = history.get(1);
		assertEquals(2025, lastYear.getCampaign().getFiscalYear());
		assertEquals(2026, thisYear.getCampaign().getFiscalYear());
		assertSame(thisYear.getChecklist(), lastYear.getChecklist());
		assertTrue(AssessmentHistory.isEarlier(lastYear, thisYear));
		assertSame(thisYear, AssessmentHistory.current(project).get(kisaragi));
		assertEquals(Set.of(lastYear), AssessmentHistory.superseded(project));
		assertSame(thisYear, project.getVisits().get(0).getAssessment());
		assertTrue(project.getFindings().stream().allMatch(f -> f.getAssessment() != lastYear));

		Map<String, Response> before = lastYear.getResponses().stream()
				.collect(Collectors.toMap(r -> r.getRequirement().getCode(), r -> r));
		List<String> improved = new ArrayList<>();
		List<String> worse = new ArrayList<>();
		List<String> declarationChanged = new ArrayList<>();
		for (Response now : thisYear.getResponses()) {
			Response then = before.get(now.getRequirement().getCode());
			if (then.getDeclaredAnswer() != now.getDeclaredAnswer()) {
				declarationChanged.add(now.getRequirement().getCode());
			}
			if (ScoringScheme.rank(then.getVerdict()) >= 0 && ScoringScheme.rank(now.getVerdict()) >= 0) {
				int change = ScoringScheme.rank(now.getVerdict()) - ScoringScheme.rank(then.getVerdict());
				if (change > 0) {
					improved.add(now.getRequirement().getCode());
				} else if (change < 0) {
					worse.add(now.getRequirement().getCode());
				}
			}
		}
		assertEquals(List.of("2.1", "2.6"), improved);
		assertEquals(List.of("1.1", "1.8", "3.3", "3.4", "3.9"), worse);
		assertEquals(List.of("2.1"), declarationChanged);
		assertTrue(lastYear.getResponses().stream().filter(r -> r.getVerdict() != Verdict.NOT_VERIFIED)
				.allMatch(r -> r.getVerifiedAt() != null && r.getVerifiedAt().toString().startsWith("2025-")));
	}

	@Test
	void japaneseTextsAndMetiTargetsArePresent() {
		AuditProject project = document.getProject();
		assertTrue(project.getFindings().stream().allMatch(f -> f.getDescriptionJa() != null && !f.getDescriptionJa().isBlank()));
		assertTrue(project.getAssessments().stream().flatMap(a -> a.getResponses().stream())
				.filter(r -> r.getVerificationNote() != null)
				.allMatch(r -> r.getVerificationNoteJa() != null && !r.getVerificationNoteJa().isBlank()));
		assertTrue(project.getVisits().stream().allMatch(v -> v.getScopeJa() != null && v.getNotesJa() != null));
		long withTarget = project.getOrganizations().stream().filter(o -> o.isSetMetiTargetLevel()).count();
		assertEquals(9, withTarget);
		assertTrue(project.getOrganizations().stream().filter(o -> o.isSetMetiTargetLevel())
				.allMatch(o -> o.getTier() == 1 || o.getTier() == 2));
	}

	// ----------------------------------------------------------------------------------- helpers

	private static boolean hasFlowDown(Contract contract) {
		return contract.getClauses().stream().anyMatch(c -> c.getCategory() == ClauseCategory.FLOW_DOWN);
	}

	private static boolean receivesPersonalData(AuditProject project, Organization organization) {
		return project.getRelationships().stream().anyMatch(r -> r.getTo() == organization
				&& r.getInformationClasses().contains(org.rensa.model.InformationClass.PERSONAL_DATA));
	}

	private static Organization organization(AuditProject project, String name) {
		return project.getOrganizations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	private static long count(List<Response> responses, DeclarationGap gap) {
		return responses.stream().filter(r -> r.getGap() == gap).count();
	}

	private static boolean updateRequested() {
		return Boolean.getBoolean("rensa.updateSamples") || "true".equalsIgnoreCase(System.getenv("RENSA_UPDATE_SAMPLES"));
	}

	/** The repository root: the {@code rensa.root} system property, else the nearest parent holding {@code releng/}. */
	private static Path repositoryRoot() {
		String property = System.getProperty("rensa.root");
		if (property != null && !property.isBlank()) {
			return Paths.get(property).toAbsolutePath().normalize();
		}
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("releng")) && Files.isDirectory(dir.resolve("bundles"))) {
				return dir;
			}
		}
		throw new IllegalStateException("system property rensa.root is not set");
	}

	/** The project's files by relative path (forward slashes), without the save backup. */
	private static Map<String, Path> files(Path root) throws IOException {
		Map<String, Path> result = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return result;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).forEach(file -> {
				String name = root.relativize(file).toString().replace('\\', '/');
				if (!name.startsWith(BACKUP_DIR + "/")) {
					result.put(name, file);
				}
			});
		}
		return result;
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
