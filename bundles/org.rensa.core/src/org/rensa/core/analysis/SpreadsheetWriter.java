// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a table as a spreadsheet file. Offered as an OSGi service by the bundle that owns the
 * spreadsheet library ({@code org.rensa.core.xlsx}), so that the core stays free of it.
 */
public interface SpreadsheetWriter {

	/**
	 * Writes one sheet with a bold, frozen header row.
	 *
	 * @param sheetName the sheet's name
	 * @param header    the column titles
	 * @param rows      the rows, each as long as the header
	 * @param file      the file to write (replaced)
	 * @throws IOException when the file cannot be written
	 */
	void write(String sheetName, List<String> header, List<List<String>> rows, Path file) throws IOException;
}
