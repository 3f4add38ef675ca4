package org.cityops.intake.web;

import org.cityops.directory.Role;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.CurrentActor;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.intake.internal.ReportChecks;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases}: one door into the pool for operators, grid workers, citizens, sensors
 * and other systems. A repeated report (same source system and external id) answers 200 with the
 * case it already made.
 */
@RestController
class CaseIntakeController {

	private final ReportChecks checks;
	private final CaseTriage triage;
	private final CurrentActor actors;

	CaseIntakeController(ReportChecks checks, CaseTriage triage, CurrentActor actors) {
		this.checks = checks;
		this.triage = triage;
		this.actors = actors;
	}

	@PostMapping("/api/cases")
	ResponseEntity<OpenedCase> report(@RequestBody CaseReport report, Authentication user) {
		CaseReport.ReporterPart reporter = report.reporter();
		CaseReport.SourcePart source = report.source();
		Actor actor = actors.of(user);
		NewCase checked = checks.check(new ReportChecks.Raw(report.channel(), report.category(), report.description(),
				report.lat(), report.lng(), report.address(), report.reportedAt(),
				reporter == null ? null : reporter.name(), reporter == null ? null : reporter.phone(),
				actor.has(Role.CITIZEN) ? actor.username() : null, source == null ? null : source.system(),
				source == null ? null : source.externalId(), report.attachments(), Boolean.TRUE.equals(report.urgent()),
				report.tags()));
		mayReportThrough(checked.channel(), actor);
		return OpenedCase.answer(triage.open(checked, actor));
	}

	/** Operators take hotline calls, grid staff report patrols, the centre relays sensors and other systems. */
	private static void mayReportThrough(Channel channel, Actor actor) {
		if (actor.has(Role.ADMINISTRATOR)) {
			return;
		}
		boolean allowed = switch (channel) {
			case HOTLINE, SENSOR, GATEWAY -> actor.has(Role.DISPATCHER);
			case PATROL -> actor.has(Role.GRID_WORKER) || actor.has(Role.GRID_LEADER);
			case CITIZEN -> true;
		};
		if (!allowed) {
			throw new AccessDeniedException("Your role may not report through the " + channel + " channel");
		}
	}
}
