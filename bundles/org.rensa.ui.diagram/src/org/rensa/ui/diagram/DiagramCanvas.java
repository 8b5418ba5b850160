// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.interaction.Box;
import org.rensa.diagram.interaction.Handle;
import org.rensa.diagram.interaction.HitTesting;
import org.rensa.diagram.interaction.Intent;
import org.rensa.diagram.interaction.Interaction;
import org.rensa.diagram.interaction.Key;
import org.rensa.diagram.interaction.Tool;
import org.rensa.diagram.interaction.Viewport;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.Note;
import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.SceneBuilder;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;

/**
 * The drawing surface of the diagram editor. It translates SWT events into the headless
 * {@link Interaction} (pointer events in diagram coordinates, {@link Key}s) and {@link Viewport}
 * (zoom, scrolling, overview), turns the resulting {@link Intent}s into {@link DiagramEdits}
 * commands on the project's command stack, paints the scene with the interaction's feedback, and
 * hosts the direct-edit text and the tooltip. Zoom and scroll position are view state, never commands.
 */
public final class DiagramCanvas {

	private final Canvas canvas;
	private final SwtScenePainter painter;
	private final OverlayPainter overlay;
	private final AuditProject project;
	private final AuditProjectDocument document;
	private final Diagram diagram;
	private final CommandStack commandStack;
	private final DiagramEdits edits;
	private final boolean japanese;
	private final Consumer<List<EObject>> selectionListener;
	private final Consumer<Organization> openListener;
	private final Runnable viewListener;
	private final Viewport viewport = new Viewport();
	private final Interaction interaction;

