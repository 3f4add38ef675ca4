package org.cityops.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.dispatch.CasePoolTest;
import org.cityops.geo.GeoManagement;
import org.cityops.geo.Position;
import org.cityops.intake.PublicCalls.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sensor and video-AI alerts, and cases handed over by the linked systems through the coordination
 * gateway: keyed, idempotent, refused clearly.
 */
@CasePoolTest
class AlertAndGatewayIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String SENSOR_KEY = "cityops-demo-sensor-key";
	private static final String GATEWAY_KEY = "cityops-demo-gateway-key";

	@LocalServerPort
	int port;

	@Autowired
	GeoManagement geo;

	@Autowired
	JdbcClient jdbc;

	PublicCalls calls;

	@BeforeEach
	void connect() {
		calls = new PublicCalls(port);
	}

	@Test
	void anAlertBecomesASensorCaseOfItsTypesCategoryOnce() {
		Position at = geo.microGrids("330383198016-G01").get(0).centroid();
		ObjectNode alert = alert("VA-20260302-0001", "crowd-gathering", at);

		Reply first = calls.json("/api/intake/alerts", alert, "X-Api-Key", SENSOR_KEY);
		Reply again = calls.json("/api/intake/alerts", alert, "X-Api-Key", SENSOR_KEY);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("channel").asString()).isEqualTo("SENSOR");
		assertThat(first.json().get("category").asString()).isEqualTo("1601");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from dispatch.cases where source_system = 'video-ai' and external_id = ?")
				.param("VA-20260302-0001").query(Long.class).single()).isEqualTo(1);

		ObjectNode occupation = alert("VA-20260302-0002", "road-occupation", geo.microGrids("330383198016-G01").get(1).centroid());
		occupation.put("system", "video-ai");
		Reply relayed = calls.jsonAs("dispatcher", "/api/intake/alerts", occupation);
		assertThat(relayed.status()).as(relayed.body()).isEqualTo(201);
		assertThat(relayed.json().get("category").asString()).isEqualTo("0401");
	}

	@Test
	void refusesAlertsWithoutAValidKeyOrWithAnUnknownTypeAndWritesNothing() {
		Position at = geo.microGrids("330383198016-G01").get(2).centroid();
		long before = cases();

		assertThat(calls.json("/api/intake/alerts", alert("VA-X-1", "crowd-gathering", at)).status()).isEqualTo(401);
		Reply wrongKey = calls.json("/api/intake/alerts", alert("VA-X-1", "crowd-gathering", at), "X-Api-Key", "nope");
		assertThat(wrongKey.status()).isEqualTo(401);
		assertThat(wrongKey.json().get("field").asString()).isEqualTo("X-Api-Key");
		assertThat(calls.jsonAs("citizen", "/api/intake/alerts", alert("VA-X-1", "crowd-gathering", at)).status())
				.isEqualTo(403);
		ObjectNode otherSystem = alert("VA-X-1", "crowd-gathering", at);
		otherSystem.put("system", "someone-else");
		assertThat(calls.json("/api/intake/alerts", otherSystem, "X-Api-Key", SENSOR_KEY).status()).isEqualTo(403);
		Reply unknownType = calls.json("/api/intake/alerts", alert("VA-X-1", "ufo-sighting", at), "X-Api-Key", SENSOR_KEY);
		assertThat(unknownType.status()).isEqualTo(400);
		assertThat(unknownType.json().get("field").asString()).isEqualTo("type");
		ObjectNode noPosition = alert("VA-X-1", "crowd-gathering", at);
		noPosition.remove("lat");
		noPosition.remove("lng");
		Reply unlocated = calls.json("/api/intake/alerts", noPosition, "X-Api-Key", SENSOR_KEY);
		assertThat(unlocated.status()).isEqualTo(400);
		assertThat(unlocated.json().get("field").asString()).isEqualTo("lat");

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void aLinkedSystemHandsACaseOverOnceThroughTheGateway() {
		Position at = geo.microGrids("330383198017-G01").get(0).centroid();
		ObjectNode handed = handed("GG-2026-000731", "0603", at, "红绿灯不亮，路口拥堵");

		Reply first = calls.json("/api/intake/gateway/grassroots-governance/cases", handed, "X-Api-Key", GATEWAY_KEY);
		Reply again = calls.json("/api/intake/gateway/grassroots-governance/cases", handed, "X-Api-Key", GATEWAY_KEY);

		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("channel").asString()).isEqualTo("GATEWAY");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(jdbc.sql("select count(*) from dispatch.cases where source_system = 'grassroots-governance'"
				+ " and external_id = 'GG-2026-000731'").query(Long.class).single()).isEqualTo(1);
		Reply relayed = calls.jsonAs("dispatcher", "/api/intake/gateway/emergency-command/cases",
				handed("EC-77", "0502", geo.microGrids("330383198017-G01").get(1).centroid(), "地下通道积水"));
		assertThat(relayed.status()).as(relayed.body()).isEqualTo(201);
	}

	@Test
	void refusesAnotherSystemsPathAnUnknownSystemAndAMissingExternalId() {
		Position at = geo.microGrids("330383198017-G01").get(2).centroid();
		long before = cases();

		Reply foreign = calls.json("/api/intake/gateway/emergency-command/cases", handed("GG-1", "0603", at, "灯"),
				"X-Api-Key", GATEWAY_KEY);
		assertThat(foreign.status()).isEqualTo(403);
		Reply unknown = calls.jsonAs("dispatcher", "/api/intake/gateway/weather-bureau/cases",
				handed("W-1", "0603", at, "灯"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("field").asString()).isEqualTo("system");
		ObjectNode anonymous = handed("GG-2", "0603", at, "灯");
		anonymous.remove("externalId");
		Reply missing = calls.json("/api/intake/gateway/grassroots-governance/cases", anonymous, "X-Api-Key", GATEWAY_KEY);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("field").asString()).isEqualTo("externalId");
		assertThat(calls.json("/api/intake/gateway/grassroots-governance/cases", handed("GG-3", "0603", at, "灯"),
				"X-Api-Key", "cityops-demo-key").status()).isEqualTo(403);

		assertThat(cases()).isEqualTo(before);
	}

	@Test
	void anAdministratorIssuesAKeyThatWorksUntilRevoked() {
		ObjectNode request = JSON.createObjectNode().put("system", "cold-chain").put("kind", "SYSTEM").put("label", "浙冷链");
		assertThat(calls.jsonAs("dispatcher", "/api/intake/keys", request).status()).isEqualTo(403);
		Reply issued = calls.jsonAs("admin", "/api/intake/keys", request);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String key = issued.json().get("key").asString();
		Position at = geo.microGrids("330383198017-G01").get(3).centroid();

		Reply handed = calls.json("/api/intake/gateway/cold-chain/cases", handed("CC-1", "1101", at, "冷库温度超标"),
				"X-Api-Key", key);
		assertThat(handed.status()).as(handed.body()).isEqualTo(201);
		assertThat(jdbc.sql("select count(*) from intake.api_keys k where k::text like '%' || ? || '%'").param(key)
				.query(Long.class).single()).isZero();

		String id = jdbc.sql("select id::text from intake.api_keys where system = 'cold-chain' and revoked_at is null")
				.query(String.class).single();
		assertThat(calls.jsonAs("admin", "/api/intake/keys/" + id + "/revoke", JSON.createObjectNode()).status())
				.isEqualTo(200);
		assertThat(calls.json("/api/intake/gateway/cold-chain/cases", handed("CC-2", "1101", at, "冷库温度超标"),
				"X-Api-Key", key).status()).isEqualTo(401);
	}

	private static ObjectNode alert(String alertId, String type, Position at) {
		ObjectNode alert = JSON.createObjectNode();
		alert.put("alertId", alertId);
		alert.put("type", type);
		alert.put("lat", at.lat());
		alert.put("lng", at.lng());
		alert.put("confidence", 0.93);
		alert.putArray("attachments").add("https://video-ai.example/snapshots/" + alertId + ".jpg");
		return alert;
	}

	private static ObjectNode handed(String externalId, String category, Position at, String description) {
		ObjectNode handed = JSON.createObjectNode();
		handed.put("externalId", externalId);
		handed.put("category", category);
		handed.put("description", description);
		handed.put("lat", at.lat());
		handed.put("lng", at.lng());
		return handed;
	}

	private long cases() {
		return jdbc.sql("select count(*) from dispatch.cases").query(Long.class).single();
	}
}
