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
 * A representation of the literals of the enumeration '<em><b>Declaration Gap</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Comparison of the declared answer with the verified verdict; the core warning signal of an audit.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getDeclarationGap()
 * @model
 * @generated
 */
public enum DeclarationGap implements Enumerator {
	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requirement has not been verified yet.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED_VALUE
	 * @generated
	 * @ordered
	 */
	UNVERIFIED(0, "UNVERIFIED", "UNVERIFIED"),

	/**
	 * The '<em><b>CONSISTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declaration and verification agree.
	 * <!-- end-model-doc -->
	 * @see #CONSISTENT_VALUE
	 * @generated
	 * @ordered
	 */
	CONSISTENT(1, "CONSISTENT", "CONSISTENT"),

	/**
	 * The '<em><b>OVERSTATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation declared a better state than was verified.
	 * <!-- end-model-doc -->
	 * @see #OVERSTATED_VALUE
	 * @generated
	 * @ordered
	 */
	OVERSTATED(2, "OVERSTATED", "OVERSTATED"),

	/**
	 * The '<em><b>UNDERSTATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation declared a worse state than was verified.
	 * <!-- end-model-doc -->
	 * @see #UNDERSTATED_VALUE
	 * @generated
	 * @ordered
	 */
	UNDERSTATED(3, "UNDERSTATED", "UNDERSTATED"),

	/**
	 * The '<em><b>NOT COMPARABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declaration and verdict cannot be compared (no answer, don't know or not applicable).
	 * <!-- end-model-doc -->
	 * @see #NOT_COMPARABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_COMPARABLE(4, "NOT_COMPARABLE", "NOT_COMPARABLE");

	/**
	 * The '<em><b>UNVERIFIED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The requirement has not been verified yet.
	 * <!-- end-model-doc -->
	 * @see #UNVERIFIED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNVERIFIED_VALUE = 0;

	/**
	 * The '<em><b>CONSISTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declaration and verification agree.
	 * <!-- end-model-doc -->
	 * @see #CONSISTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSISTENT_VALUE = 1;

	/**
	 * The '<em><b>OVERSTATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation declared a better state than was verified.
	 * <!-- end-model-doc -->
	 * @see #OVERSTATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OVERSTATED_VALUE = 2;

	/**
	 * The '<em><b>UNDERSTATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organisation declared a worse state than was verified.
	 * <!-- end-model-doc -->
	 * @see #UNDERSTATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNDERSTATED_VALUE = 3;

	/**
	 * The '<em><b>NOT COMPARABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declaration and verdict cannot be compared (no answer, don't know or not applicable).
	 * <!-- end-model-doc -->
	 * @see #NOT_COMPARABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_COMPARABLE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Declaration Gap</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeclarationGap[] VALUES_ARRAY =
		new DeclarationGap[] {
			UNVERIFIED,
			CONSISTENT,
			OVERSTATED,
			UNDERSTATED,
			NOT_COMPARABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Declaration Gap</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeclarationGap> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Declaration Gap</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationGap get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclarationGap result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declaration Gap</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationGap getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclarationGap result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declaration Gap</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclarationGap get(int value) {
		switch (value) {
			case UNVERIFIED_VALUE: return UNVERIFIED;
			case CONSISTENT_VALUE: return CONSISTENT;
			case OVERSTATED_VALUE: return OVERSTATED;
			case UNDERSTATED_VALUE: return UNDERSTATED;
			case NOT_COMPARABLE_VALUE: return NOT_COMPARABLE;
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
	private DeclarationGap(int value, String name, String literal) {
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
	
} //DeclarationGap
