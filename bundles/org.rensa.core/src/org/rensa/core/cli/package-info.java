// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The headless {@code rensa} command ({@link org.rensa.core.cli.RensaApplication}, application id
 * {@code org.rensa.core.cli}); {@link org.rensa.core.cli.RensaCommand} runs the commands in-process.
 */
package org.rensa.core.cli;
