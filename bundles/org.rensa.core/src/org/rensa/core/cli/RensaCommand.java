// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.rensa.core.storage.ProjectLock;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Contract;
import org.rensa.model.Section;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code rensa} command line: selects one {@link CliCommand} by the first argument, runs it and
 * returns the exit code ({@link #OK} 0, {@link #FINDINGS} 1, {@link #USAGE} 2). {@code rensa --help}
 * (or {@code help}, {@code -h}) prints the usage generated from every command's declaration,
 * {@code rensa help NAME} that of one command. Errors are reported as one line on the error stream
 * prefixed {@code rensa: }, never a stack trace.
 */
public final class RensaCommand {

	/** Exit code: success. */
	public static final int OK = 0;
	/** Exit code: the command ran and found problems (validation errors, missing or altered evidence). */
	public static final int FINDINGS = 1;
	/** Exit code: bad usage or unreadable input. */
	public static final int USAGE = 2;

	/** The element kinds, as printed by {@code info} and accepted by {@code list}. */
	public static final List<String> KINDS = List.of("organizations", "relationships", "contracts", "clauses",
			"checklists", "requirements", "campaigns", "assessments", "responses", "visits", "evidence", "findings",
			"remediationActions");

	private static final List<String> HELP = List.of("help", "--help", "-h");

	private final PrintStream out;
	private final PrintStream err;
	private final ProjectStorage storage;
	private final Clock clock;
	private final Map<String, CliCommand<?>> commands = new TreeMap<>();

	/**
	 * @param out      where results go (use an explicit UTF-8 stream)
	 * @param err      where error lines go
	 * @param storage  the storage
	 * @param clock    the clock giving today's date for validation
	 * @param commands the commands (in the product: every registered {@link CliCommand} service); of
	 *                 two with the same name the first is used
	 */
	public RensaCommand(PrintStream out, PrintStream err, ProjectStorage storage, Clock clock,
			List<? extends CliCommand<?>> commands) {
		this.out = out;
		this.err = err;
		this.storage = storage;
		this.clock = clock;
		for (CliCommand<?> command : commands) {
			this.commands.putIfAbsent(command.name(), command);
		}
	}

	/**
	 * Runs one command.
	 *
	 * @param args the arguments, command first
	 * @return the exit code
	 */
	public int run(String... args) {
		List<String> arguments = List.of(args);
		CliMessages messages = CliMessages.forArguments(arguments);
		try {
			if (args.length == 0) {
				err.print(usage(messages));
				return USAGE;
			}
			if (HELP.contains(args[0])) {
				if (args.length == 1) {
					out.print(usage(messages));
					return OK;
				}
				return command(args[1], messages).run(List.of("--help"), context());
			}
			CliCommand<?> command = command(args[0], messages);
			ProjectLock.setDefaultTool("rensa " + command.name());
			return command.run(arguments.subList(1, args.length), context());
		} catch (CliException e) {
			return fail(e.getMessage(), e.exitCode());
		} catch (IOException e) {
			return fail(e.getMessage(), USAGE);
		} catch (UncheckedIOException e) {
			return fail(e.getCause().getMessage(), USAGE);
		} catch (RuntimeException | OutOfMemoryError e) {
			return fail(messages.format("error.internal", e), USAGE);
		} finally {
			// the locks the command took (CliContext.openProject, lockProject) end with it
			ProjectLock.releaseAll();
			ProjectLock.setDefaultTool(ProjectLock.WORKBENCH);
			out.flush();
			err.flush();
		}
	}

	private CliContext context() {
		return new CliContext(out, err, storage, clock);
	}

	private CliCommand<?> command(String name, CliMessages messages) throws CliException {
		CliCommand<?> command = commands.get(name);
		if (command == null) {
			throw new CliException(messages.format("error.unknownCommand", name));
		}
		return command;
	}

	/** @return the usage of the command line, listing every command with the first line of its description */
	private String usage(CliMessages messages) {
		CommandLine top = new CommandLine(CommandSpec.create().name("rensa"));
		top.setUsageHelpWidth(100);
		CommandLineParser.headings(top.getCommandSpec().usageMessage(), messages)
				.customSynopsis(messages.text("help.commandSynopsis")).descriptionHeading("").footer(messages.text("help.footer"));
		commands.values().stream().sorted(Comparator.comparing(CliCommand::name))
				.forEach(command -> top.addSubcommand(command.name(), CommandLineParser.commandLine(command.arguments(), messages)));
		return top.getUsageMessage();
	}

	private int fail(String message, int exitCode) {
		err.println("rensa: " + (message == null ? "failed" : oneLine(message)));
		return exitCode;
	}

	/** The longest word of a message printed whole: longer ones (a huge value echoed from the input) are cut. */
	static final int MAX_WORD = 200;

	/** @return the message on one line, each word longer than {@link #MAX_WORD} characters cut to that length and marked {@code …} */
	static String oneLine(String message) {
		StringBuilder line = new StringBuilder();
		for (String word : message.strip().split("\\s+")) {
			if (line.length() > 0) {
				line.append(' ');
			}
			int cut = word.length() > MAX_WORD && Character.isHighSurrogate(word.charAt(MAX_WORD - 1)) ? MAX_WORD - 1 : MAX_WORD;
			line.append(word.length() > MAX_WORD ? word.substring(0, cut) + "…" : word);
		}
		return line.toString();
	}

	/**
	 * @param project a project
	 * @param kind one of {@link #KINDS}
	 * @return the elements of that kind, in model order
	 */
	public static List<? extends EObject> elements(AuditProject project, String kind) {
		Function<AuditProject, List<? extends EObject>> accessor = ACCESSORS.get(kind);
		if (accessor == null) {
			throw new IllegalArgumentException("unknown kind " + kind);
		}
		return accessor.apply(project);
	}

	private static final Map<String, Function<AuditProject, List<? extends EObject>>> ACCESSORS = new LinkedHashMap<>();

	static {
		ACCESSORS.put("organizations", AuditProject::getOrganizations);
		ACCESSORS.put("relationships", AuditProject::getRelationships);
		ACCESSORS.put("contracts", AuditProject::getContracts);
		ACCESSORS.put("clauses", p -> {
			List<EObject> result = new ArrayList<>();
			for (Contract contract : p.getContracts()) {
				result.addAll(contract.getClauses());
			}
			return result;
		});
		ACCESSORS.put("checklists", AuditProject::getChecklists);
		ACCESSORS.put("requirements", p -> {
			List<EObject> result = new ArrayList<>();
			for (Checklist checklist : p.getChecklists()) {
				for (Section section : checklist.getSections()) {
					result.addAll(section.getRequirements());
				}
			}
			return result;
		});
		ACCESSORS.put("campaigns", AuditProject::getCampaigns);
		ACCESSORS.put("assessments", AuditProject::getAssessments);
		ACCESSORS.put("responses", p -> {
			List<EObject> result = new ArrayList<>();
			for (Assessment assessment : p.getAssessments()) {
				result.addAll(assessment.getResponses());
			}
			return result;
		});
		ACCESSORS.put("visits", AuditProject::getVisits);
		ACCESSORS.put("evidence", AuditProject::getEvidence);
		ACCESSORS.put("findings", AuditProject::getFindings);
		ACCESSORS.put("remediationActions", AuditProject::getRemediationActions);
	}
}
