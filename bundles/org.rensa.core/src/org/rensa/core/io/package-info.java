// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Durable file writing: {@link org.rensa.core.io.AtomicFiles} replaces a file so that a crash or a
 * failure leaves either the old or the complete new content, and provides the flush-to-disk
 * primitives the project storage builds its directory swap on; {@link org.rensa.core.io.ProjectFiles}
 * is the rule for files a project names (regular files inside the project after resolving links).
 */
package org.rensa.core.io;
