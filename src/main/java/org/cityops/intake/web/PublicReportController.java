package org.cityops.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement.Opened;
import org.cityops.intake.internal.CitizenReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public citizen report (no login): report, follow by receipt, rate once closed. What it
 * answers is safe to show anyone holding the receipt: no staff names or phones, nothing about the
 * reporter.
 */
@RestController
class PublicReportController {

	private final CitizenReports reports;
	private final PublicStatuses statuses;

	PublicReportController(CitizenReports reports, PublicStatuses statuses) {
		this.reports = reports;
		this.statuses = statuses;
	}

	/**
	 * A citizen's report.
	 *
	 * @param category the minor class code, optional (the centre categorises what is left out)
	 */
	record PublicReport(String category, String description, Double lat, Double lng, String address,
			CaseReport.ReporterPart reporter, List<String> attachments) {
	}

	/** The answer to a report: the receipt to follow it with. */
	record Receipt(String receipt, String state, String stateLabel, Instant reportedAt, String follow) {
	}

	/** The reporter's rating; {@code phoneLast4} proves they made the report. */
	record Evaluation(Integer satisfaction, String phoneLast4, String comment) {
	}

	@PostMapping("/api/public/reports")
	ResponseEntity<Receipt> report(@RequestBody PublicReport report,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request) {
		CaseReport.ReporterPart reporter = report.reporter();
		Opened opened = reports.submit(new CitizenReports.Submission(report.category(), report.description(),
				report.lat(), report.lng(), report.address(), reporter == null ? null : reporter.name(),
				reporter == null ? null : reporter.phone(), report.attachments(), idempotencyKey),
				request.getRemoteAddr());
		CaseDetails details = opened.details();
		String follow = "/api/public/reports/" + details.receipt();
		Receipt receipt = new Receipt(details.receipt(), details.state().name(), details.state().label(),
				details.reportedAt(), follow);
		if (!opened.created()) {
			return ResponseEntity.ok().header("Idempotent-Replay", "true").body(receipt);
		}
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(follow)).body(receipt);
	}

	@GetMapping("/api/public/reports/{receipt}")
	PublicStatuses.PublicStatus follow(@PathVariable String receipt) {
		return statuses.of(reports.follow(receipt));
	}

	@PostMapping("/api/public/reports/{receipt}/evaluation")
	PublicStatuses.PublicStatus evaluate(@PathVariable String receipt, @RequestBody Evaluation evaluation) {
		return statuses.of(reports.evaluate(receipt, evaluation.satisfaction(), evaluation.phoneLast4(),
				evaluation.comment()));
	}
}
