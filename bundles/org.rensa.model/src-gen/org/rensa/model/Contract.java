/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contract</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A contractual document (契約) between organisations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Contract#getTitle <em>Title</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getParties <em>Parties</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getRelationship <em>Relationship</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getSignedOn <em>Signed On</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.rensa.model.Contract#getClauses <em>Clauses</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getContract()
 * @model
 * @generated
 */
public interface Contract extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Title of the contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.rensa.model.RensaPackage#getContract_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.rensa.model.Contract#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.ContractKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of contractual document.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.ContractKind
	 * @see #setKind(ContractKind)
	 * @see org.rensa.model.RensaPackage#getContract_Kind()
	 * @model
	 * @generated
	 */
	ContractKind getKind();

	/**
	 * Sets the value of the '{@link org.rensa.model.Contract#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.ContractKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContractKind value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link org.rensa.model.Organization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The contracting parties.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see org.rensa.model.RensaPackage#getContract_Parties()
	 * @model
	 * @generated
	 */
	EList<Organization> getParties();

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The relationship the contract governs, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship</em>' reference.
	 * @see #setRelationship(Relationship)
	 * @see org.rensa.model.RensaPackage#getContract_Relationship()
	 * @model
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.rensa.model.Contract#getRelationship <em>Relationship</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' reference.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

	/**
	 * Returns the value of the '<em><b>Signed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signed On</em>' attribute.
	 * @see #setSignedOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getContract_SignedOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignedOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Contract#getSignedOn <em>Signed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed On</em>' attribute.
	 * @see #getSignedOn()
	 * @generated
	 */
	void setSignedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of expiry; empty for open-ended contracts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.rensa.model.RensaPackage#getContract_ExpiresOn()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.rensa.model.Contract#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Clauses</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Clause}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Security-relevant clauses (条項) of the contract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Clauses</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getContract_Clauses()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Clause> getClauses();

} // Contract
