// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.diagram.DiagramFilter;
import org.rensa.diagram.description.ChainFacts;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;

/**
 * The drawing surface of the diagram editor: paints the scene with zoom and scrolling, and turns
 * mouse and keyboard input into {@link DiagramEdits} commands executed on the project's command
 * stack (create by clicking, connect by dragging, move, resize, rubber-band selection, delete,
 * direct edit, keyboard navigation).
 */
public final class DiagramCanvas {

	/** The palette tools. */
	public enum Tool {
		/** Select, move, resize. */
		SELECT,
		/** Create a supplier by clicking. */
		SUPPLIER,
		/** Create a subcontractor by clicking. */
		SUBCONTRACTOR,
		/** Connect by dragging (supply). */
		SUPPLY_LINK,
		/** Connect by dragging (subcontract). */
		SUBCONTRACT_LINK,
		/** Create a note by clicking. */
		NOTE
	}

	private enum Drag {
		NONE, MOVE, RESIZE, RUBBER, CONNECT, BEND, SEGMENT
	}

	/** Handle radius in screen pixels. */
	private static final double HANDLE = 5;

	private static final double MIN_ZOOM = 0.1;
	private static final double MAX_ZOOM = 4;
	private static final int OVERVIEW_WIDTH = 220;
	private static final int OVERVIEW_HEIGHT = 150;
	private static final int OVERVIEW_MARGIN = 14;

	private final Canvas canvas;
	private final SwtScenePainter painter;
	private final AuditProject project;
	private final AuditProjectDocument document;
	private final Diagram diagram;
	private final CommandStack commandStack;
	private final DiagramEdits edits;
	private final boolean japanese;
	private final Consumer<List<EObject>> selectionListener;
	private final Consumer<Organization> openListener;
	private final Runnable viewListener;

	private Scene scene;
	private double[][] itemBounds;
	private ChainFacts facts;
	private Set<Node> visible = Set.of();
	private final Set<EObject> selection = new LinkedHashSet<>();
	private Tool tool = Tool.SELECT;
	private double zoom = 1;
	private double originX = -20;
	private double originY = -20;
	private Drag drag = Drag.NONE;
	private double startX;
	private double startY;
	private double currentX;
	private double currentY;
	private Node connectFrom;
	private Edge dragEdge;
	private int dragIndex;
	private int selectedBend = -1;
	private Text editor;
	private long lastPaintNanos;
	private boolean overviewDrag;
	/** Whether the view is the one {@link #fit()} chose (no zoom or scroll since). */
	private boolean fitted;

