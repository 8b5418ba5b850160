// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.ui.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.rensa.model.Organization;
import org.rensa.model.Tlp;
import org.rensa.report.OutputFormat;
import org.rensa.report.ReportSigner;
import org.rensa.report.ReportType;

/**
 * What the Generate Report dialog asks for: the same options as {@code rensa report}.
 *
 * @param type         the document
 * @param organization one organisation, or {@code null} for all
 * @param locale       the language
 * @param audience     the document's TLP
 * @param formats      the formats
 * @param anonymise    whether to use pseudonyms
 * @param output       the output folder
 * @param finalise     whether the files are final: their version, date and SHA-256 are recorded in the
 *                     project ({@link org.rensa.report.FinalReports}) and, with a time-stamping
 *                     authority set, the evidence log heads are sealed
 * @param signer       for a final issue, signs each PDF written (PAdES); {@code null} for no signature
 */
public record ReportRequest(ReportType type, Organization organization, Locale locale, Tlp audience, Set<OutputFormat> formats,
		boolean anonymise, Path output, boolean finalise, ReportSigner signer) {

	/**
	 * A request without a signature.
	 *
	 * @param type         the document
	 * @param organization one organisation, or {@code null} for all
	 * @param locale       the language
	 * @param audience     the document's TLP
	 * @param formats      the formats
	 * @param anonymise    whether to use pseudonyms
	 * @param output       the output folder
	 * @param finalise     whether the files are final
	 */
	public ReportRequest(ReportType type, Organization organization, Locale locale, Tlp audience, Set<OutputFormat> formats,
			boolean anonymise, Path output, boolean finalise) {
		this(type, organization, locale, audience, formats, anonymise, output, finalise, null);
	}

	/**
	 * A draft (not final) request.
	 *
	 * @param type         the document
	 * @param organization one organisation, or {@code null} for all
	 * @param locale       the language
	 * @param audience     the document's TLP
	 * @param formats      the formats
	 * @param anonymise    whether to use pseudonyms
	 * @param output       the output folder
	 */
	public ReportRequest(ReportType type, Organization organization, Locale locale, Tlp audience, Set<OutputFormat> formats,
			boolean anonymise, Path output) {
		this(type, organization, locale, audience, formats, anonymise, output, false, null);
	}
}
