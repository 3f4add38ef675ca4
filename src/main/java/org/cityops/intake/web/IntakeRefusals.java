package org.cityops.intake.web;

import java.util.List;
import java.util.Map;

import org.cityops.intake.internal.IntakeRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link IntakeRefusal}s with problem details naming the field (the key header, the phone,
 * the client), like every other refused request, and a {@code Retry-After} when waiting helps.
 */
@RestControllerAdvice(basePackageClasses = IntakeRefusals.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeRefusals {

	@ExceptionHandler(IntakeRefusal.class)
	ResponseEntity<ProblemDetail> refused(IntakeRefusal e) {
		ProblemDetail problem = ProblemDetail.forStatus(e.status());
		problem.setTitle(e.status().getReasonPhrase());
		problem.setDetail(e.field() + ": " + e.getMessage());
		problem.setProperty("field", e.field());
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.status());
		if (e.retryAfterSeconds() > 0) {
			answer.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
		}
		return answer.body(problem);
	}
}
