package org.cityops.sla.internal;

import java.util.List;
import java.util.Optional;

import org.cityops.sla.CategoryTimeLimits;
import org.cityops.sla.SlaMode;
import org.cityops.sla.Stage;
import org.cityops.sla.TimeLimit;

/**
 * Which limit a stage gets. Wartime: the "1220" limits whatever the category. Normal time, first
 * match wins: the category's limit in properties, the category's limit from a
 * {@link CategoryTimeLimits} bean, the default limit. An urgent case without an urgent limit at any
 * of these levels gets the standard one.
 */
final class TimeLimitPolicy {

	private final SlaSettings.WartimeLimits wartime;
	private final SlaSettings.NormalLimits normal;
	private final List<CategoryTimeLimits> categories;

	TimeLimitPolicy(SlaSettings.WartimeLimits wartime, SlaSettings.NormalLimits normal,
			List<CategoryTimeLimits> categories) {
		this.wartime = wartime;
		this.normal = normal;
		this.categories = List.copyOf(categories);
	}

	TimeLimit limit(SlaMode mode, Stage stage, String categoryCode, boolean urgent) {
		if (mode == SlaMode.WARTIME) {
			return wartime.limit(stage);
		}
		if (urgent) {
			Optional<TimeLimit> urgentLimit = normalLimit(stage, categoryCode, true);
			if (urgentLimit.isPresent()) {
				return urgentLimit.get();
			}
		}
		return normalLimit(stage, categoryCode, false).orElseThrow();
	}

	/** Whether the limit counts from the dispatch rather than from the start of the stage. */
	boolean countsFromDispatch(SlaMode mode, Stage stage) {
		return mode == SlaMode.WARTIME && SlaSettings.WartimeLimits.countsFromDispatch(stage);
	}

	private Optional<TimeLimit> normalLimit(Stage stage, String categoryCode, boolean urgent) {
		if (categoryCode != null) {
			SlaSettings.StageLimits configured = normal.categories().get(categoryCode);
			if (configured != null && configured.get(stage, urgent) != null) {
				return Optional.of(configured.get(stage, urgent));
			}
			for (CategoryTimeLimits source : categories) {
				Optional<TimeLimit> fromCategory = source.limit(categoryCode, stage, urgent);
				if (fromCategory.isPresent()) {
					return fromCategory;
				}
			}
		}
		return Optional.ofNullable((urgent ? normal.urgent() : normal.standard()).get(stage));
	}
}
