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
 * A representation of the literals of the enumeration '<em><b>Declared Answer</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The answer an organisation declared in its self-check (セルフチェック).
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getDeclaredAnswer()
 * @model
 * @generated
 */
public enum DeclaredAnswer implements Enumerator {
	/**
	 * The '<em><b>UNANSWERED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No answer has been given yet.
	 * <!-- end-model-doc -->
	 * @see #UNANSWERED_VALUE
	 * @generated
	 * @ordered
	 */
	UNANSWERED(0, "UNANSWERED", "UNANSWERED"),

	/**
	 * The '<em><b>DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as implemented.
	 * <!-- end-model-doc -->
	 * @see #DONE_VALUE
	 * @generated
	 * @ordered
	 */
	DONE(1, "DONE", "DONE"),

	/**
	 * The '<em><b>PARTLY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as partly implemented.
	 * <!-- end-model-doc -->
	 * @see #PARTLY_VALUE
	 * @generated
	 * @ordered
	 */
	PARTLY(2, "PARTLY", "PARTLY"),

	/**
	 * The '<em><b>NOT DONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as not implemented.
	 * <!-- end-model-doc -->
	 * @see #NOT_DONE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_DONE(3, "NOT_DONE", "NOT_DONE"),

	/**
	 * The '<em><b>DONT KNOW</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The respondent does not know.
	 * <!-- end-model-doc -->
	 * @see #DONT_KNOW_VALUE
	 * @generated
	 * @ordered
	 */
	DONT_KNOW(4, "DONT_KNOW", "DONT_KNOW"),

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as not applicable.
	 * <!-- end-model-doc -->
	 * @see #NOT_APPLICABLE_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_APPLICABLE(5, "NOT_APPLICABLE", "NOT_APPLICABLE");

	/**
	 * The '<em><b>UNANSWERED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No answer has been given yet.
	 * <!-- end-model-doc -->
	 * @see #UNANSWERED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNANSWERED_VALUE = 0;

	/**
	 * The '<em><b>DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as implemented.
	 * <!-- end-model-doc -->
	 * @see #DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DONE_VALUE = 1;

	/**
	 * The '<em><b>PARTLY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as partly implemented.
	 * <!-- end-model-doc -->
	 * @see #PARTLY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTLY_VALUE = 2;

	/**
	 * The '<em><b>NOT DONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as not implemented.
	 * <!-- end-model-doc -->
	 * @see #NOT_DONE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_DONE_VALUE = 3;

	/**
	 * The '<em><b>DONT KNOW</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The respondent does not know.
	 * <!-- end-model-doc -->
	 * @see #DONT_KNOW
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DONT_KNOW_VALUE = 4;

	/**
	 * The '<em><b>NOT APPLICABLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Declared as not applicable.
	 * <!-- end-model-doc -->
	 * @see #NOT_APPLICABLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_APPLICABLE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Declared Answer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DeclaredAnswer[] VALUES_ARRAY =
		new DeclaredAnswer[] {
			UNANSWERED,
			DONE,
			PARTLY,
			NOT_DONE,
			DONT_KNOW,
			NOT_APPLICABLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Declared Answer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DeclaredAnswer> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Declared Answer</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclaredAnswer get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclaredAnswer result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declared Answer</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclaredAnswer getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DeclaredAnswer result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Declared Answer</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DeclaredAnswer get(int value) {
		switch (value) {
			case UNANSWERED_VALUE: return UNANSWERED;
			case DONE_VALUE: return DONE;
			case PARTLY_VALUE: return PARTLY;
			case NOT_DONE_VALUE: return NOT_DONE;
			case DONT_KNOW_VALUE: return DONT_KNOW;
			case NOT_APPLICABLE_VALUE: return NOT_APPLICABLE;
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
	private DeclaredAnswer(int value, String name, String literal) {
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
	
} //DeclaredAnswer
