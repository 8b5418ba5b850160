// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rensa.core.analysis.Attention;
import org.rensa.core.analysis.Attention.Item;
import org.rensa.core.analysis.Attention.Kind;
import org.rensa.core.analysis.Attention.Urgency;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.analysis.ProjectAnalysis;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.core.validation.RensaRulesValidator;
import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Certification;
import org.rensa.model.Contract;
import org.rensa.model.DeclarationGap;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;

/** The project overview's facts ({@link Attention}) on the demo, today being 2026-12-01. */
class AttentionTest {

	private static AuditProjectDocument demo;
	private static List<Item> items;
	private static List<Diagnostic> diagnostics;

	@BeforeAll
	static void load() throws IOException {
		demo = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo());
		items = Attention.of(demo, TestSupport.CLOCK);
		diagnostics = ProjectValidator.leaves(ProjectValidator.standard(TestSupport.CLOCK).validate(demo.getProject(), null));
	}

	private static List<Item> of(Kind kind) {
		return items.stream().filter(i -> i.kind() == kind).toList();
	}

	private static Set<EObject> subjects(int code) {
		Set<EObject> result = Collections.newSetFromMap(new IdentityHashMap<>());
		diagnostics.stream().filter(d -> d.getCode() == code && RensaRulesValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()))
				.map(DiagnosticMessages::subject).forEach(result::add);
		return result;
	}

	private static Set<EObject> elements(Kind kind) {
		Set<EObject> result = Collections.newSetFromMap(new IdentityHashMap<>());
		of(kind).forEach(i -> result.add(i.element()));
		return result;
	}

	@Test
	void everyKindAppearsGroupedInKindOrder() {
		for (Kind kind : Kind.values()) {
			assertFalse(of(kind).isEmpty(), kind + " missing from the demo's overview");
		}
		for (int i = 1; i < items.size(); i++) {
			assertTrue(items.get(i - 1).kind().compareTo(items.get(i).kind()) <= 0, "grouped by kind");
		}
	}

	@Test
	void overdueActionsAreThoseTheValidatorFlags() {
		assertEquals(Set.of("A-002", "A-003", "A-008", "A-010", "A-011"),
				of(Kind.OVERDUE_ACTION).stream().map(i -> ((RemediationAction) i.element()).getCode()).collect(Collectors.toSet()));
		assertEquals(subjects(RensaRulesValidator.ACTION_OVERDUE), elements(Kind.OVERDUE_ACTION));
		assertTrue(of(Kind.OVERDUE_ACTION).stream().allMatch(i -> i.urgency() == Urgency.HIGH));
	}

	@Test
	void overstatedDeclarationsAreTheCurrentAssessmentsOnes() {
		assertEquals(subjects(RensaRulesValidator.RESPONSE_OVERSTATED), elements(Kind.OVERSTATED_DECLARATION));
		for (Item item : of(Kind.OVERSTATED_DECLARATION)) {
			Response response = assertInstanceOf(Response.class, item.element());
			assertEquals(DeclarationGap.OVERSTATED, response.getGap());
		}
	}

	@Test
	void unverifiedRequirementsComeFromTheOpenKisaragiVisit() {
		List<Item> unverified = of(Kind.UNVERIFIED_IN_OPEN_VISIT);
		assertEquals(2, unverified.size(), unverified.toString());
		for (Item item : unverified) {
			Response response = assertInstanceOf(Response.class, item.element());
			Assessment assessment = (Assessment) response.eContainer();
			assertEquals(AssessmentStatus.VERIFYING, assessment.getStatus());
			assertEquals(Verdict.NOT_VERIFIED, response.getVerdict());
			assertTrue(assessment.getOrganization().getName().startsWith("Kisaragi"), assessment.getOrganization().getName());
			assertTrue(item.text(Language.ENGLISH).contains(response.getRequirement().getCode()), item.text(Language.ENGLISH));
		}
	}

	@Test
	void certificationsExpiredAndExpiringWithinTheWindow() {
		List<Item> certifications = of(Kind.EXPIRING_CERTIFICATION);
		assertEquals(List.of("P-00000000(04)", "P-00000002(03)"),
				certifications.stream().map(i -> ((Certification) i.element()).getCertificateNumber()).sorted().toList());
		for (Item item : certifications) {
			LocalDate until = ((Certification) item.element()).getValidUntil();
			assertEquals(until.isBefore(LocalDate.of(2026, 12, 1)) ? Urgency.HIGH : Urgency.MEDIUM, item.urgency());
		}
		assertTrue(elements(Kind.EXPIRING_CERTIFICATION).containsAll(subjects(RensaRulesValidator.CERTIFICATION_EXPIRED)));
	}

	@Test
	void chainFactsComeFromTheChainReport() {
		var report = ProjectAnalysis.chainReport(demo);
		List<Item> breaks = of(Kind.FLOW_DOWN_BREAK);
		assertEquals(report.breaks().size(), breaks.size());
		for (int i = 0; i < breaks.size(); i++) {
			var flowDownBreak = report.breaks().get(i);
			assertSame(flowDownBreak.contract() != null ? flowDownBreak.contract() : flowDownBreak.link(), breaks.get(i).element());
		}
		assertTrue(breaks.stream().anyMatch(i -> i.element() instanceof Contract
				&& i.text(Language.ENGLISH).contains("Sakura Mold & Die")), breaks.toString());
		assertEquals(report.problems().stream().filter(p -> p.kind() == ProblemKind.SENSITIVE_DATA_UNASSESSED)
				.map(p -> p.organization().getName()).toList(),
				of(Kind.SENSITIVE_FLOW_UNASSESSED).stream().map(i -> ((Organization) i.element()).getName()).toList());
	}

	@Test
	void everySentenceExistsInBothLanguages() {
		for (Item item : items) {
			String en = item.text(Language.ENGLISH);
			String ja = item.text(Language.JAPANESE);
			assertFalse(en.isBlank());
			assertNotEquals(en, ja);
			assertFalse(en.contains("{") || ja.contains("{"), en + " / " + ja);
			assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
					|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
					|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), ja);
		}
		for (Kind kind : Kind.values()) {
			assertNotEquals(kind.title().render(Language.ENGLISH), kind.title().render(Language.JAPANESE));
		}
	}

	@Test
	void theCommandPrintsOneLinePerItemInEitherLanguage() {
		TestSupport.Run en = TestSupport.rensa("attention", ChainCommandsTest.demo().toString());
		assertEquals(1, en.exitCode(), en.err());
		String[] lines = en.lines();
		assertEquals(items.size() + 1, lines.length);
		assertTrue(lines[0].startsWith("OVERDUE_ACTION\tHIGH\t"), lines[0]);
		assertEquals(items.size() + " items need attention", lines[lines.length - 1]);
		TestSupport.Run ja = TestSupport.rensa("attention", ChainCommandsTest.demo().toString(), "--lang", "ja");
		assertEquals(1, ja.exitCode(), ja.err());
		assertEquals("対応が必要な項目: " + items.size() + " 件", ja.lines()[ja.lines().length - 1]);
		assertTrue(ja.lines()[0].endsWith(items.get(0).text(Language.JAPANESE)), ja.lines()[0]);
		TestSupport.Run missing = TestSupport.rensa("attention", "/nonexistent-rensa-project");
		assertEquals(2, missing.exitCode());
		assertEquals(1, missing.err().strip().split("\n").length, missing.err());
	}
}
