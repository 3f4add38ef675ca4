package org.cityops.directory.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cityops.shared.security.OutOfScopeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers API requests that lack valid credentials (401, with Basic and Bearer challenges) or the
 * needed role or scope (403) with {@code application/problem+json}, like every other rejected request.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "CityOps";

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Authorization",
				"log in with HTTP Basic or a bearer token from POST /api/auth/tokens");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (e instanceof OutOfScopeException scope) {
			write(request, response, HttpStatus.FORBIDDEN, "Forbidden", scope.field(), scope.getMessage());
		}
		else if (e instanceof CsrfException) {
			write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "X-CSRF-TOKEN",
					"a request that relies on the console's session needs its CSRF token");
		}
		else {
			// Spring's own denials say only "Access Denied"; the modules' denials say why.
			String message = e.getMessage() == null || "Access Denied".equals(e.getMessage())
					? "your roles do not allow this request" : e.getMessage();
			write(request, response, HttpStatus.FORBIDDEN, "Forbidden", "role", message);
		}
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String field, String message) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", field + ": " + message);
		problem.put("instance", request.getRequestURI());
		problem.put("field", field);
		problem.put("errors", List.of(Map.of("field", field, "message", message)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
