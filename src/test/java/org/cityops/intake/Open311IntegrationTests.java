package org.cityops.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.intake.PublicCalls.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.cityops.dispatch.CaseApi;
import org.cityops.dispatch.CaseId;
import org.cityops.dispatch.CaseManagement;
import org.cityops.dispatch.CasePoolTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.cityops.intake.PublicCalls.Reply;
import org.cityops.shared.time.MutableClock;
import org.cityops.sla.StageDeadline;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Open311 GeoReport v2 as an outside client uses it, in JSON and XML.
 */
@CasePoolTest
class Open311IntegrationTests {

	static final String KEY = "cityops-demo-key";

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseManagement pool;

	PublicCalls calls;
	CaseApi api;

	@BeforeEach
	void connect() {
		calls = new PublicCalls(port);
		api = new CaseApi(port, clock);
	}

	@Test
	void describesItselfAndItsServicesInJsonAndXml() {
		Reply discovery = calls.get("/open311/v2/discovery.json");
		assertThat(discovery.status()).isEqualTo(200);
		assertThat(discovery.contentType()).startsWith("application/json");
		JsonNode endpoint = discovery.json().get("endpoints").get(0);
		assertThat(endpoint.get("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(endpoint.get("url").asString()).endsWith("/open311/v2/");
		Reply discoveryXml = calls.get("/open311/v2/discovery.xml");
		assertThat(discoveryXml.contentType()).startsWith("text/xml");
		assertThat(discoveryXml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><discovery>")
				.contains("<formats><format>text/xml</format><format>application/json</format></formats>");

		JsonNode services = calls.get("/open311/v2/services.json?jurisdiction_id=wenzhou").json();
		assertThat(services.size()).isEqualTo(49);
		JsonNode occupation = services.valueStream().filter(s -> s.get("service_code").asString().equals("0401"))
				.findFirst().orElseThrow();
		assertThat(occupation.get("service_name").asString()).isEqualTo("占道经营");
		assertThat(occupation.get("group").asString()).isEqualTo("街面秩序");
		assertThat(occupation.get("type").asString()).isEqualTo("realtime");
		assertThat(calls.get("/open311/v2/services.xml?jurisdiction_id=wenzhou").body())
				.contains("<services><service><service_code>0101</service_code><service_name>暴露垃圾</service_name>");
		assertThat(calls.get("/open311/v2/services/0401.json?jurisdiction_id=wenzhou").json().get("service_code")
				.asString()).isEqualTo("0401");
		assertThat(calls.get("/open311/v2/services/0401.xml?jurisdiction_id=wenzhou").body())
				.contains("<service_definition><service_code>0401</service_code><attributes></attributes>");
		Reply unknown = calls.get("/open311/v2/services/9999.json?jurisdiction_id=wenzhou");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get(0).get("code").asInt()).isEqualTo(404);
	}

	@Test
	void takesARequestAndAnswersItsStatusDeadlineAndAgencyInBothFormats() {
		Position at = geo.microGrids("330383198013-G01").get(0).centroid();
		Reply posted = calls.form("/open311/v2/requests.json", report(at, "0102", "楼下堆了很多建筑垃圾"));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		String id = posted.json().get(0).get("service_request_id").asString();
		String token = posted.json().get(0).get("token").asString();

		JsonNode request = calls.get("/open311/v2/requests/" + id + ".json?jurisdiction_id=wenzhou").json().get(0);
		JsonNode staffView = api.get("/api/cases/" + id, "dispatcher").json();
		assertThat(request.get("status").asString()).isEqualTo("open");
		assertThat(request.get("service_code").asString()).isEqualTo("0102");
		assertThat(request.get("service_name").asString()).isEqualTo("乱堆物堆料");
		assertThat(request.get("agency_responsible").asString())
				.isEqualTo(staffView.get("assignee").get("unitName").asString());
		Instant due = pool.find(new CaseId(id)).orElseThrow().deadlines().stream()
				.filter(deadline -> deadline.completedAt() == null).map(StageDeadline::dueAt)
				.min(Instant::compareTo).orElseThrow();
		assertThat(OffsetDateTime.parse(request.get("expected_datetime").asString()).toInstant()).isEqualTo(due);
		assertThat(request.get("expected_datetime").asString()).endsWith("+08:00");
		assertThat(request.get("lat").asDouble()).isEqualTo(at.lat());

		String xml = calls.get("/open311/v2/requests/" + id + ".xml?jurisdiction_id=wenzhou").body();
		assertThat(xml).contains("<service_requests><request><service_request_id>" + id + "</service_request_id>")
				.contains("<status>open</status>");
		assertThat(calls.get("/open311/v2/tokens/" + token + ".xml?jurisdiction_id=wenzhou").body())
				.contains("<service_request_id>" + id + "</service_request_id><token>" + token + "</token>");
		assertThat(calls.get("/open311/v2/tokens/" + token + ".json?jurisdiction_id=wenzhou").json().get(0)
				.get("service_request_id").asString()).isEqualTo(id);

		JsonNode listed = calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou&service_request_id=" + id).json();
		assertThat(listed.size()).isEqualTo(1);
		assertThat(calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou&status=closed&service_code=0102")
				.json().valueStream().map(r -> r.get("service_request_id").asString())).doesNotContain(id);
		assertThat(calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou&status=open&service_code=0102")
				.json().valueStream().map(r -> r.get("service_request_id").asString())).contains(id);
		String requested = request.get("requested_datetime").asString();
		OffsetDateTime requestedAt = OffsetDateTime.parse(requested);
		assertThat(ids("&start_date=" + encode(requestedAt.minusMinutes(1)) + "&end_date=" + encode(requestedAt.plusMinutes(1)))).contains(id);
		assertThat(ids("&start_date=" + encode(requestedAt.plusMinutes(1)))).doesNotContain(id);
		assertThat(calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou&start_date=" + encode(requestedAt.minusDays(100))
				+ "&end_date=" + encode(requestedAt)).status()).isEqualTo(400);
		assertThat(calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou&status=pending").status()).isEqualTo(400);
	}

	@Test
	void refusesAWrongKeyAMissingJurisdictionAndBadInputInTheSpecsErrorFormat() {
		Position at = geo.microGrids("330383198013-G01").get(1).centroid();
		long before = cases();

		Map<String, String> wrongKey = report(at, "0101", "垃圾");
		wrongKey.put("api_key", "not-a-key");
		Reply forbidden = calls.form("/open311/v2/requests.json", wrongKey);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.json().get(0).get("code").asInt()).isEqualTo(403);
		Reply forbiddenXml = calls.form("/open311/v2/requests.xml", wrongKey);
		assertThat(forbiddenXml.status()).isEqualTo(403);
		assertThat(forbiddenXml.body()).contains("<errors><error><code>403</code><description>");

		Map<String, String> noJurisdiction = report(at, "0101", "垃圾");
		noJurisdiction.remove("jurisdiction_id");
		Reply missing = calls.form("/open311/v2/requests.json", noJurisdiction);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get(0).get("description").asString()).contains("jurisdiction_id");
		assertThat(calls.get("/open311/v2/services.json").status()).isEqualTo(400);
		assertThat(calls.get("/open311/v2/services.json?jurisdiction_id=hangzhou").status()).isEqualTo(404);

		Map<String, String> nowhere = report(at, "0101", "垃圾");
		nowhere.remove("lat");
		nowhere.remove("long");
		nowhere.remove("address_string");
		Reply unlocated = calls.form("/open311/v2/requests.json", nowhere);
		assertThat(unlocated.status()).isEqualTo(400);
		assertThat(unlocated.json().get(0).get("description").asString()).startsWith("lat");
		Map<String, String> outside = report(new Position(31.23, 121.47), "0101", "上海");
		assertThat(calls.form("/open311/v2/requests.json", outside).status()).isEqualTo(400);
		Reply unknownService = calls.form("/open311/v2/requests.json", report(at, "9999", "?"));
		assertThat(unknownService.status()).isEqualTo(400);
		assertThat(unknownService.json().get(0).get("description").asString()).startsWith("service_code");
		assertThat(calls.get("/open311/v2/requests/C202603020009999.json?jurisdiction_id=wenzhou").status())
				.isEqualTo(404);

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void aRetriedRequestWithTheSameIdempotencyKeyAnswersTheFirstCase() {
		Position at = geo.microGrids("330383198013-G01").get(2).centroid();
		Map<String, String> report = report(at, "0202", "电线杆上贴满了小广告");

		Reply first = calls.form("/open311/v2/requests.json", report, "Idempotency-Key", "app-7f3a-0001");
		Reply retried = calls.form("/open311/v2/requests.json", report, "Idempotency-Key", "app-7f3a-0001");

		assertThat(first.status()).isEqualTo(201);
		assertThat(retried.status()).isEqualTo(200);
		assertThat(retried.json().get(0).get("service_request_id").asString())
				.isEqualTo(first.json().get(0).get("service_request_id").asString());
		assertThat(retried.json().get(0).get("token").asString()).isEqualTo(first.json().get(0).get("token").asString());
		assertThat(jdbc.sql("select count(*) from dispatch.cases where source_system = 'open311-demo' and external_id = ?")
				.param("app-7f3a-0001").query(Long.class).single()).isEqualTo(1);
		JsonNode staffView = api.get("/api/cases/" + first.json().get(0).get("service_request_id").asString(),
				"dispatcher").json();
		assertThat(staffView.get("channel").asString()).isEqualTo("CITIZEN");
	}

	@Test
	void aSystemsKeyMakesAGatewayCase() {
		Map<String, String> report = report(geo.microGrids("330383198013-G01").get(3).centroid(), "0603", "信号灯故障");
		report.put("api_key", "cityops-demo-gateway-key");

		Reply posted = calls.form("/open311/v2/requests.xml", report);

		assertThat(posted.status()).isEqualTo(201);
		String id = posted.body().replaceAll(".*<service_request_id>([^<]+)</service_request_id>.*", "$1");
		JsonNode staffView = api.get("/api/cases/" + id, "dispatcher").json();
		assertThat(staffView.get("channel").asString()).isEqualTo("GATEWAY");
		assertThat(staffView.get("source").get("system").asString()).isEqualTo("grassroots-governance");
	}

	private static Map<String, String> report(Position at, String serviceCode, String description) {
		return fields("api_key", KEY, "jurisdiction_id", "wenzhou", "service_code", serviceCode, "lat",
				Double.toString(at.lat()), "long", Double.toString(at.lng()), "address_string", "龙港市测试路1号",
				"description", description, "first_name", "小", "last_name", "林", "phone", "17000001234");
	}

	private List<String> ids(String query) {
		return calls.get("/open311/v2/requests.json?jurisdiction_id=wenzhou" + query).json().valueStream()
				.map(r -> r.get("service_request_id").asString()).toList();
	}

	private static String encode(OffsetDateTime at) {
		return URLEncoder.encode(at.toString(), StandardCharsets.UTF_8);
	}

	private long cases() {
		return jdbc.sql("select count(*) from dispatch.cases").query(Long.class).single();
	}
}
