package org.cityops.directory.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The centre's duty roster.
 *
 * @param anchor the day the rotation counts from (position 0 of every pool is on duty); defaults to
 * 2022-02-15, the day 龙港市社会治理中心 started operating
 * @param handover when one duty day hands over to the next, local time
 */
@ConfigurationProperties("cityops.directory.roster")
public record RosterSettings(@DefaultValue("2022-02-15") LocalDate anchor, @DefaultValue("08:30") LocalTime handover) {
}
