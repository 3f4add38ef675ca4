package org.cityops.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.cityops.directory.DutyPost;
import org.cityops.directory.PersonId;
import org.junit.jupiter.api.Test;

class DutyRotationUnitTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final LocalDate ANCHOR = LocalDate.of(2022, 2, 15);

	final List<PersonId> police = ids("ps", 3);
	final List<PersonId> emergency = ids("em", 2);
	final List<PersonId> leaders = ids("leader", 4);
	final DutyRotation rotation = new DutyRotation(ANCHOR, LocalTime.of(8, 30), SHANGHAI,
			Map.of(DutyPost.PUBLIC_SECURITY_CHIEF, police, DutyPost.EMERGENCY_CHIEF, emergency, DutyPost.CITY_LEADER,
					leaders));

	@Test
	void putsTheFirstOfEveryPoolOnDutyOnTheAnchorDay() {
		assertThat(rotation.onDuty(ANCHOR)).hasValue(Map.of(DutyPost.PUBLIC_SECURITY_CHIEF, police.get(0),
				DutyPost.EMERGENCY_CHIEF, emergency.get(0), DutyPost.CITY_LEADER, leaders.get(0)));
	}

	@Test
	void handsOverToTheNextInEachPoolEveryDayAndWrapsAround() {
		Map<DutyPost, PersonId> fourDaysLater = rotation.onDuty(ANCHOR.plusDays(4)).orElseThrow();
		assertThat(fourDaysLater.get(DutyPost.PUBLIC_SECURITY_CHIEF)).isEqualTo(police.get(1));
		assertThat(fourDaysLater.get(DutyPost.EMERGENCY_CHIEF)).isEqualTo(emergency.get(0));
		assertThat(fourDaysLater.get(DutyPost.CITY_LEADER)).isEqualTo(leaders.get(0));
	}

	@Test
	void answersDatesBeforeTheAnchorToo() {
		Map<DutyPost, PersonId> dayBefore = rotation.onDuty(ANCHOR.minusDays(1)).orElseThrow();
		assertThat(dayBefore.get(DutyPost.PUBLIC_SECURITY_CHIEF)).isEqualTo(police.get(2));
		assertThat(dayBefore.get(DutyPost.CITY_LEADER)).isEqualTo(leaders.get(3));
	}

	@Test
	void keepsYesterdaysTeamOnDutyUntilTheMorningHandover() {
		LocalDate day = LocalDate.of(2026, 11, 28);
		Instant beforeHandover = day.atTime(8, 29).atZone(SHANGHAI).toInstant();
		Instant atHandover = day.atTime(8, 30).atZone(SHANGHAI).toInstant();
		assertThat(rotation.dutyDate(beforeHandover)).isEqualTo(day.minusDays(1));
		assertThat(rotation.dutyDate(atHandover)).isEqualTo(day);
		assertThat(rotation.start(day)).isEqualTo(atHandover);
	}

	@Test
	void hasNoTeamWhenAPostHasNobody() {
		DutyRotation incomplete = new DutyRotation(ANCHOR, LocalTime.of(8, 30), SHANGHAI,
				Map.of(DutyPost.PUBLIC_SECURITY_CHIEF, police, DutyPost.EMERGENCY_CHIEF, emergency));
		assertThat(incomplete.onDuty(ANCHOR)).isEmpty();
	}

	private static List<PersonId> ids(String prefix, int count) {
		return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> PersonId.derivedFrom(prefix + i)).toList();
	}
}
