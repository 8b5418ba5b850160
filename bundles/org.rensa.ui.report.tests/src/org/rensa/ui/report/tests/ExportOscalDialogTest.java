// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.Tlp;
import org.rensa.ui.report.ExportOscalDialog;
import org.rensa.ui.report.OscalWrittenDialog;

/**
 * Project › Export OSCAL… on the demo project: the Kisaragi FY2026 remediation as an XML POA&M, what the
 * dialog preselects, and the dialog reporting what was written.
 */
class ExportOscalDialogTest {

	private Shell shell;

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	@Test
	void exportWritesTheChosenDocument(@TempDir Path out) throws Exception {
		AuditProjectDocument demo = ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo"));
		Assessment kisaragi = demo.getProject().getAssessments().stream()
				.filter(a -> "55556826-e448-38bd-9534-8cdb1e9376f1".equals(a.getId())).findFirst().orElseThrow();
		shell = new Shell(Display.getDefault());
		ExportOscalDialog dialog = new ExportOscalDialog(shell, demo.getProject());
		dialog.setBlockOnOpen(false);
		dialog.open();
		Path file = out.resolve("kisaragi-poam.xml");
		dialog.choose(kisaragi, true, true, Tlp.GREEN, true, file.toString());
		dialog.getShell().getDefaultButton().notifyListeners(SWT.Selection, null);
		assertEquals(Window.OK, dialog.getReturnCode());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<plan-of-action-and-milestones"), xml.substring(0, 200));
		assertFalse(xml.contains("Kisaragi"), "anonymised");
		assertTrue(dialog.written().poamItems() > 0);
		assertTrue(dialog.written().withheld() > 0, "AMBER and RED findings withheld for GREEN");
		assertEquals(file, dialog.writtenFile());

		OscalWrittenDialog done = new OscalWrittenDialog(shell, dialog.writtenFile(), dialog.written());
		done.setBlockOnOpen(false);
		done.open();
		try {
			String message = OscalWrittenDialog.message(file, dialog.written());
			assertTrue(message.contains(file.toString()), message);
			assertTrue(message.contains(dialog.written().poamItems() + " POA&M items"), message);
			assertTrue(message.contains(dialog.written().withheld() + " findings withheld"), message);
			List<String> buttons = new ArrayList<>();
			collectButtons(done.getShell(), buttons);
			assertEquals(List.of("Close", "Open folder"), buttons.stream().sorted().toList(), "GTK orders the buttons its own way");
		} finally {
			done.close();
		}
	}

	@Test
	void theNewestAssessmentOrTheSelectedOneIsPreselected() throws Exception {
		AuditProjectDocument demo = ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo"));
		List<Assessment> all = demo.getProject().getAssessments();
		Assessment newest = ExportOscalDialog.newest(all);
		assertEquals(2026, newest.getCampaign().getFiscalYear());
		assertEquals(LocalDate.of(2026, 8, 5), newest.getDeclaredOn(), "the FY2026 assessment declared last");
		assertNotEquals(all.get(0), newest, "not the first listed (FY2025)");

		shell = new Shell(Display.getDefault());
		ExportOscalDialog dialog = new ExportOscalDialog(shell, demo.getProject());
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertEquals(newest, dialog.chosenAssessment());
		dialog.close();

		Assessment fy2025 = all.stream().filter(a -> a.getCampaign().getFiscalYear() == 2025).findFirst().orElseThrow();
		ExportOscalDialog selected = new ExportOscalDialog(shell, demo.getProject(), fy2025);
		selected.setBlockOnOpen(false);
		selected.open();
		assertEquals(fy2025, selected.chosenAssessment());
		selected.close();
	}

	private static void collectButtons(Control control, List<String> texts) {
		if (control instanceof Button button && (button.getStyle() & SWT.PUSH) != 0) {
			texts.add(button.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectButtons(child, texts);
			}
		}
	}
}
