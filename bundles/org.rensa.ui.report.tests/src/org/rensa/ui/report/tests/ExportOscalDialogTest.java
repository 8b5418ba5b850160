// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.window.Window;
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

/** Project › Export OSCAL… on the demo project: the Kisaragi FY2026 remediation as an XML POA&M. */
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
		dialog.getShell().getDefaultButton().notifyListeners(org.eclipse.swt.SWT.Selection, null);
		assertEquals(Window.OK, dialog.getReturnCode());
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<plan-of-action-and-milestones"), xml.substring(0, 200));
		assertFalse(xml.contains("Kisaragi"), "anonymised");
		assertTrue(dialog.written().poamItems() > 0);
		assertTrue(dialog.written().withheld() > 0, "AMBER and RED findings withheld for GREEN");
	}
}
