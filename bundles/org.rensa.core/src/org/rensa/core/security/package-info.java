// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Keyed protection of what a project hands out and takes back:
 * {@link org.rensa.core.security.WorkbookSeal} signs the id sheets of the workbooks a project
 * exports (questionnaires, remediation trackers) with a key kept in the project.
 */
package org.rensa.core.security;
