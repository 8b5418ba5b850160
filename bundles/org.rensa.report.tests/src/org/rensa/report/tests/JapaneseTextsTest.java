// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Finding;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;

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
}
