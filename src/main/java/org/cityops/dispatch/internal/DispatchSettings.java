package org.cityops.dispatch.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How cases are routed, linked and escalated ({@code cityops.dispatch.*}).
 *
 * @param centreUnit the command centre that takes cases no rule can route (the manual queue)
 * @param autoDispatch accept and dispatch routed cases at once (智能分拨); otherwise the centre does
 * @param duplicateRadius metres within which an open case of the same category is the same matter
 * @param duplicateWindow how far back an open case may have been received to count as the same matter
 * @param breachesBeforeEscalation missed normal-time deadlines of a case before it goes to the centre
 * (in wartime the first breach escalates)
 * @param returnsBeforeEscalation returns of a case before it goes to the centre
 * @param arrivalRadius metres from the case a worker's reported position may be on arrival
 * @param escalatingTags tags that send a case to the centre as soon as it arrives
 */
@ConfigurationProperties("cityops.dispatch")
record DispatchSettings(@DefaultValue("330383-CENTRE") String centreUnit,
		@DefaultValue("true") boolean autoDispatch,
		@DefaultValue("100") double duplicateRadius,
		@DefaultValue("PT24H") Duration duplicateWindow,
		@DefaultValue("2") int breachesBeforeEscalation,
		@DefaultValue("2") int returnsBeforeEscalation,
		@DefaultValue("300") double arrivalRadius,
		@DefaultValue({ "difficult", "collaborative", "one-thing" }) List<String> escalatingTags) {
}