	/**
	 * @param parent            the parent
	 * @param document          the open project (its chain report colours the layers)
	 * @param diagram           a synchronised diagram
	 * @param commandStack      the project's command stack
	 * @param edits             the command factory
	 * @param japanese          Japanese names and texts
	 * @param selectionListener told the semantic elements of the selection
	 * @param openListener      told to open an organisation's editor
	 * @param viewListener      told when zoom, tool or selection change (status line)
	 */
	public DiagramCanvas(Composite parent, AuditProjectDocument document, Diagram diagram, CommandStack commandStack,
			DiagramEdits edits, boolean japanese, Consumer<List<EObject>> selectionListener,
			Consumer<Organization> openListener, Runnable viewListener) {
		this.document = document;
		this.project = document.getProject();
		this.diagram = diagram;
		this.commandStack = commandStack;
		this.edits = edits;
		this.japanese = japanese;
		this.selectionListener = selectionListener;
		this.openListener = openListener;
		this.viewListener = viewListener;
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		painter = new SwtScenePainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Resize, e -> {
			if (fitted) {
				fit(); // the view still shows the whole drawing: keep it so (e.g. the editor was maximised)
			} else {
				updateScrollBars();
			}
		});
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
			fitted = false;
			originX = sceneMinX() + canvas.getHorizontalBar().getSelection() / zoom;
			canvas.redraw();
		});
		canvas.getVerticalBar().addListener(SWT.Selection, e -> {
			fitted = false;
			originY = sceneMinY() + canvas.getVerticalBar().getSelection() / zoom;
			canvas.redraw();
		});
		refresh();
	}

	/** @return the SWT control */
	public Canvas control() {
		return canvas;
	}

	/** Rebuilds the scene from the diagram and the project, and repaints. */
	public void refresh() {
		facts = ChainFacts.of(document);
		visible = DiagramFilter.visibleNodes(diagram, facts);
		scene = new SceneBuilder(SupplyChainDiagram.description(), japanese, true).build(diagram, facts);
		itemBounds = SwtScenePainter.bounds(scene.items());
		selection.removeIf(element -> element.eContainer() != diagram);
		Edge edge = selectedEdge();
		if (edge == null || selectedBend >= SceneBuilder.route(edge).length / 2 - 1) {
			selectedBend = -1;
		}
		updateScrollBars();
		canvas.redraw();
	}

	/** @return the facts of the last refresh */
	public ChainFacts facts() {
		return facts;
	}

	/** @return the last scene */
	public Scene scene() {
		return scene;
	}

	/** @param tool the active palette tool */
	public void setTool(Tool tool) {
		this.tool = tool;
		canvas.setCursor(canvas.getDisplay().getSystemCursor(tool == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
		viewListener.run();
	}

	/** @return the active tool */
	public Tool tool() {
		return tool;
	}

	/** @return the zoom factor */
	public double zoom() {
		return zoom;
	}

	/** @return nanoseconds the last full paint took */
	public long lastPaintNanos() {
		return lastPaintNanos;
	}

	/** @return the selected notation elements */
	public List<EObject> selection() {
		return new ArrayList<>(selection);
	}

	/** @return the selected edges */
	public List<Edge> selectedEdges() {
		List<Edge> edges = new ArrayList<>();
		for (EObject element : selection) {
			if (element instanceof Edge edge) {
				edges.add(edge);
			}
		}
		return edges;
	}

	/** @return the selected nodes */
	public List<Node> selectedNodes() {
		List<Node> nodes = new ArrayList<>();
		for (EObject element : selection) {
			if (element instanceof Node node) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	/**
	 * Selects the elements showing the given semantic elements and scrolls the first into view.
	 *
	 * @param semantic organisations or relationships
	 */
	public void reveal(List<?> semantic) {
		List<EObject> found = new ArrayList<>();
		for (Node node : diagram.getNodes()) {
			if (semantic.contains(node.getElement())) {
				found.add(node);
			}
		}
		for (Edge edge : diagram.getEdges()) {
			if (semantic.contains(edge.getElement())) {
				found.add(edge);
			}
		}
		if (found.isEmpty() || selection.containsAll(found) && found.containsAll(selection)) {
			return;
		}
		selection.clear();
		selection.addAll(found);
		if (found.get(0) instanceof Node node) {
			scrollIntoView(node);
		}
		canvas.redraw();
		viewListener.run();
	}

	/**
	 * @param elements notation elements to select (e.g. after creation)
	 */
	public void select(List<? extends EObject> elements) {
		selectedBend = -1;
		selection.clear();
		selection.addAll(elements);
		canvas.redraw();
		fireSelection();
	}

	/** Selects every visible node. */
	public void selectAll() {
		select(new ArrayList<>(visible));
	}

	// ---- zoom and scrolling

	/** @param factor multiplies the zoom, keeping the centre of the view */
	public void zoomBy(double factor) {
		Rectangle area = canvas.getClientArea();
		zoomAt(factor, area.width / 2.0, area.height / 2.0);
	}

	private void zoomAt(double factor, double screenX, double screenY) {
		double x = originX + screenX / zoom;
		double y = originY + screenY / zoom;
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		fitted = false;
		originX = x - screenX / zoom;
		originY = y - screenY / zoom;
		updateScrollBars();
		canvas.redraw();
		viewListener.run();
	}

	/** Zooms so that the whole drawing fits the window (never above 100 %). */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		if (area.width < 10 || area.height < 10) {
			return;
		}
		double width = scene.maxX() - scene.minX() + 40;
		double height = scene.maxY() - scene.minY() + 40;
		// Keep the drawing clear of the legend in the top-right corner.
		double available = scene.legendWidth() > 0 ? Math.max(area.width / 2.0, area.width - scene.legendWidth() - 28)
				: area.width;
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(available / width, area.height / height)));
		// Centred in the space left of the legend, so that zooming in (around the view's centre)
		// keeps the drawing in view.
		originX = scene.minX() - 20 - Math.max(0, available / zoom - width) / 2;
		originY = scene.minY() - 20 - Math.max(0, area.height / zoom - height) / 2;
		fitted = true;
		updateScrollBars();
		canvas.redraw();
		viewListener.run();
	}

	private void scrollIntoView(Node node) {
		Rectangle area = canvas.getClientArea();
		double left = (node.getX() - originX) * zoom;
		double top = (node.getY() - originY) * zoom;
		if (left < 0 || top < 0 || left + node.getWidth() * zoom > area.width || top + node.getHeight() * zoom > area.height) {
			fitted = false;
			originX = node.getX() + node.getWidth() / 2.0 - area.width / 2.0 / zoom;
			originY = node.getY() + node.getHeight() / 2.0 - area.height / 2.0 / zoom;
			updateScrollBars();
		}
	}

	private double sceneMinX() {
		return Math.min(scene.minX() - 40, originX);
	}

	private double sceneMinY() {
		return Math.min(scene.minY() - 40, originY);
	}

	private void updateScrollBars() {
		if (scene == null) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		scroll(canvas.getHorizontalBar(), sceneMinX(), Math.max(scene.maxX() + 40, originX + area.width / zoom), originX,
				area.width);
		scroll(canvas.getVerticalBar(), sceneMinY(), Math.max(scene.maxY() + 40, originY + area.height / zoom), originY,
				area.height);
	}

	private void scroll(ScrollBar bar, double min, double max, double origin, int visiblePixels) {
		int total = (int) Math.ceil((max - min) * zoom);
		bar.setValues((int) Math.round((origin - min) * zoom), 0, Math.max(total, visiblePixels), visiblePixels,
				Math.max(1, visiblePixels / 20), Math.max(1, visiblePixels * 9 / 10));
	}

	// ---- painting

	private void paint(Event event) {
		long start = System.nanoTime();
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(painter.color(org.rensa.diagram.description.Rgb.of("#f7f9fb"))); //$NON-NLS-1$
		gc.fillRectangle(area);
		Transform transform = new Transform(canvas.getDisplay());
		try {
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -originX, (float) -originY);
			gc.setTransform(transform);
			double[] clip = { originX + event.x / zoom - 2, originY + event.y / zoom - 2,
					originX + (event.x + event.width) / zoom + 2, originY + (event.y + event.height) / zoom + 2 };
			painter.paint(gc, scene.items(), itemBounds, clip);
			paintSelection(gc);
			paintFeedback(gc);
			gc.setTransform(null);
		} finally {
			transform.dispose();
		}
		if (!scene.legend().isEmpty()) {
			Transform legend = new Transform(canvas.getDisplay());
			try {
				legend.translate((float) (area.width - scene.legendWidth() - 14), 14);
				gc.setTransform(legend);
				painter.paint(gc, scene.legend(), null, null);
				gc.setTransform(null);
			} finally {
				legend.dispose();
			}
		}
		paintOverview(gc, area);
		lastPaintNanos = System.nanoTime() - start;
	}

	/** @return the overview's frame in pixels and its scale, or {@code null} when all of the drawing is in view */
	private double[] overview() {
		Rectangle area = canvas.getClientArea();
		double width = scene.maxX() - scene.minX();
		double height = scene.maxY() - scene.minY();
		boolean allVisible = scene.minX() >= originX && scene.minY() >= originY
				&& scene.maxX() <= originX + area.width / zoom && scene.maxY() <= originY + area.height / zoom;
		if (allVisible || width <= 0 || height <= 0 || area.width < 3 * OVERVIEW_WIDTH) {
			return null;
		}
		double scale = Math.min(OVERVIEW_WIDTH / width, OVERVIEW_HEIGHT / height);
		double w = width * scale;
		double h = height * scale;
		double x = area.width - w - OVERVIEW_MARGIN - 8;
		double y = area.height - h - OVERVIEW_MARGIN - 8;
		return new double[] { x, y, w, h, scale };
	}

	/** A small map of the whole chain with the visible part framed (for large chains). */
	private void paintOverview(GC gc, Rectangle area) {
		double[] o = overview();
		if (o == null) {
			return;
		}
		gc.setAlpha(235);
		gc.setBackground(painter.color(org.rensa.diagram.description.Rgb.of("#ffffff"))); //$NON-NLS-1$
		gc.fillRoundRectangle((int) o[0] - 6, (int) o[1] - 6, (int) o[2] + 12, (int) o[3] + 12, 8, 8);
		gc.setAlpha(255);
		gc.setForeground(painter.color(org.rensa.diagram.description.Rgb.of("#c9d1d9"))); //$NON-NLS-1$
		gc.setLineWidth(1);
		gc.drawRoundRectangle((int) o[0] - 6, (int) o[1] - 6, (int) o[2] + 12, (int) o[3] + 12, 8, 8);
		for (Scene.Item item : scene.items()) {
			if (item instanceof Scene.Box box && item.role() == Scene.Role.NODE) {
				gc.setBackground(painter.color(box.stroke() != null && box.fill().equals(org.rensa.diagram.description.Rgb.of("#ffffff")) //$NON-NLS-1$
						? box.stroke() : box.fill()));
				gc.fillRectangle((int) (o[0] + (box.x() - scene.minX()) * o[4]), (int) (o[1] + (box.y() - scene.minY()) * o[4]),
						Math.max(2, (int) (box.width() * o[4])), Math.max(1, (int) (box.height() * o[4])));
			}
		}
		gc.setForeground(painter.color(org.rensa.diagram.description.Rgb.of("#1a73e8"))); //$NON-NLS-1$
		gc.setLineWidth(2);
		int vx = (int) (o[0] + (originX - scene.minX()) * o[4]);
		int vy = (int) (o[1] + (originY - scene.minY()) * o[4]);
		int vw = (int) (area.width / zoom * o[4]);
		int vh = (int) (area.height / zoom * o[4]);
		gc.setClipping((int) o[0] - 6, (int) o[1] - 6, (int) o[2] + 12, (int) o[3] + 12);
		gc.drawRectangle(vx, vy, Math.max(4, vw), Math.max(4, vh));
		gc.setClipping((Rectangle) null);
	}

	/** Centres the view on the point of the overview under the mouse; {@code false} when outside it. */
	private boolean overviewNavigate(int x, int y) {
		double[] o = overview();
		if (o == null || x < o[0] - 6 || y < o[1] - 6 || x > o[0] + o[2] + 6 || y > o[1] + o[3] + 6) {
			return false;
		}
		Rectangle area = canvas.getClientArea();
		fitted = false;
		originX = scene.minX() + (x - o[0]) / o[4] - area.width / 2.0 / zoom;
		originY = scene.minY() + (y - o[1]) / o[4] - area.height / 2.0 / zoom;
		updateScrollBars();
		canvas.redraw();
		return true;
	}

	private void paintSelection(GC gc) {
		boolean single = selection.size() == 1;
		for (EObject element : selection) {
			if (element instanceof Shape shape) {
				painter.selection(gc, new Rectangle(shape.getX(), shape.getY(), shape.getWidth(), shape.getHeight()), single);
			} else if (element instanceof Edge edge && visible.contains(edge.getSource())) {
				paintHandles(gc, edge, single);
			}
		}
	}

	/** The ends, the bend points and (for a single selected edge) the segment midpoints of an edge. */
	private void paintHandles(GC gc, Edge edge, boolean editable) {
		double[] route = SceneBuilder.route(edge);
		int n = route.length / 2;
		org.eclipse.swt.graphics.Color blue = painter.color(org.rensa.diagram.description.Rgb.of("#1a73e8")); //$NON-NLS-1$
		org.eclipse.swt.graphics.Color white = painter.color(org.rensa.diagram.description.Rgb.of("#ffffff")); //$NON-NLS-1$
		// The selected edge's route, highlighted, then its handles on top.
		int[] pixels = new int[route.length];
		for (int i = 0; i < route.length; i++) {
			pixels[i] = (int) Math.round(route[i]);
		}
		gc.setForeground(blue);
		gc.setAlpha(150);
		gc.setLineWidth(Math.max(2, (int) Math.round(3 / zoom)));
		gc.drawPolyline(pixels);
		gc.setAlpha(255);
		gc.setLineWidth(Math.max(1, (int) Math.round(1 / zoom)));
		double end = 3 / zoom;
		gc.setBackground(blue);
		for (int i : new int[] { 0, n - 1 }) {
			gc.fillRectangle((int) Math.round(route[2 * i] - end), (int) Math.round(route[2 * i + 1] - end),
					(int) Math.round(2 * end), (int) Math.round(2 * end));
		}
		if (!editable) {
			return;
		}
		double r = HANDLE / zoom;
		for (int i = 0; i + 1 < n; i++) {
			if (segmentHandleShown(route, i)) {
				double mx = (route[2 * i] + route[2 * i + 2]) / 2;
				double my = (route[2 * i + 1] + route[2 * i + 3]) / 2;
				int d = (int) Math.round(1.6 * r);
				gc.setBackground(white);
				gc.fillOval((int) Math.round(mx - d / 2.0), (int) Math.round(my - d / 2.0), d, d);
				gc.drawOval((int) Math.round(mx - d / 2.0), (int) Math.round(my - d / 2.0), d, d);
			}
		}
		for (int i = 1; i < n - 1; i++) {
			int size = (int) Math.round(2 * r);
			int left = (int) Math.round(route[2 * i] - r);
			int top = (int) Math.round(route[2 * i + 1] - r);
			gc.setBackground(i == selectedBend ? blue : white);
			gc.fillRectangle(left, top, size, size);
			gc.drawRectangle(left, top, size, size);
		}
	}

	private boolean segmentHandleShown(double[] route, int segment) {
		double length = Math.hypot(route[2 * segment + 2] - route[2 * segment], route[2 * segment + 3] - route[2 * segment + 1]);
		return length * zoom >= 6 * HANDLE;
	}

	/** @return the single selected, visible edge, or {@code null} */
	private Edge selectedEdge() {
		if (selection.size() == 1 && selection.iterator().next() instanceof Edge edge && visible.contains(edge.getSource())
				&& visible.contains(edge.getTarget())) {
			return edge;
		}
		return null;
	}

	/**
	 * @return {0, index} for a bend point handle, {1, index} for a segment's midpoint handle under the
	 *         point, or {@code null}
	 */
	private int[] handleAt(Edge edge, double x, double y) {
		double[] route = SceneBuilder.route(edge);
		int n = route.length / 2;
		double tolerance = (HANDLE + 2) / zoom;
		for (int i = 1; i < n - 1; i++) {
			if (Math.abs(route[2 * i] - x) <= tolerance && Math.abs(route[2 * i + 1] - y) <= tolerance) {
				return new int[] { 0, i };
			}
		}
		for (int i = 0; i + 1 < n; i++) {
			double mx = (route[2 * i] + route[2 * i + 2]) / 2;
			double my = (route[2 * i + 1] + route[2 * i + 3]) / 2;
			if (segmentHandleShown(route, i) && Math.abs(mx - x) <= tolerance && Math.abs(my - y) <= tolerance) {
				return new int[] { 1, i };
			}
		}
		return null;
	}

	/**
	 * @return the bend point handles (index 0) and segment midpoint handles (index 1) of the single
	 *         selected edge, in diagram coordinates (for tests and tools), or empty lists
	 */
	public List<List<double[]>> handles() {
		List<double[]> bends = new ArrayList<>();
		List<double[]> midpoints = new ArrayList<>();
		Edge edge = selectedEdge();
		if (edge != null) {
			double[] route = SceneBuilder.route(edge);
			int n = route.length / 2;
			for (int i = 1; i < n - 1; i++) {
				bends.add(new double[] { route[2 * i], route[2 * i + 1] });
			}
			for (int i = 0; i + 1 < n; i++) {
				if (segmentHandleShown(route, i)) {
					midpoints.add(new double[] { (route[2 * i] + route[2 * i + 2]) / 2, (route[2 * i + 1] + route[2 * i + 3]) / 2 });
				}
			}
		}
		return List.of(bends, midpoints);
	}

	/**
	 * @param x diagram x
	 * @param y diagram y
	 * @return the pixel of the canvas showing that point at the current zoom and scroll position
	 */
	public org.eclipse.swt.graphics.Point toControl(double x, double y) {
		return new org.eclipse.swt.graphics.Point((int) Math.round((x - originX) * zoom), (int) Math.round((y - originY) * zoom));
	}

	/** @return the index of the selected bend point in the selected edge's route, or −1 */
	public int selectedBend() {
		return selectedBend;
	}

	private void paintFeedback(GC gc) {
		gc.setForeground(painter.color(org.rensa.diagram.description.Rgb.of("#1a73e8"))); //$NON-NLS-1$
		gc.setLineWidth(1);
		switch (drag) {
		case MOVE -> {
			int dx = (int) Math.round(currentX - startX);
			int dy = (int) Math.round(currentY - startY);
			gc.setLineStyle(SWT.LINE_DASH);
			for (EObject element : selection) {
				if (element instanceof Shape shape) {
					gc.drawRoundRectangle(shape.getX() + dx, shape.getY() + dy, shape.getWidth(), shape.getHeight(), 16, 16);
				}
			}
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		case RESIZE -> {
			Shape shape = (Shape) selection.iterator().next();
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawRoundRectangle(shape.getX(), shape.getY(), (int) Math.max(60, currentX - shape.getX()),
					(int) Math.max(36, currentY - shape.getY()), 16, 16);
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		case RUBBER -> {
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRectangle(rubber());
			gc.setLineStyle(SWT.LINE_SOLID);
		}
		case BEND, SEGMENT -> {
			List<int[]> inner = previewRoute();
			if (inner != null && !inner.isEmpty()) {
				double[] route = org.rensa.diagram.EdgeRoutes.routeThrough(dragEdge.getSource(), dragEdge.getTarget(), inner);
				int[] pixels = new int[route.length];
				for (int i = 0; i < route.length; i++) {
					pixels[i] = (int) Math.round(route[i]);
				}
				gc.setLineWidth(Math.max(1, (int) Math.round(2 / zoom)));
				gc.setLineStyle(SWT.LINE_DASH);
				gc.drawPolyline(pixels);
				gc.setLineStyle(SWT.LINE_SOLID);
			}
		}
		case CONNECT -> {
			gc.setLineWidth(2);
			gc.drawLine(connectFrom.getX() + connectFrom.getWidth(), connectFrom.getY() + connectFrom.getHeight() / 2,
					(int) currentX, (int) currentY);
			Node target = hitNode(currentX, currentY);
			if (target != null && target != connectFrom) {
				painter.selection(gc, new Rectangle(target.getX(), target.getY(), target.getWidth(), target.getHeight()),
						false);
			}
		}
		default -> {
		}
		}
	}

	/** @return the inner bend points the current bend or segment drag would give, or {@code null} */
	private List<int[]> previewRoute() {
		try {
			int x = (int) Math.round(currentX);
			int y = (int) Math.round(currentY);
			return drag == Drag.BEND ? org.rensa.diagram.EdgeRoutes.moveBend(dragEdge, dragIndex, x, y)
					: org.rensa.diagram.EdgeRoutes.moveSegment(dragEdge, dragIndex, x, y);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private boolean dragged() {
		return Math.abs(currentX - startX) * zoom > 2 || Math.abs(currentY - startY) * zoom > 2;
	}

	private Rectangle rubber() {
		int x = (int) Math.min(startX, currentX);
		int y = (int) Math.min(startY, currentY);
		return new Rectangle(x, y, (int) Math.abs(currentX - startX), (int) Math.abs(currentY - startY));
	}

	// ---- hit testing

	private double diagramX(int screenX) {
		return originX + screenX / zoom;
	}

	private double diagramY(int screenY) {
		return originY + screenY / zoom;
	}

	private Node hitNode(double x, double y) {
		List<Node> nodes = diagram.getNodes();
		for (int i = nodes.size() - 1; i >= 0; i--) {
			Node node = nodes.get(i);
			if (visible.contains(node) && inside(node, x, y)) {
				return node;
			}
		}
		return null;
	}

	private EObject hit(double x, double y) {
		for (int i = diagram.getNotes().size() - 1; i >= 0; i--) {
			Note note = diagram.getNotes().get(i);
			if (inside(note, x, y)) {
				return note;
			}
		}
		Node node = hitNode(x, y);
		if (node != null) {
			return node;
		}
		double tolerance = 5 / zoom;
		for (Edge edge : diagram.getEdges()) {
			if (!visible.contains(edge.getSource()) || !visible.contains(edge.getTarget())) {
				continue;
			}
			double[] route = SceneBuilder.route(edge);
			for (int i = 0; i + 3 < route.length; i += 2) {
				if (distance(x, y, route[i], route[i + 1], route[i + 2], route[i + 3]) <= tolerance) {
					return edge;
				}
			}
		}
		return null;
	}

	private static boolean inside(Shape shape, double x, double y) {
		return x >= shape.getX() && x <= shape.getX() + shape.getWidth() && y >= shape.getY()
				&& y <= shape.getY() + shape.getHeight();
	}

	private static double distance(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1;
		double dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
	}

	private boolean onResizeHandle(double x, double y) {
		if (selection.size() != 1 || !(selection.iterator().next() instanceof Shape shape)) {
			return false;
		}
		double hx = shape.getX() + shape.getWidth();
		double hy = shape.getY() + shape.getHeight();
		double tolerance = 8 / zoom;
		return x >= hx - 2 && x <= hx + tolerance && y >= hy - 2 && y <= hy + tolerance;
	}

	// ---- input

	private void mouseDown(Event event) {
		canvas.setFocus();
		closeEditor(true);
		if (event.button != 1) {
			return;
		}
		if (overviewNavigate(event.x, event.y)) {
			overviewDrag = true;
			return;
		}
		double x = diagramX(event.x);
		double y = diagramY(event.y);
		startX = currentX = x;
		startY = currentY = y;
		switch (tool) {
		case SUPPLIER, SUBCONTRACTOR -> {
			boolean supplier = tool == Tool.SUPPLIER;
			Command command = edits.createOrganization(supplier ? OrganizationKind.SUPPLIER : OrganizationKind.SUBCONTRACTOR,
					supplier ? Messages.New_supplier : Messages.New_subcontractor, (int) x, (int) y);
			execute(command);
			setTool(Tool.SELECT);
			Shape created = DiagramEdits.createdNode(command);
			if (created.eContainer() == diagram) {
				select(List.of(created));
				directEdit();
			}
		}
		case NOTE -> {
			Command command = edits.createNote(Messages.New_note, (int) x, (int) y);
			execute(command);
			setTool(Tool.SELECT);
			select(List.of(DiagramEdits.createdNode(command)));
			directEdit();
		}
		case SUPPLY_LINK, SUBCONTRACT_LINK -> {
			connectFrom = hitNode(x, y);
			drag = connectFrom == null ? Drag.NONE : Drag.CONNECT;
		}
		default -> {
			Edge edge = selectedEdge();
			int[] handle = edge == null ? null : handleAt(edge, x, y);
			if (handle != null) {
				dragEdge = edge;
				dragIndex = handle[1];
				drag = handle[0] == 0 ? Drag.BEND : Drag.SEGMENT;
				selectedBend = handle[0] == 0 ? handle[1] : -1;
				canvas.redraw();
				return;
			}
			selectedBend = -1;
			if (onResizeHandle(x, y)) {
				drag = Drag.RESIZE;
				return;
			}
			EObject hit = hit(x, y);
			boolean toggle = (event.stateMask & (SWT.CTRL | SWT.SHIFT)) != 0;
			if (hit == null) {
				if (!toggle && !selection.isEmpty()) {
					selection.clear();
					fireSelection();
				}
				drag = Drag.RUBBER;
			} else {
				if (toggle) {
					if (!selection.remove(hit)) {
						selection.add(hit);
					}
				} else if (!selection.contains(hit)) {
					selection.clear();
					selection.add(hit);
				}
				fireSelection();
				drag = hit instanceof Shape && selection.contains(hit) ? Drag.MOVE : Drag.NONE;
			}
			canvas.redraw();
		}
		}
	}

	private void mouseMove(Event event) {
		if (overviewDrag) {
			overviewNavigate(event.x, event.y);
			return;
		}
		if (drag == Drag.NONE) {
			Edge edge = tool == Tool.SELECT ? selectedEdge() : null;
			boolean onHandle = edge != null && handleAt(edge, diagramX(event.x), diagramY(event.y)) != null;
			if (onHandle != (canvas.getCursor() == canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL))) {
				canvas.setCursor(canvas.getDisplay().getSystemCursor(onHandle ? SWT.CURSOR_SIZEALL
						: tool == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS));
			}
			return;
		}
		currentX = diagramX(event.x);
		currentY = diagramY(event.y);
		canvas.redraw();
	}

	private void mouseUp(Event event) {
		if (overviewDrag) {
			overviewDrag = false;
			return;
		}
		Drag finished = drag;
		drag = Drag.NONE;
		if (event.button != 1 || finished == Drag.NONE) {
			return;
		}
		currentX = diagramX(event.x);
		currentY = diagramY(event.y);
		switch (finished) {
		case MOVE -> {
			int dx = (int) Math.round(currentX - startX);
			int dy = (int) Math.round(currentY - startY);
			List<Shape> shapes = new ArrayList<>();
			for (EObject element : selection) {
				if (element instanceof Shape shape) {
					shapes.add(shape);
				}
			}
			if ((dx != 0 || dy != 0) && !shapes.isEmpty()) {
				execute(edits.move(shapes, dx, dy));
			}
		}
		case RESIZE -> {
			Shape shape = (Shape) selection.iterator().next();
			execute(edits.resize(shape, (int) Math.round(currentX - shape.getX()), (int) Math.round(currentY - shape.getY())));
		}
		case RUBBER -> {
			Rectangle area = rubber();
			if (area.width > 2 || area.height > 2) {
				for (Node node : visible) {
					if (area.contains(node.getX(), node.getY())
							&& area.contains(node.getX() + node.getWidth(), node.getY() + node.getHeight())) {
						selection.add(node);
					}
				}
				for (Note note : diagram.getNotes()) {
					if (area.contains(note.getX(), note.getY())) {
						selection.add(note);
					}
				}
				fireSelection();
			}
		}
		case BEND, SEGMENT -> {
			if (dragged()) {
				int x = (int) Math.round(currentX);
				int y = (int) Math.round(currentY);
				selectedBend = -1;
				execute(finished == Drag.BEND ? edits.moveBend(dragEdge, dragIndex, x, y)
						: edits.moveSegment(dragEdge, dragIndex, x, y));
			}
			dragEdge = null;
		}
		case CONNECT -> {
			Node target = hitNode(currentX, currentY);
			if (target != null && target != connectFrom) {
				execute(edits.connect(connectFrom, target,
						tool == Tool.SUPPLY_LINK ? RelationshipKind.SUPPLY : RelationshipKind.SUBCONTRACT));
			}
			connectFrom = null;
		}
		default -> {
		}
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {
		Edge edge = selectedEdge();
		int[] handle = edge == null ? null : handleAt(edge, diagramX(event.x), diagramY(event.y));
		if (handle != null) {
			drag = Drag.NONE;
			dragEdge = null;
			if (handle[0] == 0) {
				selectedBend = -1;
				execute(edits.removeBend(edge, handle[1]));
			}
			return;
		}
		EObject hit = hit(diagramX(event.x), diagramY(event.y));
		if (hit instanceof Node node && node.getElement() instanceof Organization organization) {
			double nameBottom = node.getY() + node.getHeight() / 2.0;
			if (diagramY(event.y) <= nameBottom && diagramX(event.x) > node.getX() + 10) {
				select(List.of(node));
				directEdit();
			} else {
				openListener.accept(organization);
			}
		} else if (hit instanceof Note note) {
			select(List.of(note));
			directEdit();
		}
	}

	private void wheel(Event event) {
		if ((event.stateMask & SWT.CTRL) != 0) {
			zoomAt(event.count > 0 ? 1.15 : 1 / 1.15, event.x, event.y);
			event.doit = false;
		} else {
			double step = 40 / zoom * (event.count > 0 ? -1 : 1);
			fitted = false;
			if ((event.stateMask & SWT.SHIFT) != 0) {
				originX += step;
			} else {
				originY += step;
			}
			updateScrollBars();
			canvas.redraw();
			event.doit = false;
		}
	}

	private void key(Event event) {
		switch (event.keyCode) {
		case SWT.DEL, SWT.BS -> {
			Edge edge = selectedEdge();
			if (edge != null && selectedBend > 0 && selectedBend < SceneBuilder.route(edge).length / 2 - 1) {
				int index = selectedBend;
				selectedBend = -1;
				execute(edits.removeBend(edge, index));
			} else {
				deleteSelection();
			}
		}
		case SWT.F2 -> directEdit();
		case SWT.ESC -> {
			setTool(Tool.SELECT);
			drag = Drag.NONE;
			select(List.of());
		}
		case SWT.ARROW_LEFT, SWT.ARROW_RIGHT, SWT.ARROW_UP, SWT.ARROW_DOWN -> navigate(event.keyCode);
		case SWT.CR, SWT.KEYPAD_CR -> {
			List<Node> nodes = selectedNodes();
			if (nodes.size() == 1 && nodes.get(0).getElement() instanceof Organization organization) {
				openListener.accept(organization);
			}
		}
		default -> {
			if ((event.stateMask & SWT.CTRL) != 0 && (event.character == 'a' || event.keyCode == 'a')) {
				selectAll();
			} else if (event.character == '+' || event.character == '=') {
				zoomBy(1.2);
			} else if (event.character == '-') {
				zoomBy(1 / 1.2);
			}
		}
		}
	}

	/** Deletes the selection with one command. */
	public void deleteSelection() {
		Command command = edits.delete(selection);
		if (command != null) {
			selection.clear();
			execute(command);
			fireSelection();
		}
	}

	private void navigate(int keyCode) {
		List<Node> nodes = selectedNodes();
		if (nodes.isEmpty()) {
			if (!visible.isEmpty()) {
				Node first = visible.iterator().next();
				select(List.of(first));
				scrollIntoView(first);
			}
			return;
		}
		Node from = nodes.get(0);
		double cx = from.getX() + from.getWidth() / 2.0;
		double cy = from.getY() + from.getHeight() / 2.0;
		Node best = null;
		double bestScore = Double.MAX_VALUE;
		for (Node node : visible) {
			if (node == from) {
				continue;
			}
			double dx = node.getX() + node.getWidth() / 2.0 - cx;
			double dy = node.getY() + node.getHeight() / 2.0 - cy;
			double along = switch (keyCode) {
			case SWT.ARROW_LEFT -> -dx;
			case SWT.ARROW_RIGHT -> dx;
			case SWT.ARROW_UP -> -dy;
			default -> dy;
			};
			double across = keyCode == SWT.ARROW_LEFT || keyCode == SWT.ARROW_RIGHT ? Math.abs(dy) : Math.abs(dx);
			if (along > 1) {
				double score = along + 2 * across;
				if (score < bestScore) {
					bestScore = score;
					best = node;
				}
			}
		}
		if (best != null) {
			select(List.of(best));
			scrollIntoView(best);
			canvas.redraw();
		}
	}

	/** Starts editing the name of the selected organisation, or the text of the selected note. */
	public void directEdit() {
		if (selection.size() != 1) {
			return;
		}
		EObject element = selection.iterator().next();
		String initial;
		Rectangle bounds;
		boolean multi = false;
		if (element instanceof Node node && node.getElement() instanceof Organization organization) {
			initial = org.rensa.diagram.NodeLabels.name(organization, japanese);
			bounds = new Rectangle(node.getX() + 10, node.getY() + 6, node.getWidth() - 16, 24);
		} else if (element instanceof Note note) {
			initial = note.getText() == null ? "" : note.getText(); //$NON-NLS-1$
			bounds = new Rectangle(note.getX() + 2, note.getY() + 2, note.getWidth() - 4, note.getHeight() - 4);
			multi = true;
		} else {
			return;
		}
		closeEditor(false);
		if (element instanceof Node shown) {
			scrollIntoView(shown);
		}
		editor = new Text(canvas, multi ? SWT.MULTI | SWT.WRAP | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
		editor.setText(initial);
		editor.setFont(painter.font(12.5 * Math.max(0.6, zoom), !multi));
		editor.setBounds((int) Math.round((bounds.x - originX) * zoom), (int) Math.round((bounds.y - originY) * zoom),
				(int) Math.round(bounds.width * zoom), (int) Math.max(24, Math.round(bounds.height * zoom)));
		editor.selectAll();
		editor.setFocus();
		EObject target = element;
		boolean multiline = multi;
		editor.addListener(SWT.DefaultSelection, e -> closeEditor(true));
		editor.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				closeEditor(false);
			} else if (multiline && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.CTRL) != 0) {
				closeEditor(true);
			}
		});
		editor.addListener(SWT.FocusOut, e -> closeEditor(true));
		editor.setData(target);
	}

	private void closeEditor(boolean commit) {
		if (editor == null || editor.isDisposed()) {
			editor = null;
			return;
		}
		Text closing = editor;
		editor = null;
		String text = closing.getText().strip();
		EObject target = (EObject) closing.getData();
		closing.dispose();
		canvas.setFocus();
		if (!commit) {
			return;
		}
		if (target instanceof Node node && node.getElement() instanceof Organization organization && !text.isEmpty()
				&& !text.equals(org.rensa.diagram.NodeLabels.name(organization, japanese))) {
			execute(edits.rename(organization, japanese, text));
		} else if (target instanceof Note note && !text.equals(note.getText())) {
			execute(edits.editNote(note, text));
		}
	}

	/** @return whether a direct edit is open */
	public boolean isEditing() {
		return editor != null && !editor.isDisposed();
	}

	/**
	 * @param command a command to run on the project's command stack
	 */
	public void execute(Command command) {
		if (command != null && command.canExecute()) {
			commandStack.execute(command);
		}
	}

	private void fireSelection() {
		List<EObject> semantic = new ArrayList<>();
		for (EObject element : selection) {
			if (element instanceof Node node && node.getElement() != null) {
				semantic.add(node.getElement());
			} else if (element instanceof Edge edge && edge.getElement() != null) {
				semantic.add(edge.getElement());
			}
		}
		selectionListener.accept(semantic);
		viewListener.run();
	}

	/**
	 * @param x screen x
	 * @param y screen y
	 * @return a tooltip for what is under the point: the clauses an edge's contracts lack
	 */
	public String tooltipAt(int x, int y) {
		if (drag != Drag.NONE) {
			return null;
		}
		EObject hit = hit(diagramX(x), diagramY(y));
		if (hit instanceof Edge edge && edge.getElement() instanceof Relationship relationship) {
			List<String> missing = facts.missingClauses(relationship);
			String flow = SupplyChainDiagram.flowLabel(relationship, japanese);
			String text = flow.isEmpty() ? "" : flow; //$NON-NLS-1$
			if (!missing.isEmpty()) {
				text += (text.isEmpty() ? "" : "\n") + NLS.bind(Messages.Missing_clauses, String.join(", ", missing)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return text.isEmpty() ? null : text;
		}
		if (hit instanceof Node node && node.getElement() instanceof Organization organization) {
			return org.rensa.diagram.NodeLabels.name(organization, !japanese);
		}
		return null;
	}
}
