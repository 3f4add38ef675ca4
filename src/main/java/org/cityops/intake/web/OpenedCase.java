package org.cityops.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement.Opened;
import org.cityops.dispatch.CaseDetails.Area;
import org.cityops.dispatch.CaseDetails.Assignee;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.sla.StageDeadline;
import org.cityops.triage.Assessment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a report: where the case went and by when each running stage is due.
 */
record OpenedCase(String id, String receipt, String state, String channel, String category, Area microGrid,
		Area grid, Area community, Area township, Area county, Assignee assignee, String duplicateOf,
		List<Deadline> deadlines, String routing, boolean urgent, Set<String> tags, Triage triage) {

	/** 201 with the new case, or 200 with the first case when the report repeated one. */
	static ResponseEntity<OpenedCase> answer(CaseTriage.Outcome outcome) {
		Opened opened = outcome.opened();
		OpenedCase body = of(opened.details(), outcome.assessment());
		if (!opened.created()) {
			return ResponseEntity.ok().header("Idempotent-Replay", "true").body(body);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + body.id())).body(body);
	}

	/**
	 * @param assessment triage's assessment of this report, {@code null} for a repeated report or a
	 * case not just opened
	 */
	static OpenedCase of(CaseDetails details, Assessment assessment) {
		CaseDetails.Place place = details.place();
		List<Deadline> deadlines = details.deadlines().stream()
				.filter(deadline -> deadline.completedAt() == null)
				.map(Deadline::of)
				.toList();
		String routing = details.routing().isEmpty() ? null
				: details.routing().get(details.routing().size() - 1).reason();
		return new OpenedCase(details.id().value(), details.receipt(), details.state().name(), details.channel().name(),
				details.categoryCode(), place == null ? null : place.microGrid(), place == null ? null : place.grid(),
				place == null ? null : place.community(), place == null ? null : place.township(),
				place == null ? null : place.county(), details.assignee(),
				details.duplicateOf() == null ? null : details.duplicateOf().value(), deadlines, routing,
				details.urgent(), details.tags(), assessment == null ? null : Triage.of(assessment));
	}

	/**
	 * What triage decided.
	 *
	 * @param decision GIVEN, AUTOMATIC or HUMAN_TRIAGE
	 * @param confidence the classifier's probability for its best category, if it ran
	 * @param reason why
	 * @param suggestions the classifier's top three categories with confidence
	 * @param risks risks found in the text (the case is then urgent and the duty chiefs alerted)
	 */
	record Triage(String decision, Double confidence, String reason, List<Assessment.Suggestion> suggestions,
			List<Assessment.Risk> risks) {

		static Triage of(Assessment assessment) {
			return new Triage(assessment.decision().name(), assessment.confidence(), assessment.reason(),
					assessment.suggestions(), assessment.risks());
		}
	}

	/**
	 * A running stage clock.
	 *
	 * @param stage the stage
	 * @param mode NORMAL or WARTIME
	 * @param limit the limit, e.g. {@code PT1M} or {@code 4wh}
	 * @param warningAt when the warning fires
	 * @param dueAt when the stage is due
	 */
	record Deadline(String stage, String mode, String limit, Instant warningAt, Instant dueAt) {

		static Deadline of(StageDeadline deadline) {
			return new Deadline(deadline.stage().name(), deadline.mode().name(), deadline.limit().toString(),
					deadline.warningAt(), deadline.dueAt());
		}
	}
}
