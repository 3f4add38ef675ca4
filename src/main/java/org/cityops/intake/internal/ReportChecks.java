package org.cityops.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.cityops.dispatch.Channel;
import org.cityops.dispatch.NewCase;
import org.cityops.dispatch.Reporter;
import org.cityops.dispatch.Source;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.triage.Categories;
import org.springframework.stereotype.Component;

/**
 * The checks every channel applies to a report before it enters the pool. All problems are
 * reported at once, each naming its field; nothing is written when any is found.
 */
@Component
public class ReportChecks {

	public static final int MAX_DESCRIPTION = 10_000;
	private static final int MAX_SHORT_TEXT = 200;
	private static final int MAX_ATTACHMENTS = 20;
	private static final int MAX_TAGS = 20;
	/** Clocks of phones and other systems run a little fast; a report this far ahead is still taken. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
	private static final Duration OLDEST_REPORT = Duration.ofDays(366);
	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");

	private final Categories categories;
	private final GeoManagement geo;
	private final Clock clock;

	ReportChecks(Categories categories, GeoManagement geo, Clock clock) {
		this.categories = categories;
		this.geo = geo;
		this.clock = clock;
	}

	/**
	 * The raw fields of a report, as a channel received them.
	 */
	public record Raw(String channel, String category, String description, Double lat, Double lng, String address,
			String reportedAt, String reporterName, String reporterPhone, String reporterAccount, String sourceSystem,
			String externalId, List<String> attachments, boolean urgent, List<String> tags) {
	}

	public NewCase check(Raw raw) {
		List<FieldProblem> problems = new ArrayList<>();
		Channel channel = channel(raw.channel(), problems);
		String category = category(raw.category(), problems);
		String description = description(raw.description(), problems);
		Position position = position(raw, channel, problems);
		Instant reportedAt = reportedAt(raw.reportedAt(), problems);
		shortText(problems, "address", raw.address());
		shortText(problems, "reporter.name", raw.reporterName());
		if (raw.reporterPhone() != null && !PHONE.matcher(raw.reporterPhone()).matches()) {
			problems.add(FieldProblem.coded("reporter.phone", "problem.report.phone",
					"must be a phone number (digits, +, -, spaces; 5 to 20)"));
		}
		Source source = source(raw, problems);
		List<String> attachments = raw.attachments() == null ? List.of() : raw.attachments();
		if (attachments.size() > MAX_ATTACHMENTS || attachments.stream().anyMatch(a -> a == null || a.isBlank() || a.length() > 500)) {
			problems.add(new FieldProblem("attachments", "at most " + MAX_ATTACHMENTS + " references of at most 500 characters each"));
		}
		List<String> tags = raw.tags() == null ? List.of() : raw.tags();
		if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 100)) {
			problems.add(new FieldProblem("tags", "at most " + MAX_TAGS + " tags of at most 100 characters each"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new NewCase(channel, category, description.strip(), position, blankToNull(raw.address()), reportedAt,
				new Reporter(blankToNull(raw.reporterName()), blankToNull(raw.reporterPhone()), raw.reporterAccount()),
				source, attachments, raw.urgent(), new LinkedHashSet<>(tags));
	}

	private static Channel channel(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem("channel", "is required: HOTLINE, PATROL, CITIZEN, SENSOR or GATEWAY"));
			return null;
		}
		try {
			return Channel.valueOf(value.trim());
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("channel", "'" + value + "' is not one of HOTLINE, PATROL, CITIZEN, SENSOR, GATEWAY"));
			return null;
		}
	}

	private String category(String code, List<FieldProblem> problems) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (categories.byCode(code.trim()).isEmpty()) {
			problems.add(FieldProblem.coded("category", "problem.report.category",
					"no category '" + code + "'; GET /api/triage/categories lists them", code));
			return null;
		}
		return code.trim();
	}

	private static String description(String text, List<FieldProblem> problems) {
		if (text == null || text.isBlank()) {
			problems.add(FieldProblem.coded("description", "problem.report.description", "is required: say what happened"));
			return "";
		}
		if (text.length() > MAX_DESCRIPTION) {
			problems.add(FieldProblem.coded("description", "problem.report.descriptionLong",
					"is " + text.length() + " characters; at most " + MAX_DESCRIPTION, String.valueOf(text.length()),
					String.valueOf(MAX_DESCRIPTION)));
		}
		return text;
	}

	private Position position(Raw raw, Channel channel, List<FieldProblem> problems) {
		if (raw.lat() == null && raw.lng() == null) {
			if (channel == Channel.PATROL || channel == Channel.SENSOR) {
				problems.add(FieldProblem.coded("lat", "problem.report.positionRequired",
						"is required for " + channel + " reports (with lng)"));
			}
			else if (raw.address() == null || raw.address().isBlank()) {
				problems.add(FieldProblem.coded("lat", "problem.report.positionOrAddress",
						"a position (lat, lng) or an address is required"));
			}
			return null;
		}
		if (raw.lat() == null || raw.lng() == null) {
			problems.add(new FieldProblem(raw.lat() == null ? "lat" : "lng", "is required together with "
					+ (raw.lat() == null ? "lng" : "lat")));
			return null;
		}
		if (!(raw.lat() >= -90 && raw.lat() <= 90) || !(raw.lng() >= -180 && raw.lng() <= 180)) {
			problems.add(new FieldProblem(raw.lat() >= -90 && raw.lat() <= 90 ? "lng" : "lat", "is not a WGS84 coordinate"));
			return null;
		}
		Position position = new Position(raw.lat(), raw.lng());
		if (geo.county(position).isEmpty()) {
			problems.add(FieldProblem.coded("lat", "problem.report.outside", "the point (" + raw.lat() + ", " + raw.lng()
					+ ") lies outside Wenzhou; CityOps takes reports inside 温州市 only"));
			return null;
		}
		return position;
	}

	private Instant reportedAt(String value, List<FieldProblem> problems) {
		Instant now = clock.instant();
		if (value == null || value.isBlank()) {
			return now;
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(value.trim()).toInstant();
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem("reportedAt", "must be an ISO-8601 time with offset, e.g. 2026-11-28T09:30:00+08:00"));
			return now;
		}
		if (at.isAfter(now.plus(CLOCK_SKEW))) {
			problems.add(new FieldProblem("reportedAt", "is in the future (" + value + ")"));
		}
		else if (at.isBefore(now.minus(OLDEST_REPORT))) {
			problems.add(new FieldProblem("reportedAt", "is more than a year ago"));
		}
		return at;
	}

	private static Source source(Raw raw, List<FieldProblem> problems) {
		boolean system = raw.sourceSystem() != null && !raw.sourceSystem().isBlank();
		boolean external = raw.externalId() != null && !raw.externalId().isBlank();
		if (!system && !external) {
			return null;
		}
		if (!system || !external) {
			problems.add(new FieldProblem(system ? "source.externalId" : "source.system", "is required with the other source field"));
			return null;
		}
		shortText(problems, "source.system", raw.sourceSystem());
		shortText(problems, "source.externalId", raw.externalId());
		return new Source(raw.sourceSystem().trim(), raw.externalId().trim());
	}

	private static void shortText(List<FieldProblem> problems, String field, String value) {
		if (value != null && value.length() > MAX_SHORT_TEXT) {
			problems.add(FieldProblem.coded(field, "problem.text.tooLong", "must be at most " + MAX_SHORT_TEXT + " characters",
					String.valueOf(MAX_SHORT_TEXT)));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
