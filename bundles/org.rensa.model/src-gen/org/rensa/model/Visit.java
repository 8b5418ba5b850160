/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An on-site audit (訪問監査) of an organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Visit#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getSite <em>Site</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getAuditors <em>Auditors</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getInterviewees <em>Interviewees</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getScopeJa <em>Scope Ja</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getNotesJa <em>Notes Ja</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getObjectivesJa <em>Objectives Ja</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getLimitations <em>Limitations</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getLimitationsJa <em>Limitations Ja</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getOpinion <em>Opinion</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getOpinionJa <em>Opinion Ja</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getReviewedOn <em>Reviewed On</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getApprover <em>Approver</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getFollowUpOn <em>Follow Up On</em>}</li>
 *   <li>{@link org.rensa.model.Visit#getDistribution <em>Distribution</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getVisit()
 * @model
 * @generated
 */
public interface Visit extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The visited organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.rensa.model.RensaPackage#getVisit_Organization()
	 * @model
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getOrganization <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' reference.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(Organization value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessment verified during the visit, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment</em>' reference.
	 * @see #setAssessment(Assessment)
	 * @see org.rensa.model.RensaPackage#getVisit_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getAssessment <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' reference.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site visited (name or address).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.rensa.model.RensaPackage#getVisit_StartDate()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of the visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.rensa.model.RensaPackage#getVisit_EndDate()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Auditors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the auditors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auditors</em>' attribute list.
	 * @see org.rensa.model.RensaPackage#getVisit_Auditors()
	 * @model
	 * @generated
	 */
	EList<String> getAuditors();

	/**
	 * Returns the value of the '<em><b>Interviewees</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Persons interviewed, each as "Name (role)".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interviewees</em>' attribute list.
	 * @see org.rensa.model.RensaPackage#getVisit_Interviewees()
	 * @model
	 * @generated
	 */
	EList<String> getInterviewees();

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scope of the visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Scope Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scope of the visit, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope Ja</em>' attribute.
	 * @see #setScopeJa(String)
	 * @see org.rensa.model.RensaPackage#getVisit_ScopeJa()
	 * @model
	 * @generated
	 */
	String getScopeJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getScopeJa <em>Scope Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Ja</em>' attribute.
	 * @see #getScopeJa()
	 * @generated
	 */
	void setScopeJa(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text notes of the visit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Notes Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text notes of the visit, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes Ja</em>' attribute.
	 * @see #setNotesJa(String)
	 * @see org.rensa.model.RensaPackage#getVisit_NotesJa()
	 * @model
	 * @generated
	 */
	String getNotesJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getNotesJa <em>Notes Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes Ja</em>' attribute.
	 * @see #getNotesJa()
	 * @generated
	 */
	void setNotesJa(String value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objectives of the audit, in English; the report states a default when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' attribute.
	 * @see #setObjectives(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Objectives()
	 * @model
	 * @generated
	 */
	String getObjectives();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getObjectives <em>Objectives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objectives</em>' attribute.
	 * @see #getObjectives()
	 * @generated
	 */
	void setObjectives(String value);

	/**
	 * Returns the value of the '<em><b>Objectives Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Objectives of the audit, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives Ja</em>' attribute.
	 * @see #setObjectivesJa(String)
	 * @see org.rensa.model.RensaPackage#getVisit_ObjectivesJa()
	 * @model
	 * @generated
	 */
	String getObjectivesJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getObjectivesJa <em>Objectives Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objectives Ja</em>' attribute.
	 * @see #getObjectivesJa()
	 * @generated
	 */
	void setObjectivesJa(String value);

	/**
	 * Returns the value of the '<em><b>Limitations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limitations of the audit (what could not be examined), in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limitations</em>' attribute.
	 * @see #setLimitations(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Limitations()
	 * @model
	 * @generated
	 */
	String getLimitations();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getLimitations <em>Limitations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limitations</em>' attribute.
	 * @see #getLimitations()
	 * @generated
	 */
	void setLimitations(String value);

	/**
	 * Returns the value of the '<em><b>Limitations Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limitations of the audit, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Limitations Ja</em>' attribute.
	 * @see #setLimitationsJa(String)
	 * @see org.rensa.model.RensaPackage#getVisit_LimitationsJa()
	 * @model
	 * @generated
	 */
	String getLimitationsJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getLimitationsJa <em>Limitations Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Limitations Ja</em>' attribute.
	 * @see #getLimitationsJa()
	 * @generated
	 */
	void setLimitationsJa(String value);

	/**
	 * Returns the value of the '<em><b>Opinion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The auditors' overall opinion and its basis, in English; the report generates one from the facts when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opinion</em>' attribute.
	 * @see #setOpinion(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Opinion()
	 * @model
	 * @generated
	 */
	String getOpinion();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getOpinion <em>Opinion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opinion</em>' attribute.
	 * @see #getOpinion()
	 * @generated
	 */
	void setOpinion(String value);

	/**
	 * Returns the value of the '<em><b>Opinion Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The auditors' overall opinion, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opinion Ja</em>' attribute.
	 * @see #setOpinionJa(String)
	 * @see org.rensa.model.RensaPackage#getVisit_OpinionJa()
	 * @model
	 * @generated
	 */
	String getOpinionJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getOpinionJa <em>Opinion Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opinion Ja</em>' attribute.
	 * @see #getOpinionJa()
	 * @generated
	 */
	void setOpinionJa(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name and role of the person who reviewed the report (quality review).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reviewed On</em>' attribute.
	 * @see #setReviewedOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getVisit_ReviewedOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getReviewedOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getReviewedOn <em>Reviewed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewed On</em>' attribute.
	 * @see #getReviewedOn()
	 * @generated
	 */
	void setReviewedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name and role of the person who approved the report for issue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approver</em>' attribute.
	 * @see #setApprover(String)
	 * @see org.rensa.model.RensaPackage#getVisit_Approver()
	 * @model
	 * @generated
	 */
	String getApprover();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getApprover <em>Approver</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver</em>' attribute.
	 * @see #getApprover()
	 * @generated
	 */
	void setApprover(String value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the approval.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getVisit_ApprovedOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Follow Up On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date by which closure of the findings is followed up.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up On</em>' attribute.
	 * @see #setFollowUpOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getVisit_FollowUpOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getFollowUpOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Visit#getFollowUpOn <em>Follow Up On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up On</em>' attribute.
	 * @see #getFollowUpOn()
	 * @generated
	 */
	void setFollowUpOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Distribution</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recipients of the report (name, role, organisation), one per entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Distribution</em>' attribute list.
	 * @see org.rensa.model.RensaPackage#getVisit_Distribution()
	 * @model
	 * @generated
	 */
	EList<String> getDistribution();

} // Visit
