// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * The auditor profile: who is working, kept per user outside any project.
 */
package org.rensa.core.profile;
