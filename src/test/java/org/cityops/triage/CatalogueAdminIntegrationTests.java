package org.cityops.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityops.directory.HttpApi;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.dispatch.CasePoolTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Administrators edit the taxonomy over the API; nobody else may, and a broken edit changes nothing.
 */
@CasePoolTest
class CatalogueAdminIntegrationTests {

	private static final String PASSWORD = "cityops-demo";

	@LocalServerPort
	int port;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anAdministratorRenamesACategoryAndTheEditShowsAtOnce() {
		HttpApi http = new HttpApi(port);
		ObjectNode category = (ObjectNode) json.readTree(http.get("/api/triage/categories/0402", basic("admin")).body());
		String before = category.get("nameEn").asString();
		category.put("nameEn", before + " (edited)");

		Answer edited = http.call(HttpMethod.PUT, "/api/triage/categories/0402", basic("admin"), category.toString());
		Answer byDispatcher = http.call(HttpMethod.PUT, "/api/triage/categories/0402", basic("dispatcher"),
				category.toString());
		Answer wrongCode = http.call(HttpMethod.PUT, "/api/triage/categories/0403", basic("admin"), category.toString());
		ObjectNode broken = category.deepCopy();
		broken.put("majorCode", "05");
		Answer movedMajor = http.call(HttpMethod.PUT, "/api/triage/categories/0402", basic("admin"), broken.toString());

		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(byDispatcher.status()).isEqualTo(403);
		assertThat(wrongCode.status()).isEqualTo(400);
		assertThat(wrongCode.json().get("field").asString()).isEqualTo("code");
		assertThat(movedMajor.status()).isEqualTo(400);
		assertThat(movedMajor.json().get("field").asString()).isEqualTo("majorCode");
		assertThat(json.readTree(http.get("/api/triage/categories/0402", basic("dispatcher")).body()).get("nameEn")
			.asString()).isEqualTo(before + " (edited)");

		category.put("nameEn", before);
		assertThat(http.call(HttpMethod.PUT, "/api/triage/categories/0402", basic("admin"), category.toString())
			.status()).isEqualTo(200);
	}

	private static String basic(String user) {
		return HttpApi.basic(user, PASSWORD);
	}
}
