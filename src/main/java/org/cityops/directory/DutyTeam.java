package org.cityops.directory;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who is on duty at the centre for one duty day (from one handover to the next).
 *
 * @param dutyDate the date the duty day starts on
 * @param from when the duty starts (the handover on {@code dutyDate})
 * @param until when the next team takes over
 * @param publicSecurityChief the public-security duty chief (公安值班长)
 * @param emergencyChief the emergency duty chief (应急值班长)
 * @param cityLeader the city leader on duty (值班市领导)
 */
public record DutyTeam(LocalDate dutyDate, Instant from, Instant until, Person publicSecurityChief,
		Person emergencyChief, Person cityLeader) {
}
