// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rensa.model.Tlp;

/**
 * The content of one report, independent of the output format: cover data, sections and the
 * document's metadata. Built by the builders in {@code org.rensa.report.build}, rendered by the PDF
 * and DOCX renderers, so both formats say the same thing.
 */
public final class ReportDocument {

	private final Locale locale;
	private final Tlp tlp;
	private String title = "";
	private String subtitle = "";
	private String author = "";
	private String subject = "";
	private String runningHeader = "";
	private String shortRunningHeader = "";
	private String tlpLabel = "";
	private String tlpNotice = "";
	private String footer = "";
	private String tocTitle = "";
	private String pageLabel = "";
	private int withheld;
	private boolean anonymised;
	private java.nio.file.Path authorLogo;
	private java.nio.file.Path clientLogo;
	private final List<Block.Fact> cover = new ArrayList<>();
	private final List<Section> sections = new ArrayList<>();

	/**
	 * @param locale the document language
	 * @param tlp    the document's TLP (its audience)
	 */
	public ReportDocument(Locale locale, Tlp tlp) {
		this.locale = locale;
		this.tlp = tlp;
	}

	/** @return the document language */
	public Locale locale() {
		return locale;
	}

	/** @return the document's TLP */
	public Tlp tlp() {
		return tlp;
	}

	/** @return the title (cover, metadata) */
	public String title() {
		return title;
	}

	/** @param value the title */
	public void setTitle(String value) {
		title = value;
	}

	/** @return the subtitle (cover) */
	public String subtitle() {
		return subtitle;
	}

	/** @param value the subtitle */
	public void setSubtitle(String value) {
		subtitle = value;
	}

	/** @return the author (metadata, footer) */
	public String author() {
		return author;
	}

	/** @param value the author */
	public void setAuthor(String value) {
		author = value;
	}

	/** @return the subject (metadata) */
	public String subject() {
		return subject;
	}

	/** @param value the subject */
	public void setSubject(String value) {
		subject = value;
	}

	/** @return the running header text */
	public String runningHeader() {
		return runningHeader;
	}

	/** @param value the running header text */
	public void setRunningHeader(String value) {
		runningHeader = value;
	}

	/**
	 * @return the running header for pages too narrow for {@link #runningHeader()}: the document's
	 *         title alone (renderers choose by measuring, and never cut a header)
	 */
	public String shortRunningHeader() {
		return shortRunningHeader.isEmpty() ? runningHeader : shortRunningHeader;
	}

	/** @param value the running header for pages too narrow for the full one */
	public void setShortRunningHeader(String value) {
		shortRunningHeader = value;
	}

	/** @return the TLP label as printed, e.g. {@code TLP:AMBER} */
	public String tlpLabel() {
		return tlpLabel;
	}

	/** @param value the TLP label as printed */
	public void setTlpLabel(String value) {
		tlpLabel = value;
	}

	/** @return the sentence explaining the TLP on the cover */
	public String tlpNotice() {
		return tlpNotice;
	}

	/** @param value the TLP sentence */
	public void setTlpNotice(String value) {
		tlpNotice = value;
	}

	/** @return the footer text (left side) */
	public String footer() {
		return footer;
	}

	/** @param value the footer text */
	public void setFooter(String value) {
		footer = value;
	}

	/** @return the heading of the table of contents */
	public String tocTitle() {
		return tocTitle;
	}

	/** @param value the heading of the table of contents */
	public void setTocTitle(String value) {
		tocTitle = value;
	}

	/** @return the page label pattern, {0} = page, {1} = pages */
	public String pageLabel() {
		return pageLabel;
	}

	/** @param value the page label pattern */
	public void setPageLabel(String value) {
		pageLabel = value;
	}

	/** @return how many items were withheld because their TLP is stricter than the document's */
	public int withheld() {
		return withheld;
	}

	/** @param value the number of withheld items */
	public void setWithheld(int value) {
		withheld = value;
	}

	/** @return whether names were replaced by pseudonyms (renderers then also strip image metadata) */
	public boolean anonymised() {
		return anonymised;
	}

	/** @param value whether names were replaced by pseudonyms */
	public void setAnonymised(boolean value) {
		anonymised = value;
	}

	/** @return the consultancy's logo for the cover, or {@code null} */
	public java.nio.file.Path authorLogo() {
		return authorLogo;
	}

	/** @return the client's logo for the cover, or {@code null} */
	public java.nio.file.Path clientLogo() {
		return clientLogo;
	}

	/**
	 * @param author the consultancy's logo or {@code null}
	 * @param client the client's logo or {@code null}
	 */
	public void setLogos(java.nio.file.Path author, java.nio.file.Path client) {
		authorLogo = author;
		clientLogo = client;
	}

	/** @return the cover facts (client, supplier, dates …), mutable while building */
	public List<Block.Fact> cover() {
		return cover;
	}

	/** @return the top-level sections, mutable while building */
	public List<Section> sections() {
		return sections;
	}

	/**
	 * @param heading a new top-level section's heading
	 * @return the new section
	 */
	public Section addSection(String heading) {
		Section section = new Section(heading);
		sections.add(section);
		return section;
	}
}
