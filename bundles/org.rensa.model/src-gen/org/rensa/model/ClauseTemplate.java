/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clause Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A model clause wording the buyer uses in its contract templates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.ClauseTemplate#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rensa.model.ClauseTemplate#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.ClauseTemplate#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.ClauseTemplate#getWording <em>Wording</em>}</li>
 *   <li>{@link org.rensa.model.ClauseTemplate#getWordingJa <em>Wording Ja</em>}</li>
 *   <li>{@link org.rensa.model.ClauseTemplate#isFlowsDown <em>Flows Down</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getClauseTemplate()
 * @model
 * @generated
 */
public interface ClauseTemplate extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.ClauseCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security topic of the clause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.rensa.model.ClauseCategory
	 * @see #setCategory(ClauseCategory)
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_Category()
	 * @model
	 * @generated
	 */
	ClauseCategory getCategory();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.rensa.model.ClauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ClauseCategory value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#getTitle <em>Title</em>}' attribute.
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
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#getTitleJa <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Ja</em>' attribute.
	 * @see #getTitleJa()
	 * @generated
	 */
	void setTitleJa(String value);

	/**
	 * Returns the value of the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model wording in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wording</em>' attribute.
	 * @see #setWording(String)
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_Wording()
	 * @model
	 * @generated
	 */
	String getWording();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#getWording <em>Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wording</em>' attribute.
	 * @see #getWording()
	 * @generated
	 */
	void setWording(String value);

	/**
	 * Returns the value of the '<em><b>Wording Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model wording in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wording Ja</em>' attribute.
	 * @see #setWordingJa(String)
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_WordingJa()
	 * @model
	 * @generated
	 */
	String getWordingJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#getWordingJa <em>Wording Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wording Ja</em>' attribute.
	 * @see #getWordingJa()
	 * @generated
	 */
	void setWordingJa(String value);

	/**
	 * Returns the value of the '<em><b>Flows Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether clauses after this template must flow down to subcontractors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flows Down</em>' attribute.
	 * @see #setFlowsDown(boolean)
	 * @see org.rensa.model.RensaPackage#getClauseTemplate_FlowsDown()
	 * @model
	 * @generated
	 */
	boolean isFlowsDown();

	/**
	 * Sets the value of the '{@link org.rensa.model.ClauseTemplate#isFlowsDown <em>Flows Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flows Down</em>' attribute.
	 * @see #isFlowsDown()
	 * @generated
	 */
	void setFlowsDown(boolean value);

} // ClauseTemplate
