/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A section of a checklist grouping related requirements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Section#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.Section#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.Section#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section number or code as printed in the catalogue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rensa.model.RensaPackage#getSection_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rensa.model.Section#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rensa.model.RensaPackage#getSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title Ja</em>' attribute.
	 * @see #setTitleJa(String)
	 * @see org.rensa.model.RensaPackage#getSection_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Section#getTitleJa <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Ja</em>' attribute.
	 * @see #getTitleJa()
	 * @generated
	 */
	void setTitleJa(String value);

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Requirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requirements of the section, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getSection_Requirements()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Requirement> getRequirements();

} // Section
