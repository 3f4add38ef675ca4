package org.cityops.triage.internal;

import java.time.Duration;
import java.util.Optional;

import org.cityops.sla.CategoryTimeLimits;
import org.cityops.sla.Stage;
import org.cityops.sla.TimeLimit;
import org.cityops.triage.Categories;
import org.springframework.stereotype.Component;

/**
 * Gives the time-limit module each category's normal and urgent limits from the taxonomy, so that
 * a category's limits are edited in one place (the catalogue) and not repeated in properties.
 */
@Component
class TaxonomyTimeLimits implements CategoryTimeLimits {

	private final Categories categories;

	TaxonomyTimeLimits(Categories categories) {
		this.categories = categories;
	}

	@Override
	public Optional<TimeLimit> limit(String categoryCode, Stage stage, boolean urgent) {
		return categories.byCode(categoryCode)
				.map(category -> category.limits(urgent).of(org.cityops.triage.Stage.valueOf(stage.name())))
				.map(TaxonomyTimeLimits::toSla);
	}

	static TimeLimit toSla(org.cityops.triage.TimeLimit limit) {
		return switch (limit.unit()) {
			case WORKING_HOURS -> TimeLimit.working(Duration.ofHours(limit.amount()));
			case WORKING_DAYS -> TimeLimit.workingDays(limit.amount());
			case SECONDS -> TimeLimit.elapsed(Duration.ofSeconds(limit.amount()));
		};
	}
}
