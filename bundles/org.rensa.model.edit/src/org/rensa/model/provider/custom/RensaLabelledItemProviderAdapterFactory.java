// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.model.provider.custom;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.rensa.model.provider.AssessmentItemProvider;
import org.rensa.model.provider.FindingItemProvider;
import org.rensa.model.text.Language;
import org.rensa.model.provider.RensaItemProviderAdapterFactory;

/**
 * The item provider adapter factory of the Rensa model to use everywhere (and the one registered
 * in {@code plugin.xml}): the generated {@link RensaItemProviderAdapterFactory} with the
 * hand-written labels of this package, which survive regeneration of {@code src-gen}. Assessments,
 * findings and responses are labelled by {@link Language#label(EObject)}, the one home of labels.
 */
public class RensaLabelledItemProviderAdapterFactory extends RensaItemProviderAdapterFactory {

	/** Creates the factory. */
	public RensaLabelledItemProviderAdapterFactory() {
		super();
	}

	@Override
	public Adapter createRelationshipAdapter() {
		if (relationshipItemProvider == null) {
			relationshipItemProvider = new RelationshipLabelItemProvider(this);
		}
		return relationshipItemProvider;
	}

	@Override
	public Adapter createAssessmentAdapter() {
		if (assessmentItemProvider == null) {
			assessmentItemProvider = new AssessmentItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Language.ui().label((EObject) object);
				}
			};
		}
		return assessmentItemProvider;
	}

	@Override
	public Adapter createFindingAdapter() {
		if (findingItemProvider == null) {
			findingItemProvider = new FindingItemProvider(this) {
				@Override
				public String getText(Object object) {
					return Language.ui().label((EObject) object);
				}
			};
		}
		return findingItemProvider;
	}

	@Override
	public Adapter createResponseAdapter() {
		if (responseItemProvider == null) {
			responseItemProvider = new ResponseLabelItemProvider(this);
		}
		return responseItemProvider;
	}
}
