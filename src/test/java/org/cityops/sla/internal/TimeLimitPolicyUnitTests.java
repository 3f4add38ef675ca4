package org.cityops.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cityops.sla.CategoryTimeLimits;
import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.TimeLimit;
import org.junit.jupiter.api.Test;

class TimeLimitPolicyUnitTests {

	static final SlaSettings.WartimeLimits WARTIME = new SlaSettings.WartimeLimits(Duration.ofMinutes(5),
			Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(20),
			Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofHours(1));

	static Map<Stage, TimeLimit> every(TimeLimit limit) {
		Map<Stage, TimeLimit> limits = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			limits.put(stage, limit);
		}
		return limits;
	}

	static final SlaSettings.NormalLimits NORMAL = new SlaSettings.NormalLimits(every(TimeLimit.of("2wh")),
			Map.of(Stage.HANDLE, TimeLimit.of("PT24H")),
			Map.of("0101", new SlaSettings.StageLimits(Map.of(Stage.HANDLE, TimeLimit.of("3wd")), null)));

	/** Stands in for the taxonomy: category 0202 closes within 10 working days, urgent in 2. */
	static final CategoryTimeLimits TAXONOMY = (category, stage, urgent) -> "0202".equals(category)
			|| ("0101".equals(category) && stage == Stage.HANDLE)
					? Optional.of(TimeLimit.workingDays(urgent ? 2 : 10))
					: Optional.empty();

	final TimeLimitPolicy policy = new TimeLimitPolicy(WARTIME, NORMAL, List.of(TAXONOMY));

	@Test
	void wartimeUsesThe1220LimitsWhateverTheCategory() {
		assertThat(policy.limit(SlaMode.WARTIME, Stage.SIGN, "0202", false)).isEqualTo(TimeLimit.of("PT1M"));
		assertThat(policy.limit(SlaMode.WARTIME, Stage.CONTACT, null, true)).isEqualTo(TimeLimit.of("PT2M"));
		assertThat(policy.limit(SlaMode.WARTIME, Stage.ARRIVE, null, false)).isEqualTo(TimeLimit.of("PT20M"));
	}

	@Test
	void wartimeSignContactAndOnSiteCountFromTheDispatch() {
		assertThat(policy.countsFromDispatch(SlaMode.WARTIME, Stage.SIGN)).isTrue();
		assertThat(policy.countsFromDispatch(SlaMode.WARTIME, Stage.ARRIVE)).isTrue();
		assertThat(policy.countsFromDispatch(SlaMode.WARTIME, Stage.HANDLE)).isFalse();
		assertThat(policy.countsFromDispatch(SlaMode.NORMAL, Stage.SIGN)).isFalse();
	}

	@Test
	void normalTimeUsesTheDefaultsForUnknownCategories() {
		assertThat(policy.limit(SlaMode.NORMAL, Stage.SIGN, "9999", false)).isEqualTo(TimeLimit.of("2wh"));
		assertThat(policy.limit(SlaMode.NORMAL, Stage.SIGN, null, false)).isEqualTo(TimeLimit.of("2wh"));
	}

	@Test
	void urgentCasesGetTheUrgentLimitOrElseTheStandardOne() {
		assertThat(policy.limit(SlaMode.NORMAL, Stage.HANDLE, null, true)).isEqualTo(TimeLimit.of("PT24H"));
		assertThat(policy.limit(SlaMode.NORMAL, Stage.SIGN, null, true)).isEqualTo(TimeLimit.of("2wh"));
	}

	@Test
	void theTaxonomyOverridesTheDefaults() {
		assertThat(policy.limit(SlaMode.NORMAL, Stage.CLOSE, "0202", false)).isEqualTo(TimeLimit.workingDays(10));
		assertThat(policy.limit(SlaMode.NORMAL, Stage.CLOSE, "0202", true)).isEqualTo(TimeLimit.workingDays(2));
	}

	@Test
	void propertiesOverrideTheTaxonomyForTheirCategory() {
		assertThat(policy.limit(SlaMode.NORMAL, Stage.HANDLE, "0101", false)).isEqualTo(TimeLimit.workingDays(3));
		assertThat(policy.limit(SlaMode.NORMAL, Stage.HANDLE, "0101", true))
				.as("no urgent property for 0101: the taxonomy's urgent limit").isEqualTo(TimeLimit.workingDays(2));
	}

	@Test
	void refusesSettingsWithoutALimitForEveryStage() {
		assertThatThrownBy(() -> new SlaSettings.NormalLimits(Map.of(Stage.SIGN, TimeLimit.of("1wh")), null, null))
				.hasMessageContaining("cityops.sla.normal.standard.accept");
	}

	@Test
	void readsLimitsInTheirPropertyForm() {
		assertThat(TimeLimit.of("30wm")).isEqualTo(TimeLimit.working(Duration.ofMinutes(30)));
		assertThat(TimeLimit.of("4wh")).isEqualTo(TimeLimit.working(Duration.ofHours(4)));
		assertThat(TimeLimit.of("3WD")).isEqualTo(TimeLimit.workingDays(3));
		assertThat(TimeLimit.of("PT20M")).isEqualTo(TimeLimit.elapsed(Duration.ofMinutes(20)));
		assertThat(TimeLimit.of("90wm")).hasToString("90wm");
		assertThat(TimeLimit.of("PT1M")).hasToString("PT1M");
		assertThatThrownBy(() -> TimeLimit.of("three days")).hasMessageContaining("3wd");
		assertThatThrownBy(() -> TimeLimit.of("PT0S")).isInstanceOf(IllegalArgumentException.class);
	}
}
