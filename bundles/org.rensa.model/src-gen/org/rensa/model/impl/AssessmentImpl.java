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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.rensa.model.Assessment;
import org.rensa.model.AssessmentStatus;
import org.rensa.model.Campaign;
import org.rensa.model.Checklist;
import org.rensa.model.Organization;
import org.rensa.model.RensaPackage;
import org.rensa.model.Response;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getChecklist <em>Checklist</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getRespondent <em>Respondent</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getDeclaredOn <em>Declared On</em>}</li>
 *   <li>{@link org.rensa.model.impl.AssessmentImpl#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiableImpl implements Assessment {
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
	 * The cached value of the '{@link #getChecklist() <em>Checklist</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklist()
	 * @generated
	 * @ordered
	 */
	protected Checklist checklist;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentStatus STATUS_EDEFAULT = AssessmentStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssessmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONDENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRespondent() <em>Respondent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRespondent()
	 * @generated
	 * @ordered
	 */
	protected String respondent = RESPONDENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeclaredOn() <em>Declared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECLARED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeclaredOn() <em>Declared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeclaredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate declaredOn = DECLARED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponses() <em>Responses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponses()
	 * @generated
	 * @ordered
	 */
	protected EList<Response> responses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.ASSESSMENT;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.ASSESSMENT__ORGANIZATION, oldOrganization, organization));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__ORGANIZATION, oldOrganization, organization));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checklist getChecklist() {
		if (checklist != null && checklist.eIsProxy()) {
			InternalEObject oldChecklist = (InternalEObject)checklist;
			checklist = (Checklist)eResolveProxy(oldChecklist);
			if (checklist != oldChecklist) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.ASSESSMENT__CHECKLIST, oldChecklist, checklist));
			}
		}
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Checklist basicGetChecklist() {
		return checklist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecklist(Checklist newChecklist) {
		Checklist oldChecklist = checklist;
		checklist = newChecklist;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__CHECKLIST, oldChecklist, checklist));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.ASSESSMENT__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssessmentStatus newStatus) {
		AssessmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRespondent() {
		return respondent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRespondent(String newRespondent) {
		String oldRespondent = respondent;
		respondent = newRespondent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__RESPONDENT, oldRespondent, respondent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeclaredOn() {
		return declaredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeclaredOn(LocalDate newDeclaredOn) {
		LocalDate oldDeclaredOn = declaredOn;
		declaredOn = newDeclaredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ASSESSMENT__DECLARED_ON, oldDeclaredOn, declaredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Response> getResponses() {
		if (responses == null) {
			responses = new EObjectContainmentEList.Resolving<Response>(Response.class, this, RensaPackage.ASSESSMENT__RESPONSES);
		}
		return responses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.ASSESSMENT__RESPONSES:
				return ((InternalEList<?>)getResponses()).basicRemove(otherEnd, msgs);
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
			case RensaPackage.ASSESSMENT__ORGANIZATION:
				if (resolve) return getOrganization();
				return basicGetOrganization();
			case RensaPackage.ASSESSMENT__CHECKLIST:
				if (resolve) return getChecklist();
				return basicGetChecklist();
			case RensaPackage.ASSESSMENT__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case RensaPackage.ASSESSMENT__STATUS:
				return getStatus();
			case RensaPackage.ASSESSMENT__RESPONDENT:
				return getRespondent();
			case RensaPackage.ASSESSMENT__DECLARED_ON:
				return getDeclaredOn();
			case RensaPackage.ASSESSMENT__RESPONSES:
				return getResponses();
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
			case RensaPackage.ASSESSMENT__ORGANIZATION:
				setOrganization((Organization)newValue);
				return;
			case RensaPackage.ASSESSMENT__CHECKLIST:
				setChecklist((Checklist)newValue);
				return;
			case RensaPackage.ASSESSMENT__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case RensaPackage.ASSESSMENT__STATUS:
				setStatus((AssessmentStatus)newValue);
				return;
			case RensaPackage.ASSESSMENT__RESPONDENT:
				setRespondent((String)newValue);
				return;
			case RensaPackage.ASSESSMENT__DECLARED_ON:
				setDeclaredOn((LocalDate)newValue);
				return;
			case RensaPackage.ASSESSMENT__RESPONSES:
				getResponses().clear();
				getResponses().addAll((Collection<? extends Response>)newValue);
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
			case RensaPackage.ASSESSMENT__ORGANIZATION:
				setOrganization((Organization)null);
				return;
			case RensaPackage.ASSESSMENT__CHECKLIST:
				setChecklist((Checklist)null);
				return;
			case RensaPackage.ASSESSMENT__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case RensaPackage.ASSESSMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RensaPackage.ASSESSMENT__RESPONDENT:
				setRespondent(RESPONDENT_EDEFAULT);
				return;
			case RensaPackage.ASSESSMENT__DECLARED_ON:
				setDeclaredOn(DECLARED_ON_EDEFAULT);
				return;
			case RensaPackage.ASSESSMENT__RESPONSES:
				getResponses().clear();
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
			case RensaPackage.ASSESSMENT__ORGANIZATION:
				return organization != null;
			case RensaPackage.ASSESSMENT__CHECKLIST:
				return checklist != null;
			case RensaPackage.ASSESSMENT__CAMPAIGN:
				return campaign != null;
			case RensaPackage.ASSESSMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case RensaPackage.ASSESSMENT__RESPONDENT:
				return RESPONDENT_EDEFAULT == null ? respondent != null : !RESPONDENT_EDEFAULT.equals(respondent);
			case RensaPackage.ASSESSMENT__DECLARED_ON:
				return DECLARED_ON_EDEFAULT == null ? declaredOn != null : !DECLARED_ON_EDEFAULT.equals(declaredOn);
			case RensaPackage.ASSESSMENT__RESPONSES:
				return responses != null && !responses.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", respondent: ");
		result.append(respondent);
		result.append(", declaredOn: ");
		result.append(declaredOn);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
