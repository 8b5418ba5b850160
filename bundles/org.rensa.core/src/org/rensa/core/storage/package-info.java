// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Project storage: a Rensa project is a directory with the model as deterministic, split XMI in
 * {@code model/} (saved atomically, previous version in {@code model.bak/}) and content-addressed
 * evidence files in {@code evidence/}; other bundles keep their own files inside the model's atomic save as
 * {@link org.rensa.core.storage.CompanionFiles}. Entry points: {@link org.rensa.core.storage.ProjectStorage},
 * {@link org.rensa.core.storage.AuditProjectDocument}, {@link org.rensa.core.storage.EvidenceStore}.
 */
package org.rensa.core.storage;
