// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.questionnaire.internal.WorkbookGuard;

/**
 * A first look at a workbook before importing it, as plain text: whether it is an answer sheet Rensa
 * wrote (its hidden id sheet is present), the names of its visible sheets and, for a third-party
 * workbook, the text of the first rows of each sheet so a user can map its columns. The workbook is
 * opened through the same guard as every import (hostile files are refused with one line); formulas
 * are shown with their leading {@code =}, never evaluated.
 */
public final class WorkbookPreview {

	/** Most rows kept per sheet. */
	public static final int MAX_ROWS = 2000;
	/** Most columns kept per row. */
	public static final int MAX_COLUMNS = 40;

	private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

	private final boolean rensa;
	private final Map<String, List<List<String>>> sheets;

	private WorkbookPreview(boolean rensa, Map<String, List<List<String>>> sheets) {
		this.rensa = rensa;
		this.sheets = sheets;
	}

	/**
	 * @param file an xlsx file from anywhere
	 * @return its preview
	 * @throws QuestionnaireFormatException when the file is not a workbook or is refused (one line)
	 * @throws IOException when it cannot be read
	 */
	public static WorkbookPreview read(Path file) throws IOException {
		try (XSSFWorkbook workbook = WorkbookGuard.open(file)) {
			Sheet meta = workbook.getSheet(QuestionnaireExporter.META_SHEET);
			boolean rensa = meta != null && meta.getRow(0) != null && meta.getRow(0).getCell(1) != null
					&& meta.getRow(0).getCell(1).getCellType() == CellType.STRING
					&& QuestionnaireExporter.MAGIC.equals(meta.getRow(0).getCell(1).getStringCellValue());
			Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
			for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
				Sheet sheet = workbook.getSheetAt(s);
				if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
					continue;
				}
				sheets.put(sheet.getSheetName(), rensa ? List.of() : rows(sheet));
			}
			return new WorkbookPreview(rensa, Collections.unmodifiableMap(sheets));
		}
	}

	/** @return whether the workbook carries Rensa's id sheet (an exported questionnaire) */
	public boolean isRensaQuestionnaire() {
		return rensa;
	}

	/** @return the visible sheets' names, in workbook order */
	public List<String> sheetNames() {
		return List.copyOf(sheets.keySet());
	}

	/**
	 * @param sheet a sheet name
	 * @return the text of its first rows (row 0 is Excel's row 1; rows are padded to equal length),
	 *         empty for a Rensa questionnaire or an unknown sheet
	 */
	public List<List<String>> rows(String sheet) {
		return sheets.getOrDefault(sheet, List.of());
	}

	private static List<List<String>> rows(Sheet sheet) {
		int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
		int width = 0;
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= last; r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			if (row != null) {
				int end = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
				for (int c = 0; c < end; c++) {
					cells.add(text(row.getCell(c)));
				}
				while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
					cells.remove(cells.size() - 1);
				}
			}
			width = Math.max(width, cells.size());
			rows.add(cells);
		}
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		List<List<String>> padded = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			List<String> full = new ArrayList<>(row);
			while (full.size() < width) {
				full.add("");
			}
			padded.add(Collections.unmodifiableList(full));
		}
		return Collections.unmodifiableList(padded);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.FORMULA) {
			return "=" + cell.getCellFormula();
		}
		return FORMATTER.formatCellValue(cell).strip();
	}
}
