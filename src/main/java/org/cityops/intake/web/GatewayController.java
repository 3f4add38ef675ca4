package org.cityops.intake.web;

import java.util.ArrayList;
import java.util.List;

import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.intake.internal.GatewaySystems;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.intake.internal.ReportChecks;
import org.cityops.intake.internal.WebhookCallers;
import org.cityops.intake.internal.WebhookCallers.Caller;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/intake/gateway/{system}/cases}: the coordination gateway (业务协同网关) through
 * which the 13 linked systems hand cases over. The same (system, externalId) never makes two cases.
 */
@RestController
class GatewayController {

	private final WebhookCallers callers;
	private final ReportChecks checks;
	private final CaseTriage triage;

	GatewayController(WebhookCallers callers, ReportChecks checks, CaseTriage triage) {
		this.callers = callers;
		this.checks = checks;
		this.triage = triage;
	}

	/** A case handed over by a linked system; {@code externalId} is its id there. */
	record GatewayCase(String externalId, String category, String description, Double lat, Double lng,
			String address, String reportedAt, CaseReport.ReporterPart reporter, List<String> attachments,
			Boolean urgent, List<String> tags) {
	}

	@GetMapping("/api/intake/gateway/systems")
	List<GatewaySystems.GatewaySystem> systems() {
		return GatewaySystems.ALL;
	}

	@PostMapping("/api/intake/gateway/{system}/cases")
	ResponseEntity<OpenedCase> handOver(@PathVariable String system, @RequestBody GatewayCase handed,
			@RequestHeader(name = WebhookCallers.HEADER, required = false) String apiKey, Authentication user) {
		Caller caller = callers.of(apiKey, user);
		GatewaySystems.byCode(system).orElseThrow(() -> new NotFoundException("system",
				"no linked system '" + system + "'; GET /api/intake/gateway/systems lists them"));
		caller.mayReportAs(system);
		List<FieldProblem> problems = new ArrayList<>();
		boolean identified = handed.externalId() != null && !handed.externalId().isBlank();
		if (!identified) {
			problems.add(new FieldProblem("externalId", "is required: the case's id in " + system));
		}
		CaseReport.ReporterPart reporter = handed.reporter();
		NewCase report = AlertController.checkAll(problems, () -> checks.check(new ReportChecks.Raw(
				Channel.GATEWAY.name(), handed.category(), handed.description(), handed.lat(), handed.lng(),
				handed.address(), handed.reportedAt(), reporter == null ? null : reporter.name(),
				reporter == null ? null : reporter.phone(), null, identified ? system : null, handed.externalId(),
				handed.attachments(),
				Boolean.TRUE.equals(handed.urgent()), handed.tags())));
		return OpenedCase.answer(triage.open(report, caller.actor()));
	}
}
