package org.cityops.dispatch;

import java.util.Set;

/**
 * What to list from the pool; {@code null} fields do not filter.
 *
 * @param states only cases in these states
 * @param categoryCode only this minor class (or, with two digits, this major class)
 * @param area only cases inside this division or grid
 * @param channel only cases from this channel
 * @param tag only cases with this tag
 * @param text words in the description or address
 * @param assigneeUnit only cases with this unit
 * @param openOnly only cases whose handling loop is open
 * @param visibleAreas the areas the asking user may see ({@code null}: everywhere)
 * @param overdueOnly only cases with a stage running past its due time now (超时)
 * @param sort the order of the list, {@code null} for {@link Sort#NEWEST}
 */
public record CaseFilter(Set<CaseState> states, String categoryCode, String area, Channel channel, String tag,
		String text, String assigneeUnit, boolean openOnly, Set<String> visibleAreas, boolean overdueOnly,
		Sort sort) {

	/** A filter without the overdue condition, newest first. */
	public CaseFilter(Set<CaseState> states, String categoryCode, String area, Channel channel, String tag,
			String text, String assigneeUnit, boolean openOnly, Set<String> visibleAreas) {
		this(states, categoryCode, area, channel, tag, text, assigneeUnit, openOnly, visibleAreas, false, null);
	}

	/** The order of a list from the pool; ties go to the higher case id. */
	public enum Sort {
		/** Received last first. */
		NEWEST,
		/** Received first first. */
		OLDEST,
		/** Urgent cases first, then newest. */
		URGENT,
		/** By state in lifecycle order, then newest. */
		STATE
	}
}
