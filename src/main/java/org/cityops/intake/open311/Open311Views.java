package org.cityops.intake.open311;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cityops.dispatch.CaseAction;
import org.cityops.dispatch.CaseDetails;
import org.cityops.dispatch.CaseState;
import org.cityops.sla.StageDeadline;
import org.cityops.triage.Categories;
import org.cityops.triage.Category;
import org.springframework.stereotype.Component;

/**
 * The GeoReport v2 shapes of services and service requests, field by field as the spec names and
 * orders them. Times are ISO-8601 with the platform's offset.
 */
@Component
class Open311Views {

	private final Categories categories;
	private final Clock clock;

	Open311Views(Categories categories, Clock clock) {
		this.categories = categories;
		this.clock = clock;
	}

	/** The service discovery document of the endpoint at {@code url}. */
	Map<String, Object> discovery(String url, String jurisdiction) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", url);
		endpoint.put("changeset", "2026-11-28T21:00:00+08:00");
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		Map<String, Object> discovery = new LinkedHashMap<>();
		discovery.put("changeset", "2026-11-28T21:00:00+08:00");
		discovery.put("contact", "CityOps command centre (" + jurisdiction + "), see docs/api.md");
		discovery.put("key_service", "API keys are issued by the command centre's administrators");
		discovery.put("endpoints", List.of(endpoint));
		return discovery;
	}

	List<Map<String, Object>> services() {
		Map<String, String> majors = new LinkedHashMap<>();
		categories.majors().forEach(major -> majors.put(major.code(), major.name()));
		return categories.all().stream().map(category -> service(category, majors.get(category.majorCode()))).toList();
	}

	/** The service definition: CityOps services ask for no extra attributes. */
	Map<String, Object> definition(Category category) {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", category.code());
		definition.put("attributes", List.of());
		return definition;
	}

	/** Whether a case counts as {@code closed} for Open311: its handling loop is closed or abandoned. */
	static String status(CaseState state) {
		return state.finished() ? "closed" : "open";
	}

	Map<String, Object> request(CaseDetails details) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", details.id().value());
		request.put("status", status(details.state()));
		request.put("status_notes", details.state().label());
		request.put("service_name", details.categoryCode() == null ? null
				: categories.byCode(details.categoryCode()).map(Category::name).orElse(null));
		request.put("service_code", details.categoryCode());
		request.put("description", details.description());
		request.put("agency_responsible", details.assignee() == null ? null : details.assignee().unitName());
		request.put("service_notice", null);
		request.put("requested_datetime", time(details.reportedAt()));
		request.put("updated_datetime", details.timeline().isEmpty() ? time(details.receivedAt())
				: time(details.timeline().get(details.timeline().size() - 1).at()));
		request.put("expected_datetime", time(currentDeadline(details)));
		request.put("address", details.address());
		request.put("address_id", null);
		request.put("zipcode", null);
		request.put("lat", details.lat());
		request.put("long", details.lng());
		request.put("media_url", details.timeline().stream()
				.filter(entry -> entry.action() == CaseAction.REPORT && !entry.attachments().isEmpty())
				.map(entry -> entry.attachments().get(0)).findFirst().orElse(null));
		return request;
	}

	String time(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS),
				clock.getZone()).toString();
	}

	/** The due time of the stage the case is in now, if a clock runs for it. */
	static Instant currentDeadline(CaseDetails details) {
		if (details.state().finished()) {
			return null;
		}
		return details.deadlines().stream().filter(deadline -> deadline.completedAt() == null)
				.map(StageDeadline::dueAt).min(Comparator.naturalOrder()).orElse(null);
	}

	private static Map<String, Object> service(Category category, String group) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("service_code", category.code());
		service.put("service_name", category.name());
		service.put("description", category.description());
		service.put("metadata", false);
		service.put("type", "realtime");
		service.put("keywords", category.nameEn());
		service.put("group", group);
		return service;
	}
}
