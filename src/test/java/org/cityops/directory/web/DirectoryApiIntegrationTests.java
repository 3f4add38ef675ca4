package org.cityops.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.directory.HttpApi.basic;

import org.cityops.directory.DemoPlatformTest;
import org.cityops.directory.HttpApi;
import org.cityops.directory.HttpApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@DemoPlatformTest
class DirectoryApiIntegrationTests {

	static final String DISPATCHER = basic("dispatcher", "cityops-demo");

	@LocalServerPort
	int port;

	HttpApi api;

	@BeforeEach
	void connect() {
		api = new HttpApi(port);
	}

	@Test
	void listsUnitsOfAKindInADivision() {
		Answer committees = api.get("/api/directory/units?division=330383&kind=COMMUNITY_COMMITTEE", DISPATCHER);
		assertThat(committees.status()).isEqualTo(200);
		assertThat(committees.json()).hasSize(103);
		JsonNode enforcement = api.get("/api/directory/units/330383-ENFORCEMENT", DISPATCHER).json();
		assertThat(enforcement.get("name").asString()).isEqualTo("龙港市综合行政执法局");
		assertThat(enforcement.get("kind").asString()).isEqualTo("ENFORCEMENT");
	}

	@Test
	void rejectsBadUnitQueriesNamingTheField() {
		assertProblem(api.get("/api/directory/units?division=33038", DISPATCHER), 400, "division");
		assertProblem(api.get("/api/directory/units?division=999999", DISPATCHER), 404, "division");
		assertProblem(api.get("/api/directory/units?kind=POLICE", DISPATCHER), 400, "kind");
		assertProblem(api.get("/api/directory/units/330383-NOTHING", DISPATCHER), 404, "code");
		assertProblem(api.get("/api/directory/units/drop table", DISPATCHER), 400, "code");
	}

	@Test
	void answersTheDutyTeamOfADate() {
		Answer roster = api.get("/api/directory/roster?date=2026-11-28", DISPATCHER);
		assertThat(roster.status()).isEqualTo(200);
		JsonNode team = roster.json();
		assertThat(team.get("date").asString()).isEqualTo("2026-11-28");
		assertThat(team.get("from").asString()).isEqualTo("2026-11-28T00:30:00Z");
		assertThat(team.get("publicSecurityChief").get("unit").asString()).isEqualTo("330383-PUBLIC_SECURITY");
		assertThat(team.get("emergencyChief").get("unit").asString()).isEqualTo("330383-EMERGENCY");
		assertThat(team.get("cityLeader").get("roles").get(0).asString()).isEqualTo("CITY_LEADER");
		assertThat(api.get("/api/directory/roster", DISPATCHER).status()).isEqualTo(200);
	}

	@Test
	void rejectsBadRosterDatesNamingTheField() {
		assertProblem(api.get("/api/directory/roster?date=28.11.2026", DISPATCHER), 400, "date");
		assertProblem(api.get("/api/directory/roster?date=1900-01-01", DISPATCHER), 400, "date");
	}

	private static void assertProblem(Answer answer, int status, String field) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.json().get("field").asString()).isEqualTo(field);
	}
}
