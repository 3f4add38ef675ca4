package org.cityops.shared.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * Endpoints anyone may reach without logging in, declared by the module that serves them. Every
 * other endpoint needs a logged-in user (console) or credentials (API).
 * <p>
 * A module declares its public endpoints as a bean; the security configuration (directory module)
 * collects every {@code PublicEndpoints} bean and permits the endpoints in both filter chains, the
 * API chain ({@code /api/**}, {@code /open311/**}) and the console chain:
 *
 * <pre class="code">
 * &#64;Bean
 * PublicEndpoints citizenReporting() {
 *     return PublicEndpoints.of(HttpMethod.POST, "/api/public/cases")
 *             .and(HttpMethod.GET, "/api/public/cases/{receipt}")
 *             .and("/report/**");
 * }
 * </pre>
 *
 * Patterns use Spring's {@code PathPattern} syntax and match the path inside the application.
 * Making an endpoint public only lifts the login requirement: its controller still checks whatever
 * else applies (API keys, rate limits, whose case it is), and a request that does carry credentials
 * is still authenticated, so wrong credentials answer 401. Keep the list to what citizens need.
 * <p>
 * Public by default (declared by the directory module): {@code /actuator/health/**},
 * {@code /v3/api-docs/**}, {@code /login}, {@code /error}, static resources and {@code /webjars/**}.
 */
public final class PublicEndpoints {

	private final List<Endpoint> endpoints;

	private PublicEndpoints(List<Endpoint> endpoints) {
		this.endpoints = List.copyOf(endpoints);
	}

	/** Paths public for every HTTP method. */
	public static PublicEndpoints of(String... patterns) {
		return new PublicEndpoints(List.of()).and(patterns);
	}

	/** Paths public for one HTTP method. */
	public static PublicEndpoints of(HttpMethod method, String... patterns) {
		return new PublicEndpoints(List.of()).and(method, patterns);
	}

	/** These endpoints and more paths public for every HTTP method. */
	public PublicEndpoints and(String... patterns) {
		return and(null, patterns);
	}

	/** These endpoints and more paths public for one HTTP method ({@code null}: every method). */
	public PublicEndpoints and(HttpMethod method, String... patterns) {
		List<Endpoint> more = new ArrayList<>(endpoints);
		Arrays.stream(patterns).map(pattern -> new Endpoint(method, pattern)).forEach(more::add);
		return new PublicEndpoints(more);
	}

	public List<Endpoint> endpoints() {
		return endpoints;
	}

	/**
	 * One public endpoint.
	 *
	 * @param method the HTTP method, {@code null} for every method
	 * @param pattern a path pattern such as {@code /open311/v2/services.*}
	 */
	public record Endpoint(HttpMethod method, String pattern) {

		public Endpoint {
			if (pattern == null || !pattern.startsWith("/")) {
				throw new IllegalArgumentException("A public endpoint pattern must start with '/': " + pattern);
			}
		}
	}
}
