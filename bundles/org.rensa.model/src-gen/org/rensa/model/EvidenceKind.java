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
 * A representation of the literals of the enumeration '<em><b>Evidence Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The form of an item of evidence.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getEvidenceKind()
 * @model
 * @generated
 */
public enum EvidenceKind implements Enumerator {
	/**
	 * The '<em><b>PHOTO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A photograph taken on site.
	 * <!-- end-model-doc -->
	 * @see #PHOTO_VALUE
	 * @generated
	 * @ordered
	 */
	PHOTO(0, "PHOTO", "PHOTO"),

	/**
	 * The '<em><b>DOCUMENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A document or record provided by the organisation.
	 * <!-- end-model-doc -->
	 * @see #DOCUMENT_VALUE
	 * @generated
	 * @ordered
	 */
	DOCUMENT(1, "DOCUMENT", "DOCUMENT"),

	/**
	 * The '<em><b>INTERVIEW NOTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes taken during an interview.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW_NOTE_VALUE
	 * @generated
	 * @ordered
	 */
	INTERVIEW_NOTE(2, "INTERVIEW_NOTE", "INTERVIEW_NOTE"),

	/**
	 * The '<em><b>OBSERVATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An auditor's direct observation.
	 * <!-- end-model-doc -->
	 * @see #OBSERVATION_VALUE
	 * @generated
	 * @ordered
	 */
	OBSERVATION(3, "OBSERVATION", "OBSERVATION"),

	/**
	 * The '<em><b>SCREENSHOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A screenshot of a system or configuration.
	 * <!-- end-model-doc -->
	 * @see #SCREENSHOT_VALUE
	 * @generated
	 * @ordered
	 */
	SCREENSHOT(4, "SCREENSHOT", "SCREENSHOT");

	/**
	 * The '<em><b>PHOTO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A photograph taken on site.
	 * <!-- end-model-doc -->
	 * @see #PHOTO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHOTO_VALUE = 0;

	/**
	 * The '<em><b>DOCUMENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A document or record provided by the organisation.
	 * <!-- end-model-doc -->
	 * @see #DOCUMENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DOCUMENT_VALUE = 1;

	/**
	 * The '<em><b>INTERVIEW NOTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes taken during an interview.
	 * <!-- end-model-doc -->
	 * @see #INTERVIEW_NOTE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERVIEW_NOTE_VALUE = 2;

	/**
	 * The '<em><b>OBSERVATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An auditor's direct observation.
	 * <!-- end-model-doc -->
	 * @see #OBSERVATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OBSERVATION_VALUE = 3;

	/**
	 * The '<em><b>SCREENSHOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A screenshot of a system or configuration.
	 * <!-- end-model-doc -->
	 * @see #SCREENSHOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCREENSHOT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvidenceKind[] VALUES_ARRAY =
		new EvidenceKind[] {
			PHOTO,
			DOCUMENT,
			INTERVIEW_NOTE,
			OBSERVATION,
			SCREENSHOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Evidence Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvidenceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvidenceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evidence Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvidenceKind get(int value) {
		switch (value) {
			case PHOTO_VALUE: return PHOTO;
			case DOCUMENT_VALUE: return DOCUMENT;
			case INTERVIEW_NOTE_VALUE: return INTERVIEW_NOTE;
			case OBSERVATION_VALUE: return OBSERVATION;
			case SCREENSHOT_VALUE: return SCREENSHOT;
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
	private EvidenceKind(int value, String name, String literal) {
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
	
} //EvidenceKind
