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

} // Visit
