/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certification</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A certification or self-declaration held by an organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Certification#getScheme <em>Scheme</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getCertificateNumber <em>Certificate Number</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getIssuer <em>Issuer</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getScope <em>Scope</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.rensa.model.Certification#getValidUntil <em>Valid Until</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getCertification()
 * @model
 * @generated
 */
public interface Certification extends EObject {
	/**
	 * Returns the value of the '<em><b>Scheme</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.CertificationScheme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The certification scheme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheme</em>' attribute.
	 * @see org.rensa.model.CertificationScheme
	 * @see #setScheme(CertificationScheme)
	 * @see org.rensa.model.RensaPackage#getCertification_Scheme()
	 * @model
	 * @generated
	 */
	CertificationScheme getScheme();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getScheme <em>Scheme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheme</em>' attribute.
	 * @see org.rensa.model.CertificationScheme
	 * @see #getScheme()
	 * @generated
	 */
	void setScheme(CertificationScheme value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the certification as stated on the certificate, especially for OTHER.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rensa.model.RensaPackage#getCertification_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Certificate Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certificate or registration number.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certificate Number</em>' attribute.
	 * @see #setCertificateNumber(String)
	 * @see org.rensa.model.RensaPackage#getCertification_CertificateNumber()
	 * @model
	 * @generated
	 */
	String getCertificateNumber();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getCertificateNumber <em>Certificate Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Certificate Number</em>' attribute.
	 * @see #getCertificateNumber()
	 * @generated
	 */
	void setCertificateNumber(String value);

	/**
	 * Returns the value of the '<em><b>Issuer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certification body or issuing organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issuer</em>' attribute.
	 * @see #setIssuer(String)
	 * @see org.rensa.model.RensaPackage#getCertification_Issuer()
	 * @model
	 * @generated
	 */
	String getIssuer();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getIssuer <em>Issuer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuer</em>' attribute.
	 * @see #getIssuer()
	 * @generated
	 */
	void setIssuer(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certified scope (sites, business units), as stated on the certificate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see #setScope(String)
	 * @see org.rensa.model.RensaPackage#getCertification_Scope()
	 * @model
	 * @generated
	 */
	String getScope();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of validity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see org.rensa.model.RensaPackage#getCertification_ValidFrom()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day of validity; empty when the scheme has no expiry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(LocalDate)
	 * @see org.rensa.model.RensaPackage#getCertification_ValidUntil()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidUntil();

	/**
	 * Sets the value of the '{@link org.rensa.model.Certification#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(LocalDate value);

} // Certification
