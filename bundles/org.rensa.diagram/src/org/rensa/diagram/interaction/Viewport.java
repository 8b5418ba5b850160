// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.diagram.interaction;

import org.rensa.diagram.notation.Shape;
import org.rensa.diagram.scene.Scene;

/**
 * The part of the diagram a window shows: zoom factor and the diagram point at the window's top-left
 * corner. View state only: it is not saved and never a command, so zooming and scrolling neither
 * dirty the project nor appear in undo.
 */
public final class Viewport {

	/** The smallest zoom factor. */
	public static final double MIN_ZOOM = 0.1;
	/** The least zoom a diagram opens with: names in the boxes stay legible. */
	public static final double READABLE_ZOOM = 0.8;
	/** The largest zoom factor. */
	public static final double MAX_ZOOM = 4;
	/** Zoom step of Ctrl+wheel. */
	public static final double WHEEL_ZOOM = 1.15;
	/** Scroll step of the wheel, in screen pixels. */
	private static final double WHEEL_STEP = 40;
	/** Blank space kept around the drawing, in diagram units. */
	private static final double MARGIN = 20;
	private static final double OVERVIEW_WIDTH = 220;
	private static final double OVERVIEW_HEIGHT = 150;
	private static final double OVERVIEW_MARGIN = 14;

	/**
	 * The small map of the whole chain in the bottom-right corner, in screen pixels.
	 *
	 * @param x      left
	 * @param y      top
	 * @param width  width
	 * @param height height
	 * @param scale  screen pixels per diagram unit
	 */
	public record Overview(double x, double y, double width, double height, double scale) {
	}

	/**
	 * A scroll bar's values in screen pixels.
	 *
	 * @param selection the thumb's position
	 * @param total     the scrollable length
	 * @param thumb     the visible length
	 */
	public record ScrollRange(int selection, int total, int thumb) {
	}

	private double zoom = 1;
	private double originX = -MARGIN;
	private double originY = -MARGIN;
	private boolean fitted;

	/** @return the zoom factor (screen pixels per diagram unit) */
	public double zoom() {
		return zoom;
	}

	/** @return the diagram x at the window's left side */
	public double originX() {
		return originX;
	}

	/** @return the diagram y at the window's top */
	public double originY() {
		return originY;
	}

	/** @return whether the view is the one {@link #fit} chose (no zoom or scroll since) */
	public boolean isFitted() {
		return fitted;
	}

	/**
	 * @param screenX a window x
	 * @return the diagram x shown there
	 */
	public double diagramX(double screenX) {
		return originX + screenX / zoom;
	}

	/**
	 * @param screenY a window y
	 * @return the diagram y shown there
	 */
	public double diagramY(double screenY) {
		return originY + screenY / zoom;
	}

	/**
	 * @param x a diagram x
	 * @return the window x showing it
	 */
	public double screenX(double x) {
		return (x - originX) * zoom;
	}

	/**
	 * @param y a diagram y
	 * @return the window y showing it
	 */
	public double screenY(double y) {
		return (y - originY) * zoom;
	}

	/**
	 * Zooms keeping a window point over the same diagram point.
	 *
	 * @param factor  multiplies the zoom (which stays within {@link #MIN_ZOOM} … {@link #MAX_ZOOM})
	 * @param screenX the fixed point
	 * @param screenY the fixed point
	 */
	public void zoomAt(double factor, double screenX, double screenY) {
		double x = diagramX(screenX);
		double y = diagramY(screenY);
		zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
		fitted = false;
		originX = x - screenX / zoom;
		originY = y - screenY / zoom;
	}

