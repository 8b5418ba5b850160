// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.provider.custom;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.provider.ResponseItemProvider;
import org.rensa.model.text.Language;

/**
 * The item provider of {@link Response} with a readable label, {@code 1.1 Software updates: Conform}
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
		Response response = (Response) object;
		StringBuilder text = new StringBuilder(requirementOf(response.getRequirement()));
		if (response.getVerdict() != null && response.getVerdict() != Verdict.NOT_VERIFIED) {
			text.append(": ").append(Language.ui().label(response.getVerdict())); //$NON-NLS-1$
		} else if (response.getDeclaredAnswer() != null) {
			text.append(": ").append(Language.ui().label(response.getDeclaredAnswer())); //$NON-NLS-1$
		}
		return text.toString();
	}

	private String requirementOf(Requirement requirement) {
		if (requirement == null) {
			return getString("_UI_Response_type"); //$NON-NLS-1$
		}
		return Language.ui().label(requirement);
	}
}
