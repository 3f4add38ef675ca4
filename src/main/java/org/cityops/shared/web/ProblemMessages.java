package org.cityops.shared.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Problems in the language of the page or client that shows them: a problem with a message code gets
 * the text of that code in the locale's {@code messages/*.properties} (the Chinese files, which are the
 * default bundles); English, and any problem without a code or text, keeps its English message.
 */
@Component
public class ProblemMessages {

	private static final String ENGLISH = Locale.ENGLISH.getLanguage();

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The problem's message in {@code locale}; the English message for English or where no text exists. */
	public String text(FieldProblem problem, Locale locale) {
		if (problem.code() == null || locale == null || ENGLISH.equals(locale.getLanguage())) {
			return problem.message();
		}
		String text = messages.getMessage(problem.code(), problem.getArguments(), null, locale);
		return text == null ? problem.message() : text;
	}

	/** The problems with their messages in {@code locale} (and without codes). */
	public List<FieldProblem> in(List<FieldProblem> problems, Locale locale) {
		return problems.stream().map(problem -> new FieldProblem(problem.field(), text(problem, locale))).toList();
	}
}
