// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.provider.custom;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.rensa.model.Response;
import org.rensa.model.provider.ResponseItemProvider;
import org.rensa.model.text.Language;

/**
 * The item provider of {@link Response} with the readable label of {@link Language#label(org.eclipse.emf.ecore.EObject)},
 * {@code 1.1 Software updates · Conform}
 * (the verified verdict, or the declared answer while the requirement is not verified), instead of
 * the generated {@code Response <uuid>}.
 */
public class ResponseLabelItemProvider extends ResponseItemProvider {

	/**
	 * @param adapterFactory the adapter factory that created this provider
	 */
	public ResponseLabelItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object object) {
		return Language.ui().label((Response) object);
	}
}
