package org.cityops.triage.internal;

import java.util.List;

import org.cityops.triage.Category;
import org.cityops.triage.MajorClass;

/**
 * The taxonomy as read from one version of its file.
 *
 * @param checksum SHA-256 of the file, hex
 */
public record Taxonomy(int version, String checksum, List<MajorClass> majors, List<Category> categories) {

	public Taxonomy {
		majors = List.copyOf(majors);
		categories = List.copyOf(categories);
	}
}
