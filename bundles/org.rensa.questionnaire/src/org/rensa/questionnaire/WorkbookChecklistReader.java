// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rensa.model.Checklist;
import org.rensa.model.RensaFactory;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.rensa.questionnaire.internal.Cells;
import org.rensa.questionnaire.internal.WorkbookGuard;

/**
 * Reads a checklist's requirements out of a third-party workbook with a {@link ChecklistMapping}. The
 * workbook is opened through the hostile-workbook guard; formulas are never evaluated (a formula cell
 * gives the value stored with it, or is reported when none was stored). Blank spacer rows and rows
 * repeating the header are skipped; rows with content but no id are listed as missed; unreadable cells
 * and duplicate ids are problems. Nothing is changed: add the result with
 * {@link WorkbookChecklist#command}.
 */
public final class WorkbookChecklistReader {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private WorkbookChecklistReader() {
	}

	/**
	 * @param file    the workbook
	 * @param mapping where the requirements are
	 * @param name    the checklist's name
	 * @return the checklist with what was extracted, missed and unreadable
	 * @throws QuestionnaireFormatException when the file is refused or no sheet is selected
	 * @throws IOException when it cannot be read
	 */
	public static WorkbookChecklist read(Path file, ChecklistMapping mapping, String name) throws IOException {
		String fileName = file.getFileName().toString();
		try (XSSFWorkbook workbook = WorkbookGuard.open(file)) {
			List<Sheet> sheets = mapping.sheetSelection().select(workbook, true);
			if (sheets.isEmpty()) {
				throw new QuestionnaireFormatException(fileName + ": no sheet matches '" + mapping.sheets() + "'");
			}
			return new Reading(mapping, name, fileName).read(sheets);
		}
	}

	/** The state of one reading: sections so far, ids seen, what was found. */
	private static final class Reading {
		private final ChecklistMapping mapping;
		private final IdPattern pattern;
		private final boolean japanese;
		private final int idColumn;
		private final int textColumn;
		private final int sectionColumn;
		private final int levelColumn;
		private final int guidanceColumn;
		private final Checklist checklist = RensaFactory.eINSTANCE.createChecklist();
		private final Map<String, Section> sections = new LinkedHashMap<>();
		private final Map<String, String> seen = new HashMap<>();
		private final List<WorkbookChecklist.Extracted> extracted = new ArrayList<>();
		private final List<CellProblem> missed = new ArrayList<>();
		private final List<CellProblem> problems = new ArrayList<>();

		Reading(ChecklistMapping mapping, String name, String fileName) {
			this.mapping = mapping;
			pattern = mapping.pattern();
			japanese = "ja".equals(mapping.language());
			idColumn = WorkbookMapping.index(mapping.idColumn());
			textColumn = WorkbookMapping.index(mapping.textColumn());
			sectionColumn = ChecklistMapping.SECTION_PER_SHEET.equals(mapping.section()) ? -1 : WorkbookMapping.index(mapping.section());
			levelColumn = WorkbookMapping.index(mapping.levelColumn());
			guidanceColumn = WorkbookMapping.index(mapping.guidanceColumn());
			checklist.setName(name);
			if (japanese) {
				checklist.setNameJa(name);
			}
			checklist.setSource("Workbook " + fileName);
		}

		WorkbookChecklist read(List<Sheet> sheets) {
			List<String> names = new ArrayList<>();
			for (Sheet sheet : sheets) {
				names.add(sheet.getSheetName());
				read(sheet);
			}
			checklist.setDescription("Imported from " + checklist.getSource().substring("Workbook ".length()) + " (sheets "
					+ String.join(", ", names) + ")");
			return new WorkbookChecklist(checklist, List.copyOf(extracted), List.copyOf(missed), List.copyOf(problems),
					List.copyOf(names));
		}

