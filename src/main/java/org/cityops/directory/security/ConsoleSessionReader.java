package org.cityops.directory.security;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Lets the API see a console login without ever writing to a session: the API stays stateless for
 * Basic and bearer clients, while console pages can fetch API data with their session cookie.
 */
class ConsoleSessionReader implements SecurityContextRepository {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	ConsoleSessionReader() {
		sessions.setAllowSessionCreation(false);
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return sessions.loadContext(holder);
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		return sessions.loadDeferredContext(request);
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		// The API never stores who logged in: Basic and bearer clients authenticate on every request.
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return sessions.containsContext(request);
	}

	/**
	 * A request that relies on a session cookie rather than an Authorization header could be forged
	 * by another site, so an unsafe one needs the CSRF token; requests with credentials do not.
	 */
	static boolean needsCsrfToken(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getRequestedSessionId() != null;
	}
}
