// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.rensa.catalog.ShippedCatalogues;
import org.rensa.catalog.oscal.OscalImport;
import org.rensa.catalog.oscal.OscalProfileResolver;
import org.rensa.catalog.oscal.UnfollowableImportException;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.model.Checklist;
import org.rensa.model.Requirement;
import org.rensa.model.Section;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa import-catalog DIR FILE [--catalog CATALOGUE]|--shipped ID [--dry-run]}: adds an OSCAL
 * catalogue (JSON or XML), an OSCAL profile resolved against the catalogue it imports, or a catalogue
 * shipped with Rensa to a project as a new checklist.
 */
@Component(service = CliCommand.class)
public final class ImportCatalogCommand implements CliCommand<ImportCatalogCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "import-catalog", description = "add an OSCAL catalogue (JSON or XML), a profile resolved against the catalogue it imports, or a shipped catalogue as a checklist")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory")
		Path directory;

		@Parameters(index = "1", arity = "0..1", paramLabel = "FILE", description = "an OSCAL catalogue or profile, JSON or XML")
		Path file;

		@Option(names = "--catalog", paramLabel = "CATALOGUE", description = "the catalogue a profile FILE imports, where its own reference cannot be followed offline")
		Path catalogue;

		@Option(names = "--shipped", paramLabel = "ID", description = "a catalogue shipped with Rensa instead of FILE: ${COMPLETION-CANDIDATES}",
				completionCandidates = ShippedIds.class)
		String shipped;

		@Option(names = "--dry-run", description = "show what would be imported; change nothing")
		boolean dryRun;
	}

	/** The ids of the shipped catalogues, for the help. */
	public static final class ShippedIds implements Iterable<String> {
		@Override
		public Iterator<String> iterator() {
			return ShippedCatalogues.entries().stream().map(ShippedCatalogues.Entry::id).iterator();
		}
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path file = arguments.file;
		String shipped = arguments.shipped;
		boolean dryRun = arguments.dryRun;
		if ((file == null) == (shipped == null)) {
			throw new CliException("import-catalog: give either FILE or --shipped ID");
		}
		Path catalogue = arguments.catalogue;
		if (catalogue != null && file == null) {
			throw new CliException("import-catalog: --catalog goes with a profile FILE");
		}
		Checklist checklist;
		String summary;
		List<String> notes = List.of();
		if (shipped != null) {
			if (ShippedCatalogues.find(shipped).isEmpty()) {
				throw new CliException("import-catalog: no shipped catalogue '" + shipped + "' (try "
						+ String.join(", ", ShippedCatalogues.entries().stream().map(ShippedCatalogues.Entry::id).toList()) + ")");
			}
			checklist = ShippedCatalogues.load(shipped);
			summary = "shipped catalogue " + shipped;
		} else {
			Path path = file;
			if (!Files.isRegularFile(path)) {
				throw new CliException("import-catalog: " + file + ": no such file");
			}
			if (catalogue != null && !Files.isRegularFile(catalogue)) {
				throw new CliException("import-catalog: " + catalogue + ": no such file");
			}
			OscalImport result;
			try {
				result = OscalProfileResolver.read(path, catalogue);
			} catch (UnfollowableImportException e) {
				throw new CliException("import-catalog: " + e.getMessage() + " (--catalog FILE)");
			} catch (IOException e) {
				throw new CliException("import-catalog: " + e.getMessage());
			}
			checklist = result.checklist();
			summary = "OSCAL " + result.format() + ", " + result.groups() + " groups, " + result.controls()
					+ " controls (" + result.enhancements() + " enhancements"
					+ (result.folded() > 0 ? ", " + result.folded() + " folded into their parent" : "") + ")";
			notes = result.notes();
		}
		Path projectDirectory = arguments.directory;
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(projectDirectory)
				: context.openProject(projectDirectory);
		int requirements = 0;
		for (Section section : checklist.getSections()) {
			requirements += section.getRequirements().size();
		}
		document.getProject().getChecklists().add(checklist);
		if (!dryRun) {
			context.storage().save(document);
		}
		context.out().println((dryRun ? "would import " : "imported ") + "checklist \"" + checklist.getName() + "\": "
				+ checklist.getSections().size() + " sections, " + requirements + " requirements (" + summary + ")"
				+ (dryRun ? "" : ", id " + checklist.getId()));
		for (String note : notes) {
			context.out().println("note: " + note);
		}
		if (!dryRun && !checklist.getSections().isEmpty() && !checklist.getSections().get(0).getRequirements().isEmpty()) {
			Requirement first = checklist.getSections().get(0).getRequirements().get(0);
			context.out().println("first requirement: " + first.getCode() + " " + first.getTitle());
		}
		return RensaCommand.OK;
	}
}
