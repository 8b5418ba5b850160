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
 * A representation of the literals of the enumeration '<em><b>Contract Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of contractual document.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getContractKind()
 * @model
 * @generated
 */
public enum ContractKind implements Enumerator {
	/**
	 * The '<em><b>NDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-disclosure agreement.
	 * <!-- end-model-doc -->
	 * @see #NDA_VALUE
	 * @generated
	 * @ordered
	 */
	NDA(0, "NDA", "NDA"),

	/**
	 * The '<em><b>MASTER AGREEMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A master (basic) transaction agreement.
	 * <!-- end-model-doc -->
	 * @see #MASTER_AGREEMENT_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_AGREEMENT(1, "MASTER_AGREEMENT", "MASTER_AGREEMENT"),

	/**
	 * The '<em><b>SPECIAL TERMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Special terms (特約) added for sensitive work.
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_TERMS_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_TERMS(2, "SPECIAL_TERMS", "SPECIAL_TERMS"),

	/**
	 * The '<em><b>SPECIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification (仕様書) carrying concrete requirements.
	 * <!-- end-model-doc -->
	 * @see #SPECIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFICATION(3, "SPECIFICATION", "SPECIFICATION"),

	/**
	 * The '<em><b>PURCHASE ORDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A purchase order or individual contract.
	 * <!-- end-model-doc -->
	 * @see #PURCHASE_ORDER_VALUE
	 * @generated
	 * @ordered
	 */
	PURCHASE_ORDER(4, "PURCHASE_ORDER", "PURCHASE_ORDER");

	/**
	 * The '<em><b>NDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A non-disclosure agreement.
	 * <!-- end-model-doc -->
	 * @see #NDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NDA_VALUE = 0;

	/**
	 * The '<em><b>MASTER AGREEMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A master (basic) transaction agreement.
	 * <!-- end-model-doc -->
	 * @see #MASTER_AGREEMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_AGREEMENT_VALUE = 1;

	/**
	 * The '<em><b>SPECIAL TERMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Special terms (特約) added for sensitive work.
	 * <!-- end-model-doc -->
	 * @see #SPECIAL_TERMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_TERMS_VALUE = 2;

	/**
	 * The '<em><b>SPECIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A specification (仕様書) carrying concrete requirements.
	 * <!-- end-model-doc -->
	 * @see #SPECIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFICATION_VALUE = 3;

	/**
	 * The '<em><b>PURCHASE ORDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A purchase order or individual contract.
	 * <!-- end-model-doc -->
	 * @see #PURCHASE_ORDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PURCHASE_ORDER_VALUE = 4;

	/**
	 * An array of all the '<em><b>Contract Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContractKind[] VALUES_ARRAY =
		new ContractKind[] {
			NDA,
			MASTER_AGREEMENT,
			SPECIAL_TERMS,
			SPECIFICATION,
			PURCHASE_ORDER,
		};

	/**
	 * A public read-only list of all the '<em><b>Contract Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContractKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Contract Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContractKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contract Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContractKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Contract Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContractKind get(int value) {
		switch (value) {
			case NDA_VALUE: return NDA;
			case MASTER_AGREEMENT_VALUE: return MASTER_AGREEMENT;
			case SPECIAL_TERMS_VALUE: return SPECIAL_TERMS;
			case SPECIFICATION_VALUE: return SPECIFICATION;
			case PURCHASE_ORDER_VALUE: return PURCHASE_ORDER;
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
	private ContractKind(int value, String name, String literal) {
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
	
} //ContractKind
