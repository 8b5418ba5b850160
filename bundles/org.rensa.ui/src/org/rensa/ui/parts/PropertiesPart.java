// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.parts;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.rensa.ui.emf.PropertyTable;
import org.rensa.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Properties part: shows and edits the selected model element through a
 * {@link PropertyTable}. Selections that are not model elements of the open project (category
 * nodes, the part's own empty selection) leave the table as it is; when the element shown is deleted,
 * the table shows the project.
 */
public final class PropertiesPart {

	private PropertyTable table;
	private ProjectSession session;
	private ProjectSession listenedTo;
	/** An element deleted (from any view) leaves the table: the project is shown instead. */
	private final Runnable followDeletions = () -> {
		if (table != null && !table.isDisposed() && session != null && table.getInput() != null
				&& table.getInput().eClass().getEPackage() == org.rensa.model.RensaPackage.eINSTANCE
				&& org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(table.getInput()) != session.project()) {
			table.setInput(session.project());
		}
	};

	/**
	 * @param parent the part's composite
	 */
	@PostConstruct
	public void create(Composite parent) {
		table = new PropertyTable(parent, SWT.NONE);
		connect();
	}

	/**
	 * @param newSession the open project, or {@code null}
	 */
	@Inject
	public void setSession(@Optional ProjectSession newSession) {
		session = newSession;
		connect();
	}

	/**
	 * @param selection the active part's selection
	 */
	@Inject
	public void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		Object element = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : selection;
		if (table == null || table.isDisposed() || session == null || !(element instanceof EObject object)
				|| object.eResource() == null || object.eResource().getResourceSet() != session.document().getResourceSet()) {
			return;
		}
		table.setInput(object);
	}

	/** Stops following the project. */
	@PreDestroy
	public void dispose() {
		if (listenedTo != null) {
			listenedTo.removeChangeListener(followDeletions);
			listenedTo = null;
		}
	}

	/** Gives the table the focus. */
	@Focus
	public void setFocus() {
		table.getViewer().getControl().setFocus();
	}

	private void connect() {
		if (table == null || table.isDisposed()) {
			return;
		}
		if (listenedTo != null) {
			listenedTo.removeChangeListener(followDeletions);
		}
		listenedTo = session;
		if (session != null) {
			session.addChangeListener(followDeletions);
		}
		if (session == null) {
			table.setEditing(null, null);
		} else {
			table.setEditing(session.adapterFactory(), session.editingDomain());
			table.setInput(session.project());
		}
	}
}
