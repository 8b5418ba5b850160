// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.profile.AuditorProfile;
import org.rensa.core.profile.AuditorProfiles;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.RecoveryArea;
import org.rensa.model.RensaPackage;
import org.rensa.ui.Messages;
import org.rensa.ui.session.ProjectController;
import org.rensa.ui.session.ProjectSession;

/**
 * Nothing lost: the unsaved state of a workbench that dies is offered at the next opening (restore,
 * discard, keep for later) through the real dialog; a corrupt model offers the previous save.
 */
final class RecoveryFlowTest {

	@TempDir
	Path directory;

	private Display display;
	private Shell shell;
	private Path project;
	private final List<ProjectController> controllers = new ArrayList<>();
	private final List<String> dialogTexts = new ArrayList<>();

	@BeforeEach
	void setUp() throws Exception {
		System.setProperty(RecoveryArea.DIRECTORY_PROPERTY, directory.resolve("state/recovery").toString());
		System.setProperty("rensa.profile", directory.resolve("auditor.properties").toString());
		AuditorProfiles.save(new AuditorProfile("Aiko Tanaka", "Rensa Audit", "aiko@example.org"));
		display = Display.getDefault();
		shell = new Shell(display);
		project = directory.resolve("project");
		TestProjects.createAndLoad(project);
	}

	@AfterEach
	void tearDown() {
		for (ProjectController controller : controllers) {
			controller.closeCurrent();
		}
		shell.dispose();
		System.clearProperty(RecoveryArea.DIRECTORY_PROPERTY);
		System.clearProperty("rensa.profile");
	}

	private ProjectController controller() {
		ProjectController controller = TestProjects.controller();
		controllers.add(controller);
		return controller;
	}

	/** A workbench that renames the project, writes its recovery state, and is then killed. */
	private void unsavedWorkThenKill(String name) throws Exception {
		ProjectController first = controller();
		assertTrue(first.open(project, shell));
		ProjectSession session = first.session();
		session.commandStack().execute(SetCommand.create(session.editingDomain(), session.project(),
				RensaPackage.Literals.AUDIT_PROJECT__NAME, name));
		assertEquals(1, session.unsavedChanges());
		first.writeRecovery().get(30, TimeUnit.SECONDS);
		assertTrue(first.recoveryArea().find(project).isPresent(), "the state is in the recovery area");
		// kill -9: the process ends with its lock released by the OS, nothing else runs
		session.dispose();
		controllers.remove(first);
	}

