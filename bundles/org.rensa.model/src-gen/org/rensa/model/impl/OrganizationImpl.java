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

import org.rensa.model.CapitalTie;
import org.rensa.model.Certification;
import org.rensa.model.Contact;
import org.rensa.model.MetiLevel;
import org.rensa.model.Organization;
import org.rensa.model.OrganizationKind;
import org.rensa.model.RensaPackage;
import org.rensa.model.SizeClass;

import org.rensa.model.derived.SupplyChainTiers;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Organization</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getNameJa <em>Name Ja</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getSizeClass <em>Size Class</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getCapitalTie <em>Capital Tie</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getMetiTargetLevel <em>Meti Target Level</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getCertifications <em>Certifications</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.rensa.model.impl.OrganizationImpl#getTier <em>Tier</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OrganizationImpl extends IdentifiableImpl implements Organization {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final OrganizationKind KIND_EDEFAULT = OrganizationKind.BUYER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected OrganizationKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getNameJa() <em>Name Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameJa()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNameJa() <em>Name Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNameJa()
	 * @generated
	 * @ordered
	 */
	protected String nameJa = NAME_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSizeClass() <em>Size Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeClass()
	 * @generated
	 * @ordered
	 */
	protected static final SizeClass SIZE_CLASS_EDEFAULT = SizeClass.SME;

	/**
	 * The cached value of the '{@link #getSizeClass() <em>Size Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSizeClass()
	 * @generated
	 * @ordered
	 */
	protected SizeClass sizeClass = SIZE_CLASS_EDEFAULT;

	/**
	 * This is true if the Size Class attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sizeClassESet;

	/**
	 * The default value of the '{@link #getCapitalTie() <em>Capital Tie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapitalTie()
	 * @generated
	 * @ordered
	 */
	protected static final CapitalTie CAPITAL_TIE_EDEFAULT = CapitalTie.GROUP_COMPANY;

	/**
	 * The cached value of the '{@link #getCapitalTie() <em>Capital Tie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapitalTie()
	 * @generated
	 * @ordered
	 */
	protected CapitalTie capitalTie = CAPITAL_TIE_EDEFAULT;

	/**
	 * This is true if the Capital Tie attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean capitalTieESet;

	/**
	 * The default value of the '{@link #getMetiTargetLevel() <em>Meti Target Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetiTargetLevel()
	 * @generated
	 * @ordered
	 */
	protected static final MetiLevel METI_TARGET_LEVEL_EDEFAULT = MetiLevel.STAR3;

	/**
	 * The cached value of the '{@link #getMetiTargetLevel() <em>Meti Target Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetiTargetLevel()
	 * @generated
	 * @ordered
	 */
	protected MetiLevel metiTargetLevel = METI_TARGET_LEVEL_EDEFAULT;

	/**
	 * This is true if the Meti Target Level attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean metiTargetLevelESet;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCertifications() <em>Certifications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertifications()
	 * @generated
	 * @ordered
	 */
	protected EList<Certification> certifications;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Contact> contacts;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTier() <em>Tier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTier()
	 * @generated
	 * @ordered
	 */
	protected static final int TIER_EDEFAULT = 0;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OrganizationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RensaPackage.Literals.ORGANIZATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganizationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(OrganizationKind newKind) {
		OrganizationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNameJa() {
		return nameJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNameJa(String newNameJa) {
		String oldNameJa = nameJa;
		nameJa = newNameJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__NAME_JA, oldNameJa, nameJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SizeClass getSizeClass() {
		return sizeClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSizeClass(SizeClass newSizeClass) {
		SizeClass oldSizeClass = sizeClass;
		sizeClass = newSizeClass == null ? SIZE_CLASS_EDEFAULT : newSizeClass;
		boolean oldSizeClassESet = sizeClassESet;
		sizeClassESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__SIZE_CLASS, oldSizeClass, sizeClass, !oldSizeClassESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSizeClass() {
		SizeClass oldSizeClass = sizeClass;
		boolean oldSizeClassESet = sizeClassESet;
		sizeClass = SIZE_CLASS_EDEFAULT;
		sizeClassESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RensaPackage.ORGANIZATION__SIZE_CLASS, oldSizeClass, SIZE_CLASS_EDEFAULT, oldSizeClassESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSizeClass() {
		return sizeClassESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CapitalTie getCapitalTie() {
		return capitalTie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapitalTie(CapitalTie newCapitalTie) {
		CapitalTie oldCapitalTie = capitalTie;
		capitalTie = newCapitalTie == null ? CAPITAL_TIE_EDEFAULT : newCapitalTie;
		boolean oldCapitalTieESet = capitalTieESet;
		capitalTieESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__CAPITAL_TIE, oldCapitalTie, capitalTie, !oldCapitalTieESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCapitalTie() {
		CapitalTie oldCapitalTie = capitalTie;
		boolean oldCapitalTieESet = capitalTieESet;
		capitalTie = CAPITAL_TIE_EDEFAULT;
		capitalTieESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RensaPackage.ORGANIZATION__CAPITAL_TIE, oldCapitalTie, CAPITAL_TIE_EDEFAULT, oldCapitalTieESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCapitalTie() {
		return capitalTieESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MetiLevel getMetiTargetLevel() {
		return metiTargetLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetiTargetLevel(MetiLevel newMetiTargetLevel) {
		MetiLevel oldMetiTargetLevel = metiTargetLevel;
		metiTargetLevel = newMetiTargetLevel == null ? METI_TARGET_LEVEL_EDEFAULT : newMetiTargetLevel;
		boolean oldMetiTargetLevelESet = metiTargetLevelESet;
		metiTargetLevelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__METI_TARGET_LEVEL, oldMetiTargetLevel, metiTargetLevel, !oldMetiTargetLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMetiTargetLevel() {
		MetiLevel oldMetiTargetLevel = metiTargetLevel;
		boolean oldMetiTargetLevelESet = metiTargetLevelESet;
		metiTargetLevel = METI_TARGET_LEVEL_EDEFAULT;
		metiTargetLevelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, RensaPackage.ORGANIZATION__METI_TARGET_LEVEL, oldMetiTargetLevel, METI_TARGET_LEVEL_EDEFAULT, oldMetiTargetLevelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMetiTargetLevel() {
		return metiTargetLevelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Certification> getCertifications() {
		if (certifications == null) {
			certifications = new EObjectContainmentEList.Resolving<Certification>(Certification.class, this, RensaPackage.ORGANIZATION__CERTIFICATIONS);
		}
		return certifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contact> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList.Resolving<Contact>(Contact.class, this, RensaPackage.ORGANIZATION__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RensaPackage.ORGANIZATION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTier() {
		return SupplyChainTiers.tierOf(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RensaPackage.ORGANIZATION__CERTIFICATIONS:
				return ((InternalEList<?>)getCertifications()).basicRemove(otherEnd, msgs);
			case RensaPackage.ORGANIZATION__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
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
			case RensaPackage.ORGANIZATION__KIND:
				return getKind();
			case RensaPackage.ORGANIZATION__NAME:
				return getName();
			case RensaPackage.ORGANIZATION__NAME_JA:
				return getNameJa();
			case RensaPackage.ORGANIZATION__COUNTRY:
				return getCountry();
			case RensaPackage.ORGANIZATION__SECTOR:
				return getSector();
			case RensaPackage.ORGANIZATION__SIZE_CLASS:
				return getSizeClass();
			case RensaPackage.ORGANIZATION__CAPITAL_TIE:
				return getCapitalTie();
			case RensaPackage.ORGANIZATION__METI_TARGET_LEVEL:
				return getMetiTargetLevel();
			case RensaPackage.ORGANIZATION__ADDRESS:
				return getAddress();
			case RensaPackage.ORGANIZATION__CERTIFICATIONS:
				return getCertifications();
			case RensaPackage.ORGANIZATION__CONTACTS:
				return getContacts();
			case RensaPackage.ORGANIZATION__NOTES:
				return getNotes();
			case RensaPackage.ORGANIZATION__TIER:
				return getTier();
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
			case RensaPackage.ORGANIZATION__KIND:
				setKind((OrganizationKind)newValue);
				return;
			case RensaPackage.ORGANIZATION__NAME:
				setName((String)newValue);
				return;
			case RensaPackage.ORGANIZATION__NAME_JA:
				setNameJa((String)newValue);
				return;
			case RensaPackage.ORGANIZATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case RensaPackage.ORGANIZATION__SECTOR:
				setSector((String)newValue);
				return;
			case RensaPackage.ORGANIZATION__SIZE_CLASS:
				setSizeClass((SizeClass)newValue);
				return;
			case RensaPackage.ORGANIZATION__CAPITAL_TIE:
				setCapitalTie((CapitalTie)newValue);
				return;
			case RensaPackage.ORGANIZATION__METI_TARGET_LEVEL:
				setMetiTargetLevel((MetiLevel)newValue);
				return;
			case RensaPackage.ORGANIZATION__ADDRESS:
				setAddress((String)newValue);
				return;
			case RensaPackage.ORGANIZATION__CERTIFICATIONS:
				getCertifications().clear();
				getCertifications().addAll((Collection<? extends Certification>)newValue);
				return;
			case RensaPackage.ORGANIZATION__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends Contact>)newValue);
				return;
			case RensaPackage.ORGANIZATION__NOTES:
				setNotes((String)newValue);
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
			case RensaPackage.ORGANIZATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__NAME_JA:
				setNameJa(NAME_JA_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__SIZE_CLASS:
				unsetSizeClass();
				return;
			case RensaPackage.ORGANIZATION__CAPITAL_TIE:
				unsetCapitalTie();
				return;
			case RensaPackage.ORGANIZATION__METI_TARGET_LEVEL:
				unsetMetiTargetLevel();
				return;
			case RensaPackage.ORGANIZATION__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RensaPackage.ORGANIZATION__CERTIFICATIONS:
				getCertifications().clear();
				return;
			case RensaPackage.ORGANIZATION__CONTACTS:
				getContacts().clear();
				return;
			case RensaPackage.ORGANIZATION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case RensaPackage.ORGANIZATION__KIND:
				return kind != KIND_EDEFAULT;
			case RensaPackage.ORGANIZATION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RensaPackage.ORGANIZATION__NAME_JA:
				return NAME_JA_EDEFAULT == null ? nameJa != null : !NAME_JA_EDEFAULT.equals(nameJa);
			case RensaPackage.ORGANIZATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case RensaPackage.ORGANIZATION__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case RensaPackage.ORGANIZATION__SIZE_CLASS:
				return isSetSizeClass();
			case RensaPackage.ORGANIZATION__CAPITAL_TIE:
				return isSetCapitalTie();
			case RensaPackage.ORGANIZATION__METI_TARGET_LEVEL:
				return isSetMetiTargetLevel();
			case RensaPackage.ORGANIZATION__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RensaPackage.ORGANIZATION__CERTIFICATIONS:
				return certifications != null && !certifications.isEmpty();
			case RensaPackage.ORGANIZATION__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case RensaPackage.ORGANIZATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case RensaPackage.ORGANIZATION__TIER:
				return getTier() != TIER_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", name: ");
		result.append(name);
		result.append(", nameJa: ");
		result.append(nameJa);
		result.append(", country: ");
		result.append(country);
		result.append(", sector: ");
		result.append(sector);
		result.append(", sizeClass: ");
		if (sizeClassESet) result.append(sizeClass); else result.append("<unset>");
		result.append(", capitalTie: ");
		if (capitalTieESet) result.append(capitalTie); else result.append("<unset>");
		result.append(", metiTargetLevel: ");
		if (metiTargetLevelESet) result.append(metiTargetLevel); else result.append("<unset>");
		result.append(", address: ");
		result.append(address);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //OrganizationImpl
