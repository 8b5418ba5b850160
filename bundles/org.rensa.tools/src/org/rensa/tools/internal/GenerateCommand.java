// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.tools.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.rensa.core.cli.CliCommand;
import org.rensa.core.cli.CliContext;
import org.rensa.core.cli.CliException;
import org.rensa.core.cli.CliValues;
import org.rensa.core.cli.RensaCommand;
import org.rensa.core.storage.AuditProjectDocument;
import org.rensa.core.storage.internal.FileSystemOps;
import org.rensa.model.AuditProject;
import org.rensa.tools.ProjectGenerator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rensa generate DIR --suppliers N [--seed S]}: writes a synthetic project of realistic shape
 * ({@link ProjectGenerator}); a failing run leaves nothing behind.
 */
@Component(service = CliCommand.class)
public final class GenerateCommand implements CliCommand<GenerateCommand.Arguments> {

	/** The declared arguments. */
	@Command(name = "generate", description = "create a synthetic project of realistic shape")
	public static final class Arguments {
		@Parameters(index = "0", paramLabel = "DIR", description = "the project directory to create (absent or empty)")
		Path directory;

		@Option(names = "--suppliers", required = true, paramLabel = "N", converter = CliValues.WholeNumber.class,
				description = "tier-1 suppliers")
		int suppliers;

		@Option(names = "--seed", paramLabel = "S", description = "the random seed (default 1)")
		long seed = 1;
	}

	@Override
	public Arguments arguments() {
		return new Arguments();
	}

	@Override
	public int execute(Arguments arguments, CliContext context) throws CliException, IOException {
		Path dir = arguments.directory;
		int suppliers = arguments.suppliers;
		long seed = arguments.seed;
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
