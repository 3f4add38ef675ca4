package org.cityops.shared.web;

/**
 * The request is well formed but the resource's current state does not allow it; answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final FieldProblem problem;

	public ConflictException(String field, String message) {
		this(new FieldProblem(field, message));
	}

	/** A conflict whose message other languages also have (see {@link FieldProblem#coded}). */
	public ConflictException(FieldProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	public String field() {
		return problem.field();
	}

	/** The conflict as a problem of its field, with its message code if it has one. */
	public FieldProblem problem() {
		return problem;
	}
}
