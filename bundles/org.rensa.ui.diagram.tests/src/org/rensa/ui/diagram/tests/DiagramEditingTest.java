// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.diagram.DiagramStore;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Node;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.ui.diagram.DiagramCanvas;
import org.rensa.ui.diagram.DiagramCanvas.Tool;
import org.rensa.ui.diagram.DiagramDocument;
import org.rensa.ui.diagram.DiagramEdits;
import org.rensa.ui.session.ProjectSession;

/**
 * Drives the diagram canvas with mouse and key events on a copy of the demo project: create two
 * suppliers, connect them, undo, redo, save; a screenshot lands in target/screenshots.
 */
class DiagramEditingTest {

	@TempDir
	Path dir;

	private Shell shell;
	private ProjectSession session;
	private DiagramDocument document;
	private DiagramCanvas canvas;
	private List<Object> published;

	@BeforeEach
	void open() throws IOException {
		Path project = dir.resolve("demo");
		copy(demo(), project);
		session = new ProjectSession(ProjectStorage.standard().load(project));
		document = DiagramDocument.open(session);
		shell = new Shell(Display.getDefault());
		shell.setSize(1500, 900);
		shell.setLayout(new FillLayout());
		published = new java.util.ArrayList<>();
		Diagram diagram = document.diagram();
		canvas = new DiagramCanvas(shell, session.project(), diagram, session.commandStack(),
				new DiagramEdits(session.editingDomain(), session.project(), diagram), false, published::add, o -> {
				}, () -> {
				});
		session.addChangeListener(() -> {
			document.projectChanged();
			canvas.refresh();
		});
		shell.open();
		flush();
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.dispose();
	}

