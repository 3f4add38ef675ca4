package org.cityops.shared.web;

import java.util.List;

/**
 * Input a user sent that the platform refuses; answered with 400 problem details naming the fields.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public InvalidInputException(FieldProblem problem) {
		this(List.of(problem));
	}

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}
}
