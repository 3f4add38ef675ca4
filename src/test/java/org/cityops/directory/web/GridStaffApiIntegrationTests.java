package org.cityops.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.directory.HttpApi.basic;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityops.directory.DemoPlatformTest;
import org.cityops.directory.Engagement;
import org.cityops.directory.HttpApi;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.directory.Person;
import org.cityops.directory.PersonId;
import org.cityops.directory.Role;
import org.cityops.directory.internal.Accounts;
import org.cityops.directory.internal.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

@DemoPlatformTest
class GridStaffApiIntegrationTests {

	static final String PASSWORD = "cityops-demo";
	static final String STAFF = "/api/directory/grids/%s/staff";

	@LocalServerPort
	int port;
	@Autowired
	People people;
	@Autowired
	Accounts accounts;
	@Autowired
	PasswordEncoder passwords;

	HttpApi api;

	@BeforeEach
	void connect() {
		api = new HttpApi(port);
	}

	@Test
	void showsAGridWorkerTheTeamOfTheirOwnGrid() {
		Answer answer = api.get(STAFF.formatted("330383198001-G01"), basic("grid", PASSWORD));
		assertThat(answer.status()).isEqualTo(200);
		JsonNode staff = answer.json();
		assertThat(staff.get("grid").asString()).isEqualTo("330383198001-G01");
		assertThat(staff.get("leader").get("roles").get(0).asString()).isEqualTo("GRID_LEADER");
		assertThat(staff.get("fullTimeWorkers")).hasSize(3);
		assertThat(staff.get("partTimeWorkers").size()).isBetween(1, 4);
		assertThat(staff.get("notice").asString()).contains("demo");
	}

	@Test
	void showsAGridWorkerOtherGridsOfTheirCounty() {
		assertThat(api.get(STAFF.formatted("330383198050-G02"), basic("grid", PASSWORD)).status()).isEqualTo(200);
	}

	@Test
	void answersAMicroGridWithItsGridsTeamAndFirstResponder() {
		JsonNode staff = api.get(STAFF.formatted("330383198001-G01-M02"), basic("dispatcher", PASSWORD)).json();
		assertThat(staff.get("grid").asString()).isEqualTo("330383198001-G01");
		assertThat(staff.get("microGrid").asString()).isEqualTo("330383198001-G01-M02");
		assertThat(staff.get("firstResponder")).isEqualTo(staff.get("fullTimeWorkers").get(1));
	}

	@Test
	void forbidsAGridWorkerOfAnotherCounty() {
		String username = "lucheng-" + UUID.randomUUID().toString().substring(0, 8);
		Person worker = new Person(PersonId.derivedFrom("test:" + username), "鹿城测试网格员", "330302006-TOWNSHIP_OFFICE",
				Set.of(Role.GRID_WORKER), null, "330302006", Engagement.FULL_TIME, true);
		people.addAll(List.of(new People.Listed(worker, 0)));
		accounts.open(username, worker.id(), passwords.encode(PASSWORD));

		Answer answer = api.get(STAFF.formatted("330383198001-G01"), basic(username, PASSWORD));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(answer.json().get("field").asString()).isEqualTo("gridCode");
	}

	@Test
	void forbidsCitizens() {
		assertThat(api.get(STAFF.formatted("330383198001-G01"), basic("citizen", PASSWORD)).status()).isEqualTo(403);
	}

	@Test
	void answersAnUnknownGridWith404AndAMalformedCodeWith400() {
		Answer unknown = api.get(STAFF.formatted("330383198001-G77"), basic("admin", PASSWORD));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("field").asString()).isEqualTo("gridCode");
		Answer malformed = api.get(STAFF.formatted("G01"), basic("admin", PASSWORD));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(malformed.json().get("field").asString()).isEqualTo("gridCode");
	}
}
