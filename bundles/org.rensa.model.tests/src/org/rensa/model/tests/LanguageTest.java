// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.rensa.model.Certification;
import org.rensa.model.CertificationScheme;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;
import org.rensa.model.Verdict;
import org.rensa.model.text.Language;

/** The fallback rule, the bilingual split and the labels of every enumeration literal and class. */
class LanguageTest {

	private static final Language EN = Language.ENGLISH;
	private static final Language JA = Language.JAPANESE;

	@Test
	void featuresHaveDisplayNamesInBothLanguagesAndAFormForSentences() {
		var verdict = RensaPackage.Literals.RESPONSE__VERDICT;
		assertEquals("Verdict", EN.label(verdict));
		assertEquals("検証結果", Language.JAPANESE.label(verdict));
		assertEquals("verdict", EN.inSentence(EN.label(verdict)));
		assertEquals("ID", EN.inSentence(EN.label(RensaPackage.Literals.IDENTIFIABLE__ID)));
		assertEquals("検証結果", Language.JAPANESE.inSentence(Language.JAPANESE.label(verdict)));
	}

	@Test
	void requestedLanguageWinsWhenNotBlank() {
		assertEquals("Acme", EN.text("Acme", "アクメ"));
		assertEquals("アクメ", JA.text("Acme", "アクメ"));
	}

	@Test
	void otherLanguageWhenRequestedIsMissingOrBlank() {
		assertEquals("アクメ", EN.text(null, "アクメ"));
		assertEquals("アクメ", EN.text("  ", "アクメ"));
		assertEquals("Acme", JA.text("Acme", null));
		assertEquals("Acme", JA.text("Acme", " \t"));
	}

	@Test
	void emptyWhenBothMissingAndValuesStripped() {
		assertEquals("", EN.text((String) null, null));
		assertEquals("", JA.text(" ", ""));
		assertEquals("Acme", EN.text(" Acme\n", null));
	}

	@Test
	void bilingualFeaturePairFoundFromEitherFeature() {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setName("Minato Drive Systems");
		organization.setNameJa("みなと駆動システム");
		assertEquals("みなと駆動システム", JA.text(organization, RensaPackage.Literals.ORGANIZATION__NAME));
		assertEquals("みなと駆動システム", JA.text(organization, RensaPackage.Literals.ORGANIZATION__NAME_JA));
		assertEquals("Minato Drive Systems", EN.text(organization, RensaPackage.Literals.ORGANIZATION__NAME_JA));
		organization.setNameJa(null);
		assertEquals("Minato Drive Systems", JA.text(organization, RensaPackage.Literals.ORGANIZATION__NAME));
	}

	@Test
	void sourceIsTheFeatureTheShownTextCameFrom() {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		organization.setNameJa("みなと");
		assertEquals(RensaPackage.Literals.ORGANIZATION__NAME_JA, JA.source(organization, RensaPackage.Literals.ORGANIZATION__NAME));
		assertEquals(RensaPackage.Literals.ORGANIZATION__NAME_JA, EN.source(organization, RensaPackage.Literals.ORGANIZATION__NAME),
				"English shown from the Japanese name when there is no English one");
		organization.setName("Minato");
		assertEquals(RensaPackage.Literals.ORGANIZATION__NAME, EN.source(organization, RensaPackage.Literals.ORGANIZATION__NAME));
		organization.setNameJa(null);
		assertEquals(RensaPackage.Literals.ORGANIZATION__NAME, JA.source(organization, RensaPackage.Literals.ORGANIZATION__NAME_JA));
	}

	@Test
	void literalsReadBackFromEitherLanguage() {
		List<DeclaredAnswer> answers = DeclaredAnswer.VALUES;
		assertEquals(DeclaredAnswer.NOT_APPLICABLE, Language.parse(answers, " 該当なし "));
		assertEquals(DeclaredAnswer.NOT_APPLICABLE, Language.parse(answers, "該当しない"), "the spelling of earlier workbooks");
		assertEquals(DeclaredAnswer.DONT_KNOW, Language.parse(answers, "don’t KNOW"));
		assertEquals(null, Language.parse(answers, "maybe"));
	}

