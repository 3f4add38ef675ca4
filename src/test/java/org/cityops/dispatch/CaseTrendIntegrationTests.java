package org.cityops.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cityops.directory.HttpApi.Answer;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measuring an effect: cases per month and week for one category in one area.
 */
@CasePoolTest
class CaseTrendIntegrationTests {

	private static final String GRID = "330383198077-G02";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	CaseApi api;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
	}

	@Test
	void countsCasesPerMonthAndWeekWithEmptyPeriodsAndTheChange() {
		Grid micro = geo.microGrids(GRID).get(0);
		List<String> december = List.of("2025-12-02", "2025-12-09", "2025-12-15", "2025-12-20", "2025-12-28");
		december.forEach(day -> report("0702", micro, day));
		report("0702", micro, "2026-02-17");
		report("0301", micro, "2026-02-18");

		JsonNode monthly = ok(api.get("/api/cases/trends?category=0702&area=" + GRID
				+ "&period=MONTH&from=2025-12-01&to=2026-02-28", "dispatcher"));

		assertThat(monthly.get("buckets").valueStream().map(b -> b.get("start").asString() + "=" + b.get("cases").asLong()))
				.containsExactly("2025-12-01=5", "2026-01-01=0", "2026-02-01=1");
		assertThat(monthly.get("total").asLong()).isEqualTo(6);
		assertThat(monthly.get("change").asDouble()).isEqualTo(-0.8);

		JsonNode weekly = ok(api.get("/api/cases/trends?category=07&area=" + GRID
				+ "&period=WEEK&from=2026-02-16&to=2026-02-22", "dispatcher"));
		assertThat(weekly.get("buckets").valueStream().map(b -> b.get("start").asString() + "=" + b.get("cases").asLong()))
				.as("major class 07 in the week starting Monday 16 February").containsExactly("2026-02-16=1");
	}

	@Test
	void namesTheFieldOfABadQuery() {
		assertThat(field(api.get("/api/cases/trends?area=330383&category=9999&from=2026-01-01&to=2026-02-01", "dispatcher")))
				.isEqualTo("category");
		assertThat(field(api.get("/api/cases/trends?area=999999&from=2026-01-01&to=2026-02-01", "dispatcher")))
				.isEqualTo("area");
		assertThat(field(api.get("/api/cases/trends?area=330383&from=2026-02-01&to=2026-01-01", "dispatcher"))).isEqualTo("to");
		assertThat(field(api.get("/api/cases/trends?area=330383&period=DAY&from=2026-01-01&to=2026-02-01", "dispatcher")))
				.isEqualTo("period");
		assertThat(field(api.get("/api/cases/trends?area=330383&from=yesterday&to=2026-02-01", "dispatcher"))).isEqualTo("from");
		assertThat(api.get("/api/cases/trends?from=2026-01-01&to=2026-02-01", "dispatcher").status())
			.as("the centre of 龙港 does not see the whole city").isEqualTo(403);
		assertThat(api.get("/api/cases/trends?area=330383&from=2026-01-01&to=2026-02-01", "citizen").status())
			.isEqualTo(403);
	}

	private void report(String category, Grid micro, String day) {
		ObjectNode body = api.report("HOTLINE", category, micro.centroid(), "楼下广场舞音响太大声，天天跳到很晚");
		body.put("reportedAt", day + "T20:30:00+08:00");
		ok(api.post("/api/cases", "dispatcher", body), 201);
	}

	private static String field(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		return answer.json().get("field").asString();
	}

	private static JsonNode ok(Answer answer) {
		return ok(answer, 200);
	}

	private static JsonNode ok(Answer answer, int status) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		return answer.json();
	}
}
