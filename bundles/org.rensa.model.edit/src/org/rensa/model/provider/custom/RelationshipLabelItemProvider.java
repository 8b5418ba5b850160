// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.provider.custom;

import java.util.Locale;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RensaPackage;
import org.rensa.model.provider.RelationshipItemProvider;

/**
 * The item provider of {@link Relationship} with a readable label, {@code From → To (kind)}, instead
 * of the generated {@code Relationship <uuid>}. Hand-written (the generated code in {@code src-gen}
 * is replaced wholesale on every regeneration, so {@code @generated NOT} would not survive there).
 */
public class RelationshipLabelItemProvider extends RelationshipItemProvider {

	/** Shown for a missing end of the relationship. */
	private static final String UNKNOWN = "?"; //$NON-NLS-1$

	/**
	 * @param adapterFactory the adapter factory that created this provider
	 */
	public RelationshipLabelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * @return {@code From → To (kind)}, with the organisations' names in the current language and the
	 *         localised kind; without the kind when it is unset
	 */
	@Override
	public String getText(Object object) {
		Relationship relationship = (Relationship) object;
		StringBuilder text = new StringBuilder();
		text.append(nameOf(relationship.getFrom())).append(" \u2192 ").append(nameOf(relationship.getTo())); //$NON-NLS-1$
		if (relationship.getKind() != null) {
			text.append(" (").append(getString("_UI_RelationshipKind_" + relationship.getKind().getName() + "_literal")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append(')');
		}
		return text.toString();
	}

	/** Also refreshes the label when an end of the relationship changes. */
	@Override
	public void notifyChanged(Notification notification) {
		switch (notification.getFeatureID(Relationship.class)) {
			case RensaPackage.RELATIONSHIP__FROM:
			case RensaPackage.RELATIONSHIP__TO:
				updateChildren(notification);
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			default:
				super.notifyChanged(notification);
		}
	}

	/**
	 * @param organization an organisation or {@code null}
	 * @return its Japanese name in a Japanese locale when there is one, else its name, else {@code ?}
	 */
	static String nameOf(Organization organization) {
		if (organization == null) {
			return UNKNOWN;
		}
		String english = organization.getName();
		String japanese = organization.getNameJa();
		if ("ja".equals(Locale.getDefault().getLanguage()) && japanese != null && !japanese.isBlank()) { //$NON-NLS-1$
			return japanese;
		}
		if (english != null && !english.isBlank()) {
			return english;
		}
		return japanese != null && !japanese.isBlank() ? japanese : UNKNOWN;
	}
}
