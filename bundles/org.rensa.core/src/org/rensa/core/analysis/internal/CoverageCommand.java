// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.SpreadsheetWriter;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.text.Language;

/**
 * {@code rensa coverage DIR [--format csv|xlsx] [--out FILE] [--tier N] [--class CLASS]}: the clause
 * coverage matrix, one row per organisation other than the buyer, one column per clause category.
 */
@Component(service = CliCommand.class)
public final class CoverageCommand implements CliCommand {

	private volatile SpreadsheetWriter spreadsheets;

	/** The DS component. */
	public CoverageCommand() {
	}

	/** @param spreadsheets the xlsx writer (for use without OSGi), or {@code null} */
	public CoverageCommand(SpreadsheetWriter spreadsheets) {
		this.spreadsheets = spreadsheets;
	}

	/** @param writer the spreadsheet writer service */
	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
	void setSpreadsheets(SpreadsheetWriter writer) {
		this.spreadsheets = writer;
	}

	/** @param writer the departing service */
	void unsetSpreadsheets(SpreadsheetWriter writer) {
		if (this.spreadsheets == writer) {
			this.spreadsheets = null;
		}
	}

	@Override
	public String name() {
		return "coverage";
	}

	@Override
	public String synopsis() {
		return "coverage DIR [--format csv|xlsx] [--out FILE] [--tier N] [--class CLASS]\n"
				+ "  clause coverage: one row per organisation but the buyer, one column per clause category\n"
				+ "  (present / missing / not required); xlsx needs --out";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		CommandArgs arguments = CommandArgs.parse(args, Set.of("format", "out", "tier", "class"));
		Path dir = arguments.directory();
		String format = arguments.option("format", "csv");
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new CliException("--format must be csv or xlsx, not '" + format + "'");
		}
		String out = arguments.option("out", null);
		if (format.equals("xlsx") && out == null) {
			throw new CliException("--format xlsx needs --out FILE");
		}
		if (format.equals("xlsx") && spreadsheets == null) {
			throw new CliException("xlsx output is not available (the org.rensa.core.xlsx bundle is not installed)");
		}
		Integer tier = arguments.intOption("tier", null, 1);
		String className = arguments.option("class", null);
		InformationClass informationClass = className == null ? null : InformationClass.get(className);
		if (className != null && informationClass == null) {
			throw new CliException("unknown information class '" + className + "'; one of "
					+ InformationClass.VALUES.stream().map(InformationClass::getName).collect(Collectors.joining(", ")));
		}
		ChainReport report = AnalysisCommands.analyze(dir, context);
		List<String> header = header();
		List<List<String>> rows = rows(report.coverage(tier, informationClass));
		if (format.equals("xlsx")) {
			spreadsheets.write("Coverage", header, rows, Paths.get(out));
			context.out().println("wrote " + out + " (" + rows.size() + " organisations)");
			return RensaCommand.OK;
		}
		StringBuilder text = new StringBuilder();
		text.append(header.stream().map(AnalysisCommands::csv).collect(Collectors.joining(","))).append("\r\n");
		for (List<String> row : rows) {
			text.append(row.stream().map(AnalysisCommands::csv).collect(Collectors.joining(","))).append("\r\n");
		}
		if (out == null) {
			context.out().print(text);
		} else {
			try (Writer writer = Files.newBufferedWriter(Paths.get(out), StandardCharsets.UTF_8)) {
				writer.write(text.toString());
			}
			context.out().println("wrote " + out + " (" + rows.size() + " organisations)");
		}
		return RensaCommand.OK;
	}

	/** @return the column titles: organisation, tier, information received, then one per category */
	public static List<String> header() {
		List<String> header = new ArrayList<>(List.of("organization", "tier", "information"));
		for (ClauseCategory category : ClauseCategory.VALUES) {
			header.add(category.getName());
		}
		return header;
	}

	/** @return the matrix rows as text */
	public static List<List<String>> rows(List<CoverageRow> coverage) {
		List<List<String>> rows = new ArrayList<>();
		for (CoverageRow row : coverage) {
			List<String> cells = new ArrayList<>();
			cells.add(Language.ENGLISH.label(row.organization()));
			cells.add(row.tier() < 0 ? "unreached" : Integer.toString(row.tier()));
			cells.add(row.received().stream().map(InformationClass::getName).collect(Collectors.joining(" ")));
			for (CoverageCell cell : row.cells()) {
				cells.add(switch (cell.state()) {
				case PRESENT -> "present";
				case MISSING -> "missing";
				case NOT_REQUIRED -> "not required";
				});
			}
			rows.add(cells);
		}
		return rows;
	}
}
