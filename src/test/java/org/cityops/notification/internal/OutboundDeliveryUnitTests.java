package org.cityops.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.cityops.notification.NotificationKind;
import org.cityops.notification.OutboundFailure;
import org.cityops.notification.OutboundMessage;
import org.cityops.shared.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.json.JsonMapper;

class OutboundDeliveryUnitTests {

	private final MutableClock clock = MutableClock.at("2026-03-02T09:00");
	private HttpServer server;
	private volatile int answer = 204;

	@BeforeEach
	void startSink() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(answer, -1);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stopSink() {
		server.stop(0);
	}

	@Test
	void signsTheTimestampAndBodyWithHmacSha256() {
		// openssl: printf '1772413200.{"kind":"CASE_CLOSED"}' | openssl dgst -sha256 -hmac cityops-secret
		assertThat(WebhookChannel.sign("cityops-secret", "1772413200", "{\"kind\":\"CASE_CLOSED\"}"))
				.isEqualTo("18a9bcd577dde21b2878b97a1cd33f7b23bcf039eb6cb530f05d880dfc16b01a");
	}

	@Test
	void waitsTwiceAsLongAfterEachFailureUpToTheLongestWait() {
		NotificationSettings.DeliverySettings delivery = new NotificationSettings.DeliverySettings(8,
				Duration.ofSeconds(30), Duration.ofMinutes(3), false, Duration.ofSeconds(1), 1);

		assertThat(List.of(1, 2, 3, 4, 5).stream().map(delivery::backoff)).containsExactly(Duration.ofSeconds(30),
				Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3), Duration.ofMinutes(3));
	}

	@Test
	void retriesServerErrorsAndThrottlingButNotRejections() throws Exception {
		WebhookChannel channel = channel(Set.of());
		channel.send(message(NotificationKind.CASE_CLOSED));

		for (int status : new int[] { 500, 503, 429, 408 }) {
			answer = status;
			assertThatThrownBy(() -> channel.send(message(NotificationKind.CASE_CLOSED)))
					.isInstanceOfSatisfying(OutboundFailure.class, failure -> {
						assertThat(failure.permanent()).isFalse();
						assertThat(failure.statusCode()).isEqualTo(status);
					});
		}
		answer = 410;
		assertThatThrownBy(() -> channel.send(message(NotificationKind.CASE_CLOSED)))
				.isInstanceOfSatisfying(OutboundFailure.class, failure -> assertThat(failure.permanent()).isTrue());
	}

	@Test
	void anUnreachableSinkIsRetried() {
		WebhookChannel channel = channel(Set.of());
		server.stop(0);

		assertThatThrownBy(() -> channel.send(message(NotificationKind.CASE_CLOSED)))
				.isInstanceOfSatisfying(OutboundFailure.class, failure -> assertThat(failure.permanent()).isFalse());
	}

	@Test
	void takesOnlyTheKindsItIsConfiguredFor() {
		assertThat(channel(Set.of(NotificationKind.CASE_CLOSED)).accepts(message(NotificationKind.CASE_CLOSED))).isTrue();
		assertThat(channel(Set.of(NotificationKind.CASE_CLOSED)).accepts(message(NotificationKind.CASE_ASSIGNED)))
				.isFalse();
		assertThat(channel(Set.of()).accepts(message(NotificationKind.CASE_ASSIGNED))).isTrue();
	}

	@Test
	void liveSignalsSurviveTheTripThroughPostgres() {
		UUID person = UUID.randomUUID();

		assertThat(LiveSignal.parse(LiveSignal.added(42, person).payload())).contains(LiveSignal.added(42, person));
		assertThat(LiveSignal.parse(LiveSignal.read(person).payload())).contains(LiveSignal.read(person));
		assertThat(LiveSignal.parse("added:x:y")).isEmpty();
	}

	private WebhookChannel channel(Set<NotificationKind> kinds) {
		URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
		return new WebhookChannel(new NotificationSettings.Endpoint("unit", url, "s3cret", kinds), Duration.ofSeconds(5),
				HttpClient.newHttpClient(), JsonMapper.builder().build(), clock);
	}

	private OutboundMessage message(NotificationKind kind) {
		return new OutboundMessage(7, kind, "C202603020000001", "标题", "正文",
				new OutboundMessage.Recipient(null, "李先生", "19900001234", false), Instant.parse("2026-03-02T01:00:00Z"));
	}
}
