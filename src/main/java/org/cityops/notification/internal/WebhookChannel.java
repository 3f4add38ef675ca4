package org.cityops.notification.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.cityops.notification.OutboundChannel;
import org.cityops.notification.OutboundFailure;
import org.cityops.notification.OutboundMessage;

import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each message as JSON to one URL, signed with HMAC-SHA256 over {@code <timestamp>.<body>} in
 * {@value #SIGNATURE} ({@code sha256=<hex>}). 2xx is delivered; 408, 429, 5xx and network errors are
 * retried; any other answer is final.
 */
class WebhookChannel implements OutboundChannel {

	static final String SIGNATURE = "X-CityOps-Signature";
	static final String TIMESTAMP = "X-CityOps-Timestamp";
	static final String DELIVERY = "X-CityOps-Delivery";

	private final NotificationSettings.Endpoint endpoint;
	private final Duration timeout;
	private final HttpClient http;
	private final JsonMapper json;
	private final Clock clock;

	WebhookChannel(NotificationSettings.Endpoint endpoint, Duration timeout, HttpClient http, JsonMapper json,
			Clock clock) {
		if (endpoint.url() == null) {
			throw new IllegalArgumentException("cityops.notification.webhook.endpoints[].url is required");
		}
		this.endpoint = endpoint;
		this.timeout = timeout;
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "webhook:" + (endpoint.name() == null ? endpoint.url().getHost() : endpoint.name());
	}

	@Override
	public boolean accepts(OutboundMessage message) {
		return endpoint.kinds().isEmpty() || endpoint.kinds().contains(message.kind());
	}

	@Override
	public void send(OutboundMessage message) throws OutboundFailure {
		String body = json.writeValueAsString(message);
		String timestamp = String.valueOf(clock.instant().getEpochSecond());
		HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(timeout)
				.header("Content-Type", "application/json")
				.header(DELIVERY, String.valueOf(message.deliveryId()))
				.header(TIMESTAMP, timestamp)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (endpoint.secret() != null && !endpoint.secret().isEmpty()) {
			request.header(SIGNATURE, "sha256=" + sign(endpoint.secret(), timestamp, body));
		}
		int status;
		try {
			status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException e) {
			throw new OutboundFailure(e.toString(), false, null, e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OutboundFailure("interrupted", false, null, e);
		}
		if (status / 100 != 2) {
			boolean retry = status == 408 || status == 429 || status >= 500;
			throw new OutboundFailure(endpoint.url() + " answered " + status, !retry, status, null);
		}
	}

	/** The hex HMAC-SHA256 of {@code <timestamp>.<body>} under the secret. */
	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is not available", e);
		}
	}
}