		private void read(Sheet sheet) {
			List<CellProblem> ignored = new ArrayList<>();
			String headerId = mapping.headerRow() == 0 ? ""
					: Cells.storedText(Cells.cell(sheet, mapping.headerRow() - 1, idColumn), sheet, 0, idColumn, ignored);
			String section = mapping.section().isEmpty() ? checklist.getName()
					: sectionColumn < 0 ? sheet.getSheetName() : null;
			for (int r = mapping.firstRow() - 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				if (sectionColumn >= 0) {
					String value = Cells.storedText(sectionCell(sheet, r), sheet, r, sectionColumn, problems);
					if (value != null && !value.isEmpty()) {
						section = value;
					}
				}
				int before = problems.size();
				String idText = Cells.storedText(row.getCell(idColumn), sheet, r, idColumn, problems);
				if (idText == null) {
					continue;
				}
				if (headerId != null && !headerId.isEmpty() && headerId.equalsIgnoreCase(idText)) {
					continue;
				}
				String id = idText;
				String text = null;
				if (pattern != null && !idText.isEmpty()) {
					IdPattern.Match match = pattern.find(idText);
					if (match == null) {
						missed.add(Cells.problem(sheet, r, idColumn, idText, CellProblem.Reason.ID_PATTERN));
						continue;
					}
					id = match.id();
					text = textColumn == idColumn ? match.text() : null;
				}
				if (text == null) {
					text = Cells.storedText(row.getCell(textColumn), sheet, r, textColumn, problems);
				}
				if (id.isEmpty()) {
					if (text != null && !text.isEmpty()) {
						missed.add(Cells.problem(sheet, r, textColumn, text, CellProblem.Reason.NO_ID, String.valueOf(mapping.idColumn())));
					}
					continue;
				}
				String level = levelColumn < 0 ? "" : Cells.storedText(row.getCell(levelColumn), sheet, r, levelColumn, problems);
				String guidance = guidanceColumn < 0 ? ""
						: Cells.storedText(row.getCell(guidanceColumn), sheet, r, guidanceColumn, problems);
				if (text != null && text.isEmpty()) {
					problems.add(Cells.problem(sheet, r, textColumn, id, CellProblem.Reason.NO_TEXT, id));
				}
				String first = seen.putIfAbsent(id, sheet.getSheetName() + "!" + mapping.idColumn() + (r + 1));
				if (first != null) {
					problems.add(Cells.problem(sheet, r, idColumn, id, CellProblem.Reason.DUPLICATE_ID, String.valueOf(first)));
				}
				if (problems.size() == before) {
					add(sheet, r, id, text, section == null ? "" : section, level, guidance);
				}
			}
		}

		private void add(Sheet sheet, int r, String id, String text, String sectionTitle, String level, String guidance) {
			Section section = sections.computeIfAbsent(sectionTitle, title -> {
				Section created = RensaFactory.eINSTANCE.createSection();
				created.setTitle(title);
				if (japanese) {
					created.setTitleJa(title);
				}
				checklist.getSections().add(created);
				return created;
			});
			Requirement requirement = RensaFactory.eINSTANCE.createRequirement();
			requirement.setCode(id);
			if (japanese) {
				requirement.setTitleJa(text);
				requirement.setGuidanceJa(guidance.isEmpty() ? null : guidance);
			} else {
				requirement.setTitle(text);
				requirement.setGuidance(guidance.isEmpty() ? null : guidance);
			}
			if (!level.isEmpty()) {
				requirement.setLevelLabel(level);
				Matcher number = NUMBER.matcher(level);
				if (number.find() && number.group().length() < 6) {
					requirement.setLevel(Integer.parseInt(number.group()));
				}
			}
			section.getRequirements().add(requirement);
			extracted.add(new WorkbookChecklist.Extracted(sheet.getSheetName(), r + 1, id, text, sectionTitle, level));
		}

		/** The section cell of a row, or the first cell of the merged region covering it. */
		private Cell sectionCell(Sheet sheet, int r) {
			for (CellRangeAddress region : sheet.getMergedRegions()) {
				if (region.isInRange(r, sectionColumn)) {
					return Cells.cell(sheet, region.getFirstRow(), region.getFirstColumn());
				}
			}
			return Cells.cell(sheet, r, sectionColumn);
		}
	}
}
