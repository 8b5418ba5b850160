// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A piece of content inside a {@link Section}. Every renderer handles every kind; the model holds
 * only text already in the document's language.
 */
public sealed interface Block {

	/**
	 * A paragraph of running text.
	 *
	 * @param text  the text (may contain line breaks)
	 * @param style how it is set
	 */
	record Paragraph(String text, TextStyle style) implements Block {
		/** @param text the text, set as body text */
		public Paragraph(String text) {
			this(text, TextStyle.BODY);
		}
	}

	/** How a paragraph is set. */
	enum TextStyle {
		/** Body text. */
		BODY,
		/** A lead paragraph, slightly larger. */
		LEAD,
		/** Small grey print (sources, notes). */
		SMALL
	}

	/**
	 * A bulleted list.
	 *
	 * @param items one line each
	 */
	record Bullets(List<String> items) implements Block {
	}

	/**
	 * A highlighted box (TLP notice, overall verdict).
	 *
	 * @param title the bold first line
	 * @param text  the body
	 * @param tone  the colour
	 */
	record Callout(String title, String text, Tone tone) implements Block {
	}

	/**
	 * Label / value pairs, set as a two-column table.
	 *
	 * @param entries the pairs in order
	 */
	record Facts(List<Fact> entries) implements Block {
	}

	/**
	 * One label / value pair.
	 *
	 * @param label the label
	 * @param value the value
	 */
	record Fact(String label, String value) {
	}

	/**
	 * A table with a header row repeated on every page.
	 *
	 * @param caption shown above the table, may be empty
	 * @param columns the columns
	 * @param rows    the rows, each with one cell per column
	 */
	record Table(String caption, List<Column> columns, List<List<Cell>> rows) implements Block {
		/** Checks that every row has one cell per column. */
		public Table {
			for (List<Cell> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
				}
			}
		}
	}

	/**
	 * A table column.
	 *
	 * @param header the header text
	 * @param weight relative width
	 */
	record Column(String header, float weight) {
	}

	/**
	 * A table cell.
	 *
	 * @param text the text
	 * @param tone its colour meaning
	 */
	record Cell(String text, Tone tone) {
		/** A missing text (an element the validator flags as incomplete) is an empty cell, never a failure. */
		public Cell {
			text = text == null ? "" : text;
		}

		/** @param text a plain cell */
		public Cell(String text) {
			this(text, Tone.NONE);
		}
	}

	/**
	 * A bar chart drawn as vector graphics.
	 *
	 * @param title       the caption
	 * @param series      the series names (one bar per series per category)
	 * @param seriesTones the colour of each series
	 * @param categories  the categories (rows of bars)
	 * @param max         the value of a full-length bar
	 * @param unit        appended to values ("%" or "")
	 */
	record Chart(String title, List<String> series, List<Tone> seriesTones, List<Category> categories, double max, String unit)
			implements Block {

		/**
		 * @param category a category of this chart
		 * @param series   the index of a series
		 * @return the colour tone of that bar: the category's when it has one (e.g. its severity), else
		 *         the series'
		 */
		public Tone tone(Category category, int series) {
			return category.tone() != null && category.tone() != Tone.NONE ? category.tone() : seriesTones.get(series);
		}
	}

	/**
	 * One category of a chart.
	 *
	 * @param label  the category label
	 * @param values one value per series ({@code NaN} when there is none)
	 * @param tone   the colour of this category's bars, or {@link Tone#NONE} for the series colours
	 */
	record Category(String label, double[] values, Tone tone) {
		/**
		 * @param label  the category label
		 * @param values one value per series
		 */
		public Category(String label, double[] values) {
			this(label, values, Tone.NONE);
		}
	}

	/**
	 * A supply-chain figure: vector graphics (SVG) with a PNG fallback, scaled to the page.
	 *
	 * @param figure the drawing
	 */
	record ChainDiagram(org.rensa.report.ChainFigure figure) implements Block {
		/** Requires a figure. */
		public ChainDiagram {
			Objects.requireNonNull(figure, "figure");
		}
	}

	/**
	 * A set of evidence pictures, laid out in a grid.
	 *
	 * @param figures the pictures
	 */
	record Gallery(List<Figure> figures) implements Block {
	}

	/**
	 * One evidence picture, or a placeholder when the file cannot be shown.
	 *
	 * @param image   the file, or {@code null} for a placeholder
	 * @param caption the caption (code, title, capture time)
	 * @param hash    the SHA-256 of the file as recorded
	 * @param problem why there is no image ({@code null} when there is one)
	 */
	record Figure(Path image, String caption, String hash, String problem) {
		/** @return whether a placeholder is shown instead of the picture */
		public boolean isPlaceholder() {
			return image == null;
		}
	}

	/**
	 * A finding: a heading line with severity, facts, text and evidence.
	 *
	 * @param code         the finding code
	 * @param title        the title
	 * @param severity     the severity label
	 * @param severityTone its colour
	 * @param facts        requirement, status, dates, TLP, evidence without pictures
	 * @param parts        the finding in audit form, each a labelled paragraph in this order: criterion,
	 *                     condition, cause, effect, recommendation, management response (a part without
	 *                     text is left out)
	 * @param evidence     the evidence pictures, set with the finding
	 */
	record FindingBlock(String code, String title, String severity, Tone severityTone, List<Fact> facts, List<Fact> parts,
			List<Figure> evidence) implements Block {
		/** Requires a code. */
		public FindingBlock {
			Objects.requireNonNull(code, "code");
		}
	}
}
