// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.security.WorkbookSeal;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.ActionStatus;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportOptions;
import org.rensa.report.ReportType;
import org.rensa.report.tracker.TrackerLayout;
import org.rensa.ui.report.ImportTrackerWizard;
import org.rensa.ui.session.ProjectSession;

/** Project › Import Remediation Tracker…: the changes listed, applied as one undoable command, refusals on the page. */
class ImportTrackerWizardTest {

	@TempDir
	Path temp;

	private Shell shell;
	private ProjectSession session;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
		if (session != null) {
			session.dispose();
		}
	}

	private Path copyOfTheDemo() throws Exception {
		Path source = Path.of(System.getProperty("rensa.root"), "samples", "demo");
		Path target = temp.resolve("project");
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

	private static Organization organization(AuditProjectDocument document, String name) {
		return document.getProject().getOrganizations().stream().filter(o -> name.equals(o.getName())).findFirst().orElseThrow();
	}

	@Test
	void listsTheChangesAndAppliesThemAsOneCommand() throws Exception {
		Path project = copyOfTheDemo();
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		WorkbookSeal.create(document);
		ProjectStorage.standard().save(document);
		Organization kisaragi = organization(document, "Kisaragi Electronics Co., Ltd.");
		ReportOptions options = new ReportOptions(Locale.ENGLISH, Tlp.AMBER, false, java.time.LocalDate.of(2026, 11, 25),
				ReportOptions.Branding.NONE, null);
		ReportGenerator generator = new ReportGenerator(document, options, null);
		List<Path> written = generator.write(generator.targets(ReportType.REMEDIATION, kisaragi, null), EnumSet.of(OutputFormat.XLSX),
				temp.resolve("out"), null, null);
		Path filled = temp.resolve("filled.xlsx");
		String code;
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(written.get(0)))) {
			Sheet sheet = workbook.getSheet(TrackerLayout.SHEET_EN);
			Row row = null;
			for (int r = TrackerLayout.FIRST_ROW; r <= sheet.getLastRowNum() && row == null; r++) {
				var status = sheet.getRow(r).getCell(TrackerLayout.COL_STATUS);
				if (!status.getCellStyle().getLocked() && !"In progress".equals(status.getStringCellValue())) {
					row = sheet.getRow(r);
				}
			}
			assertTrue(row != null, "an action the supplier can update");
			code = row.getCell(TrackerLayout.COL_CODE).getStringCellValue();
			row.getCell(TrackerLayout.COL_STATUS).setCellValue("In progress");
			row.getCell(TrackerLayout.COL_COMMENT).setCellValue("Procurement of the new firewall started.");
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		session = new ProjectSession(document);
		RemediationAction action = document.getProject().getFindings().stream().flatMap(f -> f.getActions().stream())
				.filter(a -> code.equals(a.getCode())).findFirst().orElseThrow();
		ActionStatus before = action.getStatus();
		assertNotEquals(ActionStatus.IN_PROGRESS, before, "the demo action is not in progress yet");

		shell = new Shell(Display.getDefault());
		ImportTrackerWizard wizard = new ImportTrackerWizard(session, kisaragi);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Text file = GenerateReportDialogTest.find(dialog.getShell(), Text.class).get(0);
		file.setText(filled.toString());
		Table table = GenerateReportDialogTest.find(dialog.getShell(), Table.class).get(0);
		assertEquals(2, table.getItemCount(), "status and comment");
		assertEquals(code, table.getItem(0).getText(0));
		assertTrue(wizard.canFinish());
		GenerateReportDialogTest.screenshot(dialog.getShell(), "import-tracker-wizard.png");

		// the wrong supplier chosen: refused on the page, Finish disabled
		Combo supplier = GenerateReportDialogTest.find(dialog.getShell(), Combo.class).get(0);
		int other = -1;
		for (int i = 1; i < supplier.getItemCount(); i++) {
			if (!supplier.getItem(i).equals(supplier.getText())) {
				other = i;
				break;
			}
		}
		int kisaragiIndex = supplier.getSelectionIndex();
		supplier.select(other);
		supplier.notifyListeners(SWT.Selection, null);
		assertFalse(wizard.canFinish());
		assertTrue(dialog.getCurrentPage().getMessage() != null && dialog.getCurrentPage().getMessage().contains("not of"),
				String.valueOf(dialog.getCurrentPage().getMessage()));
		supplier.select(kisaragiIndex);
		supplier.notifyListeners(SWT.Selection, null);
		assertTrue(wizard.canFinish());

		assertTrue(wizard.performFinish());
		dialog.close();
		assertEquals(ActionStatus.IN_PROGRESS, action.getStatus());
		assertEquals("Procurement of the new firewall started.", action.getSupplierComment());
		assertTrue(session.isDirty());
		session.commandStack().undo();
		assertEquals(before, action.getStatus(), "one undo reverts the import");
		assertEquals(null, action.getSupplierComment());
		assertFalse(session.commandStack().canUndo());
	}
}
