/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The declared answer and the verified verdict on one requirement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Response#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.rensa.model.Response#getDeclaredAnswer <em>Declared Answer</em>}</li>
 *   <li>{@link org.rensa.model.Response#getDeclaredComment <em>Declared Comment</em>}</li>
 *   <li>{@link org.rensa.model.Response#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.rensa.model.Response#getMethod <em>Method</em>}</li>
 *   <li>{@link org.rensa.model.Response#getVerificationNote <em>Verification Note</em>}</li>
 *   <li>{@link org.rensa.model.Response#getVerificationNoteJa <em>Verification Note Ja</em>}</li>
 *   <li>{@link org.rensa.model.Response#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.rensa.model.Response#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.rensa.model.Response#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.Response#getGap <em>Gap</em>}</li>
 *   <li>{@link org.rensa.model.Response#isMismatch <em>Mismatch</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getResponse()
 * @model
 * @generated
 */
public interface Response extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requirement answered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requirement</em>' reference.
	 * @see #setRequirement(Requirement)
	 * @see org.rensa.model.RensaPackage#getResponse_Requirement()
	 * @model
	 * @generated
	 */
	Requirement getRequirement();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getRequirement <em>Requirement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requirement</em>' reference.
	 * @see #getRequirement()
	 * @generated
	 */
	void setRequirement(Requirement value);

	/**
	 * Returns the value of the '<em><b>Declared Answer</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.DeclaredAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Answer declared by the organisation in its self-check.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declared Answer</em>' attribute.
	 * @see org.rensa.model.DeclaredAnswer
	 * @see #setDeclaredAnswer(DeclaredAnswer)
	 * @see org.rensa.model.RensaPackage#getResponse_DeclaredAnswer()
	 * @model
	 * @generated
	 */
	DeclaredAnswer getDeclaredAnswer();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getDeclaredAnswer <em>Declared Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared Answer</em>' attribute.
	 * @see org.rensa.model.DeclaredAnswer
	 * @see #getDeclaredAnswer()
	 * @generated
	 */
	void setDeclaredAnswer(DeclaredAnswer value);

	/**
	 * Returns the value of the '<em><b>Declared Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comment the organisation gave with its answer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declared Comment</em>' attribute.
	 * @see #setDeclaredComment(String)
	 * @see org.rensa.model.RensaPackage#getResponse_DeclaredComment()
	 * @model
	 * @generated
	 */
	String getDeclaredComment();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getDeclaredComment <em>Declared Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared Comment</em>' attribute.
	 * @see #getDeclaredComment()
	 * @generated
	 */
	void setDeclaredComment(String value);

	/**
	 * Returns the value of the '<em><b>Verdict</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.Verdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The auditor's verified verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verdict</em>' attribute.
	 * @see org.rensa.model.Verdict
	 * @see #setVerdict(Verdict)
	 * @see org.rensa.model.RensaPackage#getResponse_Verdict()
	 * @model
	 * @generated
	 */
	Verdict getVerdict();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getVerdict <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verdict</em>' attribute.
	 * @see org.rensa.model.Verdict
	 * @see #getVerdict()
	 * @generated
	 */
	void setVerdict(Verdict value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.VerificationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the verdict was reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.rensa.model.VerificationMethod
	 * @see #setMethod(VerificationMethod)
	 * @see org.rensa.model.RensaPackage#getResponse_Method()
	 * @model
	 * @generated
	 */
	VerificationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.rensa.model.VerificationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(VerificationMethod value);

	/**
	 * Returns the value of the '<em><b>Verification Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Auditor's note justifying the verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Note</em>' attribute.
	 * @see #setVerificationNote(String)
	 * @see org.rensa.model.RensaPackage#getResponse_VerificationNote()
	 * @model
	 * @generated
	 */
	String getVerificationNote();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getVerificationNote <em>Verification Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Note</em>' attribute.
	 * @see #getVerificationNote()
	 * @generated
	 */
	void setVerificationNote(String value);

	/**
	 * Returns the value of the '<em><b>Verification Note Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Auditor's note justifying the verdict, in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Note Ja</em>' attribute.
	 * @see #setVerificationNoteJa(String)
	 * @see org.rensa.model.RensaPackage#getResponse_VerificationNoteJa()
	 * @model
	 * @generated
	 */
	String getVerificationNoteJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getVerificationNoteJa <em>Verification Note Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Note Ja</em>' attribute.
	 * @see #getVerificationNoteJa()
	 * @generated
	 */
	void setVerificationNoteJa(String value);

	/**
	 * Returns the value of the '<em><b>Verified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Auditor who verified the requirement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verified By</em>' attribute.
	 * @see #setVerifiedBy(String)
	 * @see org.rensa.model.RensaPackage#getResponse_VerifiedBy()
	 * @model
	 * @generated
	 */
	String getVerifiedBy();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getVerifiedBy <em>Verified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified By</em>' attribute.
	 * @see #getVerifiedBy()
	 * @generated
	 */
	void setVerifiedBy(String value);

	/**
	 * Returns the value of the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the verdict was recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verified At</em>' attribute.
	 * @see #setVerifiedAt(Instant)
	 * @see org.rensa.model.RensaPackage#getResponse_VerifiedAt()
	 * @model dataType="org.rensa.model.Instant"
	 * @generated
	 */
	Instant getVerifiedAt();

	/**
	 * Sets the value of the '{@link org.rensa.model.Response#getVerifiedAt <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verified At</em>' attribute.
	 * @see #getVerifiedAt()
	 * @generated
	 */
	void setVerifiedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Evidence}.
	 * It is bidirectional and its opposite is '{@link org.rensa.model.Evidence#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence supporting the verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getResponse_Evidence()
	 * @see org.rensa.model.Evidence#getResponses
	 * @model opposite="responses"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Gap</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.DeclarationGap}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived comparison of declared answer and verdict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gap</em>' attribute.
	 * @see org.rensa.model.DeclarationGap
	 * @see org.rensa.model.RensaPackage#getResponse_Gap()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	DeclarationGap getGap();

	/**
	 * Returns the value of the '<em><b>Mismatch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Derived: true when the declaration is overstated or understated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mismatch</em>' attribute.
	 * @see org.rensa.model.RensaPackage#getResponse_Mismatch()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isMismatch();

} // Response
