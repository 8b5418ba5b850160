// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.report.ReportSettings;
import org.rensa.report.cli.ReportCommand;

/**
 * Branding and report defaults from the project's report settings in the
 * documents {@code rensa report} writes, options overriding them; read back with PDFBox and POI.
 */
class BrandingReportTest {

	private static final String CONSULTANCY = "Kuroshio Assurance Partners";
	private static final String CLIENT = "みなと駆動システム株式会社 調達本部";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) throws Exception {
		CliContext context = new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		return new ReportCommand().run(List.of(args), context);
	}

	/** A copy of the demo with branding, Japanese and TLP:GREEN in its report settings. */
	private static Path brandedProject(Path dir) throws IOException {
		Path project = Demo.copy(dir.resolve("project"));
		Path images = Files.createDirectories(dir.resolve("images"));
		String consultancyLogo = ReportSettings.importLogo(project, Logos.write(images.resolve("kuroshio.png"), "png", "Kuroshio",
				new Color(0x1f4e79)), false);
		String clientLogo = ReportSettings.importLogo(project, Logos.write(images.resolve("minato.jpg"), "jpg", "Minato", new Color(0xb03a2e)),
				true);
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		new BasicCommandStack().execute(
				new ReportSettings(CONSULTANCY, consultancyLogo, CLIENT, clientLogo, Locale.JAPANESE, Tlp.GREEN, null).change(document));
		ProjectStorage.standard().save(document);
		return project;
	}

	private static int images(PDPage page) throws IOException {
		int count = 0;
		for (COSName name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject) {
				count++;
			}
		}
		return count;
	}

	private static String text(Path pdf) throws IOException {
		return String.join("\n", Demo.pages(Files.readAllBytes(pdf))).replaceAll("\\s+", " ");
	}

	@Test
	void theProjectSettingsBrandTheReportsWithoutOptions(@TempDir Path dir) throws Exception {
		Path project = brandedProject(dir);
		Path reports = dir.resolve("reports");
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--format", "pdf,docx", "--out", reports.toString()));
		Path pdf = reports.resolve("portfolio-summary-ja.pdf");
		assertTrue(Files.exists(pdf), "Japanese from the settings: " + out);
		String text = text(pdf);
		assertTrue(text.contains("TLP:GREEN"), "audience from the settings");
		assertTrue(text.contains(CONSULTANCY), "consultancy name");
		assertTrue(text.contains(CLIENT), "client name on the cover");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(2, images(document.getPage(0)), "both logos on the cover");
			assertEquals(CONSULTANCY, document.getDocumentInformation().getAuthor());
		}
		try (InputStream in = Files.newInputStream(reports.resolve("portfolio-summary-ja.docx")); XWPFDocument docx = new XWPFDocument(in)) {
			assertEquals(2, docx.getAllPictures().size(), "both logos in the DOCX (the portfolio has no other picture)");
			String docxText = Demo.docxText(Files.readAllBytes(reports.resolve("portfolio-summary-ja.docx")));
			assertTrue(docxText.contains(CONSULTANCY) && docxText.contains(CLIENT), "names in the DOCX");
		}
		assertEquals("", err.toString(StandardCharsets.UTF_8), "no warning");
	}

	@Test
	void optionsOverrideTheProjectSettings(@TempDir Path dir) throws Exception {
		Path project = brandedProject(dir);
		Path other = Logos.write(dir.resolve("other.png"), "png", "Other", new Color(0x117a65));
		Path reports = dir.resolve("reports");
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--lang", "en", "--audience", "RED", "--consultancy",
				"Harbour Audit LLP", "--client", "Minato Procurement", "--client-logo", other.toString(), "--out", reports.toString()));
		Path pdf = reports.resolve("portfolio-summary-en.pdf");
		assertTrue(Files.exists(pdf), "--lang wins: " + out);
		String text = text(pdf);
		assertTrue(text.contains("TLP:RED"), "--audience wins");
		assertFalse(text.contains("TLP:GREEN"));
		assertTrue(text.contains("Harbour Audit LLP") && !text.contains(CONSULTANCY), "--consultancy wins");
		assertTrue(text.contains("Minato Procurement") && !text.contains(CLIENT), "--client wins");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(2, images(document.getPage(0)), "the settings' consultancy logo and the option's client logo");
		}
	}

	@Test
	void aBadSettingsFileIsAUsageErrorNamingFileAndKey(@TempDir Path dir) throws Exception {
		Path project = Demo.copy(dir.resolve("project"));
		Path file = Files.createDirectories(project.resolve("settings")).resolve("report.properties");
		Files.writeString(file, "audience = PURPLE\n");
		CliException e = assertThrows(CliException.class, () -> run(project.toString(), "--type", "portfolio", "--out", dir.resolve("o").toString()));
		assertEquals(file + ": audience: unknown TLP 'PURPLE' (CLEAR, GREEN, AMBER, AMBER+STRICT or RED)", e.getMessage());
		assertEquals(RensaCommand.USAGE, e.exitCode());
		assertFalse(Files.exists(dir.resolve("o")), "nothing written");
	}

	@Test
	void aMissingLogoIsAWarningAndTheReportIsWrittenWithoutIt(@TempDir Path dir) throws Exception {
		Path project = brandedProject(dir);
		Files.delete(project.resolve("settings").resolve("consultancy-logo.png"));
		Path reports = dir.resolve("reports");
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "portfolio", "--out", reports.toString()));
		assertEquals("rensa: warning: " + ReportSettings.file(project)
				+ ": consultancy.logo: settings/consultancy-logo.png file not found; the report is generated without this logo\n",
				err.toString(StandardCharsets.UTF_8));
		try (PDDocument document = Loader.loadPDF(reports.resolve("portfolio-summary-ja.pdf").toFile())) {
			assertEquals(1, images(document.getPage(0)), "only the client logo");
		}
		assertTrue(text(reports.resolve("portfolio-summary-ja.pdf")).contains(CONSULTANCY), "the name stays");
	}

	@Test
	void anUndecodableLogoOptionIsAUsageError(@TempDir Path dir) throws Exception {
		Path fake = Files.writeString(dir.resolve("logo.png"), "not an image");
		CliException e = assertThrows(CliException.class, () -> run(Demo.directory().toString(), "--type", "portfolio", "--consultancy-logo",
				fake.toString(), "--out", dir.resolve("o").toString()));
		assertEquals("unusable logo: " + fake + ": not a PNG or JPEG image", e.getMessage());
	}

	@Test
	void anonymisedReportsHideTheConfiguredClient(@TempDir Path dir) throws Exception {
		Path project = brandedProject(dir);
		Path reports = dir.resolve("reports");
		assertEquals(RensaCommand.OK, run(project.toString(), "--type", "visit", "--anonymise", "--out", reports.toString()));
		try (var files = Files.list(reports)) {
			Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
			String text = text(pdf);
			assertFalse(text.contains(CLIENT), "the client's name is not shared");
			assertFalse(text.contains("みなと駆動システム"), "nor the buyer's");
			assertTrue(text.contains(CONSULTANCY), "the issuer stays");
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				assertEquals(1, images(document.getPage(0)), "the client's logo is left out, the consultancy's stays");
			}
		}
	}
}
