// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Headless creation, duplication and deletion of project elements as undoable commands, with the
 * defaults and the "what goes with it" rules the workbench's New, Duplicate and Delete use.
 */
package org.rensa.core.edit;
