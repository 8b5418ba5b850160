// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Team sync of a Rensa project through Git: the model-aware three-way merge ({@link org.rensa.sync.ModelMerge},
 * {@link org.rensa.sync.ProjectMerge}) and share, clone, sync, bundles and history ({@link org.rensa.sync.GitSync}).
 */
package org.rensa.sync;
