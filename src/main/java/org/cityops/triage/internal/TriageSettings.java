package org.cityops.triage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of triage ({@code cityops.triage.*}).
 *
 * @param catalogueRefresh how old the in-memory copy of the catalogue may grow before it is read
 *        again, so that an edit made on another node shows up here
 * @param minConfidence below this probability of its best category the classifier's choice is not
 *        used: the case goes to the centre's human triage queue with the suggestions
 * @param repeatWindow how far back an earlier case of the same category counts as the same complaint
 * @param repeatRadius metres within which an earlier case is at the same place
 */
@ConfigurationProperties("cityops.triage")
public record TriageSettings(@DefaultValue("PT1M") Duration catalogueRefresh,
		@DefaultValue("0.3") double minConfidence,
		@DefaultValue("P30D") Duration repeatWindow,
		@DefaultValue("100") double repeatRadius) {
}
