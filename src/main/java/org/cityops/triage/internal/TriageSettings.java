package org.cityops.triage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the triage catalogue.
 *
 * @param catalogueRefresh how old the in-memory copy of the catalogue may grow before it is read
 *        again, so that an edit made on another node shows up here
 */
@ConfigurationProperties("cityops.triage")
public record TriageSettings(@DefaultValue("PT1M") Duration catalogueRefresh) {
}
