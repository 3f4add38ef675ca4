package org.cityops.console.web;

import java.util.List;
import java.util.Map;

import org.cityops.shared.web.ConflictException;
import org.cityops.shared.web.FieldProblem;
import org.cityops.shared.web.InvalidInputException;
import org.cityops.shared.web.NotFoundException;
import org.cityops.shared.web.ProblemMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs what a console form asked for and carries its {@link Outcome} to the page the form returns to,
 * with the platform's problems in the page's language.
 */
@Component
class FormAttempts {

	private final ProblemMessages messages;

	FormAttempts(ProblemMessages messages) {
		this.messages = messages;
	}

	/**
	 * Runs {@code work} and records its outcome for the page at {@code back}.
	 *
	 * @return the redirect to that page
	 */
	String attempt(RedirectAttributes flash, String caseId, String form, Map<String, String> typed, String back,
			Runnable work) {
		try {
			work.run();
			Outcome.done(flash, caseId, form);
		}
		catch (InvalidInputException e) {
			failed(flash, caseId, form, e.problems(), typed);
		}
		catch (ConflictException e) {
			Outcome.refused(flash, caseId, form, messages.text(e.problem(), LocaleContextHolder.getLocale()), typed);
		}
		catch (NotFoundException | AccessDeniedException e) {
			Outcome.refused(flash, caseId, form, e.getMessage(), typed);
		}
		return "redirect:" + back;
	}

	/** Records problems found before anything ran (e.g. a value the form could not bind). */
	void failed(RedirectAttributes flash, String caseId, String form, List<FieldProblem> problems,
			Map<String, String> typed) {
		Outcome.failed(flash, caseId, form, messages.in(problems, LocaleContextHolder.getLocale()), typed);
	}
}
