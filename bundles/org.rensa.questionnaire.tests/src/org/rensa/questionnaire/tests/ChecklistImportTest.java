// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.questionnaire.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rensa.core.cli.CliException;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Checklist;
import org.rensa.model.Requirement;
import org.rensa.model.Section;
import org.rensa.questionnaire.CellProblem;
import org.rensa.questionnaire.ChecklistMapping;
import org.rensa.questionnaire.IdPattern;
import org.rensa.questionnaire.WorkbookChecklist;
import org.rensa.questionnaire.WorkbookChecklistReader;
import org.rensa.questionnaire.cli.ImportChecklistCommand;

class ChecklistImportTest {

	@TempDir
	Path temp;

	@Test
	void anIdColumnWithMergedAndBlankSectionCellsCarriedDown() throws Exception {
		Path file = ChecklistWorkbooks.industry(temp.resolve("industry.xlsx"));
		WorkbookChecklist result = WorkbookChecklistReader.read(file, ChecklistMapping.parse(ChecklistWorkbooks.INDUSTRY_MAP), "Industry");
		assertEquals(List.of(), result.problems());
		assertEquals(List.of(), result.missed(), "the spacer row is skipped silently");
		Checklist checklist = result.checklist();
		assertEquals("Industry", checklist.getName());
		assertEquals(List.of("Governance", "Access"), checklist.getSections().stream().map(Section::getTitle).toList());
		assertEquals(List.of("G-1", "G-2"), codes(checklist.getSections().get(0)));
		assertEquals(List.of("A-1", "A-2"), codes(checklist.getSections().get(1)), "A6 is blank: Access carries down");
		Requirement g2 = checklist.getSections().get(0).getRequirements().get(1);
		assertEquals("Roles are assigned.", g2.getTitle());
		assertEquals(2, g2.getLevel());
		assertEquals("2", g2.getLevelLabel());
		assertEquals("stored value", g2.getGuidance(), "the formula's stored value, never evaluated");
		Requirement a2 = checklist.getSections().get(1).getRequirements().get(1);
		assertEquals(3, a2.getLevel());
		assertEquals("Lv3", a2.getLevelLabel());
		assertEquals("Ask for the policy.", checklist.getSections().get(0).getRequirements().get(0).getGuidance());
	}

	@Test
	void hiddenSheetsAreSkippedUnlessListed() throws Exception {
		Path file = ChecklistWorkbooks.industry(temp.resolve("industry.xlsx"));
		WorkbookChecklist all = WorkbookChecklistReader.read(file, ChecklistMapping.parse("sheets=*,id=B,text=C,section=sheet"), "All");
		assertEquals(List.of("Checklist"), all.sheets());
		assertEquals(4, all.requirements().size());
		WorkbookChecklist listed = WorkbookChecklistReader.read(file,
				ChecklistMapping.parse("sheets=Checklist|archive,id=B,text=C,section=sheet"), "Listed");
		assertEquals(List.of("Checklist", "Archive"), listed.sheets());
		assertEquals(List.of("Checklist", "Archive"), listed.checklist().getSections().stream().map(Section::getTitle).toList());
		assertEquals("X-1", listed.requirements().get(4).id());
	}

	@Test
	void theIdAsATextPrefixOnOneSheetPerDomainWithAPreviewOfMissedRows() throws Exception {
		Path file = ChecklistWorkbooks.national(temp.resolve("national.xlsx"), Map.of());
		WorkbookChecklist result = WorkbookChecklistReader.read(file, ChecklistMapping.parse(ChecklistWorkbooks.NATIONAL_MAP), "CSF");
		assertEquals(List.of(), result.problems());
		assertEquals(List.of("GV Govern", "ID Identify"), result.sheets(), "Instructions does not match, GV Draft is hidden");
		assertEquals(List.of("GV.OC-01.1", "GV.OC-02", "GV.RM-01.1", "ID.AM-01", "ID.AM-02.3"),
				result.requirements().stream().map(WorkbookChecklist.Extracted::id).toList());
		WorkbookChecklist.Extracted first = result.requirements().get(0);
		assertEquals("GV Govern", first.sheet());
		assertEquals(4, first.row());
		assertEquals("The organisation shall understand its mission.", first.text());
		assertEquals("Basic", first.level());
		assertEquals(List.of("GV Govern!B3: 'Organisational context (GV.OC)': the id pattern does not match"),
				result.missed().stream().map(CellProblem::toString).toList(), "the repeated header in row 7 is skipped silently");
		assertEquals(List.of("GV Govern", "ID Identify"), result.checklist().getSections().stream().map(Section::getTitle).toList());
		assertEquals("The organisation shall understand its mission.",
				result.checklist().getSections().get(0).getRequirements().get(0).getTitle());
	}

