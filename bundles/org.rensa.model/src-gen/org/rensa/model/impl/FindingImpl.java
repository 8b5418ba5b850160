/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rensa.model.Assessment;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.FindingStatus;
import org.rensa.model.Organization;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage;
import org.rensa.model.Requirement;
import org.rensa.model.Severity;
import org.rensa.model.Tlp;
import org.rensa.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getTitleJa <em>Title Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getCauseJa <em>Cause Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getEffectJa <em>Effect Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getRecommendationJa <em>Recommendation Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getRequirement <em>Requirement</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getVisit <em>Visit</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getTlp <em>Tlp</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getRaisedOn <em>Raised On</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getManagementResponse <em>Management Response</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getManagementResponseJa <em>Management Response Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getManagementResponseBy <em>Management Response By</em>}</li>
 *   <li>{@link org.rensa.model.impl.FindingImpl#getManagementResponseOn <em>Management Response On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FindingImpl extends IdentifiableImpl implements Finding {
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
	 * The default value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitleJa() <em>Title Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitleJa()
	 * @generated
	 * @ordered
	 */
	protected String titleJa = TITLE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected String descriptionJa = DESCRIPTION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCauseJa() <em>Cause Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseJa()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCauseJa() <em>Cause Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCauseJa()
	 * @generated
	 * @ordered
	 */
	protected String causeJa = CAUSE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected static final String EFFECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected String effect = EFFECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectJa() <em>Effect Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectJa()
	 * @generated
	 * @ordered
	 */
	protected static final String EFFECT_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectJa() <em>Effect Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectJa()
	 * @generated
	 * @ordered
	 */
	protected String effectJa = EFFECT_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected String recommendation = RECOMMENDATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendationJa() <em>Recommendation Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendationJa()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendationJa() <em>Recommendation Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendationJa()
	 * @generated
	 * @ordered
	 */
	protected String recommendationJa = RECOMMENDATION_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected static final Severity SEVERITY_EDEFAULT = Severity.CRITICAL;

	/**
	 * The cached value of the '{@link #getSeverity() <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverity()
	 * @generated
	 * @ordered
	 */
	protected Severity severity = SEVERITY_EDEFAULT;

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
	 * The cached value of the '{@link #getOrganization() <em>Organization</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganization()
	 * @generated
	 * @ordered
	 */
	protected Organization organization;

	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment assessment;

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
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final FindingStatus STATUS_EDEFAULT = FindingStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected FindingStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RAISED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRaisedOn() <em>Raised On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaisedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate raisedOn = RAISED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RemediationAction> actions;

	/**
	 * The default value of the '{@link #getManagementResponse() <em>Management Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponse()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGEMENT_RESPONSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagementResponse() <em>Management Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponse()
	 * @generated
	 * @ordered
	 */
	protected String managementResponse = MANAGEMENT_RESPONSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagementResponseJa() <em>Management Response Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseJa()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGEMENT_RESPONSE_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagementResponseJa() <em>Management Response Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseJa()
	 * @generated
	 * @ordered
	 */
	protected String managementResponseJa = MANAGEMENT_RESPONSE_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagementResponseBy() <em>Management Response By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseBy()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGEMENT_RESPONSE_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagementResponseBy() <em>Management Response By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseBy()
	 * @generated
	 * @ordered
	 */
	protected String managementResponseBy = MANAGEMENT_RESPONSE_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getManagementResponseOn() <em>Management Response On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate MANAGEMENT_RESPONSE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagementResponseOn() <em>Management Response On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagementResponseOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate managementResponseOn = MANAGEMENT_RESPONSE_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FindingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.FINDING;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitleJa() {
		return titleJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitleJa(String newTitleJa) {
		String oldTitleJa = titleJa;
		titleJa = newTitleJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__TITLE_JA, oldTitleJa, titleJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionJa() {
		return descriptionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionJa(String newDescriptionJa) {
		String oldDescriptionJa = descriptionJa;
		descriptionJa = newDescriptionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__DESCRIPTION_JA, oldDescriptionJa, descriptionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCauseJa() {
		return causeJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCauseJa(String newCauseJa) {
		String oldCauseJa = causeJa;
		causeJa = newCauseJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__CAUSE_JA, oldCauseJa, causeJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEffect() {
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffect(String newEffect) {
		String oldEffect = effect;
		effect = newEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__EFFECT, oldEffect, effect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEffectJa() {
		return effectJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectJa(String newEffectJa) {
		String oldEffectJa = effectJa;
		effectJa = newEffectJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__EFFECT_JA, oldEffectJa, effectJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendation(String newRecommendation) {
		String oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__RECOMMENDATION, oldRecommendation, recommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendationJa() {
		return recommendationJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendationJa(String newRecommendationJa) {
		String oldRecommendationJa = recommendationJa;
		recommendationJa = newRecommendationJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__RECOMMENDATION_JA, oldRecommendationJa, recommendationJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Severity getSeverity() {
		return severity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeverity(Severity newSeverity) {
		Severity oldSeverity = severity;
		severity = newSeverity == null ? SEVERITY_EDEFAULT : newSeverity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__SEVERITY, oldSeverity, severity));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.FINDING__REQUIREMENT, oldRequirement, requirement));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__REQUIREMENT, oldRequirement, requirement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getOrganization() {
		if (organization != null && organization.eIsProxy()) {
			InternalEObject oldOrganization = (InternalEObject)organization;
			organization = (Organization)eResolveProxy(oldOrganization);
			if (organization != oldOrganization) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.FINDING__ORGANIZATION, oldOrganization, organization));
			}
		}
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetOrganization() {
		return organization;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganization(Organization newOrganization) {
		Organization oldOrganization = organization;
		organization = newOrganization;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getAssessment() {
		if (assessment != null && assessment.eIsProxy()) {
			InternalEObject oldAssessment = (InternalEObject)assessment;
			assessment = (Assessment)eResolveProxy(oldAssessment);
			if (assessment != oldAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.FINDING__ASSESSMENT, oldAssessment, assessment));
			}
		}
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(Assessment newAssessment) {
		Assessment oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__ASSESSMENT, oldAssessment, assessment));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.FINDING__VISIT, oldVisit, visit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__VISIT, oldVisit, visit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectWithInverseResolvingEList.ManyInverse<Evidence>(Evidence.class, this, RensaPackage.FINDING__EVIDENCE, RensaPackage.EVIDENCE__FINDINGS);
		}
		return evidence;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__TLP, oldTlp, tlp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(FindingStatus newStatus) {
		FindingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRaisedOn() {
		return raisedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaisedOn(LocalDate newRaisedOn) {
		LocalDate oldRaisedOn = raisedOn;
		raisedOn = newRaisedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__RAISED_ON, oldRaisedOn, raisedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RemediationAction> getActions() {
		if (actions == null) {
			actions = new EObjectWithInverseResolvingEList<RemediationAction>(RemediationAction.class, this, RensaPackage.FINDING__ACTIONS, RensaPackage.REMEDIATION_ACTION__FINDING);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagementResponse() {
		return managementResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementResponse(String newManagementResponse) {
		String oldManagementResponse = managementResponse;
		managementResponse = newManagementResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__MANAGEMENT_RESPONSE, oldManagementResponse, managementResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagementResponseJa() {
		return managementResponseJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementResponseJa(String newManagementResponseJa) {
		String oldManagementResponseJa = managementResponseJa;
		managementResponseJa = newManagementResponseJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA, oldManagementResponseJa, managementResponseJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagementResponseBy() {
		return managementResponseBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementResponseBy(String newManagementResponseBy) {
		String oldManagementResponseBy = managementResponseBy;
		managementResponseBy = newManagementResponseBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY, oldManagementResponseBy, managementResponseBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getManagementResponseOn() {
		return managementResponseOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagementResponseOn(LocalDate newManagementResponseOn) {
		LocalDate oldManagementResponseOn = managementResponseOn;
		managementResponseOn = newManagementResponseOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON, oldManagementResponseOn, managementResponseOn));
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
			case RensaPackage.FINDING__EVIDENCE:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getEvidence()).basicAdd(otherEnd, msgs);
			case RensaPackage.FINDING__ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getActions()).basicAdd(otherEnd, msgs);
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
			case RensaPackage.FINDING__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case RensaPackage.FINDING__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case RensaPackage.FINDING__CODE:
				return getCode();
			case RensaPackage.FINDING__TITLE:
				return getTitle();
			case RensaPackage.FINDING__TITLE_JA:
				return getTitleJa();
			case RensaPackage.FINDING__DESCRIPTION:
				return getDescription();
			case RensaPackage.FINDING__DESCRIPTION_JA:
				return getDescriptionJa();
			case RensaPackage.FINDING__CAUSE:
				return getCause();
			case RensaPackage.FINDING__CAUSE_JA:
				return getCauseJa();
			case RensaPackage.FINDING__EFFECT:
				return getEffect();
			case RensaPackage.FINDING__EFFECT_JA:
				return getEffectJa();
			case RensaPackage.FINDING__RECOMMENDATION:
				return getRecommendation();
			case RensaPackage.FINDING__RECOMMENDATION_JA:
				return getRecommendationJa();
			case RensaPackage.FINDING__SEVERITY:
				return getSeverity();
			case RensaPackage.FINDING__REQUIREMENT:
				if (resolve) return getRequirement();
				return basicGetRequirement();
			case RensaPackage.FINDING__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case RensaPackage.FINDING__ASSESSMENT:
				if (resolve) return getAssessment();
				return basicGetAssessment();
			case RensaPackage.FINDING__VISIT:
				if (resolve) return getVisit();
				return basicGetVisit();
			case RensaPackage.FINDING__EVIDENCE:
				return getEvidence();
			case RensaPackage.FINDING__TLP:
				return getTlp();
			case RensaPackage.FINDING__STATUS:
				return getStatus();
			case RensaPackage.FINDING__RAISED_ON:
				return getRaisedOn();
			case RensaPackage.FINDING__ACTIONS:
				return getActions();
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE:
				return getManagementResponse();
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA:
				return getManagementResponseJa();
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY:
				return getManagementResponseBy();
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON:
				return getManagementResponseOn();
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
			case RensaPackage.FINDING__CODE:
				setCode((String)newValue);
				return;
			case RensaPackage.FINDING__TITLE:
				setTitle((String)newValue);
				return;
			case RensaPackage.FINDING__TITLE_JA:
				setTitleJa((String)newValue);
				return;
			case RensaPackage.FINDING__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RensaPackage.FINDING__DESCRIPTION_JA:
				setDescriptionJa((String)newValue);
				return;
			case RensaPackage.FINDING__CAUSE:
				setCause((String)newValue);
				return;
			case RensaPackage.FINDING__CAUSE_JA:
				setCauseJa((String)newValue);
				return;
			case RensaPackage.FINDING__EFFECT:
				setEffect((String)newValue);
				return;
			case RensaPackage.FINDING__EFFECT_JA:
				setEffectJa((String)newValue);
				return;
			case RensaPackage.FINDING__RECOMMENDATION:
				setRecommendation((String)newValue);
				return;
			case RensaPackage.FINDING__RECOMMENDATION_JA:
				setRecommendationJa((String)newValue);
				return;
			case RensaPackage.FINDING__SEVERITY:
				setSeverity((Severity)newValue);
				return;
			case RensaPackage.FINDING__REQUIREMENT:
				setRequirement((Requirement)newValue);
				return;
			case RensaPackage.FINDING__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case RensaPackage.FINDING__ASSESSMENT:
				setAssessment((Assessment)newValue);
				return;
			case RensaPackage.FINDING__VISIT:
				setVisit((Visit)newValue);
				return;
			case RensaPackage.FINDING__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case RensaPackage.FINDING__TLP:
				setTlp((Tlp)newValue);
				return;
			case RensaPackage.FINDING__STATUS:
				setStatus((FindingStatus)newValue);
				return;
			case RensaPackage.FINDING__RAISED_ON:
				setRaisedOn((LocalDate)newValue);
				return;
			case RensaPackage.FINDING__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends RemediationAction>)newValue);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE:
				setManagementResponse((String)newValue);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA:
				setManagementResponseJa((String)newValue);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY:
				setManagementResponseBy((String)newValue);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON:
				setManagementResponseOn((LocalDate)newValue);
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
			case RensaPackage.FINDING__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case RensaPackage.FINDING__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RensaPackage.FINDING__TITLE_JA:
				setTitleJa(TITLE_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RensaPackage.FINDING__DESCRIPTION_JA:
				setDescriptionJa(DESCRIPTION_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case RensaPackage.FINDING__CAUSE_JA:
				setCauseJa(CAUSE_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__EFFECT:
				setEffect(EFFECT_EDEFAULT);
				return;
			case RensaPackage.FINDING__EFFECT_JA:
				setEffectJa(EFFECT_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__RECOMMENDATION:
				setRecommendation(RECOMMENDATION_EDEFAULT);
				return;
			case RensaPackage.FINDING__RECOMMENDATION_JA:
				setRecommendationJa(RECOMMENDATION_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__SEVERITY:
				setSeverity(SEVERITY_EDEFAULT);
				return;
			case RensaPackage.FINDING__REQUIREMENT:
				setRequirement((Requirement)null);
				return;
			case RensaPackage.FINDING__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case RensaPackage.FINDING__ASSESSMENT:
				setAssessment((Assessment)null);
				return;
			case RensaPackage.FINDING__VISIT:
				setVisit((Visit)null);
				return;
			case RensaPackage.FINDING__EVIDENCE:
				getEvidence().clear();
				return;
			case RensaPackage.FINDING__TLP:
				setTlp(TLP_EDEFAULT);
				return;
			case RensaPackage.FINDING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RensaPackage.FINDING__RAISED_ON:
				setRaisedOn(RAISED_ON_EDEFAULT);
				return;
			case RensaPackage.FINDING__ACTIONS:
				getActions().clear();
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE:
				setManagementResponse(MANAGEMENT_RESPONSE_EDEFAULT);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA:
				setManagementResponseJa(MANAGEMENT_RESPONSE_JA_EDEFAULT);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY:
				setManagementResponseBy(MANAGEMENT_RESPONSE_BY_EDEFAULT);
				return;
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON:
				setManagementResponseOn(MANAGEMENT_RESPONSE_ON_EDEFAULT);
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
			case RensaPackage.FINDING__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case RensaPackage.FINDING__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RensaPackage.FINDING__TITLE_JA:
				return TITLE_JA_EDEFAULT == null ? titleJa != null : !TITLE_JA_EDEFAULT.equals(titleJa);
			case RensaPackage.FINDING__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RensaPackage.FINDING__DESCRIPTION_JA:
				return DESCRIPTION_JA_EDEFAULT == null ? descriptionJa != null : !DESCRIPTION_JA_EDEFAULT.equals(descriptionJa);
			case RensaPackage.FINDING__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case RensaPackage.FINDING__CAUSE_JA:
				return CAUSE_JA_EDEFAULT == null ? causeJa != null : !CAUSE_JA_EDEFAULT.equals(causeJa);
			case RensaPackage.FINDING__EFFECT:
				return EFFECT_EDEFAULT == null ? effect != null : !EFFECT_EDEFAULT.equals(effect);
			case RensaPackage.FINDING__EFFECT_JA:
				return EFFECT_JA_EDEFAULT == null ? effectJa != null : !EFFECT_JA_EDEFAULT.equals(effectJa);
			case RensaPackage.FINDING__RECOMMENDATION:
				return RECOMMENDATION_EDEFAULT == null ? recommendation != null : !RECOMMENDATION_EDEFAULT.equals(recommendation);
			case RensaPackage.FINDING__RECOMMENDATION_JA:
				return RECOMMENDATION_JA_EDEFAULT == null ? recommendationJa != null : !RECOMMENDATION_JA_EDEFAULT.equals(recommendationJa);
			case RensaPackage.FINDING__SEVERITY:
				return severity != SEVERITY_EDEFAULT;
			case RensaPackage.FINDING__REQUIREMENT:
				return requirement != null;
			case RensaPackage.FINDING__ORGANIZATION:
				return organization != null;
			case RensaPackage.FINDING__ASSESSMENT:
				return assessment != null;
			case RensaPackage.FINDING__VISIT:
				return visit != null;
			case RensaPackage.FINDING__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case RensaPackage.FINDING__TLP:
				return tlp != TLP_EDEFAULT;
			case RensaPackage.FINDING__STATUS:
				return status != STATUS_EDEFAULT;
			case RensaPackage.FINDING__RAISED_ON:
				return RAISED_ON_EDEFAULT == null ? raisedOn != null : !RAISED_ON_EDEFAULT.equals(raisedOn);
			case RensaPackage.FINDING__ACTIONS:
				return actions != null && !actions.isEmpty();
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE:
				return MANAGEMENT_RESPONSE_EDEFAULT == null ? managementResponse != null : !MANAGEMENT_RESPONSE_EDEFAULT.equals(managementResponse);
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_JA:
				return MANAGEMENT_RESPONSE_JA_EDEFAULT == null ? managementResponseJa != null : !MANAGEMENT_RESPONSE_JA_EDEFAULT.equals(managementResponseJa);
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_BY:
				return MANAGEMENT_RESPONSE_BY_EDEFAULT == null ? managementResponseBy != null : !MANAGEMENT_RESPONSE_BY_EDEFAULT.equals(managementResponseBy);
			case RensaPackage.FINDING__MANAGEMENT_RESPONSE_ON:
				return MANAGEMENT_RESPONSE_ON_EDEFAULT == null ? managementResponseOn != null : !MANAGEMENT_RESPONSE_ON_EDEFAULT.equals(managementResponseOn);
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
		result.append(", titleJa: ");
		result.append(titleJa);
		result.append(", description: ");
		result.append(description);
		result.append(", descriptionJa: ");
		result.append(descriptionJa);
		result.append(", cause: ");
		result.append(cause);
		result.append(", causeJa: ");
		result.append(causeJa);
		result.append(", effect: ");
		result.append(effect);
		result.append(", effectJa: ");
		result.append(effectJa);
		result.append(", recommendation: ");
		result.append(recommendation);
		result.append(", recommendationJa: ");
		result.append(recommendationJa);
		result.append(", severity: ");
		result.append(severity);
		result.append(", tlp: ");
		result.append(tlp);
		result.append(", status: ");
		result.append(status);
		result.append(", raisedOn: ");
		result.append(raisedOn);
		result.append(", managementResponse: ");
		result.append(managementResponse);
		result.append(", managementResponseJa: ");
		result.append(managementResponseJa);
		result.append(", managementResponseBy: ");
		result.append(managementResponseBy);
		result.append(", managementResponseOn: ");
		result.append(managementResponseOn);
		result.append(')');
		return result.toString();
	}

} //FindingImpl
