/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rensa.model.DeclarationGap;
import org.rensa.model.DeclaredAnswer;
import org.rensa.model.Evidence;
import org.rensa.model.RensaPackage;
import org.rensa.model.Requirement;
import org.rensa.model.Response;
import org.rensa.model.Verdict;
import org.rensa.model.VerificationMethod;

import org.rensa.model.derived.DeclarationGaps;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Response</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getDeclaredAnswer <em>Declared Answer</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getDeclaredComment <em>Declared Comment</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getVerdict <em>Verdict</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getVerificationNote <em>Verification Note</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getVerificationNoteJa <em>Verification Note Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getVerifiedBy <em>Verified By</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getVerifiedAt <em>Verified At</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#getGap <em>Gap</em>}</li>
 *   <li>{@link org.rensa.model.impl.ResponseImpl#isMismatch <em>Mismatch</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResponseImpl extends IdentifiableImpl implements Response {
	/**
	 * The cached value of the '{@link #getRequirement() <em>Requirement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirement()
	 * @generated
	 * @ordered
	 */
	protected Requirement requirement;

	/**
	 * The default value of the '{@link #getDeclaredAnswer() <em>Declared Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final DeclaredAnswer DECLARED_ANSWER_EDEFAULT = DeclaredAnswer.UNANSWERED;

	/**
	 * The cached value of the '{@link #getDeclaredAnswer() <em>Declared Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredAnswer()
	 * @generated
	 * @ordered
	 */
	protected DeclaredAnswer declaredAnswer = DECLARED_ANSWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclaredComment() <em>Declared Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredComment()
	 * @generated
	 * @ordered
	 */
	protected static final String DECLARED_COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclaredComment() <em>Declared Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredComment()
	 * @generated
	 * @ordered
	 */
	protected String declaredComment = DECLARED_COMMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected static final Verdict VERDICT_EDEFAULT = Verdict.NOT_VERIFIED;

	/**
	 * The cached value of the '{@link #getVerdict() <em>Verdict</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerdict()
	 * @generated
	 * @ordered
	 */
	protected Verdict verdict = VERDICT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final VerificationMethod METHOD_EDEFAULT = VerificationMethod.NONE;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected VerificationMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationNote() <em>Verification Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationNote()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFICATION_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerificationNote() <em>Verification Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationNote()
	 * @generated
	 * @ordered
	 */
	protected String verificationNote = VERIFICATION_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationNoteJa() <em>Verification Note Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationNoteJa()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFICATION_NOTE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerificationNoteJa() <em>Verification Note Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationNoteJa()
	 * @generated
	 * @ordered
	 */
	protected String verificationNoteJa = VERIFICATION_NOTE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerifiedBy() <em>Verified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFIED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerifiedBy() <em>Verified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedBy()
	 * @generated
	 * @ordered
	 */
	protected String verifiedBy = VERIFIED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant VERIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerifiedAt() <em>Verified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerifiedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant verifiedAt = VERIFIED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The default value of the '{@link #getGap() <em>Gap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGap()
	 * @generated
	 * @ordered
	 */
	protected static final DeclarationGap GAP_EDEFAULT = DeclarationGap.UNVERIFIED;

	/**
	 * The default value of the '{@link #isMismatch() <em>Mismatch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMismatch()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MISMATCH_EDEFAULT = false;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResponseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.RESPONSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Requirement getRequirement() {
		if (requirement != null && requirement.eIsProxy()) {
			InternalEObject oldRequirement = (InternalEObject)requirement;
			requirement = (Requirement)eResolveProxy(oldRequirement);
			if (requirement != oldRequirement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.RESPONSE__REQUIREMENT, oldRequirement, requirement));
			}
		}
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Requirement basicGetRequirement() {
		return requirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequirement(Requirement newRequirement) {
		Requirement oldRequirement = requirement;
		requirement = newRequirement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__REQUIREMENT, oldRequirement, requirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclaredAnswer getDeclaredAnswer() {
		return declaredAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredAnswer(DeclaredAnswer newDeclaredAnswer) {
		DeclaredAnswer oldDeclaredAnswer = declaredAnswer;
		declaredAnswer = newDeclaredAnswer == null ? DECLARED_ANSWER_EDEFAULT : newDeclaredAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__DECLARED_ANSWER, oldDeclaredAnswer, declaredAnswer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeclaredComment() {
		return declaredComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredComment(String newDeclaredComment) {
		String oldDeclaredComment = declaredComment;
		declaredComment = newDeclaredComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__DECLARED_COMMENT, oldDeclaredComment, declaredComment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Verdict getVerdict() {
		return verdict;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerdict(Verdict newVerdict) {
		Verdict oldVerdict = verdict;
		verdict = newVerdict == null ? VERDICT_EDEFAULT : newVerdict;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__VERDICT, oldVerdict, verdict));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VerificationMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(VerificationMethod newMethod) {
		VerificationMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerificationNote() {
		return verificationNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationNote(String newVerificationNote) {
		String oldVerificationNote = verificationNote;
		verificationNote = newVerificationNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__VERIFICATION_NOTE, oldVerificationNote, verificationNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerificationNoteJa() {
		return verificationNoteJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationNoteJa(String newVerificationNoteJa) {
		String oldVerificationNoteJa = verificationNoteJa;
		verificationNoteJa = newVerificationNoteJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__VERIFICATION_NOTE_JA, oldVerificationNoteJa, verificationNoteJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerifiedBy() {
		return verifiedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedBy(String newVerifiedBy) {
		String oldVerifiedBy = verifiedBy;
		verifiedBy = newVerifiedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__VERIFIED_BY, oldVerifiedBy, verifiedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getVerifiedAt() {
		return verifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerifiedAt(Instant newVerifiedAt) {
		Instant oldVerifiedAt = verifiedAt;
		verifiedAt = newVerifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.RESPONSE__VERIFIED_AT, oldVerifiedAt, verifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectWithInverseResolvingEList.ManyInverse<Evidence>(Evidence.class, this, RensaPackage.RESPONSE__EVIDENCE, RensaPackage.EVIDENCE__RESPONSES);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeclarationGap getGap() {
		return DeclarationGaps.gapOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMismatch() {
		return DeclarationGaps.isMismatch(getGap());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.RESPONSE__EVIDENCE:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEvidence()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.RESPONSE__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RensaPackage.RESPONSE__REQUIREMENT:
				if (resolve) return getRequirement();
				return basicGetRequirement();
			case RensaPackage.RESPONSE__DECLARED_ANSWER:
				return getDeclaredAnswer();
			case RensaPackage.RESPONSE__DECLARED_COMMENT:
				return getDeclaredComment();
			case RensaPackage.RESPONSE__VERDICT:
				return getVerdict();
			case RensaPackage.RESPONSE__METHOD:
				return getMethod();
			case RensaPackage.RESPONSE__VERIFICATION_NOTE:
				return getVerificationNote();
			case RensaPackage.RESPONSE__VERIFICATION_NOTE_JA:
				return getVerificationNoteJa();
			case RensaPackage.RESPONSE__VERIFIED_BY:
				return getVerifiedBy();
			case RensaPackage.RESPONSE__VERIFIED_AT:
				return getVerifiedAt();
			case RensaPackage.RESPONSE__EVIDENCE:
				return getEvidence();
			case RensaPackage.RESPONSE__GAP:
				return getGap();
			case RensaPackage.RESPONSE__MISMATCH:
				return isMismatch();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RensaPackage.RESPONSE__REQUIREMENT:
				setRequirement((Requirement)newValue);
				return;
			case RensaPackage.RESPONSE__DECLARED_ANSWER:
				setDeclaredAnswer((DeclaredAnswer)newValue);
				return;
			case RensaPackage.RESPONSE__DECLARED_COMMENT:
				setDeclaredComment((String)newValue);
				return;
			case RensaPackage.RESPONSE__VERDICT:
				setVerdict((Verdict)newValue);
				return;
			case RensaPackage.RESPONSE__METHOD:
				setMethod((VerificationMethod)newValue);
				return;
			case RensaPackage.RESPONSE__VERIFICATION_NOTE:
				setVerificationNote((String)newValue);
				return;
			case RensaPackage.RESPONSE__VERIFICATION_NOTE_JA:
				setVerificationNoteJa((String)newValue);
				return;
			case RensaPackage.RESPONSE__VERIFIED_BY:
				setVerifiedBy((String)newValue);
				return;
			case RensaPackage.RESPONSE__VERIFIED_AT:
				setVerifiedAt((Instant)newValue);
				return;
			case RensaPackage.RESPONSE__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RensaPackage.RESPONSE__REQUIREMENT:
				setRequirement((Requirement)null);
				return;
			case RensaPackage.RESPONSE__DECLARED_ANSWER:
				setDeclaredAnswer(DECLARED_ANSWER_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__DECLARED_COMMENT:
				setDeclaredComment(DECLARED_COMMENT_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__VERDICT:
				setVerdict(VERDICT_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__VERIFICATION_NOTE:
				setVerificationNote(VERIFICATION_NOTE_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__VERIFICATION_NOTE_JA:
				setVerificationNoteJa(VERIFICATION_NOTE_JA_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__VERIFIED_BY:
				setVerifiedBy(VERIFIED_BY_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__VERIFIED_AT:
				setVerifiedAt(VERIFIED_AT_EDEFAULT);
				return;
			case RensaPackage.RESPONSE__EVIDENCE:
				getEvidence().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RensaPackage.RESPONSE__REQUIREMENT:
				return requirement != null;
			case RensaPackage.RESPONSE__DECLARED_ANSWER:
				return declaredAnswer != DECLARED_ANSWER_EDEFAULT;
			case RensaPackage.RESPONSE__DECLARED_COMMENT:
				return DECLARED_COMMENT_EDEFAULT == null ? declaredComment != null : !DECLARED_COMMENT_EDEFAULT.equals(declaredComment);
			case RensaPackage.RESPONSE__VERDICT:
				return verdict != VERDICT_EDEFAULT;
			case RensaPackage.RESPONSE__METHOD:
				return method != METHOD_EDEFAULT;
			case RensaPackage.RESPONSE__VERIFICATION_NOTE:
				return VERIFICATION_NOTE_EDEFAULT == null ? verificationNote != null : !VERIFICATION_NOTE_EDEFAULT.equals(verificationNote);
			case RensaPackage.RESPONSE__VERIFICATION_NOTE_JA:
				return VERIFICATION_NOTE_JA_EDEFAULT == null ? verificationNoteJa != null : !VERIFICATION_NOTE_JA_EDEFAULT.equals(verificationNoteJa);
			case RensaPackage.RESPONSE__VERIFIED_BY:
				return VERIFIED_BY_EDEFAULT == null ? verifiedBy != null : !VERIFIED_BY_EDEFAULT.equals(verifiedBy);
			case RensaPackage.RESPONSE__VERIFIED_AT:
				return VERIFIED_AT_EDEFAULT == null ? verifiedAt != null : !VERIFIED_AT_EDEFAULT.equals(verifiedAt);
			case RensaPackage.RESPONSE__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case RensaPackage.RESPONSE__GAP:
				return getGap() != GAP_EDEFAULT;
			case RensaPackage.RESPONSE__MISMATCH:
				return isMismatch() != MISMATCH_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (declaredAnswer: ");
		result.append(declaredAnswer);
		result.append(", declaredComment: ");
		result.append(declaredComment);
		result.append(", verdict: ");
		result.append(verdict);
		result.append(", method: ");
		result.append(method);
		result.append(", verificationNote: ");
		result.append(verificationNote);
		result.append(", verificationNoteJa: ");
		result.append(verificationNoteJa);
		result.append(", verifiedBy: ");
		result.append(verifiedBy);
		result.append(", verifiedAt: ");
		result.append(verifiedAt);
		result.append(')');
		return result.toString();
	}

} //ResponseImpl
