package org.cityops.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.intake.internal.IntakeSettings;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.intake.internal.ReportChecks;
import org.cityops.intake.internal.WebhookCallers;
import org.cityops.intake.internal.WebhookCallers.Caller;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/intake/alerts}: IoT sensors and video-AI algorithms raise alerts (crowd gathering,
 * road occupation, …). The alert type picks the category ({@code cityops.intake.alert-types}); the
 * same (system, alertId) never makes two cases.
 */
@RestController
class AlertController {

	private final WebhookCallers callers;
	private final ReportChecks checks;
	private final CaseTriage triage;
	private final Categories categories;
	private final IntakeSettings settings;

	AlertController(WebhookCallers callers, ReportChecks checks, CaseTriage triage, Categories categories,
			IntakeSettings settings) {
		this.callers = callers;
		this.checks = checks;
		this.triage = triage;
		this.categories = categories;
		this.settings = settings;
	}

	/**
	 * An alert.
	 *
	 * @param system the platform that raised it (defaults to the API key's system)
	 * @param alertId its id there
	 * @param type e.g. {@code crowd-gathering}, {@code road-occupation}
	 * @param occurredAt ISO-8601 with offset; defaults to now
	 * @param confidence the algorithm's confidence 0–1, if any
	 * @param attachments snapshot or clip references
	 */
	record Alert(String system, String alertId, String type, Double lat, Double lng, String address,
			String description, String occurredAt, Double confidence, List<String> attachments) {
	}

	@PostMapping("/api/intake/alerts")
	ResponseEntity<OpenedCase> alert(@RequestBody Alert alert,
			@RequestHeader(name = WebhookCallers.HEADER, required = false) String apiKey, Authentication user) {
		Caller caller = callers.of(apiKey, user);
		String system = alert.system() == null || alert.system().isBlank() ? caller.system() : alert.system().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (system == null) {
			problems.add(new FieldProblem("system", "is required: the platform that raised the alert"));
		}
		boolean identified = alert.alertId() != null && !alert.alertId().isBlank();
		if (!identified) {
			problems.add(new FieldProblem("alertId", "is required: the alert's id in its system"));
		}
		Category category = category(alert.type(), problems);
		if (alert.confidence() != null && !(alert.confidence() >= 0 && alert.confidence() <= 1)) {
			problems.add(new FieldProblem("confidence", "must be between 0 and 1"));
		}
		NewCase report = checkAll(problems, () -> checks.check(new ReportChecks.Raw(Channel.SENSOR.name(),
				category == null ? null : category.code(), description(alert, category), alert.lat(), alert.lng(),
				alert.address(), alert.occurredAt(), null, null, null, identified ? system : null, alert.alertId(),
				alert.attachments(), false, category == null ? List.of() : List.of("alert:" + tag(alert.type())))));
		caller.mayReportAs(system);
		return OpenedCase.answer(triage.open(report, caller.actor()));
	}

	private static String tag(String type) {
		return type.strip().toLowerCase(Locale.ROOT);
	}

	private Category category(String type, List<FieldProblem> problems) {
		String code = type == null ? null : settings.alertTypes().get(tag(type));
		if (code == null) {
			List<String> known = settings.alertTypes().keySet().stream().sorted().toList();
			problems.add(new FieldProblem("type", "must be one of " + known));
			return null;
		}
		return categories.byCode(code).orElse(null);
	}

	private static String description(Alert alert, Category category) {
		if (alert.description() != null && !alert.description().isBlank()) {
			return alert.description();
		}
		String what = category == null ? "alert" : category.name();
		String confidence = alert.confidence() == null ? ""
				: String.format(Locale.ROOT, "（置信度 %.2f）", alert.confidence());
		return "智能感知告警：" + what + confidence;
	}

	/** Runs the common checks and reports their problems together with the alert's own. */
	static NewCase checkAll(List<FieldProblem> problems, Supplier<NewCase> check) {
		try {
			NewCase report = check.get();
			if (problems.isEmpty()) {
				return report;
			}
		}
		catch (InvalidInputException e) {
			problems.addAll(e.problems());
		}
		throw new InvalidInputException(problems);
	}
}
