package org.cityops.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads {@code text/event-stream} from the running platform over a real HTTP connection, the way a
 * browser's EventSource does, and collects the events.
 */
public final class EventStreamClient implements AutoCloseable {

	/** One server-sent event. */
	public record Event(String name, String id, String data) {
	}

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
	private final HttpResponse<Stream<String>> response;
	private final CompletableFuture<Void> reading;

	private EventStreamClient(HttpResponse<Stream<String>> response) {
		this.response = response;
		this.reading = CompletableFuture.runAsync(this::read);
	}

	public static EventStreamClient open(int port, String path, String authorization) throws Exception {
		return open(port, path, authorization, null);
	}

	/** Opens a stream as a reconnecting browser does, telling the last event id it saw (may be {@code null}). */
	public static EventStreamClient open(int port, String path, String authorization, String lastEventId)
			throws Exception {
		return open(port, path, "Authorization", authorization, lastEventId);
	}

	/** Opens a stream as a logged-in console page does, with the session's cookies. */
	public static EventStreamClient openWithCookies(int port, String path, String cookieHeader) throws Exception {
		return open(port, path, "Cookie", cookieHeader, null);
	}

	private static EventStreamClient open(int port, String path, String credentialHeader, String credentials,
			String lastEventId) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header(credentialHeader, credentials).header("Accept", "text/event-stream").GET();
		if (lastEventId != null) {
			builder.header("Last-Event-ID", lastEventId);
		}
		HttpRequest request = builder.build();
		HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofLines());
		if (response.statusCode() != 200) {
			response.body().close();
			throw new IllegalStateException("the stream answered " + response.statusCode());
		}
		return new EventStreamClient(response);
	}

	public String contentType() {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	/** Waits for the first event (from now on) that matches. */
	public Event next(Predicate<Event> wanted, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			Event event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			if (event == null) {
				throw new AssertionError("no matching event within " + within);
			}
			if (wanted.test(event)) {
				return event;
			}
		}
	}

	private void read() {
		String[] current = new String[3];
		StringBuilder data = new StringBuilder();
		response.body().forEach(line -> {
			if (line.isEmpty()) {
				if (current[0] != null || data.length() > 0) {
					events.add(new Event(current[0] == null ? "message" : current[0], current[1], data.toString()));
				}
				current[0] = null;
				current[1] = null;
				data.setLength(0);
			}
			else if (line.startsWith("event:")) {
				current[0] = line.substring(6).strip();
			}
			else if (line.startsWith("id:")) {
				current[1] = line.substring(3).strip();
			}
			else if (line.startsWith("data:")) {
				data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
			}
		});
	}

	@Override
	public void close() {
		response.body().close();
		reading.cancel(true);
	}
}
