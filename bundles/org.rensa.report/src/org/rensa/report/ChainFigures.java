// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Organization;

/**
 * Draws the supply-chain figures a report embeds. Declared here and implemented by the diagram
 * bundle (as an OSGi service), so that reports stay below the diagram layer: without an
 * implementation, reports keep their textual chain sections only.
 */
public interface ChainFigures {

	/**
	 * How figures are drawn.
	 *
	 * @param japanese whether names and legend are Japanese
	 * @param text     applied to every text drawn (organisation names, labels, notes), e.g. the
	 *                 report's anonymiser; {@link UnaryOperator#identity()} for none
	 * @param maxWidth the width available on a portrait page, in points
	 * @param maxHeight the height available on a portrait page, in points
	 * @param landscapeWidth the width available on a landscape page of its own, in points (renderers
	 *                  put a figure there when {@link ChainFigure#wantsLandscape} says so)
	 * @param landscapeHeight the height available on that landscape page, in points
	 * @param shown    the findings and relationships the document may show (its TLP closure, asked
	 *                 about the project's own objects): the others must not colour or appear in the
	 *                 drawing either
	 */
	record Request(boolean japanese, UnaryOperator<String> text, double maxWidth, double maxHeight, double landscapeWidth,
			double landscapeHeight, Predicate<EObject> shown) {

		/**
		 * @param width  a figure's natural width in points
		 * @param height its natural height in points
		 * @return the scale at which it is drawn: on the portrait page, or on the landscape page when
		 *         it is not readable on the portrait one and larger there; never above 1
		 */
		public double scale(double width, double height) {
			double portrait = Math.min(1, Math.min(maxWidth / width, maxHeight / height));
			double landscape = Math.min(1, Math.min(landscapeWidth / width, landscapeHeight / height));
			return portrait < ChainFigure.READABLE_SCALE && landscape > portrait * ChainFigure.LANDSCAPE_GAIN ? landscape : portrait;
		}
	}

	/**
	 * The whole chain with the risk and verification layers and the legend; a chain too large to be
	 * read on one page comes as one figure per tier-1 supplier (each with the buyer) when that draws
	 * the parts notably larger. Figures are scaled, never cut.
	 *
	 * @param project the project (only read)
	 * @param request language, text filter, page size
	 * @return the figures, empty when the project has no organisations
	 */
	List<ChainFigure> wholeChain(AuditProjectDocument project, Request request);

	/**
	 * The chain around one organisation: who supplies it, up to the buyer, and whom it subcontracts
	 * to, with that organisation highlighted and the information that flows on each link.
	 *
	 * @param project      the project (only read)
	 * @param organization the organisation
	 * @param request      language, text filter, page size
	 * @return the figure, empty when the organisation has no relationship
	 */
	List<ChainFigure> around(AuditProjectDocument project, Organization organization, Request request);
}
