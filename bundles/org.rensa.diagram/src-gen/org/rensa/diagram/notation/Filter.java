/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.diagram.notation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.diagram.notation.Filter#getMaxTier <em>Max Tier</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Filter#getRootId <em>Root Id</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Filter#isSensitiveOnly <em>Sensitive Only</em>}</li>
 * </ul>
 *
 * @see org.rensa.diagram.notation.NotationPackage#getFilter()
 * @model
 * @generated
 */
public interface Filter extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Tier</em>' attribute.
	 * @see #isSetMaxTier()
	 * @see #unsetMaxTier()
	 * @see #setMaxTier(int)
	 * @see org.rensa.diagram.notation.NotationPackage#getFilter_MaxTier()
	 * @model unsettable="true"
	 * @generated
	 */
	int getMaxTier();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Filter#getMaxTier <em>Max Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Tier</em>' attribute.
	 * @see #isSetMaxTier()
	 * @see #unsetMaxTier()
	 * @see #getMaxTier()
	 * @generated
	 */
	void setMaxTier(int value);

	/**
	 * Unsets the value of the '{@link org.rensa.diagram.notation.Filter#getMaxTier <em>Max Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMaxTier()
	 * @see #getMaxTier()
	 * @see #setMaxTier(int)
	 * @generated
	 */
	void unsetMaxTier();

	/**
	 * Returns whether the value of the '{@link org.rensa.diagram.notation.Filter#getMaxTier <em>Max Tier</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Max Tier</em>' attribute is set.
	 * @see #unsetMaxTier()
	 * @see #getMaxTier()
	 * @see #setMaxTier(int)
	 * @generated
	 */
	boolean isSetMaxTier();

	/**
	 * Returns the value of the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Id</em>' attribute.
	 * @see #setRootId(String)
	 * @see org.rensa.diagram.notation.NotationPackage#getFilter_RootId()
	 * @model
	 * @generated
	 */
	String getRootId();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Filter#getRootId <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Id</em>' attribute.
	 * @see #getRootId()
	 * @generated
	 */
	void setRootId(String value);

	/**
	 * Returns the value of the '<em><b>Sensitive Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sensitive Only</em>' attribute.
	 * @see #setSensitiveOnly(boolean)
	 * @see org.rensa.diagram.notation.NotationPackage#getFilter_SensitiveOnly()
	 * @model
	 * @generated
	 */
	boolean isSensitiveOnly();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Filter#isSensitiveOnly <em>Sensitive Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensitive Only</em>' attribute.
	 * @see #isSensitiveOnly()
	 * @generated
	 */
	void setSensitiveOnly(boolean value);

} // Filter
