// SPDX-License-Identifier: AGPL-3.0-or-later
/**
 * Implementation of the project storage (XMI resources, options, the file-system seam used by tests
 * to inject failures); not API.
 */
package org.rensa.core.storage.internal;