	/** Answers the next dialog with the button labelled {@code label}, keeping its texts. */
	private void answerNextDialog(String label) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell candidate : display.getShells()) {
				if (candidate == shell || candidate.isDisposed()) {
					continue;
				}
				Button button = find(candidate, label);
				if (button != null) {
					collectLabels(candidate);
					button.notifyListeners(SWT.Selection, null);
					return;
				}
			}
			display.timerExec(50, poll[0]);
		};
		display.timerExec(50, poll[0]);
	}

	private static Button find(Control control, String label) {
		if (control instanceof Button button && label.equals(button.getText())) {
			return button;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Button found = find(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void collectLabels(Control control) {
		if (control instanceof Label label && label.getText() != null) {
			dialogTexts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectLabels(child);
			}
		}
	}

	private String dialogText() {
		return String.join("\n", dialogTexts);
	}

	private String nameOnDisk() throws Exception {
		return ProjectStorage.standard().loadReadOnly(project).getProject().getName();
	}

	@Test
	void restoreOpensTheUnsavedStateDirtyAndLeavesTheDiskVersionUntilSaved() throws Exception {
		String saved = nameOnDisk();
		unsavedWorkThenKill("Renamed before the crash");

		ProjectController next = controller();
		answerNextDialog(Messages.Recovery_restore);
		assertTrue(next.open(project, shell));
		String text = dialogText();
		assertTrue(text.contains("Aiko Tanaka"), text);
		assertTrue(text.contains(org.eclipse.osgi.util.NLS.bind(Messages.Recovery_changes, 1)), text);
		assertFalse(text.contains(Messages.Recovery_diskChanged), text);
		assertEquals("Renamed before the crash", next.session().project().getName());
		assertTrue(next.session().isDirty(), "restored, not saved");
		assertEquals(saved, nameOnDisk(), "the project on disk is untouched until saved");

		assertTrue(next.save(shell));
		assertEquals("Renamed before the crash", nameOnDisk());
		assertEquals(saved, readBackupName(), "the previous save is model.bak/");
		assertTrue(next.recoveryArea().find(project).isEmpty(), "a save deletes the recovery entry");
	}

	private String readBackupName() throws Exception {
		AuditProjectDocument backup = RecoveryArea.openPreviousSave(project);
		return backup.getProject().getName();
	}

	@Test
	void discardDeletesTheStateAndOpensTheSavedProject() throws Exception {
		String saved = nameOnDisk();
		unsavedWorkThenKill("Thrown away");
		ProjectController next = controller();
		answerNextDialog(Messages.Recovery_discard);
		assertTrue(next.open(project, shell));
		assertEquals(saved, next.session().project().getName());
		assertFalse(next.session().isDirty());
		assertTrue(next.recoveryArea().find(project).isEmpty());
	}

	@Test
	void keepForLaterOpensTheSavedProjectAndAsksAgainAndSaysWhenTheDiskChanged() throws Exception {
		String saved = nameOnDisk();
		unsavedWorkThenKill("Kept for later");
		// meanwhile someone saves the project
		AuditProjectDocument other = ProjectStorage.standard().load(project);
		other.getProject().setName("Saved by a colleague");
		ProjectStorage.standard().save(other);

		ProjectController next = controller();
		answerNextDialog(Messages.Recovery_keep);
		assertTrue(next.open(project, shell));
		assertTrue(dialogText().contains(Messages.Recovery_diskChanged), dialogText());
		assertEquals("Saved by a colleague", next.session().project().getName());
		assertFalse(next.session().isDirty());
		next.closeCurrent();
		assertTrue(next.recoveryArea().find(project).isPresent(), "kept: a clean close does not delete it");

		dialogTexts.clear();
		ProjectController later = controller();
		answerNextDialog(Messages.Recovery_restore);
		assertTrue(later.open(project, shell));
		assertEquals("Kept for later", later.session().project().getName());
		assertTrue(later.session().isDirty());
		assertTrue(later.save(shell));
		assertTrue(later.recoveryArea().find(project).isEmpty(), "restored and saved: gone");
		assertFalse(saved.equals(nameOnDisk()));
	}

	@Test
	void aCorruptModelOffersThePreviousSaveAndKeepsTheBrokenFilesAside() throws Exception {
		AuditProjectDocument document = ProjectStorage.standard().load(project);
		String previous = document.getProject().getName();
		document.getProject().setName("Second save");
		ProjectStorage.standard().save(document); // model.bak = the first save
		Path organizations = project.resolve("model/organizations.xmi");
		String text = Files.readString(organizations, StandardCharsets.UTF_8);
		Files.writeString(organizations, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		byte[] broken = Files.readAllBytes(organizations);

		ProjectController controller = controller();
		answerNextDialog(Messages.Corrupt_openPrevious);
		assertTrue(controller.open(project, shell));
		String dialog = dialogText();
		assertTrue(dialog.contains("organizations.xmi, line "), dialog);
		assertTrue(dialog.contains("truncated?"), dialog);
		assertTrue(dialog.contains("model.bak"), dialog);
		assertEquals(previous, controller.session().project().getName());
		assertTrue(controller.session().isDirty(), "the previous save must be saved deliberately");
		assertArrayEquals(broken, Files.readAllBytes(organizations), "nothing overwritten before the save");

		assertTrue(controller.save(shell));
		try (var children = Files.list(project)) {
			Path aside = children.filter(p -> p.getFileName().toString().startsWith("model.broken-")).findFirst()
					.orElseThrow();
			assertArrayEquals(broken, Files.readAllBytes(aside.resolve("organizations.xmi")), "the broken files are kept");
		}
		assertEquals(previous, nameOnDisk());
	}
}
