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
 */
public record CaseFilter(Set<CaseState> states, String categoryCode, String area, Channel channel, String tag,
		String text, String assigneeUnit, boolean openOnly, Set<String> visibleAreas) {
}
