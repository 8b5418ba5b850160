/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.rensa.model.AuditProject;
import org.rensa.model.RensaFactory;
import org.rensa.model.RensaPackage;

/**
 * This is the item provider adapter for a {@link org.rensa.model.AuditProject} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AuditProjectItemProvider extends IdentifiableItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuditProjectItemProvider(AdapterFactory adapterFactory) {
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

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addBuyerPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AuditProject_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AuditProject_name_feature", "_UI_AuditProject_type"),
				 RensaPackage.Literals.AUDIT_PROJECT__NAME,
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
				 getString("_UI_AuditProject_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AuditProject_description_feature", "_UI_AuditProject_type"),
				 RensaPackage.Literals.AUDIT_PROJECT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Buyer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBuyerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_AuditProject_buyer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_AuditProject_buyer_feature", "_UI_AuditProject_type"),
				 RensaPackage.Literals.AUDIT_PROJECT__BUYER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__ORGANIZATIONS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__RELATIONSHIPS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__CONTRACTS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__CLAUSE_TEMPLATES);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__CAMPAIGNS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__ASSESSMENTS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__VISITS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__EVIDENCE);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__FINDINGS);
			childrenFeatures.add(RensaPackage.Literals.AUDIT_PROJECT__REMEDIATION_ACTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns AuditProject.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/AuditProject"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((AuditProject)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_AuditProject_type") :
			getString("_UI_AuditProject_type") + " " + label;
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

		switch (notification.getFeatureID(AuditProject.class)) {
			case RensaPackage.AUDIT_PROJECT__NAME:
			case RensaPackage.AUDIT_PROJECT__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
			case RensaPackage.AUDIT_PROJECT__VISITS:
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
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

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__ORGANIZATIONS,
				 RensaFactory.eINSTANCE.createOrganization()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__RELATIONSHIPS,
				 RensaFactory.eINSTANCE.createRelationship()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__CONTRACTS,
				 RensaFactory.eINSTANCE.createContract()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__CLAUSE_TEMPLATES,
				 RensaFactory.eINSTANCE.createClauseTemplate()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__CHECKLISTS,
				 RensaFactory.eINSTANCE.createChecklist()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__CAMPAIGNS,
				 RensaFactory.eINSTANCE.createCampaign()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__ASSESSMENTS,
				 RensaFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__VISITS,
				 RensaFactory.eINSTANCE.createVisit()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__EVIDENCE,
				 RensaFactory.eINSTANCE.createEvidence()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__FINDINGS,
				 RensaFactory.eINSTANCE.createFinding()));

		newChildDescriptors.add
			(createChildParameter
				(RensaPackage.Literals.AUDIT_PROJECT__REMEDIATION_ACTIONS,
				 RensaFactory.eINSTANCE.createRemediationAction()));
	}

}
