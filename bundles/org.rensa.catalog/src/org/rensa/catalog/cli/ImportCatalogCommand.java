// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.catalog.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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

/**
 * {@code rensa import-catalog DIR FILE [--catalog CATALOGUE]|--shipped ID [--dry-run]}: adds an OSCAL
 * catalogue (JSON or XML), an OSCAL profile resolved against the catalogue it imports, or a catalogue
 * shipped with Rensa to a project as a new checklist.
 */
@Component(service = CliCommand.class)
public final class ImportCatalogCommand implements CliCommand {

	@Override
	public String name() {
		return "import-catalog";
	}

	@Override
	public String synopsis() {
		StringBuilder text = new StringBuilder("import-catalog DIR FILE [--catalog CATALOGUE]|--shipped ID [--dry-run]\n"
				+ "    add an OSCAL catalogue (JSON or XML), an OSCAL profile resolved against the catalogue it imports\n"
				+ "    (--catalog where its import cannot be followed offline) or a shipped catalogue as a checklist; shipped:");
		for (ShippedCatalogues.Entry entry : ShippedCatalogues.entries()) {
			text.append("\n      ").append(entry.id()).append("  ").append(entry.description());
		}
		return text.toString();
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		String directory = null;
		String file = null;
		String shipped = null;
		String catalogue = null;
		boolean dryRun = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("--dry-run".equals(arg)) {
				dryRun = true;
			} else if ("--shipped".equals(arg)) {
				if (i + 1 >= args.size()) {
					throw new CliException("import-catalog: --shipped needs a catalogue id");
				}
				shipped = args.get(++i);
			} else if ("--catalog".equals(arg)) {
				if (i + 1 >= args.size()) {
					throw new CliException("import-catalog: --catalog needs a catalogue file");
				}
				catalogue = args.get(++i);
			} else if (arg.startsWith("--")) {
				throw new CliException("import-catalog: unknown option " + arg);
			} else if (directory == null) {
				directory = arg;
			} else if (file == null) {
				file = arg;
			} else {
				throw new CliException("import-catalog: too many arguments");
			}
		}
		if (directory == null || (file == null) == (shipped == null) || (catalogue != null && file == null)) {
			throw new CliException("usage: rensa import-catalog DIR FILE [--catalog CATALOGUE]|--shipped ID [--dry-run]");
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
			Path path = Paths.get(file);
			if (!Files.isRegularFile(path)) {
				throw new CliException("import-catalog: " + file + ": no such file");
			}
			if (catalogue != null && !Files.isRegularFile(Paths.get(catalogue))) {
				throw new CliException("import-catalog: " + catalogue + ": no such file");
			}
			OscalImport result;
			try {
				result = OscalProfileResolver.read(path, catalogue == null ? null : Paths.get(catalogue));
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
		Path projectDirectory = Paths.get(directory);
		AuditProjectDocument document = dryRun ? context.storage().loadReadOnly(projectDirectory)
				: context.storage().load(projectDirectory);
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
