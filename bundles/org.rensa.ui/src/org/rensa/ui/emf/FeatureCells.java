// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Finds the {@link FeatureCell} of one feature of an object. */
public final class FeatureCells {

	private FeatureCells() {
	}

	/**
	 * @param adapterFactory the adapter factory providing {@link IItemPropertySource}s
	 * @param owner          the object
	 * @param feature        one of its features
	 * @return the cell, or {@code null} if the object's item provider has no descriptor for the feature
	 */
	public static FeatureCell of(AdapterFactory adapterFactory, EObject owner, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(owner, IItemPropertySource.class);
		if (source == null) {
			return null;
		}
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
			if (descriptor.getFeature(owner) == feature) {
				return new FeatureCell(owner, descriptor);
			}
		}
		return null;
	}
}
