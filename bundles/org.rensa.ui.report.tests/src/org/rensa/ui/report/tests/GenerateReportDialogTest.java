// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportType;
import org.rensa.ui.report.GenerateReportDialog;
import org.rensa.ui.report.ReportJob;
import org.rensa.ui.report.ReportRequest;

/** The Generate Report dialog and its background job, on the demo project. */
class GenerateReportDialogTest {

	private Shell shell;

	private static AuditProjectDocument demo() throws Exception {
		return ProjectStorage.standard().loadReadOnly(Path.of(System.getProperty("rensa.root"), "samples", "demo"));
	}

	@AfterEach
	void close() {
		if (shell != null) {
			shell.dispose();
		}
	}

	static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	@Test
	void okGivesTheChosenRequest(@TempDir Path out) throws Exception {
		shell = new Shell(Display.getDefault());
		GenerateReportDialog dialog = new GenerateReportDialog(shell, demo().getProject(), out);
		dialog.setBlockOnOpen(false);
		dialog.open();
		List<Combo> combos = find(dialog.getShell(), Combo.class);
		assertEquals(4, combos.size(), "document, organisation, language, audience");
		screenshot(dialog.getShell(), "generate-report-dialog.png");
		combos.get(0).select(1);
		combos.get(0).notifyListeners(SWT.Selection, null);
		combos.get(2).select(0);
		Button xlsx = find(dialog.getShell(), Button.class).stream().filter(b -> "XLSX".equals(b.getText())).findFirst().orElseThrow();
		xlsx.setSelection(true);
		Button generate = find(dialog.getShell(), Button.class).stream().filter(b -> (b.getStyle() & SWT.PUSH) != 0 && b.isEnabled()
				&& b == dialog.getShell().getDefaultButton()).findFirst().orElseThrow();
		generate.notifyListeners(SWT.Selection, null);
		ReportRequest request = dialog.request();
		assertEquals(ReportType.REMEDIATION, request.type());
		assertNull(request.organization(), "all organisations");
		assertEquals(Locale.JAPANESE, request.locale());
		assertEquals(Tlp.AMBER, request.audience());
		assertEquals(EnumSet.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.XLSX), request.formats());
		assertEquals(out, request.output());
	}

	/** Saves the dialog as a PNG under target/screenshots for reviewers (not an assertion). */
	static void screenshot(Shell dialogShell, String name) {
		Display display = dialogShell.getDisplay();
		while (display.readAndDispatch()) {
			// let the dialog paint
		}
		org.eclipse.swt.graphics.Rectangle bounds = dialogShell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			java.nio.file.Path target = java.nio.file.Path.of("target", "screenshots");
			java.nio.file.Files.createDirectories(target);
			loader.save(target.resolve(name).toString(), SWT.IMAGE_PNG);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void noFormatDisablesGenerate(@TempDir Path out) throws Exception {
		shell = new Shell(Display.getDefault());
		GenerateReportDialog dialog = new GenerateReportDialog(shell, demo().getProject(), out);
		dialog.setBlockOnOpen(false);
		dialog.open();
		for (Button button : find(dialog.getShell(), Button.class)) {
			if ((button.getStyle() & SWT.CHECK) != 0 && !button.getText().startsWith("XLSX") && button.getText().length() < 20) {
				button.setSelection(false);
				button.notifyListeners(SWT.Selection, null);
			}
		}
		assertFalse(dialog.getShell().getDefaultButton().isEnabled(), "Generate is disabled without a format");
		dialog.close();
	}

	@Test
	void jobWritesThePortfolioInTheBackground(@TempDir Path out) throws Exception {
		ReportRequest request = new ReportRequest(ReportType.PORTFOLIO, null, Locale.ENGLISH, Tlp.AMBER, EnumSet.of(OutputFormat.PDF),
				false, out);
		List<Path> written = new ArrayList<>();
		ReportJob job = new ReportJob(demo(), request, written::addAll);
		job.schedule();
		Display display = Display.getDefault();
		long deadline = System.currentTimeMillis() + 120_000;
		while (job.getResult() == null && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		assertEquals(1, written.size());
		assertTrue(Files.size(written.get(0)) > 10_000, "a real PDF");
	}
}
