// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;
import org.rensa.report.ReportOptions;
import org.rensa.report.build.ReportBuilder;
import org.rensa.report.docx.DocxRenderer;
import org.rensa.report.model.ReportDocument;
import org.rensa.report.pdf.Fonts;
import org.rensa.report.pdf.PdfRenderer;

/** The demo project (read-only) and independent readers for the generated files. */
final class Demo {

	/** The fixed issue date of the tests. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	private Demo() {
	}

	static Path directory() {
		String root = System.getProperty("rensa.root");
		if (root == null) {
			throw new IllegalStateException("system property rensa.root is not set");
		}
		return Path.of(root, "samples", "demo");
	}

	static AuditProjectDocument load() throws IOException {
		return ProjectStorage.standard().loadReadOnly(directory());
	}

	static Visit visit(AuditProjectDocument document) {
		return document.getProject().getVisits().get(0);
	}

	static ReportOptions options(String language, Tlp audience, boolean anonymise) {
		return new ReportOptions(Locale.forLanguageTag(language), audience, anonymise, TODAY,
				new ReportOptions.Branding("Kuroshio Assurance Partners", null, null), null);
	}

	static ReportDocument visitReport(AuditProjectDocument document, ReportOptions options) {
		return ReportBuilder.visit(document, visit(document), options);
	}

	static byte[] pdf(ReportDocument model) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new PdfRenderer(Fonts.locate(null)).render(model, out);
		return out.toByteArray();
	}

	static byte[] docx(ReportDocument model) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxRenderer().render(model, out);
		return out.toByteArray();
	}

	/** Text of every page, read back with PDFBox. */
	static List<String> pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> pages = new ArrayList<>();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document));
			}
			return pages;
		}
	}

	/** All text of a DOCX: body paragraphs, tables, headers and footers, core properties. */
	static String docxText(byte[] docx) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				append(text, element);
			}
			for (XWPFHeader header : document.getHeaderList()) {
				text.append(header.getText()).append('\n');
			}
			document.getFooterList().forEach(f -> text.append(f.getText()).append('\n'));
			var core = document.getProperties().getCoreProperties();
			text.append(core.getTitle()).append('\n').append(core.getCreator()).append('\n').append(core.getSubject()).append('\n');
			return text.toString();
		}
	}

	private static void append(StringBuilder text, IBodyElement element) {
		if (element instanceof XWPFParagraph paragraph) {
			text.append(paragraph.getText()).append('\n');
		} else if (element instanceof XWPFTable table) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (IBodyElement inner : cell.getBodyElements()) {
						append(text, inner);
					}
				}
			}
		}
	}

	/** Copies the demo project so a test may damage the copy. */
	static Path copy(Path target) throws IOException {
		Path source = directory();
		try (var walk = Files.walk(source)) {
			for (Path path : (Iterable<Path>) walk::iterator) {
				Path destination = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(destination);
				} else {
					try (InputStream in = Files.newInputStream(path)) {
						Files.copy(in, destination);
					}
				}
			}
		}
		return target;
	}
}
