package org.cityops.intake.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

class Open311BodyUnitTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void namesListItemsByTheSingularOfTheirListAndEscapesText() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", "C202603020000001");
		request.put("description", "<script>&\"'\u0007");
		request.put("media_url", null);

		ResponseEntity<String> xml = Open311Body.of(HttpStatus.OK, "xml", "service_requests", List.of(request), JSON);

		assertThat(xml.getHeaders().getContentType()).hasToString("text/xml;charset=UTF-8");
		assertThat(xml.getBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><service_requests><request>"
				+ "<service_request_id>C202603020000001</service_request_id>"
				+ "<description>&lt;script&gt;&amp;&quot;&apos;</description><media_url/></request></service_requests>");
	}

	@Test
	void writesTheSameStructureAsJson() {
		ResponseEntity<String> json = Open311Body.of(HttpStatus.NOT_FOUND, "json", "errors",
				List.of(Map.of("code", 404, "description", "token x not found")), JSON);

		assertThat(json.getStatusCode().value()).isEqualTo(404);
		assertThat(JSON.readTree(json.getBody()).get(0).get("description").asString()).isEqualTo("token x not found");
	}
}
