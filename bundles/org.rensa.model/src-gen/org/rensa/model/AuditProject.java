/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an audit project: the buyer's supply chain, its contracts, checklists, campaigns and audit records.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.AuditProject#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getDescription <em>Description</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getBuyer <em>Buyer</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getOrganizations <em>Organizations</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getRelationships <em>Relationships</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getContracts <em>Contracts</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getClauseTemplates <em>Clause Templates</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getChecklists <em>Checklists</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.rensa.model.AuditProject#getRemediationActions <em>Remediation Actions</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getAuditProject()
 * @model
 * @generated
 */
public interface AuditProject extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rensa.model.RensaPackage#getAuditProject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rensa.model.AuditProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text description of the project's purpose and scope.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rensa.model.RensaPackage#getAuditProject_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rensa.model.AuditProject#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Buyer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buyer (発注元) whose supply chain is audited; tier 0 of the chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buyer</em>' reference.
	 * @see #setBuyer(Organization)
	 * @see org.rensa.model.RensaPackage#getAuditProject_Buyer()
	 * @model
	 * @generated
	 */
	Organization getBuyer();

	/**
	 * Sets the value of the '{@link org.rensa.model.AuditProject#getBuyer <em>Buyer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buyer</em>' reference.
	 * @see #getBuyer()
	 * @generated
	 */
	void setBuyer(Organization value);

	/**
	 * Returns the value of the '<em><b>Organizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All organisations of the supply chain: buyer, suppliers and subcontractors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organizations</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Organizations()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Organization> getOrganizations();

	/**
	 * Returns the value of the '<em><b>Relationships</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supply and subcontract relationships between the organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationships</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Relationships()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Relationship> getRelationships();

	/**
	 * Returns the value of the '<em><b>Contracts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Contract}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contracts between the organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contracts</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Contracts()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Contract> getContracts();

	/**
	 * Returns the value of the '<em><b>Clause Templates</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.ClauseTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Model clause wordings the buyer uses for its contracts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clause Templates</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_ClauseTemplates()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<ClauseTemplate> getClauseTemplates();

	/**
	 * Returns the value of the '<em><b>Checklists</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Checklist}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requirement catalogues used for self-checks and verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checklists</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Checklists()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Checklist> getChecklists();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Audit campaigns, e.g. the annual supplier review.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Campaigns()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Assessments of one organisation against one checklist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Assessments()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Visit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * On-site audits (訪問監査).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Visits()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Visit> getVisits();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All evidence (証跡) collected in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Evidence()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All findings (指摘事項) raised in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_Findings()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Remediation Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.RemediationAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All remediation actions (改善措置) agreed in the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remediation Actions</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getAuditProject_RemediationActions()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<RemediationAction> getRemediationActions();

} // AuditProject