	/**
	 * Zooms so that the whole drawing fits the window (never above 100 %), centred in the space left of
	 * the legend.
	 *
	 * @param scene  the drawing
	 * @param width  the window's width in pixels
	 * @param height the window's height in pixels
	 * @return {@code false} (and nothing changed) when the window is too small to fit anything
	 */
	public boolean fit(Scene scene, double width, double height) {
		if (width < 10 || height < 10) {
			return false;
		}
		double drawingWidth = scene.maxX() - scene.minX() + 2 * MARGIN;
		double drawingHeight = scene.maxY() - scene.minY() + 2 * MARGIN;
		// Keep the drawing clear of the legend in the top-right corner.
		double available = scene.legendWidth() > 0 ? Math.max(width / 2.0, width - scene.legendWidth() - 28) : width;
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(available / drawingWidth, height / drawingHeight)));
		// Centred, so that zooming in (around the view's centre) keeps the drawing in view.
		originX = scene.minX() - MARGIN - Math.max(0, available / zoom - drawingWidth) / 2;
		originY = scene.minY() - MARGIN - Math.max(0, height / zoom - drawingHeight) / 2;
		fitted = true;
		return true;
	}

	/**
	 * The view a diagram opens with: the whole drawing ({@link #fit}) when it is readable so
	 * ({@value #READABLE_ZOOM} or more), else the drawing at that zoom from its top-left corner, where
	 * the buyer is, to be scrolled and zoomed out from (a fitted 30 % shows boxes without legible names).
	 *
	 * @param scene  the drawing
	 * @param width  the window's width in pixels
	 * @param height the window's height in pixels
	 * @return whether the view changed ({@code false} for a window too small to tell)
	 */
	public boolean open(Scene scene, double width, double height) {
		if (!fit(scene, width, height)) {
			return false;
		}
		if (zoom < READABLE_ZOOM) {
			zoom = READABLE_ZOOM;
			originX = scene.minX() - MARGIN;
			originY = scene.minY() - MARGIN;
			fitted = false;
		}
		return true;
	}

	/**
	 * The mouse wheel: Ctrl zooms around the pointer, Shift scrolls sideways, else it scrolls up or down.
	 *
	 * @param count   the wheel's clicks (positive: away from the user)
	 * @param ctrl    whether Ctrl is held
	 * @param shift   whether Shift is held
	 * @param screenX the pointer
	 * @param screenY the pointer
	 */
	public void wheel(int count, boolean ctrl, boolean shift, double screenX, double screenY) {
		if (ctrl) {
			zoomAt(count > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, screenX, screenY);
			return;
		}
		double step = WHEEL_STEP / zoom * (count > 0 ? -1 : 1);
		fitted = false;
		if (shift) {
			originX += step;
		} else {
			originY += step;
		}
	}

	/**
	 * Centres the view on a shape when it is not wholly in view.
	 *
	 * @param shape  the shape
	 * @param width  the window's width in pixels
	 * @param height the window's height in pixels
	 * @return whether the view moved
	 */
	public boolean scrollIntoView(Shape shape, double width, double height) {
		double left = screenX(shape.getX());
		double top = screenY(shape.getY());
		if (left >= 0 && top >= 0 && left + shape.getWidth() * zoom <= width && top + shape.getHeight() * zoom <= height) {
			return false;
		}
		centreOn(shape.getX() + shape.getWidth() / 2.0, shape.getY() + shape.getHeight() / 2.0, width, height);
		return true;
	}

	private void centreOn(double x, double y, double width, double height) {
		fitted = false;
		originX = x - width / 2.0 / zoom;
		originY = y - height / 2.0 / zoom;
	}

	/**
	 * @param scene  the drawing
	 * @param width  the window's width in pixels
	 * @return the horizontal scroll bar's values
	 */
	public ScrollRange horizontal(Scene scene, int width) {
		return range(scrollMinX(scene), Math.max(scene.maxX() + 2 * MARGIN, originX + width / zoom), originX, width);
	}

	/**
	 * @param scene  the drawing
	 * @param height the window's height in pixels
	 * @return the vertical scroll bar's values
	 */
	public ScrollRange vertical(Scene scene, int height) {
		return range(scrollMinY(scene), Math.max(scene.maxY() + 2 * MARGIN, originY + height / zoom), originY, height);
	}

	/**
	 * @param scene     the drawing
	 * @param selection the horizontal scroll bar's new position
	 */
	public void scrolledHorizontally(Scene scene, int selection) {
		fitted = false;
		originX = scrollMinX(scene) + selection / zoom;
	}

	/**
	 * @param scene     the drawing
	 * @param selection the vertical scroll bar's new position
	 */
	public void scrolledVertically(Scene scene, int selection) {
		fitted = false;
		originY = scrollMinY(scene) + selection / zoom;
	}

	private double scrollMinX(Scene scene) {
		return Math.min(scene.minX() - 2 * MARGIN, originX);
	}

	private double scrollMinY(Scene scene) {
		return Math.min(scene.minY() - 2 * MARGIN, originY);
	}

	private ScrollRange range(double min, double max, double origin, int visiblePixels) {
		int total = (int) Math.ceil((max - min) * zoom);
		return new ScrollRange((int) Math.round((origin - min) * zoom), Math.max(total, visiblePixels), visiblePixels);
	}

	/**
	 * @param scene  the drawing
	 * @param width  the window's width in pixels
	 * @param height the window's height in pixels
	 * @return where the overview of a large chain is drawn, or {@code null} when all of the drawing is
	 *         in view (or the window is too narrow for it)
	 */
	public Overview overview(Scene scene, double width, double height) {
		double drawingWidth = scene.maxX() - scene.minX();
		double drawingHeight = scene.maxY() - scene.minY();
		boolean allVisible = scene.minX() >= originX && scene.minY() >= originY && scene.maxX() <= diagramX(width)
				&& scene.maxY() <= diagramY(height);
		if (allVisible || drawingWidth <= 0 || drawingHeight <= 0 || width < 3 * OVERVIEW_WIDTH) {
			return null;
		}
		double scale = Math.min(OVERVIEW_WIDTH / drawingWidth, OVERVIEW_HEIGHT / drawingHeight);
		double w = drawingWidth * scale;
		double h = drawingHeight * scale;
		return new Overview(width - w - OVERVIEW_MARGIN - 8, height - h - OVERVIEW_MARGIN - 8, w, h, scale);
	}

	/**
	 * Centres the view on the diagram point the overview shows under a window point.
	 *
	 * @param scene   the drawing
	 * @param width   the window's width in pixels
	 * @param height  the window's height in pixels
	 * @param screenX the pointer
	 * @param screenY the pointer
	 * @return {@code false} (and nothing changed) when the point is not on the overview
	 */
	public boolean overviewNavigate(Scene scene, double width, double height, double screenX, double screenY) {
		Overview o = overview(scene, width, height);
		if (o == null || screenX < o.x() - 6 || screenY < o.y() - 6 || screenX > o.x() + o.width() + 6
				|| screenY > o.y() + o.height() + 6) {
			return false;
		}
		centreOn(scene.minX() + (screenX - o.x()) / o.scale(), scene.minY() + (screenY - o.y()) / o.scale(), width, height);
		return true;
	}
}
