package org.cityops.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/**
 * Answers every rejected API request with RFC 9457 problem details that name the offending fields
 * in {@code errors[].field} (and the first one in {@code field}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private final ProblemMessages messages;

	ProblemDetailsAdvice(ProblemMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", messages.in(e.problems(), asked(request)));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", List.of(new FieldProblem(e.field(), e.getMessage())));
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Conflict", messages.in(List.of(e.problem()), asked(request)));
	}

	/**
	 * The language a client asked for with {@code Accept-Language}, else English: integrations that
	 * ask for nothing keep the English messages, and the platform's own pages ask for theirs.
	 */
	private static Locale asked(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.ENGLISH : request.getLocale();
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(new FieldProblem(e.getName(), "'" + e.getValue() + "' is not a valid " + expected)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			problems.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
		}
		e.getBindingResult().getGlobalErrors()
				.forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = e.getParameterValidationResults().stream()
				.flatMap(result -> result.getResolvableErrors().stream()
						.map(error -> new FieldProblem(parameterName(result.getMethodParameter().getParameterName(),
								result.getMethodParameter().getParameterIndex()), message(error))))
				.collect(Collectors.toList());
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", problems));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(new FieldProblem(e.getParameterName(), "is required"))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String message = "is not readable JSON";
		if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			field = jackson.getPath().stream()
					.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
							: "[" + reference.getIndex() + "]")
					.collect(Collectors.joining(".")).replace(".[", "[");
			message = "has a value of the wrong type or format";
		}
		return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "Invalid input", List.of(new FieldProblem(field, message))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(problem(
				HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				List.of(new FieldProblem("Content-Type", "must be one of " + e.getSupportedMediaTypes()))));
	}

	static ProblemDetail problem(HttpStatus status, String title, List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title);
		problem.setDetail(problems.stream().map(p -> p.field() + ": " + p.message())
				.collect(Collectors.joining("; ")));
		if (!problems.isEmpty()) {
			problem.setProperty("field", problems.get(0).field());
		}
		problem.setProperty("errors", problems.stream().map(p -> new Error(p.field(), p.message())).toList());
		return problem;
	}

	/** One entry of {@code errors}: a field and what is wrong with it. */
	record Error(String field, String message) {
	}

	private static String parameterName(String name, int index) {
		return name != null ? name : "arg" + index;
	}

	private static String message(MessageSourceResolvable error) {
		return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
	}
}
