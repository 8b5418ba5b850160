// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.ui.emf.PropertyTable;
import org.rensa.ui.navigator.ProjectNavigator;
import org.rensa.ui.session.ProjectSession;

/**
 * Opens (a copy of) the bundled demo project in the navigator and the property table, as the
 * workbench does, edits a property of an organisation through the widget and undoes it.
 */
final class DemoProjectSmokeTest {

	@TempDir
	Path directory;

	private Shell shell;
	private ProjectSession session;
	private ProjectNavigator navigator;
	private PropertyTable properties;

	@BeforeEach
	void openDemo() throws IOException {
		Path demo = copy(Paths.get(System.getProperty("rensa.root", "."), "samples", "demo"), directory.resolve("demo")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		session = new ProjectSession(ProjectStorage.standard().load(demo));
		shell = new Shell(Display.getDefault());
		shell.setLayout(new FillLayout(SWT.VERTICAL));
		shell.setSize(900, 700);
		navigator = new ProjectNavigator(shell, SWT.NONE);
		properties = new PropertyTable(shell, SWT.NONE);
		properties.setEditing(session.adapterFactory(), session.editingDomain());
		navigator.onSelection(selected -> {
			if (selected instanceof org.eclipse.emf.ecore.EObject object) {
				properties.setInput(object);
			}
		});
		navigator.setSession(session);
		shell.open();
		processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void navigatorShowsTheDemoChainByTier() {
		navigator.getViewer().expandAll();
		TreeItem organisations = navigator.getViewer().getTree().getItems()[0];
		List<String> groups = Arrays.stream(organisations.getItems()).map(TreeItem::getText).toList();

		assertEquals(5, groups.size(), groups.toString());
		assertEquals(14, Arrays.stream(organisations.getItems()).mapToInt(TreeItem::getItemCount).sum());
	}

	@Test
	void editingASupplierInThePropertyTableChangesTheModelAndUndoRestoresIt() {
		Organization supplier = session.project().getOrganizations().stream()
				.filter(organization -> organization.getTier() == 1).findFirst().orElseThrow();
		String sector = supplier.getSector();
		navigator.reveal(supplier);
		processEvents();
		assertEquals(supplier, properties.getInput());

		assertNull(properties.editAsText(RensaPackage.Literals.ORGANIZATION__SECTOR, "Electronic control units")); //$NON-NLS-1$
		assertEquals("Electronic control units", supplier.getSector()); //$NON-NLS-1$
		assertTrue(session.isDirty());

		session.commandStack().undo();
		assertEquals(sector, supplier.getSector());
		assertFalse(session.isDirty());
	}

	private void processEvents() {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// drain the event queue so the widgets reflect the model
		}
	}

	private static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path destination = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(destination);
				} else {
					Files.copy(file, destination);
				}
			}
		}
		return target;
	}
}
