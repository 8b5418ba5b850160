// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.rensa.core.io.AtomicFiles;
import org.rensa.diagram.DiagramExport;
import org.rensa.diagram.SupplyChainLayout;
import org.rensa.diagram.description.Layer;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.description.SupplyChainDiagram;
import org.rensa.diagram.interaction.Tool;
import org.rensa.diagram.notation.Diagram;
import org.rensa.diagram.notation.Filter;
import org.rensa.diagram.notation.Node;
import org.rensa.diagram.notation.NotationFactory;
import org.rensa.model.Organization;
import org.rensa.ui.RensaUi;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.editor.OrganizationEditors;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The supply-chain diagram editor: a palette (Select, Supplier, Subcontractor, Supply link,
 * Subcontract link, Note), a tool bar (arrange, reset route, zoom, layers, filters, export) and the
 * canvas. The diagram follows the project live; every change of it, layers and filters included, is
 * a command on the project's stack, and the project's Save writes it with the model, in the same
 * atomic swap ({@code DIR/model/diagrams/supply-chain.rensadiagram}).
 */
public final class DiagramEditorPart {

	private ProjectSession session;
	private Diagram diagram;
	private DiagramCanvas canvas;
	private Label status;
	private DiagramDocument document;
	private boolean publishing;
	private final List<Image> images = new ArrayList<>();
	private final List<ToolItem> toolItems = new ArrayList<>();
	private final List<ToolItem> layerItems = new ArrayList<>();
	private final Runnable sessionListener = this::sessionChanged;
	private Composite root;

	@Inject
	private ESelectionService selectionService;
	@Inject
	private MApplication application;
	@Inject
	private EModelService modelService;
	@Inject
	private EPartService partService;
	@Inject
	@Optional
	private IEventBroker eventBroker;
	@Inject
	private MPart part;

	/**
	 * @param parent  the part's composite
	 * @param session the open project, if any
	 */
	@PostConstruct
	public void create(Composite parent, @Optional ProjectSession session) {
		this.session = session;
		root = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		root.setLayout(layout);
		if (session == null) {
			new Label(root, SWT.WRAP).setText(Messages.Error_noProject);
			return;
		}
		part.setLabel(partLabel());
		try {
			document = DiagramDocument.of(session);
			diagram = document.diagram();
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			showLoadError(e);
			return;
		}
		build();
	}

	private static String partLabel() {
		return Messages.Error_title;
	}

	private void showLoadError(Exception error) {
		Label message = new Label(root, SWT.WRAP);
		message.setText(NLS.bind(Messages.Error_load, DiagramDocument.storedFile(session.document()),
				RensaUi.oneLine(error)));
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Button reset = new Button(root, SWT.PUSH);
		reset.setText(Messages.Error_reset);
		reset.addListener(SWT.Selection, e -> {
			for (Control child : root.getChildren()) {
				child.dispose();
			}
			document = DiagramDocument.replaceUnreadable(session);
			diagram = document.diagram();
			build();
			root.layout(true, true);
		});
	}

	private void build() {
		boolean japanese = org.rensa.model.text.Language.ui().isJapanese();
		// Tool bar groups in a wrapping row: GTK tool bars do not wrap, and a narrow editor would
		// otherwise hide the filters and exports.
		Composite bar = new Composite(root, SWT.NONE);
		org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginTop = rows.marginBottom = rows.marginLeft = rows.marginRight = 0;
		rows.spacing = 8;
		bar.setLayout(rows);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		ToolBar actions = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		ToolBar view = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		ToolBar layers = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		ToolBar output = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);

