package org.cityops.triage;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "one thing" handling standards as currently in force.
 */
public interface OneThingStandards {

	/** All standards, ordered by code. */
	List<OneThingStandard> all();

	Optional<OneThingStandard> byCode(String code);

	/** The standards a case of this category with these tags triggers, ordered by code. */
	List<OneThingStandard> triggeredBy(String categoryCode, Set<String> tags);

	/**
	 * The standards that can apply to a category at all (a trigger or a variant names it), whatever
	 * the tags; ordered by code.
	 */
	List<OneThingStandard> covering(String categoryCode);
}