	private Scene scene;
	private double[][] itemBounds;
	private ChainFacts facts;
	private Text editor;
	private long lastPaintNanos;
	private boolean overviewDrag;
	private Predicate<List<EObject>> deletion = elements -> true;

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
		interaction = new Interaction(diagram, viewport);
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		painter = new SwtScenePainter(canvas.getDisplay());
		overlay = new OverlayPainter(painter);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Resize, e -> {
			if (viewport.isFitted()) {
				fit(); // the view still shows the whole drawing: keep it so (e.g. the editor was maximised)
			} else {
				viewChanged();
			}
		});
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
			viewport.scrolledHorizontally(scene, canvas.getHorizontalBar().getSelection());
			canvas.redraw();
		});
		canvas.getVerticalBar().addListener(SWT.Selection, e -> {
			viewport.scrolledVertically(scene, canvas.getVerticalBar().getSelection());
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
		scene = new SceneBuilder(SupplyChainDiagram.description(), japanese, true).build(diagram, facts);
		itemBounds = SwtScenePainter.bounds(scene.items());
		interaction.refresh(DiagramFilter.visibleNodes(diagram, facts));
		viewChanged();
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
		interaction.setTool(tool);
		toolChanged();
	}

	private void toolChanged() {
		updateCursor(false);
		viewListener.run();
	}

	/** @return the active tool */
	public Tool tool() {
		return interaction.tool();
	}

	/** @return the zoom factor */
	public double zoom() {
		return viewport.zoom();
	}

	/** @return nanoseconds the last full paint took */
	public long lastPaintNanos() {
		return lastPaintNanos;
	}

	/** @return the selected notation elements */
	public List<EObject> selection() {
		return interaction.selection();
	}

	/** @return the selected edges */
	public List<Edge> selectedEdges() {
		return interaction.selectedEdges();
	}

	/** @return the selected nodes */
	public List<Node> selectedNodes() {
		return interaction.selectedNodes();
	}

	/**
	 * Selects the elements showing the given semantic elements and scrolls the first into view (the
	 * selection is not published again: it came from another view).
	 *
	 * @param semantic organisations or relationships
	 */
	public void reveal(List<?> semantic) {
		if (!interaction.reveal(semantic)) {
			return;
		}
		if (interaction.selection().get(0) instanceof Node node) {
			scrollIntoView(node);
		}
		canvas.redraw();
		viewListener.run();
	}

	/**
	 * @param elements notation elements to select (e.g. after creation)
	 */
	public void select(List<? extends EObject> elements) {
		interaction.select(elements);
		canvas.redraw();
		fireSelection();
	}

	/** Selects every visible node. */
	public void selectAll() {
		apply(interaction.key(Key.SELECT_ALL));
	}

	/**
	 * @param confirmation asked before a deletion with the notation elements to delete; deletes only
	 *                     when it answers {@code true} (without one, every deletion goes ahead)
	 */
	public void confirmDeletionWith(Predicate<List<EObject>> confirmation) {
		this.deletion = confirmation;
	}

	/** Deletes the selection (after the deletion question, see {@link #confirmDeletionWith}). */
	public void deleteSelection() {
		apply(interaction.deleteSelection());
	}

	/** Starts editing the name of the selected organisation, or the text of the selected note. */
	public void directEdit() {
		apply(interaction.editText());
	}

	// ---- view

	/** @param factor multiplies the zoom, keeping the centre of the view */
	public void zoomBy(double factor) {
		Rectangle area = canvas.getClientArea();
		viewport.zoomAt(factor, area.width / 2.0, area.height / 2.0);
		viewChanged();
		viewListener.run();
	}

	/** Shows the view a diagram opens with ({@link Viewport#open}: whole if readable, else readable from the top left). */
	public void openView() {
		Rectangle area = canvas.getClientArea();
		if (viewport.open(scene, area.width, area.height)) {
			viewChanged();
			viewListener.run();
		}
	}

	/** Zooms so that the whole drawing fits the window (never above 100 %). */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		if (viewport.fit(scene, area.width, area.height)) {
			viewChanged();
			viewListener.run();
		}
	}

	private void scrollIntoView(Shape shape) {
		Rectangle area = canvas.getClientArea();
		if (viewport.scrollIntoView(shape, area.width, area.height)) {
			viewChanged();
		}
	}

	/** Updates the scroll bars to the viewport and repaints. */
	private void viewChanged() {
		Rectangle area = canvas.getClientArea();
		scrollBar(canvas.getHorizontalBar(), viewport.horizontal(scene, area.width));
		scrollBar(canvas.getVerticalBar(), viewport.vertical(scene, area.height));
		canvas.redraw();
	}

	private static void scrollBar(ScrollBar bar, Viewport.ScrollRange range) {
		int visible = range.thumb();
		bar.setValues(range.selection(), 0, range.total(), visible, Math.max(1, visible / 20), Math.max(1, visible * 9 / 10));
	}

	/**
	 * @return the bend point handles (index 0) and segment midpoint handles (index 1) of the single
	 *         selected edge, in diagram coordinates (for tests and tools), or empty lists
	 */
	public List<List<double[]>> handles() {
		List<double[]> bends = new ArrayList<>();
		List<double[]> midpoints = new ArrayList<>();
		for (Handle handle : interaction.handles()) {
			(handle.kind() == Handle.Kind.BEND ? bends : midpoints).add(new double[] { handle.x(), handle.y() });
		}
		return List.of(bends, midpoints);
	}

	/**
	 * @param x diagram x
	 * @param y diagram y
	 * @return the pixel of the canvas showing that point at the current zoom and scroll position
	 */
	public org.eclipse.swt.graphics.Point toControl(double x, double y) {
		return new org.eclipse.swt.graphics.Point((int) Math.round(viewport.screenX(x)), (int) Math.round(viewport.screenY(y)));
	}

	/** @return the index of the selected bend point in the selected edge's route, or −1 */
	public int selectedBend() {
		return interaction.selectedBend();
	}

	// ---- painting

	private void paint(Event event) {
		long start = System.nanoTime();
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(painter.color(Rgb.of("#f7f9fb"))); //$NON-NLS-1$
		gc.fillRectangle(area);
		double zoom = viewport.zoom();
		Transform transform = new Transform(canvas.getDisplay());
		try {
			transform.scale((float) zoom, (float) zoom);
			transform.translate((float) -viewport.originX(), (float) -viewport.originY());
			gc.setTransform(transform);
			double[] clip = { viewport.diagramX(event.x) - 2, viewport.diagramY(event.y) - 2,
					viewport.diagramX(event.x + event.width) + 2, viewport.diagramY(event.y + event.height) + 2 };
			painter.paint(gc, scene.items(), itemBounds, clip);
			overlay.selection(gc, interaction, zoom);
			overlay.feedback(gc, interaction.feedback(), zoom);
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
		overlay.overview(gc, scene, viewport, area);
		lastPaintNanos = System.nanoTime() - start;
	}

	// ---- input

	private void mouseDown(Event event) {
		canvas.setFocus();
		closeEditor(true);
		if (event.button != 1) {
			return;
		}
		Rectangle area = canvas.getClientArea();
		if (viewport.overviewNavigate(scene, area.width, area.height, event.x, event.y)) {
			overviewDrag = true;
			viewChanged();
			return;
		}
		apply(interaction.press(viewport.diagramX(event.x), viewport.diagramY(event.y),
				(event.stateMask & (SWT.CTRL | SWT.SHIFT)) != 0));
		canvas.redraw();
	}

	private void mouseMove(Event event) {
		if (overviewDrag) {
			Rectangle area = canvas.getClientArea();
			if (viewport.overviewNavigate(scene, area.width, area.height, event.x, event.y)) {
				viewChanged();
			}
			return;
		}
		double x = viewport.diagramX(event.x);
		double y = viewport.diagramY(event.y);
		if (interaction.drag(x, y)) {
			canvas.redraw();
		} else {
			updateCursor(interaction.overHandle(x, y));
		}
	}

	private void updateCursor(boolean overHandle) {
		int cursor = overHandle ? SWT.CURSOR_SIZEALL : interaction.tool() == Tool.SELECT ? SWT.CURSOR_ARROW : SWT.CURSOR_CROSS;
		if (canvas.getCursor() != canvas.getDisplay().getSystemCursor(cursor)) {
			canvas.setCursor(canvas.getDisplay().getSystemCursor(cursor));
		}
	}

	private void mouseUp(Event event) {
		if (overviewDrag) {
			overviewDrag = false;
			return;
		}
		if (event.button != 1) {
			interaction.cancel();
		} else {
			apply(interaction.release(viewport.diagramX(event.x), viewport.diagramY(event.y)));
		}
		canvas.redraw();
	}

	private void doubleClick(Event event) {
		apply(interaction.doubleClick(viewport.diagramX(event.x), viewport.diagramY(event.y)));
	}

	private void wheel(Event event) {
		viewport.wheel(event.count, (event.stateMask & SWT.CTRL) != 0, (event.stateMask & SWT.SHIFT) != 0, event.x, event.y);
		event.doit = false;
		viewChanged();
		if ((event.stateMask & SWT.CTRL) != 0) {
			viewListener.run();
		}
	}

	private void key(Event event) {
		Key key = switch (event.keyCode) {
		case SWT.DEL, SWT.BS -> Key.DELETE;
		case SWT.F2 -> Key.RENAME;
		case SWT.ESC -> Key.ESCAPE;
		case SWT.ARROW_LEFT -> Key.LEFT;
		case SWT.ARROW_RIGHT -> Key.RIGHT;
		case SWT.ARROW_UP -> Key.UP;
		case SWT.ARROW_DOWN -> Key.DOWN;
		case SWT.CR, SWT.KEYPAD_CR -> Key.OPEN;
		default -> (event.stateMask & SWT.CTRL) != 0 && (event.character == 'a' || event.keyCode == 'a') ? Key.SELECT_ALL
				: event.character == '+' || event.character == '=' ? Key.ZOOM_IN
				: event.character == '-' ? Key.ZOOM_OUT : null;
		};
		if (key != null) {
			apply(interaction.key(key));
			canvas.redraw();
		}
	}

	/** Carries out what the interaction asks: edits as commands, view changes directly. */
	private void apply(List<Intent> intents) {
		for (Intent intent : intents) {
			if (intent instanceof Intent.CreateOrganization create) {
				boolean supplier = create.kind() == org.rensa.model.OrganizationKind.SUPPLIER;
				created(edits.createOrganization(create.kind(), supplier ? Messages.New_supplier : Messages.New_subcontractor,
						create.x(), create.y()));
			} else if (intent instanceof Intent.CreateNote note) {
				created(edits.createNote(Messages.New_note, note.x(), note.y()));
			} else if (intent instanceof Intent.Connect connect) {
				execute(edits.connect(connect.source(), connect.target(), connect.kind()));
			} else if (intent instanceof Intent.Move move) {
				execute(edits.move(move.shapes(), move.dx(), move.dy()));
			} else if (intent instanceof Intent.Resize resize) {
				execute(edits.resize(resize.shape(), resize.width(), resize.height()));
			} else if (intent instanceof Intent.MoveBend bend) {
				execute(edits.moveBend(bend.edge(), bend.index(), bend.x(), bend.y()));
			} else if (intent instanceof Intent.MoveSegment segment) {
				execute(edits.moveSegment(segment.edge(), segment.segment(), segment.x(), segment.y()));
			} else if (intent instanceof Intent.RemoveBend bend) {
				execute(edits.removeBend(bend.edge(), bend.index()));
			} else if (intent instanceof Intent.Delete delete) {
				if (deletion.test(delete.elements())) {
					execute(edits.delete(delete.elements()));
				}
			} else if (intent instanceof Intent.EditText edit) {
				openEditor(edit.element());
			} else if (intent instanceof Intent.Open open) {
				openListener.accept(open.organization());
			} else if (intent instanceof Intent.Reveal reveal) {
				scrollIntoView(reveal.node());
			} else if (intent instanceof Intent.Zoom zoom) {
				zoomBy(zoom.factor());
			} else if (intent instanceof Intent.SelectionChanged) {
				fireSelection();
			} else if (intent instanceof Intent.ToolChanged) {
				toolChanged();
			}
		}
	}

	/** Runs a create command, then selects what it made and edits its text. */
	private void created(Command command) {
		execute(command);
		Shape shape = DiagramEdits.createdNode(command);
		if (shape.eContainer() == diagram) {
			select(List.of(shape));
			openEditor(shape);
		}
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
		selectionListener.accept(interaction.semanticSelection());
		viewListener.run();
	}

	// ---- direct edit

	private void openEditor(EObject element) {
		Box area = HitTesting.textArea(element);
		if (area == null) {
			return;
		}
		boolean multi = element instanceof Note;
		String initial = element instanceof Note note ? note.getText() == null ? "" : note.getText() //$NON-NLS-1$
				: org.rensa.model.text.Language.of(japanese).label((Organization) ((Node) element).getElement());
		closeEditor(false);
		if (element instanceof Node node) {
			scrollIntoView(node);
		}
		double zoom = viewport.zoom();
		editor = new Text(canvas, multi ? SWT.MULTI | SWT.WRAP | SWT.BORDER : SWT.SINGLE | SWT.BORDER);
		editor.setText(initial);
		editor.setFont(painter.font(12.5 * Math.max(0.6, zoom), !multi));
		editor.setBounds((int) Math.round(viewport.screenX(area.x())), (int) Math.round(viewport.screenY(area.y())),
				(int) Math.round(area.width() * zoom), (int) Math.max(24, Math.round(area.height() * zoom)));
		editor.selectAll();
		editor.setFocus();
		editor.addListener(SWT.DefaultSelection, e -> closeEditor(true));
		editor.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				closeEditor(false);
			} else if (multi && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.CTRL) != 0) {
				closeEditor(true);
			}
		});
		editor.addListener(SWT.FocusOut, e -> closeEditor(true));
		editor.setData(element);
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
				&& !text.equals(org.rensa.model.text.Language.of(japanese).label(organization))) {
			execute(edits.rename(organization, japanese, text));
		} else if (target instanceof Note note && !text.equals(note.getText())) {
			execute(edits.editNote(note, text));
		}
	}

	/** @return whether a direct edit is open */
	public boolean isEditing() {
		return editor != null && !editor.isDisposed();
	}

	// ---- tooltip

	/**
	 * @param x screen x
	 * @param y screen y
	 * @return a tooltip for what is under the point (none while dragging): an edge's flow and the
	 *         clauses its contracts lack, an organisation's name in the other language
	 */
	public String tooltipAt(int x, int y) {
		EObject hit = interaction.tooltipTarget(viewport.diagramX(x), viewport.diagramY(y));
		if (hit instanceof Edge edge && edge.getElement() instanceof Relationship relationship) {
			List<String> missing = facts.missingClauses(relationship);
			String text = SupplyChainDiagram.flowLabel(relationship, japanese);
			if (!missing.isEmpty()) {
				text += (text.isEmpty() ? "" : "\n") + NLS.bind(Messages.Missing_clauses, String.join(", ", missing)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return text.isEmpty() ? null : text;
		}
		if (hit instanceof Node node && node.getElement() instanceof Organization organization) {
			return org.rensa.model.text.Language.of(!japanese).label(organization);
		}
		return null;
	}
}
