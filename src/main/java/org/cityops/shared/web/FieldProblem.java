package org.cityops.shared.web;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One rejected input field and why.
 *
 * <p>The message is English, as API clients read it. A problem may also carry a message code (and
 * its arguments) so that a page in another language shows it in that language; see
 * {@link ProblemMessages}. The code, when given, is looked up in the module's {@code messages/*.properties}.
 *
 * @param field the request field, parameter or path variable, as the client named it
 * @param message what is wrong, in English words a user can act on
 * @param code the message code of the same text in other languages, else {@code null}
 * @param arguments the code's {@link java.text.MessageFormat} arguments
 */
public record FieldProblem(String field, String message, String code, List<Object> arguments)
		implements MessageSourceResolvable {

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	/** A problem with an English message only. */
	public FieldProblem(String field, String message) {
		this(field, message, null, List.of());
	}

	/**
	 * A problem whose message other languages also have, under {@code code}.
	 *
	 * @param arguments the values of {@code {0}}, {@code {1}}, … in every language's text (pass text,
	 * not numbers, where the number's formatting matters)
	 */
	public static FieldProblem coded(String field, String code, String message, Object... arguments) {
		return new FieldProblem(field, message, code, List.of(arguments));
	}

	@Override
	public String[] getCodes() {
		return code == null ? null : new String[] { code };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return message;
	}
}
