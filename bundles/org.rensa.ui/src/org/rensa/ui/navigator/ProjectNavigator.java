// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.navigator;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.rensa.model.Organization;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.edit.ElementMenu;
import org.rensa.ui.emf.ItemImages;
import org.rensa.ui.emf.ItemLabelProviderBridge;
import org.rensa.ui.emf.ItemTreeContentProvider;
import org.rensa.ui.session.ProjectSession;

/**
 * The project navigator tree as a reusable widget: shows a {@link ProjectSession}'s project with
 * {@link NavigatorCategory} nodes, follows every command on the project's command stack (tiers
 * change when relationships change), and reports the selected model element, double-clicked
 * organisations and other double-clicked model elements to callbacks.
 */
public final class ProjectNavigator extends Composite {

	private final TreeViewer viewer;
	private final ElementMenu elementMenu;
	private final Runnable sessionListener = this::refresh;
	private ProjectSession session;
	private Consumer<Object> selectionCallback = selected -> { };
	private Consumer<Organization> openCallback = organization -> { };
	private Consumer<EObject> openElementCallback = element -> { };

	/**
	 * @param parent the parent composite
	 * @param style  SWT style bits of this composite
	 */
	public ProjectNavigator(Composite parent, int style) {
		super(parent, style);
		setLayout(new FillLayout());
		viewer = new TreeViewer(this, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.addSelectionChangedListener(event -> selectionCallback
				.accept(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addDoubleClickListener(this::doubleClicked);
		elementMenu = new ElementMenu(viewer.getControl(), () -> session, this::selectedElement).withDeleteKey()
				.onOpen(this::open).onCreated(created -> {
					refresh();
					reveal(created);
					if (created instanceof Organization || created instanceof org.rensa.model.Contract) {
						open(created);
					}
				});
		addDisposeListener(event -> setSession(null));
	}

	/** @return the context menu's actions (New, Duplicate, Delete) on the selected element */
	public ElementMenu elementMenu() {
		return elementMenu;
	}

	private EObject selectedElement() {
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return selected instanceof EObject element ? element : null;
	}

	/**
	 * @param newSession the project to show, or {@code null} to show nothing
	 */
	public void setSession(ProjectSession newSession) {
		if (session != null) {
			session.removeChangeListener(sessionListener);
		}
		session = newSession;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (session == null) {
			if (viewer.getContentProvider() != null) {
				viewer.setInput(null);
			}
			return;
		}
		ItemTreeContentProvider items = new ItemTreeContentProvider(session.adapterFactory());
		viewer.setContentProvider(new ProjectNavigatorContentProvider(items));
		viewer.setLabelProvider(new NavigatorLabels(new ItemLabelProviderBridge(session.adapterFactory(), viewer.getControl())));
		viewer.setInput(session.project());
		viewer.expandToLevel(new NavigatorCategory(session.project(), NavigatorCategory.Kind.ORGANIZATIONS, 0), 1);
		session.addChangeListener(sessionListener);
	}

	/** @param callback receives the selected element (a model object, a category node or {@code null}) */
	public void onSelection(Consumer<Object> callback) {
		this.selectionCallback = callback;
	}

	/**
	 * @param callback receives the other model elements the user double-clicks (contracts, …), for
	 *                 editors contributed by other bundles
	 */
	public void onOpenElement(Consumer<EObject> callback) {
		this.openElementCallback = callback;
	}

	/** @param callback receives organisations the user double-clicks (to open their editor) */
	public void onOpenOrganization(Consumer<Organization> callback) {
		this.openCallback = callback;
	}

	/**
	 * Selects and reveals a model element.
	 *
	 * @param element the element to select
	 */
	public void reveal(EObject element) {
		viewer.setSelection(new StructuredSelection(element), true);
	}

	/** Re-reads the tree from the model (keeping expansion). */
	public void refresh() {
		if (!viewer.getControl().isDisposed() && viewer.getInput() != null) {
			viewer.refresh();
		}
	}

	/** @return the JFace tree viewer */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public boolean setFocus() {
		return viewer.getControl().setFocus();
	}

	private void doubleClicked(DoubleClickEvent event) {
		open(((IStructuredSelection) event.getSelection()).getFirstElement());
	}

	/**
	 * Does what a double-click on the element does: opens an organisation's editor, hands other
	 * model elements to the {@link #onOpenElement(Consumer)} callback, and toggles the expansion of
	 * elements with children.
	 *
	 * @param element a tree element, or {@code null}
	 */
	public void open(Object element) {
		if (element instanceof Organization organization) {
			openCallback.accept(organization);
			return;
		}
		if (element instanceof EObject object) {
			openElementCallback.accept(object);
		}
		if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private final class NavigatorLabels extends LabelProvider {
		private final ItemLabelProviderBridge items;
		private final ItemImages images = new ItemImages(viewer.getControl());
		private final Image folder = images.imageFor(ImageDescriptor.createFromURL(
				ProjectNavigator.class.getResource("/icons/category.png"))); //$NON-NLS-1$

		NavigatorLabels(ItemLabelProviderBridge items) {
			this.items = items;
			items.addListener(event -> fireLabelProviderChanged(event));
		}

		@Override
		public String getText(Object element) {
			if (element instanceof NavigatorCategory category) {
				return category.label();
			}
			if (element instanceof Organization organization) {
				return Language.ui().label(organization);
			}
			return items.getText(element);
		}

		@Override
		public Image getImage(Object element) {
			return element instanceof NavigatorCategory ? folder : items.getImage(element);
		}

		@Override
		public void dispose() {
			items.dispose();
			super.dispose();
		}
	}
}