	@Test
	void aPatternWithoutTextGroupLeavesTheRestOfTheCell() {
		IdPattern pattern = IdPattern.compile("(?<id>[A-Z]{2}\\.[A-Z]{2}-\\d{2})");
		assertEquals(new IdPattern.Match("GV.OC-01", "The organisation shall"), pattern.find("GV.OC-01: The organisation shall"));
		assertEquals(new IdPattern.Match("GV.OC-01", "Text (see"), pattern.find("Text (see GV.OC-01"));
		assertEquals(null, pattern.find("Govern"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IdPattern.compile("[A-Z]+"));
		assertTrue(e.getMessage().contains("has no named group (?<id>"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> IdPattern.compile("(?<id>[A-Z"));
		assertTrue(e.getMessage().contains("is not a regular expression"), e.getMessage());
	}

	@Test
	void mappingsParseSaveAndLoad() throws Exception {
		ChecklistMapping mapping = ChecklistMapping.parse(ChecklistWorkbooks.NATIONAL_MAP.replace("\\d{2}", "\\d{2,3}"));
		assertEquals("GV*|ID*", mapping.sheets());
		assertEquals(2, mapping.headerRow());
		assertEquals(3, mapping.firstRow());
		assertEquals("B", mapping.idColumn());
		assertTrue(mapping.idPattern().contains("\\d{2,3}"), "a comma inside the pattern is kept");
		assertEquals(ChecklistMapping.SECTION_PER_SHEET, mapping.section());
		Path file = ChecklistMapping.file(temp, "csf");
		assertEquals(temp.resolve("mappings/checklists/csf.properties"), file);
		mapping.save(file);
		assertEquals(mapping, ChecklistMapping.load(file));
		ChecklistMapping none = ChecklistMapping.parse("id=a,text=c,section=none,header-row=0,lang=ja");
		assertEquals("", none.section());
		assertEquals(1, none.firstRow());
		none.save(file);
		assertEquals(none, ChecklistMapping.load(file));
		assertEquals("unknown mapping key 'headr-row'",
				assertThrows(IllegalArgumentException.class, () -> ChecklistMapping.parse("id=B,text=C,headr-row=2")).getMessage());
		assertEquals("the text is in the id column: give an id pattern (id=B:REGEX)",
				assertThrows(IllegalArgumentException.class, () -> ChecklistMapping.parse("id=B,text=B")).getMessage());
		assertEquals("the mapping needs a column for text",
				assertThrows(IllegalArgumentException.class, () -> ChecklistMapping.parse("id=B")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> ChecklistMapping.file(temp, "../x"));
	}

	@Test
	void theCommandAddsTheChecklistInOneUndoableStep() throws Exception {
		Path project = temp.resolve("p");
		AuditProjectDocument document = QuestionnaireFixtures.createProject(project);
		int before = document.getProject().getChecklists().size();
		WorkbookChecklist result = WorkbookChecklistReader.read(ChecklistWorkbooks.industry(temp.resolve("i.xlsx")),
				ChecklistMapping.parse(ChecklistWorkbooks.INDUSTRY_MAP), "Industry");
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack);
		Command command = result.command(domain, document.getProject());
		assertTrue(command.canExecute());
		stack.execute(command);
		assertEquals(before + 1, document.getProject().getChecklists().size());
		assertEquals(4, document.getProject().getChecklists().get(before).getSections().stream()
				.mapToInt(s -> s.getRequirements().size()).sum());
		assertTrue(stack.canUndo());
		stack.undo();
		assertEquals(before, document.getProject().getChecklists().size());
		assertFalse(stack.canUndo());
		stack.redo();
		assertEquals("Industry", document.getProject().getChecklists().get(before).getName());
	}

	@Test
	void formulasWithoutStoredValuesAndDuplicateIdsChangeNothing() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path file = temp.resolve("bad.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Checklist");
			ChecklistWorkbooks.cells(sheet.createRow(0), "Section", "ID", "Requirement");
			ChecklistWorkbooks.cells(sheet.createRow(1), "S", "R-1", "First.");
			XSSFRow formula = sheet.createRow(2);
			ChecklistWorkbooks.cells(formula, "", "R-2");
			formula.createCell(2).setCellFormula("\"Sec\"&\"ond\"");
			ChecklistWorkbooks.cells(sheet.createRow(3), "", "R-1", "Again.");
			ChecklistWorkbooks.write(workbook, file);
		}
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(1, new ImportChecklistCommand().run(List.of(project.toString(), file.toString(), "--map",
				"id=B,text=C,section=A", "--save-mapping", "bad"), capture.context));
		assertTrue(capture.out().contains("Checklist!C3: '=\"Sec\"&\"ond\"': a formula without a stored value (formulas are not evaluated)"),
				capture.out());
		assertTrue(capture.out().contains("Checklist!B4: 'R-1': duplicate requirement id (first at Checklist!B2)"), capture.out());
		assertTrue(capture.out().contains("2 unreadable cell(s) or duplicate id(s) in bad.xlsx; nothing imported"), capture.out());
		assertSame(before, QuestionnaireFixtures.snapshot(project));
	}

