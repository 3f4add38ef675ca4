package org.cityops.intake.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused Open311 calls in the GeoReport v2 error format instead of problem details, in the
 * format the path asked for, naming fields by their Open311 names.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	/** The case pool's field names → the Open311 parameters they came from. */
	private static final Map<String, String> PARAMETERS = Map.of("category", "service_code", "lng", "long",
			"address", "address_string", "reporter.phone", "phone", "reporter.name", "first_name", "attachments",
			"media_url", "source.externalId", "Idempotency-Key");

	private final JsonMapper json;

	Open311Errors(JsonMapper json) {
		this.json = json;
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<String> refused(Open311Error e, HttpServletRequest request) {
		return answer(request, e.status(), e.descriptions());
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, e.problems().stream().map(Open311Errors::describe).toList());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, List.of(e.getMessage()));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<String> conflict(ConflictException e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, List.of(e.getMessage()));
	}

	/** Spring's own refusals (wrong method, unreadable body, …) keep their status. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<String> other(Exception e, HttpServletRequest request) throws Exception {
		if (!(e instanceof ErrorResponse error)) {
			throw e;
		}
		HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
		String detail = error.getBody().getDetail();
		return answer(request, status == null ? HttpStatus.BAD_REQUEST : status,
				List.of(detail == null ? e.getMessage() : detail));
	}

	private ResponseEntity<String> answer(HttpServletRequest request, HttpStatus status, List<String> descriptions) {
		String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
		List<Map<String, Object>> errors = descriptions.stream().map(description -> {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", status.value());
			error.put("description", description);
			return error;
		}).toList();
		return Open311Body.of(status, format, "errors", errors, json);
	}

	private static String describe(FieldProblem problem) {
		return PARAMETERS.getOrDefault(problem.field(), problem.field()) + ": " + problem.message();
	}
}
