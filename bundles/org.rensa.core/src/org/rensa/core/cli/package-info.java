// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The headless {@code rensa} command ({@link org.rensa.core.cli.RensaApplication}, application id
 * {@code org.rensa.core.cli}); {@link org.rensa.core.cli.RensaCommand} runs the registered
 * {@link org.rensa.core.cli.CliCommand} services in-process. Every command declares its arguments
 * with picocli annotations and is parsed by the one parser of this package: {@code --x v} and
 * {@code --x=v}, generated help, one wording for usage errors, {@link org.rensa.core.cli.LanguageOption}
 * for {@code --lang en|ja} and the converters of {@link org.rensa.core.cli.CliValues}.
 */
package org.rensa.core.cli;
