/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Information Class</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A class of information or access that flows over a relationship.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getInformationClass()
 * @model
 * @generated
 */
public enum InformationClass implements Enumerator {
	/**
	 * The '<em><b>CONFIDENTIAL BUSINESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidential business information (prices, plans, customer data of the buyer).
	 * <!-- end-model-doc -->
	 * @see #CONFIDENTIAL_BUSINESS_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIDENTIAL_BUSINESS(0, "CONFIDENTIAL_BUSINESS", "CONFIDENTIAL_BUSINESS"),

	/**
	 * The '<em><b>TECHNICAL DESIGN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technical drawings, designs, source code or specifications.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_DESIGN_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_DESIGN(1, "TECHNICAL_DESIGN", "TECHNICAL_DESIGN"),

	/**
	 * The '<em><b>PERSONAL DATA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal data as defined by data-protection law.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_DATA_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_DATA(2, "PERSONAL_DATA", "PERSONAL_DATA"),

	/**
	 * The '<em><b>PRODUCTION OT ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to production systems or operational technology (control systems).
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_OT_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCTION_OT_ACCESS(3, "PRODUCTION_OT_ACCESS", "PRODUCTION_OT_ACCESS"),

	/**
	 * The '<em><b>NETWORK ACCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to the buyer's IT network or systems.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ACCESS_VALUE
	 * @generated
	 * @ordered
	 */
	NETWORK_ACCESS(4, "NETWORK_ACCESS", "NETWORK_ACCESS"),

	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No confidential information or access is shared.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(5, "NONE", "NONE");

	/**
	 * The '<em><b>CONFIDENTIAL BUSINESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidential business information (prices, plans, customer data of the buyer).
	 * <!-- end-model-doc -->
	 * @see #CONFIDENTIAL_BUSINESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIDENTIAL_BUSINESS_VALUE = 0;

	/**
	 * The '<em><b>TECHNICAL DESIGN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Technical drawings, designs, source code or specifications.
	 * <!-- end-model-doc -->
	 * @see #TECHNICAL_DESIGN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_DESIGN_VALUE = 1;

	/**
	 * The '<em><b>PERSONAL DATA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Personal data as defined by data-protection law.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_DATA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_DATA_VALUE = 2;

	/**
	 * The '<em><b>PRODUCTION OT ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to production systems or operational technology (control systems).
	 * <!-- end-model-doc -->
	 * @see #PRODUCTION_OT_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCTION_OT_ACCESS_VALUE = 3;

	/**
	 * The '<em><b>NETWORK ACCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Access to the buyer's IT network or systems.
	 * <!-- end-model-doc -->
	 * @see #NETWORK_ACCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NETWORK_ACCESS_VALUE = 4;

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No confidential information or access is shared.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Information Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InformationClass[] VALUES_ARRAY =
		new InformationClass[] {
			CONFIDENTIAL_BUSINESS,
			TECHNICAL_DESIGN,
			PERSONAL_DATA,
			PRODUCTION_OT_ACCESS,
			NETWORK_ACCESS,
			NONE,
		};

	/**
	 * A public read-only list of all the '<em><b>Information Class</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InformationClass> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Information Class</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationClass get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationClass result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Class</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationClass getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InformationClass result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Information Class</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InformationClass get(int value) {
		switch (value) {
			case CONFIDENTIAL_BUSINESS_VALUE: return CONFIDENTIAL_BUSINESS;
			case TECHNICAL_DESIGN_VALUE: return TECHNICAL_DESIGN;
			case PERSONAL_DATA_VALUE: return PERSONAL_DATA;
			case PRODUCTION_OT_ACCESS_VALUE: return PRODUCTION_OT_ACCESS;
			case NETWORK_ACCESS_VALUE: return NETWORK_ACCESS;
			case NONE_VALUE: return NONE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private InformationClass(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //InformationClass
