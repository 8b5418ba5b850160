/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remediation Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A remediation action (改善措置) agreed with an organisation to address a finding.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.RemediationAction#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getFinding <em>Finding</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getAction <em>Action</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getActionJa <em>Action Ja</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getClosureEvidence <em>Closure Evidence</em>}</li>
 *   <li>{@link org.rensa.model.RemediationAction#getSupplierComment <em>Supplier Comment</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getRemediationAction()
 * @model
 * @generated
 */
public interface RemediationAction extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable code, e.g. "A-001".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Finding</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.Finding#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The finding addressed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding</em>' reference.
	 * @see #setFinding(Finding)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_Finding()
	 * @see org.rensa.model.Finding#getActions
	 * @model opposite="actions"
	 * @generated
	 */
	Finding getFinding();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getFinding <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' reference.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(Finding value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is to be done, in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Action Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is to be done, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action Ja</em>' attribute.
	 * @see #setActionJa(String)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_ActionJa()
	 * @model
	 * @generated
	 */
	String getActionJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getActionJa <em>Action Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action Ja</em>' attribute.
	 * @see #getActionJa()
	 * @generated
	 */
	void setActionJa(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person or department responsible.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agreed due date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_DueDate()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lifecycle state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the action was reported done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_CompletedOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getCompletedOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closure Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence demonstrating completion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closure Evidence</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getRemediationAction_ClosureEvidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getClosureEvidence();

	/**
	 * Returns the value of the '<em><b>Supplier Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audited organisation's comment on the action's progress (e.g. from the returned remediation tracker).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supplier Comment</em>' attribute.
	 * @see #setSupplierComment(String)
	 * @see org.rensa.model.RensaPackage#getRemediationAction_SupplierComment()
	 * @model
	 * @generated
	 */
	String getSupplierComment();

	/**
	 * Sets the value of the '{@link org.rensa.model.RemediationAction#getSupplierComment <em>Supplier Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supplier Comment</em>' attribute.
	 * @see #getSupplierComment()
	 * @generated
	 */
	void setSupplierComment(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the action is overdue: the due date is before the given day and the status is neither DONE nor VERIFIED.
	 * @param today The reference day, normally today's date.
	 * <!-- end-model-doc -->
	 * @model todayDataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	boolean isOverdue(LocalDate today);

} // RemediationAction
