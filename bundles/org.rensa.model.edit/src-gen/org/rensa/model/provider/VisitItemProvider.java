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

import org.rensa.model.RensaPackage;
import org.rensa.model.Visit;

/**
 * This is the item provider adapter for a {@link org.rensa.model.Visit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VisitItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VisitItemProvider(AdapterFactory adapterFactory) {
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

			addOrganizationPropertyDescriptor(object);
			addAssessmentPropertyDescriptor(object);
			addSitePropertyDescriptor(object);
			addStartDatePropertyDescriptor(object);
			addEndDatePropertyDescriptor(object);
			addAuditorsPropertyDescriptor(object);
			addIntervieweesPropertyDescriptor(object);
			addScopePropertyDescriptor(object);
			addScopeJaPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
			addNotesJaPropertyDescriptor(object);
			addObjectivesPropertyDescriptor(object);
			addObjectivesJaPropertyDescriptor(object);
			addLimitationsPropertyDescriptor(object);
			addLimitationsJaPropertyDescriptor(object);
			addOpinionPropertyDescriptor(object);
			addOpinionJaPropertyDescriptor(object);
			addReviewerPropertyDescriptor(object);
			addReviewedOnPropertyDescriptor(object);
			addApproverPropertyDescriptor(object);
			addApprovedOnPropertyDescriptor(object);
			addFollowUpOnPropertyDescriptor(object);
			addDistributionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
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
				 getString("_UI_Visit_organization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_organization_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__ORGANIZATION,
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
				 getString("_UI_Visit_assessment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_assessment_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__ASSESSMENT,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Site feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSitePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_site_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_site_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__SITE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Start Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStartDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_startDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_startDate_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__START_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the End Date feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndDatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_endDate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_endDate_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__END_DATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Auditors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuditorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_auditors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_auditors_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__AUDITORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Interviewees feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIntervieweesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_interviewees_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_interviewees_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__INTERVIEWEES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scope feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_scope_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_scope_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__SCOPE,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scope Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScopeJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_scopeJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_scopeJa_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__SCOPE_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_notes_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__NOTES,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_notesJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_notesJa_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__NOTES_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Objectives feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectivesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_objectives_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_objectives_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__OBJECTIVES,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Objectives Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addObjectivesJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_objectivesJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_objectivesJa_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__OBJECTIVES_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Limitations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLimitationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_limitations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_limitations_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__LIMITATIONS,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Limitations Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLimitationsJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_limitationsJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_limitationsJa_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__LIMITATIONS_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Opinion feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpinionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_opinion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_opinion_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__OPINION,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Opinion Ja feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOpinionJaPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_opinionJa_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_opinionJa_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__OPINION_JA,
				 true,
				 true,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reviewer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_reviewer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_reviewer_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__REVIEWER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reviewed On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReviewedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_reviewedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_reviewedOn_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__REVIEWED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Approver feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApproverPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_approver_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_approver_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__APPROVER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Approved On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApprovedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_approvedOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_approvedOn_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__APPROVED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Follow Up On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFollowUpOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_followUpOn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_followUpOn_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__FOLLOW_UP_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Distribution feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDistributionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Visit_distribution_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Visit_distribution_feature", "_UI_Visit_type"),
				 RensaPackage.Literals.VISIT__DISTRIBUTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns Visit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Visit"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Visit)object).getSite();
		return label == null || label.length() == 0 ?
			getString("_UI_Visit_type") :
			getString("_UI_Visit_type") + " " + label;
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

		switch (notification.getFeatureID(Visit.class)) {
			case RensaPackage.VISIT__SITE:
			case RensaPackage.VISIT__START_DATE:
			case RensaPackage.VISIT__END_DATE:
			case RensaPackage.VISIT__AUDITORS:
			case RensaPackage.VISIT__INTERVIEWEES:
			case RensaPackage.VISIT__SCOPE:
			case RensaPackage.VISIT__SCOPE_JA:
			case RensaPackage.VISIT__NOTES:
			case RensaPackage.VISIT__NOTES_JA:
			case RensaPackage.VISIT__OBJECTIVES:
			case RensaPackage.VISIT__OBJECTIVES_JA:
			case RensaPackage.VISIT__LIMITATIONS:
			case RensaPackage.VISIT__LIMITATIONS_JA:
			case RensaPackage.VISIT__OPINION:
			case RensaPackage.VISIT__OPINION_JA:
			case RensaPackage.VISIT__REVIEWER:
			case RensaPackage.VISIT__REVIEWED_ON:
			case RensaPackage.VISIT__APPROVER:
			case RensaPackage.VISIT__APPROVED_ON:
			case RensaPackage.VISIT__FOLLOW_UP_ON:
			case RensaPackage.VISIT__DISTRIBUTION:
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
