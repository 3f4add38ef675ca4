package org.cityops.intake.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cityops.dispatch.ActionInput;
import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseManagement.Opened;
import org.cityops.dispatch.CaseState;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The public citizen report: anyone may report without a login, within a budget per client address
 * and per phone number; the receipt lets them follow the case, and the receipt with the last four
 * digits of their phone lets them rate it once it is closed.
 */
@Service
public class CitizenReports {

	/** The system name of public reports that carry an {@code Idempotency-Key}. */
	public static final String PUBLIC_WEB = "public-web";
	private static final Duration DAY = Duration.ofDays(1);
	private static final int MAX_COMMENT = 500;

	private final ReportChecks checks;
	private final CaseManagement pool;
	private final CaseTriage triage;
	private final RateLimits limits;
	private final IntakeSettings settings;

	CitizenReports(ReportChecks checks, CaseManagement pool, CaseTriage triage, RateLimits limits,
			IntakeSettings settings) {
		this.triage = triage;
		this.checks = checks;
		this.pool = pool;
		this.limits = limits;
		this.settings = settings;
	}

	/**
	 * A report as the public form sends it.
	 *
	 * @param idempotencyKey the client's key for this report, so that a retried POST makes no second case
	 */
	public record Submission(String category, String description, Double lat, Double lng, String address,
			String reporterName, String reporterPhone, List<String> attachments, String idempotencyKey) {
	}

	/** Checks, rate-limits and opens a citizen report. */
	public Opened submit(Submission submission, String clientAddress) {
		boolean noPhone = submission.reporterPhone() == null || submission.reporterPhone().isBlank();
		FieldProblem phoneMissing = FieldProblem.coded("reporter.phone", "problem.report.phoneRequired",
				"is required: the centre calls back, and the last four digits let you rate the result");
		if (noPhone) {
			// Name every other problem of the report too, so that a form can show them all at once.
			List<FieldProblem> problems = new ArrayList<>(List.of(phoneMissing));
			try {
				checks.check(new ReportChecks.Raw(Channel.CITIZEN.name(), submission.category(),
						submission.description(), submission.lat(), submission.lng(), submission.address(), null,
						submission.reporterName(), null, null, null, null, submission.attachments(), false, List.of()));
			}
			catch (InvalidInputException others) {
				problems.addAll(others.problems());
			}
			throw new InvalidInputException(problems);
		}
		boolean keyed = submission.idempotencyKey() != null && !submission.idempotencyKey().isBlank();
		// Scoped by the phone, so that a guessed key never answers someone else's receipt.
		String externalId = keyed ? ApiKeys.hash(submission.reporterPhone().strip() + "|"
				+ submission.idempotencyKey().strip()).substring(0, 40) : null;
		NewCase report = checks.check(new ReportChecks.Raw(Channel.CITIZEN.name(), submission.category(),
				submission.description(), submission.lat(), submission.lng(), submission.address(), null,
				submission.reporterName(), submission.reporterPhone(), null, keyed ? PUBLIC_WEB : null, externalId,
				submission.attachments(), false, List.of()));
		take("client", clientAddress, settings.reportsPerClient(), "too many reports from your network; try later");
		take("phone", report.reporter().phone(), settings.reportsPerPhone(),
				"too many reports from this phone number; try later");
		return triage.open(report, new Actor("public", null, null, Set.of())).opened();
	}

	/** The case a receipt follows. */
	public CaseDetails follow(String receipt) {
		String normalized = receipt == null ? "" : receipt.strip().toUpperCase(Locale.ROOT);
		if (normalized.length() > 20) {
			throw new NotFoundException("receipt", "no report with receipt " + receipt);
		}
		return pool.findByReceipt(normalized)
				.orElseThrow(() -> new NotFoundException("receipt", "no report with receipt " + receipt));
	}

	/** Whether the reporter may rate the case now. */
	public static boolean evaluable(CaseDetails details) {
		return details.state() == CaseState.CLOSED && details.reporter().reachable();
	}

	/**
	 * Rates a closed case for its reporter.
	 *
	 * @param phoneLast4 the last four digits of the phone the reporter gave
	 */
	public CaseDetails evaluate(String receipt, Integer satisfaction, String phoneLast4, String comment) {
		CaseDetails details = follow(receipt);
		if (phoneLast4 == null || !phoneLast4.strip().matches("\\d{4}")) {
			throw new InvalidInputException(FieldProblem.coded("phoneLast4", "problem.report.phoneLast4",
					"give the last four digits of the phone you reported with"));
		}
		if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
			throw new InvalidInputException(
					List.of(FieldProblem.coded("satisfaction", "problem.action.satisfaction", "must be a whole number from 1 to 5")));
		}
		if (comment != null && comment.length() > MAX_COMMENT) {
			throw new InvalidInputException(FieldProblem.coded("comment", "problem.text.tooLong",
					"must be at most " + MAX_COMMENT + " characters", String.valueOf(MAX_COMMENT)));
		}
		// Four digits are few: every receipt gets only a handful of tries a day.
		if (!limits.take(RateLimits.bucket("evaluation", details.receipt()), settings.evaluationAttempts(),
				DAY)) {
			throw new IntakeRefusal(HttpStatus.TOO_MANY_REQUESTS, "phoneLast4",
					"too many attempts for this receipt; try tomorrow",
					RateLimits.retryAfter(settings.evaluationAttempts(), DAY));
		}
		String digits = details.reporter().phone() == null ? "" : details.reporter().phone().replaceAll("\\D", "");
		if (digits.length() < 4 || !digits.endsWith(phoneLast4.strip())) {
			throw new IntakeRefusal(HttpStatus.FORBIDDEN, "phoneLast4",
					"does not match the phone this report was made with");
		}
		ActionInput input = new ActionInput(comment == null || comment.isBlank() ? null : comment.strip(), null, null,
				null, null, null, satisfaction, null, null, null);
		return pool.act(details.id(), CaseAction.EVALUATE, input, Actor.reporterOf(details.id()));
	}

	private void take(String kind, String who, int capacity, String message) {
		if (!limits.take(RateLimits.bucket(kind, who == null ? "unknown" : who), capacity, settings.rateWindow())) {
			throw new IntakeRefusal(HttpStatus.TOO_MANY_REQUESTS, kind, message,
					RateLimits.retryAfter(capacity, settings.rateWindow()));
		}
	}
}
