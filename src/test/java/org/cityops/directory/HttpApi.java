package org.cityops.directory;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running platform over HTTP the way an API client would, without throwing on 4xx.
 */
public class HttpApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient client;

	public HttpApi(int port) {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		this.client = RestClient.builder().baseUrl("http://localhost:" + port)
				.requestFactory(new JdkClientHttpRequestFactory(http))
				.defaultStatusHandler(status -> true, (request, response) -> {
				})
				.build();
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public Answer get(String path, String authorization) {
		return call(HttpMethod.GET, path, authorization, null);
	}

	public Answer call(HttpMethod method, String path, String authorization, String jsonBody) {
		return call(method, path, authorization, jsonBody, null);
	}

	public Answer call(HttpMethod method, String path, String authorization, String jsonBody, String cookie) {
		RestClient.RequestBodySpec request = client.method(method).uri(path);
		if (cookie != null) {
			request.header(HttpHeaders.COOKIE, cookie);
		}
		if (authorization != null) {
			request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		if (jsonBody != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(jsonBody);
		}
		ResponseEntity<String> response = request.retrieve().toEntity(String.class);
		return new Answer(response.getStatusCode().value(), response.getHeaders(), response.getBody());
	}

	/** A response: status, headers and body. */
	public record Answer(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public MediaType contentType() {
			return headers.getContentType();
		}
	}
}
