package org.cityops.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimeLimitUnitTests {

	@Test
	void readsWorkingHoursWorkingDaysAndWallClock() {
		assertThat(TimeLimit.parse("8h")).isEqualTo(new TimeLimit(8, TimeLimit.Unit.WORKING_HOURS));
		assertThat(TimeLimit.parse("5d")).isEqualTo(new TimeLimit(5, TimeLimit.Unit.WORKING_DAYS));
		assertThat(TimeLimit.parse("PT20M").duration()).isEqualTo(Duration.ofMinutes(20));
	}

	@Test
	void writesBackTheSameNotation() {
		for (String notation : new String[] { "8h", "5d", "PT20M", "PT24H", "PT1M" }) {
			assertThat(TimeLimit.parse(notation)).hasToString(notation);
		}
	}

	@Test
	void refusesTextThatIsNoTimeLimit() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("2 days"));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("0h"));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.parse("8H"));
	}

	@Test
	void workingTimeHasNoWallClockDuration() {
		assertThat(TimeLimit.parse("8h").wallClock()).isFalse();
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
				.isThrownBy(() -> TimeLimit.parse("8h").duration());
	}
}
