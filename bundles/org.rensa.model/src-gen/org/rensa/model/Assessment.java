/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The assessment of one organisation against one checklist: its self-check declarations and their verification.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Assessment#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getDeclaredOn <em>Declared On</em>}</li>
 *   <li>{@link org.rensa.model.Assessment#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessed organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.rensa.model.RensaPackage#getAssessment_Organization()
	 * @model
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Checklist</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checklist assessed against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklist</em>' reference.
	 * @see #setChecklist(Checklist)
	 * @see org.rensa.model.RensaPackage#getAssessment_Checklist()
	 * @model
	 * @generated
	 */
	Checklist getChecklist();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getChecklist <em>Checklist</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checklist</em>' reference.
	 * @see #getChecklist()
	 * @generated
	 */
	void setChecklist(Checklist value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The campaign the assessment belongs to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaign</em>' reference.
	 * @see #setCampaign(Campaign)
	 * @see org.rensa.model.RensaPackage#getAssessment_Campaign()
	 * @model
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getCampaign <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.AssessmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress of the assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.AssessmentStatus
	 * @see #setStatus(AssessmentStatus)
	 * @see org.rensa.model.RensaPackage#getAssessment_Status()
	 * @model
	 * @generated
	 */
	AssessmentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.AssessmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssessmentStatus value);

	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person at the organisation who answered the self-check, "Name (role)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Respondent</em>' attribute.
	 * @see #setRespondent(String)
	 * @see org.rensa.model.RensaPackage#getAssessment_Respondent()
	 * @model
	 * @generated
	 */
	String getRespondent();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getRespondent <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' attribute.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(String value);

	/**
	 * Returns the value of the '<em><b>Declared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the organisation returned its declared answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declared On</em>' attribute.
	 * @see #setDeclaredOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getAssessment_DeclaredOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeclaredOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Assessment#getDeclaredOn <em>Declared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared On</em>' attribute.
	 * @see #getDeclaredOn()
	 * @generated
	 */
	void setDeclaredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Response}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One response per requirement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAssessment_Responses()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Response> getResponses();

} // Assessment
