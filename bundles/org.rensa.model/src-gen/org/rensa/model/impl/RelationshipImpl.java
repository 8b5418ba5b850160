/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.rensa.model.InformationClass;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RelationshipKind;
import org.rensa.model.RensaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#isDeclaredToBuyer <em>Declared To Buyer</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#isApproved <em>Approved</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getInformationClasses <em>Information Classes</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getSince <em>Since</em>}</li>
 *   <li>{@link org.rensa.model.impl.RelationshipImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationshipImpl extends IdentifiableImpl implements Relationship {
	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected Organization from;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected Organization to;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RelationshipKind KIND_EDEFAULT = RelationshipKind.SUPPLY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RelationshipKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeclaredToBuyer() <em>Declared To Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeclaredToBuyer()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DECLARED_TO_BUYER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeclaredToBuyer() <em>Declared To Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeclaredToBuyer()
	 * @generated
	 * @ordered
	 */
	protected boolean declaredToBuyer = DECLARED_TO_BUYER_EDEFAULT;

	/**
	 * The default value of the '{@link #isApproved() <em>Approved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPROVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isApproved() <em>Approved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApproved()
	 * @generated
	 * @ordered
	 */
	protected boolean approved = APPROVED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInformationClasses() <em>Information Classes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInformationClasses()
	 * @generated
	 * @ordered
	 */
	protected EList<InformationClass> informationClasses;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate since = SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationshipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.RELATIONSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getFrom() {
		if (from != null && from.eIsProxy()) {
			InternalEObject oldFrom = (InternalEObject)from;
			from = (Organization)eResolveProxy(oldFrom);
			if (from != oldFrom) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.RELATIONSHIP__FROM, oldFrom, from));
			}
		}
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(Organization newFrom) {
		Organization oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getTo() {
		if (to != null && to.eIsProxy()) {
			InternalEObject oldTo = (InternalEObject)to;
			to = (Organization)eResolveProxy(oldTo);
			if (to != oldTo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.RELATIONSHIP__TO, oldTo, to));
			}
		}
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(Organization newTo) {
		Organization oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationshipKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RelationshipKind newKind) {
		RelationshipKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeclaredToBuyer() {
		return declaredToBuyer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredToBuyer(boolean newDeclaredToBuyer) {
		boolean oldDeclaredToBuyer = declaredToBuyer;
		declaredToBuyer = newDeclaredToBuyer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__DECLARED_TO_BUYER, oldDeclaredToBuyer, declaredToBuyer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApproved() {
		return approved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproved(boolean newApproved) {
		boolean oldApproved = approved;
		approved = newApproved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__APPROVED, oldApproved, approved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InformationClass> getInformationClasses() {
		if (informationClasses == null) {
			informationClasses = new EDataTypeUniqueEList<InformationClass>(InformationClass.class, this, RensaPackage.RELATIONSHIP__INFORMATION_CLASSES);
		}
		return informationClasses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(LocalDate newSince) {
		LocalDate oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__SINCE, oldSince, since));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RELATIONSHIP__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.RELATIONSHIP__FROM:
				if (resolve) return getFrom();
				return basicGetFrom();
			case RensaPackage.RELATIONSHIP__TO:
				if (resolve) return getTo();
				return basicGetTo();
			case RensaPackage.RELATIONSHIP__KIND:
				return getKind();
			case RensaPackage.RELATIONSHIP__DECLARED_TO_BUYER:
				return isDeclaredToBuyer();
			case RensaPackage.RELATIONSHIP__APPROVED:
				return isApproved();
			case RensaPackage.RELATIONSHIP__INFORMATION_CLASSES:
				return getInformationClasses();
			case RensaPackage.RELATIONSHIP__SINCE:
				return getSince();
			case RensaPackage.RELATIONSHIP__DESCRIPTION:
				return getDescription();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RensaPackage.RELATIONSHIP__FROM:
				setFrom((Organization)newValue);
				return;
			case RensaPackage.RELATIONSHIP__TO:
				setTo((Organization)newValue);
				return;
			case RensaPackage.RELATIONSHIP__KIND:
				setKind((RelationshipKind)newValue);
				return;
			case RensaPackage.RELATIONSHIP__DECLARED_TO_BUYER:
				setDeclaredToBuyer((Boolean)newValue);
				return;
			case RensaPackage.RELATIONSHIP__APPROVED:
				setApproved((Boolean)newValue);
				return;
			case RensaPackage.RELATIONSHIP__INFORMATION_CLASSES:
				getInformationClasses().clear();
				getInformationClasses().addAll((Collection<? extends InformationClass>)newValue);
				return;
			case RensaPackage.RELATIONSHIP__SINCE:
				setSince((LocalDate)newValue);
				return;
			case RensaPackage.RELATIONSHIP__DESCRIPTION:
				setDescription((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RensaPackage.RELATIONSHIP__FROM:
				setFrom((Organization)null);
				return;
			case RensaPackage.RELATIONSHIP__TO:
				setTo((Organization)null);
				return;
			case RensaPackage.RELATIONSHIP__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RensaPackage.RELATIONSHIP__DECLARED_TO_BUYER:
				setDeclaredToBuyer(DECLARED_TO_BUYER_EDEFAULT);
				return;
			case RensaPackage.RELATIONSHIP__APPROVED:
				setApproved(APPROVED_EDEFAULT);
				return;
			case RensaPackage.RELATIONSHIP__INFORMATION_CLASSES:
				getInformationClasses().clear();
				return;
			case RensaPackage.RELATIONSHIP__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case RensaPackage.RELATIONSHIP__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RensaPackage.RELATIONSHIP__FROM:
				return from != null;
			case RensaPackage.RELATIONSHIP__TO:
				return to != null;
			case RensaPackage.RELATIONSHIP__KIND:
				return kind != KIND_EDEFAULT;
			case RensaPackage.RELATIONSHIP__DECLARED_TO_BUYER:
				return declaredToBuyer != DECLARED_TO_BUYER_EDEFAULT;
			case RensaPackage.RELATIONSHIP__APPROVED:
				return approved != APPROVED_EDEFAULT;
			case RensaPackage.RELATIONSHIP__INFORMATION_CLASSES:
				return informationClasses != null && !informationClasses.isEmpty();
			case RensaPackage.RELATIONSHIP__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
			case RensaPackage.RELATIONSHIP__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", declaredToBuyer: ");
		result.append(declaredToBuyer);
		result.append(", approved: ");
		result.append(approved);
		result.append(", informationClasses: ");
		result.append(informationClasses);
		result.append(", since: ");
		result.append(since);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //RelationshipImpl