	@Test
	void createConnectUndoRedoSave() throws IOException {
		int organisations = session.project().getOrganizations().size();
		int relationships = session.project().getRelationships().size();
		int nodes = document.diagram().getNodes().size();

		canvas.setTool(Tool.SUPPLIER);
		click(300, 700);
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.ESC)); // leave the name editor
		canvas.setTool(Tool.SUPPLIER);
		click(700, 700);
		flush();
		assertEquals(organisations + 2, session.project().getOrganizations().size());
		assertEquals(nodes + 2, document.diagram().getNodes().size());
		Organization first = session.project().getOrganizations().get(organisations);
		Organization second = session.project().getOrganizations().get(organisations + 1);
		assertEquals(OrganizationKind.SUPPLIER, first.getKind());

		canvas.setTool(Tool.SUPPLY_LINK);
		drag(300, 700, 700, 700);
		assertEquals(relationships + 1, session.project().getRelationships().size());
		Relationship link = session.project().getRelationships().get(relationships);
		assertEquals(first, link.getFrom());
		assertEquals(second, link.getTo());
		assertEquals(RelationshipKind.SUPPLY, link.getKind());
		assertEquals(document.diagram().getEdges().size(), session.project().getRelationships().size());
		assertTrue(session.isDirty());

		session.commandStack().undo();
		assertEquals(relationships, session.project().getRelationships().size());
		assertEquals(relationships, document.diagram().getEdges().size());
		session.commandStack().redo();
		assertEquals(relationships + 1, document.diagram().getEdges().size());

		canvas.setTool(Tool.SELECT);
		Node moved = node(first);
		int x = moved.getX();
		drag(300, 700, 340, 640);
		assertEquals(x + 40, moved.getX());
		assertTrue(moved.isPinned());
		assertFalse(published.isEmpty(), "selection published");

		session.save(ProjectStorage.standard());
		Path file = DiagramStore.fileOf(session.document().getDirectory(), DiagramStore.DEFAULT_NAME);
		assertTrue(Files.exists(file), "the diagram is saved with the project");
		Diagram reloaded = DiagramStore.load(file);
		assertTrue(reloaded.getNodes().stream().anyMatch(n -> first.getId().equals(n.getSemanticId())
				&& n.getX() == moved.getX() && n.isPinned()));
		ProjectSession again = new ProjectSession(ProjectStorage.standard().load(session.document().getDirectory()));
		assertEquals(organisations + 2, again.project().getOrganizations().size());
		again.dispose();

		canvas.select(List.of(node(second)));
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.DEL));
		assertEquals(organisations + 1, session.project().getOrganizations().size());
		assertEquals(relationships, session.project().getRelationships().size(), "its relationship went with it");
		session.commandStack().undo();
		assertEquals(organisations + 2, session.project().getOrganizations().size());
		assertNotNull(node(second));
		screenshot("after-editing");
	}

	@Test
	void layersAndScreenshots() {
		document.diagram().getActiveLayers().addAll(List.of(SupplyChainDiagram.RISK, SupplyChainDiagram.VERIFICATION,
				SupplyChainDiagram.INFORMATION_FLOW, SupplyChainDiagram.CONTRACT_COVERAGE));
		canvas.refresh();
		canvas.fit();
		flush();
		assertTrue(canvas.zoom() <= 1);
		screenshot("demo-all-layers");
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.ARROW_RIGHT));
		assertEquals(1, canvas.selection().size(), "keyboard navigation selects a node");
		long start = System.nanoTime();
		canvas.control().redraw();
		canvas.control().update();
		assertTrue(System.nanoTime() - start > 0);
		assertTrue(canvas.lastPaintNanos() > 0);
	}

	@Test
	void theProjectsDiagramOutlivesItsEditorAndIsSavedWithTheProject() throws IOException {
		DiagramDocument shared = DiagramDocument.of(session);
		assertTrue(shared == DiagramDocument.of(session), "one document per open project");
		Node node = shared.diagram().getNodes().get(3);
		int x = node.getX();
		session.commandStack().execute(new DiagramEdits(session.editingDomain(), session.project(), shared.diagram())
				.move(List.of(node), 25, 0));
		assertTrue(session.isDirty());
		session.save(ProjectStorage.standard());
		Diagram saved = DiagramStore.load(DiagramStore.fileOf(session.document().getDirectory(), DiagramStore.DEFAULT_NAME));
		assertEquals(x + 25, saved.getNodes().get(3).getX());
	}

	private Node node(Organization organization) {
		return document.diagram().getNodes().stream().filter(n -> n.getElement() == organization).findFirst()
				.orElseThrow();
	}

	private void click(int x, int y) {
		Point p = toScreen(x, y);
		mouse(SWT.MouseDown, p.x, p.y);
		mouse(SWT.MouseUp, p.x, p.y);
		flush();
	}

	private void drag(int x1, int y1, int x2, int y2) {
		Point from = toScreen(x1, y1);
		Point to = toScreen(x2, y2);
		mouse(SWT.MouseDown, from.x, from.y);
		mouse(SWT.MouseMove, (from.x + to.x) / 2, (from.y + to.y) / 2);
		mouse(SWT.MouseMove, to.x, to.y);
		mouse(SWT.MouseUp, to.x, to.y);
		flush();
	}

	/** Diagram coordinates to canvas pixels at the current view (the canvas starts at zoom 1, origin −20). */
	private Point toScreen(int x, int y) {
		return new Point((int) Math.round((x + 20) * canvas.zoom()), (int) Math.round((y + 20) * canvas.zoom()));
	}

	private record Point(int x, int y) {
	}

	private void mouse(int type, int x, int y) {
		Event event = new Event();
		event.button = 1;
		event.x = x;
		event.y = y;
		canvas.control().notifyListeners(type, event);
	}

	private static Event key(int keyCode) {
		Event event = new Event();
		event.keyCode = keyCode;
		return event;
	}

	private static void flush() {
		Display display = Display.getDefault();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** Paints the canvas into an image (what its paint listener draws) and saves it as a PNG. */
	private void screenshot(String name) {
		flush();
		org.eclipse.swt.graphics.Point size = canvas.control().getSize();
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(image);
		try {
			Event paint = new Event();
			paint.gc = gc;
			paint.width = size.x;
			paint.height = size.y;
			canvas.control().notifyListeners(SWT.Paint, paint);
			Path target = Paths.get("target", "screenshots");
			Files.createDirectories(target);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(target.resolve(name + ".png").toString(), SWT.IMAGE_PNG);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static Path demo() {
		String root = System.getProperty("rensa.root");
		Path base = root == null || root.isEmpty() ? Paths.get("").toAbsolutePath() : Paths.get(root);
		for (Path candidate = base; candidate != null; candidate = candidate.getParent()) {
			if (Files.isDirectory(candidate.resolve("samples/demo/model"))) {
				return candidate.resolve("samples/demo");
			}
		}
		throw new IllegalStateException("samples/demo not found");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
