package org.cityops.sla;

import java.time.Instant;

/**
 * A switch of an area between normal time and wartime, as recorded.
 *
 * @param area the division code switched (the city 330300, a county, a township or a community)
 * @param mode the mode switched to
 * @param switchedAt when
 * @param switchedBy who (the user name)
 * @param reason why, or {@code null}
 */
public record AreaModeSwitch(String area, SlaMode mode, Instant switchedAt, String switchedBy, String reason) {
}
