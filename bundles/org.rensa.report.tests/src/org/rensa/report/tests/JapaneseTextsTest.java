// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.build.ReportBuilder;
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
