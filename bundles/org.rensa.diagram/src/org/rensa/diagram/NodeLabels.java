// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram;

/**
 * The font sizes of a node's texts (its name comes from {@link org.rensa.model.text.Language#label(org.eclipse.emf.ecore.EObject)}).
 */
public final class NodeLabels {

	/** Font size of a node's name. */
	public static final double NAME_SIZE = 12.5;
	/** Font size of a node's detail line. */
	public static final double DETAIL_SIZE = 10.5;

	private NodeLabels() {
	}
}
