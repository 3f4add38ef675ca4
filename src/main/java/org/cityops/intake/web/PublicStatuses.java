package org.cityops.intake.web;

import java.time.Instant;
import java.util.List;

import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseState;
import org.cityops.intake.internal.CitizenReports;
import org.cityops.sla.StageDeadline;
import org.cityops.triage.Categories;
import org.springframework.stereotype.Component;

/**
 * What anyone holding a receipt may see of a case: where it stands, when each step happened and by
 * when the current step is due. Deliberately leaves out the description, address, reporter, staff
 * names, notes and reasons.
 */
@Component
class PublicStatuses {

	private final Categories categories;

	PublicStatuses(Categories categories) {
		this.categories = categories;
	}

	/**
	 * A case as its receipt shows it.
	 *
	 * @param expectedBy when the current step is due, {@code null} when none runs
	 * @param evaluable whether the reporter may rate it now
	 */
	record PublicStatus(String receipt, String state, String stateLabel, Category category, Instant reportedAt,
			Instant expectedBy, Instant closedAt, Integer satisfaction, boolean evaluable, List<Step> timeline) {
	}

	record Category(String code, String name) {
	}

	/** One step: what was done and what state it led to. */
	record Step(Instant at, String action, String actionLabel, String state, String stateLabel) {
	}

	PublicStatus of(CaseDetails details) {
		Category category = details.categoryCode() == null ? null
				: new Category(details.categoryCode(), categories.byCode(details.categoryCode())
						.map(org.cityops.triage.Category::name).orElse(null));
		Instant expectedBy = details.state().finished() ? null
				: details.deadlines().stream().filter(deadline -> deadline.completedAt() == null)
						.map(StageDeadline::dueAt).min(Instant::compareTo).orElse(null);
		List<Step> steps = details.timeline().stream()
				.map(entry -> new Step(entry.at(), entry.action().name(), entry.action().label(), name(entry.to()),
						entry.to() == null ? null : entry.to().label()))
				.toList();
		return new PublicStatus(details.receipt(), details.state().name(), details.state().label(), category,
				details.reportedAt(), expectedBy, details.closedAt(), details.satisfaction(),
				CitizenReports.evaluable(details), steps);
	}

	private static String name(CaseState state) {
		return state == null ? null : state.name();
	}
}
