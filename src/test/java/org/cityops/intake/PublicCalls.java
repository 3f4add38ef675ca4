package org.cityops.intake;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cityops.dispatch.CaseApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the intake endpoints the way outside clients do: without a login, with form bodies
 * (Open311) or JSON, and with extra headers (API keys, idempotency keys).
 */
class PublicCalls {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final int port;

	PublicCalls(int port) {
		this.port = port;
	}

	record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {

		JsonNode json() {
			return JSON.readTree(body);
		}

		String header(String name) {
			return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
		}
	}

	Reply get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET());
	}

	Reply form(String path, Map<String, String> fields, String... headers) {
		String body = fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		return send(with(HttpRequest.newBuilder(uri(path)), headers)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Reply json(String path, Object body, String... headers) {
		return send(with(HttpRequest.newBuilder(uri(path)), headers).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
	}

	/** A JSON POST as a demo account. */
	Reply jsonAs(String user, String path, Object body) {
		return json(path, body, "Authorization", CaseApi.as(user));
	}

	static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpRequest.Builder with(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body(), response.headers().map());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
