// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import org.rensa.model.Tlp;

/**
 * What a report is built for.
 *
 * @param locale     the language ({@code ja} or {@code en})
 * @param audience   the document's TLP: items with a stricter TLP are withheld
 * @param anonymise  whether names, people, addresses and file names are replaced by pseudonyms
 * @param today      the issue date (also "today" for overdue actions and expiring certificates)
 * @param branding   consultancy and client names and logos
 * @param fontFile   the CJK font collection (a {@code .ttc}) or {@code null} for the default
 * @param finalIssue whether the documents are a final issue ({@code report --final}): their report
 *                   control says FINAL instead of DRAFT
 */
public record ReportOptions(Locale locale, Tlp audience, boolean anonymise, LocalDate today, Branding branding, Path fontFile,
		boolean finalIssue) {

	/** Checks the mandatory values. */
	public ReportOptions {
		Objects.requireNonNull(locale, "locale");
		Objects.requireNonNull(audience, "audience");
		Objects.requireNonNull(today, "today");
		Objects.requireNonNull(branding, "branding");
	}

	/**
	 * Options of a draft.
	 *
	 * @param locale    the language
	 * @param audience  the document's TLP
	 * @param anonymise whether to anonymise
	 * @param today     the issue date
	 * @param branding  consultancy and client names and logos
	 * @param fontFile  the CJK font collection or {@code null}
	 */
	public ReportOptions(Locale locale, Tlp audience, boolean anonymise, LocalDate today, Branding branding, Path fontFile) {
		this(locale, audience, anonymise, today, branding, fontFile, false);
	}

	/**
	 * @param locale the language
	 * @param today  the issue date
	 * @return options with audience TLP:AMBER, no anonymisation, default branding and font
	 */
	public static ReportOptions of(Locale locale, LocalDate today) {
		return new ReportOptions(locale, Tlp.AMBER, false, today, Branding.NONE, null);
	}

	/** @return whether the document is in Japanese */
	public boolean japanese() {
		return "ja".equals(locale.getLanguage());
	}

	/**
	 * @param value the audience
	 * @return a copy with that audience
	 */
	public ReportOptions withAudience(Tlp value) {
		return new ReportOptions(locale, value, anonymise, today, branding, fontFile, finalIssue);
	}

	/**
	 * @param value whether to anonymise
	 * @return a copy
	 */
	public ReportOptions withAnonymise(boolean value) {
		return new ReportOptions(locale, audience, value, today, branding, fontFile, finalIssue);
	}

	/**
	 * @param value whether the documents are a final issue
	 * @return a copy
	 */
	public ReportOptions withFinalIssue(boolean value) {
		return new ReportOptions(locale, audience, anonymise, today, branding, fontFile, value);
	}

	/**
	 * Branding printed on covers and footers.
	 *
	 * @param consultancy the consultancy's name (may be empty)
	 * @param consultancyLogo its logo image, or {@code null}
	 * @param clientLogo the client's logo image, or {@code null}
	 * @param client the client's name on covers (empty: the project's buyer)
	 */
	public record Branding(String consultancy, Path consultancyLogo, Path clientLogo, String client) {
		/** No branding. */
		public static final Branding NONE = new Branding("", null, null, "");

		/** Normalises missing names to empty ones. */
		public Branding {
			consultancy = consultancy == null ? "" : consultancy;
			client = client == null ? "" : client;
		}

		/**
		 * @param consultancy the consultancy's name (may be empty)
		 * @param consultancyLogo its logo image, or {@code null}
		 * @param clientLogo the client's logo image, or {@code null}
		 */
		public Branding(String consultancy, Path consultancyLogo, Path clientLogo) {
			this(consultancy, consultancyLogo, clientLogo, "");
		}
	}
}
