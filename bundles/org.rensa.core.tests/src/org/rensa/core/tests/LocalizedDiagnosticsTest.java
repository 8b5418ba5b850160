// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.AnalysisSettings;
import org.rensa.core.analysis.ChainValidator;
import org.rensa.core.analysis.ChainAnalysis;
import org.rensa.core.analysis.ChainMessages;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.ProblemKind;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.validation.DiagnosticMessages;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.AuditProject;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.ClauseCategory;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.text.Language;
import org.rensa.model.text.LocalizedMessage;
import org.rensa.model.text.TextTable;

/**
 * Every diagnostic of the demo project, and of the demo changed so that every rule fires, in both
 * languages: the Japanese text has no enumeration constant and no English sentence, the English text no
 * constant either; and every message pattern of the core is translated.
 */
class LocalizedDiagnosticsTest {

	/** Three English words in a row: a sentence of an untranslated message. */
	private static final Pattern ENGLISH_WORDS = Pattern.compile("\\b[a-z]{2,}(?: [a-z]{2,}){2,}\\b");
	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	@Test
	void demoDiagnosticsInJapaneseHaveNoConstantsAndNoEnglish() throws IOException {
		AuditProject project = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo()).getProject();
		List<Diagnostic> diagnostics = ProjectValidator
				.leaves(ProjectValidator.withChainAnalysis(TestSupport.CLOCK).validate(project, ChainCommandsTest.demo()));
		assertTrue(diagnostics.size() > 20, "the demo has many findings: " + diagnostics.size());
		assertLocalized(project, diagnostics);
	}

	@Test
	void everyRuleInJapaneseHasNoConstantsAndNoEnglish(@TempDir Path temp) throws IOException {
		AuditProject project = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo()).getProject();
		breakEveryRule(project, temp);
		List<Diagnostic> diagnostics = ProjectValidator
				.leaves(ProjectValidator.withChainAnalysis(TestSupport.CLOCK).validate(project, temp));
		diagnostics = new java.util.ArrayList<>(diagnostics);
		diagnostics.addAll(unreadableSettingsDiagnostics(temp.resolve("corrupt-settings")));
		Set<Integer> codes = new TreeSet<>();
		diagnostics.forEach(diagnostic -> codes.add(diagnostic.getCode()));
		assertTrue(codes.containsAll(List.of(EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES, 101, 102, 103, 104, 105,
				106, 107, 108, 109, 110, 201, 202, 203, 205, 206, 207)), codes.toString());
		assertLocalized(project, diagnostics);
	}

	@Test
	void chainProblemsAndKindsInJapanese() throws IOException {
		AuditProject project = ProjectStorage.standard().loadReadOnly(ChainCommandsTest.demo()).getProject();
		ChainReport report = ChainAnalysis.analyze(project, AnalysisSettings.defaults());
		List<String> japanese = new ArrayList<>();
		report.breaks().forEach(b -> japanese.add(ChainMessages.describe(b).render(Language.JAPANESE)));
		report.problems().forEach(p -> japanese.add(ChainMessages.describe(p).render(Language.JAPANESE)));
		for (ProblemKind kind : ProblemKind.values()) {
			japanese.add(ChainMessages.kind(kind).render(Language.JAPANESE));
		}
		japanese.add(ChainMessages.flowDownBreak().render(Language.JAPANESE));
		assertTrue(japanese.size() > ProblemKind.values().length + 1, "the demo has chain problems");
		List<String> problems = new ArrayList<>();
		Set<String> data = dataTexts(project);
		japanese.forEach(text -> check(text, data, problems));
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void everyJapanesePatternIsJapanese() {
		TextTable table = DiagnosticMessages.TABLE;
		List<String> problems = new ArrayList<>();
		for (String key : table.keys(Language.JAPANESE)) {
			String pattern = table.get(Language.JAPANESE, key).replaceAll("\\{\\d+\\}", "");
			if (!Language.isJapaneseText(pattern) && !pattern.strip().matches("[\\p{Punct}“”\\s]*")) {
				problems.add(key + " = " + pattern);
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void structuralDiagnosticsKeepEmfsEnglishAndAreTranslated() {
		AuditProject project = RensaFactory.eINSTANCE.createAuditProject();
		Response dangling = RensaFactory.eINSTANCE.createResponse();
		((org.eclipse.emf.ecore.InternalEObject) dangling).eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("gone.xmi#x"));
		var assessment = RensaFactory.eINSTANCE.createAssessment();
		assessment.getResponses().add(RensaFactory.eINSTANCE.createResponse());
		assessment.getResponses().get(0).setRequirement(RensaFactory.eINSTANCE.createRequirement());
		((org.eclipse.emf.ecore.InternalEObject) assessment.getResponses().get(0).getRequirement())
				.eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("gone.xmi#r"));
		project.getAssessments().add(assessment);
		Diagnostic proxy = ProjectValidator.leaves(ProjectValidator.standard(TestSupport.CLOCK).validate(project, null))
				.stream().filter(d -> d.getCode() == EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES).findFirst().orElseThrow();
		assertEquals(proxy.getMessage().replaceAll("\\s+", " ").strip(), DiagnosticMessages.render(proxy, Language.ENGLISH));
		assertTrue(DiagnosticMessages.render(proxy, Language.JAPANESE).endsWith("「requirement」の参照先の要素がありません"),
				DiagnosticMessages.render(proxy, Language.JAPANESE));
		assertTrue(dangling.eIsProxy());
	}

	@Test
	void messagesRenderArgumentsByTheirLabels() {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setName("Kisaragi Electronics");
		organization.setNameJa("如月電子");
		LocalizedMessage message = DiagnosticMessages.message("diagnostic.108", CertificationScheme.PRIVACY_MARK,
				organization, LocalDate.of(2026, 3, 31));
		assertEquals("Privacy Mark certification of Kisaragi Electronics expired on 2026-03-31",
				message.render(Language.ENGLISH));
		assertEquals("如月電子 の プライバシーマーク 認証は 2026-03-31 に有効期限が切れています", message.render(Language.JAPANESE));
		assertEquals(message.render(Language.ENGLISH), message.toString());
	}

	// ------------------------------------------------------------------------------------------ helpers

	private static void assertLocalized(AuditProject project, List<Diagnostic> diagnostics) {
		Set<String> data = dataTexts(project);
		List<String> problems = new ArrayList<>();
		for (Diagnostic diagnostic : diagnostics) {
			String english = DiagnosticMessages.render(diagnostic, Language.ENGLISH);
			String japanese = DiagnosticMessages.render(diagnostic, Language.JAPANESE);
			assertNotEquals(english, japanese, "not translated: " + english);
			check(japanese, data, problems);
			checkConstants(english, data, Language.ENGLISH, problems);
			check(Language.JAPANESE.qualified(DiagnosticMessages.subject(diagnostic)), data, problems);
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	private static void check(String japanese, Set<String> data, List<String> problems) {
		String text = withoutData(japanese, data);
		Matcher english = ENGLISH_WORDS.matcher(text);
		if (english.find()) {
			problems.add("English '" + english.group() + "' in: " + japanese);
		}
		checkConstants(japanese, data, Language.JAPANESE, problems);
	}

	private static void checkConstants(String output, Set<String> data, Language language, List<String> problems) {
		Set<String> forbidden = rawConstants(language);
		Matcher constant = CONSTANT.matcher(withoutData(output, data));
		while (constant.find()) {
			if (forbidden.contains(constant.group())) {
				problems.add(language + ": constant " + constant.group() + " in: " + output);
			}
		}
	}

	/**
	 * @return the names of enumeration literals that never appear inside a label of the language: seeing
	 *         one in a text means a constant was printed (ISMS, NDA … are labels too)
	 */
	private static Set<String> rawConstants(Language language) {
		Set<String> names = new HashSet<>();
		List<String> labels = new ArrayList<>();
		for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum eEnum) {
				for (EEnumLiteral literal : eEnum.getELiterals()) {
					names.add(literal.getName());
					labels.add(language.label(literal.getInstance()));
				}
			}
		}
		names.removeIf(name -> labels.stream().anyMatch(label -> label.contains(name)));
		return names;
	}

	/** @return every text of the project's data in both languages, longest first */
	private static Set<String> dataTexts(AuditProject project) {
		Set<String> texts = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
		for (TreeIterator<EObject> it = project.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			for (Language language : List.of(Language.ENGLISH, Language.JAPANESE)) {
				texts.add(language.label(element));
			}
			for (EAttribute attribute : element.eClass().getEAllAttributes()) {
				Object value = element.eGet(attribute);
				if (value instanceof String text && !text.isBlank()) {
					texts.add(text.strip());
				}
			}
		}
		return texts;
	}

	private static String withoutData(String text, Set<String> data) {
		String result = text;
		for (String value : data) {
			if (value.length() > 1) {
				result = result.replace(value, " ");
			}
		}
		return result;
	}

	/** Rule 207 judges the open document's settings: a copy of the demo whose risk weights cannot be read. */
	private static List<Diagnostic> unreadableSettingsDiagnostics(Path directory) throws IOException {
		Path dir = TestSupport.copySample(directory);
		Path settings = dir.resolve("model/settings");
		Files.createDirectories(settings);
		Files.writeString(settings.resolve(AnalysisSettings.WEIGHTS_FILE), "weight.findings = lots\n");
		return ProjectValidator.leaves(ProjectValidator.withChainAnalysis(TestSupport.CLOCK).validate(ProjectStorage.standard().load(dir)))
				.stream().filter(d -> d.getCode() == ChainValidator.SETTINGS_UNREADABLE).toList();
	}

	/** Makes every rule of validation and chain analysis but 207 fire on the demo. */
	private static void breakEveryRule(AuditProject project, Path directory) throws IOException {
		RensaFactory f = RensaFactory.eINSTANCE;
		for (Relationship relationship : project.getRelationships()) {
			if (relationship.getKind() == RelationshipKind.SUBCONTRACT) {
				relationship.setApproved(false);
				relationship.setDeclaredToBuyer(false);
			}
		}
		for (Contract contract : project.getContracts()) {
			contract.getClauses().removeIf(clause -> clause.getCategory() == ClauseCategory.FLOW_DOWN);
		}
		Organization supplier = project.getOrganizations().get(1);
		Certification expired = f.createCertification();
		expired.setScheme(CertificationScheme.ISMS);
		expired.setValidUntil(LocalDate.of(2020, 1, 1));
		supplier.getCertifications().add(expired);
		Response dangling = project.getAssessments().get(0).getResponses().get(0);
		var gone = f.createRequirement();
		((org.eclipse.emf.ecore.InternalEObject) gone).eSetProxyURI(org.eclipse.emf.common.util.URI.createURI("gone.xmi#r"));
		dangling.setRequirement(gone);
		for (Evidence evidence : project.getEvidence()) {
			if (!evidence.getFiles().isEmpty()) {
				EvidenceFile file = evidence.getFiles().get(0);
				Path altered = directory.resolve(file.getPath());
				Files.createDirectories(altered.getParent());
				Files.writeString(altered, "altered", StandardCharsets.UTF_8);
				break;
			}
		}
	}
}
