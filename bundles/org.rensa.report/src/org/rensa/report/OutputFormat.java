// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report;

import java.util.Locale;

/** The file formats a report is written in. */
public enum OutputFormat {
	/** PDF/A-2u, tagged. */
	PDF,
	/** Editable Word document. */
	DOCX,
	/** The remediation tracker workbook (remediation plans only). */
	XLSX;

	/**
	 * @param text {@code pdf}, {@code docx} or {@code xlsx}
	 * @return the format
	 * @throws IllegalArgumentException for any other text
	 */
	public static OutputFormat parse(String text) {
		return valueOf(text.trim().toUpperCase(Locale.ROOT));
	}

	/** @return the file extension without the dot */
	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}
}
