package org.cityops.triage;

import java.util.List;
import java.util.Optional;

/**
 * The case taxonomy as currently in force (imported from the versioned file, possibly edited by
 * administrators).
 */
public interface Categories {

	/** All minor classes, ordered by code. */
	List<Category> all();

	Optional<Category> byCode(String code);

	/** All major classes, ordered by code. */
	List<MajorClass> majors();

	/** The minor classes of one major class, ordered by code. */
	List<Category> ofMajor(String majorCode);
}