	@Test
	void singleTextSplitIntoItsLanguages() {
		assertEquals("Server room", EN.split("Server room / サーバー室"));
		assertEquals("サーバー室", JA.split("Server room / サーバー室"));
		assertEquals("Server room", EN.split("サーバー室 / Server room"));
		assertEquals("A / B", JA.split("A / B"), "both parts in one script: the whole text");
		assertEquals("Server room", JA.split("Server room"));
		assertEquals("", JA.split(null));
	}

	@Test
	void languageOfLocalesAndCodes() {
		assertEquals(JA, Language.of(Locale.JAPAN));
		assertEquals(EN, Language.of(Locale.GERMAN));
		assertEquals(EN, Language.of(null));
		assertEquals(JA, Language.ofCode("JA"));
		assertEquals(EN, Language.ofCode("en"));
		assertThrows(IllegalArgumentException.class, () -> Language.ofCode("de"));
	}

	@Test
	void everyEnumerationLiteralHasALabelInBothLanguagesThatIsNotTheConstant() {
		List<String> problems = new ArrayList<>();
		for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
			if (!(classifier instanceof EEnum eEnum)) {
				continue;
			}
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				for (Language language : List.of(EN, JA)) {
					String label = language.label(literal.getInstance());
					if (label.isBlank() || (label.equals(literal.getName()) && literal.getName().contains("_"))) {
						problems.add(language + " " + eEnum.getName() + "." + literal.getName() + " = '" + label + "'");
					}
					if (language == JA && !Language.isJapaneseText(label) && !label.startsWith("TLP:")
							&& !List.of("ISMS（ISO/IEC 27001）", "SECURITY ACTION 一つ星").contains(label)
							&& !label.equals(EN.label(literal.getInstance()))) {
						problems.add("not Japanese: " + eEnum.getName() + "." + literal.getName() + " = '" + label + "'");
					}
				}
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	@Test
	void oneWordingForNotApplicable() {
		assertEquals(JA.label(DeclaredAnswer.NOT_APPLICABLE), JA.label(Verdict.NOT_APPLICABLE));
		assertEquals("該当なし", JA.label(Verdict.NOT_APPLICABLE));
		assertEquals("Partially conform", EN.label(Verdict.PARTIALLY_CONFORM));
		assertEquals("技術情報・設計情報", JA.label(InformationClass.TECHNICAL_DESIGN));
	}

	@Test
	void everyClassHasATypeLabel() {
		for (EClassifier classifier : RensaPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				assertFalse(JA.label(eClass).isBlank(), eClass.getName());
				assertFalse(EN.label(eClass).isBlank(), eClass.getName());
			}
		}
	}

	@Test
	void elementLabelsUseTheLanguageAndNoConstants() {
		ChainBuilder chain = new ChainBuilder("Buyer").link("Buyer", "Supplier").link("Supplier", "Sub");
		Organization sub = chain.organization("Sub");
		sub.setNameJa("再委託先株式会社");
		Relationship subcontract = chain.project().getRelationships().get(1);
		assertEquals("Supplier → 再委託先株式会社（再委託）", JA.label(subcontract));
		assertEquals("Supplier → Sub (Subcontract)", EN.label(subcontract));
		Certification certification = RensaFactory.eINSTANCE.createCertification();
		certification.setScheme(CertificationScheme.PRIVACY_MARK);
		sub.getCertifications().add(certification);
		assertEquals("再委託先株式会社 の プライバシーマーク", JA.label(certification));
		assertEquals("組織 再委託先株式会社", JA.qualified(sub));
		assertEquals("-", JA.label((EObject) null));
	}

	@Test
	void unnamedElementsShowTheirIdOrUnnamed() {
		Organization organization = RensaFactory.eINSTANCE.createOrganization();
		assertEquals("（名称なし）", JA.label(organization));
		assertEquals("(unnamed)", EN.label(organization));
		organization.setId("org-1");
		assertEquals("org-1", JA.label(organization));
	}

	@Test
	void displayRendersCollectionsOfLiteralsWithTheLanguageSeparator() {
		assertEquals("個人情報、技術情報・設計情報",
				JA.display(List.of(InformationClass.PERSONAL_DATA, InformationClass.TECHNICAL_DESIGN)));
		assertEquals("Personal data, Network access to the buyer",
				EN.display(List.of(InformationClass.PERSONAL_DATA, InformationClass.NETWORK_ACCESS)));
	}
}
