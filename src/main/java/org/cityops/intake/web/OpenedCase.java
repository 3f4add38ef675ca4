package org.cityops.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement.Opened;
import org.cityops.dispatch.CaseDetails.Area;
import org.cityops.dispatch.CaseDetails.Assignee;
import org.cityops.sla.StageDeadline;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The answer to a report: where the case went and by when each running stage is due.
 */
record OpenedCase(String id, String receipt, String state, String channel, String category, Area microGrid,
		Area grid, Area community, Area township, Area county, Assignee assignee, String duplicateOf,
		List<Deadline> deadlines, String routing) {

	/** 201 with the new case, or 200 with the first case when the report repeated one. */
	static ResponseEntity<OpenedCase> answer(Opened opened) {
		OpenedCase body = of(opened.details());
		if (!opened.created()) {
			return ResponseEntity.ok().header("Idempotent-Replay", "true").body(body);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/cases/" + body.id())).body(body);
	}

	static OpenedCase of(CaseDetails details) {
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
				details.duplicateOf() == null ? null : details.duplicateOf().value(), deadlines, routing);
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
