// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.Locale;

/** The documents Rensa generates. */
public enum ReportType {
	/** The visit audit report (訪問監査報告書), per visit. */
	VISIT,
	/** The remediation plan (改善計画書), per supplier. */
	REMEDIATION,
	/** The portfolio summary for the buyer, per project. */
	PORTFOLIO;

	/**
	 * @param text {@code visit}, {@code remediation} or {@code portfolio}
	 * @return the type
	 * @throws IllegalArgumentException for any other text
	 */
	public static ReportType parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

	/** @return the lower-case name used on the command line and in file names */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
