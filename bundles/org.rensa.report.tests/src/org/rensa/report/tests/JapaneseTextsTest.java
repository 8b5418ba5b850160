// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.build.Texts;
import org.rensa.report.model.Block;
import org.rensa.report.model.ReportDocument;

/**
 * Japanese reports print the Japanese finding descriptions, visit scope and notes and verification
 * notes, and fall back to the English text where no Japanese one was written.
 */
class JapaneseTextsTest {

	@Test
	void japaneseReportsUseTheJapaneseTextsAndEnglishReportsTheEnglishOnes() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Finding finding = finding(demo, "F-003");
		Visit visit = Demo.visit(demo);
		Response response = noted(demo);
		String ja = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("ja", Tlp.AMBER, false))));
		assertTrue(ja.contains(finding.getDescriptionJa()), "Japanese finding description");
		assertFalse(ja.contains(finding.getDescription()), "no English finding description in a Japanese report");
		assertTrue(ja.contains(visit.getScopeJa()), "Japanese visit scope");
		assertTrue(ja.contains(visit.getNotesJa()), "Japanese visit notes");
		assertFalse(ja.contains(visit.getNotes()), "no English visit notes in a Japanese report");
		assertTrue(ja.contains(response.getVerificationNoteJa()), "Japanese verification note");

		String en = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false))));
		assertTrue(en.contains(finding.getDescription()), "English finding description");
		assertFalse(en.contains(finding.getDescriptionJa()), "no Japanese finding description in an English report");
		assertTrue(en.contains(visit.getNotes()), "English visit notes");
		assertTrue(en.contains(response.getVerificationNote()), "English verification note");
	}

	@Test
	void anEmptyJapaneseTextFallsBackToTheEnglishOne() throws IOException {
		AuditProjectDocument demo = Demo.load();
		Finding finding = finding(demo, "F-003");
		finding.setDescriptionJa("  ");
		Visit visit = Demo.visit(demo);
		visit.setNotesJa(null);
		String ja = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("ja", Tlp.AMBER, false))));
		assertTrue(ja.contains(finding.getDescription()), "English description instead of an empty Japanese one");
		assertTrue(ja.contains(visit.getNotes()), "English visit notes instead of missing Japanese ones");
	}

	/**
	 * The fixed Japanese wording of the documents is written in plain formal style (である調)
	 * throughout, as an audit firm's report is: no polite endings, requests as 「～すること。」 and
	 * recommendations to the buyer as 「～することを推奨する。」; and it has a text for every English key.
	 */
	@Test
	void japaneseWordingIsInPlainFormalStyle() throws IOException {
		Properties ja = properties("texts_ja.properties");
		Pattern polite = Pattern.compile("です|でした|ます|ました|ません|ください|下さい|いただ");
		List<String> politeTexts = ja.stringPropertyNames().stream().sorted()
				.filter(key -> polite.matcher(ja.getProperty(key)).find()).map(key -> key + "=" + ja.getProperty(key)).toList();
		assertTrue(politeTexts.isEmpty(), "polite style (です・ます調) in: " + politeTexts);
		List<String> recommendations = ja.stringPropertyNames().stream().filter(key -> key.startsWith("rec.") && !key.equals("rec.none"))
				.filter(key -> !ja.getProperty(key).endsWith("ことを推奨する。")).toList();
		assertTrue(recommendations.isEmpty(), "recommendations not ending 「～ことを推奨する。」: " + recommendations);
		assertEquals(new TreeSet<>(properties("texts.properties").stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()),
				"the same keys in English and Japanese");
	}

	private static Properties properties(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Texts.class.getResourceAsStream(name)) {
			assertNotNull(in, name);
			properties.load(in);
		}
		return properties;
	}

	private static Finding finding(AuditProjectDocument demo, String code) {
		return demo.getProject().getFindings().stream().filter(f -> code.equals(f.getCode())).findFirst().orElseThrow();
	}

	/** A verification note written for one requirement, not one of the default notes. */
	private static Response noted(AuditProjectDocument demo) {
		return Demo.visit(demo).getAssessment().getResponses().stream()
				.filter(r -> "3.4".equals(r.getRequirement().getCode())).findFirst().orElseThrow();
	}

	/**
	 * Table columns are sized from their content: a status, severity or header word, a Latin word, a
	 * short Japanese run is printed on one line, never broken inside (指摘事/項, 完了報告済/み, Docum/ent).
	 */
	@Test
	void tableWordsAreNeverBrokenInside() throws IOException {
		var demo = Demo.load();
		for (String lang : List.of("ja", "en")) {
			List<ReportDocument> documents = List.of(Demo.visitReport(demo, Demo.options(lang, Tlp.AMBER, false)),
					ReportBuilder.remediation(demo, Demo.visit(demo).getOrganization(), Demo.options(lang, Tlp.AMBER, false)),
					ReportBuilder.portfolio(demo, Demo.options(lang, Tlp.AMBER, false)));
			for (ReportDocument model : documents) {
				List<String> lines = Demo.pages(Demo.pdf(model)).stream().flatMap(p -> p.lines()).map(String::strip).toList();
				List<String> broken = new java.util.ArrayList<>();
				for (String word : tableWords(model)) {
					if (lines.stream().noneMatch(line -> line.contains(word))) {
						broken.add(word);
					}
				}
				assertTrue(broken.isEmpty(), lang + " " + model.title() + ": words broken inside: " + broken);
				List<String> split = lines.stream().filter(line -> line.endsWith("株式会") || line.endsWith("株式")).toList();
				assertTrue(split.isEmpty(), lang + " " + model.title() + ": 株式会社 split after " + split);
			}
		}
	}

	/** Single words of table headers and cells: no spaces, Japanese up to 7 characters. */
	private static java.util.Set<String> tableWords(ReportDocument model) {
		java.util.Set<String> words = new java.util.TreeSet<>();
		java.util.Deque<org.rensa.report.model.Section> sections = new java.util.ArrayDeque<>(model.sections());
		while (!sections.isEmpty()) {
			var section = sections.pop();
			sections.addAll(section.subsections());
			for (Block block : section.blocks()) {
				if (block instanceof Block.Table table) {
					table.columns().forEach(c -> addWord(words, c.header()));
					table.rows().forEach(row -> row.forEach(cell -> addWord(words, cell.text())));
				}
			}
		}
		return words;
	}

	private static void addWord(java.util.Set<String> words, String text) {
		for (String token : text.strip().split("\\s+")) {
			boolean japanese = token.codePoints().anyMatch(c -> c >= 0x2E80);
			if (token.length() > 1 && (japanese ? token.length() <= 7 : token.matches("[\\p{L}]+"))) {
				words.add(token);
			}
		}
	}
}
