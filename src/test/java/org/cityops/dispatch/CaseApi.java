package org.cityops.dispatch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.cityops.directory.HttpApi;
import org.cityops.directory.HttpApi.Answer;
import org.cityops.geo.Position;
import org.cityops.shared.time.MutableClock;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reports and acts on cases over HTTP as the demo accounts.
 */
public class CaseApi {

	public static final String PASSWORD = "cityops-demo";

	private final HttpApi http;
	private final MutableClock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	public CaseApi(int port, MutableClock clock) {
		this.http = new HttpApi(port);
		this.clock = clock;
	}

	public static String as(String username) {
		return HttpApi.basic(username, PASSWORD);
	}

	/** A report body at a position, reported a minute ago on the test clock. */
	public ObjectNode report(String channel, String category, Position at, String description) {
		ObjectNode body = json.createObjectNode();
		body.put("channel", channel);
		if (category != null) {
			body.put("category", category);
		}
		body.put("description", description);
		body.put("lat", at.lat());
		body.put("lng", at.lng());
		body.put("address", "龙港市测试地址");
		body.put("reportedAt", OffsetDateTime.ofInstant(clock.instant().minusSeconds(60), ZoneOffset.ofHours(8)).toString());
		ObjectNode reporter = body.putObject("reporter");
		reporter.put("name", "测试市民");
		reporter.put("phone", "17000009999");
		return body;
	}

	public ObjectNode json(String text) {
		return (ObjectNode) json.readTree(text);
	}

	public Answer post(String path, String user, Object body) {
		return http.call(HttpMethod.POST, path, as(user), body == null ? null : body.toString());
	}

	public Answer get(String path, String user) {
		return http.get(path, as(user));
	}

	public Answer act(String caseId, String action, String user, String jsonBody) {
		return http.call(HttpMethod.POST, "/api/cases/" + caseId + "/actions/" + action, as(user),
				jsonBody == null ? "{}" : jsonBody);
	}
}
