// SPDX-License-Identifier: AGPL-3.0-or-later
/** The auditor profile in the workbench: the dialog that sets who is working. */
package org.rensa.ui.profile;
