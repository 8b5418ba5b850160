// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The checksum of a questionnaire's hidden id sheet. */
public final class Checksum {

	/**
	 * One mapped answer row.
	 *
	 * @param sheet         the section sheet's name
	 * @param row           0-based row
	 * @param requirementId the requirement's id
	 * @param code          the requirement's code as shown in column A
	 */
	public record Entry(String sheet, int row, String requirementId, String code) {
	}

	private Checksum() {
	}

	/**
	 * @return SHA-256 (hex) over the assessment id, checklist id and every entry, in order
	 */
	public static String of(String assessmentId, String checklistId, List<Entry> entries) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			StringBuilder text = new StringBuilder("rensa-questionnaire\n").append(assessmentId).append('\n').append(checklistId).append('\n');
			for (Entry entry : entries) {
				text.append(entry.sheet()).append('\t').append(entry.row()).append('\t').append(entry.requirementId())
						.append('\t').append(entry.code()).append('\n');
			}
			return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
