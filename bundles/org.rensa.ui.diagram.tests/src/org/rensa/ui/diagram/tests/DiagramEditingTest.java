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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
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
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.diagram.notation.Node;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.ui.diagram.DiagramCanvas;
import org.rensa.diagram.interaction.Tool;
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
		canvas = new DiagramCanvas(shell, session.document(), diagram, session.commandStack(),
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
		assertFalse(session.isDirty());
		Path directory = session.document().getDirectory();
		Path file = DiagramStore.fileOf(directory, DiagramStore.DEFAULT_NAME);
		assertEquals(directory.resolve("model/diagrams/supply-chain.rensadiagram"), file);
		assertTrue(Files.exists(file), "the diagram is saved with the project, inside the model");
		assertFalse(Files.exists(directory.resolve("diagrams")), "nothing beside the model");

		// Reopen the project through the storage: model and diagram come back together.
		ProjectSession again = new ProjectSession(ProjectStorage.standard().load(directory));
		try {
			assertEquals(organisations + 2, again.project().getOrganizations().size());
			assertEquals(relationships + 1, again.project().getRelationships().size());
			Diagram reloaded = DiagramDocument.open(again).diagram();
			assertTrue(reloaded.getNodes().stream().anyMatch(n -> first.getId().equals(n.getSemanticId())
					&& n.getX() == moved.getX() && n.getY() == moved.getY() && n.isPinned()), "moved node kept");
			assertTrue(reloaded.getEdges().stream().anyMatch(e -> link.getId().equals(e.getSemanticId())
					&& e.getSource().getSemanticId().equals(first.getId())
					&& e.getTarget().getSemanticId().equals(second.getId())), "the new link is drawn");
			assertEquals(document.diagram().getNodes().size(), reloaded.getNodes().size());
		} finally {
			again.dispose();
		}

		canvas.select(List.of(node(second)));
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.DEL));
		assertEquals(organisations + 1, session.project().getOrganizations().size());
		assertEquals(relationships, session.project().getRelationships().size(), "its relationship went with it");
		session.commandStack().undo();
		assertEquals(organisations + 2, session.project().getOrganizations().size());
		assertNotNull(node(second));

		// The workbench's deletion question comes first: answered No, nothing goes.
		List<List<EObject>> asked = new ArrayList<>();
		canvas.confirmDeletionWith(shapes -> {
			asked.add(List.copyOf(shapes));
			return false;
		});
		canvas.select(List.of(node(second)));
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.DEL));
		assertEquals(List.of(List.of(node(second))), asked, "asked once, about the selected shape");
		assertEquals(organisations + 2, session.project().getOrganizations().size(), "No keeps the organisation");
		canvas.confirmDeletionWith(shapes -> true);
		screenshot("after-editing");
	}

	@Test
	void dragBendPointHandlesUndoRedoAndSaveWithTheProject() throws IOException {
		canvas.fit();
		flush();
		Edge edge = document.diagram().getEdges().stream().filter(e -> {
			double[] route = SceneBuilder.route(e);
			return route.length >= 8 && route[2] == route[4] && Math.abs(route[5] - route[3]) * canvas.zoom() > 40
					&& route[2] - route[0] >= 10;
		}).findFirst().orElseThrow(() -> new AssertionError("a demo edge with a vertical middle segment"));
		canvas.select(List.of(edge));
		assertFalse(edge.isRoutedByUser());
		List<double[]> midpoints = canvas.handles().get(1);
		List<double[]> bends = canvas.handles().get(0);
		assertTrue(bends.size() >= 2, "handles on the bend points");
		assertFalse(midpoints.isEmpty(), "handles on the midpoints of segments long enough to grab");
		double[] route = SceneBuilder.route(edge);
		double middleX = route[2];
		int shift = (int) Math.min(30, Math.floor((route[2] - route[0]) / 2));

		// Drag the vertical segment's midpoint handle to the left: its two corners follow.
		double[] handle = { (route[2] + route[4]) / 2, (route[3] + route[5]) / 2 };
		assertTrue(midpoints.stream().anyMatch(m -> m[0] == handle[0] && m[1] == handle[1]), "a handle there");
		dragDiagram(handle[0], handle[1], handle[0] - shift, handle[1] + 7);
		assertTrue(edge.isRoutedByUser(), "the edge is routed by the user now");
		double[] after = SceneBuilder.route(edge);
		assertEquals(middleX - shift, after[2], 1, "the corner moved with the segment");
		assertEquals(after[2], after[4], "the segment stays vertical");
		assertOrthogonal(after);
		assertTrue(session.isDirty());
		screenshot("bend-points-dragged");

		session.commandStack().undo();
		assertFalse(edge.isRoutedByUser(), "undo restores the layout's route");
		assertEquals(middleX, SceneBuilder.route(edge)[2]);
		session.commandStack().redo();
		assertTrue(edge.isRoutedByUser());
		assertEquals(middleX - shift, SceneBuilder.route(edge)[2], 1);

		// Drag a bend point handle down: the corner moves, its neighbour follows, all stays orthogonal.
		double[] bend = canvas.handles().get(0).get(0);
		dragDiagram(bend[0], bend[1], bend[0] + 12, bend[1] + 20);
		double[] moved = SceneBuilder.route(edge);
		assertOrthogonal(moved);
		assertEquals(bend[0] + 12, moved[2], 1);

		// Click a bend point to select it, then Delete removes it (and not the relationship).
		int relationships = session.project().getRelationships().size();
		double[] beforeDelete = SceneBuilder.route(edge);
		double[] last = canvas.handles().get(0).get(canvas.handles().get(0).size() - 1);
		clickDiagram(last[0], last[1]);
		assertTrue(canvas.selectedBend() > 0, "the bend point is selected");
		canvas.control().notifyListeners(SWT.KeyDown, key(SWT.DEL));
		assertEquals(relationships, session.project().getRelationships().size());
		assertFalse(java.util.Arrays.equals(beforeDelete, SceneBuilder.route(edge)), "the bend point is gone");
		assertOrthogonal(SceneBuilder.route(edge));
		session.commandStack().undo();
		assertTrue(java.util.Arrays.equals(beforeDelete, SceneBuilder.route(edge)), "undo brings it back");

		// Double-click a bend point removes it too.
		double[] first = canvas.handles().get(0).get(0);
		Point at = screen(first[0], first[1]);
		mouse(SWT.MouseDown, at.x(), at.y());
		mouse(SWT.MouseUp, at.x(), at.y());
		mouse(SWT.MouseDown, at.x(), at.y());
		mouse(SWT.MouseDoubleClick, at.x(), at.y());
		mouse(SWT.MouseUp, at.x(), at.y());
		flush();
		assertFalse(java.util.Arrays.equals(beforeDelete, SceneBuilder.route(edge)), "double-click removed it");
		session.commandStack().undo();
		double[] kept = SceneBuilder.route(edge);

		// Saved with the project and read back through the storage.
		session.save(ProjectStorage.standard());
		ProjectSession again = new ProjectSession(ProjectStorage.standard().load(session.document().getDirectory()));
		try {
			Edge reloaded = DiagramDocument.open(again).diagram().getEdges().stream()
					.filter(e -> e.getId().equals(edge.getId())).findFirst().orElseThrow();
			assertTrue(reloaded.isRoutedByUser());
			assertTrue(java.util.Arrays.equals(kept, SceneBuilder.route(reloaded)), "the user's route is kept");
		} finally {
			again.dispose();
		}

		// Reset route: back to the automatic route, undoable.
		canvas.execute(new DiagramEdits(session.editingDomain(), session.project(), document.diagram())
				.resetRoute(List.of(edge)));
		assertFalse(edge.isRoutedByUser());
		assertTrue(edge.getBendpoints().isEmpty());
		session.commandStack().undo();
		assertTrue(edge.isRoutedByUser());
	}

	private static void assertOrthogonal(double[] route) {
		for (int i = 0; i + 3 < route.length; i += 2) {
			assertTrue(route[i] == route[i + 2] || route[i + 1] == route[i + 3],
					"axis-parallel segments: " + java.util.Arrays.toString(route));
		}
	}

	private Point screen(double x, double y) {
		org.eclipse.swt.graphics.Point p = canvas.toControl(x, y);
		return new Point(p.x, p.y);
	}

	private void clickDiagram(double x, double y) {
		Point p = screen(x, y);
		mouse(SWT.MouseDown, p.x(), p.y());
		mouse(SWT.MouseUp, p.x(), p.y());
		flush();
	}

	private void dragDiagram(double x1, double y1, double x2, double y2) {
		Point from = screen(x1, y1);
		Point to = screen(x2, y2);
		mouse(SWT.MouseDown, from.x(), from.y());
		mouse(SWT.MouseMove, (from.x() + to.x()) / 2, (from.y() + to.y()) / 2);
		mouse(SWT.MouseMove, to.x(), to.y());
		mouse(SWT.MouseUp, to.x(), to.y());
		flush();
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
	void zoomAndScrollingAreViewStateNotCommands() {
		canvas.fit();
		double fitted = canvas.zoom();
		Event wheel = new Event();
		wheel.count = 1;
		wheel.stateMask = SWT.CTRL;
		wheel.x = 400;
		wheel.y = 300;
		canvas.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertTrue(canvas.zoom() > fitted, "Ctrl+wheel zooms in");
		canvas.zoomBy(0.5);
		canvas.control().notifyListeners(SWT.KeyDown, character('+'));
		Event scroll = new Event();
		scroll.count = -3;
		canvas.control().notifyListeners(SWT.MouseVerticalWheel, scroll);
		flush();
		assertFalse(session.commandStack().canUndo(), "nothing to undo");
		assertFalse(session.isDirty(), "the project is not dirty");
	}

	@Test
	void layersAreUndoableViewStateThatDoesNotDirtyTheProjectButIsSavedWithIt() throws IOException {
		Diagram diagram = document.diagram();
		DiagramEdits edits = new DiagramEdits(session.editingDomain(), session.project(), diagram);
		boolean risk = diagram.getActiveLayers().contains(SupplyChainDiagram.RISK);
		session.commandStack().execute(edits.viewState("layers", () -> { //$NON-NLS-1$
			if (risk) {
				diagram.getActiveLayers().remove(SupplyChainDiagram.RISK);
			} else {
				diagram.getActiveLayers().add(SupplyChainDiagram.RISK);
			}
		}));
		assertEquals(!risk, diagram.getActiveLayers().contains(SupplyChainDiagram.RISK));
		assertFalse(session.isDirty(), "toggling a layer does not make the project dirty");
		session.commandStack().undo();
		assertEquals(risk, diagram.getActiveLayers().contains(SupplyChainDiagram.RISK), "undo restores the layers");
		assertFalse(session.isDirty());
		session.commandStack().redo();
		Node node = diagram.getNodes().get(2);
		session.commandStack().execute(edits.move(List.of(node), 10, 0));
		assertTrue(session.isDirty(), "a move is an edit");
		session.commandStack().undo();
		assertFalse(session.isDirty(), "back at the save point but for view state");
		session.commandStack().redo();
		session.save(ProjectStorage.standard());
		Diagram saved = DiagramStore.load(DiagramStore.fileOf(session.document().getDirectory(), DiagramStore.DEFAULT_NAME));
		assertEquals(!risk, saved.getActiveLayers().contains(SupplyChainDiagram.RISK), "the layers are saved with the next save");
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

	private static Event character(char character) {
		Event event = new Event();
		event.character = character;
		return event;
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
