// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.rensa.core.evidence.EvidenceSeal;
import org.rensa.core.evidence.EvidenceVerifier;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.EvidenceStore;
import org.rensa.core.storage.ProjectStorage;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.core.validation.ElementLabels;
import org.rensa.core.validation.ProjectValidator;
import org.rensa.model.Assessment;
import org.rensa.model.AuditProject;
import org.rensa.model.Checklist;
import org.rensa.model.Contract;
import org.rensa.model.Evidence;
import org.rensa.model.Identifiable;
import org.rensa.model.Organization;
import org.rensa.model.Section;
import org.rensa.model.derived.SupplyChainTiers;

/**
 * The {@code rensa} command line: parses the arguments, runs one command and returns the exit code
 * ({@link #OK} 0, {@link #FINDINGS} 1, {@link #USAGE} 2). Errors are reported as one line on the error
 * stream prefixed {@code rensa: }; loading is read-only, so a failing command never writes.
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

	private static final String USAGE_TEXT = String.join("\n", //
			"usage: rensa COMMAND [ARGS]", //
			"", //
			"commands:", //
			"  new DIR [--name NAME]                      create an empty project", //
			"  info DIR                                   count the elements of a project", //
			"  list DIR KIND                              list elements (id<TAB>label); KIND as printed by info", //
			"  validate DIR                               check the project; exit 1 on errors", //
			"  verify-evidence DIR                        re-hash every evidence file and check the visits' evidence logs", //
			"                                             (chain, recorded heads, hashes against the model);", //
			"                                             exit 1 if a file is missing or altered or a log broken", //
			"  seal DIR --tsa URL                         RFC 3161 time stamp over the evidence log heads from a", //
			"                                             time-stamping authority, stored in evidence-log/seals/", //
			"  generate DIR --suppliers N [--seed S]      create a synthetic project", //
			"  benchmark [DIR|none] [--organizations N] [--responses N] [--evidence N]", //
			"                                             time load and save", //
			"  help                                       show this help", //
			"", //
			"exit codes: 0 ok, 1 findings, 2 bad usage or unreadable input");

	private final PrintStream out;
	private final PrintStream err;
	private final ProjectStorage storage;
	private final Clock clock;
	private final List<CliCommand> extensions;

	/**
	 * @param out where results go (use an explicit UTF-8 stream)
	 * @param err where error lines go
	 */
	public RensaCommand(PrintStream out, PrintStream err) {
		this(out, err, ProjectStorage.standard(), Clock.systemDefaultZone());
	}

	/**
	 * @param out where results go
	 * @param err where error lines go
	 * @param storage the storage
	 * @param clock the clock giving today's date for validation
	 */
	public RensaCommand(PrintStream out, PrintStream err, ProjectStorage storage, Clock clock) {
		this(out, err, storage, clock, List.of());
	}

	/**
	 * @param out where results go
	 * @param err where error lines go
	 * @param storage the storage
	 * @param clock the clock giving today's date for validation
	 * @param extensions commands contributed by other bundles; built-in commands take precedence
	 */
	public RensaCommand(PrintStream out, PrintStream err, ProjectStorage storage, Clock clock,
			List<CliCommand> extensions) {
		this.out = out;
		this.err = err;
		this.storage = storage;
		this.clock = clock;
		this.extensions = List.copyOf(extensions);
	}

	private static final List<String> BUILT_IN = List.of("help", "--help", "-h", "new", "info", "list", "validate",
			"verify-evidence", "seal", "generate", "benchmark");

	private String usage() {
		if (extensions.isEmpty()) {
			return USAGE_TEXT;
		}
		StringBuilder text = new StringBuilder();
		String marker = "\n  help ";
		int at = USAGE_TEXT.indexOf(marker);
		text.append(USAGE_TEXT, 0, at + 1);
		extensions.stream().filter(c -> !BUILT_IN.contains(c.name()))
				.sorted(java.util.Comparator.comparing(CliCommand::name)).forEach(command -> {
					String[] lines = command.synopsis().strip().split("\n");
					text.append(String.format("  %s\n", lines[0].strip()));
					for (int i = 1; i < lines.length; i++) {
						text.append(String.format("  %-41s  %s\n", "", lines[i].strip()));
					}
				});
		text.append(USAGE_TEXT.substring(at + 1));
		return text.toString().replaceAll("[ ]+\n", "\n");
	}

	private int runExtension(CliCommand command, String[] args) {
		try {
			return command.run(List.of(args).subList(1, args.length), new CliContext(out, err, storage, clock));
		} catch (CliException e) {
			err.println("rensa: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim());
			return e.exitCode();
		} catch (IOException e) {
			return fail(e.getMessage());
		}
	}

	/** A usage error, reported as one line with exit code {@link #USAGE}. */
	private static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	/**
	 * Runs one command.
	 *
	 * @param args the arguments, command first
	 * @return the exit code
	 */
	public int run(String... args) {
		try {
			if (args.length == 0) {
				err.println(usage());
				return USAGE;
			}
			if (!BUILT_IN.contains(args[0])) {
				for (CliCommand command : extensions) {
					if (command.name().equals(args[0])) {
						return runExtension(command, args);
					}
				}
			}
			Arguments arguments = Arguments.parse(args);
			return switch (args[0]) {
			case "help", "--help", "-h" -> {
				out.println(usage());
				yield OK;
			}
			case "new" -> newProject(arguments);
			case "info" -> info(arguments);
			case "list" -> list(arguments);
			case "validate" -> validate(arguments);
			case "verify-evidence" -> verifyEvidence(arguments);
			case "seal" -> seal(arguments);
			case "generate" -> generate(arguments);
			case "benchmark" -> new Benchmark(out, storage).run(arguments.optionalPath(), arguments.intOption("organizations", 10000),
					arguments.intOption("responses", 200000), arguments.intOption("evidence", 50000));
			default -> throw new UsageException("unknown command '" + args[0] + "' (try 'rensa help')");
			};
		} catch (UsageException | IOException e) {
			return fail(e.getMessage());
		} catch (UncheckedIOException e) {
			return fail(e.getCause().getMessage());
		} catch (RuntimeException | OutOfMemoryError e) {
			return fail("internal error: " + e);
		} finally {
			out.flush();
			err.flush();
		}
	}

	private int fail(String message) {
		err.println("rensa: " + (message == null ? "failed" : message.replaceAll("\\s+", " ").trim()));
		return USAGE;
	}

	// ----------------------------------------------------------------------------------------- commands

	private int newProject(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly("name");
		Path dir = arguments.path(1, "DIR");
		arguments.expectPositionals(2);
		String name = arguments.option("name", dir.toAbsolutePath().normalize().getFileName() == null ? "Rensa project"
				: dir.toAbsolutePath().normalize().getFileName().toString());
		storage.create(dir, name);
		out.println("created " + dir);
		return OK;
	}

	private AuditProjectDocument open(Arguments arguments) throws UsageException, IOException {
		Path dir = arguments.path(1, "DIR");
		AuditProjectDocument document = storage.loadReadOnly(dir);
		for (String warning : document.getWarnings()) {
			err.println("rensa: warning: " + warning);
		}
		return document;
	}

	private int info(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly();
		arguments.expectPositionals(2);
		AuditProject project = open(arguments).getProject();
		for (String kind : KINDS) {
			out.println(kind + ": " + elements(project, kind).size());
		}
		Map<Integer, Integer> perTier = new TreeMap<>();
		int unreachable = 0;
		for (Map.Entry<Organization, Integer> entry : SupplyChainTiers.tiersOf(project).entrySet()) {
			int tier = entry.getValue() == null ? SupplyChainTiers.UNREACHABLE : entry.getValue();
			if (tier < 0) {
				unreachable++;
			} else {
				perTier.merge(tier, 1, Integer::sum);
			}
		}
		perTier.forEach((tier, count) -> out.println("tier." + tier + ": " + count));
		if (unreachable > 0) {
			out.println("tier.unreachable: " + unreachable);
		}
		return OK;
	}

	private int list(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly();
		arguments.expectPositionals(3);
		String kind = arguments.positional(2, "KIND");
		if (!KINDS.contains(kind)) {
			throw new UsageException("unknown kind '" + kind + "'; one of " + String.join(", ", KINDS));
		}
		AuditProject project = open(arguments).getProject();
		for (EObject element : elements(project, kind)) {
			String id = element instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "-";
			out.println(id + "\t" + ElementLabels.label(element));
		}
		return OK;
	}

	private int validate(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly();
		arguments.expectPositionals(2);
		AuditProjectDocument document = open(arguments);
		Diagnostic diagnostic = ProjectValidator.withChainAnalysis(clock).validate(document);
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		for (Diagnostic leaf : ProjectValidator.leaves(diagnostic)) {
			String severity;
			switch (leaf.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> {
				severity = "ERROR";
				errors++;
			}
			case Diagnostic.WARNING -> {
				severity = "WARNING";
				warnings++;
			}
			default -> {
				severity = "INFO";
				infos++;
			}
			}
			Object subject = leaf.getData().isEmpty() ? null : leaf.getData().get(0);
			String label = subject instanceof EObject eObject ? ElementLabels.qualified(eObject) : "-";
			out.println(severity + "\t" + label + "\t" + leaf.getMessage().replaceAll("\\s+", " ").trim());
		}
		out.println(errors + " errors, " + warnings + " warnings, " + infos + " infos");
		return errors > 0 ? FINDINGS : OK;
	}

	private int verifyEvidence(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly();
		arguments.expectPositionals(2);
		AuditProjectDocument document = open(arguments);
		EvidenceStore store = document.getEvidenceStore();
		int files = 0;
		int missing = 0;
		int altered = 0;
		for (Evidence evidence : document.getProject().getEvidence()) {
			files += evidence.getFiles().size();
			for (EvidenceStore.Problem problem : store.verify(evidence)) {
				if (problem.status() == EvidenceStore.Status.MISSING) {
					missing++;
				} else {
					altered++;
				}
				out.println(problem.status() + "\t" + ElementLabels.label(evidence) + "\t" + problem.file().getPath());
			}
		}
		EvidenceVerifier.Result logs = EvidenceVerifier.verify(document);
		List<EvidenceSeal.Sealed> seals = new ArrayList<>();
		List<EvidenceVerifier.Finding> sealFindings = EvidenceSeal.verify(document.getDirectory(), seals);
		for (EvidenceVerifier.Finding finding : logs.findings()) {
			out.println(finding.kind() + "\t" + finding.where() + "\t" + finding.message());
		}
		for (EvidenceVerifier.Finding finding : sealFindings) {
			out.println(finding.kind() + "\t" + finding.where() + "\t" + finding.message());
		}
		for (EvidenceSeal.Sealed seal : seals) {
			out.println("SEALED-OK\t" + seal.tsr() + "\t" + seal.logs() + " logs sealed on " + seal.time() + " by " + seal.authority());
		}
		out.println(files + " files checked, " + missing + " missing, " + altered + " altered; " + logs.intact()
				+ " evidence logs intact, " + logs.broken() + " broken" + (seals.isEmpty() && sealFindings.isEmpty() ? ""
						: "; " + seals.size() + " seals hold, " + sealFindings.size() + " broken"));
		return missing + altered + logs.broken() + sealFindings.size() > 0 ? FINDINGS : OK;
	}

	private int seal(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly("tsa");
		arguments.expectPositionals(2);
		String tsa = arguments.option("tsa", null);
		if (tsa == null) {
			throw new UsageException("seal needs --tsa URL (the time-stamping authority's address)");
		}
		java.net.URI uri;
		try {
			uri = new java.net.URI(tsa);
		} catch (java.net.URISyntaxException e) {
			throw new UsageException("--tsa: not a URL: " + tsa);
		}
		if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
			throw new UsageException("--tsa: not an http or https URL: " + tsa);
		}
		EvidenceSeal.Sealed sealed = EvidenceSeal.seal(open(arguments), uri, clock);
		out.println("sealed " + sealed.logs() + " evidence log heads: " + sealed.tsr() + " (" + sealed.time() + ", " + sealed.authority() + ")");
		return OK;
	}

	private int generate(Arguments arguments) throws UsageException, IOException {
		arguments.allowOnly("suppliers", "seed");
		Path dir = arguments.path(1, "DIR");
		arguments.expectPositionals(2);
		int suppliers = arguments.intOption("suppliers", -1);
		if (suppliers < 0) {
			throw new UsageException("generate needs --suppliers N");
		}
		long seed = arguments.longOption("seed", 1L);
		boolean existed = Files.exists(dir);
		if (existed && !isEmptyDirectory(dir)) {
			throw new UsageException(dir + ": exists and is not an empty directory");
		}
		try {
			AuditProjectDocument document = storage.create(dir, "Synthetic project (seed " + seed + ")");
			ProjectGenerator.Spec spec = ProjectGenerator.Spec.forSuppliers(suppliers, seed);
			new ProjectGenerator(spec).generate(document.getProject(), document.getEvidenceStore());
			storage.save(document);
			AuditProject project = document.getProject();
			out.println("generated " + dir + ": " + project.getOrganizations().size() + " organizations, "
					+ elements(project, "responses").size() + " responses, " + project.getEvidence().size() + " evidence");
			return OK;
		} catch (IOException | RuntimeException e) {
			cleanUp(dir, existed);
			throw e;
		}
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes what a failed {@code generate} wrote, so that a failing command leaves nothing behind. */
	private static void cleanUp(Path dir, boolean existed) {
		try {
			if (!existed) {
				FileSystemOps.DEFAULT.deleteTree(dir);
			} else if (Files.isDirectory(dir)) {
				try (var entries = Files.list(dir)) {
					for (Path entry : (Iterable<Path>) entries::iterator) {
						FileSystemOps.DEFAULT.deleteTree(entry);
					}
				}
			}
		} catch (IOException e) {
			// The original failure is reported; a left-over directory is named in it.
		}
	}

	// ------------------------------------------------------------------------------------------ helpers

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

	/** Positional arguments and {@code --name value} options. */
	private static final class Arguments {
		private final List<String> positionals = new ArrayList<>();
		private final Map<String, String> options = new HashMap<>();

		static Arguments parse(String[] args) throws UsageException {
			Arguments result = new Arguments();
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (arg.startsWith("--") && arg.length() > 2 && i > 0) {
					String name = arg.substring(2);
					String value;
					int equals = name.indexOf('=');
					if (equals >= 0) {
						value = name.substring(equals + 1);
						name = name.substring(0, equals);
					} else if (i + 1 < args.length) {
						value = args[++i];
					} else {
						throw new UsageException("option --" + name + " needs a value");
					}
					if (result.options.put(name, value) != null) {
						throw new UsageException("option --" + name + " given twice");
					}
				} else {
					result.positionals.add(arg);
				}
			}
			return result;
		}

		void allowOnly(String... names) throws UsageException {
			for (String name : options.keySet()) {
				if (!List.of(names).contains(name)) {
					throw new UsageException("unknown option --" + name + " for '" + positionals.get(0) + "'");
				}
			}
		}

		void expectPositionals(int count) throws UsageException {
			if (positionals.size() > count) {
				throw new UsageException("unexpected argument '" + positionals.get(count) + "'");
			}
		}

		String positional(int index, String what) throws UsageException {
			if (index >= positionals.size()) {
				throw new UsageException(positionals.get(0) + ": missing " + what + " (try 'rensa help')");
			}
			return positionals.get(index);
		}

		Path path(int index, String what) throws UsageException {
			String value = positional(index, what);
			try {
				return Paths.get(value);
			} catch (java.nio.file.InvalidPathException e) {
				throw new UsageException("invalid path '" + value + "'");
			}
		}

		Path optionalPath() throws UsageException {
			allowOnly("organizations", "responses", "evidence");
			expectPositionals(2);
			if (positionals.size() < 2 || positionals.get(1).equals("none")) {
				return null;
			}
			return path(1, "DIR");
		}

		String option(String name, String defaultValue) {
			return options.getOrDefault(name, defaultValue);
		}

		int intOption(String name, int defaultValue) throws UsageException {
			long value = longOption(name, defaultValue);
			if (value > Integer.MAX_VALUE || value < 0) {
				throw new UsageException("--" + name + " must be a number between 0 and " + Integer.MAX_VALUE);
			}
			return (int) value;
		}

		long longOption(String name, long defaultValue) throws UsageException {
			String value = options.get(name);
			if (value == null) {
				return defaultValue;
			}
			try {
				return Long.parseLong(value.trim());
			} catch (NumberFormatException e) {
				throw new UsageException("--" + name + " must be a number, not '" + value + "'");
			}
		}
	}
}
