// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.provider.custom;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.rensa.model.Relationship;
import org.rensa.model.RensaPackage;
import org.rensa.model.provider.RelationshipItemProvider;
import org.rensa.model.text.Language;

/**
 * The item provider of {@link Relationship} with a readable label, {@code From → To (kind)}, instead
 * of the generated {@code Relationship <uuid>}. Hand-written (the generated code in {@code src-gen}
 * is replaced wholesale on every regeneration, so {@code @generated NOT} would not survive there).
 */
public class RelationshipLabelItemProvider extends RelationshipItemProvider {

	/**
	 * @param adapterFactory the adapter factory that created this provider
	 */
	public RelationshipLabelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * @return {@code From → To (kind)}, with the organisations' names and the kind in the UI language
	 *         ({@link Language#label(org.eclipse.emf.ecore.EObject)})
	 */
	@Override
	public String getText(Object object) {
		return Language.ui().label((Relationship) object);
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
}
