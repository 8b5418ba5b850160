/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.diagram.notation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.diagram.notation.Node#getSemanticId <em>Semantic Id</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Node#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see org.rensa.diagram.notation.NotationPackage#getNode()
 * @model
 * @generated
 */
public interface Node extends Shape {
	/**
	 * Returns the value of the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic Id</em>' attribute.
	 * @see #setSemanticId(String)
	 * @see org.rensa.diagram.notation.NotationPackage#getNode_SemanticId()
	 * @model
	 * @generated
	 */
	String getSemanticId();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Node#getSemanticId <em>Semantic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Id</em>' attribute.
	 * @see #getSemanticId()
	 * @generated
	 */
	void setSemanticId(String value);

	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(EObject)
	 * @see org.rensa.diagram.notation.NotationPackage#getNode_Element()
	 * @model resolveProxies="false" transient="true"
	 * @generated
	 */
	EObject getElement();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Node#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(EObject value);

} // Node
