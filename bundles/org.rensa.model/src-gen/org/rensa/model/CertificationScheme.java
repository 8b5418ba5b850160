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
 * A representation of the literals of the enumeration '<em><b>Certification Scheme</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A certification or self-declaration scheme held by an organisation.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getCertificationScheme()
 * @model
 * @generated
 */
public enum CertificationScheme implements Enumerator {
	/**
	 * The '<em><b>ISMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISMS certification (ISO/IEC 27001).
	 * <!-- end-model-doc -->
	 * @see #ISMS_VALUE
	 * @generated
	 * @ordered
	 */
	ISMS(0, "ISMS", "ISMS"),

	/**
	 * The '<em><b>PRIVACY MARK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Privacy Mark (Pマーク, JIS Q 15001).
	 * <!-- end-model-doc -->
	 * @see #PRIVACY_MARK_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVACY_MARK(1, "PRIVACY_MARK", "PRIVACY_MARK"),

	/**
	 * The '<em><b>SECURITY ACTION ONE STAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SECURITY ACTION one star: self-declared adoption of the five basic principles.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_ACTION_ONE_STAR_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_ACTION_ONE_STAR(2, "SECURITY_ACTION_ONE_STAR", "SECURITY_ACTION_ONE_STAR"),

	/**
	 * The '<em><b>SECURITY ACTION TWO STAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SECURITY ACTION two stars: 25-question self-diagnosis plus a published basic policy.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_ACTION_TWO_STAR_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_ACTION_TWO_STAR(3, "SECURITY_ACTION_TWO_STAR", "SECURITY_ACTION_TWO_STAR"),

	/**
	 * The '<em><b>METI STAR3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * METI supply-chain security evaluation, level ★3.
	 * <!-- end-model-doc -->
	 * @see #METI_STAR3_VALUE
	 * @generated
	 * @ordered
	 */
	METI_STAR3(4, "METI_STAR3", "METI_STAR3"),

	/**
	 * The '<em><b>METI STAR4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * METI supply-chain security evaluation, level ★4.
	 * <!-- end-model-doc -->
	 * @see #METI_STAR4_VALUE
	 * @generated
	 * @ordered
	 */
	METI_STAR4(5, "METI_STAR4", "METI_STAR4"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other scheme; see the certification name.
	 * <!-- end-model-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(6, "OTHER", "OTHER");

	/**
	 * The '<em><b>ISMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISMS certification (ISO/IEC 27001).
	 * <!-- end-model-doc -->
	 * @see #ISMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ISMS_VALUE = 0;

	/**
	 * The '<em><b>PRIVACY MARK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Privacy Mark (Pマーク, JIS Q 15001).
	 * <!-- end-model-doc -->
	 * @see #PRIVACY_MARK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVACY_MARK_VALUE = 1;

	/**
	 * The '<em><b>SECURITY ACTION ONE STAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SECURITY ACTION one star: self-declared adoption of the five basic principles.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_ACTION_ONE_STAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_ACTION_ONE_STAR_VALUE = 2;

	/**
	 * The '<em><b>SECURITY ACTION TWO STAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SECURITY ACTION two stars: 25-question self-diagnosis plus a published basic policy.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_ACTION_TWO_STAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_ACTION_TWO_STAR_VALUE = 3;

	/**
	 * The '<em><b>METI STAR3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * METI supply-chain security evaluation, level ★3.
	 * <!-- end-model-doc -->
	 * @see #METI_STAR3
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METI_STAR3_VALUE = 4;

	/**
	 * The '<em><b>METI STAR4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * METI supply-chain security evaluation, level ★4.
	 * <!-- end-model-doc -->
	 * @see #METI_STAR4
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int METI_STAR4_VALUE = 5;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Any other scheme; see the certification name.
	 * <!-- end-model-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 6;

	/**
	 * An array of all the '<em><b>Certification Scheme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CertificationScheme[] VALUES_ARRAY =
		new CertificationScheme[] {
			ISMS,
			PRIVACY_MARK,
			SECURITY_ACTION_ONE_STAR,
			SECURITY_ACTION_TWO_STAR,
			METI_STAR3,
			METI_STAR4,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Certification Scheme</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CertificationScheme> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Certification Scheme</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificationScheme get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CertificationScheme result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Certification Scheme</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificationScheme getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CertificationScheme result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Certification Scheme</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CertificationScheme get(int value) {
		switch (value) {
			case ISMS_VALUE: return ISMS;
			case PRIVACY_MARK_VALUE: return PRIVACY_MARK;
			case SECURITY_ACTION_ONE_STAR_VALUE: return SECURITY_ACTION_ONE_STAR;
			case SECURITY_ACTION_TWO_STAR_VALUE: return SECURITY_ACTION_TWO_STAR;
			case METI_STAR3_VALUE: return METI_STAR3;
			case METI_STAR4_VALUE: return METI_STAR4;
			case OTHER_VALUE: return OTHER;
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
	private CertificationScheme(int value, String name, String literal) {
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
	
} //CertificationScheme
