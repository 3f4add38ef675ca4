package org.cityops.intake.open311;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.cityops.dispatch.Actor;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CaseManagement.Opened;
import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.intake.internal.ApiKeys;
import org.cityops.intake.internal.ApiKeys.ApiKey;
import org.cityops.intake.internal.IntakeSettings;
import org.cityops.intake.internal.CaseTriage;
import org.cityops.intake.internal.ReportChecks;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: the case categories as services, and service
 * requests that enter the case pool. The format is the path's suffix ({@code .json} or {@code .xml}).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final Duration DEFAULT_RANGE = Duration.ofDays(90);
	private static final int MAX_RESULTS = 1000;

	private final CaseManagement pool;
	private final CaseTriage triage;
	private final Categories categories;
	private final ReportChecks checks;
	private final ApiKeys keys;
	private final Open311Requests requests;
	private final Open311Views views;
	private final IntakeSettings settings;
	private final JsonMapper json;
	private final Clock clock;

	Open311Controller(CaseManagement pool, CaseTriage triage, Categories categories, ReportChecks checks, ApiKeys keys,
			Open311Requests requests, Open311Views views, IntakeSettings settings, JsonMapper json, Clock clock) {
		this.clock = clock;
		this.pool = pool;
		this.triage = triage;
		this.categories = categories;
		this.checks = checks;
		this.keys = keys;
		this.requests = requests;
		this.views = views;
		this.settings = settings;
		this.json = json;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format, HttpServletRequest http) {
		String base = http.getRequestURL().toString().replaceFirst("/discovery\\.[^/]*$", "/");
		Map<String, Object> discovery = views.discovery(base, settings.jurisdiction());
		return answer(HttpStatus.OK, Open311Parameters.format(format), "discovery", discovery);
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(jurisdiction);
		return answer(HttpStatus.OK, checkedFormat, "services", views.services());
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(jurisdiction);
		Category category = categories.byCode(code)
				.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_code " + code + " not found"));
		return answer(HttpStatus.OK, checkedFormat, "service_definition", views.definition(category));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(params.getFirst("jurisdiction_id"));
		ApiKey key = keys.find(params.getFirst("api_key"))
				.orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "api_key is missing or not valid"));
		String serviceCode = params.getFirst("service_code");
		if (serviceCode == null || serviceCode.isBlank()) {
			throw new Open311Error(HttpStatus.BAD_REQUEST, "service_code: is required");
		}
		Category category = categories.byCode(serviceCode.strip())
				.orElseThrow(() -> new Open311Error(HttpStatus.BAD_REQUEST, "service_code: " + serviceCode
						+ " is not a service; GET services." + checkedFormat + " lists them"));
		NewCase report = checks.check(raw(params, category, key, idempotencyKey));
		Opened opened = triage.open(report, new Actor("open311:" + key.system(), null, null, Set.of())).opened();
		String caseId = opened.details().id().value();
		Open311Requests.Entry entry = requests.remember(new Open311Requests.Entry(caseId, UUID.randomUUID().toString(),
				key.system(), category.code(), opened.details().reportedAt()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("service_request_id", caseId);
		created.put("token", entry.token());
		created.put("service_notice", "受理回执 receipt " + opened.details().receipt());
		created.put("account_id", null);
		return answer(opened.created() ? HttpStatus.CREATED : HttpStatus.OK, checkedFormat, "service_requests",
				List.of(created));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> search(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(params.getFirst("jurisdiction_id"));
		List<String> ids = Open311Parameters.list(params.getFirst("service_request_id"));
		List<Open311Requests.Entry> found;
		Set<String> statuses = Open311Parameters.statuses(params.getFirst("status"));
		if (ids != null) {
			found = requests.search(ids, null, null, null, MAX_RESULTS);
		}
		else {
			Instant end = Open311Parameters.time("end_date", params.getFirst("end_date"));
			Instant start = Open311Parameters.time("start_date", params.getFirst("start_date"));
			if (start != null && end != null && Duration.between(start, end).compareTo(DEFAULT_RANGE) > 0) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "start_date to end_date may span at most 90 days");
			}
			if (start == null) {
				start = end == null ? null : end.minus(DEFAULT_RANGE);
			}
			if (start == null) {
				start = clock.instant().minus(DEFAULT_RANGE);
			}
			List<String> codes = Open311Parameters.list(params.getFirst("service_code"));
			found = requests.search(null, codes, start, end, MAX_RESULTS);
		}
		List<Map<String, Object>> answered = found.stream()
				.map(entry -> pool.find(new CaseId(entry.caseId())))
				.flatMap(Optional::stream)
				.filter(details -> statuses == null || statuses.contains(Open311Views.status(details.state())))
				.map(views::request)
				.toList();
		return answer(HttpStatus.OK, checkedFormat, "service_requests", answered);
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(jurisdiction);
		CaseDetails details = requests.byCase(id)
				.flatMap(entry -> pool.find(new CaseId(entry.caseId())))
				.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "service_request_id " + id + " not found"));
		return answer(HttpStatus.OK, checkedFormat, "service_requests", List.of(views.request(details)));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
		String checkedFormat = Open311Parameters.format(format);
		jurisdiction(jurisdiction);
		Open311Requests.Entry entry = requests.byToken(token)
				.orElseThrow(() -> new Open311Error(HttpStatus.NOT_FOUND, "token " + token + " not found"));
		Map<String, Object> answered = new LinkedHashMap<>();
		answered.put("service_request_id", entry.caseId());
		answered.put("token", entry.token());
		return answer(HttpStatus.OK, checkedFormat, "service_requests", List.of(answered));
	}

	private ReportChecks.Raw raw(MultiValueMap<String, String> params, Category category, ApiKey key,
			String idempotencyKey) {
		String description = params.getFirst("description");
		if (description == null || description.isBlank()) {
			description = category.name();
		}
		String name = String.join(" ", Arrays.asList(params.getFirst("first_name"), params.getFirst("last_name"))
				.stream().filter(part -> part != null && !part.isBlank()).map(String::strip).toList());
		String externalId = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
				: idempotencyKey.strip();
		List<String> media = params.getFirst("media_url") == null ? List.of() : List.of(params.getFirst("media_url"));
		return new ReportChecks.Raw(key.kind() == ApiKeys.Kind.SYSTEM ? Channel.GATEWAY.name() : Channel.CITIZEN.name(),
				category.code(), description, Open311Parameters.number("lat", params.getFirst("lat")),
				Open311Parameters.number("long", params.getFirst("long")), params.getFirst("address_string"), null,
				name.isEmpty() ? null : name, params.getFirst("phone"), null, key.system(), externalId, media, false,
				List.of());
	}

	private void jurisdiction(String jurisdiction) {
		if (jurisdiction == null || jurisdiction.isBlank()) {
			if (settings.requireJurisdiction()) {
				throw new Open311Error(HttpStatus.BAD_REQUEST, "jurisdiction_id: is required (this endpoint serves "
						+ settings.jurisdiction() + ")");
			}
			return;
		}
		if (!settings.jurisdiction().equals(jurisdiction.strip())) {
			throw new Open311Error(HttpStatus.NOT_FOUND, "jurisdiction_id " + jurisdiction + " not found");
		}
	}

	private ResponseEntity<String> answer(HttpStatus status, String format, String root, Object body) {
		return Open311Body.of(status, format, root, body, json);
	}
}
