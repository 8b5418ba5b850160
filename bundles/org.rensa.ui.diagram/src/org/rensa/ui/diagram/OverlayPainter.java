// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.diagram;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.rensa.diagram.description.Rgb;
import org.rensa.diagram.interaction.Box;
import org.rensa.diagram.interaction.Feedback;
import org.rensa.diagram.interaction.Handle;
import org.rensa.diagram.interaction.HitTesting;
import org.rensa.diagram.interaction.Interaction;
import org.rensa.diagram.interaction.Viewport;
import org.rensa.diagram.notation.Edge;
import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.Scene;
import org.rensa.diagram.scene.SceneBuilder;

/**
 * Draws what the interaction adds to the scene: the selection with the selected edge's handles, the
 * drag feedback and the overview of a large chain. Geometry comes from the headless
 * {@link Interaction} and {@link Viewport}; this class only draws it.
 */
final class OverlayPainter {

	private static final Rgb ACCENT = Rgb.of("#1a73e8"); //$NON-NLS-1$
	private static final Rgb WHITE = Rgb.of("#ffffff"); //$NON-NLS-1$
	private static final Rgb FRAME = Rgb.of("#c9d1d9"); //$NON-NLS-1$

	private final SwtScenePainter painter;

	OverlayPainter(SwtScenePainter painter) {
		this.painter = painter;
	}

	/** In diagram coordinates (the GC's transform applies the zoom). */
	void selection(GC gc, Interaction interaction, double zoom) {
		boolean single = interaction.selection().size() == 1;
		for (EObject element : interaction.selection()) {
			if (element instanceof Shape shape) {
				painter.selection(gc, rectangle(Box.of(shape)), single);
			} else if (element instanceof Edge edge && interaction.visible().contains(edge.getSource())) {
				route(gc, edge, zoom);
			}
		}
		for (Handle handle : interaction.handles()) {
			handle(gc, handle, handle.index() == interaction.selectedBend(), zoom);
		}
	}

	/** The selected edge's route, highlighted, with its two ends marked. */
	private void route(GC gc, Edge edge, double zoom) {
		double[] route = SceneBuilder.route(edge);
		gc.setForeground(painter.color(ACCENT));
		gc.setAlpha(150);
		gc.setLineWidth(Math.max(2, (int) Math.round(3 / zoom)));
		gc.drawPolyline(SwtScenePainter.ints(route));
		gc.setAlpha(255);
		gc.setLineWidth(Math.max(1, (int) Math.round(1 / zoom)));
		double end = 3 / zoom;
		gc.setBackground(painter.color(ACCENT));
		for (int i : new int[] { 0, route.length / 2 - 1 }) {
			gc.fillRectangle((int) Math.round(route[2 * i] - end), (int) Math.round(route[2 * i + 1] - end),
					(int) Math.round(2 * end), (int) Math.round(2 * end));
		}
	}

	/** A round handle in the middle of a segment, a square one on a bend point (filled when selected). */
	private void handle(GC gc, Handle handle, boolean selected, double zoom) {
		double r = HitTesting.HANDLE / zoom;
		if (handle.kind() == Handle.Kind.SEGMENT) {
			int d = (int) Math.round(1.6 * r);
			int left = (int) Math.round(handle.x() - d / 2.0);
			int top = (int) Math.round(handle.y() - d / 2.0);
			gc.setBackground(painter.color(WHITE));
			gc.fillOval(left, top, d, d);
			gc.drawOval(left, top, d, d);
			return;
		}
		int size = (int) Math.round(2 * r);
		int left = (int) Math.round(handle.x() - r);
		int top = (int) Math.round(handle.y() - r);
		gc.setBackground(painter.color(selected ? ACCENT : WHITE));
		gc.fillRectangle(left, top, size, size);
		gc.drawRectangle(left, top, size, size);
	}

	/** In diagram coordinates. */
	void feedback(GC gc, Feedback feedback, double zoom) {
		if (feedback == null) {
			return;
		}
		gc.setForeground(painter.color(ACCENT));
		gc.setLineWidth(1);
		if (feedback instanceof Feedback.Outlines outlines) {
			gc.setLineStyle(SWT.LINE_DASH);
			for (Box box : outlines.boxes()) {
				gc.drawRoundRectangle((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height(), 16, 16);
			}
		} else if (feedback instanceof Feedback.RubberBand rubber) {
			gc.setLineStyle(SWT.LINE_DOT);
			gc.drawRectangle(rectangle(rubber.area()));
		} else if (feedback instanceof Feedback.Route route) {
			gc.setLineWidth(Math.max(1, (int) Math.round(2 / zoom)));
			gc.setLineStyle(SWT.LINE_DASH);
			gc.drawPolyline(SwtScenePainter.ints(route.points()));
		} else if (feedback instanceof Feedback.Link link) {
			gc.setLineWidth(2);
			gc.drawLine((int) link.x1(), (int) link.y1(), (int) link.x2(), (int) link.y2());
			if (link.target() != null) {
				painter.selection(gc, rectangle(Box.of(link.target())), false);
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	/** In screen pixels: a small map of the whole chain with the visible part framed. */
	void overview(GC gc, Scene scene, Viewport viewport, Rectangle area) {
		Viewport.Overview o = viewport.overview(scene, area.width, area.height);
		if (o == null) {
			return;
		}
		Rectangle frame = new Rectangle((int) o.x() - 6, (int) o.y() - 6, (int) o.width() + 12, (int) o.height() + 12);
		gc.setAlpha(235);
		gc.setBackground(painter.color(WHITE));
		gc.fillRoundRectangle(frame.x, frame.y, frame.width, frame.height, 8, 8);
		gc.setAlpha(255);
		gc.setForeground(painter.color(FRAME));
		gc.setLineWidth(1);
		gc.drawRoundRectangle(frame.x, frame.y, frame.width, frame.height, 8, 8);
		for (Scene.Item item : scene.items()) {
			if (item instanceof Scene.Box box && item.role() == Scene.Role.NODE) {
				gc.setBackground(painter.color(box.stroke() != null && box.fill().equals(WHITE) ? box.stroke() : box.fill()));
				gc.fillRectangle((int) (o.x() + (box.x() - scene.minX()) * o.scale()),
						(int) (o.y() + (box.y() - scene.minY()) * o.scale()), Math.max(2, (int) (box.width() * o.scale())),
						Math.max(1, (int) (box.height() * o.scale())));
			}
		}
		gc.setForeground(painter.color(ACCENT));
		gc.setLineWidth(2);
		int vx = (int) (o.x() + (viewport.originX() - scene.minX()) * o.scale());
		int vy = (int) (o.y() + (viewport.originY() - scene.minY()) * o.scale());
		int vw = (int) (area.width / viewport.zoom() * o.scale());
		int vh = (int) (area.height / viewport.zoom() * o.scale());
		gc.setClipping(frame);
		gc.drawRectangle(vx, vy, Math.max(4, vw), Math.max(4, vh));
		gc.setClipping((Rectangle) null);
	}

	private static Rectangle rectangle(Box box) {
		return new Rectangle((int) box.x(), (int) box.y(), (int) box.width(), (int) box.height());
	}

}
