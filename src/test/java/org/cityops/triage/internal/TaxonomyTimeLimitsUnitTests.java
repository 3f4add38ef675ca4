package org.cityops.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cityops.sla.TimeLimit;
import org.junit.jupiter.api.Test;

class TaxonomyTimeLimitsUnitTests {

	@Test
	void carriesEachNotationOverToTheSameLimit() {
		assertThat(TaxonomyTimeLimits.toSla(org.cityops.triage.TimeLimit.parse("4h")))
				.isEqualTo(TimeLimit.working(Duration.ofHours(4)));
		assertThat(TaxonomyTimeLimits.toSla(org.cityops.triage.TimeLimit.parse("3d"))).isEqualTo(TimeLimit.workingDays(3));
		assertThat(TaxonomyTimeLimits.toSla(org.cityops.triage.TimeLimit.parse("PT20M")))
				.isEqualTo(TimeLimit.elapsed(Duration.ofMinutes(20)));
	}
}
