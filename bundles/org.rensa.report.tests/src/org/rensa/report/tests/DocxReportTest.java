// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.rensa.model.Tlp;
import org.rensa.report.model.ReportDocument;

/** The visit report as DOCX, read back with POI. */
class DocxReportTest {

	@Test
	void headingsUseRealStylesAndTablesAreTables() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("ja", Tlp.AMBER, false));
		byte[] bytes = Demo.docx(model);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
			assertTrue(heading1 != null, "Heading1 style exists");
			assertEquals("heading 1", heading1.getName());
			assertEquals(0, heading1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue(), "outline level for the navigation pane");
			List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
					.map(XWPFParagraph::getText).toList();
			assertEquals(model.sections().size(), headings.size(), "one Heading1 per chapter: " + headings);
			assertTrue(headings.get(0).endsWith("要旨"), headings.get(0));
			List<XWPFTable> tables = document.getTables();
			assertTrue(tables.size() > 5, "tables: " + tables.size());
			assertTrue(tables.stream().anyMatch(t -> t.getRow(0).isRepeatHeader()), "header rows repeat on every page");
			assertFalse(document.getCharts().isEmpty(), "charts are native Word charts");
			assertFalse(document.getAllPictures().isEmpty(), "evidence photos");
			String header = document.getHeaderList().get(0).getText();
			assertTrue(header.contains("TLP:AMBER"), header);
			assertTrue(document.getParagraphs().stream().anyMatch(p -> p.getCTP().sizeOfFldSimpleArray() > 0
					&& p.getCTP().getFldSimpleArray(0).getInstr().startsWith("TOC")), "table of contents field");
		}
	}

	@Test
	void pdfAndDocxSayTheSame() throws IOException {
		var demo = Demo.load();
		ReportDocument model = Demo.visitReport(demo, Demo.options("en", Tlp.AMBER, false));
		String docx = Demo.docxText(Demo.docx(model));
		String pdf = String.join("\n", Demo.pages(Demo.pdf(model))).replaceAll("\\s+", " ");
		for (var section : model.sections()) {
			assertTrue(docx.contains(section.title()), "DOCX lacks " + section.title());
			assertTrue(pdf.contains(section.title()), "PDF lacks " + section.title());
		}
	}
}
