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
 * A representation of the literals of the enumeration '<em><b>Capital Tie</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether the buyer has a capital tie to the organisation, which decides whether compliance can be required or only requested.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getCapitalTie()
 * @model
 * @generated
 */
public enum CapitalTie implements Enumerator {
	/**
	 * The '<em><b>GROUP COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A group company (資本関係あり): compliance can be required.
	 * <!-- end-model-doc -->
	 * @see #GROUP_COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_COMPANY(0, "GROUP_COMPANY", "GROUP_COMPANY"),

	/**
	 * The '<em><b>INDEPENDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An independent company: compliance can only be requested.
	 * <!-- end-model-doc -->
	 * @see #INDEPENDENT_VALUE
	 * @generated
	 * @ordered
	 */
	INDEPENDENT(1, "INDEPENDENT", "INDEPENDENT");

	/**
	 * The '<em><b>GROUP COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A group company (資本関係あり): compliance can be required.
	 * <!-- end-model-doc -->
	 * @see #GROUP_COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_COMPANY_VALUE = 0;

	/**
	 * The '<em><b>INDEPENDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An independent company: compliance can only be requested.
	 * <!-- end-model-doc -->
	 * @see #INDEPENDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INDEPENDENT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Capital Tie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CapitalTie[] VALUES_ARRAY =
		new CapitalTie[] {
			GROUP_COMPANY,
			INDEPENDENT,
		};

	/**
	 * A public read-only list of all the '<em><b>Capital Tie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CapitalTie> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Capital Tie</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CapitalTie get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CapitalTie result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capital Tie</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CapitalTie getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CapitalTie result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Capital Tie</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CapitalTie get(int value) {
		switch (value) {
			case GROUP_COMPANY_VALUE: return GROUP_COMPANY;
			case INDEPENDENT_VALUE: return INDEPENDENT;
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
	private CapitalTie(int value, String name, String literal) {
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
	
} //CapitalTie
