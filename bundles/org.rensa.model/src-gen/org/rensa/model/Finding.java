/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A nonconformity or observation (指摘事項) raised during an audit.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Finding#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getCause <em>Cause</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getCauseJa <em>Cause Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getEffectJa <em>Effect Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getRecommendationJa <em>Recommendation Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getActions <em>Actions</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getManagementResponse <em>Management Response</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getManagementResponseJa <em>Management Response Ja</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getManagementResponseBy <em>Management Response By</em>}</li>
 *   <li>{@link org.rensa.model.Finding#getManagementResponseOn <em>Management Response On</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable code, e.g. "F-001".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rensa.model.RensaPackage#getFinding_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getCode <em>Code</em>}' attribute.
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
	 * @see org.rensa.model.RensaPackage#getFinding_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getTitle <em>Title</em>}' attribute.
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
	 * @see org.rensa.model.RensaPackage#getFinding_TitleJa()
	 * @model
	 * @generated
	 */
	String getTitleJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getTitleJa <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Ja</em>' attribute.
	 * @see #getTitleJa()
	 * @generated
	 */
	void setTitleJa(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition: what the auditors found, the facts, in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rensa.model.RensaPackage#getFinding_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Condition, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description Ja</em>' attribute.
	 * @see #setDescriptionJa(String)
	 * @see org.rensa.model.RensaPackage#getFinding_DescriptionJa()
	 * @model
	 * @generated
	 */
	String getDescriptionJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getDescriptionJa <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Ja</em>' attribute.
	 * @see #getDescriptionJa()
	 * @generated
	 */
	void setDescriptionJa(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cause: why the condition exists (root cause), in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.rensa.model.RensaPackage#getFinding_Cause()
	 * @model
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Cause Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cause, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause Ja</em>' attribute.
	 * @see #setCauseJa(String)
	 * @see org.rensa.model.RensaPackage#getFinding_CauseJa()
	 * @model
	 * @generated
	 */
	String getCauseJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getCauseJa <em>Cause Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause Ja</em>' attribute.
	 * @see #getCauseJa()
	 * @generated
	 */
	void setCauseJa(String value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effect: the risk or consequence of the condition, in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(String)
	 * @see org.rensa.model.RensaPackage#getFinding_Effect()
	 * @model
	 * @generated
	 */
	String getEffect();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(String value);

	/**
	 * Returns the value of the '<em><b>Effect Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Effect, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effect Ja</em>' attribute.
	 * @see #setEffectJa(String)
	 * @see org.rensa.model.RensaPackage#getFinding_EffectJa()
	 * @model
	 * @generated
	 */
	String getEffectJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getEffectJa <em>Effect Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect Ja</em>' attribute.
	 * @see #getEffectJa()
	 * @generated
	 */
	void setEffectJa(String value);

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The auditor's recommendation, in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendation</em>' attribute.
	 * @see #setRecommendation(String)
	 * @see org.rensa.model.RensaPackage#getFinding_Recommendation()
	 * @model
	 * @generated
	 */
	String getRecommendation();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getRecommendation <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' attribute.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(String value);

	/**
	 * Returns the value of the '<em><b>Recommendation Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The auditor's recommendation, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendation Ja</em>' attribute.
	 * @see #setRecommendationJa(String)
	 * @see org.rensa.model.RensaPackage#getFinding_RecommendationJa()
	 * @model
	 * @generated
	 */
	String getRecommendationJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getRecommendationJa <em>Recommendation Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation Ja</em>' attribute.
	 * @see #getRecommendationJa()
	 * @generated
	 */
	void setRecommendationJa(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Severity of the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.rensa.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.rensa.model.RensaPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.rensa.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requirement not met, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirement</em>' reference.
	 * @see #setRequirement(Requirement)
	 * @see org.rensa.model.RensaPackage#getFinding_Requirement()
	 * @model
	 * @generated
	 */
	Requirement getRequirement();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getRequirement <em>Requirement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' reference.
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(Requirement value);

	/**
	 * Returns the value of the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organization</em>' reference.
	 * @see #setOrganization(Organization)
	 * @see org.rensa.model.RensaPackage#getFinding_Organization()
	 * @model
	 * @generated
	 */
	Organization getOrganization();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getOrganization <em>Organization</em>}' reference.
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
	 * The assessment in which the finding was raised, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessment</em>' reference.
	 * @see #setAssessment(Assessment)
	 * @see org.rensa.model.RensaPackage#getFinding_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getAssessment <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' reference.
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The visit in which the finding was raised, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(Visit)
	 * @see org.rensa.model.RensaPackage#getFinding_Visit()
	 * @model
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Evidence}.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.Evidence#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence supporting the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getFinding_Evidence()
	 * @see org.rensa.model.Evidence#getFindings
	 * @model opposite="findings"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Tlp</b></em>' attribute.
	 * The default value is <code>"AMBER"</code>.
	 * The literals are from the enumeration {@link org.rensa.model.Tlp}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sharing restriction; AMBER unless decided otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tlp</em>' attribute.
	 * @see org.rensa.model.Tlp
	 * @see #setTlp(Tlp)
	 * @see org.rensa.model.RensaPackage#getFinding_Tlp()
	 * @model default="AMBER"
	 * @generated
	 */
	Tlp getTlp();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getTlp <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlp</em>' attribute.
	 * @see org.rensa.model.Tlp
	 * @see #getTlp()
	 * @generated
	 */
	void setTlp(Tlp value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.FindingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lifecycle state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.FindingStatus
	 * @see #setStatus(FindingStatus)
	 * @see org.rensa.model.RensaPackage#getFinding_Status()
	 * @model
	 * @generated
	 */
	FindingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.rensa.model.FindingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(FindingStatus value);

	/**
	 * Returns the value of the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the finding was raised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raised On</em>' attribute.
	 * @see #setRaisedOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getFinding_RaisedOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getRaisedOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getRaisedOn <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised On</em>' attribute.
	 * @see #getRaisedOn()
	 * @generated
	 */
	void setRaisedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.RemediationAction}.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.RemediationAction#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Remediation actions addressing the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getFinding_Actions()
	 * @see org.rensa.model.RemediationAction#getFinding
	 * @model opposite="finding"
	 * @generated
	 */
	EList<RemediationAction> getActions();

	/**
	 * Returns the value of the '<em><b>Management Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audited organisation's management response to the finding, as written (e.g. in the returned remediation tracker).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Response</em>' attribute.
	 * @see #setManagementResponse(String)
	 * @see org.rensa.model.RensaPackage#getFinding_ManagementResponse()
	 * @model
	 * @generated
	 */
	String getManagementResponse();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getManagementResponse <em>Management Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Response</em>' attribute.
	 * @see #getManagementResponse()
	 * @generated
	 */
	void setManagementResponse(String value);

	/**
	 * Returns the value of the '<em><b>Management Response Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The management response, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Response Ja</em>' attribute.
	 * @see #setManagementResponseJa(String)
	 * @see org.rensa.model.RensaPackage#getFinding_ManagementResponseJa()
	 * @model
	 * @generated
	 */
	String getManagementResponseJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getManagementResponseJa <em>Management Response Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Response Ja</em>' attribute.
	 * @see #getManagementResponseJa()
	 * @generated
	 */
	void setManagementResponseJa(String value);

	/**
	 * Returns the value of the '<em><b>Management Response By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who gave the management response (name and role).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Response By</em>' attribute.
	 * @see #setManagementResponseBy(String)
	 * @see org.rensa.model.RensaPackage#getFinding_ManagementResponseBy()
	 * @model
	 * @generated
	 */
	String getManagementResponseBy();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getManagementResponseBy <em>Management Response By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Response By</em>' attribute.
	 * @see #getManagementResponseBy()
	 * @generated
	 */
	void setManagementResponseBy(String value);

	/**
	 * Returns the value of the '<em><b>Management Response On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the management response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Management Response On</em>' attribute.
	 * @see #setManagementResponseOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getFinding_ManagementResponseOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getManagementResponseOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Finding#getManagementResponseOn <em>Management Response On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Management Response On</em>' attribute.
	 * @see #getManagementResponseOn()
	 * @generated
	 */
	void setManagementResponseOn(LocalDate value);

} // Finding
