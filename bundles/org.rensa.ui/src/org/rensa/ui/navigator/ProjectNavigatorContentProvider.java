// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.navigator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.rensa.model.AuditProject;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.ui.emf.ItemTreeContentProvider;

/**
 * Content of the project navigator: category nodes at the top (organisations grouped by tier,
 * contracts, checklists, assessments, visits, findings); below them the model elements with the
 * children their EMF.Edit item providers report.
 */
public final class ProjectNavigatorContentProvider implements ITreeContentProvider {

	private final ItemTreeContentProvider items;

	/**
	 * @param items the generic EMF.Edit content provider used below the category nodes
	 */
	public ProjectNavigatorContentProvider(ItemTreeContentProvider items) {
		this.items = items;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof AuditProject project ? NavigatorCategory.topLevel(project).toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof NavigatorCategory category) {
			return category.children().toArray();
		}
		return items.getChildren(parent);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof NavigatorCategory category) {
			return category.kind() == NavigatorCategory.Kind.TIER
					? new NavigatorCategory(category.project(), NavigatorCategory.Kind.ORGANIZATIONS, 0)
					: category.project();
		}
		if (element instanceof Organization organization && organization.eContainer() instanceof AuditProject) {
			return NavigatorCategory.tierGroupOf(organization);
		}
		if (element instanceof EObject object && object.eContainer() instanceof AuditProject project) {
			NavigatorCategory.Kind kind = categoryKindOf(object);
			return kind == null ? project : new NavigatorCategory(project, kind, 0);
		}
		return items.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof NavigatorCategory category) {
			return category.elementCount() > 0;
		}
		return items.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		items.inputChanged(viewer, oldInput, newInput);
	}

	@Override
	public void dispose() {
		items.dispose();
	}

	private static NavigatorCategory.Kind categoryKindOf(EObject object) {
		var feature = object.eContainingFeature();
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__RELATIONSHIPS) {
			return NavigatorCategory.Kind.RELATIONSHIPS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__CAMPAIGNS) {
			return NavigatorCategory.Kind.CAMPAIGNS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__REMEDIATION_ACTIONS) {
			return NavigatorCategory.Kind.ACTIONS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__CONTRACTS) {
			return NavigatorCategory.Kind.CONTRACTS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS) {
			return NavigatorCategory.Kind.CHECKLISTS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__ASSESSMENTS) {
			return NavigatorCategory.Kind.ASSESSMENTS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__VISITS) {
			return NavigatorCategory.Kind.VISITS;
		}
		if (feature == RensaPackage.Literals.AUDIT_PROJECT__FINDINGS) {
			return NavigatorCategory.Kind.FINDINGS;
		}
		return null;
	}
}
