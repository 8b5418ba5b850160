/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.diagram.notation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.rensa.diagram.notation.Filter;
import org.rensa.diagram.notation.NotationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.diagram.notation.impl.FilterImpl#getMaxTier <em>Max Tier</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.impl.FilterImpl#getRootId <em>Root Id</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.impl.FilterImpl#isSensitiveOnly <em>Sensitive Only</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FilterImpl extends EObjectImpl implements Filter {
	/**
	 * The default value of the '{@link #getMaxTier() <em>Max Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTier()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TIER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxTier() <em>Max Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTier()
	 * @generated
	 * @ordered
	 */
	protected int maxTier = MAX_TIER_EDEFAULT;

	/**
	 * This is true if the Max Tier attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean maxTierESet;

	/**
	 * The default value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected String rootId = ROOT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #isSensitiveOnly() <em>Sensitive Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSensitiveOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SENSITIVE_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSensitiveOnly() <em>Sensitive Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSensitiveOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean sensitiveOnly = SENSITIVE_ONLY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NotationPackage.Literals.FILTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTier() {
		return maxTier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTier(int newMaxTier) {
		int oldMaxTier = maxTier;
		maxTier = newMaxTier;
		boolean oldMaxTierESet = maxTierESet;
		maxTierESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.FILTER__MAX_TIER, oldMaxTier, maxTier, !oldMaxTierESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMaxTier() {
		int oldMaxTier = maxTier;
		boolean oldMaxTierESet = maxTierESet;
		maxTier = MAX_TIER_EDEFAULT;
		maxTierESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NotationPackage.FILTER__MAX_TIER, oldMaxTier, MAX_TIER_EDEFAULT, oldMaxTierESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMaxTier() {
		return maxTierESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootId() {
		return rootId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootId(String newRootId) {
		String oldRootId = rootId;
		rootId = newRootId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.FILTER__ROOT_ID, oldRootId, rootId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSensitiveOnly() {
		return sensitiveOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensitiveOnly(boolean newSensitiveOnly) {
		boolean oldSensitiveOnly = sensitiveOnly;
		sensitiveOnly = newSensitiveOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NotationPackage.FILTER__SENSITIVE_ONLY, oldSensitiveOnly, sensitiveOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case NotationPackage.FILTER__MAX_TIER:
				return getMaxTier();
			case NotationPackage.FILTER__ROOT_ID:
				return getRootId();
			case NotationPackage.FILTER__SENSITIVE_ONLY:
				return isSensitiveOnly();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case NotationPackage.FILTER__MAX_TIER:
				setMaxTier((Integer)newValue);
				return;
			case NotationPackage.FILTER__ROOT_ID:
				setRootId((String)newValue);
				return;
			case NotationPackage.FILTER__SENSITIVE_ONLY:
				setSensitiveOnly((Boolean)newValue);
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
			case NotationPackage.FILTER__MAX_TIER:
				unsetMaxTier();
				return;
			case NotationPackage.FILTER__ROOT_ID:
				setRootId(ROOT_ID_EDEFAULT);
				return;
			case NotationPackage.FILTER__SENSITIVE_ONLY:
				setSensitiveOnly(SENSITIVE_ONLY_EDEFAULT);
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
			case NotationPackage.FILTER__MAX_TIER:
				return isSetMaxTier();
			case NotationPackage.FILTER__ROOT_ID:
				return ROOT_ID_EDEFAULT == null ? rootId != null : !ROOT_ID_EDEFAULT.equals(rootId);
			case NotationPackage.FILTER__SENSITIVE_ONLY:
				return sensitiveOnly != SENSITIVE_ONLY_EDEFAULT;
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
		result.append(" (maxTier: ");
		if (maxTierESet) result.append(maxTier); else result.append("<unset>");
		result.append(", rootId: ");
		result.append(rootId);
		result.append(", sensitiveOnly: ");
		result.append(sensitiveOnly);
		result.append(')');
		return result.toString();
	}

} //FilterImpl
