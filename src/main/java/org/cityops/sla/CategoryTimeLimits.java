package org.cityops.sla;

import java.util.Optional;

/**
 * Normal-time limits a case category brings along (e.g. from the category taxonomy). Implement it
 * as a Spring bean in the module that owns the categories; the time-limit module asks every such
 * bean. Limits set per category in properties ({@code cityops.sla.normal.categories.*}) win over
 * these, and these win over the default limits.
 */
public interface CategoryTimeLimits {

	/**
	 * The normal-time limit of a stage for cases of a category, if the category sets one.
	 *
	 * @param categoryCode the category (minor class code)
	 * @param stage the stage
	 * @param urgent whether the urgent (紧急件) limit is asked for
	 */
	Optional<TimeLimit> limit(String categoryCode, Stage stage, boolean urgent);
}
