/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Rensa supply-chain security audit model: the buyer's supply chain (organisations, relationships, contracts), requirement catalogues, self-check declarations and their verification, on-site visits, evidence, findings and remediation.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaFactory
 * @model kind="package"
 * @generated
 */
public interface RensaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rensa.org/model/audit/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rensa";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RensaPackage eINSTANCE = org.rensa.model.impl.RensaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.IdentifiableImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.AuditProjectImpl <em>Audit Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.AuditProjectImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getAuditProject()
	 * @generated
	 */
	int AUDIT_PROJECT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Buyer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__BUYER = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__ORGANIZATIONS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__RELATIONSHIPS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Contracts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__CONTRACTS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clause Templates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__CLAUSE_TEMPLATES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Checklists</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__CHECKLISTS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__CAMPAIGNS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__ASSESSMENTS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__VISITS = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__FINDINGS = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Remediation Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT__REMEDIATION_ACTIONS = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Audit Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Audit Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_PROJECT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.OrganizationImpl <em>Organization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.OrganizationImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getOrganization()
	 * @generated
	 */
	int ORGANIZATION = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__KIND = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Name Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NAME_JA = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__COUNTRY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SECTOR = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Size Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__SIZE_CLASS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Capital Tie</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CAPITAL_TIE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Meti Target Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__METI_TARGET_LEVEL = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__ADDRESS = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Certifications</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CERTIFICATIONS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__CONTACTS = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__NOTES = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION__TIER = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Organization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ORGANIZATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.CertificationImpl <em>Certification</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.CertificationImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getCertification()
	 * @generated
	 */
	int CERTIFICATION = 3;

	/**
	 * The feature id for the '<em><b>Scheme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__SCHEME = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__NAME = 1;

	/**
	 * The feature id for the '<em><b>Certificate Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__CERTIFICATE_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__ISSUER = 3;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__SCOPE = 4;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__VALID_FROM = 5;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION__VALID_UNTIL = 6;

	/**
	 * The number of structural features of the '<em>Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Certification</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ContactImpl <em>Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ContactImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getContact()
	 * @generated
	 */
	int CONTACT = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__EMAIL = 2;

	/**
	 * The feature id for the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT__PHONE = 3;

	/**
	 * The number of structural features of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.RelationshipImpl <em>Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.RelationshipImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__FROM = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__TO = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__KIND = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Declared To Buyer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DECLARED_TO_BUYER = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Approved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__APPROVED = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Information Classes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__INFORMATION_CLASSES = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__SINCE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RELATIONSHIP_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ContractImpl <em>Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ContractImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getContract()
	 * @generated
	 */
	int CONTRACT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__TITLE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__KIND = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__PARTIES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__RELATIONSHIP = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__SIGNED_ON = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__EXPIRES_ON = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Clauses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT__CLAUSES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTRACT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ClauseImpl <em>Clause</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ClauseImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getClause()
	 * @generated
	 */
	int CLAUSE = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__CATEGORY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__REFERENCE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEXT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Text Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEXT_JA = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Flows Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__FLOWS_DOWN = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notification Deadline Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__NOTIFICATION_DEADLINE_HOURS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE__TEMPLATE = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Clause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Clause</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ClauseTemplateImpl <em>Clause Template</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ClauseTemplateImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getClauseTemplate()
	 * @generated
	 */
	int CLAUSE_TEMPLATE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__CATEGORY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__TITLE_JA = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__WORDING = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Wording Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__WORDING_JA = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Flows Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE__FLOWS_DOWN = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Clause Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Clause Template</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAUSE_TEMPLATE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ChecklistImpl <em>Checklist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ChecklistImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getChecklist()
	 * @generated
	 */
	int CHECKLIST = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__NAME_JA = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__VERSION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__SOURCE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__SECTIONS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.SectionImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE_JA = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__REQUIREMENTS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.RequirementImpl <em>Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.RequirementImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getRequirement()
	 * @generated
	 */
	int REQUIREMENT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__TITLE_JA = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__DESCRIPTION_JA = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__LEVEL = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Level Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__LEVEL_LABEL = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__GUIDANCE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Guidance Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__GUIDANCE_JA = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Evidence Hints</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__EVIDENCE_HINTS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Evidence Hints Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__EVIDENCE_HINTS_JA = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT__REFERENCES = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REQUIREMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.CampaignImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME_JA = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__FISCAL_YEAR = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__START_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__END_DATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__SCOPE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Checklist</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CHECKLIST = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Organizations</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ORGANIZATIONS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.AssessmentImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ORGANIZATION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Checklist</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CHECKLIST = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CAMPAIGN = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Respondent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESPONDENT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Declared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DECLARED_ON = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESPONSES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.ResponseImpl <em>Response</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.ResponseImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getResponse()
	 * @generated
	 */
	int RESPONSE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__REQUIREMENT = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Declared Answer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__DECLARED_ANSWER = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Declared Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__DECLARED_COMMENT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__VERDICT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__METHOD = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Verification Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__VERIFICATION_NOTE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Verification Note Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__VERIFICATION_NOTE_JA = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Verified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__VERIFIED_BY = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Verified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__VERIFIED_AT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__GAP = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Mismatch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE__MISMATCH = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Response</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.VisitImpl <em>Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.VisitImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getVisit()
	 * @generated
	 */
	int VISIT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ORGANIZATION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__ASSESSMENT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SITE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__START_DATE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__END_DATE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Auditors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__AUDITORS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Interviewees</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__INTERVIEWEES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SCOPE = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Scope Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__SCOPE_JA = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__NOTES = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Notes Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__NOTES_JA = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OBJECTIVES = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Objectives Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OBJECTIVES_JA = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Limitations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__LIMITATIONS = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Limitations Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__LIMITATIONS_JA = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Opinion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OPINION = IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Opinion Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__OPINION_JA = IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__REVIEWER = IDENTIFIABLE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Reviewed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__REVIEWED_ON = IDENTIFIABLE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Approver</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__APPROVER = IDENTIFIABLE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__APPROVED_ON = IDENTIFIABLE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Follow Up On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__FOLLOW_UP_ON = IDENTIFIABLE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT__DISTRIBUTION = IDENTIFIABLE_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VISIT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.EvidenceImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__FILES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Captured At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CAPTURED_AT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__RECORDED_AT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Captured By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CAPTURED_BY = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Caption</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CAPTION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Caption Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CAPTION_JA = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__EXPIRES_ON = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__TLP = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__VISIT = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Responses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__RESPONSES = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__FINDINGS = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.EvidenceFileImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getEvidenceFile()
	 * @generated
	 */
	int EVIDENCE_FILE = 17;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Original Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__ORIGINAL_NAME = 1;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__MEDIA_TYPE = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE__SHA256 = 4;

	/**
	 * The number of structural features of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Evidence File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.FindingImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TITLE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TITLE_JA = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DESCRIPTION_JA = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CAUSE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cause Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CAUSE_JA = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EFFECT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Effect Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EFFECT_JA = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RECOMMENDATION = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Recommendation Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RECOMMENDATION_JA = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = IDENTIFIABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__REQUIREMENT = IDENTIFIABLE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ORGANIZATION = IDENTIFIABLE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ASSESSMENT = IDENTIFIABLE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Visit</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__VISIT = IDENTIFIABLE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TLP = IDENTIFIABLE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__STATUS = IDENTIFIABLE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Raised On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RAISED_ON = IDENTIFIABLE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ACTIONS = IDENTIFIABLE_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Management Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MANAGEMENT_RESPONSE = IDENTIFIABLE_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Management Response Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MANAGEMENT_RESPONSE_JA = IDENTIFIABLE_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Management Response By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MANAGEMENT_RESPONSE_BY = IDENTIFIABLE_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Management Response On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MANAGEMENT_RESPONSE_ON = IDENTIFIABLE_FEATURE_COUNT + 24;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 25;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.rensa.model.impl.RemediationActionImpl <em>Remediation Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.impl.RemediationActionImpl
	 * @see org.rensa.model.impl.RensaPackageImpl#getRemediationAction()
	 * @generated
	 */
	int REMEDIATION_ACTION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__CODE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__FINDING = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__ACTION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Action Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__ACTION_JA = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__OWNER = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__DUE_DATE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__STATUS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__COMPLETED_ON = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Closure Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__CLOSURE_EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Supplier Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION__SUPPLIER_COMMENT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Remediation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Is Overdue</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION___IS_OVERDUE__LOCALDATE = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Remediation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIATION_ACTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.rensa.model.OrganizationKind <em>Organization Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.OrganizationKind
	 * @see org.rensa.model.impl.RensaPackageImpl#getOrganizationKind()
	 * @generated
	 */
	int ORGANIZATION_KIND = 20;

	/**
	 * The meta object id for the '{@link org.rensa.model.SizeClass <em>Size Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.SizeClass
	 * @see org.rensa.model.impl.RensaPackageImpl#getSizeClass()
	 * @generated
	 */
	int SIZE_CLASS = 21;

	/**
	 * The meta object id for the '{@link org.rensa.model.CapitalTie <em>Capital Tie</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.CapitalTie
	 * @see org.rensa.model.impl.RensaPackageImpl#getCapitalTie()
	 * @generated
	 */
	int CAPITAL_TIE = 22;

	/**
	 * The meta object id for the '{@link org.rensa.model.MetiLevel <em>Meti Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.MetiLevel
	 * @see org.rensa.model.impl.RensaPackageImpl#getMetiLevel()
	 * @generated
	 */
	int METI_LEVEL = 23;

	/**
	 * The meta object id for the '{@link org.rensa.model.CertificationScheme <em>Certification Scheme</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.CertificationScheme
	 * @see org.rensa.model.impl.RensaPackageImpl#getCertificationScheme()
	 * @generated
	 */
	int CERTIFICATION_SCHEME = 24;

	/**
	 * The meta object id for the '{@link org.rensa.model.RelationshipKind <em>Relationship Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.RelationshipKind
	 * @see org.rensa.model.impl.RensaPackageImpl#getRelationshipKind()
	 * @generated
	 */
	int RELATIONSHIP_KIND = 25;

	/**
	 * The meta object id for the '{@link org.rensa.model.InformationClass <em>Information Class</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.InformationClass
	 * @see org.rensa.model.impl.RensaPackageImpl#getInformationClass()
	 * @generated
	 */
	int INFORMATION_CLASS = 26;

	/**
	 * The meta object id for the '{@link org.rensa.model.ContractKind <em>Contract Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.ContractKind
	 * @see org.rensa.model.impl.RensaPackageImpl#getContractKind()
	 * @generated
	 */
	int CONTRACT_KIND = 27;

	/**
	 * The meta object id for the '{@link org.rensa.model.ClauseCategory <em>Clause Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.ClauseCategory
	 * @see org.rensa.model.impl.RensaPackageImpl#getClauseCategory()
	 * @generated
	 */
	int CLAUSE_CATEGORY = 28;

	/**
	 * The meta object id for the '{@link org.rensa.model.AssessmentStatus <em>Assessment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.AssessmentStatus
	 * @see org.rensa.model.impl.RensaPackageImpl#getAssessmentStatus()
	 * @generated
	 */
	int ASSESSMENT_STATUS = 29;

	/**
	 * The meta object id for the '{@link org.rensa.model.DeclaredAnswer <em>Declared Answer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.DeclaredAnswer
	 * @see org.rensa.model.impl.RensaPackageImpl#getDeclaredAnswer()
	 * @generated
	 */
	int DECLARED_ANSWER = 30;

	/**
	 * The meta object id for the '{@link org.rensa.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.Verdict
	 * @see org.rensa.model.impl.RensaPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 31;

	/**
	 * The meta object id for the '{@link org.rensa.model.VerificationMethod <em>Verification Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.VerificationMethod
	 * @see org.rensa.model.impl.RensaPackageImpl#getVerificationMethod()
	 * @generated
	 */
	int VERIFICATION_METHOD = 32;

	/**
	 * The meta object id for the '{@link org.rensa.model.DeclarationGap <em>Declaration Gap</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.DeclarationGap
	 * @see org.rensa.model.impl.RensaPackageImpl#getDeclarationGap()
	 * @generated
	 */
	int DECLARATION_GAP = 33;

	/**
	 * The meta object id for the '{@link org.rensa.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.EvidenceKind
	 * @see org.rensa.model.impl.RensaPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 34;

	/**
	 * The meta object id for the '{@link org.rensa.model.Tlp <em>Tlp</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.Tlp
	 * @see org.rensa.model.impl.RensaPackageImpl#getTlp()
	 * @generated
	 */
	int TLP = 35;

	/**
	 * The meta object id for the '{@link org.rensa.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.Severity
	 * @see org.rensa.model.impl.RensaPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 36;

	/**
	 * The meta object id for the '{@link org.rensa.model.FindingStatus <em>Finding Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.FindingStatus
	 * @see org.rensa.model.impl.RensaPackageImpl#getFindingStatus()
	 * @generated
	 */
	int FINDING_STATUS = 37;

	/**
	 * The meta object id for the '{@link org.rensa.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.rensa.model.ActionStatus
	 * @see org.rensa.model.impl.RensaPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 38;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.rensa.model.impl.RensaPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 39;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.rensa.model.impl.RensaPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 40;


	/**
	 * Returns the meta object for class '{@link org.rensa.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.rensa.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.rensa.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.AuditProject <em>Audit Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Project</em>'.
	 * @see org.rensa.model.AuditProject
	 * @generated
	 */
	EClass getAuditProject();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.AuditProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.AuditProject#getName()
	 * @see #getAuditProject()
	 * @generated
	 */
	EAttribute getAuditProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.AuditProject#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rensa.model.AuditProject#getDescription()
	 * @see #getAuditProject()
	 * @generated
	 */
	EAttribute getAuditProject_Description();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.AuditProject#getBuyer <em>Buyer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Buyer</em>'.
	 * @see org.rensa.model.AuditProject#getBuyer()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Buyer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Organizations</em>'.
	 * @see org.rensa.model.AuditProject#getOrganizations()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Organizations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.rensa.model.AuditProject#getRelationships()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getContracts <em>Contracts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contracts</em>'.
	 * @see org.rensa.model.AuditProject#getContracts()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Contracts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getClauseTemplates <em>Clause Templates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clause Templates</em>'.
	 * @see org.rensa.model.AuditProject#getClauseTemplates()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_ClauseTemplates();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getChecklists <em>Checklists</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checklists</em>'.
	 * @see org.rensa.model.AuditProject#getChecklists()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Checklists();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.rensa.model.AuditProject#getCampaigns()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Campaigns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.rensa.model.AuditProject#getAssessments()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see org.rensa.model.AuditProject#getVisits()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.rensa.model.AuditProject#getEvidence()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Evidence();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.rensa.model.AuditProject#getFindings()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.AuditProject#getRemediationActions <em>Remediation Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Remediation Actions</em>'.
	 * @see org.rensa.model.AuditProject#getRemediationActions()
	 * @see #getAuditProject()
	 * @generated
	 */
	EReference getAuditProject_RemediationActions();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Organization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Organization</em>'.
	 * @see org.rensa.model.Organization
	 * @generated
	 */
	EClass getOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rensa.model.Organization#getKind()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.Organization#getName()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getNameJa <em>Name Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Ja</em>'.
	 * @see org.rensa.model.Organization#getNameJa()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_NameJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.rensa.model.Organization#getCountry()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see org.rensa.model.Organization#getSector()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Sector();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getSizeClass <em>Size Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Class</em>'.
	 * @see org.rensa.model.Organization#getSizeClass()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_SizeClass();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getCapitalTie <em>Capital Tie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capital Tie</em>'.
	 * @see org.rensa.model.Organization#getCapitalTie()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_CapitalTie();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getMetiTargetLevel <em>Meti Target Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meti Target Level</em>'.
	 * @see org.rensa.model.Organization#getMetiTargetLevel()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_MetiTargetLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.rensa.model.Organization#getAddress()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Address();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Organization#getCertifications <em>Certifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certifications</em>'.
	 * @see org.rensa.model.Organization#getCertifications()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Certifications();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Organization#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.rensa.model.Organization#getContacts()
	 * @see #getOrganization()
	 * @generated
	 */
	EReference getOrganization_Contacts();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.rensa.model.Organization#getNotes()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Organization#getTier <em>Tier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tier</em>'.
	 * @see org.rensa.model.Organization#getTier()
	 * @see #getOrganization()
	 * @generated
	 */
	EAttribute getOrganization_Tier();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Certification <em>Certification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certification</em>'.
	 * @see org.rensa.model.Certification
	 * @generated
	 */
	EClass getCertification();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getScheme <em>Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scheme</em>'.
	 * @see org.rensa.model.Certification#getScheme()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Scheme();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.Certification#getName()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getCertificateNumber <em>Certificate Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Certificate Number</em>'.
	 * @see org.rensa.model.Certification#getCertificateNumber()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_CertificateNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getIssuer <em>Issuer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuer</em>'.
	 * @see org.rensa.model.Certification#getIssuer()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Issuer();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.rensa.model.Certification#getScope()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.rensa.model.Certification#getValidFrom()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Certification#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see org.rensa.model.Certification#getValidUntil()
	 * @see #getCertification()
	 * @generated
	 */
	EAttribute getCertification_ValidUntil();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Contact <em>Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact</em>'.
	 * @see org.rensa.model.Contact
	 * @generated
	 */
	EClass getContact();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contact#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.Contact#getName()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contact#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.rensa.model.Contact#getRole()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.rensa.model.Contact#getEmail()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contact#getPhone <em>Phone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phone</em>'.
	 * @see org.rensa.model.Contact#getPhone()
	 * @see #getContact()
	 * @generated
	 */
	EAttribute getContact_Phone();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Relationship</em>'.
	 * @see org.rensa.model.Relationship
	 * @generated
	 */
	EClass getRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Relationship#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see org.rensa.model.Relationship#getFrom()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_From();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Relationship#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see org.rensa.model.Relationship#getTo()
	 * @see #getRelationship()
	 * @generated
	 */
	EReference getRelationship_To();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Relationship#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rensa.model.Relationship#getKind()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Relationship#isDeclaredToBuyer <em>Declared To Buyer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared To Buyer</em>'.
	 * @see org.rensa.model.Relationship#isDeclaredToBuyer()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_DeclaredToBuyer();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Relationship#isApproved <em>Approved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved</em>'.
	 * @see org.rensa.model.Relationship#isApproved()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Approved();

	/**
	 * Returns the meta object for the attribute list '{@link org.rensa.model.Relationship#getInformationClasses <em>Information Classes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Information Classes</em>'.
	 * @see org.rensa.model.Relationship#getInformationClasses()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_InformationClasses();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Relationship#getSince <em>Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Since</em>'.
	 * @see org.rensa.model.Relationship#getSince()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Since();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Relationship#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rensa.model.Relationship#getDescription()
	 * @see #getRelationship()
	 * @generated
	 */
	EAttribute getRelationship_Description();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Contract <em>Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contract</em>'.
	 * @see org.rensa.model.Contract
	 * @generated
	 */
	EClass getContract();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contract#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.Contract#getTitle()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contract#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rensa.model.Contract#getKind()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Contract#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see org.rensa.model.Contract#getParties()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_Parties();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Contract#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Relationship</em>'.
	 * @see org.rensa.model.Contract#getRelationship()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_Relationship();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contract#getSignedOn <em>Signed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed On</em>'.
	 * @see org.rensa.model.Contract#getSignedOn()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_SignedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Contract#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.rensa.model.Contract#getExpiresOn()
	 * @see #getContract()
	 * @generated
	 */
	EAttribute getContract_ExpiresOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Contract#getClauses <em>Clauses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clauses</em>'.
	 * @see org.rensa.model.Contract#getClauses()
	 * @see #getContract()
	 * @generated
	 */
	EReference getContract_Clauses();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Clause <em>Clause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clause</em>'.
	 * @see org.rensa.model.Clause
	 * @generated
	 */
	EClass getClause();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rensa.model.Clause#getCategory()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.rensa.model.Clause#getReference()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.rensa.model.Clause#getText()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#getTextJa <em>Text Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Ja</em>'.
	 * @see org.rensa.model.Clause#getTextJa()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_TextJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#isFlowsDown <em>Flows Down</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flows Down</em>'.
	 * @see org.rensa.model.Clause#isFlowsDown()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_FlowsDown();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Clause#getNotificationDeadlineHours <em>Notification Deadline Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notification Deadline Hours</em>'.
	 * @see org.rensa.model.Clause#getNotificationDeadlineHours()
	 * @see #getClause()
	 * @generated
	 */
	EAttribute getClause_NotificationDeadlineHours();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Clause#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Template</em>'.
	 * @see org.rensa.model.Clause#getTemplate()
	 * @see #getClause()
	 * @generated
	 */
	EReference getClause_Template();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.ClauseTemplate <em>Clause Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Clause Template</em>'.
	 * @see org.rensa.model.ClauseTemplate
	 * @generated
	 */
	EClass getClauseTemplate();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.rensa.model.ClauseTemplate#getCategory()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.ClauseTemplate#getTitle()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see org.rensa.model.ClauseTemplate#getTitleJa()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#getWording <em>Wording</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wording</em>'.
	 * @see org.rensa.model.ClauseTemplate#getWording()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_Wording();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#getWordingJa <em>Wording Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wording Ja</em>'.
	 * @see org.rensa.model.ClauseTemplate#getWordingJa()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_WordingJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.ClauseTemplate#isFlowsDown <em>Flows Down</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flows Down</em>'.
	 * @see org.rensa.model.ClauseTemplate#isFlowsDown()
	 * @see #getClauseTemplate()
	 * @generated
	 */
	EAttribute getClauseTemplate_FlowsDown();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist</em>'.
	 * @see org.rensa.model.Checklist
	 * @generated
	 */
	EClass getChecklist();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Checklist#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.Checklist#getName()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Checklist#getNameJa <em>Name Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Ja</em>'.
	 * @see org.rensa.model.Checklist#getNameJa()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_NameJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Checklist#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.rensa.model.Checklist#getVersion()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Checklist#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.rensa.model.Checklist#getSource()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Checklist#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rensa.model.Checklist#getDescription()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Checklist#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.rensa.model.Checklist#getSections()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Sections();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.rensa.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Section#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rensa.model.Section#getCode()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Section#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see org.rensa.model.Section#getTitleJa()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_TitleJa();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Section#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.rensa.model.Section#getRequirements()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Requirements();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Requirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Requirement</em>'.
	 * @see org.rensa.model.Requirement
	 * @generated
	 */
	EClass getRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rensa.model.Requirement#getCode()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.Requirement#getTitle()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see org.rensa.model.Requirement#getTitleJa()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rensa.model.Requirement#getDescription()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getDescriptionJa <em>Description Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Ja</em>'.
	 * @see org.rensa.model.Requirement#getDescriptionJa()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_DescriptionJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.rensa.model.Requirement#getLevel()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getLevelLabel <em>Level Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level Label</em>'.
	 * @see org.rensa.model.Requirement#getLevelLabel()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_LevelLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.rensa.model.Requirement#getGuidance()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getGuidanceJa <em>Guidance Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance Ja</em>'.
	 * @see org.rensa.model.Requirement#getGuidanceJa()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_GuidanceJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getEvidenceHints <em>Evidence Hints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Hints</em>'.
	 * @see org.rensa.model.Requirement#getEvidenceHints()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_EvidenceHints();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Requirement#getEvidenceHintsJa <em>Evidence Hints Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Hints Ja</em>'.
	 * @see org.rensa.model.Requirement#getEvidenceHintsJa()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_EvidenceHintsJa();

	/**
	 * Returns the meta object for the attribute list '{@link org.rensa.model.Requirement#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see org.rensa.model.Requirement#getReferences()
	 * @see #getRequirement()
	 * @generated
	 */
	EAttribute getRequirement_References();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.rensa.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.rensa.model.Campaign#getName()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getNameJa <em>Name Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name Ja</em>'.
	 * @see org.rensa.model.Campaign#getNameJa()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_NameJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.rensa.model.Campaign#getFiscalYear()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_FiscalYear();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.rensa.model.Campaign#getStartDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.rensa.model.Campaign#getEndDate()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_EndDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Campaign#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.rensa.model.Campaign#getScope()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Scope();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Campaign#getChecklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Checklist</em>'.
	 * @see org.rensa.model.Campaign#getChecklist()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Checklist();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Campaign#getOrganizations <em>Organizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Organizations</em>'.
	 * @see org.rensa.model.Campaign#getOrganizations()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Organizations();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.rensa.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Assessment#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.rensa.model.Assessment#getOrganization()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Organization();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Assessment#getChecklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Checklist</em>'.
	 * @see org.rensa.model.Assessment#getChecklist()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Checklist();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Assessment#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.rensa.model.Assessment#getCampaign()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Assessment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rensa.model.Assessment#getStatus()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Assessment#getRespondent <em>Respondent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Respondent</em>'.
	 * @see org.rensa.model.Assessment#getRespondent()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Respondent();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Assessment#getDeclaredOn <em>Declared On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared On</em>'.
	 * @see org.rensa.model.Assessment#getDeclaredOn()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_DeclaredOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Assessment#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responses</em>'.
	 * @see org.rensa.model.Assessment#getResponses()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Responses();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Response <em>Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Response</em>'.
	 * @see org.rensa.model.Response
	 * @generated
	 */
	EClass getResponse();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Response#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requirement</em>'.
	 * @see org.rensa.model.Response#getRequirement()
	 * @see #getResponse()
	 * @generated
	 */
	EReference getResponse_Requirement();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getDeclaredAnswer <em>Declared Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared Answer</em>'.
	 * @see org.rensa.model.Response#getDeclaredAnswer()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_DeclaredAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getDeclaredComment <em>Declared Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Declared Comment</em>'.
	 * @see org.rensa.model.Response#getDeclaredComment()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_DeclaredComment();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see org.rensa.model.Response#getVerdict()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.rensa.model.Response#getMethod()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getVerificationNote <em>Verification Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Note</em>'.
	 * @see org.rensa.model.Response#getVerificationNote()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_VerificationNote();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getVerificationNoteJa <em>Verification Note Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Note Ja</em>'.
	 * @see org.rensa.model.Response#getVerificationNoteJa()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_VerificationNoteJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getVerifiedBy <em>Verified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified By</em>'.
	 * @see org.rensa.model.Response#getVerifiedBy()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_VerifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getVerifiedAt <em>Verified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verified At</em>'.
	 * @see org.rensa.model.Response#getVerifiedAt()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_VerifiedAt();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Response#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.rensa.model.Response#getEvidence()
	 * @see #getResponse()
	 * @generated
	 */
	EReference getResponse_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#getGap <em>Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gap</em>'.
	 * @see org.rensa.model.Response#getGap()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Gap();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Response#isMismatch <em>Mismatch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mismatch</em>'.
	 * @see org.rensa.model.Response#isMismatch()
	 * @see #getResponse()
	 * @generated
	 */
	EAttribute getResponse_Mismatch();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Visit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Visit</em>'.
	 * @see org.rensa.model.Visit
	 * @generated
	 */
	EClass getVisit();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Visit#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.rensa.model.Visit#getOrganization()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Organization();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Visit#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessment</em>'.
	 * @see org.rensa.model.Visit#getAssessment()
	 * @see #getVisit()
	 * @generated
	 */
	EReference getVisit_Assessment();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Site</em>'.
	 * @see org.rensa.model.Visit#getSite()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.rensa.model.Visit#getStartDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getEndDate <em>End Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Date</em>'.
	 * @see org.rensa.model.Visit#getEndDate()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_EndDate();

	/**
	 * Returns the meta object for the attribute list '{@link org.rensa.model.Visit#getAuditors <em>Auditors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Auditors</em>'.
	 * @see org.rensa.model.Visit#getAuditors()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Auditors();

	/**
	 * Returns the meta object for the attribute list '{@link org.rensa.model.Visit#getInterviewees <em>Interviewees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Interviewees</em>'.
	 * @see org.rensa.model.Visit#getInterviewees()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Interviewees();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.rensa.model.Visit#getScope()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getScopeJa <em>Scope Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Ja</em>'.
	 * @see org.rensa.model.Visit#getScopeJa()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ScopeJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.rensa.model.Visit#getNotes()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getNotesJa <em>Notes Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes Ja</em>'.
	 * @see org.rensa.model.Visit#getNotesJa()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_NotesJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objectives</em>'.
	 * @see org.rensa.model.Visit#getObjectives()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getObjectivesJa <em>Objectives Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objectives Ja</em>'.
	 * @see org.rensa.model.Visit#getObjectivesJa()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ObjectivesJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getLimitations <em>Limitations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limitations</em>'.
	 * @see org.rensa.model.Visit#getLimitations()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Limitations();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getLimitationsJa <em>Limitations Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limitations Ja</em>'.
	 * @see org.rensa.model.Visit#getLimitationsJa()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_LimitationsJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getOpinion <em>Opinion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opinion</em>'.
	 * @see org.rensa.model.Visit#getOpinion()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Opinion();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getOpinionJa <em>Opinion Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opinion Ja</em>'.
	 * @see org.rensa.model.Visit#getOpinionJa()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_OpinionJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.rensa.model.Visit#getReviewer()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getReviewedOn <em>Reviewed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewed On</em>'.
	 * @see org.rensa.model.Visit#getReviewedOn()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ReviewedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getApprover <em>Approver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approver</em>'.
	 * @see org.rensa.model.Visit#getApprover()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Approver();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.rensa.model.Visit#getApprovedOn()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_ApprovedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Visit#getFollowUpOn <em>Follow Up On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up On</em>'.
	 * @see org.rensa.model.Visit#getFollowUpOn()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_FollowUpOn();

	/**
	 * Returns the meta object for the attribute list '{@link org.rensa.model.Visit#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Distribution</em>'.
	 * @see org.rensa.model.Visit#getDistribution()
	 * @see #getVisit()
	 * @generated
	 */
	EAttribute getVisit_Distribution();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.rensa.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rensa.model.Evidence#getCode()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.Evidence#getTitle()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.rensa.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.rensa.model.Evidence#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see org.rensa.model.Evidence#getFiles()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Files();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getCapturedAt <em>Captured At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured At</em>'.
	 * @see org.rensa.model.Evidence#getCapturedAt()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_CapturedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.rensa.model.Evidence#getRecordedAt()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_RecordedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getCapturedBy <em>Captured By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Captured By</em>'.
	 * @see org.rensa.model.Evidence#getCapturedBy()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_CapturedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getCaption <em>Caption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption</em>'.
	 * @see org.rensa.model.Evidence#getCaption()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Caption();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getCaptionJa <em>Caption Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Caption Ja</em>'.
	 * @see org.rensa.model.Evidence#getCaptionJa()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_CaptionJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.rensa.model.Evidence#getExpiresOn()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Evidence#getTlp <em>Tlp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlp</em>'.
	 * @see org.rensa.model.Evidence#getTlp()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Tlp();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Evidence#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.rensa.model.Evidence#getVisit()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Visit();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Evidence#getResponses <em>Responses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Responses</em>'.
	 * @see org.rensa.model.Evidence#getResponses()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Responses();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Evidence#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Findings</em>'.
	 * @see org.rensa.model.Evidence#getFindings()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Findings();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.EvidenceFile <em>Evidence File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence File</em>'.
	 * @see org.rensa.model.EvidenceFile
	 * @generated
	 */
	EClass getEvidenceFile();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.EvidenceFile#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.rensa.model.EvidenceFile#getPath()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.EvidenceFile#getOriginalName <em>Original Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Name</em>'.
	 * @see org.rensa.model.EvidenceFile#getOriginalName()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_OriginalName();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.EvidenceFile#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.rensa.model.EvidenceFile#getMediaType()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.EvidenceFile#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.rensa.model.EvidenceFile#getSize()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.EvidenceFile#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.rensa.model.EvidenceFile#getSha256()
	 * @see #getEvidenceFile()
	 * @generated
	 */
	EAttribute getEvidenceFile_Sha256();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.rensa.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rensa.model.Finding#getCode()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.rensa.model.Finding#getTitle()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getTitleJa <em>Title Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Ja</em>'.
	 * @see org.rensa.model.Finding#getTitleJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_TitleJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.rensa.model.Finding#getDescription()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getDescriptionJa <em>Description Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Ja</em>'.
	 * @see org.rensa.model.Finding#getDescriptionJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DescriptionJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.rensa.model.Finding#getCause()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Cause();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getCauseJa <em>Cause Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause Ja</em>'.
	 * @see org.rensa.model.Finding#getCauseJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_CauseJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.rensa.model.Finding#getEffect()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Effect();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getEffectJa <em>Effect Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect Ja</em>'.
	 * @see org.rensa.model.Finding#getEffectJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_EffectJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation</em>'.
	 * @see org.rensa.model.Finding#getRecommendation()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Recommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getRecommendationJa <em>Recommendation Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation Ja</em>'.
	 * @see org.rensa.model.Finding#getRecommendationJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RecommendationJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.rensa.model.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Finding#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requirement</em>'.
	 * @see org.rensa.model.Finding#getRequirement()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Requirement();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Finding#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Organization</em>'.
	 * @see org.rensa.model.Finding#getOrganization()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Organization();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Finding#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessment</em>'.
	 * @see org.rensa.model.Finding#getAssessment()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Assessment();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.Finding#getVisit <em>Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Visit</em>'.
	 * @see org.rensa.model.Finding#getVisit()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Visit();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.rensa.model.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getTlp <em>Tlp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlp</em>'.
	 * @see org.rensa.model.Finding#getTlp()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Tlp();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rensa.model.Finding#getStatus()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getRaisedOn <em>Raised On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised On</em>'.
	 * @see org.rensa.model.Finding#getRaisedOn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_RaisedOn();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.Finding#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see org.rensa.model.Finding#getActions()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getManagementResponse <em>Management Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Response</em>'.
	 * @see org.rensa.model.Finding#getManagementResponse()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_ManagementResponse();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getManagementResponseJa <em>Management Response Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Response Ja</em>'.
	 * @see org.rensa.model.Finding#getManagementResponseJa()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_ManagementResponseJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getManagementResponseBy <em>Management Response By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Response By</em>'.
	 * @see org.rensa.model.Finding#getManagementResponseBy()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_ManagementResponseBy();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.Finding#getManagementResponseOn <em>Management Response On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Management Response On</em>'.
	 * @see org.rensa.model.Finding#getManagementResponseOn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_ManagementResponseOn();

	/**
	 * Returns the meta object for class '{@link org.rensa.model.RemediationAction <em>Remediation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remediation Action</em>'.
	 * @see org.rensa.model.RemediationAction
	 * @generated
	 */
	EClass getRemediationAction();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.rensa.model.RemediationAction#getCode()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_Code();

	/**
	 * Returns the meta object for the reference '{@link org.rensa.model.RemediationAction#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Finding</em>'.
	 * @see org.rensa.model.RemediationAction#getFinding()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EReference getRemediationAction_Finding();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.rensa.model.RemediationAction#getAction()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getActionJa <em>Action Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action Ja</em>'.
	 * @see org.rensa.model.RemediationAction#getActionJa()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_ActionJa();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.rensa.model.RemediationAction#getOwner()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.rensa.model.RemediationAction#getDueDate()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.rensa.model.RemediationAction#getStatus()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see org.rensa.model.RemediationAction#getCompletedOn()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_CompletedOn();

	/**
	 * Returns the meta object for the reference list '{@link org.rensa.model.RemediationAction#getClosureEvidence <em>Closure Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Closure Evidence</em>'.
	 * @see org.rensa.model.RemediationAction#getClosureEvidence()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EReference getRemediationAction_ClosureEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.rensa.model.RemediationAction#getSupplierComment <em>Supplier Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supplier Comment</em>'.
	 * @see org.rensa.model.RemediationAction#getSupplierComment()
	 * @see #getRemediationAction()
	 * @generated
	 */
	EAttribute getRemediationAction_SupplierComment();

	/**
	 * Returns the meta object for the '{@link org.rensa.model.RemediationAction#isOverdue(java.time.LocalDate) <em>Is Overdue</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Is Overdue</em>' operation.
	 * @see org.rensa.model.RemediationAction#isOverdue(java.time.LocalDate)
	 * @generated
	 */
	EOperation getRemediationAction__IsOverdue__LocalDate();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.OrganizationKind <em>Organization Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Organization Kind</em>'.
	 * @see org.rensa.model.OrganizationKind
	 * @generated
	 */
	EEnum getOrganizationKind();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.SizeClass <em>Size Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Size Class</em>'.
	 * @see org.rensa.model.SizeClass
	 * @generated
	 */
	EEnum getSizeClass();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.CapitalTie <em>Capital Tie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Capital Tie</em>'.
	 * @see org.rensa.model.CapitalTie
	 * @generated
	 */
	EEnum getCapitalTie();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.MetiLevel <em>Meti Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meti Level</em>'.
	 * @see org.rensa.model.MetiLevel
	 * @generated
	 */
	EEnum getMetiLevel();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.CertificationScheme <em>Certification Scheme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certification Scheme</em>'.
	 * @see org.rensa.model.CertificationScheme
	 * @generated
	 */
	EEnum getCertificationScheme();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.RelationshipKind <em>Relationship Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship Kind</em>'.
	 * @see org.rensa.model.RelationshipKind
	 * @generated
	 */
	EEnum getRelationshipKind();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.InformationClass <em>Information Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Information Class</em>'.
	 * @see org.rensa.model.InformationClass
	 * @generated
	 */
	EEnum getInformationClass();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.ContractKind <em>Contract Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contract Kind</em>'.
	 * @see org.rensa.model.ContractKind
	 * @generated
	 */
	EEnum getContractKind();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.ClauseCategory <em>Clause Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Clause Category</em>'.
	 * @see org.rensa.model.ClauseCategory
	 * @generated
	 */
	EEnum getClauseCategory();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.AssessmentStatus <em>Assessment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Status</em>'.
	 * @see org.rensa.model.AssessmentStatus
	 * @generated
	 */
	EEnum getAssessmentStatus();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.DeclaredAnswer <em>Declared Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Declared Answer</em>'.
	 * @see org.rensa.model.DeclaredAnswer
	 * @generated
	 */
	EEnum getDeclaredAnswer();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see org.rensa.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.VerificationMethod <em>Verification Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Method</em>'.
	 * @see org.rensa.model.VerificationMethod
	 * @generated
	 */
	EEnum getVerificationMethod();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.DeclarationGap <em>Declaration Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Declaration Gap</em>'.
	 * @see org.rensa.model.DeclarationGap
	 * @generated
	 */
	EEnum getDeclarationGap();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see org.rensa.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.Tlp <em>Tlp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tlp</em>'.
	 * @see org.rensa.model.Tlp
	 * @generated
	 */
	EEnum getTlp();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.rensa.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.FindingStatus <em>Finding Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Status</em>'.
	 * @see org.rensa.model.FindingStatus
	 * @generated
	 */
	EEnum getFindingStatus();

	/**
	 * Returns the meta object for enum '{@link org.rensa.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.rensa.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone, serialised as ISO-8601 (yyyy-MM-dd).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An instant on the UTC time line, serialised as ISO-8601 in UTC (e.g. 2026-04-01T09:30:00Z).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RensaFactory getRensaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.IdentifiableImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.AuditProjectImpl <em>Audit Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.AuditProjectImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getAuditProject()
		 * @generated
		 */
		EClass AUDIT_PROJECT = eINSTANCE.getAuditProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_PROJECT__NAME = eINSTANCE.getAuditProject_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_PROJECT__DESCRIPTION = eINSTANCE.getAuditProject_Description();

		/**
		 * The meta object literal for the '<em><b>Buyer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__BUYER = eINSTANCE.getAuditProject_Buyer();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__ORGANIZATIONS = eINSTANCE.getAuditProject_Organizations();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__RELATIONSHIPS = eINSTANCE.getAuditProject_Relationships();

		/**
		 * The meta object literal for the '<em><b>Contracts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__CONTRACTS = eINSTANCE.getAuditProject_Contracts();

		/**
		 * The meta object literal for the '<em><b>Clause Templates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__CLAUSE_TEMPLATES = eINSTANCE.getAuditProject_ClauseTemplates();

		/**
		 * The meta object literal for the '<em><b>Checklists</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__CHECKLISTS = eINSTANCE.getAuditProject_Checklists();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__CAMPAIGNS = eINSTANCE.getAuditProject_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__ASSESSMENTS = eINSTANCE.getAuditProject_Assessments();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__VISITS = eINSTANCE.getAuditProject_Visits();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__EVIDENCE = eINSTANCE.getAuditProject_Evidence();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__FINDINGS = eINSTANCE.getAuditProject_Findings();

		/**
		 * The meta object literal for the '<em><b>Remediation Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUDIT_PROJECT__REMEDIATION_ACTIONS = eINSTANCE.getAuditProject_RemediationActions();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.OrganizationImpl <em>Organization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.OrganizationImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getOrganization()
		 * @generated
		 */
		EClass ORGANIZATION = eINSTANCE.getOrganization();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__KIND = eINSTANCE.getOrganization_Kind();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME = eINSTANCE.getOrganization_Name();

		/**
		 * The meta object literal for the '<em><b>Name Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NAME_JA = eINSTANCE.getOrganization_NameJa();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__COUNTRY = eINSTANCE.getOrganization_Country();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__SECTOR = eINSTANCE.getOrganization_Sector();

		/**
		 * The meta object literal for the '<em><b>Size Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__SIZE_CLASS = eINSTANCE.getOrganization_SizeClass();

		/**
		 * The meta object literal for the '<em><b>Capital Tie</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__CAPITAL_TIE = eINSTANCE.getOrganization_CapitalTie();

		/**
		 * The meta object literal for the '<em><b>Meti Target Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__METI_TARGET_LEVEL = eINSTANCE.getOrganization_MetiTargetLevel();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__ADDRESS = eINSTANCE.getOrganization_Address();

		/**
		 * The meta object literal for the '<em><b>Certifications</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CERTIFICATIONS = eINSTANCE.getOrganization_Certifications();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ORGANIZATION__CONTACTS = eINSTANCE.getOrganization_Contacts();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__NOTES = eINSTANCE.getOrganization_Notes();

		/**
		 * The meta object literal for the '<em><b>Tier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ORGANIZATION__TIER = eINSTANCE.getOrganization_Tier();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.CertificationImpl <em>Certification</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.CertificationImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getCertification()
		 * @generated
		 */
		EClass CERTIFICATION = eINSTANCE.getCertification();

		/**
		 * The meta object literal for the '<em><b>Scheme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__SCHEME = eINSTANCE.getCertification_Scheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__NAME = eINSTANCE.getCertification_Name();

		/**
		 * The meta object literal for the '<em><b>Certificate Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__CERTIFICATE_NUMBER = eINSTANCE.getCertification_CertificateNumber();

		/**
		 * The meta object literal for the '<em><b>Issuer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__ISSUER = eINSTANCE.getCertification_Issuer();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__SCOPE = eINSTANCE.getCertification_Scope();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__VALID_FROM = eINSTANCE.getCertification_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATION__VALID_UNTIL = eINSTANCE.getCertification_ValidUntil();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ContactImpl <em>Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ContactImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getContact()
		 * @generated
		 */
		EClass CONTACT = eINSTANCE.getContact();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__NAME = eINSTANCE.getContact_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__ROLE = eINSTANCE.getContact_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__EMAIL = eINSTANCE.getContact_Email();

		/**
		 * The meta object literal for the '<em><b>Phone</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT__PHONE = eINSTANCE.getContact_Phone();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.RelationshipImpl <em>Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.RelationshipImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getRelationship()
		 * @generated
		 */
		EClass RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__FROM = eINSTANCE.getRelationship_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RELATIONSHIP__TO = eINSTANCE.getRelationship_To();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__KIND = eINSTANCE.getRelationship_Kind();

		/**
		 * The meta object literal for the '<em><b>Declared To Buyer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__DECLARED_TO_BUYER = eINSTANCE.getRelationship_DeclaredToBuyer();

		/**
		 * The meta object literal for the '<em><b>Approved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__APPROVED = eINSTANCE.getRelationship_Approved();

		/**
		 * The meta object literal for the '<em><b>Information Classes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__INFORMATION_CLASSES = eINSTANCE.getRelationship_InformationClasses();

		/**
		 * The meta object literal for the '<em><b>Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__SINCE = eINSTANCE.getRelationship_Since();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RELATIONSHIP__DESCRIPTION = eINSTANCE.getRelationship_Description();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ContractImpl <em>Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ContractImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getContract()
		 * @generated
		 */
		EClass CONTRACT = eINSTANCE.getContract();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__TITLE = eINSTANCE.getContract_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__KIND = eINSTANCE.getContract_Kind();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__PARTIES = eINSTANCE.getContract_Parties();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__RELATIONSHIP = eINSTANCE.getContract_Relationship();

		/**
		 * The meta object literal for the '<em><b>Signed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__SIGNED_ON = eINSTANCE.getContract_SignedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTRACT__EXPIRES_ON = eINSTANCE.getContract_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Clauses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTRACT__CLAUSES = eINSTANCE.getContract_Clauses();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ClauseImpl <em>Clause</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ClauseImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getClause()
		 * @generated
		 */
		EClass CLAUSE = eINSTANCE.getClause();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__CATEGORY = eINSTANCE.getClause_Category();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__REFERENCE = eINSTANCE.getClause_Reference();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TEXT = eINSTANCE.getClause_Text();

		/**
		 * The meta object literal for the '<em><b>Text Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__TEXT_JA = eINSTANCE.getClause_TextJa();

		/**
		 * The meta object literal for the '<em><b>Flows Down</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__FLOWS_DOWN = eINSTANCE.getClause_FlowsDown();

		/**
		 * The meta object literal for the '<em><b>Notification Deadline Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE__NOTIFICATION_DEADLINE_HOURS = eINSTANCE.getClause_NotificationDeadlineHours();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAUSE__TEMPLATE = eINSTANCE.getClause_Template();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ClauseTemplateImpl <em>Clause Template</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ClauseTemplateImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getClauseTemplate()
		 * @generated
		 */
		EClass CLAUSE_TEMPLATE = eINSTANCE.getClauseTemplate();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__CATEGORY = eINSTANCE.getClauseTemplate_Category();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__TITLE = eINSTANCE.getClauseTemplate_Title();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__TITLE_JA = eINSTANCE.getClauseTemplate_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Wording</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__WORDING = eINSTANCE.getClauseTemplate_Wording();

		/**
		 * The meta object literal for the '<em><b>Wording Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__WORDING_JA = eINSTANCE.getClauseTemplate_WordingJa();

		/**
		 * The meta object literal for the '<em><b>Flows Down</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAUSE_TEMPLATE__FLOWS_DOWN = eINSTANCE.getClauseTemplate_FlowsDown();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ChecklistImpl <em>Checklist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ChecklistImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getChecklist()
		 * @generated
		 */
		EClass CHECKLIST = eINSTANCE.getChecklist();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__NAME = eINSTANCE.getChecklist_Name();

		/**
		 * The meta object literal for the '<em><b>Name Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__NAME_JA = eINSTANCE.getChecklist_NameJa();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__VERSION = eINSTANCE.getChecklist_Version();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__SOURCE = eINSTANCE.getChecklist_Source();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__DESCRIPTION = eINSTANCE.getChecklist_Description();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__SECTIONS = eINSTANCE.getChecklist_Sections();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.SectionImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__CODE = eINSTANCE.getSection_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE_JA = eINSTANCE.getSection_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__REQUIREMENTS = eINSTANCE.getSection_Requirements();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.RequirementImpl <em>Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.RequirementImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getRequirement()
		 * @generated
		 */
		EClass REQUIREMENT = eINSTANCE.getRequirement();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__CODE = eINSTANCE.getRequirement_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__TITLE = eINSTANCE.getRequirement_Title();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__TITLE_JA = eINSTANCE.getRequirement_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__DESCRIPTION = eINSTANCE.getRequirement_Description();

		/**
		 * The meta object literal for the '<em><b>Description Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__DESCRIPTION_JA = eINSTANCE.getRequirement_DescriptionJa();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__LEVEL = eINSTANCE.getRequirement_Level();

		/**
		 * The meta object literal for the '<em><b>Level Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__LEVEL_LABEL = eINSTANCE.getRequirement_LevelLabel();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__GUIDANCE = eINSTANCE.getRequirement_Guidance();

		/**
		 * The meta object literal for the '<em><b>Guidance Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__GUIDANCE_JA = eINSTANCE.getRequirement_GuidanceJa();

		/**
		 * The meta object literal for the '<em><b>Evidence Hints</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__EVIDENCE_HINTS = eINSTANCE.getRequirement_EvidenceHints();

		/**
		 * The meta object literal for the '<em><b>Evidence Hints Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__EVIDENCE_HINTS_JA = eINSTANCE.getRequirement_EvidenceHintsJa();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REQUIREMENT__REFERENCES = eINSTANCE.getRequirement_References();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.CampaignImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME = eINSTANCE.getCampaign_Name();

		/**
		 * The meta object literal for the '<em><b>Name Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__NAME_JA = eINSTANCE.getCampaign_NameJa();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__FISCAL_YEAR = eINSTANCE.getCampaign_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__START_DATE = eINSTANCE.getCampaign_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__END_DATE = eINSTANCE.getCampaign_EndDate();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__SCOPE = eINSTANCE.getCampaign_Scope();

		/**
		 * The meta object literal for the '<em><b>Checklist</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CHECKLIST = eINSTANCE.getCampaign_Checklist();

		/**
		 * The meta object literal for the '<em><b>Organizations</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__ORGANIZATIONS = eINSTANCE.getCampaign_Organizations();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.AssessmentImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ORGANIZATION = eINSTANCE.getAssessment_Organization();

		/**
		 * The meta object literal for the '<em><b>Checklist</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CHECKLIST = eINSTANCE.getAssessment_Checklist();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CAMPAIGN = eINSTANCE.getAssessment_Campaign();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS = eINSTANCE.getAssessment_Status();

		/**
		 * The meta object literal for the '<em><b>Respondent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RESPONDENT = eINSTANCE.getAssessment_Respondent();

		/**
		 * The meta object literal for the '<em><b>Declared On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DECLARED_ON = eINSTANCE.getAssessment_DeclaredOn();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__RESPONSES = eINSTANCE.getAssessment_Responses();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.ResponseImpl <em>Response</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.ResponseImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getResponse()
		 * @generated
		 */
		EClass RESPONSE = eINSTANCE.getResponse();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE__REQUIREMENT = eINSTANCE.getResponse_Requirement();

		/**
		 * The meta object literal for the '<em><b>Declared Answer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__DECLARED_ANSWER = eINSTANCE.getResponse_DeclaredAnswer();

		/**
		 * The meta object literal for the '<em><b>Declared Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__DECLARED_COMMENT = eINSTANCE.getResponse_DeclaredComment();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__VERDICT = eINSTANCE.getResponse_Verdict();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__METHOD = eINSTANCE.getResponse_Method();

		/**
		 * The meta object literal for the '<em><b>Verification Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__VERIFICATION_NOTE = eINSTANCE.getResponse_VerificationNote();

		/**
		 * The meta object literal for the '<em><b>Verification Note Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__VERIFICATION_NOTE_JA = eINSTANCE.getResponse_VerificationNoteJa();

		/**
		 * The meta object literal for the '<em><b>Verified By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__VERIFIED_BY = eINSTANCE.getResponse_VerifiedBy();

		/**
		 * The meta object literal for the '<em><b>Verified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__VERIFIED_AT = eINSTANCE.getResponse_VerifiedAt();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESPONSE__EVIDENCE = eINSTANCE.getResponse_Evidence();

		/**
		 * The meta object literal for the '<em><b>Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__GAP = eINSTANCE.getResponse_Gap();

		/**
		 * The meta object literal for the '<em><b>Mismatch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSE__MISMATCH = eINSTANCE.getResponse_Mismatch();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.VisitImpl <em>Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.VisitImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getVisit()
		 * @generated
		 */
		EClass VISIT = eINSTANCE.getVisit();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__ORGANIZATION = eINSTANCE.getVisit_Organization();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VISIT__ASSESSMENT = eINSTANCE.getVisit_Assessment();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__SITE = eINSTANCE.getVisit_Site();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__START_DATE = eINSTANCE.getVisit_StartDate();

		/**
		 * The meta object literal for the '<em><b>End Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__END_DATE = eINSTANCE.getVisit_EndDate();

		/**
		 * The meta object literal for the '<em><b>Auditors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__AUDITORS = eINSTANCE.getVisit_Auditors();

		/**
		 * The meta object literal for the '<em><b>Interviewees</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__INTERVIEWEES = eINSTANCE.getVisit_Interviewees();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__SCOPE = eINSTANCE.getVisit_Scope();

		/**
		 * The meta object literal for the '<em><b>Scope Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__SCOPE_JA = eINSTANCE.getVisit_ScopeJa();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__NOTES = eINSTANCE.getVisit_Notes();

		/**
		 * The meta object literal for the '<em><b>Notes Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__NOTES_JA = eINSTANCE.getVisit_NotesJa();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__OBJECTIVES = eINSTANCE.getVisit_Objectives();

		/**
		 * The meta object literal for the '<em><b>Objectives Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__OBJECTIVES_JA = eINSTANCE.getVisit_ObjectivesJa();

		/**
		 * The meta object literal for the '<em><b>Limitations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__LIMITATIONS = eINSTANCE.getVisit_Limitations();

		/**
		 * The meta object literal for the '<em><b>Limitations Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__LIMITATIONS_JA = eINSTANCE.getVisit_LimitationsJa();

		/**
		 * The meta object literal for the '<em><b>Opinion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__OPINION = eINSTANCE.getVisit_Opinion();

		/**
		 * The meta object literal for the '<em><b>Opinion Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__OPINION_JA = eINSTANCE.getVisit_OpinionJa();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__REVIEWER = eINSTANCE.getVisit_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Reviewed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__REVIEWED_ON = eINSTANCE.getVisit_ReviewedOn();

		/**
		 * The meta object literal for the '<em><b>Approver</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__APPROVER = eINSTANCE.getVisit_Approver();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__APPROVED_ON = eINSTANCE.getVisit_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Follow Up On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__FOLLOW_UP_ON = eINSTANCE.getVisit_FollowUpOn();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VISIT__DISTRIBUTION = eINSTANCE.getVisit_Distribution();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.EvidenceImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CODE = eINSTANCE.getEvidence_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TITLE = eINSTANCE.getEvidence_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__FILES = eINSTANCE.getEvidence_Files();

		/**
		 * The meta object literal for the '<em><b>Captured At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CAPTURED_AT = eINSTANCE.getEvidence_CapturedAt();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__RECORDED_AT = eINSTANCE.getEvidence_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Captured By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CAPTURED_BY = eINSTANCE.getEvidence_CapturedBy();

		/**
		 * The meta object literal for the '<em><b>Caption</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CAPTION = eINSTANCE.getEvidence_Caption();

		/**
		 * The meta object literal for the '<em><b>Caption Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__CAPTION_JA = eINSTANCE.getEvidence_CaptionJa();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__EXPIRES_ON = eINSTANCE.getEvidence_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Tlp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__TLP = eINSTANCE.getEvidence_Tlp();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__VISIT = eINSTANCE.getEvidence_Visit();

		/**
		 * The meta object literal for the '<em><b>Responses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__RESPONSES = eINSTANCE.getEvidence_Responses();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__FINDINGS = eINSTANCE.getEvidence_Findings();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.EvidenceFileImpl <em>Evidence File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.EvidenceFileImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getEvidenceFile()
		 * @generated
		 */
		EClass EVIDENCE_FILE = eINSTANCE.getEvidenceFile();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__PATH = eINSTANCE.getEvidenceFile_Path();

		/**
		 * The meta object literal for the '<em><b>Original Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__ORIGINAL_NAME = eINSTANCE.getEvidenceFile_OriginalName();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__MEDIA_TYPE = eINSTANCE.getEvidenceFile_MediaType();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__SIZE = eINSTANCE.getEvidenceFile_Size();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_FILE__SHA256 = eINSTANCE.getEvidenceFile_Sha256();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.FindingImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CODE = eINSTANCE.getFinding_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TITLE = eINSTANCE.getFinding_Title();

		/**
		 * The meta object literal for the '<em><b>Title Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TITLE_JA = eINSTANCE.getFinding_TitleJa();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DESCRIPTION = eINSTANCE.getFinding_Description();

		/**
		 * The meta object literal for the '<em><b>Description Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DESCRIPTION_JA = eINSTANCE.getFinding_DescriptionJa();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CAUSE = eINSTANCE.getFinding_Cause();

		/**
		 * The meta object literal for the '<em><b>Cause Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__CAUSE_JA = eINSTANCE.getFinding_CauseJa();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__EFFECT = eINSTANCE.getFinding_Effect();

		/**
		 * The meta object literal for the '<em><b>Effect Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__EFFECT_JA = eINSTANCE.getFinding_EffectJa();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RECOMMENDATION = eINSTANCE.getFinding_Recommendation();

		/**
		 * The meta object literal for the '<em><b>Recommendation Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RECOMMENDATION_JA = eINSTANCE.getFinding_RecommendationJa();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__REQUIREMENT = eINSTANCE.getFinding_Requirement();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ORGANIZATION = eINSTANCE.getFinding_Organization();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ASSESSMENT = eINSTANCE.getFinding_Assessment();

		/**
		 * The meta object literal for the '<em><b>Visit</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__VISIT = eINSTANCE.getFinding_Visit();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '<em><b>Tlp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TLP = eINSTANCE.getFinding_Tlp();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__STATUS = eINSTANCE.getFinding_Status();

		/**
		 * The meta object literal for the '<em><b>Raised On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RAISED_ON = eINSTANCE.getFinding_RaisedOn();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__ACTIONS = eINSTANCE.getFinding_Actions();

		/**
		 * The meta object literal for the '<em><b>Management Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MANAGEMENT_RESPONSE = eINSTANCE.getFinding_ManagementResponse();

		/**
		 * The meta object literal for the '<em><b>Management Response Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MANAGEMENT_RESPONSE_JA = eINSTANCE.getFinding_ManagementResponseJa();

		/**
		 * The meta object literal for the '<em><b>Management Response By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MANAGEMENT_RESPONSE_BY = eINSTANCE.getFinding_ManagementResponseBy();

		/**
		 * The meta object literal for the '<em><b>Management Response On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MANAGEMENT_RESPONSE_ON = eINSTANCE.getFinding_ManagementResponseOn();

		/**
		 * The meta object literal for the '{@link org.rensa.model.impl.RemediationActionImpl <em>Remediation Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.impl.RemediationActionImpl
		 * @see org.rensa.model.impl.RensaPackageImpl#getRemediationAction()
		 * @generated
		 */
		EClass REMEDIATION_ACTION = eINSTANCE.getRemediationAction();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__CODE = eINSTANCE.getRemediationAction_Code();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIATION_ACTION__FINDING = eINSTANCE.getRemediationAction_Finding();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__ACTION = eINSTANCE.getRemediationAction_Action();

		/**
		 * The meta object literal for the '<em><b>Action Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__ACTION_JA = eINSTANCE.getRemediationAction_ActionJa();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__OWNER = eINSTANCE.getRemediationAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__DUE_DATE = eINSTANCE.getRemediationAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__STATUS = eINSTANCE.getRemediationAction_Status();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__COMPLETED_ON = eINSTANCE.getRemediationAction_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>Closure Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIATION_ACTION__CLOSURE_EVIDENCE = eINSTANCE.getRemediationAction_ClosureEvidence();

		/**
		 * The meta object literal for the '<em><b>Supplier Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIATION_ACTION__SUPPLIER_COMMENT = eINSTANCE.getRemediationAction_SupplierComment();

		/**
		 * The meta object literal for the '<em><b>Is Overdue</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation REMEDIATION_ACTION___IS_OVERDUE__LOCALDATE = eINSTANCE.getRemediationAction__IsOverdue__LocalDate();

		/**
		 * The meta object literal for the '{@link org.rensa.model.OrganizationKind <em>Organization Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.OrganizationKind
		 * @see org.rensa.model.impl.RensaPackageImpl#getOrganizationKind()
		 * @generated
		 */
		EEnum ORGANIZATION_KIND = eINSTANCE.getOrganizationKind();

		/**
		 * The meta object literal for the '{@link org.rensa.model.SizeClass <em>Size Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.SizeClass
		 * @see org.rensa.model.impl.RensaPackageImpl#getSizeClass()
		 * @generated
		 */
		EEnum SIZE_CLASS = eINSTANCE.getSizeClass();

		/**
		 * The meta object literal for the '{@link org.rensa.model.CapitalTie <em>Capital Tie</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.CapitalTie
		 * @see org.rensa.model.impl.RensaPackageImpl#getCapitalTie()
		 * @generated
		 */
		EEnum CAPITAL_TIE = eINSTANCE.getCapitalTie();

		/**
		 * The meta object literal for the '{@link org.rensa.model.MetiLevel <em>Meti Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.MetiLevel
		 * @see org.rensa.model.impl.RensaPackageImpl#getMetiLevel()
		 * @generated
		 */
		EEnum METI_LEVEL = eINSTANCE.getMetiLevel();

		/**
		 * The meta object literal for the '{@link org.rensa.model.CertificationScheme <em>Certification Scheme</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.CertificationScheme
		 * @see org.rensa.model.impl.RensaPackageImpl#getCertificationScheme()
		 * @generated
		 */
		EEnum CERTIFICATION_SCHEME = eINSTANCE.getCertificationScheme();

		/**
		 * The meta object literal for the '{@link org.rensa.model.RelationshipKind <em>Relationship Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.RelationshipKind
		 * @see org.rensa.model.impl.RensaPackageImpl#getRelationshipKind()
		 * @generated
		 */
		EEnum RELATIONSHIP_KIND = eINSTANCE.getRelationshipKind();

		/**
		 * The meta object literal for the '{@link org.rensa.model.InformationClass <em>Information Class</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.InformationClass
		 * @see org.rensa.model.impl.RensaPackageImpl#getInformationClass()
		 * @generated
		 */
		EEnum INFORMATION_CLASS = eINSTANCE.getInformationClass();

		/**
		 * The meta object literal for the '{@link org.rensa.model.ContractKind <em>Contract Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.ContractKind
		 * @see org.rensa.model.impl.RensaPackageImpl#getContractKind()
		 * @generated
		 */
		EEnum CONTRACT_KIND = eINSTANCE.getContractKind();

		/**
		 * The meta object literal for the '{@link org.rensa.model.ClauseCategory <em>Clause Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.ClauseCategory
		 * @see org.rensa.model.impl.RensaPackageImpl#getClauseCategory()
		 * @generated
		 */
		EEnum CLAUSE_CATEGORY = eINSTANCE.getClauseCategory();

		/**
		 * The meta object literal for the '{@link org.rensa.model.AssessmentStatus <em>Assessment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.AssessmentStatus
		 * @see org.rensa.model.impl.RensaPackageImpl#getAssessmentStatus()
		 * @generated
		 */
		EEnum ASSESSMENT_STATUS = eINSTANCE.getAssessmentStatus();

		/**
		 * The meta object literal for the '{@link org.rensa.model.DeclaredAnswer <em>Declared Answer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.DeclaredAnswer
		 * @see org.rensa.model.impl.RensaPackageImpl#getDeclaredAnswer()
		 * @generated
		 */
		EEnum DECLARED_ANSWER = eINSTANCE.getDeclaredAnswer();

		/**
		 * The meta object literal for the '{@link org.rensa.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.Verdict
		 * @see org.rensa.model.impl.RensaPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

		/**
		 * The meta object literal for the '{@link org.rensa.model.VerificationMethod <em>Verification Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.VerificationMethod
		 * @see org.rensa.model.impl.RensaPackageImpl#getVerificationMethod()
		 * @generated
		 */
		EEnum VERIFICATION_METHOD = eINSTANCE.getVerificationMethod();

		/**
		 * The meta object literal for the '{@link org.rensa.model.DeclarationGap <em>Declaration Gap</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.DeclarationGap
		 * @see org.rensa.model.impl.RensaPackageImpl#getDeclarationGap()
		 * @generated
		 */
		EEnum DECLARATION_GAP = eINSTANCE.getDeclarationGap();

		/**
		 * The meta object literal for the '{@link org.rensa.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.EvidenceKind
		 * @see org.rensa.model.impl.RensaPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link org.rensa.model.Tlp <em>Tlp</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.Tlp
		 * @see org.rensa.model.impl.RensaPackageImpl#getTlp()
		 * @generated
		 */
		EEnum TLP = eINSTANCE.getTlp();

		/**
		 * The meta object literal for the '{@link org.rensa.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.Severity
		 * @see org.rensa.model.impl.RensaPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link org.rensa.model.FindingStatus <em>Finding Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.FindingStatus
		 * @see org.rensa.model.impl.RensaPackageImpl#getFindingStatus()
		 * @generated
		 */
		EEnum FINDING_STATUS = eINSTANCE.getFindingStatus();

		/**
		 * The meta object literal for the '{@link org.rensa.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.rensa.model.ActionStatus
		 * @see org.rensa.model.impl.RensaPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.rensa.model.impl.RensaPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.rensa.model.impl.RensaPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //RensaPackage
