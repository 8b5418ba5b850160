// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.ActionStatus;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage.Literals;
import org.rensa.model.text.Language;
import org.rensa.report.cli.ImportTrackerCommand;
import org.rensa.report.cli.ReportCommand;
import org.rensa.report.tracker.TrackerImporter;
import org.rensa.report.tracker.TrackerLayout;

/**
 * The remediation tracker round trip: the workbook's layout, a tracker filled in with POI and re-saved
 * by LibreOffice imported by {@code rensa import-tracker} (dry run first, then as one undoable
 * command), and refusals of altered, foreign and hostile workbooks.
 */
class TrackerRoundTripTest {

	private static final String KISARAGI = "Kisaragi Electronics Co., Ltd.";

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CliContext context() {
		out.reset();
		return new CliContext(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
				ProjectStorage.standard(), Clock.fixed(Demo.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Writes the tracker of {@code org} for a copy of the demo and returns it. */
	private Path tracker(Path project, String org, String lang) throws Exception {
		Path dir = temp.resolve("out-" + lang + "-" + Math.abs(org.hashCode()));
		assertEquals(RensaCommand.OK, new ReportCommand().run(List.of(project.toString(), "--type", "remediation", "--org", org, "--lang", lang,
				"--format", "xlsx", "--out", dir.toString()), context()));
		try (var files = Files.list(dir)) {
			return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
		}
	}

	private static Organization organization(AuditProjectDocument document, String name) {
		return document.getProject().getOrganizations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	private static List<RemediationAction> actions(AuditProjectDocument document, Organization organization) {
		List<RemediationAction> actions = new ArrayList<>();
		for (Finding finding : document.getProject().getFindings()) {
			if (finding.getOrganization() == organization) {
				actions.addAll(finding.getActions());
			}
		}
		return actions;
	}

	private static Map<String, String> snapshot(Path project) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (var walk = Files.walk(project.resolve("model"))) {
			for (Path path : (Iterable<Path>) walk::iterator) {
				if (Files.isRegularFile(path)) {
					files.put(project.relativize(path).toString(), Arrays.toString(Files.readAllBytes(path)));
				}
			}
		}
		return files;
	}

	@Test
	void theTrackerLooksLikeTheQuestionnaireWorkbook() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path file = tracker(project, KISARAGI, "ja");
		assertTrue(output().contains("created the project's workbook key model/secrets/workbook-seal.key"), output());
		Language ja = Language.of(Locale.JAPANESE);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			XSSFSheet sheet = workbook.getSheet(TrackerLayout.SHEET_JA);
			assertNotNull(sheet, "Japanese sheet name");
			assertEquals("改善措置", workbook.getSheetName(0));
			assertTrue(sheet.getProtect(), "sheet protected");
			assertTrue(sheet.getPrintSetup().getLandscape(), "landscape");
			assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
			assertEquals(1, sheet.getPrintSetup().getFitWidth(), "fit to one page wide");
			assertTrue(sheet.getFitToPage());
			assertTrue(sheet.getHeader().getLeft().contains("改善措置"), sheet.getHeader().getLeft());
			assertTrue(sheet.getHeader().getCenter().contains("如月"), "supplier in the header: " + sheet.getHeader().getCenter());
			assertTrue(sheet.getHeader().getRight().contains("TLP:AMBER"), sheet.getHeader().getRight());
			assertTrue(sheet.getFooter().getRight().contains("&P"), "page number in the footer");
			for (DataValidation validation : sheet.getDataValidations()) {
				List<String> choices = Arrays.asList(validation.getValidationConstraint().getExplicitListValues());
				assertFalse(choices.contains(ja.label(ActionStatus.VERIFIED)), "the supplier cannot pick Verified: " + choices);
				assertTrue(choices.contains(ja.label(ActionStatus.DONE)), choices.toString());
			}
			assertEquals(1, sheet.getDataValidations().size());
			boolean tall = false;
			for (int r = TrackerLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Cell comment = row.getCell(TrackerLayout.COL_COMMENT);
				assertTrue(comment == null || comment.getStringCellValue().isEmpty(), "no pre-written comment in row " + (r + 1));
				assertTrue(row.getCell(TrackerLayout.COL_CODE).getCellStyle().getLocked(), "codes locked");
				assertTrue(row.getCell(TrackerLayout.COL_ACTION).getCellStyle().getWrapText(), "wrapped");
				tall |= row.getHeightInPoints() > 30;
			}
			assertTrue(tall, "rows grow with their text");
			assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(TrackerLayout.ID_SHEET)));
		}
		assertEquals("Actions", new XSSFWorkbook(Files.newInputStream(tracker(project, KISARAGI, "en"))).getSheetName(0));
	}

	@Test
	void aTrackerReSavedByLibreOfficeImportsAsOneUndoableCommand() throws Exception {
		Path soffice = onPath("libreoffice");
		assumeTrue(soffice != null, "libreoffice is not installed");
		Path project = Demo.copy(temp.resolve("project"));
		Path file = tracker(project, KISARAGI, "ja");
		AuditProjectDocument before = ProjectStorage.standard().loadReadOnly(project);
		RemediationAction first = actions(before, organization(before, KISARAGI)).stream().filter(a -> a.getStatus() != ActionStatus.VERIFIED
				&& a.getStatus() != ActionStatus.DONE && a.getFinding().getTlp().getValue() <= org.rensa.model.Tlp.AMBER_VALUE).findFirst()
				.orElseThrow();
		String code = first.getCode();
		Path filled = temp.resolve("filled.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			XSSFSheet sheet = workbook.getSheet(TrackerLayout.SHEET_JA);
			Row row = rowOf(sheet, code);
			row.getCell(TrackerLayout.COL_STATUS).setCellValue(Language.of(Locale.JAPANESE).label(ActionStatus.DONE));
			row.getCell(TrackerLayout.COL_COMPLETED).setCellValue(LocalDate.of(2026, 11, 20));
			row.getCell(TrackerLayout.COL_COMMENT).setCellValue("ファームウェア更新手順を制定し、全台に適用済み");
			Row responseRow = firstRowOfFinding(sheet, first.getFinding());
			responseRow.getCell(TrackerLayout.COL_RESPONSE).setCellValue("指摘を受け入れ、2026年度中に是正します。");
			responseRow.getCell(TrackerLayout.COL_RESPONSE_BY).setCellValue("山田 太郎（情報システム部長）");
			responseRow.getCell(TrackerLayout.COL_RESPONSE_ON).setCellValue(LocalDate.of(2026, 11, 21));
			try (OutputStream stream = Files.newOutputStream(filled)) {
				workbook.write(stream);
			}
		}
		Path resaved = reSave(soffice, filled);

		Map<String, String> unchanged = snapshot(project);
		assertEquals(RensaCommand.OK, new ImportTrackerCommand().run(List.of(project.toString(), resaved.toString(), "--dry-run"), context()),
				output());
		String dryRun = output();
		assertTrue(dryRun.contains("would change " + code + " status: '" + Language.of(Locale.ENGLISH).label(first.getStatus() == null
				? ActionStatus.PLANNED : first.getStatus()) + "' -> 'Done'"), dryRun);
		assertTrue(dryRun.contains("would change " + code + " completed on: '") && dryRun.contains("-> '2026-11-20'"), dryRun);
		assertTrue(dryRun.contains(code + " comment: '' -> 'ファームウェア更新手順を制定し、全台に適用済み'"), dryRun);
		String shownResponse = Language.of(Locale.JAPANESE).text(first.getFinding(), Literals.FINDING__MANAGEMENT_RESPONSE);
		assertTrue(dryRun.contains(first.getFinding().getCode() + " management response: '" + shownResponse
				+ "' -> '指摘を受け入れ、2026年度中に是正します。'"), dryRun);
		LocalDate answered = first.getFinding().getManagementResponseOn();
		assertTrue(dryRun.contains(first.getFinding().getCode() + " response date: '" + (answered == null ? "" : answered) + "' -> '2026-11-21'"),
				dryRun);
		assertTrue(dryRun.contains("4 change(s)") || dryRun.contains(" change(s)"), dryRun);
		assertEquals(unchanged, snapshot(project), "a dry run changes nothing");

		// the same through the API: one command, undone completely
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		TrackerImporter.Result result = TrackerImporter.read(resaved, document, organization(document, KISARAGI));
		assertTrue(result.problems().isEmpty(), result.problems().toString());
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());
		Command command = result.command(domain);
		domain.getCommandStack().execute(command);
		RemediationAction inMemory = actions(document, organization(document, KISARAGI)).stream().filter(a -> code.equals(a.getCode()))
				.findFirst().orElseThrow();
		assertEquals(ActionStatus.DONE, inMemory.getStatus());
		domain.getCommandStack().undo();
		assertEquals(first.getStatus(), inMemory.getStatus(), "one undo restores the status");
		assertEquals(first.getFinding().getManagementResponseJa(), inMemory.getFinding().getManagementResponseJa(), "and the management response");
		assertFalse(domain.getCommandStack().canUndo(), "one command");

		assertEquals(RensaCommand.OK, new ImportTrackerCommand().run(List.of(project.toString(), resaved.toString()), context()), output());
		AuditProjectDocument after = ProjectStorage.standard().loadReadOnly(project);
		RemediationAction imported = actions(after, organization(after, KISARAGI)).stream().filter(a -> code.equals(a.getCode())).findFirst()
				.orElseThrow();
		assertEquals(ActionStatus.DONE, imported.getStatus());
		assertEquals(LocalDate.of(2026, 11, 20), imported.getCompletedOn());
		assertEquals("ファームウェア更新手順を制定し、全台に適用済み", imported.getSupplierComment());
		assertEquals("指摘を受け入れ、2026年度中に是正します。", imported.getFinding().getManagementResponseJa(),
				"a response written in the Japanese tracker is the Japanese text");
		assertEquals(first.getFinding().getManagementResponse(), imported.getFinding().getManagementResponse(), "the English one is kept");
		assertEquals("山田 太郎（情報システム部長）", imported.getFinding().getManagementResponseBy());
		assertEquals(LocalDate.of(2026, 11, 21), imported.getFinding().getManagementResponseOn());

		// importing the same file again changes nothing
		assertEquals(RensaCommand.OK, new ImportTrackerCommand().run(List.of(project.toString(), resaved.toString()), context()), output());
		assertTrue(output().endsWith(": 0 change(s)\n") || output().contains(": 0 change(s)"), output());
	}

	@Test
	void anUntouchedTrackerNamesTheResponderInItsLanguageAndChangesNothing() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		for (String language : new String[] { "en", "ja" }) {
			Path file = tracker(project, KISARAGI, language);
			AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
			Finding answered = document.getProject().getFindings().stream()
					.filter(f -> "F-003".equals(f.getCode())).findFirst().orElseThrow();
			assertTrue(answered.getManagementResponseBy().contains(" / "), "the demo writes who responded in both languages");
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
				XSSFSheet sheet = workbook.getSheet("ja".equals(language) ? TrackerLayout.SHEET_JA : TrackerLayout.SHEET_EN);
				String by = firstRowOfFinding(sheet, answered).getCell(TrackerLayout.COL_RESPONSE_BY).getStringCellValue();
				assertEquals(Language.of(Locale.forLanguageTag(language)).split(answered.getManagementResponseBy()), by);
				assertFalse(by.contains(" / "), language + ": one language in the cell the supplier edits");
			}
			TrackerImporter.Result result = TrackerImporter.read(file, document, organization(document, KISARAGI));
			assertEquals(List.of(), result.changes(), language + ": a tracker returned as sent changes nothing");
		}
	}

	@Test
	void anOlderTrackerNeverRevertsNewerWorkAndItsOwnChangesStillApply() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path older = tracker(project, KISARAGI, "en");
		// after the tracker was sent, a newer one was imported: A-004 is done
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		RemediationAction a004 = actions(document, organization(document, KISARAGI)).stream().filter(a -> "A-004".equals(a.getCode()))
				.findFirst().orElseThrow();
		a004.setStatus(ActionStatus.DONE);
		a004.setCompletedOn(LocalDate.of(2026, 11, 28));
		ProjectStorage.standard().save(document);
		// the supplier's older copy changes A-007's comment only
		Path filled = temp.resolve("older.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(older))) {
			rowOf(workbook.getSheet(TrackerLayout.SHEET_EN), "A-007").getCell(TrackerLayout.COL_COMMENT).setCellValue("Rotation disks ordered");
			try (OutputStream stream = Files.newOutputStream(filled)) {
				workbook.write(stream);
			}
		}
		assertEquals(RensaCommand.OK, new ImportTrackerCommand().run(List.of(project.toString(), filled.toString()), context()), output());
		String log = output();
		assertTrue(log.contains("changed A-007 comment: '' -> 'Rotation disks ordered'"), log);
		assertTrue(log.contains("kept A-004 status: 'Done' (changed in the project after the tracker was sent; the tracker still shows"
				+ " 'In progress')"), log);
		assertTrue(log.contains("kept A-004 completed on: '2026-11-28'"), log);
		assertTrue(log.contains(": 1 change(s)"), log);
		AuditProjectDocument after = ProjectStorage.standard().loadReadOnly(project);
		RemediationAction kept = actions(after, organization(after, KISARAGI)).stream().filter(a -> "A-004".equals(a.getCode()))
				.findFirst().orElseThrow();
		assertEquals(ActionStatus.DONE, kept.getStatus(), "the newer status stays");
		assertEquals(LocalDate.of(2026, 11, 28), kept.getCompletedOn());
	}

	@Test
	void verifiedIsNotTheSuppliersToSet() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path file = tracker(project, KISARAGI, "en");
		Path filled = temp.resolve("verified.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			XSSFSheet sheet = workbook.getSheet(TrackerLayout.SHEET_EN);
			Row row = null;
			for (int r = TrackerLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
				if (sheet.getRow(r).getCell(TrackerLayout.COL_STATUS).getCellStyle().getLocked()) {
					continue;
				}
				row = sheet.getRow(r);
				break;
			}
			assertNotNull(row);
			row.getCell(TrackerLayout.COL_STATUS).setCellValue("Verified");
			try (OutputStream stream = Files.newOutputStream(filled)) {
				workbook.write(stream);
			}
		}
		Map<String, String> unchanged = snapshot(project);
		assertEquals(RensaCommand.FINDINGS, new ImportTrackerCommand().run(List.of(project.toString(), filled.toString()), context()));
		assertTrue(output().contains("'Verified': only the auditor sets an action verified"), output());
		assertTrue(output().contains("nothing imported"), output());
		assertEquals(unchanged, snapshot(project));
	}

	@Test
	void alteredForeignAndHostileTrackersAreRefusedInOneLine() throws Exception {
		Path project = Demo.copy(temp.resolve("project"));
		Path file = tracker(project, KISARAGI, "en");
		AuditProjectDocument document = ProjectStorage.standard().loadReadOnly(project);
		Organization other = document.getProject().getOrganizations().stream()
				.filter(o -> !KISARAGI.equals(o.getName()) && !actions(document, o).isEmpty()).findFirst().orElseThrow();
		Map<String, String> unchanged = snapshot(project);

		// an edited id sheet: the action of a row swapped for another
		Path forged = temp.resolve("forged.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			var meta = workbook.getSheet(TrackerLayout.ID_SHEET);
			meta.getRow(TrackerLayout.ID_FIRST_ENTRY).getCell(1).setCellValue(actions(document, other).get(0).getId());
			try (OutputStream stream = Files.newOutputStream(forged)) {
				workbook.write(stream);
			}
		}
		assertRefused(project, forged, "the id sheet was altered: the action of row 2");

		// the supplier changed on the id sheet
		Path otherSupplier = temp.resolve("other-supplier.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
			workbook.getSheet(TrackerLayout.ID_SHEET).getRow(1).getCell(1).setCellValue(other.getId());
			try (OutputStream stream = Files.newOutputStream(otherSupplier)) {
				workbook.write(stream);
			}
		}
		assertRefused(project, otherSupplier, "the id sheet is not sealed with this project's key");

		// another supplier's genuine tracker where Kisaragi's is expected
		Path theirs = tracker(project, other.getName(), "en");
		unchanged = snapshot(project);
		assertRefused(project, theirs, "this is the tracker of " + other.getName() + ", not of " + KISARAGI, "--org", KISARAGI);

		// a tracker of another project (another key)
		Path stranger = Demo.copy(temp.resolve("stranger"));
		Path strangers = tracker(stranger, KISARAGI, "en");
		assertRefused(project, strangers, "the id sheet is not sealed with this project's key");

		// hostile workbooks: macros, not a workbook at all
		Path macro = temp.resolve("macro.xlsx");
		try (InputStream in = Files.newInputStream(file); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(macro))) {
			try (var source = new java.util.zip.ZipInputStream(in)) {
				for (ZipEntry entry; (entry = source.getNextEntry()) != null;) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					source.transferTo(zip);
				}
			}
			zip.putNextEntry(new ZipEntry("xl/vbaProject.bin"));
			zip.write(new byte[] { 1, 2, 3 });
		}
		assertRefused(project, macro, "refused: the workbook contains macros");
		assertRefused(project, Files.writeString(temp.resolve("text.xlsx"), "not a workbook"), "not an Excel .xlsx workbook");
		assertEquals(unchanged, snapshot(project), "nothing imported");
	}

	private void assertRefused(Path project, Path file, String reason, String... more) {
		List<String> args = new ArrayList<>(List.of(project.toString(), file.toString()));
		args.addAll(List.of(more));
		CliException e = assertThrows(CliException.class, () -> new ImportTrackerCommand().run(args, context()));
		assertEquals(RensaCommand.USAGE, e.exitCode());
		assertTrue(e.getMessage().contains(reason), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
	}

	private static Row rowOf(XSSFSheet sheet, String code) {
		for (int r = TrackerLayout.FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
			if (code.equals(sheet.getRow(r).getCell(TrackerLayout.COL_CODE).getStringCellValue())) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row for " + code);
	}

	private static Row firstRowOfFinding(XSSFSheet sheet, Finding finding) {
		return rowOf(sheet, finding.getActions().get(0).getCode());
	}

	private Path reSave(Path soffice, Path file) throws Exception {
		Path outDir = Files.createDirectories(temp.resolve("lo"));
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + temp.resolve("lo-profile").toUri(), "--headless",
				"--convert-to", "xlsx", "--outdir", outDir.toString(), file.toString()).redirectErrorStream(true)
				.redirectOutput(temp.resolve("lo.log").toFile()).start();
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
		Path converted = outDir.resolve(file.getFileName());
		assertTrue(Files.isRegularFile(converted), Files.readString(temp.resolve("lo.log")));
		return converted;
	}

	private static Path onPath(String program) {
		String path = System.getenv("PATH");
		for (String dir : path == null ? new String[0] : path.split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
