// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered chapter of a report: a heading, content blocks and sub-sections. Renderers number
 * sections and list the first two levels in the table of contents and the bookmarks.
 */
public final class Section {

	private final String title;
	private final List<Block> blocks = new ArrayList<>();
	private final List<Section> subsections = new ArrayList<>();
	private boolean newPage;

	/** @param title the heading text, without a number */
	public Section(String title) {
		this.title = title;
	}

	/** @return the heading text */
	public String title() {
		return title;
	}

	/** @return the blocks, in order (mutable while building) */
	public List<Block> blocks() {
		return blocks;
	}

	/** @return the sub-sections, in order (mutable while building) */
	public List<Section> subsections() {
		return subsections;
	}

	/**
	 * @param index a block's index
	 * @return whether that block introduces the table, chart or list right after it — a paragraph, or
	 *         a finding followed by its actions — which the renderers keep on that page (a sign-off text
	 *         is never left without its table, nor a finding without its actions, nor "…as follows:"
	 *         without its bullets)
	 */
	public boolean introducesNext(int index) {
		if (index + 1 >= blocks.size()) {
			return false;
		}
		Block block = blocks.get(index);
		Block next = blocks.get(index + 1);
		boolean tableOrChart = next instanceof Block.Table || next instanceof Block.Chart;
		return block instanceof Block.Paragraph && (tableOrChart || next instanceof Block.Bullets)
				|| block instanceof Block.FindingBlock && tableOrChart;
	}

	/** @return whether this section starts on a new page */
	public boolean startsNewPage() {
		return newPage;
	}

	/**
	 * @param value whether this section starts on a new page
	 * @return this
	 */
	public Section newPage(boolean value) {
		this.newPage = value;
		return this;
	}

	/**
	 * @param block a block to append
	 * @return this
	 */
	public Section add(Block block) {
		blocks.add(block);
		return this;
	}

	/**
	 * @param title a new sub-section's heading
	 * @return the new sub-section
	 */
	public Section addSection(String title) {
		Section section = new Section(title);
		subsections.add(section);
		return section;
	}
}
