/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of evidence (証跡): photo, document, interview note, observation or screenshot, with hashed files.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Evidence#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getFiles <em>Files</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getCapturedBy <em>Captured By</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getCaptionJa <em>Caption Ja</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.rensa.model.Evidence#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Human-readable code, e.g. "E-012".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.rensa.model.RensaPackage#getEvidence_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getCode <em>Code</em>}' attribute.
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
	 * Short title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rensa.model.RensaPackage#getEvidence_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Form of the evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see org.rensa.model.RensaPackage#getEvidence_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.EvidenceFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files making up the evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getEvidence_Files()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<EvidenceFile> getFiles();

	/**
	 * Returns the value of the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the evidence was captured (e.g. when the photo was taken).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Captured At</em>' attribute.
	 * @see #setCapturedAt(Instant)
	 * @see org.rensa.model.RensaPackage#getEvidence_CapturedAt()
	 * @model dataType="org.rensa.model.Instant"
	 * @generated
	 */
	Instant getCapturedAt();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getCapturedAt <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured At</em>' attribute.
	 * @see #getCapturedAt()
	 * @generated
	 */
	void setCapturedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the evidence was recorded in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(Instant)
	 * @see org.rensa.model.RensaPackage#getEvidence_RecordedAt()
	 * @model dataType="org.rensa.model.Instant"
	 * @generated
	 */
	Instant getRecordedAt();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Captured By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Person who captured the evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Captured By</em>' attribute.
	 * @see #setCapturedBy(String)
	 * @see org.rensa.model.RensaPackage#getEvidence_CapturedBy()
	 * @model
	 * @generated
	 */
	String getCapturedBy();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getCapturedBy <em>Captured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Captured By</em>' attribute.
	 * @see #getCapturedBy()
	 * @generated
	 */
	void setCapturedBy(String value);

	/**
	 * Returns the value of the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caption in English.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caption</em>' attribute.
	 * @see #setCaption(String)
	 * @see org.rensa.model.RensaPackage#getEvidence_Caption()
	 * @model
	 * @generated
	 */
	String getCaption();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getCaption <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption</em>' attribute.
	 * @see #getCaption()
	 * @generated
	 */
	void setCaption(String value);

	/**
	 * Returns the value of the '<em><b>Caption Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Caption in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Caption Ja</em>' attribute.
	 * @see #setCaptionJa(String)
	 * @see org.rensa.model.RensaPackage#getEvidence_CaptionJa()
	 * @model
	 * @generated
	 */
	String getCaptionJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getCaptionJa <em>Caption Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Caption Ja</em>' attribute.
	 * @see #getCaptionJa()
	 * @generated
	 */
	void setCaptionJa(String value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date after which the evidence no longer demonstrates the current state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getEvidence_ExpiresOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

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
	 * @see org.rensa.model.RensaPackage#getEvidence_Tlp()
	 * @model default="AMBER"
	 * @generated
	 */
	Tlp getTlp();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getTlp <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlp</em>' attribute.
	 * @see org.rensa.model.Tlp
	 * @see #getTlp()
	 * @generated
	 */
	void setTlp(Tlp value);

	/**
	 * Returns the value of the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The visit during which the evidence was collected, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visit</em>' reference.
	 * @see #setVisit(Visit)
	 * @see org.rensa.model.RensaPackage#getEvidence_Visit()
	 * @model
	 * @generated
	 */
	Visit getVisit();

	/**
	 * Sets the value of the '{@link org.rensa.model.Evidence#getVisit <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visit</em>' reference.
	 * @see #getVisit()
	 * @generated
	 */
	void setVisit(Visit value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Response}.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.Response#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responses this evidence supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responses</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getEvidence_Responses()
	 * @see org.rensa.model.Response#getEvidence
	 * @model opposite="evidence"
	 * @generated
	 */
	EList<Response> getResponses();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Finding}.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Findings this evidence supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getEvidence_Findings()
	 * @see org.rensa.model.Finding#getEvidence
	 * @model opposite="evidence"
	 * @generated
	 */
	EList<Finding> getFindings();

} // Evidence
