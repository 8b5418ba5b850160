/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A supply or subcontract link (取引関係) between two organisations, with the information that flows over it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Relationship#getFrom <em>From</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#getTo <em>To</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#isDeclaredToBuyer <em>Declared To Buyer</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#isApproved <em>Approved</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#getInformationClasses <em>Information Classes</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#getSince <em>Since</em>}</li>
 *   <li>{@link org.rensa.model.Relationship#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getRelationship()
 * @model
 * @generated
 */
public interface Relationship extends Identifiable {
	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that passes on work or information (the upstream party).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Organization)
	 * @see org.rensa.model.RensaPackage#getRelationship_From()
	 * @model
	 * @generated
	 */
	Organization getFrom();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Organization value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation that receives work or information (the downstream party).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Organization)
	 * @see org.rensa.model.RensaPackage#getRelationship_To()
	 * @model
	 * @generated
	 */
	Organization getTo();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Organization value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.RelationshipKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supply or subcontract.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.RelationshipKind
	 * @see #setKind(RelationshipKind)
	 * @see org.rensa.model.RensaPackage#getRelationship_Kind()
	 * @model
	 * @generated
	 */
	RelationshipKind getKind();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.RelationshipKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RelationshipKind value);

	/**
	 * Returns the value of the '<em><b>Declared To Buyer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the relationship was declared to the buyer (e.g. in a subcontracting application).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Declared To Buyer</em>' attribute.
	 * @see #setDeclaredToBuyer(boolean)
	 * @see org.rensa.model.RensaPackage#getRelationship_DeclaredToBuyer()
	 * @model
	 * @generated
	 */
	boolean isDeclaredToBuyer();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#isDeclaredToBuyer <em>Declared To Buyer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Declared To Buyer</em>' attribute.
	 * @see #isDeclaredToBuyer()
	 * @generated
	 */
	void setDeclaredToBuyer(boolean value);

	/**
	 * Returns the value of the '<em><b>Approved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the buyer approved the relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved</em>' attribute.
	 * @see #setApproved(boolean)
	 * @see org.rensa.model.RensaPackage#getRelationship_Approved()
	 * @model
	 * @generated
	 */
	boolean isApproved();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#isApproved <em>Approved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved</em>' attribute.
	 * @see #isApproved()
	 * @generated
	 */
	void setApproved(boolean value);

	/**
	 * Returns the value of the '<em><b>Information Classes</b></em>' attribute list.
	 * The list contents are of type {@link org.rensa.model.InformationClass}.
	 * The literals are from the enumeration {@link org.rensa.model.InformationClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Classes of information or access that flow over the relationship.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Information Classes</em>' attribute list.
	 * @see org.rensa.model.InformationClass
	 * @see org.rensa.model.RensaPackage#getRelationship_InformationClasses()
	 * @model
	 * @generated
	 */
	EList<InformationClass> getInformationClasses();

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date the relationship started.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.rensa.model.RensaPackage#getRelationship_Since()
	 * @model dataType="org.rensa.model.LocalDate"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text description of the work passed on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.rensa.model.RensaPackage#getRelationship_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.rensa.model.Relationship#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Relationship
