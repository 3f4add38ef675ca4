package org.cityops.directory.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityops.directory.HttpApi.basic;
import static org.cityops.directory.HttpApi.bearer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cityops.directory.DemoPlatformTest;
import org.cityops.directory.HttpApi;
import org.cityops.directory.HttpApi.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

@DemoPlatformTest
class SecurityIntegrationTests {

	static final String PASSWORD = "cityops-demo";
	static final Map<String, String> DEMO_ROLES = Map.ofEntries(Map.entry("admin", "ADMINISTRATOR"),
			Map.entry("dispatcher", "DISPATCHER"), Map.entry("grid", "GRID_WORKER"), Map.entry("gridleader", "GRID_LEADER"),
			Map.entry("handler", "DEPARTMENT_HANDLER"), Map.entry("leader", "CITY_LEADER"),
			Map.entry("prosecutor", "PROSECUTOR"), Map.entry("citizen", "CITIZEN"), Map.entry("supervisor", "SUPERVISOR"),
			Map.entry("dutyps", "DUTY_CHIEF"), Map.entry("dutyem", "DUTY_CHIEF"));

	@LocalServerPort
	int port;
	@Autowired
	JdbcClient jdbc;

	HttpApi api;

	@BeforeEach
	void connect() {
		api = new HttpApi(port);
	}

	@Test
	void authenticatesEveryDemoAccountByBasicWithItsRole() {
		DEMO_ROLES.forEach((username, role) -> {
			Answer me = api.get("/api/directory/me", basic(username, PASSWORD));
			assertThat(me.status()).as(username).isEqualTo(200);
			assertThat(me.json().get("username").asString()).isEqualTo(username);
			assertThat(texts(me.json().get("roles"))).as(username).containsExactly(role);
		});
	}

	@Test
	void tellsAUserTheirUnitAndArea() {
		JsonNode grid = api.get("/api/directory/me", basic("grid", PASSWORD)).json();
		assertThat(grid.get("unit").get("code").asString()).isEqualTo("330383198001-G01");
		assertThat(grid.get("scope").asString()).isEqualTo("330383198001-G01");
		assertThat(grid.get("visibleArea").asString()).isEqualTo("330383");
		JsonNode handler = api.get("/api/directory/me", basic("handler", PASSWORD)).json();
		assertThat(handler.get("unit").get("name").asString()).isEqualTo("龙港市综合行政执法局");
		assertThat(handler.get("person").get("generated").asBoolean()).isTrue();
		assertThat(handler.get("notice").asString()).contains("demo");
	}

	@Test
	void answersMissingOrWrongCredentialsWith401ProblemDetails() {
		for (String authorization : new String[] { null, basic("dispatcher", "wrong"), bearer("cityops_nonsense") }) {
			Answer answer = api.get("/api/directory/me", authorization);
			assertThat(answer.status()).as(String.valueOf(authorization)).isEqualTo(401);
			assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
			assertThat(answer.json().get("field").asString()).isEqualTo("Authorization");
			assertThat(answer.headers().get("WWW-Authenticate")).anyMatch(challenge -> challenge.startsWith("Basic"));
		}
	}

	@Test
	void keepsCitizensOutOfStaffEndpointsWith403ProblemDetails() {
		Answer answer = api.get("/api/directory/units/330383-CENTRE", basic("citizen", PASSWORD));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
		assertThat(answer.json().get("field").asString()).isEqualTo("role");
	}

	@Test
	void issuesUsesAndRevokesABearerToken() {
		Answer issued = api.call(HttpMethod.POST, "/api/auth/tokens", basic("dispatcher", PASSWORD), "{\"validFor\":\"PT1H\"}");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json().get("token").asString();
		String id = issued.json().get("id").asString();
		assertThat(jdbc.sql("select count(*) from directory.api_token where token_hash = ?").param(token)
				.query(Integer.class).single()).as("the token itself is never stored").isZero();

		Answer me = api.get("/api/directory/me", bearer(token));
		assertThat(me.status()).isEqualTo(200);
		assertThat(texts(me.json().get("roles"))).containsExactly("DISPATCHER");
		assertThat(api.get("/api/auth/tokens", bearer(token)).body()).contains(id);

		assertThat(api.call(HttpMethod.DELETE, "/api/auth/tokens/" + id, bearer(token), null).status()).isEqualTo(204);
		assertThat(api.get("/api/directory/me", bearer(token)).status()).isEqualTo(401);
	}

	@Test
	void refusesExpiredTokens() {
		String token = api.call(HttpMethod.POST, "/api/auth/tokens", basic("leader", PASSWORD), null).json().get("token")
				.asString();
		jdbc.sql("update directory.api_token set expires_at = issued_at where username = 'leader'").update();
		assertThat(api.get("/api/directory/me", bearer(token)).status()).isEqualTo(401);
	}

	@Test
	void issuesTokensOnlyAgainstAPassword() {
		String token = api.call(HttpMethod.POST, "/api/auth/tokens", basic("grid", PASSWORD), null).json().get("token")
				.asString();
		Answer again = api.call(HttpMethod.POST, "/api/auth/tokens", bearer(token), null);
		assertThat(again.status()).isEqualTo(403);
		assertThat(again.json().get("field").asString()).isEqualTo("Authorization");
	}

	@Test
	void rejectsBadTokenRequestsNamingTheField() {
		Answer tooLong = api.call(HttpMethod.POST, "/api/auth/tokens", basic("grid", PASSWORD), "{\"validFor\":\"P400D\"}");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("field").asString()).isEqualTo("validFor");
		Answer notADuration = api.call(HttpMethod.POST, "/api/auth/tokens", basic("grid", PASSWORD), "{\"validFor\":\"soon\"}");
		assertThat(notADuration.status()).isEqualTo(400);
		assertThat(notADuration.json().get("field").asString()).isEqualTo("validFor");
		Answer badId = api.call(HttpMethod.DELETE, "/api/auth/tokens/42", basic("grid", PASSWORD), null);
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.json().get("field").asString()).isEqualTo("id");
	}

	@Test
	void letsNobodyRevokeSomeoneElsesTokenButAnAdministrator() {
		String id = api.call(HttpMethod.POST, "/api/auth/tokens", basic("handler", PASSWORD), null).json().get("id")
				.asString();
		assertThat(api.call(HttpMethod.DELETE, "/api/auth/tokens/" + id, basic("grid", PASSWORD), null).status())
				.isEqualTo(404);
		assertThat(api.call(HttpMethod.DELETE, "/api/auth/tokens/" + id, basic("admin", PASSWORD), null).status())
				.isEqualTo(204);
	}

	@Test
	void servesHealthApiDocsAndTheLoginPageWithoutLogin() {
		assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
		Answer apiDocs = api.get("/v3/api-docs", null);
		assertThat(apiDocs.status()).isEqualTo(200);
		assertThat(apiDocs.json().get("components").get("securitySchemes").has("bearer")).isTrue();
		Answer login = api.get("/login", null);
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("name=\"_csrf\"").contains("cityops-demo");
	}

	@Test
	void asksForTheCsrfTokenWhenAnApiRequestReliesOnASessionCookie() {
		Answer answer = api.call(HttpMethod.POST, "/api/auth/tokens", null, null, "JSESSIONID=anything");
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.json().get("field").asString()).isEqualTo("X-CSRF-TOKEN");
	}

	@Test
	void sendsConsoleVisitorsToTheLoginPage() {
		Answer console = api.get("/", null);
		assertThat(console.status()).isEqualTo(302);
		assertThat(console.headers().getLocation().getPath()).isEqualTo("/login");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}
}
