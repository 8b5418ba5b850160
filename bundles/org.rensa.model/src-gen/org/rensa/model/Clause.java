/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clause</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A security-relevant clause (条項) of a contract.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Clause#getCategory <em>Category</em>}</li>
 *   <li>{@link org.rensa.model.Clause#getReference <em>Reference</em>}</li>
 *   <li>{@link org.rensa.model.Clause#getText <em>Text</em>}</li>
 *   <li>{@link org.rensa.model.Clause#getTextJa <em>Text Ja</em>}</li>
 *   <li>{@link org.rensa.model.Clause#isFlowsDown <em>Flows Down</em>}</li>
 *   <li>{@link org.rensa.model.Clause#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}</li>
 *   <li>{@link org.rensa.model.Clause#getTemplate <em>Template</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getClause()
 * @model
 * @generated
 */
public interface Clause extends Identifiable {
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
	 * @see org.rensa.model.RensaPackage#getClause_Category()
	 * @model
	 * @generated
	 */
	ClauseCategory getCategory();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.rensa.model.ClauseCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ClauseCategory value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Location in the contract, e.g. "Art. 12".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see org.rensa.model.RensaPackage#getClause_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clause text in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.rensa.model.RensaPackage#getClause_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Clause text in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Ja</em>' attribute.
	 * @see #setTextJa(String)
	 * @see org.rensa.model.RensaPackage#getClause_TextJa()
	 * @model
	 * @generated
	 */
	String getTextJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getTextJa <em>Text Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Ja</em>' attribute.
	 * @see #getTextJa()
	 * @generated
	 */
	void setTextJa(String value);

	/**
	 * Returns the value of the '<em><b>Flows Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the obligation must be imposed on subcontractors (flow-down).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flows Down</em>' attribute.
	 * @see #setFlowsDown(boolean)
	 * @see org.rensa.model.RensaPackage#getClause_FlowsDown()
	 * @model
	 * @generated
	 */
	boolean isFlowsDown();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#isFlowsDown <em>Flows Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flows Down</em>' attribute.
	 * @see #isFlowsDown()
	 * @generated
	 */
	void setFlowsDown(boolean value);

	/**
	 * Returns the value of the '<em><b>Notification Deadline Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For incident notification clauses: deadline in hours after detection; unset when not specified.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notification Deadline Hours</em>' attribute.
	 * @see #isSetNotificationDeadlineHours()
	 * @see #unsetNotificationDeadlineHours()
	 * @see #setNotificationDeadlineHours(int)
	 * @see org.rensa.model.RensaPackage#getClause_NotificationDeadlineHours()
	 * @model unsettable="true"
	 * @generated
	 */
	int getNotificationDeadlineHours();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notification Deadline Hours</em>' attribute.
	 * @see #isSetNotificationDeadlineHours()
	 * @see #unsetNotificationDeadlineHours()
	 * @see #getNotificationDeadlineHours()
	 * @generated
	 */
	void setNotificationDeadlineHours(int value);

	/**
	 * Unsets the value of the '{@link org.rensa.model.Clause#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNotificationDeadlineHours()
	 * @see #getNotificationDeadlineHours()
	 * @see #setNotificationDeadlineHours(int)
	 * @generated
	 */
	void unsetNotificationDeadlineHours();

	/**
	 * Returns whether the value of the '{@link org.rensa.model.Clause#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Notification Deadline Hours</em>' attribute is set.
	 * @see #unsetNotificationDeadlineHours()
	 * @see #getNotificationDeadlineHours()
	 * @see #setNotificationDeadlineHours(int)
	 * @generated
	 */
	boolean isSetNotificationDeadlineHours();

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The model clause this clause was derived from, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(ClauseTemplate)
	 * @see org.rensa.model.RensaPackage#getClause_Template()
	 * @model
	 * @generated
	 */
	ClauseTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.rensa.model.Clause#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(ClauseTemplate value);

} // Clause
