// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.analysis.Attention;
import org.rensa.core.analysis.Attention.Item;
import org.rensa.core.analysis.Attention.Kind;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.ActionStatus;
import org.rensa.model.Certification;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.text.Language;
import org.rensa.ui.overview.OverviewTree;
import org.rensa.ui.session.ProjectSession;

/** The project overview on (a copy of) the demo, today being 2026-12-01. */
final class OverviewTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path directory;

	private Display display;
	private Shell shell;
	private ProjectSession session;
	private OverviewTree overview;
	private final List<Item> opened = new ArrayList<>();

	@BeforeEach
	void openDemo() throws IOException {
		Path source = Paths.get(System.getProperty("rensa.root", "."), "samples", "demo"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path demo = directory.resolve("demo"); //$NON-NLS-1$
		try (Stream<Path> files = Files.walk(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = demo.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target);
				}
			}
		}
		session = new ProjectSession(ProjectStorage.standard().load(demo));
		display = Display.getDefault();
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1000, 700);
		overview = new OverviewTree(shell, SWT.NONE, CLOCK);
		overview.onOpen(opened::add);
		overview.setSession(session);
		shell.open();
		processEvents();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void listsTheDemosItemsGroupedByKindWithCounts() {
		List<Item> expected = Attention.of(session.document(), CLOCK);
		TreeItem[] groups = overview.getViewer().getTree().getItems();
		assertEquals(Kind.values().length, groups.length);
		int total = 0;
		for (int i = 0; i < groups.length; i++) {
			Kind kind = Kind.values()[i];
			long count = expected.stream().filter(item -> item.kind() == kind).count();
			assertEquals(kind.title().render(Language.ui()) + " (" + count + ")", groups[i].getText()); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(count, groups[i].getItemCount());
			assertTrue(groups[i].getExpanded());
			for (TreeItem line : groups[i].getItems()) {
				Item item = (Item) line.getData();
				assertEquals(item.text(Language.ui()), line.getText());
				total++;
			}
		}
		assertEquals(expected.size(), total);
	}

	@Test
	void openingALineHandsOverItsElementAndThePlaceToAct() {
		TreeItem unverified = overview.getViewer().getTree().getItem(Kind.UNVERIFIED_IN_OPEN_VISIT.ordinal()).getItem(0);
		overview.getViewer().setSelection(new StructuredSelection(unverified.getData()), true);
		Event enter = new Event();
		enter.item = unverified;
		overview.getViewer().getTree().notifyListeners(SWT.DefaultSelection, enter);
		processEvents();
		assertEquals(1, opened.size());
		Response response = assertInstanceOf(Response.class, opened.get(0).element());
		assertSame(response, OverviewTree.placeToAct(response), "a response opens in the assessment editor");

		Item certification = overview.groups().get(Kind.EXPIRING_CERTIFICATION.ordinal()).items().get(0);
		Certification held = assertInstanceOf(Certification.class, certification.element());
		assertSame(held.eContainer(), OverviewTree.placeToAct(held), "a certification opens its organisation");
		Item flow = overview.groups().get(Kind.SENSITIVE_FLOW_UNASSESSED.ordinal()).items().get(0);
		assertInstanceOf(Organization.class, OverviewTree.placeToAct(flow.element()));
	}

	@Test
	void refreshesOnCommandsAndUndo() {
		List<Item> overdue = overview.groups().get(Kind.OVERDUE_ACTION.ordinal()).items();
		int before = overdue.size();
		RemediationAction action = (RemediationAction) overdue.get(0).element();
		session.editingDomain().getCommandStack().execute(SetCommand.create(session.editingDomain(), action,
				RensaPackage.Literals.REMEDIATION_ACTION__STATUS, ActionStatus.DONE));
		processEvents();
		assertEquals(before - 1, overview.groups().get(Kind.OVERDUE_ACTION.ordinal()).items().size());
		session.editingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(before, overview.groups().get(Kind.OVERDUE_ACTION.ordinal()).items().size());
	}

	private void processEvents() {
		while (display.readAndDispatch()) {
			// drain the event queue so async refreshes run
		}
	}
}
