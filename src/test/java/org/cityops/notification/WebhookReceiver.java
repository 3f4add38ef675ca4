package org.cityops.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook sink for tests (the JDK's HTTP server on a free port, one per test JVM), configured as the
 * platform's webhook endpoint {@code test} for closed cases in every Spring test context through
 * {@code META-INF/spring.factories}. Records what it receives; tests script failures.
 */
public class WebhookReceiver implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String SECRET = "test-webhook-secret";

	private static final List<Received> received = new CopyOnWriteArrayList<>();
	private static final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
	private static HttpServer server;

	/** One post: its headers (first values, lower-case names), body and what the sink answered. */
	public record Received(Map<String, String> headers, String body, int status) {

		public String header(String name) {
			return headers.get(name.toLowerCase());
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of(
				"cityops.notification.webhook.endpoints[0].name=test",
				"cityops.notification.webhook.endpoints[0].url=http://127.0.0.1:" + port() + "/hook",
				"cityops.notification.webhook.endpoints[0].secret=" + SECRET,
				"cityops.notification.webhook.endpoints[0].kinds=CASE_CLOSED",
				"cityops.notification.stream.heartbeat=PT1S")
				.applyTo(context);
	}

	/** Everything received so far. */
	public static List<Received> received() {
		return List.copyOf(received);
	}

	/** The next {@code times} posts whose body contains {@code marker} are answered 500. */
	public static void failNext(String marker, int times) {
		failures.put(marker, new AtomicInteger(times));
	}

	private static synchronized int port() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			server.createContext("/hook", WebhookReceiver::receive);
			server.start();
		}
		return server.getAddress().getPort();
	}

	private static void receive(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		int status = failures.entrySet().stream()
				.filter(failure -> body.contains(failure.getKey()) && failure.getValue().getAndDecrement() > 0)
				.findFirst().map(failure -> 500).orElse(204);
		Map<String, String> headers = new ConcurrentHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
		received.add(new Received(headers, body, status));
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}
}
