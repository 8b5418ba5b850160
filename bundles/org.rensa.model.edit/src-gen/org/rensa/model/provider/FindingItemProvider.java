/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.rensa.model.Finding;
import org.rensa.model.RensaPackage;

/**
 * This is the item provider adapter for a {@link org.rensa.model.Finding} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class FindingItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addCodePropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addTitleJaPropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addDescriptionJaPropertyDescriptor(object);
			addCausePropertyDescriptor(object);
			addCauseJaPropertyDescriptor(object);
			addEffectPropertyDescriptor(object);
			addEffectJaPropertyDescriptor(object);
			addRecommendationPropertyDescriptor(object);
			addRecommendationJaPropertyDescriptor(object);
			addSeverityPropertyDescriptor(object);
			addRequirementPropertyDescriptor(object);
			addOrganizationPropertyDescriptor(object);
			addAssessmentPropertyDescriptor(object);
			addVisitPropertyDescriptor(object);
			addEvidencePropertyDescriptor(object);
			addTlpPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addRaisedOnPropertyDescriptor(object);
			addActionsPropertyDescriptor(object);
			addManagementResponsePropertyDescriptor(object);
			addManagementResponseJaPropertyDescriptor(object);
			addManagementResponseByPropertyDescriptor(object);
			addManagementResponseOnPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_code_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_code_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_title_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitleJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_titleJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_titleJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__TITLE_JA,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_description_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__DESCRIPTION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_descriptionJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_descriptionJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__DESCRIPTION_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cause feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCausePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_cause_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_cause_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__CAUSE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cause Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCauseJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_causeJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_causeJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__CAUSE_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effect feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_effect_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_effect_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__EFFECT,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Effect Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEffectJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_effectJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_effectJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__EFFECT_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommendation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommendationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_recommendation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_recommendation_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__RECOMMENDATION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Recommendation Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRecommendationJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_recommendationJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_recommendationJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__RECOMMENDATION_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Severity feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSeverityPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_severity_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_severity_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__SEVERITY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Requirement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRequirementPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_requirement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_requirement_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__REQUIREMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Organization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOrganizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_organization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_organization_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__ORGANIZATION,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Assessment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAssessmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_assessment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_assessment_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__ASSESSMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Visit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVisitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_visit_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_visit_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__VISIT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_evidence_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_evidence_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__EVIDENCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tlp feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlpPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_tlp_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_tlp_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__TLP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_status_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Raised On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRaisedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_raisedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_raisedOn_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__RAISED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_actions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_actions_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__ACTIONS,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Management Response feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagementResponsePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_managementResponse_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_managementResponse_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__MANAGEMENT_RESPONSE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Management Response Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagementResponseJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_managementResponseJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_managementResponseJa_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__MANAGEMENT_RESPONSE_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Management Response By feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagementResponseByPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_managementResponseBy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_managementResponseBy_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__MANAGEMENT_RESPONSE_BY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Management Response On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addManagementResponseOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Finding_managementResponseOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Finding_managementResponseOn_feature", "_UI_Finding_type"),
				 RensaPackage.Literals.FINDING__MANAGEMENT_RESPONSE_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Finding.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Finding"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Finding)object).getCode();
		return label == null || label.length() == 0 ?
			getString("_UI_Finding_type") :
			getString("_UI_Finding_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Finding.class)) {
			case RensaPackage.FINDING__CODE:
			case RensaPackage.FINDING__TITLE:
			case RensaPackage.FINDING__TITLE_JA:
			case RensaPackage.FINDING__DESCRIPTION:
			case RensaPackage.FINDING__DESCRIPTION_JA:
			case RensaPackage.FINDING__CAUSE:
			case RensaPackage.FINDING__CAUSE_JA:
			case RensaPackage.FINDING__EFFECT:
			case RensaPackage.FINDING__EFFECT_JA:
			case RensaPackage.FINDING__RECOMMENDATION:
			case RensaPackage.FINDING__RECOMMENDATION_JA:
			case RensaPackage.FINDING__SEVERITY:
			case RensaPackage.FINDING__TLP:
			case RensaPackage.FINDING__STATUS:
			case RensaPackage.FINDING__RAISED_ON:
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE:
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA:
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY:
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

}
