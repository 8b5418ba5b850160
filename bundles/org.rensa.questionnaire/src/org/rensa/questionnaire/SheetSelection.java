// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Which sheets of a workbook a mapping reads: names separated by {@code |}, each an exact sheet name
 * or a pattern with {@code *} (any text) and {@code ?} (one character), which Excel does not allow in
 * sheet names. Patterns match visible sheets only; a hidden sheet is read only when listed by its
 * exact name. Names and patterns compare ignoring case.
 *
 * @param spec the names and patterns as given, stripped; empty for the default
 */
public record SheetSelection(String spec) {

	/** Normalises the specification. */
	public SheetSelection {
		spec = spec == null ? "" : spec.strip();
	}

	/**
	 * @param workbook  a workbook
	 * @param allByDefault what an empty specification means: every visible sheet ({@code true}) or the first sheet
	 * @return the sheets selected, in workbook order
	 */
	public List<Sheet> select(Workbook workbook, boolean allByDefault) {
		List<Sheet> sheets = new ArrayList<>();
		if (spec.isEmpty() && !allByDefault) {
			if (workbook.getNumberOfSheets() > 0) {
				sheets.add(workbook.getSheetAt(0));
			}
			return sheets;
		}
		List<String> entries = spec.isEmpty() ? List.of("*") : List.of(spec.split("\\|"));
		for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
			String name = workbook.getSheetName(s);
			boolean hidden = workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s);
			if (selects(entries, name, hidden)) {
				sheets.add(workbook.getSheetAt(s));
			}
		}
		return sheets;
	}

	/**
	 * The same selection over the names of a workbook's visible sheets (a preview), with an empty
	 * specification meaning the first sheet.
	 *
	 * @param visibleNames the visible sheets' names, in workbook order
	 * @return the names selected, in workbook order
	 */
	public List<String> selectNames(List<String> visibleNames) {
		if (spec.isEmpty()) {
			return visibleNames.isEmpty() ? List.of() : List.of(visibleNames.get(0));
		}
		List<String> entries = List.of(spec.split("\\|"));
		return visibleNames.stream().filter(name -> selects(entries, name, false)).toList();
	}

	private static boolean selects(List<String> entries, String name, boolean hidden) {
		for (String entry : entries) {
			String wanted = entry.strip();
			boolean pattern = wanted.contains("*") || wanted.contains("?");
			if (pattern ? !hidden && glob(wanted).matcher(name).matches() : wanted.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	/** @return the exact names listed (not the patterns) */
	public List<String> listedNames() {
		List<String> names = new ArrayList<>();
		for (String entry : spec.split("\\|")) {
			String name = entry.strip();
			if (!name.isEmpty() && !name.contains("*") && !name.contains("?")) {
				names.add(name);
			}
		}
		return names;
	}

	private static Pattern glob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (char c : glob.toCharArray()) {
			if (c == '*') {
				regex.append(".*");
			} else if (c == '?') {
				regex.append('.');
			} else {
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}
}
