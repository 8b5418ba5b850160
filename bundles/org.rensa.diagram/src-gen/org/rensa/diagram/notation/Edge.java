/**
 * SPDX-License-Identifier: AGPL-3.0-or-later
 */
package org.rensa.diagram.notation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.rensa.diagram.notation.Edge#getSemanticId <em>Semantic Id</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Edge#getElement <em>Element</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Edge#getSource <em>Source</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Edge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Edge#getBendpoints <em>Bendpoints</em>}</li>
 *   <li>{@link org.rensa.diagram.notation.Edge#isRoutedByUser <em>Routed By User</em>}</li>
 * </ul>
 *
 * @see org.rensa.diagram.notation.NotationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends DiagramElement {
	/**
	 * Returns the value of the '<em><b>Semantic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic Id</em>' attribute.
	 * @see #setSemanticId(String)
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_SemanticId()
	 * @model
	 * @generated
	 */
	String getSemanticId();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Edge#getSemanticId <em>Semantic Id</em>}' attribute.
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
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_Element()
	 * @model resolveProxies="false" transient="true"
	 * @generated
	 */
	EObject getElement();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Edge#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(EObject value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Node)
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_Source()
	 * @model
	 * @generated
	 */
	Node getSource();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Edge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Node value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Node)
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_Target()
	 * @model
	 * @generated
	 */
	Node getTarget();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Edge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Node value);

	/**
	 * Returns the value of the '<em><b>Bendpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.rensa.diagram.notation.Point}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The route. For an edge routed by the user: its inner bend points only; both ends are attached to the nodes when it is drawn (see org.rensa.diagram.EdgeRoutes). Otherwise: the layout's complete route, start and end included, or empty for the simple automatic route.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bendpoints</em>' containment reference list.
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_Bendpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Point> getBendpoints();

	/**
	 * Returns the value of the '<em><b>Routed By User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the user edited the route: its bend points are kept by "Arrange all" while neither end moves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routed By User</em>' attribute.
	 * @see #setRoutedByUser(boolean)
	 * @see org.rensa.diagram.notation.NotationPackage#getEdge_RoutedByUser()
	 * @model
	 * @generated
	 */
	boolean isRoutedByUser();

	/**
	 * Sets the value of the '{@link org.rensa.diagram.notation.Edge#isRoutedByUser <em>Routed By User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routed By User</em>' attribute.
	 * @see #isRoutedByUser()
	 * @generated
	 */
	void setRoutedByUser(boolean value);

} // Edge
