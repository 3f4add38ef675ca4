package org.cityops.intake.web;

import java.util.List;

/**
 * The JSON body of {@code POST /api/cases}. Times are ISO-8601; positions WGS84.
 */
record CaseReport(String channel, String category, String description, Double lat, Double lng, String address,
		String reportedAt, ReporterPart reporter, SourcePart source, List<String> attachments, Boolean urgent,
		List<String> tags) {

	record ReporterPart(String name, String phone) {
	}

	record SourcePart(String system, String externalId) {
	}
}
