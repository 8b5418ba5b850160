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
 * A representation of the literals of the enumeration '<em><b>Clause Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The security topic a contract clause covers.
 * <!-- end-model-doc -->
 * @see org.rensa.model.RensaPackage#getClauseCategory()
 * @model
 * @generated
 */
public enum ClauseCategory implements Enumerator {
	/**
	 * The '<em><b>CONFIDENTIALITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidentiality of information received.
	 * <!-- end-model-doc -->
	 * @see #CONFIDENTIALITY_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIDENTIALITY(0, "CONFIDENTIALITY", "CONFIDENTIALITY"),

	/**
	 * The '<em><b>SECURITY REQUIREMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concrete security measures the counterparty must implement.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_REQUIREMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	SECURITY_REQUIREMENTS(1, "SECURITY_REQUIREMENTS", "SECURITY_REQUIREMENTS"),

	/**
	 * The '<em><b>INCIDENT NOTIFICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Obligation to notify security incidents, usually within a deadline.
	 * <!-- end-model-doc -->
	 * @see #INCIDENT_NOTIFICATION_VALUE
	 * @generated
	 * @ordered
	 */
	INCIDENT_NOTIFICATION(2, "INCIDENT_NOTIFICATION", "INCIDENT_NOTIFICATION"),

	/**
	 * The '<em><b>AUDIT RIGHT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buyer's right to audit or inspect.
	 * <!-- end-model-doc -->
	 * @see #AUDIT_RIGHT_VALUE
	 * @generated
	 * @ordered
	 */
	AUDIT_RIGHT(3, "AUDIT_RIGHT", "AUDIT_RIGHT"),

	/**
	 * The '<em><b>SUBCONTRACTING APPROVAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subcontracting requires prior approval.
	 * <!-- end-model-doc -->
	 * @see #SUBCONTRACTING_APPROVAL_VALUE
	 * @generated
	 * @ordered
	 */
	SUBCONTRACTING_APPROVAL(4, "SUBCONTRACTING_APPROVAL", "SUBCONTRACTING_APPROVAL"),

	/**
	 * The '<em><b>FLOW DOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Obligations must be imposed on subcontractors (flow-down).
	 * <!-- end-model-doc -->
	 * @see #FLOW_DOWN_VALUE
	 * @generated
	 * @ordered
	 */
	FLOW_DOWN(5, "FLOW_DOWN", "FLOW_DOWN"),

	/**
	 * The '<em><b>DATA RETURN DESTRUCTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Return or destruction of information at the end of the contract.
	 * <!-- end-model-doc -->
	 * @see #DATA_RETURN_DESTRUCTION_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_RETURN_DESTRUCTION(6, "DATA_RETURN_DESTRUCTION", "DATA_RETURN_DESTRUCTION"),

	/**
	 * The '<em><b>PERSONAL DATA HANDLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handling of personal data.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_DATA_HANDLING_VALUE
	 * @generated
	 * @ordered
	 */
	PERSONAL_DATA_HANDLING(7, "PERSONAL_DATA_HANDLING", "PERSONAL_DATA_HANDLING"),

	/**
	 * The '<em><b>VULNERABILITY HANDLING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handling and disclosure of vulnerabilities in delivered products.
	 * <!-- end-model-doc -->
	 * @see #VULNERABILITY_HANDLING_VALUE
	 * @generated
	 * @ordered
	 */
	VULNERABILITY_HANDLING(8, "VULNERABILITY_HANDLING", "VULNERABILITY_HANDLING"),

	/**
	 * The '<em><b>TERMINATION FOR BREACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Termination for breach of security obligations.
	 * <!-- end-model-doc -->
	 * @see #TERMINATION_FOR_BREACH_VALUE
	 * @generated
	 * @ordered
	 */
	TERMINATION_FOR_BREACH(9, "TERMINATION_FOR_BREACH", "TERMINATION_FOR_BREACH");