	@Test
	void aHostileWorkbookIsRefusedAndNothingChanges() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path file = temp.resolve("huge.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("Checklist");
			sheet.createRow(25_000).createCell(1).setCellValue("R-1");
			ChecklistWorkbooks.write(workbook, file);
		}
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		CliException e = assertThrows(CliException.class, () -> new ImportChecklistCommand().run(List.of(project.toString(),
				file.toString(), "--map", "id=B,text=C"), new QuestionnaireFixtures.Capture().context));
		assertEquals(2, e.exitCode());
		assertTrue(e.getMessage().contains("refused: sheet 'Checklist' has 25001 rows"), e.getMessage());
		assertTrue(e.getMessage().endsWith("; nothing imported"), e.getMessage());
		assertSame(before, QuestionnaireFixtures.snapshot(project));
	}

	@Test
	void theCommandLineImportsSavesTheMappingAndReusesIt() throws Exception {
		Path project = temp.resolve("p");
		QuestionnaireFixtures.createProject(project);
		Path file = ChecklistWorkbooks.national(temp.resolve("national-2026.xlsx"), Map.of());
		QuestionnaireFixtures.Capture dryRun = new QuestionnaireFixtures.Capture();
		Map<String, byte[]> before = QuestionnaireFixtures.snapshot(project);
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(), file.toString(), "--map",
				ChecklistWorkbooks.NATIONAL_MAP, "--dry-run"), dryRun.context));
		assertTrue(dryRun.out().contains("MISSED\tGV Govern!B3: 'Organisational context (GV.OC)': the id pattern does not match"), dryRun.out());
		assertTrue(dryRun.out().contains("would import checklist \"national-2026\": 2 sections, 5 requirements from 2 sheet(s), 1 row(s) missed"),
				dryRun.out());
		assertSame(before, QuestionnaireFixtures.snapshot(project));

		QuestionnaireFixtures.Capture capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(), file.toString(), "--map",
				ChecklistWorkbooks.NATIONAL_MAP, "--name", "National CSF 2026", "--save-mapping", "csf"), capture.context));
		assertTrue(capture.out().contains("imported checklist \"National CSF 2026\": 2 sections, 5 requirements"), capture.out());
		assertTrue(Files.isRegularFile(project.resolve("mappings/checklists/csf.properties")));
		Checklist imported = checklist(project, "National CSF 2026");
		assertNotNull(imported);
		assertEquals(5, imported.getSections().stream().mapToInt(s -> s.getRequirements().size()).sum());

		capture = new QuestionnaireFixtures.Capture();
		assertEquals(0, new ImportChecklistCommand().run(List.of(project.toString(), file.toString(), "--mapping", "csf",
				"--name", "National CSF 2027"), capture.context));
		assertEquals(List.of("GV.OC-01.1", "GV.OC-02", "GV.RM-01.1"), codes(checklist(project, "National CSF 2027").getSections().get(0)));
		CliException e = assertThrows(CliException.class, () -> new ImportChecklistCommand().run(List.of(project.toString(),
				file.toString(), "--mapping", "nope"), new QuestionnaireFixtures.Capture().context));
		assertTrue(e.getMessage().startsWith("import-checklist: no saved checklist mapping"), e.getMessage());
		e = assertThrows(CliException.class, () -> new ImportChecklistCommand().run(List.of(project.toString(),
				file.toString(), "--map", "id=B:(,text=C"), new QuestionnaireFixtures.Capture().context));
		assertTrue(e.getMessage().contains("is not a regular expression"), e.getMessage());
	}

	static Checklist checklist(Path project, String name) throws Exception {
		return ProjectStorage.standard().load(project).getProject().getChecklists().stream()
				.filter(c -> name.equals(c.getName())).findFirst().orElse(null);
	}

	private static List<String> codes(Section section) {
		return section.getRequirements().stream().map(Requirement::getCode).toList();
	}

	private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
	}
}
