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
 * A representation of the literals of the enumeration '<em><b>Meti Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * METI's supply-chain security evaluation levels: ★3 (basic) for every supplier, ★4 (standard) when the relationship demands more (the buyer's important confidential information on the supplier's IT, an outage that would delay the buyer unacceptably, or access to the buyer's internal network).
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getMetiLevel()
 * @model
 * @generated
 */
public enum MetiLevel implements Enumerator {
	/**
	 * The '<em><b>STAR3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ★3: basic measures every supplier should meet.
	 * <!-- end-model-doc -->
	 * @see #STAR3_VALUE
	 * @generated
	 * @ordered
	 */
	STAR3(0, "STAR3", "STAR3"),

	/**
	 * The '<em><b>STAR4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ★4: standard measures for suppliers whose compromise would hurt the buyer directly.
	 * <!-- end-model-doc -->
	 * @see #STAR4_VALUE
	 * @generated
	 * @ordered
	 */
	STAR4(1, "STAR4", "STAR4");

	/**
	 * The '<em><b>STAR3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ★3: basic measures every supplier should meet.
	 * <!-- end-model-doc -->
	 * @see #STAR3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAR3_VALUE = 0;

	/**
	 * The '<em><b>STAR4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ★4: standard measures for suppliers whose compromise would hurt the buyer directly.
	 * <!-- end-model-doc -->
	 * @see #STAR4
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAR4_VALUE = 1;

	/**
	 * An array of all the '<em><b>Meti Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetiLevel[] VALUES_ARRAY =
		new MetiLevel[] {
			STAR3,
			STAR4,
		};

	/**
	 * A public read-only list of all the '<em><b>Meti Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetiLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meti Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetiLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetiLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meti Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetiLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetiLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meti Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetiLevel get(int value) {
		switch (value) {
			case STAR3_VALUE: return STAR3;
			case STAR4_VALUE: return STAR4;
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
	private MetiLevel(int value, String name, String literal) {
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
	
} //MetiLevel
