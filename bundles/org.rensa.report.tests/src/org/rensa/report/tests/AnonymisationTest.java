// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Contact;
import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.model.ReportDocument;

/** The anonymised variant: no real name survives in text, tables, captions or metadata. */
class AnonymisationTest {

	/** Real names taken straight from the model, independently of the anonymiser. */
	private static List<String> realNames(AuditProjectDocument demo) {
		List<String> names = new ArrayList<>();
		for (Organization organization : demo.getProject().getOrganizations()) {
			names.add(organization.getName());
			names.add(organization.getNameJa());
			names.add(organization.getAddress());
			for (Contact contact : organization.getContacts()) {
				names.add(contact.getName());
				names.add(contact.getEmail());
			}
		}
		for (Visit visit : demo.getProject().getVisits()) {
			names.addAll(visit.getAuditors());
			visit.getInterviewees().forEach(i -> names.add(i.contains(" (") ? i.substring(0, i.indexOf(" (")) : i));
		}
		for (Evidence evidence : demo.getProject().getEvidence()) {
			names.add(evidence.getCapturedBy());
			for (EvidenceFile file : evidence.getFiles()) {
				names.add(file.getOriginalName());
			}
		}
		// the demo's free texts also abbreviate names, as auditors do
		names.addAll(List.of("Sakura", "Mikawa", "Kisaragi", "Hayate", "Saigon", "Bangkok", "さくら金型", "如月電子"));
		names.removeIf(n -> n == null || n.isBlank());
		return names;
	}

	private static void assertClean(String where, String text, List<String> names) {
		for (String name : names) {
			assertTrue(!text.contains(name), where + " still contains \"" + name + "\"");
		}
	}

	@Test
	void noRealNameInPdfOrDocx() throws IOException {
		AuditProjectDocument demo = Demo.load();
		List<String> names = realNames(demo);
		assertTrue(names.size() > 20, "the scan checks many names: " + names.size());
		for (String language : List.of("en", "ja")) {
			ReportDocument visit = Demo.visitReport(demo, Demo.options(language, Tlp.RED, true));
			ReportDocument portfolio = ReportBuilder.portfolio(demo, Demo.options(language, Tlp.RED, true));
			for (ReportDocument model : List.of(visit, portfolio)) {
				byte[] pdf = Demo.pdf(model);
				assertClean("PDF text (" + language + ")", String.join("\n", Demo.pages(pdf)), names);
				try (PDDocument document = Loader.loadPDF(pdf)) {
					var info = document.getDocumentInformation();
					assertClean("PDF info", info.getTitle() + info.getSubject() + info.getKeywords(), names);
					assertClean("PDF XMP", new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8),
							names);
				}
				assertClean("DOCX (" + language + ")", Demo.docxText(Demo.docx(model)), names);
			}
			String visitText = String.join("\n", Demo.pages(Demo.pdf(visit)));
			assertTrue(visitText.contains(language.equals("ja") ? "組織" : "Organisation "), "pseudonyms are used");
		}
	}

	@Test
	void pseudonymsAreStable() throws IOException {
		AuditProjectDocument demo = Demo.load();
		String first = Demo.docxText(Demo.docx(Demo.visitReport(demo, Demo.options("en", Tlp.RED, true))));
		String second = Demo.docxText(Demo.docx(Demo.visitReport(Demo.load(), Demo.options("en", Tlp.RED, true))));
		assertTrue(first.equals(second), "the same project gives the same pseudonyms");
	}
}
