// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.overview;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.rensa.core.analysis.Attention;
import org.rensa.core.analysis.Attention.Item;
import org.rensa.core.analysis.Attention.Kind;
import org.rensa.core.analysis.Attention.Urgency;
import org.rensa.model.Certification;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.text.Language;
import org.rensa.ui.Messages;
import org.rensa.ui.session.ProjectSession;

/**
 * The project overview: what needs attention today ({@link Attention}), grouped by kind with counts, in
 * the UI language; double-click or Enter on a line hands its element to the open callback. Refreshes
 * itself on every command, undo, redo and save of the session.
 */
public final class OverviewTree extends Composite {

	/** A group of the tree: one kind and its items. */
	public record Group(Kind kind, List<Item> items) {
	}

	private final TreeViewer viewer;
	private final Label summary;
	private final Clock clock;
	private final Runnable refresher = this::refresh;
	private ProjectSession session;
	private List<Group> groups = List.of();
	private Consumer<Item> openCallback = item -> { };

	/**
	 * @param parent the parent composite
	 * @param style  SWT style bits of this composite
	 * @param clock  gives today's date
	 */
	public OverviewTree(Composite parent, int style, Clock clock) {
		super(parent, style);
		this.clock = clock;
		setLayout(GridLayoutFactory.fillDefaults().margins(0, 2).create());
		summary = new Label(this, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(summary);
		viewer = new TreeViewer(this, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return groups.toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof Group group ? group.items().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Group group && !group.items().isEmpty();
			}
		});
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group group) {
					return NLS.bind(Messages.Overview_group, group.kind().title().render(Language.ui()),
							Integer.valueOf(group.items().size()));
				}
				return ((Item) element).text(Language.ui());
			}

			@Override
			public Image getImage(Object element) {
				Urgency urgency = element instanceof Item item ? item.urgency() : null;
				if (urgency == null) {
					return null;
				}
				return JFaceResources.getImage(urgency == Urgency.HIGH ? Dialog.DLG_IMG_MESSAGE_ERROR
						: Dialog.DLG_IMG_MESSAGE_WARNING);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof Item ? Messages.Overview_openHint : null;
			}
		});
		viewer.addOpenListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Item item) {
				openCallback.accept(item);
			} else if (selected instanceof Group group) {
				viewer.setExpandedState(group, !viewer.getExpandedState(group));
			}
		});
		viewer.setInput(this);
		addDisposeListener(event -> setSession(null));
		refresh();
	}

	/**
	 * @param newSession the open project, or {@code null}
	 */
	public void setSession(ProjectSession newSession) {
		if (session != null) {
			session.removeChangeListener(refresher);
		}
		session = newSession;
		if (session != null) {
			session.addChangeListener(refresher);
		}
		if (!isDisposed()) {
			refresh();
		}
	}

	/** Computes the items again from the session's project. */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		Map<Kind, List<Item>> byKind = new EnumMap<>(Kind.class);
		int count = 0;
		if (session != null) {
			for (Item item : Attention.of(session.document(), clock)) {
				byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
				count++;
			}
		}
		List<Group> result = new ArrayList<>();
		byKind.forEach((kind, items) -> result.add(new Group(kind, List.copyOf(items))));
		groups = List.copyOf(result);
		viewer.refresh();
		viewer.expandAll();
		summary.setText(session == null ? Messages.Overview_noProject
				: count == 0 ? Messages.Overview_nothing : NLS.bind(Messages.Overview_summary, Integer.valueOf(count)));
		layout(true);
	}

	/** @return the groups shown, in kind order */
	public List<Group> groups() {
		return groups;
	}

	/** @return the tree viewer */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @param callback receives the item of a line opened by double-click or Enter */
	public void onOpen(Consumer<Item> callback) {
		this.openCallback = callback;
	}

	@Override
	public boolean setFocus() {
		return viewer.getControl().setFocus();
	}

	/**
	 * Where to act on an item's element: the element itself for what an editor of its own shows
	 * (responses, contracts, organisations), else the organisation it belongs to (a certification's
	 * holder, a relationship's sender, a remediation action's organisation).
	 *
	 * @param element an item's element
	 * @return the element to open
	 */
	public static EObject placeToAct(EObject element) {
		if (element instanceof Certification certification && certification.eContainer() instanceof Organization holder) {
			return holder;
		}
		if (element instanceof Relationship relationship && relationship.getFrom() != null) {
			return relationship.getFrom();
		}
		if (element instanceof RemediationAction action && action.getFinding() != null
				&& action.getFinding().getOrganization() != null) {
			return action.getFinding().getOrganization();
		}
		return element;
	}
}
