// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.rensa.core.analysis.ChainReport.CoverageCell;
import org.rensa.core.analysis.ChainReport.CoverageRow;
import org.rensa.core.analysis.ChainReport;
import org.rensa.core.analysis.SpreadsheetWriter;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.io.AtomicFiles;
import org.rensa.model.ClauseCategory;
import org.rensa.model.InformationClass;
import org.rensa.model.text.Language;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa coverage DIR [--format csv|xlsx] [--out FILE] [--tier N] [--class CLASS]}: the clause
 * coverage matrix, one row per organisation other than the buyer, one column per clause category.
 */
@Component(service = CliCommand.class)
public final class CoverageCommand implements CliCommand<CoverageCommand.Arguments> {

	/** The output formats. */
	enum Format {
		csv, xlsx
	}

	/** The declared arguments. */
	@Command(name = "coverage", description = { "clause coverage: one row per organisation but the buyer, one column per clause category",
			"(present / missing / not required); xlsx needs --out" })
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Option(names = "--format", paramLabel = "csv|xlsx", description = "the output format (default csv)")
		Format format = Format.csv;

		@Option(names = "--out", paramLabel = "FILE", description = "write to this file (default: CSV on standard output)")
		Path out;

		@Option(names = "--tier", paramLabel = "N", converter = CliValues.Positive.class, description = "only organisations of tier N")
		Integer tier;

		@Option(names = "--class", paramLabel = "CLASS", converter = InformationClassConverter.class,
				description = "only organisations receiving this information class")
		InformationClass informationClass;
	}

	/** Converts the name of an information class. */
	public static final class InformationClassConverter implements ITypeConverter<InformationClass> {
		@Override
		public InformationClass convert(String value) {
			InformationClass informationClass = InformationClass.get(value);
			if (informationClass == null) {
				throw CliValues.expected(InformationClass.VALUES.stream().map(InformationClass::getName).collect(Collectors.joining(", ")));
			}
			return informationClass;
		}
	}

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
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		boolean xlsx = arguments.format == Format.xlsx;
		Path out = arguments.out;
		if (xlsx && out == null) {
			throw new CliException("--format xlsx needs --out FILE");
		}
		if (xlsx && spreadsheets == null) {
			throw new CliException("xlsx output is not available (the org.rensa.core.xlsx bundle is not installed)");
		}
		ChainReport report = AnalysisCommands.analyze(arguments.directory, context);
		List<String> header = header();
		List<List<String>> rows = rows(report.coverage(arguments.tier, arguments.informationClass));
		if (xlsx) {
			spreadsheets.write("Coverage", header, rows, out);
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
			AtomicFiles.writeString(out, text);
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
