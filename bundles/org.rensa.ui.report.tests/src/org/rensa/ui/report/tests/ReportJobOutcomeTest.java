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
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportGenerator;
import org.rensa.report.ReportType;
import org.rensa.model.text.Language;
import org.rensa.ui.report.Messages;
import org.rensa.ui.report.ReportDoneNotification;
import org.rensa.ui.report.ReportJob;
import org.rensa.ui.report.ReportProgressDialog;
import org.rensa.ui.report.ReportRequest;

/**
 * Generate Report's job as the workbench runs it: a progress window with Cancel, then a notification
 * of what was written and skipped (Open file / Open folder), or the error.
 */
class ReportJobOutcomeTest {

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

	private static IStatus await(ReportJob job) throws InterruptedException {
		Display display = Display.getDefault();
		long deadline = System.currentTimeMillis() + 180_000;
		while (job.getResult() == null && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				Thread.sleep(20);
			}
		}
		while (display.readAndDispatch()) {
			// let the progress window take the last updates
		}
		return job.getResult();
	}

	private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
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

	private static Organization supplierWithoutFindings(AuditProject project) {
		return project.getOrganizations().stream()
				.filter(o -> o.getKind() != OrganizationKind.BUYER && o != project.getBuyer()
						&& project.getFindings().stream().noneMatch(f -> f.getOrganization() == o))
				.findFirst().orElseThrow();
	}

	@Test
	void aRemediationPlanWithoutFindingsIsSkippedWithTheReason(@TempDir Path out) throws Exception {
		AuditProjectDocument demo = demo();
		Organization quiet = supplierWithoutFindings(demo.getProject());
		List<Path> written = new CopyOnWriteArrayList<>();
		ReportJob job = new ReportJob(demo, new ReportRequest(ReportType.REMEDIATION, quiet, Locale.ENGLISH, Tlp.AMBER,
				EnumSet.of(OutputFormat.PDF), false, out), written::addAll);
		job.schedule();
		assertEquals(IStatus.OK, await(job).getSeverity(), String.valueOf(job.getResult()));
		assertTrue(written.isEmpty(), "no empty plan is written");
		try (var files = Files.list(out)) {
			assertEquals(0, files.count());
		}
		assertEquals(1, job.skipped().size());
		ReportGenerator.Skipped skip = job.skipped().get(0);
		assertEquals(quiet, skip.organization());
		assertEquals(ReportGenerator.SkipReason.NO_FINDINGS, skip.reason());
		String reason = ReportDoneNotification.reason(skip);
		assertTrue(reason.contains(Language.ui().label(quiet)), reason);
		shell = new Shell(Display.getDefault());
		ReportDoneNotification notification = new ReportDoneNotification(shell, written, out, job.skipped(), job.warnings(), p -> true);
		notification.open();
		assertTrue(notification.message().contains(reason), notification.message());
		Button openFile = find(notification.getShell(), Button.class).stream()
				.filter(b -> Integer.valueOf(ReportDoneNotification.OPEN_FILE_ID).equals(b.getData())).findFirst().orElseThrow();
		assertFalse(openFile.isEnabled(), "nothing to open");
		assertNull(notification.primaryFile());
		GenerateReportDialogTest.screenshot(notification.getShell(), "report-skipped-notification.png");
		notification.close();
	}

	@Test
	void allRemediationPlansListWhatWasWrittenAndWhatWasSkipped(@TempDir Path out) throws Exception {
		AuditProjectDocument demo = demo();
		AuditProject project = demo.getProject();
		List<Path> written = new CopyOnWriteArrayList<>();
		ReportJob job = new ReportJob(demo, new ReportRequest(ReportType.REMEDIATION, null, Locale.ENGLISH, Tlp.AMBER,
				EnumSet.of(OutputFormat.PDF), false, out), written::addAll);
		job.schedule();
		assertEquals(IStatus.OK, await(job).getSeverity(), String.valueOf(job.getResult()));
		Set<Organization> withFindings = project.getFindings().stream().map(f -> f.getOrganization()).collect(Collectors.toSet());
		Set<Organization> withShareable = project.getFindings().stream().filter(f -> f.getTlp().getValue() <= Tlp.AMBER_VALUE)
				.map(f -> f.getOrganization()).collect(Collectors.toSet());
		assertTrue(withShareable.size() < withFindings.size(), "the demo has a supplier whose every finding is stricter than AMBER");
		assertEquals(withShareable.size(), written.size(), "one plan per organisation with findings the audience may see");
		long suppliers = project.getOrganizations().stream().filter(o -> o.getKind() != OrganizationKind.BUYER && o != project.getBuyer())
				.count();
		assertEquals(suppliers - withShareable.size(), job.skipped().size(), "every other supplier is reported as skipped");
		for (ReportGenerator.Skipped skip : job.skipped()) {
			assertEquals(withFindings.contains(skip.organization()) ? ReportGenerator.SkipReason.ALL_WITHHELD : ReportGenerator.SkipReason.NO_FINDINGS,
					skip.reason(), Language.ui().label(skip.organization()));
		}
		ReportGenerator.Skipped withheld = job.skipped().stream().filter(s -> s.reason() == ReportGenerator.SkipReason.ALL_WITHHELD)
				.findFirst().orElseThrow();
		String reason = ReportDoneNotification.reason(withheld);
		assertTrue(reason.contains(Language.ui().label(withheld.organization())), reason);
		assertFalse(reason.equals(ReportDoneNotification.reason(new ReportGenerator.Skipped(ReportType.REMEDIATION, withheld.organization(),
				ReportGenerator.SkipReason.NO_FINDINGS))), "says the findings are withheld, not missing: " + reason);
	}

	@Test
	void openFileOpensThePdfAndOpenFolderTheFolder(@TempDir Path out) throws Exception {
		Path docx = Files.writeString(out.resolve("plan.docx"), "x");
		Path pdf = Files.writeString(out.resolve("plan.pdf"), "x");
		List<String> launched = new ArrayList<>();
		shell = new Shell(Display.getDefault());
		ReportDoneNotification notification = new ReportDoneNotification(shell, List.of(docx, pdf), out, List.of(), List.of("logo missing"),
				p -> launched.add(p));
		notification.open();
		assertTrue(notification.message().contains("plan.pdf") && notification.message().contains("logo missing"), notification.message());
		GenerateReportDialogTest.screenshot(notification.getShell(), "report-done-notification.png");
		press(notification, ReportDoneNotification.OPEN_FILE_ID);
		assertEquals(List.of(pdf.toString()), launched);
		assertTrue(notification.getShell() == null, "the notification closes once the file is opened");
		notification = new ReportDoneNotification(shell, List.of(docx), out, List.of(), List.of(), p -> launched.add(p));
		notification.open();
		press(notification, ReportDoneNotification.OPEN_FOLDER_ID);
		assertEquals(List.of(pdf.toString(), out.toString()), launched);
	}

	private static void press(ReportDoneNotification notification, int id) {
		Button button = find(notification.getShell(), Button.class).stream().filter(b -> Integer.valueOf(id).equals(b.getData()))
				.findFirst().orElseThrow();
		button.notifyListeners(SWT.Selection, null);
	}

	@Test
	void theProgressWindowFollowsTheJobAndCancelStopsIt(@TempDir Path out) throws Exception {
		shell = new Shell(Display.getDefault());
		ReportRequest request = new ReportRequest(ReportType.VISIT, null, Locale.ENGLISH, Tlp.AMBER, EnumSet.of(OutputFormat.PDF), false, out);
		List<Path> written = new CopyOnWriteArrayList<>();
		ReportJob job = new ReportJob(demo(), request, written::addAll);
		ReportProgressDialog progress = new ReportProgressDialog(shell, job);
		progress.open();
		job.observe(progress.monitor());
		job.schedule();
		assertEquals(IStatus.OK, await(job).getSeverity(), String.valueOf(job.getResult()));
		assertEquals(1, written.size());
		String shown = find(progress.getShell(), Label.class).stream().map(Label::getText).collect(Collectors.joining("|"));
		assertTrue(shown.contains(written.get(0).getFileName().toString()), "the progress window names the file written: " + shown);
		progress.close();

		Path cancelled = Files.createDirectories(out.resolve("cancelled"));
		ReportJob second = new ReportJob(demo(), new ReportRequest(ReportType.VISIT, null, Locale.ENGLISH, Tlp.AMBER,
				EnumSet.of(OutputFormat.PDF), false, cancelled), written::addAll);
		ReportProgressDialog window = new ReportProgressDialog(shell, second);
		window.open();
		second.observe(window.monitor());
		Button cancel = find(window.getShell(), Button.class).stream().filter(b -> Integer.valueOf(IDialogConstants.CANCEL_ID).equals(b.getData()))
				.findFirst().orElseThrow();
		cancel.notifyListeners(SWT.Selection, null);
		second.schedule();
		assertEquals(IStatus.CANCEL, await(second).getSeverity(), String.valueOf(second.getResult()));
		try (var files = Files.list(cancelled)) {
			assertEquals(0, files.count(), "nothing written after Cancel");
		}
		window.close();
	}

	@Test
	void aFailureIsAnErrorNamingTheCause(@TempDir Path out) throws Exception {
		Path notAFolder = Files.writeString(out.resolve("occupied"), "a file where the folder should be");
		ReportJob job = new ReportJob(demo(), new ReportRequest(ReportType.PORTFOLIO, null, Locale.ENGLISH, Tlp.AMBER,
				EnumSet.of(OutputFormat.PDF), false, notAFolder), files -> {
				});
		job.schedule();
		IStatus result = await(job);
		assertEquals(IStatus.ERROR, result.getSeverity(), String.valueOf(result));
		assertTrue(result.getMessage().startsWith(Messages.Error_title + ": "), result.getMessage());
		assertTrue(result.getMessage().contains("occupied"), "names the folder: " + result.getMessage());
	}
}
