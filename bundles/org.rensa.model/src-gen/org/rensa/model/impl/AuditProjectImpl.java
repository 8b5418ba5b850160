/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model.impl;

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
import org.rensa.model.AuditProject;
import org.rensa.model.Campaign;
import org.rensa.model.Checklist;
import org.rensa.model.ClauseTemplate;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.Finding;
import org.rensa.model.Organization;
import org.rensa.model.Relationship;
import org.rensa.model.RemediationAction;
import org.rensa.model.RensaPackage;
import org.rensa.model.Visit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Audit Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getBuyer <em>Buyer</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getClauseTemplates <em>Clause Templates</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getChecklists <em>Checklists</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.rensa.model.impl.AuditProjectImpl#getRemediationActions <em>Remediation Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AuditProjectImpl extends IdentifiableImpl implements AuditProject {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getBuyer() <em>Buyer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuyer()
	 * @generated
	 * @ordered
	 */
	protected Organization buyer;

	/**
	 * The cached value of the '{@link #getOrganizations() <em>Organizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizations()
	 * @generated
	 * @ordered
	 */
	protected EList<Organization> organizations;

	/**
	 * The cached value of the '{@link #getRelationships() <em>Relationships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationships()
	 * @generated
	 * @ordered
	 */
	protected EList<Relationship> relationships;

	/**
	 * The cached value of the '{@link #getContracts() <em>Contracts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContracts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contract> contracts;

	/**
	 * The cached value of the '{@link #getClauseTemplates() <em>Clause Templates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClauseTemplates()
	 * @generated
	 * @ordered
	 */
	protected EList<ClauseTemplate> clauseTemplates;

	/**
	 * The cached value of the '{@link #getChecklists() <em>Checklists</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklists()
	 * @generated
	 * @ordered
	 */
	protected EList<Checklist> checklists;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<Visit> visits;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Evidence> evidence;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getRemediationActions() <em>Remediation Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRemediationActions()
	 * @generated
	 * @ordered
	 */
	protected EList<RemediationAction> remediationActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AuditProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.AUDIT_PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.AUDIT_PROJECT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.AUDIT_PROJECT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organization getBuyer() {
		if (buyer != null && buyer.eIsProxy()) {
			InternalEObject oldBuyer = (InternalEObject)buyer;
			buyer = (Organization)eResolveProxy(oldBuyer);
			if (buyer != oldBuyer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RensaPackage.AUDIT_PROJECT__BUYER, oldBuyer, buyer));
			}
		}
		return buyer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organization basicGetBuyer() {
		return buyer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuyer(Organization newBuyer) {
		Organization oldBuyer = buyer;
		buyer = newBuyer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.AUDIT_PROJECT__BUYER, oldBuyer, buyer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Organization> getOrganizations() {
		if (organizations == null) {
			organizations = new EObjectContainmentEList.Resolving<Organization>(Organization.class, this, RensaPackage.AUDIT_PROJECT__ORGANIZATIONS);
		}
		return organizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Relationship> getRelationships() {
		if (relationships == null) {
			relationships = new EObjectContainmentEList.Resolving<Relationship>(Relationship.class, this, RensaPackage.AUDIT_PROJECT__RELATIONSHIPS);
		}
		return relationships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contract> getContracts() {
		if (contracts == null) {
			contracts = new EObjectContainmentEList.Resolving<Contract>(Contract.class, this, RensaPackage.AUDIT_PROJECT__CONTRACTS);
		}
		return contracts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ClauseTemplate> getClauseTemplates() {
		if (clauseTemplates == null) {
			clauseTemplates = new EObjectContainmentEList.Resolving<ClauseTemplate>(ClauseTemplate.class, this, RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES);
		}
		return clauseTemplates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checklist> getChecklists() {
		if (checklists == null) {
			checklists = new EObjectContainmentEList.Resolving<Checklist>(Checklist.class, this, RensaPackage.AUDIT_PROJECT__CHECKLISTS);
		}
		return checklists;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList.Resolving<Campaign>(Campaign.class, this, RensaPackage.AUDIT_PROJECT__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList.Resolving<Assessment>(Assessment.class, this, RensaPackage.AUDIT_PROJECT__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Visit> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentEList.Resolving<Visit>(Visit.class, this, RensaPackage.AUDIT_PROJECT__VISITS);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Evidence> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList.Resolving<Evidence>(Evidence.class, this, RensaPackage.AUDIT_PROJECT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList.Resolving<Finding>(Finding.class, this, RensaPackage.AUDIT_PROJECT__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RemediationAction> getRemediationActions() {
		if (remediationActions == null) {
			remediationActions = new EObjectContainmentEList.Resolving<RemediationAction>(RemediationAction.class, this, RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS);
		}
		return remediationActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
				return ((InternalEList<?>)getOrganizations()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
				return ((InternalEList<?>)getRelationships()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
				return ((InternalEList<?>)getContracts()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
				return ((InternalEList<?>)getClauseTemplates()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
				return ((InternalEList<?>)getChecklists()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				return ((InternalEList<?>)getRemediationActions()).basicRemove(otherEnd, msgs);
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
			case RensaPackage.AUDIT_PROJECT__NAME:
				return getName();
			case RensaPackage.AUDIT_PROJECT__DESCRIPTION:
				return getDescription();
			case RensaPackage.AUDIT_PROJECT__BUYER:
				if (resolve) return getBuyer();
				return basicGetBuyer();
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
				return getOrganizations();
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
				return getRelationships();
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
				return getContracts();
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
				return getClauseTemplates();
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
				return getChecklists();
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
				return getCampaigns();
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
				return getAssessments();
			case RensaPackage.AUDIT_PROJECT__VISITS:
				return getVisits();
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
				return getEvidence();
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
				return getFindings();
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				return getRemediationActions();
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
			case RensaPackage.AUDIT_PROJECT__NAME:
				setName((String)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__BUYER:
				setBuyer((Organization)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
				getOrganizations().clear();
				getOrganizations().addAll((Collection<? extends Organization>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
				getRelationships().clear();
				getRelationships().addAll((Collection<? extends Relationship>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
				getContracts().clear();
				getContracts().addAll((Collection<? extends Contract>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
				getClauseTemplates().clear();
				getClauseTemplates().addAll((Collection<? extends ClauseTemplate>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
				getChecklists().clear();
				getChecklists().addAll((Collection<? extends Checklist>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends Visit>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Evidence>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				getRemediationActions().clear();
				getRemediationActions().addAll((Collection<? extends RemediationAction>)newValue);
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
			case RensaPackage.AUDIT_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RensaPackage.AUDIT_PROJECT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RensaPackage.AUDIT_PROJECT__BUYER:
				setBuyer((Organization)null);
				return;
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
				getOrganizations().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
				getRelationships().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
				getContracts().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
				getClauseTemplates().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
				getChecklists().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
				getAssessments().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__VISITS:
				getVisits().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
				getEvidence().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
				getFindings().clear();
				return;
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				getRemediationActions().clear();
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
			case RensaPackage.AUDIT_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RensaPackage.AUDIT_PROJECT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RensaPackage.AUDIT_PROJECT__BUYER:
				return buyer != null;
			case RensaPackage.AUDIT_PROJECT__ORGANIZATIONS:
				return organizations != null && !organizations.isEmpty();
			case RensaPackage.AUDIT_PROJECT__RELATIONSHIPS:
				return relationships != null && !relationships.isEmpty();
			case RensaPackage.AUDIT_PROJECT__CONTRACTS:
				return contracts != null && !contracts.isEmpty();
			case RensaPackage.AUDIT_PROJECT__CLAUSE_TEMPLATES:
				return clauseTemplates != null && !clauseTemplates.isEmpty();
			case RensaPackage.AUDIT_PROJECT__CHECKLISTS:
				return checklists != null && !checklists.isEmpty();
			case RensaPackage.AUDIT_PROJECT__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case RensaPackage.AUDIT_PROJECT__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case RensaPackage.AUDIT_PROJECT__VISITS:
				return visits != null && !visits.isEmpty();
			case RensaPackage.AUDIT_PROJECT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case RensaPackage.AUDIT_PROJECT__FINDINGS:
				return findings != null && !findings.isEmpty();
			case RensaPackage.AUDIT_PROJECT__REMEDIATION_ACTIONS:
				return remediationActions != null && !remediationActions.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //AuditProjectImpl