		Composite body = new Composite(root, SWT.NONE);
		GridLayout bodyLayout = new GridLayout(2, false);
		bodyLayout.marginWidth = bodyLayout.marginHeight = 0;
		bodyLayout.horizontalSpacing = 0;
		body.setLayout(bodyLayout);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		ToolBar palette = new ToolBar(body, SWT.FLAT | SWT.VERTICAL | SWT.RIGHT);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));

		DiagramEdits edits = new DiagramEdits(session.editingDomain(), session.project(), diagram);
		canvas = new DiagramCanvas(body, session.document(), diagram, session.commandStack(), edits, japanese,
				this::publishSelection, this::openOrganization, this::updateStatus);
		// Open, New, Duplicate on the selected organisation or relationship; Delete is the diagram's own
		// (it removes the shapes in the same command), after the workbench's deletion question
		ElementMenu menu = new ElementMenu(canvas.control(), () -> session, this::selectedSemantic).onOpen(element -> {
			if (element instanceof Organization organization) {
				openOrganization(organization);
			}
		}).withOwnDelete(canvas::deleteSelection);
		canvas.confirmDeletionWith(shapes -> menu.confirmDeletion(semanticOf(shapes)));
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.control().addListener(SWT.MouseHover,
				e -> canvas.control().setToolTipText(canvas.tooltipAt(e.x, e.y)));

		status = new Label(root, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));

		paletteTool(palette, Tool.SELECT, Messages.Tool_select, icon("select")); //$NON-NLS-1$
		paletteTool(palette, Tool.SUPPLIER, Messages.Tool_supplier, icon("supplier")); //$NON-NLS-1$
		paletteTool(palette, Tool.SUBCONTRACTOR, Messages.Tool_subcontractor, icon("subcontractor")); //$NON-NLS-1$
		paletteTool(palette, Tool.SUPPLY_LINK, Messages.Tool_supplyLink, icon("supply")); //$NON-NLS-1$
		paletteTool(palette, Tool.SUBCONTRACT_LINK, Messages.Tool_subcontractLink, icon("subcontract")); //$NON-NLS-1$
		paletteTool(palette, Tool.NOTE, Messages.Tool_note, icon("note")); //$NON-NLS-1$
		toolItems.get(0).setSelection(true);

		// Pinned nodes (placed or moved by the user) stay put, and so do the routes the user drew between
		// them; "Arrange selection" unpins what it arranges (Ctrl+A first for a completely new layout).
		action(actions, Messages.Action_arrangeAll, () -> canvas.execute(
				edits.layout(Messages.Command_arrange, () -> SupplyChainLayout.arrangeAll(diagram, canvas.facts()))));
		new ToolItem(actions, SWT.SEPARATOR);
		action(actions, Messages.Action_arrangeSelection, () -> {
			List<Node> nodes = canvas.selectedNodes();
			if (nodes.size() > 1) {
				canvas.execute(edits.layout(Messages.Command_arrange, () -> {
					for (Node node : nodes) {
						node.setPinned(false);
					}
					SupplyChainLayout.arrangeSelection(diagram, canvas.facts(), nodes);
				}));
			}
		});
		new ToolItem(actions, SWT.SEPARATOR);
		action(actions, Messages.Action_resetRoute, () -> canvas.execute(edits.resetRoute(canvas.selectedEdges())));
		action(view, Messages.Action_zoomIn, () -> canvas.zoomBy(1.25));
		new ToolItem(view, SWT.SEPARATOR);
		action(view, Messages.Action_zoomOut, () -> canvas.zoomBy(0.8));
		new ToolItem(view, SWT.SEPARATOR);
		action(view, Messages.Action_fit, canvas::fit);
		ToolItem layersLabel = new ToolItem(layers, SWT.PUSH);
		layersLabel.setText(Messages.Layers_label);
		layersLabel.setEnabled(false);
		for (Layer layer : SupplyChainDiagram.description().layers()) {
			ToolItem item = new ToolItem(layers, SWT.CHECK);
			item.setText(layer.label(japanese));
			item.setSelection(diagram.getActiveLayers().contains(layer.id()));
			item.setData(layer.id());
			layerItems.add(item);
			item.addListener(SWT.Selection, e -> viewChange(Messages.Command_layers, () -> {
				if (item.getSelection()) {
					if (!diagram.getActiveLayers().contains(layer.id())) {
						List<String> ordered = new ArrayList<>(diagram.getActiveLayers());
						ordered.add(layer.id());
						diagram.getActiveLayers().clear();
						for (Layer known : SupplyChainDiagram.description().layers()) {
							if (ordered.contains(known.id())) {
								diagram.getActiveLayers().add(known.id());
							}
						}
					}
				} else {
					diagram.getActiveLayers().remove(layer.id());
				}
			}));
		}
		ToolItem filters = new ToolItem(output, SWT.DROP_DOWN);
		filters.setText(Messages.Action_filters);
		Menu filterMenu = new Menu(output.getShell(), SWT.POP_UP);
		filters.addListener(SWT.Selection, e -> {
			fillFilterMenu(filterMenu);
			Point at = output.toDisplay(filters.getBounds().x, filters.getBounds().y + filters.getBounds().height);
			filterMenu.setLocation(at);
			filterMenu.setVisible(true);
		});
		new ToolItem(output, SWT.SEPARATOR);
		action(output, Messages.Action_exportSvg, () -> export(false));
		new ToolItem(output, SWT.SEPARATOR);
		action(output, Messages.Action_exportPng, () -> export(true));

		session.addChangeListener(sessionListener);
		root.getDisplay().asyncExec(() -> {
			if (canvas != null && !canvas.control().isDisposed()) {
				canvas.openView();
			}
		});
		updateStatus();
	}

	private void paletteTool(ToolBar palette, Tool tool, String text, Image image) {
		ToolItem item = new ToolItem(palette, SWT.RADIO);
		item.setText(text);
		item.setImage(image);
		item.setData(tool);
		item.addListener(SWT.Selection, e -> {
			if (item.getSelection()) {
				canvas.setTool(tool);
				canvas.control().setFocus();
			}
		});
		toolItems.add(item);
	}

	private static void action(ToolBar bar, String text, Runnable run) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> run.run());
	}

	private void fillFilterMenu(Menu menu) {
		for (MenuItem item : menu.getItems()) {
			item.dispose();
		}
		Filter filter = diagram.getFilter();
		MenuItem all = new MenuItem(menu, SWT.RADIO);
		all.setText(Messages.Filter_allTiers);
		all.setSelection(filter == null || !filter.isSetMaxTier());
		all.addListener(SWT.Selection, e -> {
			if (all.getSelection()) {
				viewChange(Messages.Command_filter, () -> filter().unsetMaxTier());
			}
		});
		for (int tier = 1; tier <= 4; tier++) {
			int max = tier;
			MenuItem item = new MenuItem(menu, SWT.RADIO);
			item.setText(NLS.bind(Messages.Filter_maxTier, tier));
			item.setSelection(filter != null && filter.isSetMaxTier() && filter.getMaxTier() == tier);
			item.addListener(SWT.Selection, e -> {
				if (item.getSelection()) {
					viewChange(Messages.Command_filter, () -> filter().setMaxTier(max));
				}
			});
		}
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem below = new MenuItem(menu, SWT.PUSH);
		List<Node> selected = canvas.selectedNodes();
		boolean clear = filter != null && filter.getRootId() != null;
		below.setText(clear ? Messages.Filter_belowClear : Messages.Filter_below);
		below.setEnabled(clear || selected.size() == 1);
		below.addListener(SWT.Selection, e -> viewChange(Messages.Command_filter,
				() -> filter().setRootId(clear ? null : selected.get(0).getSemanticId())));
		MenuItem sensitive = new MenuItem(menu, SWT.CHECK);
		sensitive.setText(Messages.Filter_sensitive);
		sensitive.setSelection(filter != null && filter.isSensitiveOnly());
		boolean sensitiveOnly = filter == null || !filter.isSensitiveOnly();
		sensitive.addListener(SWT.Selection,
				e -> viewChange(Messages.Command_filter, () -> filter().setSensitiveOnly(sensitiveOnly)));
	}

	private Filter filter() {
		if (diagram.getFilter() == null) {
			diagram.setFilter(NotationFactory.eINSTANCE.createFilter());
		}
		return diagram.getFilter();
	}

	/**
	 * Layers and filters are kept in the diagram: changing them is an undoable command saved with the
	 * project's next save, but view state: it does not make the project dirty.
	 */
	private void viewChange(String label, Runnable change) {
		canvas.execute(new DiagramEdits(session.editingDomain(), session.project(), diagram).viewState(label, change));
	}

	private void export(boolean png) {
		FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { png ? "*.png" : "*.svg" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName("supply-chain" + (png ? ".png" : ".svg")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target == null) {
			return;
		}
		boolean japanese = org.rensa.model.text.Language.ui().isJapanese();
		try {
			byte[] bytes = png ? DiagramExport.png(diagram, canvas.facts(), japanese, 2)
					: DiagramExport.svg(diagram, canvas.facts(), japanese);
			AtomicFiles.write(Path.of(target), bytes);
		} catch (IOException | RuntimeException e) {
			RensaUi.log(e);
			MessageDialog.openError(root.getShell(), Messages.Error_title, NLS.bind(Messages.Error_export, RensaUi.oneLine(e)));
		}
	}

	private void sessionChanged() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		// The document (registered first) has already synchronised the diagram.
		Exception error = document.takeError();
		if (error != null) {
			MessageDialog.openError(root.getShell(), Messages.Error_title,
					NLS.bind(Messages.Error_follow, RensaUi.oneLine(error)));
		}
		for (ToolItem item : layerItems) {
			item.setSelection(diagram.getActiveLayers().contains(item.getData()));
		}
		canvas.refresh();
		updateStatus();
	}

	private void publishSelection(List<EObject> semantic) {
		publishing = true;
		try {
			selectionService.setSelection(semantic.isEmpty() ? null
					: semantic.size() == 1 ? semantic.get(0) : new StructuredSelection(semantic));
		} finally {
			publishing = false;
		}
		if (semantic.size() == 1 && eventBroker != null) {
			eventBroker.post(RensaUi.TOPIC_REVEAL, semantic.get(0));
		}
	}

	/**
	 * Follows the selection of other parts (navigator, problems): the diagram selects and shows
	 * the organisations and relationships selected there.
	 *
	 * @param selection the active selection
	 */
	@Inject
	@Optional
	public void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (publishing || canvas == null || canvas.control().isDisposed() || selection == null
				|| partService.getActivePart() == part) {
			return;
		}
		List<?> elements = selection instanceof IStructuredSelection structured ? structured.toList()
				: selection instanceof List<?> list ? list : List.of(selection);
		canvas.reveal(elements);
	}

	private static List<EObject> semanticOf(List<EObject> shapes) {
		List<EObject> semantic = new ArrayList<>();
		for (EObject shape : shapes) {
			EObject element = shape instanceof Node node ? node.getElement()
					: shape instanceof org.rensa.diagram.notation.Edge edge ? edge.getElement() : null;
			if (element != null && !semantic.contains(element)) {
				semantic.add(element);
			}
		}
		return semantic;
	}

	private EObject selectedSemantic() {
		List<EObject> semantic = semanticOf(canvas.selection());
		return semantic.isEmpty() ? null : semantic.get(0);
	}

	private void openOrganization(Organization organization) {
		OrganizationEditors.open(organization, session, application, modelService, partService);
	}

	private void updateStatus() {
		if (status == null || status.isDisposed()) {
			return;
		}
		status.setText(" " + NLS.bind(Messages.Status, new Object[] { diagram.getNodes().size(), //$NON-NLS-1$
				diagram.getEdges().size(), Math.round(canvas.zoom() * 100) }) + "   \u00b7   " + Messages.Status_hint); //$NON-NLS-1$
		for (ToolItem item : toolItems) {
			item.setSelection(item.getData() == canvas.tool());
		}
	}

	/** @return the canvas, for tests */
	public DiagramCanvas canvas() {
		return canvas;
	}

	/** @return the diagram shown, for tests */
	public Diagram diagram() {
		return diagram;
	}

	/** Gives the canvas the keyboard focus. */
	@Focus
	public void setFocus() {
		if (canvas != null && !canvas.control().isDisposed()) {
			canvas.control().setFocus();
		} else if (root != null && !root.isDisposed()) {
			root.setFocus();
		}
	}

	/** Stops following the project. */
	@PreDestroy
	public void dispose() {
		if (session != null) {
			session.removeChangeListener(sessionListener);
		}
		images.forEach(Image::dispose);
		images.clear();
	}

	private Image icon(String kind) {
		Display display = root.getDisplay();
		Image image = new Image(display, 16, 16);
		GC gc = new GC(image);
		try {
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
			gc.fillRectangle(0, 0, 16, 16);
			switch (kind) {
			case "supplier", "subcontractor" -> { //$NON-NLS-1$ //$NON-NLS-2$
				Rgb accent = kind.equals("supplier") ? SupplyChainDiagram.SUPPLIER : SupplyChainDiagram.SUBCONTRACTOR; //$NON-NLS-1$
				gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.fillRoundRectangle(1, 3, 14, 10, 4, 4);
				gc.setForeground(new org.eclipse.swt.graphics.Color(display, accent.red(), accent.green(), accent.blue()));
				gc.drawRoundRectangle(1, 3, 14, 10, 4, 4);
				gc.setBackground(new org.eclipse.swt.graphics.Color(display, accent.red(), accent.green(), accent.blue()));
				gc.fillRectangle(2, 4, 3, 9);
			}
			case "supply", "subcontract" -> { //$NON-NLS-1$ //$NON-NLS-2$
				gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.setLineWidth(2);
				if (kind.equals("subcontract")) { //$NON-NLS-1$
					gc.setLineStyle(SWT.LINE_DOT);
				}
				gc.drawLine(1, 12, 11, 4);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.fillPolygon(new int[] { 15, 1, 8, 3, 12, 8 });
			}
			case "note" -> { //$NON-NLS-1$
				gc.setBackground(new org.eclipse.swt.graphics.Color(display, 255, 243, 190));
				gc.fillRectangle(2, 2, 12, 12);
				gc.setForeground(new org.eclipse.swt.graphics.Color(display, 200, 176, 90));
				gc.drawRectangle(2, 2, 12, 12);
				gc.drawLine(4, 6, 11, 6);
				gc.drawLine(4, 9, 11, 9);
			}
			default -> {
				gc.setBackground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
				gc.fillPolygon(new int[] { 4, 1, 4, 14, 7, 11, 10, 15, 12, 14, 9, 10, 13, 10 });
			}
			}
		} finally {
			gc.dispose();
		}
		images.add(image);
		return image;
	}
}
