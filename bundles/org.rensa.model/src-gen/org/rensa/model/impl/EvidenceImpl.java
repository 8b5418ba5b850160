/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rensa.model.Evidence;
import org.rensa.model.EvidenceFile;
import org.rensa.model.EvidenceKind;
import org.rensa.model.Finding;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getCapturedAt <em>Captured At</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getCapturedBy <em>Captured By</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getCaption <em>Caption</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getCaptionJa <em>Caption Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getResponses <em>Responses</em>}</li>
 *   <li>{@link org.rensa.model.impl.EvidenceImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvidenceImpl extends IdentifiableImpl implements Evidence {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EvidenceKind KIND_EDEFAULT = EvidenceKind.PHOTO;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EvidenceKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceFile> files;

	/**
	 * The default value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CAPTURED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapturedAt() <em>Captured At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant capturedAt = CAPTURED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant RECORDED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapturedBy() <em>Captured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTURED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCapturedBy() <em>Captured By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapturedBy()
	 * @generated
	 * @ordered
	 */
	protected String capturedBy = CAPTURED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaption() <em>Caption</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaption()
	 * @generated
	 * @ordered
	 */
	protected String caption = CAPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaptionJa() <em>Caption Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String CAPTION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaptionJa() <em>Caption Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaptionJa()
	 * @generated
	 * @ordered
	 */
	protected String captionJa = CAPTION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlp() <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlp()
	 * @generated
	 * @ordered
	 */
	protected static final Tlp TLP_EDEFAULT = Tlp.AMBER;

	/**
	 * The cached value of the '{@link #getTlp() <em>Tlp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlp()
	 * @generated
	 * @ordered
	 */
	protected Tlp tlp = TLP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVisit() <em>Visit</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisit()
	 * @generated
	 * @ordered
	 */
	protected Visit visit;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<Response> responses;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvidenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.EVIDENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvidenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EvidenceKind newKind) {
		EvidenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceFile> getFiles() {
		if (files == null) {
			files = new EObjectContainmentEList.Resolving<EvidenceFile>(EvidenceFile.class, this, RensaPackage.EVIDENCE__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCapturedAt() {
		return capturedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturedAt(Instant newCapturedAt) {
		Instant oldCapturedAt = capturedAt;
		capturedAt = newCapturedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__CAPTURED_AT, oldCapturedAt, capturedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(Instant newRecordedAt) {
		Instant oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCapturedBy() {
		return capturedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapturedBy(String newCapturedBy) {
		String oldCapturedBy = capturedBy;
		capturedBy = newCapturedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__CAPTURED_BY, oldCapturedBy, capturedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaption() {
		return caption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaption(String newCaption) {
		String oldCaption = caption;
		caption = newCaption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__CAPTION, oldCaption, caption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaptionJa() {
		return captionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaptionJa(String newCaptionJa) {
		String oldCaptionJa = captionJa;
		captionJa = newCaptionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__CAPTION_JA, oldCaptionJa, captionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(LocalDate newExpiresOn) {
		LocalDate oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Tlp getTlp() {
		return tlp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlp(Tlp newTlp) {
		Tlp oldTlp = tlp;
		tlp = newTlp == null ? TLP_EDEFAULT : newTlp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__TLP, oldTlp, tlp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Visit getVisit() {
		if (visit != null && visit.eIsProxy()) {
			InternalEObject oldVisit = (InternalEObject)visit;
			visit = (Visit)eResolveProxy(oldVisit);
			if (visit != oldVisit) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.EVIDENCE__VISIT, oldVisit, visit));
			}
		}
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Visit basicGetVisit() {
		return visit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisit(Visit newVisit) {
		Visit oldVisit = visit;
		visit = newVisit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.EVIDENCE__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Response> getResponses() {
		if (responses == null) {
			responses = new EObjectWithInverseResolvingEList.ManyInverse<Response>(Response.class, this, RensaPackage.EVIDENCE__RESPONSES, RensaPackage.RESPONSE__EVIDENCE);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectWithInverseResolvingEList.ManyInverse<Finding>(Finding.class, this, RensaPackage.EVIDENCE__FINDINGS, RensaPackage.FINDING__EVIDENCE);
		}
		return findings;
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
			case RensaPackage.EVIDENCE__RESPONSES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getResponses()).basicAdd(otherEnd, msgs);
			case RensaPackage.EVIDENCE__FINDINGS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFindings()).basicAdd(otherEnd, msgs);
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
			case RensaPackage.EVIDENCE__FILES:
				return ((InternalEList<?>)getFiles()).basicRemove(otherEnd, msgs);
			case RensaPackage.EVIDENCE__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
			case RensaPackage.EVIDENCE__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
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
			case RensaPackage.EVIDENCE__CODE:
				return getCode();
			case RensaPackage.EVIDENCE__TITLE:
				return getTitle();
			case RensaPackage.EVIDENCE__KIND:
				return getKind();
			case RensaPackage.EVIDENCE__FILES:
				return getFiles();
			case RensaPackage.EVIDENCE__CAPTURED_AT:
				return getCapturedAt();
			case RensaPackage.EVIDENCE__RECORDED_AT:
				return getRecordedAt();
			case RensaPackage.EVIDENCE__CAPTURED_BY:
				return getCapturedBy();
			case RensaPackage.EVIDENCE__CAPTION:
				return getCaption();
			case RensaPackage.EVIDENCE__CAPTION_JA:
				return getCaptionJa();
			case RensaPackage.EVIDENCE__EXPIRES_ON:
				return getExpiresOn();
			case RensaPackage.EVIDENCE__TLP:
				return getTlp();
			case RensaPackage.EVIDENCE__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case RensaPackage.EVIDENCE__RESPONSES:
				return getResponses();
			case RensaPackage.EVIDENCE__FINDINGS:
				return getFindings();
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
			case RensaPackage.EVIDENCE__CODE:
				setCode((String)newValue);
				return;
			case RensaPackage.EVIDENCE__TITLE:
				setTitle((String)newValue);
				return;
			case RensaPackage.EVIDENCE__KIND:
				setKind((EvidenceKind)newValue);
				return;
			case RensaPackage.EVIDENCE__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends EvidenceFile>)newValue);
				return;
			case RensaPackage.EVIDENCE__CAPTURED_AT:
				setCapturedAt((Instant)newValue);
				return;
			case RensaPackage.EVIDENCE__RECORDED_AT:
				setRecordedAt((Instant)newValue);
				return;
			case RensaPackage.EVIDENCE__CAPTURED_BY:
				setCapturedBy((String)newValue);
				return;
			case RensaPackage.EVIDENCE__CAPTION:
				setCaption((String)newValue);
				return;
			case RensaPackage.EVIDENCE__CAPTION_JA:
				setCaptionJa((String)newValue);
				return;
			case RensaPackage.EVIDENCE__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case RensaPackage.EVIDENCE__TLP:
				setTlp((Tlp)newValue);
				return;
			case RensaPackage.EVIDENCE__VISIT:
				setVisit((Visit)newValue);
				return;
			case RensaPackage.EVIDENCE__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends Response>)newValue);
				return;
			case RensaPackage.EVIDENCE__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
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
			case RensaPackage.EVIDENCE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__FILES:
				getFiles().clear();
				return;
			case RensaPackage.EVIDENCE__CAPTURED_AT:
				setCapturedAt(CAPTURED_AT_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__CAPTURED_BY:
				setCapturedBy(CAPTURED_BY_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__CAPTION:
				setCaption(CAPTION_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__CAPTION_JA:
				setCaptionJa(CAPTION_JA_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__TLP:
				setTlp(TLP_EDEFAULT);
				return;
			case RensaPackage.EVIDENCE__VISIT:
				setVisit((Visit)null);
				return;
			case RensaPackage.EVIDENCE__RESPONSES:
				getResponses().clear();
				return;
			case RensaPackage.EVIDENCE__FINDINGS:
				getFindings().clear();
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
			case RensaPackage.EVIDENCE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RensaPackage.EVIDENCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RensaPackage.EVIDENCE__KIND:
				return kind != KIND_EDEFAULT;
			case RensaPackage.EVIDENCE__FILES:
				return files != null && !files.isEmpty();
			case RensaPackage.EVIDENCE__CAPTURED_AT:
				return CAPTURED_AT_EDEFAULT == null ? capturedAt != null : !CAPTURED_AT_EDEFAULT.equals(capturedAt);
			case RensaPackage.EVIDENCE__RECORDED_AT:
				return RECORDED_AT_EDEFAULT == null ? recordedAt != null : !RECORDED_AT_EDEFAULT.equals(recordedAt);
			case RensaPackage.EVIDENCE__CAPTURED_BY:
				return CAPTURED_BY_EDEFAULT == null ? capturedBy != null : !CAPTURED_BY_EDEFAULT.equals(capturedBy);
			case RensaPackage.EVIDENCE__CAPTION:
				return CAPTION_EDEFAULT == null ? caption != null : !CAPTION_EDEFAULT.equals(caption);
			case RensaPackage.EVIDENCE__CAPTION_JA:
				return CAPTION_JA_EDEFAULT == null ? captionJa != null : !CAPTION_JA_EDEFAULT.equals(captionJa);
			case RensaPackage.EVIDENCE__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case RensaPackage.EVIDENCE__TLP:
				return tlp != TLP_EDEFAULT;
			case RensaPackage.EVIDENCE__VISIT:
				return visit != null;
			case RensaPackage.EVIDENCE__RESPONSES:
				return responses != null && !responses.isEmpty();
			case RensaPackage.EVIDENCE__FINDINGS:
				return findings != null && !findings.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", kind: ");
		result.append(kind);
		result.append(", capturedAt: ");
		result.append(capturedAt);
		result.append(", recordedAt: ");
		result.append(recordedAt);
		result.append(", capturedBy: ");
		result.append(capturedBy);
		result.append(", caption: ");
		result.append(caption);
		result.append(", captionJa: ");
		result.append(captionJa);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", tlp: ");
		result.append(tlp);
		result.append(')');
		return result.toString();
	}

} //EvidenceImpl
