// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.questionnaire.QuestionnaireFormatException;
import org.rensa.questionnaire.QuestionnaireImporter;
import org.rensa.questionnaire.cli.ImportQuestionnaireCommand;
import org.rensa.questionnaire.internal.WorkbookGuard;

class HostileWorkbookTest {

	@TempDir
	Path temp;

	@Test
	void aZipBombIsRefusedBeforeParsing() throws Exception {
		Path bomb = temp.resolve("bomb.xlsx");
		Path valid = validWorkbook();
		rewrite(valid, bomb, "xl/worksheets/sheet1.xml", out -> {
			byte[] chunk = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>".repeat(1000)
					.getBytes(StandardCharsets.UTF_8);
			out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < WorkbookGuard.MAX_ENTRY_SIZE + (1 << 20); written += chunk.length) {
				out.write(chunk);
			}
			out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		});
		assertTrue(Files.size(bomb) < WorkbookGuard.MAX_FILE_SIZE);
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(bomb));
		assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
	}

	@Test
	void aHighlyCompressedPartIsRefusedByPoisInflateRatio() throws Exception {
		Path bomb = temp.resolve("ratio.xlsx");
		rewrite(validWorkbook(), bomb, "xl/sharedStrings.xml", out -> {
			out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>".getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) 'a');
			for (int i = 0; i < 20; i++) {
				out.write(spaces);
			}
			out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
		});
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(bomb));
		assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
	}

	@Test
	void aHugeSheetIsRefused() throws Exception {
		Path huge = temp.resolve("huge.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(huge)) {
			XSSFSheet sheet = workbook.createSheet("Data");
			for (int r = 0; r < WorkbookGuard.MAX_ROWS + 10; r++) {
				sheet.createRow(r).createCell(0).setCellValue(r);
			}
			workbook.write(out);
		}
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(huge));
		assertTrue(e.getMessage().contains("sheet 'Data' has 20010 rows"), e.getMessage());
	}

	@Test
	void externalLinksAndMacrosAreRefused() throws Exception {
		Path linked = temp.resolve("linked.xlsx");
		rewrite(validWorkbook(), linked, "xl/externalLinks/externalLink1.xml", out -> out.write(
				"<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>".getBytes(StandardCharsets.UTF_8)));
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(linked));
		assertTrue(e.getMessage().contains("links to other files"), e.getMessage());

		Path macro = temp.resolve("macro.xlsx");
		rewrite(validWorkbook(), macro, "xl/vbaProject.bin", out -> out.write(new byte[] { 1, 2, 3 }));
		e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(macro));
		assertTrue(e.getMessage().contains("macros"), e.getMessage());
	}

	/** The first bytes of an OLE2 compound file, as a VBA project, ActiveX binary or embedded object starts. */
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };

	@Test
	void aMacroProjectIsRefusedWhateverItsPartIsCalled() throws Exception {
		Path renamed = temp.resolve("renamed.xlsx");
		rewrite(validWorkbook(), renamed, "xl/media/data.bin", out -> out.write(OLE2));
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(renamed));
		assertEquals("renamed.xlsx: refused: part xl/media/data.bin is an OLE2 compound file (a macro project, ActiveX control"
				+ " or embedded object)", e.getMessage());
	}

	@Test
	void declaredMacrosActiveXAndOleObjectsAreRefusedByContentType() throws Exception {
		Path valid = validWorkbook();
		String types;
		try (ZipFile zip = new ZipFile(valid.toFile())) {
			types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
		String[][] cases = {
				{ "<Override PartName=\"/xl/media/image9.png\" ContentType=\"application/vnd.ms-office.vbaProject\"/>", "macros" },
				{ "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.ms-excel.sheet.macroEnabled.main+xml\"/>", "macros" },
				{ "<Override PartName=\"/xl/media/c.xml\" ContentType=\"application/vnd.ms-office.activeX+xml\"/>", "ActiveX controls" },
				{ "<Default Extension=\"bin\" ContentType=\"application/vnd.openxmlformats-officedocument.oleObject\"/>",
						"embedded OLE objects" } };
		for (String[] declared : cases) {
			Path hostile = temp.resolve("declared-" + declared[1].charAt(0) + declared[0].length() + ".xlsx");
			String changed = types.replace("</Types>", declared[0] + "</Types>");
			rewrite(valid, hostile, "[Content_Types].xml", out -> out.write(changed.getBytes(StandardCharsets.UTF_8)));
			QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(hostile));
			assertEquals(hostile.getFileName() + ": refused: the workbook contains " + declared[1] + " (declared in [Content_Types].xml)",
					e.getMessage());
		}
		Path related = temp.resolve("related.xlsx");
		rewrite(valid, related, "xl/worksheets/_rels/sheet1.xml.rels", out -> out.write(("<Relationships xmlns=\"http://schemas"
				+ ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/"
				+ "office/2006/relationships/activeXControlBinary\" Target=\"../media/x.bin\"/></Relationships>")
				.getBytes(StandardCharsets.UTF_8)));
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(related));
		assertTrue(e.getMessage().contains("ActiveX controls (declared in xl/worksheets/_rels/sheet1.xml.rels)"), e.getMessage());
		// and a plain workbook still opens
		WorkbookGuard.open(valid).close();
	}

	@Test
	void notAWorkbookAtAll() throws Exception {
		Path text = temp.resolve("answers.xlsx");
		Files.writeString(text, "Done,Done,Partly\n");
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(text));
		assertEquals("answers.xlsx: not an Excel .xlsx workbook", e.getMessage());
		Path truncated = temp.resolve("truncated.xlsx");
		byte[] bytes = Files.readAllBytes(validWorkbook());
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThrows(QuestionnaireFormatException.class, () -> WorkbookGuard.open(truncated));
	}

	@Test
	void aPlainWorkbookIsNotARensaQuestionnaire() throws Exception {
		Path project = temp.resolve("p");
		AuditProjectDocument document = QuestionnaireFixtures.createProject(project);
		QuestionnaireFormatException e = assertThrows(QuestionnaireFormatException.class,
				() -> QuestionnaireImporter.read(validWorkbook(), document, null));
		assertTrue(e.getMessage().contains("not a questionnaire written by Rensa"), e.getMessage());
		CliException cli = assertThrows(CliException.class, () -> new ImportQuestionnaireCommand()
				.run(List.of(project.toString(), temp.resolve("bomb-missing.xlsx").toString()), new QuestionnaireFixtures.Capture().context));
		assertEquals(2, cli.exitCode());
		assertTrue(cli.getMessage().endsWith("no such file; nothing imported"), cli.getMessage());
	}

	private Path validWorkbook() throws IOException {
		Path file = temp.resolve("valid-" + System.nanoTime() + ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
			workbook.write(out);
		}
		return file;
	}

	interface Content {
		void write(OutputStream out) throws IOException;
	}

	/** Copies a zip, replacing (or adding) one entry. */
	private static void rewrite(Path from, Path to, String entryName, Content content) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (entry.getName().equals(entryName)) {
					continue;
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.putNextEntry(new ZipEntry(entryName));
			content.write(out);
			out.closeEntry();
		}
	}
}
