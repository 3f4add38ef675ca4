package org.cityops.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cityops.directory.demo.DemoAccounts;

/**
 * A console visitor without a browser: keeps the session cookie, logs in through the login form
 * (with its CSRF token) and fetches pages and fragments as HTML. Redirects are not followed.
 */
public final class ConsoleSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();

	private ConsoleSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	public static ConsoleSession anonymous(int port) {
		return new ConsoleSession(port);
	}

	/** The session's cookies as a {@code Cookie} header, for clients that keep none (e.g. a live stream). */
	public String cookieHeader() {
		return cookies.getCookieStore().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
				.collect(java.util.stream.Collectors.joining("; "));
	}

	/** A session logged in with a demo account. */
	public static ConsoleSession loggedIn(int port, String username) {
		ConsoleSession session = new ConsoleSession(port);
		Matcher token = CSRF.matcher(session.get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("the login page has no CSRF token");
		}
		String form = "username=" + encode(username) + "&password=" + encode(DemoAccounts.PASSWORD) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> answer = session.send(HttpRequest.newBuilder(URI.create(session.baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("could not log in as " + username + ": " + answer.statusCode() + " " + location);
		}
		return session;
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html"));
	}

	/** A GET from a browser set to another language. */
	public HttpResponse<String> get(String path, String acceptLanguage) {
		return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
				.header("Accept-Language", acceptLanguage));
	}

	/**
	 * Posts a form as the browser would from a page: takes the CSRF token from {@code pagePath} and
	 * sends the fields url-encoded to {@code actionPath}. Redirects are not followed.
	 */
	public HttpResponse<String> postForm(String pagePath, String actionPath, java.util.Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(pagePath).body());
		if (!token.find()) {
			throw new IllegalStateException("the page " + pagePath + " has no CSRF token");
		}
		StringBuilder form = new StringBuilder("_csrf=").append(encode(token.group(1)));
		fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
		return send(HttpRequest.newBuilder(URI.create(baseUrl + actionPath))
				.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form.toString())));
	}

	/**
	 * Posts a multipart form with one file, as a browser does for a photo upload, with the CSRF token
	 * of {@code pagePath}. Redirects are not followed.
	 */
	public HttpResponse<String> postMultipart(String pagePath, String actionPath, java.util.Map<String, String> fields,
			String fileField, String fileName, String contentType, byte[] content) {
		Matcher token = CSRF.matcher(get(pagePath).body());
		if (!token.find()) {
			throw new IllegalStateException("the page " + pagePath + " has no CSRF token");
		}
		String boundary = "cityops-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return send(HttpRequest.newBuilder(URI.create(baseUrl + actionPath))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(java.io.ByteArrayOutputStream body, String text) {
		body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