	/**
	 * The '<em><b>CONFIDENTIALITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidentiality of information received.
	 * <!-- end-model-doc -->
	 * @see #CONFIDENTIALITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONFIDENTIALITY_VALUE = 0;

	/**
	 * The '<em><b>SECURITY REQUIREMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Concrete security measures the counterparty must implement.
	 * <!-- end-model-doc -->
	 * @see #SECURITY_REQUIREMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECURITY_REQUIREMENTS_VALUE = 1;

	/**
	 * The '<em><b>INCIDENT NOTIFICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Obligation to notify security incidents, usually within a deadline.
	 * <!-- end-model-doc -->
	 * @see #INCIDENT_NOTIFICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INCIDENT_NOTIFICATION_VALUE = 2;

	/**
	 * The '<em><b>AUDIT RIGHT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buyer's right to audit or inspect.
	 * <!-- end-model-doc -->
	 * @see #AUDIT_RIGHT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AUDIT_RIGHT_VALUE = 3;

	/**
	 * The '<em><b>SUBCONTRACTING APPROVAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subcontracting requires prior approval.
	 * <!-- end-model-doc -->
	 * @see #SUBCONTRACTING_APPROVAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBCONTRACTING_APPROVAL_VALUE = 4;

	/**
	 * The '<em><b>FLOW DOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Obligations must be imposed on subcontractors (flow-down).
	 * <!-- end-model-doc -->
	 * @see #FLOW_DOWN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FLOW_DOWN_VALUE = 5;

	/**
	 * The '<em><b>DATA RETURN DESTRUCTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Return or destruction of information at the end of the contract.
	 * <!-- end-model-doc -->
	 * @see #DATA_RETURN_DESTRUCTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_RETURN_DESTRUCTION_VALUE = 6;

	/**
	 * The '<em><b>PERSONAL DATA HANDLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handling of personal data.
	 * <!-- end-model-doc -->
	 * @see #PERSONAL_DATA_HANDLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERSONAL_DATA_HANDLING_VALUE = 7;

	/**
	 * The '<em><b>VULNERABILITY HANDLING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Handling and disclosure of vulnerabilities in delivered products.
	 * <!-- end-model-doc -->
	 * @see #VULNERABILITY_HANDLING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VULNERABILITY_HANDLING_VALUE = 8;

	/**
	 * The '<em><b>TERMINATION FOR BREACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Termination for breach of security obligations.
	 * <!-- end-model-doc -->
	 * @see #TERMINATION_FOR_BREACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TERMINATION_FOR_BREACH_VALUE = 9;

	/**
	 * An array of all the '<em><b>Clause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ClauseCategory[] VALUES_ARRAY =
		new ClauseCategory[] {
			CONFIDENTIALITY,
			SECURITY_REQUIREMENTS,
			INCIDENT_NOTIFICATION,
			AUDIT_RIGHT,
			SUBCONTRACTING_APPROVAL,
			FLOW_DOWN,
			DATA_RETURN_DESTRUCTION,
			PERSONAL_DATA_HANDLING,
			VULNERABILITY_HANDLING,
			TERMINATION_FOR_BREACH,
		};

	/**
	 * A public read-only list of all the '<em><b>Clause Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ClauseCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ClauseCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Clause Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ClauseCategory get(int value) {
		switch (value) {
			case CONFIDENTIALITY_VALUE: return CONFIDENTIALITY;
			case SECURITY_REQUIREMENTS_VALUE: return SECURITY_REQUIREMENTS;
			case INCIDENT_NOTIFICATION_VALUE: return INCIDENT_NOTIFICATION;
			case AUDIT_RIGHT_VALUE: return AUDIT_RIGHT;
			case SUBCONTRACTING_APPROVAL_VALUE: return SUBCONTRACTING_APPROVAL;
			case FLOW_DOWN_VALUE: return FLOW_DOWN;
			case DATA_RETURN_DESTRUCTION_VALUE: return DATA_RETURN_DESTRUCTION;
			case PERSONAL_DATA_HANDLING_VALUE: return PERSONAL_DATA_HANDLING;
			case VULNERABILITY_HANDLING_VALUE: return VULNERABILITY_HANDLING;
			case TERMINATION_FOR_BREACH_VALUE: return TERMINATION_FOR_BREACH;
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
	private ClauseCategory(int value, String name, String literal) {
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
	
} //ClauseCategory
