// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.model.AuditProject;
import org.rensa.tools.ProjectGenerator;

/**
 * {@code rensa generate DIR --suppliers N [--seed S]}: writes a synthetic project of realistic shape
 * ({@link ProjectGenerator}); a failing run leaves nothing behind.
 */
@Component(service = CliCommand.class)
public final class GenerateCommand implements CliCommand {

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String synopsis() {
		return "generate DIR --suppliers N [--seed S]\n  create a synthetic project";
	}

	@Override
	public int run(List<String> args, CliContext context) throws CliException, IOException {
		CommandArgs arguments = CommandArgs.parse(args, Set.of("suppliers", "seed"));
		Path dir = arguments.directory();
		Integer suppliers = arguments.intOption("suppliers", null, 0);
		if (suppliers == null) {
			throw new CliException("generate needs --suppliers N");
		}
		long seed = arguments.intOption("seed", 1, Integer.MIN_VALUE);
		boolean existed = Files.exists(dir);
		if (existed && !isEmptyDirectory(dir)) {
			throw new CliException(dir + ": exists and is not an empty directory");
		}
		try {
			AuditProjectDocument document = context.storage().create(dir, "Synthetic project (seed " + seed + ")");
			ProjectGenerator.Spec spec = ProjectGenerator.Spec.forSuppliers(suppliers, seed);
			new ProjectGenerator(spec).generate(document.getProject(), document.getEvidenceStore());
			context.storage().save(document);
			AuditProject project = document.getProject();
			context.out().println("generated " + dir + ": " + project.getOrganizations().size() + " organizations, "
					+ RensaCommand.elements(project, "responses").size() + " responses, " + project.getEvidence().size()
					+ " evidence");
			return RensaCommand.OK;
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
}
