package org.cityops.triage.internal;

import java.util.List;

/**
 * What one import of a catalogue file did.
 *
 * @param imported false when this file version had been imported before (nothing was written)
 * @param rowsWritten rows inserted or replaced
 * @param rowsKept codes left as they were because an administrator had edited them
 */
public record ImportResult(String file, int version, boolean imported, int rowsWritten, List<String> rowsKept) {

	static ImportResult alreadyImported(String file, int version) {
		return new ImportResult(file, version, false, 0, List.of());
	}
}
