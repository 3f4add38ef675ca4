package org.cityops.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.cityops.directory.HttpApi.Answer;
import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CaseClosed;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.dispatch.PublishedEvents;
import org.cityops.dispatch.Reporter;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Grid;
import org.cityops.geo.Position;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@CasePoolTest
class CaseIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedEvents.Recorder events;

	CaseApi api;

	@BeforeEach
	void connect() {
		api = new CaseApi(port, clock);
	}

	@Test
	void refusesBadReportsNamingTheFieldAndWritesNothing() {
		Position longgang = geo.microGrids("330383198010-G01").get(0).centroid();
		long before = cases();

		assertRefused(api.report("HOTLINE", "9999", longgang, "不存在的分类"), "category");
		assertRefused(api.report("HOTLINE", "0101", new Position(31.23, 121.47), "上海的点"), "lat");
		assertRefused(api.report("HOTLINE", "0101", longgang, "   "), "description");
		assertRefused(api.report("HOTLINE", "0101", longgang, "很".repeat(5 * 1024 * 1024 / 3)), "description");
		ObjectNode future = api.report("HOTLINE", "0101", longgang, "明天的事");
		future.put("reportedAt", clock.instant().plusSeconds(3600).toString().replace("Z", "+00:00"));
		assertRefused(future, "reportedAt");
		ObjectNode noChannel = api.report("FAX", "0101", longgang, "传真");
		assertRefused(noChannel, "channel");
		ObjectNode halfPosition = api.report("HOTLINE", "0101", longgang, "只有纬度");
		halfPosition.remove("lng");
		assertRefused(halfPosition, "lng");

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void answersTheFirstCaseWhenASourceRepeatsItsReport() {
		Position at = geo.microGrids("330383198011-G01").get(1).centroid();
		ObjectNode report = api.report("GATEWAY", "0601", at, "井盖破损，有人差点踩空");
		report.putObject("source").put("system", "city-lighting").put("externalId", "WO-2026-0042");

		Answer first = api.post("/api/cases", "dispatcher", report);
		Answer again = api.post("/api/cases", "dispatcher", report);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from dispatch.cases where external_id = 'WO-2026-0042'")
				.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void linksARepeatedReportNearbyAndTellsBothReportersWhenTheOriginalCloses() {
		Grid micro = geo.microGrids("330383198012-G01").get(2);
		Position near = new Position(micro.centroid().lat() + 0.0002, micro.centroid().lng());
		String original = api.post("/api/cases", "dispatcher",
				api.report("HOTLINE", "0602", micro.centroid(), "路灯不亮了")).json().get("id").asString();
		ObjectNode second = api.report("CITIZEN", "0602", near, "这条路的路灯坏了好几天");
		((ObjectNode) second.get("reporter")).put("phone", "17000008888");

		JsonNode duplicate = api.post("/api/cases", "citizen", second).json();

		assertThat(duplicate.get("state").asString()).isEqualTo("DUPLICATE");
		assertThat(duplicate.get("duplicateOf").asString()).isEqualTo(original);
		String staffWorker = "dispatcher";
		api.act(original, "reassign", staffWorker, "{\"targetUnit\":\"330383-ENFORCEMENT\",\"reason\":\"路灯归执法局管\"}");
		for (String action : List.of("sign", "contact", "arrive", "handle")) {
			assertThat(api.act(original, action, "handler", null).status()).isEqualTo(200);
		}
		api.act(original, "verify", "dispatcher", "{\"passed\":true}");
		api.act(original, "close", "dispatcher", "{\"feedback\":{\"reached\":true}}");

		JsonNode linked = api.get("/api/cases/" + duplicate.get("id").asString(), "dispatcher").json();
		assertThat(linked.get("state").asString()).isEqualTo("CLOSED");
		assertThat(events.of(CaseClosed.class).stream().filter(c -> c.caseId().value().equals(original)))
				.singleElement()
				.satisfies(closed -> assertThat(closed.reporters()).extracting(Reporter::phone)
						.containsExactlyInAnyOrder("17000009999", "17000008888"));
	}

	@Test
	void linksNoReportBeyondTheDuplicateRadiusOrOfAnotherCategory() {
		Grid micro = geo.microGrids("330383198031-G01").get(0);
		assertThat(api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0602", micro.centroid(), "这盏路灯一直不亮"))
				.status()).isEqualTo(201);
		// About 165 m east (the radius is 100 m), and a report of another category on the same spot.
		JsonNode away = api.post("/api/cases", "dispatcher", api.report("HOTLINE", "0602",
				new Position(micro.centroid().lat(), micro.centroid().lng() + 0.0017), "路口那盏路灯也不亮")).json();
		JsonNode other = api.post("/api/cases", "dispatcher",
				api.report("HOTLINE", "0102", micro.centroid(), "路灯下面堆着一堆建筑垃圾")).json();

		assertThat(List.of(away, other)).allSatisfy(report -> {
			assertThat(report.get("state").asString()).isNotEqualTo("DUPLICATE");
			assertThat(report.path("duplicateOf").isMissingNode() || report.get("duplicateOf").isNull()).isTrue();
		});
	}

	@Test
	void sendsACaseOutsideEveryGridToTheCentresManualQueue() {
		Answer reported = api.post("/api/cases", "dispatcher",
				api.report("HOTLINE", "0101", new Position(28.0, 120.65), "鹿城区五马街有垃圾"));

		assertThat(reported.status()).isEqualTo(201);
		assertThat(reported.json().get("state").asString()).isEqualTo("REPORTED");
		assertThat(reported.json().get("assignee").get("unitCode").asString()).isEqualTo("330383-CENTRE");
		assertThat(reported.json().get("county").get("code").asString()).isEqualTo("330302");
		assertThat(reported.json().get("routing").asString()).contains("no position inside a grid");
	}

	@Test
	void answersProblemsInTheLanguageTheClientAsksFor() throws Exception {
		Position longgang = geo.microGrids("330383198001-G01").get(0).centroid();
		String body = api.report("HOTLINE", "0101", longgang, "   ").toString();
		long before = cases();

		JsonNode english = refusal(body, null);
		JsonNode chinese = refusal(body, "zh-CN,zh;q=0.9");

		assertThat(english.get("errors").get(0).get("message").asString()).as("no Accept-Language: English")
			.isEqualTo("is required: say what happened");
		assertThat(chinese.get("field").asString()).isEqualTo("description");
		assertThat(chinese.get("errors").get(0).get("message").asString()).isEqualTo("必填：请描述发生了什么");
		assertThat(chinese.get("detail").asString()).isEqualTo("description: 必填：请描述发生了什么");
		assertThat(cases()).isEqualTo(before);
	}

	private JsonNode refusal(String body, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
			.header("Authorization", CaseApi.as("dispatcher")).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private void assertRefused(ObjectNode report, String field) {
		Answer answer = api.post("/api/cases", "dispatcher", report);
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		assertThat(answer.contentType().toString()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
	}

	private long cases() {
		return jdbc.sql("select count(*) from dispatch.cases").query(Long.class).single();
	}
}
