/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A company in the supply chain: the buyer, a supplier or a subcontractor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.Organization#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getNameJa <em>Name Ja</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getCountry <em>Country</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getSector <em>Sector</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getSizeClass <em>Size Class</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getCapitalTie <em>Capital Tie</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getMetiTargetLevel <em>Meti Target Level</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getCertifications <em>Certifications</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rensa.model.Organization#getTier <em>Tier</em>}</li>
 * </ul>
 *
 * @see org.rensa.model.RensaPackage#getOrganization()
 * @model
 * @generated
 */
public interface Organization extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.OrganizationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation's role in the supply chain.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.OrganizationKind
	 * @see #setKind(OrganizationKind)
	 * @see org.rensa.model.RensaPackage#getOrganization_Kind()
	 * @model
	 * @generated
	 */
	OrganizationKind getKind();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.rensa.model.OrganizationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(OrganizationKind value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in English (or romanised).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Name Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in Japanese.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name Ja</em>' attribute.
	 * @see #setNameJa(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_NameJa()
	 * @model
	 * @generated
	 */
	String getNameJa();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getNameJa <em>Name Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Ja</em>' attribute.
	 * @see #getNameJa()
	 * @generated
	 */
	void setNameJa(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country of the organisation's seat as an ISO 3166-1 alpha-2 code, e.g. JP.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Industry sector, e.g. automotive parts or logistics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Size Class</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.SizeClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Company size class; unset when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Class</em>' attribute.
	 * @see org.rensa.model.SizeClass
	 * @see #isSetSizeClass()
	 * @see #unsetSizeClass()
	 * @see #setSizeClass(SizeClass)
	 * @see org.rensa.model.RensaPackage#getOrganization_SizeClass()
	 * @model unsettable="true"
	 * @generated
	 */
	SizeClass getSizeClass();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getSizeClass <em>Size Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Class</em>' attribute.
	 * @see org.rensa.model.SizeClass
	 * @see #isSetSizeClass()
	 * @see #unsetSizeClass()
	 * @see #getSizeClass()
	 * @generated
	 */
	void setSizeClass(SizeClass value);

	/**
	 * Unsets the value of the '{@link org.rensa.model.Organization#getSizeClass <em>Size Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSizeClass()
	 * @see #getSizeClass()
	 * @see #setSizeClass(SizeClass)
	 * @generated
	 */
	void unsetSizeClass();

	/**
	 * Returns whether the value of the '{@link org.rensa.model.Organization#getSizeClass <em>Size Class</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Size Class</em>' attribute is set.
	 * @see #unsetSizeClass()
	 * @see #getSizeClass()
	 * @see #setSizeClass(SizeClass)
	 * @generated
	 */
	boolean isSetSizeClass();

	/**
	 * Returns the value of the '<em><b>Capital Tie</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.CapitalTie}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capital tie to the buyer; unset when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capital Tie</em>' attribute.
	 * @see org.rensa.model.CapitalTie
	 * @see #isSetCapitalTie()
	 * @see #unsetCapitalTie()
	 * @see #setCapitalTie(CapitalTie)
	 * @see org.rensa.model.RensaPackage#getOrganization_CapitalTie()
	 * @model unsettable="true"
	 * @generated
	 */
	CapitalTie getCapitalTie();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getCapitalTie <em>Capital Tie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capital Tie</em>' attribute.
	 * @see org.rensa.model.CapitalTie
	 * @see #isSetCapitalTie()
	 * @see #unsetCapitalTie()
	 * @see #getCapitalTie()
	 * @generated
	 */
	void setCapitalTie(CapitalTie value);

	/**
	 * Unsets the value of the '{@link org.rensa.model.Organization#getCapitalTie <em>Capital Tie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCapitalTie()
	 * @see #getCapitalTie()
	 * @see #setCapitalTie(CapitalTie)
	 * @generated
	 */
	void unsetCapitalTie();

	/**
	 * Returns whether the value of the '{@link org.rensa.model.Organization#getCapitalTie <em>Capital Tie</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Capital Tie</em>' attribute is set.
	 * @see #unsetCapitalTie()
	 * @see #getCapitalTie()
	 * @see #setCapitalTie(CapitalTie)
	 * @generated
	 */
	boolean isSetCapitalTie();

	/**
	 * Returns the value of the '<em><b>Meti Target Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.rensa.model.MetiLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The METI supply-chain security evaluation level (★3 basic / ★4 standard) the buyer's audit team requires of this supplier; unset when not decided yet. The level recommended by the relationships is derived, not stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meti Target Level</em>' attribute.
	 * @see org.rensa.model.MetiLevel
	 * @see #isSetMetiTargetLevel()
	 * @see #unsetMetiTargetLevel()
	 * @see #setMetiTargetLevel(MetiLevel)
	 * @see org.rensa.model.RensaPackage#getOrganization_MetiTargetLevel()
	 * @model unsettable="true"
	 * @generated
	 */
	MetiLevel getMetiTargetLevel();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getMetiTargetLevel <em>Meti Target Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meti Target Level</em>' attribute.
	 * @see org.rensa.model.MetiLevel
	 * @see #isSetMetiTargetLevel()
	 * @see #unsetMetiTargetLevel()
	 * @see #getMetiTargetLevel()
	 * @generated
	 */
	void setMetiTargetLevel(MetiLevel value);

	/**
	 * Unsets the value of the '{@link org.rensa.model.Organization#getMetiTargetLevel <em>Meti Target Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMetiTargetLevel()
	 * @see #getMetiTargetLevel()
	 * @see #setMetiTargetLevel(MetiLevel)
	 * @generated
	 */
	void unsetMetiTargetLevel();

	/**
	 * Returns whether the value of the '{@link org.rensa.model.Organization#getMetiTargetLevel <em>Meti Target Level</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Meti Target Level</em>' attribute is set.
	 * @see #unsetMetiTargetLevel()
	 * @see #getMetiTargetLevel()
	 * @see #setMetiTargetLevel(MetiLevel)
	 * @generated
	 */
	boolean isSetMetiTargetLevel();

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Postal address of the organisation's main site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Certifications</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Certification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Certifications and self-declarations the organisation holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Certifications</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getOrganization_Certifications()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Certification> getCertifications();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.model.Contact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contact persons at the organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.rensa.model.RensaPackage#getOrganization_Contacts()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Contact> getContacts();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free-text notes of the audit team.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.rensa.model.RensaPackage#getOrganization_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.rensa.model.Organization#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Tier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supply-chain tier, derived from the relationships: 0 = buyer, 1 = direct supplier, n = length of the shortest supply/subcontract path from the buyer, -1 = unreachable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tier</em>' attribute.
	 * @see org.rensa.model.RensaPackage#getOrganization_Tier()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	int getTier();

} // Organization
