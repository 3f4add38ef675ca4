package org.cityops.directory.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import org.cityops.directory.DutyTeam;

/**
 * The centre's duty team for one duty day.
 */
record DutyTeamView(LocalDate date, Instant from, Instant until, PersonView publicSecurityChief,
		PersonView emergencyChief, PersonView cityLeader, String notice) {

	static DutyTeamView of(DutyTeam team) {
		return new DutyTeamView(team.dutyDate(), team.from(), team.until(), PersonView.of(team.publicSecurityChief()),
				PersonView.of(team.emergencyChief()), PersonView.of(team.cityLeader()),
				PersonView.noticeFor(Arrays.asList(team.publicSecurityChief(), team.emergencyChief(), team.cityLeader())));
	}
}
